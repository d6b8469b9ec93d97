#pragma once

#include "synthetichotels.h"

#include <core/result.h>
#include <storage/database.h>

#include <QString>

#include <memory>

namespace tw::bench {

// The SQLite file the benchmarks query: built once from SyntheticHotels by bulk
// insert and kept in a folder under the build directory, then reused as long as
// the data-set version, its size and the migrated schema are the same.
class BenchmarkDataSet
{
public:
    // Opens the cached data set of this size in `directory`, building it first
    // when there is none or it is stale. Progress goes to stderr.
    static core::Result<std::unique_ptr<BenchmarkDataSet>> open(qint64 guestCount, const QString &directory);

    storage::Database &db() { return *m_db; }
    const SyntheticHotels &hotels() const { return m_hotels; }
    const QString &filePath() const { return m_path; }
    bool wasBuilt() const { return m_built; }

private:
    BenchmarkDataSet(qint64 guestCount, QString path);

    SyntheticHotels m_hotels;
    QString m_path;
    bool m_built = false;
    std::unique_ptr<storage::Database> m_db;
};

} // namespace tw::bench
