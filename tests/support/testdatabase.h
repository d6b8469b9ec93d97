#pragma once

#include <storage/database.h>

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tw::test {

// A fresh, migrated database for one test, on the engine named by the
// TW_TEST_ENGINE environment variable ("sqlite" by default, or "postgres", which
// needs TW_TEST_POSTGRES_URL from scripts/with-postgres). SQLite databases are
// files in a temporary folder; PostgreSQL ones are databases created on the
// throwaway cluster and dropped again on destruction.
class TestDatabase
{
public:
    // Empty on failure, with the reason in *error.
    static std::unique_ptr<TestDatabase> create(QString *error, bool migrate = true);
    ~TestDatabase();

    storage::Database &db() { return *m_db; }
    const storage::DatabaseUrl &url() const { return m_url; }
    storage::Engine engine() const { return m_url.engine; }
    // Opens another connection to the same database (for another thread, or a
    // second workstation).
    std::unique_ptr<storage::Database> openAnother() const;

    static storage::Engine engineUnderTest();
    static QString engineName();

private:
    TestDatabase() = default;

    QTemporaryDir m_dir;
    storage::DatabaseUrl m_url;
    storage::DatabaseUrl m_adminUrl;
    std::unique_ptr<storage::Database> m_db;
};

} // namespace tw::test

// Creates `var` as a TestDatabase or fails the current test with the reason.
#define TW_TEST_DATABASE(var)                                                                                          \
    QString var##Error;                                                                                                \
    auto var = tw::test::TestDatabase::create(&var##Error);                                                            \
    QVERIFY2(var, qPrintable(var##Error))
