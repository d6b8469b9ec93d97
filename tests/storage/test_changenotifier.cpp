#include <storage/changenotifier.h>
#include <storage/database.h>
#include <storage/guestrepository.h>

#include <testdatabase.h>

#include <QSignalSpy>
#include <QSqlDriver>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace tw;

namespace {

core::Id createGuest(storage::Database &db, const QString &last)
{
    core::Guest g;
    g.firstName = u"Guest"_s;
    g.lastName = last;
    const auto created = storage::GuestRepository(db).create(g, u"test"_s);
    return created ? created->id : core::InvalidId;
}

// Waits until the spy holds a change for table/id; the list of all changes
// received is left in the spy for further checks.
bool waitFor(QSignalSpy &spy, const QString &table, qint64 id)
{
    const auto seen = [&] {
        for (const QList<QVariant> &args : std::as_const(spy)) {
            if (args.at(0).toString() == table && args.at(1).toLongLong() == id)
                return true;
        }
        return false;
    };
    for (int attempt = 0; attempt < 50 && !seen(); ++attempt)
        spy.wait(200);
    return seen();
}

QList<qint64> idsFor(const QSignalSpy &spy, const QString &table)
{
    QList<qint64> ids;
    for (const QList<QVariant> &args : spy) {
        if (args.at(0).toString() == table)
            ids.append(args.at(1).toLongLong());
    }
    return ids;
}

} // namespace

class TestChangeNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionHearsItsOwnChanges();
    void otherConnectionHearsChanges();
    void changesArriveAfterOuterCommit();
    void rolledBackChangesAreNeverSent();
    void rolledBackSavepointDropsItsChanges();
    void bulkChangesCollapse();
    void pendingChangesStaySmall();
    void rolledBackSavepointRestoresSingleChanges();
    void changesFromAnotherThread();
    void notifiersShareAConnection();
};

void TestChangeNotifier::connectionHearsItsOwnChanges()
{
    TW_TEST_DATABASE(t);
    storage::ChangeNotifier notifier(t->db());
    QVERIFY(notifier.isListening());
    QSignalSpy spy(&notifier, &storage::ChangeNotifier::changed);
    const core::Id id = createGuest(t->db(), u"One"_s);
    QVERIFY(id != core::InvalidId);
    QCOMPARE(spy.size(), 0); // never inside the writer's call
    QVERIFY(waitFor(spy, u"guests"_s, id));
}

void TestChangeNotifier::otherConnectionHearsChanges()
{
    TW_TEST_DATABASE(t);
    auto other = t->openAnother();
    QVERIFY(other);
    storage::ChangeNotifier notifier(*other);
    QVERIFY(notifier.isListening());
    QSignalSpy spy(&notifier, &storage::ChangeNotifier::changed);

    // On PostgreSQL the contract on the wire is NOTIFY tw_changes 'table:id',
    // which other tools (psql, scripts) can listen to as well.
    std::optional<QSignalSpy> raw;
    if (t->engine() == storage::Engine::Postgres) {
        QSqlDriver *driver = other->connection().driver();
        QVERIFY(driver->subscribedToNotifications().contains(u"tw_changes"_s));
        raw.emplace(driver, &QSqlDriver::notification);
    }

    const core::Id id = createGuest(t->db(), u"Two"_s);
    QVERIFY(waitFor(spy, u"guests"_s, id));
    if (raw) {
        QTRY_VERIFY(!raw->isEmpty());
        QCOMPARE(raw->first().at(0).toString(), u"tw_changes"_s);
        QCOMPARE(raw->first().at(2).toString(), u"guests:%1"_s.arg(id));
    }
}

void TestChangeNotifier::changesArriveAfterOuterCommit()
{
    TW_TEST_DATABASE(t);
    auto other = t->openAnother();
    storage::ChangeNotifier notifier(*other);
    QSignalSpy spy(&notifier, &storage::ChangeNotifier::changed);
    storage::Transaction tx(t->db());
    const core::Id id = createGuest(t->db(), u"Three"_s);
    QVERIFY(id != core::InvalidId);
    // Nothing has been sent yet: no notification is pending anywhere.
    QCoreApplication::processEvents();
    QCOMPARE(spy.size(), 0);
    QVERIFY(tx.commit());
    QVERIFY(waitFor(spy, u"guests"_s, id));
}

void TestChangeNotifier::rolledBackChangesAreNeverSent()
{
    TW_TEST_DATABASE(t);
    auto other = t->openAnother();
    storage::ChangeNotifier notifier(*other);
    QSignalSpy spy(&notifier, &storage::ChangeNotifier::changed);
    core::Id rolledBack = core::InvalidId;
    {
        storage::Transaction tx(t->db());
        rolledBack = createGuest(t->db(), u"Gone"_s);
        QVERIFY(rolledBack != core::InvalidId);
    }
    // Notifications arrive in commit order, so once the later change is here,
    // the rolled-back one would have been too.
    const core::Id kept = createGuest(t->db(), u"Kept"_s);
    QVERIFY(waitFor(spy, u"guests"_s, kept));
    QCOMPARE(idsFor(spy, u"guests"_s), QList<qint64>{kept}); // SQLite may even reuse the rolled-back id
}

void TestChangeNotifier::rolledBackSavepointDropsItsChanges()
{
    TW_TEST_DATABASE(t);
    auto other = t->openAnother();
    storage::ChangeNotifier notifier(*other);
    QSignalSpy spy(&notifier, &storage::ChangeNotifier::changed);
    storage::Transaction outer(t->db());
    {
        storage::Transaction inner(t->db());
        QVERIFY(createGuest(t->db(), u"Dropped"_s) != core::InvalidId);
    }
    const core::Id kept = createGuest(t->db(), u"Kept"_s);
    QVERIFY(outer.commit());
    QVERIFY(waitFor(spy, u"guests"_s, kept));
    QCOMPARE(idsFor(spy, u"guests"_s), QList<qint64>{kept});
}

