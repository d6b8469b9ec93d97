#include "testdatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tw::test {

namespace {

QAtomicInt s_counter;

bool runAdmin(const storage::DatabaseUrl &adminUrl, const QString &sql, QString *error)
{
    auto admin = storage::Database::open(adminUrl);
    if (!admin) {
        *error = admin.error();
        return false;
    }
    QSqlQuery q(admin.value()->connection());
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

storage::Engine TestDatabase::engineUnderTest()
{
    return qEnvironmentVariable("TW_TEST_ENGINE").compare(u"postgres"_s, Qt::CaseInsensitive) == 0
        ? storage::Engine::Postgres
        : storage::Engine::Sqlite;
}

QString TestDatabase::engineName()
{
    return engineUnderTest() == storage::Engine::Postgres ? u"postgres"_s : u"sqlite"_s;
}

std::unique_ptr<TestDatabase> TestDatabase::create(QString *error, bool migrate)
{
    std::unique_ptr<TestDatabase> t(new TestDatabase);
    if (engineUnderTest() == storage::Engine::Postgres) {
        const QString base = qEnvironmentVariable("TW_TEST_POSTGRES_URL");
        if (base.isEmpty()) {
            *error = u"TW_TEST_POSTGRES_URL is not set: run the tests through scripts/test, "
                     "which starts a throwaway PostgreSQL cluster"_s;
            return {};
        }
        auto admin = storage::DatabaseUrl::parse(base);
        if (!admin) {
            *error = admin.error();
            return {};
        }
        t->m_adminUrl = admin.value();
        t->m_url = admin.value();
        t->m_url.database = u"tw_test_%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
                                .arg(s_counter.fetchAndAddRelaxed(1))
                                .arg(QRandomGenerator::global()->bounded(1'000'000));
        if (!runAdmin(t->m_adminUrl, u"CREATE DATABASE \"%1\""_s.arg(t->m_url.database), error))
            return {};
    } else {
        if (!t->m_dir.isValid()) {
            *error = u"cannot create a temporary folder"_s;
            return {};
        }
        t->m_url.engine = storage::Engine::Sqlite;
        t->m_url.path = t->m_dir.filePath(u"test.db"_s);
    }

    auto db = storage::Database::open(t->m_url);
    if (!db) {
        *error = db.error();
        return {};
    }
    t->m_db = std::move(db).value();
    if (migrate) {
        if (auto migrated = t->m_db->migrate(); !migrated) {
            *error = migrated.error();
            return {};
        }
    }
    return t;
}

std::unique_ptr<storage::Database> TestDatabase::openAnother() const
{
    auto db = storage::Database::open(m_url);
    return db ? std::move(db).value() : nullptr;
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (m_url.engine == storage::Engine::Postgres && !m_url.database.isEmpty()) {
        QString error;
        runAdmin(m_adminUrl, u"DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)"_s.arg(m_url.database), &error);
    }
}

} // namespace tw::test
