#pragma once

#include "orderboardrow.h"

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

// Everything the orders board shows for one property, read in one go.
struct OrderBoardSnapshot
{
    QList<core::Property> properties; // every property, for choosing
    core::Property property;          // the one shown; id InvalidId when there is none
    QString timeZone;                 // the zone actually used ("UTC" for an unknown one)
    QDateTime now;                    // UTC, when the board was read
    QList<OrderBoardRow> rows;        // by department, then due time, then order number

    bool hasProperty() const { return property.id != core::InvalidId; }
};

// Reads the orders board: a property's open orders (and, when asked, those
// delivered or cancelled in the last day), with their guests. Meant for a
// worker thread: the URL overload opens a connection of its own there.
class OrderBoardLoader
{
    Q_DECLARE_TR_FUNCTIONS(tw::desk::OrderBoardLoader)

public:
    struct Request
    {
        core::Id propertyId = core::InvalidId; // chosen on the board; wins over the code
        QString propertyCode;                  // the workstation's; empty or unknown: the first one
        bool includeClosed = false;            // also orders delivered or cancelled, due in the last day
        QDateTime now;                         // UTC; the current time unless a test fixes it

        friend bool operator==(const Request &, const Request &) = default;
    };

    static core::Result<OrderBoardSnapshot> load(storage::Database &db, const Request &request);
    // Opens its own connection to url, so it may run on any thread.
    static core::Result<OrderBoardSnapshot> load(const storage::DatabaseUrl &url, const Request &request);

    // The board's order: department (housekeeping, food and beverage,
    // concierge), then due time, then order number.
    static bool boardLess(const core::AmenityOrder &a, const core::AmenityOrder &b);
};

} // namespace tw::desk
