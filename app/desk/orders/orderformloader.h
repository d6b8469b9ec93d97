#pragma once

#include "orderform.h"

#include <core/result.h>
#include <core/types.h>
#include <storage/databaseurl.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tw::storage {
class Database;
}

namespace tw::desk {

// What the new-order form needs from the database, read in one go.
struct OrderFormData
{
    core::Property property;      // id InvalidId when the database has none
    QList<core::Amenity> catalog; // active items, by name
    // Guests an order can go to: in house now, arriving today, and the guest
    // asked for (with their stay in house now, else the next; none when they
    // have neither, which the form refuses).
    QList<OrderFormGuest> guests;
    QList<core::Card> cards; // printed and exported cards of the guest asked for
    QDateTime now;           // UTC, when it was read
};

// Reads the order form's data and writes orders, on a worker thread over a
// connection of its own (each call opens one): the dialog never waits on the
// database.
class OrderFormLoader
{
    Q_DECLARE_TR_FUNCTIONS(tw::desk::OrderFormLoader)

public:
    struct Request
    {
        QString propertyCode;               // the workstation's; empty or unknown: the first one
        core::Id guestId = core::InvalidId; // preselected guest, when any
        QDateTime now;                      // UTC; the current time unless a test fixes it
    };

    static core::Result<OrderFormData> load(storage::Database &db, const Request &request);
    static core::Result<OrderFormData> load(const storage::DatabaseUrl &url, const Request &request);
    // The guest's printed and exported cards, newest first, for linking.
    static core::Result<QList<core::Card>> cards(const storage::DatabaseUrl &url, core::Id guestId);
    static core::Result<core::AmenityOrder> create(const storage::DatabaseUrl &url,
                                                   const storage::OrderRequest &request, const QString &actor);
};

} // namespace tw::desk
