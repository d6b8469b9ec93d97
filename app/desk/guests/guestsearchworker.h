#pragma once

#include "guestsearchrow.h"

#include <core/inhouserule.h>
#include <core/types.h>
#include <storage/databaseurl.h>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <atomic>
#include <map>
#include <memory>

namespace tw::storage {
class Database;
}

namespace tw::desk {

// Runs guest searches for GuestSearchModel in a thread of its own, on its own
// connection to the database (opened on first use, kept for the statement
// cache), and answers each request with the rows the model does not show yet:
// first the guests as the search found them, then, in small batches, the same
// rows with their handles and stay, unless a newer search has made them stale.
class GuestSearchWorker : public QObject
{
    Q_OBJECT

public:
    // GuestRepository::search answers at most this many guests for one text.
    static constexpr int MaxSearchRows = 500;

    struct Request
    {
        quint64 generation = 0;
        QString text;         // trimmed; empty asks for the guests in house
        int limit = 100;      // rows wanted in all, counting those already shown
        QSet<core::Id> known; // guests already shown: left out of the answer
        QString propertyCode; // for the in-house list; empty means the first property
        QDateTime now;        // UTC instant that decides in house, next and last stay
        bool replace = true;  // the answer replaces the rows instead of adding to them
    };

    // How many rows get their details per answer: the first batch fills the
    // visible part of the list quickly.
    static constexpr int DetailBatch = 25;

    struct Reply
    {
        quint64 generation = 0;
        QString text;
        bool replace = true;
        // False: new rows, in the order to show them, whose details follow
        // (detailsFollow). True: rows already sent, now complete.
        bool details = false;
        bool detailsFollow = false;
        QList<GuestSearchRow> rows;
        bool exhausted = false; // no guest beyond these for this text
        QString propertyCode;   // in-house list: the property it is for
        QString propertyName;
        QString error; // non-empty: nothing could be read, and why
    };

    // latestGeneration is written by the model whenever a newer search makes
    // older requests pointless: those still queued are skipped unanswered.
    GuestSearchWorker(storage::DatabaseUrl url, std::shared_ptr<std::atomic<quint64>> latestGeneration,
                      QObject *parent = nullptr);
    ~GuestSearchWorker() override;

public Q_SLOTS:
    void run(const tw::desk::GuestSearchWorker::Request &request);
    // Closes the connection; must run in the worker's thread.
    void close();

Q_SIGNALS:
    void finished(const tw::desk::GuestSearchWorker::Reply &reply);

private:
    bool ensureOpen(QString *error);
    void loadProperties();
    void searchGuests(const Request &request, Reply &reply);
    void listInHouse(const Request &request, Reply &reply);
    void sendDetails(const Request &request, QList<GuestSearchRow> rows);
    void complete(GuestSearchRow &row, const QDateTime &now);
    bool isStale(const Request &request) const;
    QString propertyCodeOf(core::Id propertyId) const;

    storage::DatabaseUrl m_url;
    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    std::unique_ptr<storage::Database> m_db;
    QList<core::Property> m_properties;
    std::map<core::Id, core::InHouseRule> m_rules;
};

} // namespace tw::desk
