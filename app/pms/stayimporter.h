#pragma once

#include "columnmapping.h"

#include <core/result.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace tw::storage {
class Database;
}

namespace tw::pms {

struct ImportOptions
{
    // The property for rows without one: used when the file has no property
    // column, or the row's property cell is empty.
    QString propertyCode;
    ColumnMapping mapping;
    // Validate and count exactly as a real import would, then roll everything back.
    bool dryRun = false;
    // Signs the audit entries and the handle links; "import" when empty.
    QString actor;
};

struct RejectedRow
{
    int line = 0; // where the record starts in the file, 1-based
    QString reason;

    // "line 14: departure 2026-03-01 is before arrival 2026-03-04"
    QString toString() const;
};

struct ImportReport
{
    // Per record: created when its stay is new; updated when anything of it was
    // written (stay, guest details, handle links); unchanged when nothing was.
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    QList<RejectedRow> rejected;
    int records = 0;        // data records read (blank rows not counted)
    bool cancelled = false; // when set, nothing was written

    int guestsCreated = 0;
    int guestsUpdated = 0;
    int handlesLinked = 0;
    bool dryRun = false;
    // Header cells that were not used (unknown, or a second cell for one column).
    QStringList ignoredColumns;
};

// Imports reservations from a PMS's CSV export: reads the file as CsvReader
// does, maps its columns, checks every record, matches guests (same e-mail, then
// same loyalty number, also across rows of the same file) and writes all good
// records in one transaction. Rejected records are reported with the line where
// they start (the reason always on one line); re-importing a file writes
// nothing, which is why a reservation that appears again in the same file with
// other details is rejected rather than applied twice. A dry run does everything in a
// transaction that is then rolled back, so its counts are exactly those of the
// real import. Errors of the file as a whole (missing columns, unknown default
// property) and database failures abort the import and write nothing.
class StayImporter
{
public:
    explicit StayImporter(storage::Database &db);

    // Called with bytes of the input consumed and in all (-1 when unknown), at
    // most every 500 records and once at the end.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    core::Result<ImportReport> importFile(const QString &path, const ImportOptions &options,
                                          const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    core::Result<ImportReport> importData(const QByteArray &data, const ImportOptions &options,
                                          const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    core::Result<ImportReport> importDevice(QIODevice *device, const ImportOptions &options,
                                            const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    static constexpr int ProgressInterval = 500;
    // New stays after which the rest of the import is planned for growing
    // tables (storage::Database::planForGrowingTables()).
    static constexpr int GrowthBeforeReplanning = 200;

private:
    storage::Database &m_db;
};

} // namespace tw::pms
