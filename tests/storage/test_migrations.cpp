#include <storage/database.h>
#include <storage/propertyrepository.h>

#include <testdatabase.h>

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseMigratesToLatest();
    void migrateIsIdempotent();
    void secondConnectionSeesMigratedSchema();
    void recordsEveryMigration();
    void newerSchemaIsRefused();
    void migrateInsideTransactionIsRefused();
    void keyColumnsCompareByteWise();
    void foreignKeysAreEnforced();
};

void TestMigrations::freshDatabaseMigratesToLatest()
{
    QString error;
    auto t = test::TestDatabase::create(&error, false);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->db().schemaVersion(), 0);
    QVERIFY(storage::Database::latestSchemaVersion() >= 1);

    const auto migrated = t->db().migrate();
    QVERIFY2(migrated, qPrintable(migrated.error()));
    QCOMPARE(t->db().schemaVersion(), storage::Database::latestSchemaVersion());

    const QStringList tables = t->db().connection().tables();
    for (const QString &table : {u"schema_migrations"_s, u"properties"_s, u"guests"_s, u"social_accounts"_s, u"stays"_s,
                                 u"staff"_s, u"audit_log"_s}) {
        QVERIFY2(tables.contains(table), qPrintable(table));
    }
    const QSqlRecord guests = t->db().connection().record(u"guests"_s);
    for (const QString &column : {u"first_name_key"_s, u"last_name_key"_s, u"email_key"_s, u"phone_key"_s,
                                  u"loyalty_key"_s, u"version"_s, u"social_consent"_s}) {
        QVERIFY2(guests.contains(column), qPrintable(column));
    }
}

void TestMigrations::migrateIsIdempotent()
{
    TW_TEST_DATABASE(t);
    const int version = t->db().schemaVersion();
    QCOMPARE(version, storage::Database::latestSchemaVersion());

    // Data written between runs survives a second run untouched.
    storage::PropertyRepository properties(t->db());
    core::Property p;
    p.code = u"PAL"_s;
    p.name = u"Palace"_s;
    p.timeZone = u"Europe/Paris"_s;
    QVERIFY(properties.add(p));

    const auto again = t->db().migrate();
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(t->db().schemaVersion(), version);
    QCOMPARE(properties.list().size(), 1);

    QSqlQuery q(t->db().connection());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM schema_migrations"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), version);
}

void TestMigrations::secondConnectionSeesMigratedSchema()
{
    TW_TEST_DATABASE(t);
    auto other = t->openAnother();
    QVERIFY(other);
    QCOMPARE(other->schemaVersion(), storage::Database::latestSchemaVersion());
    const auto migrated = other->migrate(); // nothing left to do
    QVERIFY2(migrated, qPrintable(migrated.error()));
    QCOMPARE(other->schemaVersion(), storage::Database::latestSchemaVersion());
}

void TestMigrations::recordsEveryMigration()
{
    TW_TEST_DATABASE(t);
    QSqlQuery q(t->db().connection());
    QVERIFY(q.exec(u"SELECT version, name, applied_at FROM schema_migrations ORDER BY version"_s));
    int expected = 1;
    while (q.next()) {
        QCOMPARE(q.value(0).toInt(), expected++);
        QVERIFY(!q.value(1).toString().isEmpty());
        const QDateTime applied = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        QVERIFY(applied.isValid());
        QCOMPARE(applied.timeSpec(), Qt::UTC);
    }
    QCOMPARE(expected - 1, storage::Database::latestSchemaVersion());
    q.finish();
    QSqlQuery first(t->db().connection());
    QVERIFY(first.exec(u"SELECT name FROM schema_migrations WHERE version = 1"_s) && first.next());
    QCOMPARE(first.value(0).toString(), u"initial"_s);
}

void TestMigrations::newerSchemaIsRefused()
{
    TW_TEST_DATABASE(t);
    const int newer = storage::Database::latestSchemaVersion() + 1;
    {
        QSqlQuery q(t->db().connection());
        QVERIFY(q.prepare(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s));
        q.addBindValue(newer);
        q.addBindValue(u"from_the_future"_s);
        q.addBindValue(u"2099-01-01T00:00:00.000Z"_s);
        QVERIFY(q.exec());
    }

    const auto opened = storage::Database::open(t->url());
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(u"newer Tweetworthy (schema %1)"_s.arg(newer)), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(u"update the app"_s), qPrintable(opened.error()));

    // An already open connection refuses to migrate it backwards.
    const auto migrated = t->db().migrate();
    QVERIFY(!migrated);
    QVERIFY2(migrated.error().contains(u"newer Tweetworthy"_s), qPrintable(migrated.error()));
}

void TestMigrations::migrateInsideTransactionIsRefused()
{
    QString error;
    auto t = test::TestDatabase::create(&error, false);
    QVERIFY2(t, qPrintable(error));
    storage::Transaction tx(t->db());
    QVERIFY(tx.isActive());
    const auto migrated = t->db().migrate();
    QVERIFY(!migrated);
    QVERIFY(!migrated.error().isEmpty());
    tx.rollback();
    QCOMPARE(t->db().schemaVersion(), 0);
}

void TestMigrations::keyColumnsCompareByteWise()
{
    // Prefix ranges are only correct if key columns sort by bytes on every
    // server locale; PostgreSQL gets COLLATE "C" from the {{text_key}} placeholder.
    TW_TEST_DATABASE(t);
    QSqlQuery insert(t->db().connection());
    QVERIFY(insert.prepare(u"INSERT INTO staff (name, active) VALUES (?, 1)"_s));
    for (const QString &name : {u"b"_s, u"B"_s, u"a.c"_s, u"ab"_s, u"a"_s}) {
        insert.addBindValue(name);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QSqlQuery q(t->db().connection());
    QVERIFY(q.exec(u"SELECT name FROM staff ORDER BY name"_s));
    QStringList order;
    while (q.next())
        order.append(q.value(0).toString());
    QCOMPARE(order, (QStringList{u"B"_s, u"a"_s, u"a.c"_s, u"ab"_s, u"b"_s}));
}

void TestMigrations::foreignKeysAreEnforced()
{
    TW_TEST_DATABASE(t);
    QSqlQuery q(t->db().connection());
    QVERIFY(q.prepare(u"INSERT INTO social_accounts (guest_id, network, handle, state, linked_by, linked_at) "
                      "VALUES (?, 'x', 'nobody', 'suggested', 'test', '2024-01-01T00:00:00.000Z')"_s));
    q.addBindValue(qlonglong(424242));
    QVERIFY(!q.exec());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
