#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QHash>
#include <QList>
#include <QMetaType>

#include <memory>

namespace tw::storage {
class Database;
}

namespace tw::social {

// What one call of IngestPipeline::ingest did.
struct IngestReport
{
    int received = 0;
    int stored = 0;             // new posts written
    int duplicates = 0;         // already stored, left as they were
    int inHouse = 0;            // stored posts by a guest in house at the post's time
    int suggestions = 0;        // stored posts carrying a name-resemblance link suggestion
    QList<core::Id> storedIds;  // ids of the new rows, in input order
    QList<core::Id> inHouseIds; // the subset by in-house guests (for notifications)
};

// The one path every post takes, whatever the network: de-duplicate (network +
// post id) → match the author to a guest (the stable account id first, then the
// normalised handle; learning the account id of a handle-only link) → decide
// with the core in-house rule whether that guest was in house at the post's
// time, and on which stay and room → for an unknown author whose display name
// resembles an in-house guest's name, attach a link suggestion → store, all
// posts of one call in one transaction → announce the rows ("posts").
// Suggestions are drawn only from guests who consented to having their posts
// matched (see InHouseGuests); linked accounts match whatever the flag.
//
// Runs on the listener's thread with that thread's own Database. Keeps small
// caches (properties, listening rules, the guests in house at a property on
// one local date), each trusted for a minute, so that a burst of posts costs
// index lookups, not scans; links between accounts and guests are read for
// every call.
class IngestPipeline
{
public:
    explicit IngestPipeline(storage::Database &db);
    ~IngestPipeline();

    IngestPipeline(const IngestPipeline &) = delete;
    IngestPipeline &operator=(const IngestPipeline &) = delete;

    // Fails only when the transaction cannot be written (nothing stored then).
    // A post without network id or creation time is counted as malformed
    // (see malformedCount()) and skipped; the others are stored.
    core::Result<IngestReport> ingest(QList<core::Post> posts);

    // Payloads the clients could not read plus posts ingest() refused.
    void countMalformed(const QString &reason);
    qint64 malformedCount() const { return m_malformed; }

    // Forget cached guests, stays and properties (after an import, a handle link).
    void invalidateCaches();

private:
    struct Caches;

    storage::Database &m_db;
    std::unique_ptr<Caches> m_caches;
    qint64 m_malformed = 0;
};

} // namespace tw::social

Q_DECLARE_METATYPE(tw::social::IngestReport)