void TestChangeNotifier::bulkChangesCollapse()
{
    TW_TEST_DATABASE(t);
    auto other = t->openAnother();
    storage::ChangeNotifier notifier(*other);
    QSignalSpy spy(&notifier, &storage::ChangeNotifier::changed);
    storage::Transaction tx(t->db());
    for (int i = 0; i < 150; ++i)
        QVERIFY(createGuest(t->db(), u"Bulk %1"_s.arg(i)) != core::InvalidId);
    QVERIFY(tx.commit());
    QVERIFY(waitFor(spy, u"guests"_s, core::InvalidId));
    const core::Id after = createGuest(t->db(), u"After"_s);
    QVERIFY(waitFor(spy, u"guests"_s, after));
    QCOMPARE(idsFor(spy, u"guests"_s), (QList<qint64>{core::InvalidId, after}));
}

void TestChangeNotifier::pendingChangesStaySmall()
{
    // An import of a large file writes a row per record; what waits for the
    // commit must not grow with it.
    TW_TEST_DATABASE(t);
    auto other = t->openAnother();
    storage::ChangeNotifier notifier(*other);
    QSignalSpy spy(&notifier, &storage::ChangeNotifier::changed);
    storage::Transaction tx(t->db());
    for (core::Id id = 1; id <= 100'000; ++id) {
        t->db().notifyChanged(u"stays"_s, id);
        t->db().notifyChanged(u"audit_log"_s, id);
    }
    t->db().notifyChanged(u"guests"_s, 7);
    t->db().notifyChanged(u"guests"_s, 7); // once is enough
    QCOMPARE(t->db().pendingChangeCount(), 2 * (storage::Database::ChangeCollapseThreshold + 1) + 1);
    QVERIFY(tx.commit());
    QCOMPARE(t->db().pendingChangeCount(), 0);
    QVERIFY(waitFor(spy, u"guests"_s, 7));
    QVERIFY(waitFor(spy, u"stays"_s, core::InvalidId));
    QVERIFY(waitFor(spy, u"audit_log"_s, core::InvalidId));
    QCOMPARE(idsFor(spy, u"stays"_s), QList<qint64>{core::InvalidId});
    QCOMPARE(idsFor(spy, u"guests"_s), QList<qint64>{7});
}

void TestChangeNotifier::rolledBackSavepointRestoresSingleChanges()
{
    // The rows changed before a savepoint are announced one by one even when
    // the savepoint, now rolled back, had pushed the table over the threshold.
    TW_TEST_DATABASE(t);
    auto other = t->openAnother();
    storage::ChangeNotifier notifier(*other);
    QSignalSpy spy(&notifier, &storage::ChangeNotifier::changed);
    storage::Transaction tx(t->db());
    QList<qint64> kept;
    for (core::Id id = 1; id <= 50; ++id) {
        t->db().notifyChanged(u"stays"_s, id);
        kept.append(id);
    }
    {
        storage::Transaction inner(t->db());
        for (core::Id id = 51; id <= 500; ++id)
            t->db().notifyChanged(u"stays"_s, id);
        QCOMPARE(t->db().pendingChangeCount(), storage::Database::ChangeCollapseThreshold + 1);
    }
    QCOMPARE(t->db().pendingChangeCount(), 50);
    t->db().notifyChanged(u"stays"_s, 501);
    kept.append(501);
    QVERIFY(tx.commit());
    QVERIFY(waitFor(spy, u"stays"_s, 501));
    QCOMPARE(idsFor(spy, u"stays"_s), kept);
}

void TestChangeNotifier::changesFromAnotherThread()
{
    // Long work (an import) runs on its own thread and connection; views on the
    // UI thread hear about it.
    TW_TEST_DATABASE(t);
    storage::ChangeNotifier notifier(t->db());
    QSignalSpy spy(&notifier, &storage::ChangeNotifier::changed);
    core::Id id = core::InvalidId;
    const storage::DatabaseUrl url = t->url();
    std::unique_ptr<QThread> worker(QThread::create([&id, url] {
        auto db = storage::Database::open(url);
        if (db)
            id = createGuest(*db.value(), u"Worker"_s);
    }));
    worker->start();
    QVERIFY(worker->wait(30'000));
    QVERIFY(id != core::InvalidId);
    QVERIFY(waitFor(spy, u"guests"_s, id));
}

void TestChangeNotifier::notifiersShareAConnection()
{
    TW_TEST_DATABASE(t);
    auto other = t->openAnother();
    storage::ChangeNotifier first(*other);
    QSignalSpy firstSpy(&first, &storage::ChangeNotifier::changed);
    core::Id id = core::InvalidId;
    {
        storage::ChangeNotifier second(*other);
        QVERIFY(second.isListening());
        QSignalSpy secondSpy(&second, &storage::ChangeNotifier::changed);
        id = createGuest(t->db(), u"Shared"_s);
        QVERIFY(waitFor(secondSpy, u"guests"_s, id));
    }
    QVERIFY(waitFor(firstSpy, u"guests"_s, id));
    const core::Id later = createGuest(t->db(), u"Later"_s);
    QVERIFY(waitFor(firstSpy, u"guests"_s, later)); // the first one still listens
}

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "test_changenotifier.moc"
