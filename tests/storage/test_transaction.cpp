#include <storage/database.h>
#include <storage/staffrepository.h>

#include <testdatabase.h>

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;

namespace {

QStringList staffNames(storage::Database &db)
{
    QStringList names;
    const QList<core::Staff> staff = storage::StaffRepository(db).list();
    for (const core::Staff &s : staff)
        names.append(s.name);
    return names;
}

bool addStaff(storage::Database &db, const QString &name)
{
    return storage::StaffRepository(db).ensure(name).ok();
}

} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commitKeeps();
    void destructionRollsBack();
    void explicitRollback();
    void commitTwiceFails();
    void nestedCommitsWithOuter();
    void innerRollbackKeepsOuter();
    void outerRollbackUndoesCommittedInner();
    void depthIsTrackedPerConnection();
    void otherConnectionSeesOnlyCommitted();
    void commitNeverReportsLostWork();
    void joinedInnerCommitsWithTheGroup();
    void joinedInnerRollbackUndoesTheWholeGroup();
    void failedGroupLeavesTheOuterTransactionUsable();
    void innerTransactionsOfAGroupJoinIt();
    void planningForGrowingTablesLastsForTheTransaction();
};

void TestTransaction::commitKeeps()
{
    TW_TEST_DATABASE(t);
    storage::Transaction tx(t->db());
    QVERIFY(tx.isActive());
    QVERIFY(addStaff(t->db(), u"Anna"_s));
    const auto committed = tx.commit();
    QVERIFY2(committed, qPrintable(committed.error()));
    QVERIFY(!tx.isActive());
    QCOMPARE(staffNames(t->db()), QStringList{u"Anna"_s});
}

void TestTransaction::destructionRollsBack()
{
    TW_TEST_DATABASE(t);
    {
        storage::Transaction tx(t->db());
        QVERIFY(addStaff(t->db(), u"Anna"_s));
        QCOMPARE(staffNames(t->db()), QStringList{u"Anna"_s});
    }
    QVERIFY(staffNames(t->db()).isEmpty());
    QCOMPARE(t->db().transactionDepth(), 0);
}

void TestTransaction::explicitRollback()
{
    TW_TEST_DATABASE(t);
    storage::Transaction tx(t->db());
    QVERIFY(addStaff(t->db(), u"Anna"_s));
    tx.rollback();
    QVERIFY(!tx.isActive());
    QVERIFY(staffNames(t->db()).isEmpty());
    QVERIFY(!tx.commit());
}

void TestTransaction::commitTwiceFails()
{
    TW_TEST_DATABASE(t);
    storage::Transaction tx(t->db());
    QVERIFY(tx.commit());
    const auto again = tx.commit();
    QVERIFY(!again);
    QVERIFY(!again.error().isEmpty());
}

void TestTransaction::nestedCommitsWithOuter()
{
    TW_TEST_DATABASE(t);
    storage::Transaction outer(t->db());
    {
        storage::Transaction inner(t->db());
        QVERIFY(inner.isActive());
        QVERIFY(addStaff(t->db(), u"Anna"_s));
        QVERIFY(inner.commit());
    }
    QVERIFY(addStaff(t->db(), u"Tom"_s));
    QVERIFY(outer.commit());
    QCOMPARE(staffNames(t->db()), (QStringList{u"Anna"_s, u"Tom"_s}));
}

void TestTransaction::innerRollbackKeepsOuter()
{
    TW_TEST_DATABASE(t);
    storage::Transaction outer(t->db());
    QVERIFY(addStaff(t->db(), u"Anna"_s));
    {
        storage::Transaction inner(t->db());
        QVERIFY(addStaff(t->db(), u"Tom"_s));
        // rolled back here
    }
    QCOMPARE(staffNames(t->db()), QStringList{u"Anna"_s});
    QVERIFY(addStaff(t->db(), u"Zoe"_s));
    QVERIFY(outer.commit());
    QCOMPARE(staffNames(t->db()), (QStringList{u"Anna"_s, u"Zoe"_s}));
}

void TestTransaction::outerRollbackUndoesCommittedInner()
{
    TW_TEST_DATABASE(t);
    {
        storage::Transaction outer(t->db());
        storage::Transaction inner(t->db());
        QVERIFY(addStaff(t->db(), u"Anna"_s));
        QVERIFY(inner.commit());
    }
    QVERIFY(staffNames(t->db()).isEmpty());
}

void TestTransaction::depthIsTrackedPerConnection()
{
    TW_TEST_DATABASE(t);
    auto other = t->openAnother();
    QVERIFY(other);
    QCOMPARE(t->db().transactionDepth(), 0);
    storage::Transaction outer(t->db());
    QCOMPARE(t->db().transactionDepth(), 1);
    {
        storage::Transaction inner(t->db());
        QCOMPARE(t->db().transactionDepth(), 2);
        QCOMPARE(other->transactionDepth(), 0);
        QVERIFY(inner.commit());
        QCOMPARE(t->db().transactionDepth(), 1);
    }
    QVERIFY(outer.commit());
    QCOMPARE(t->db().transactionDepth(), 0);
}

void TestTransaction::otherConnectionSeesOnlyCommitted()
{
    TW_TEST_DATABASE(t);
    auto other = t->openAnother();
    QVERIFY(other);
    storage::Transaction tx(t->db());
    QVERIFY(addStaff(t->db(), u"Anna"_s));
    QVERIFY(staffNames(*other).isEmpty());
    QVERIFY(tx.commit());
    QCOMPARE(staffNames(*other), QStringList{u"Anna"_s});
}

void TestTransaction::commitNeverReportsLostWork()
{
    // A failed statement outside any savepoint aborts a PostgreSQL transaction,
    // whose COMMIT then quietly rolls back; commit() must say so. (SQLite keeps
    // the transaction, so there commit() succeeds and the work is kept.)
    TW_TEST_DATABASE(t);
    storage::Transaction tx(t->db());
    QVERIFY(addStaff(t->db(), u"Anna"_s));
    QVERIFY(!t->db().exec(u"SELECT no_such_column FROM staff"_s));
    const auto committed = tx.commit();
    QCOMPARE(committed.ok(), staffNames(t->db()) == QStringList{u"Anna"_s});
    if (t->engine() == storage::Engine::Postgres)
        QVERIFY(!committed);
    QCOMPARE(t->db().transactionDepth(), 0);
    QVERIFY(addStaff(t->db(), u"Tom"_s)); // the connection is usable again
}

void TestTransaction::joinedInnerCommitsWithTheGroup()
{
    TW_TEST_DATABASE(t);
    storage::Transaction group(t->db(), storage::Transaction::Nesting::Joined);
    QVERIFY(group.isActive());
    QVERIFY(addStaff(t->db(), u"Anna"_s)); // a repository call: a transaction that joins the group
    {
        storage::Transaction inner(t->db());
        QVERIFY(inner.isActive());
        QCOMPARE(t->db().transactionDepth(), 2);
        QVERIFY(addStaff(t->db(), u"Tom"_s));
        QVERIFY(inner.commit());
        QCOMPARE(t->db().transactionDepth(), 1);
    }
    const auto committed = group.commit();
    QVERIFY2(committed, qPrintable(committed.error()));
    QCOMPARE(t->db().transactionDepth(), 0);
    QCOMPARE(staffNames(t->db()), (QStringList{u"Anna"_s, u"Tom"_s}));
}

void TestTransaction::joinedInnerRollbackUndoesTheWholeGroup()
{
    TW_TEST_DATABASE(t);
    storage::Transaction group(t->db(), storage::Transaction::Nesting::Joined);
    QVERIFY(addStaff(t->db(), u"Anna"_s));
    {
        storage::Transaction inner(t->db());
        QVERIFY(addStaff(t->db(), u"Tom"_s));
        // rolled back here: it has no savepoint of its own, so the group is spoilt
    }
    const auto committed = group.commit();
    QVERIFY(!committed);
    QVERIFY(!committed.error().isEmpty());
    QVERIFY(!group.isActive());
    QCOMPARE(t->db().transactionDepth(), 0);
    QVERIFY(staffNames(t->db()).isEmpty());
    QVERIFY(addStaff(t->db(), u"Zoe"_s)); // the connection is usable, and no longer joins
    storage::Transaction later(t->db());
    {
        storage::Transaction inner(t->db());
        QVERIFY(addStaff(t->db(), u"Max"_s));
    }
    QVERIFY(later.commit());
    QCOMPARE(staffNames(t->db()), QStringList{u"Zoe"_s});
}

void TestTransaction::failedGroupLeavesTheOuterTransactionUsable()
{
    // One record of an import: a group inside the import's transaction. A
    // statement that fails in it (on PostgreSQL that aborts the transaction up
    // to the group's savepoint) costs the group only.
    TW_TEST_DATABASE(t);
    storage::Transaction outer(t->db());
    QVERIFY(addStaff(t->db(), u"Anna"_s));
    {
        storage::Transaction group(t->db(), storage::Transaction::Nesting::Joined);
        QVERIFY(addStaff(t->db(), u"Tom"_s));
        {
            storage::Transaction inner(t->db());
            QVERIFY(!t->db().exec(u"INSERT INTO staff (name, active) VALUES (NULL, 1)"_s));
        }
        QVERIFY(!group.commit());
        QCOMPARE(t->db().transactionDepth(), 1);
    }
    QVERIFY(addStaff(t->db(), u"Zoe"_s));
    const auto committed = outer.commit();
    QVERIFY2(committed, qPrintable(committed.error()));
    QCOMPARE(staffNames(t->db()), (QStringList{u"Anna"_s, u"Zoe"_s}));
}

void TestTransaction::innerTransactionsOfAGroupJoinIt()
{
    // Even a transaction that asks for savepoints of its own joins the group it
    // is opened in; a group inside a group is part of it.
    TW_TEST_DATABASE(t);
    storage::Transaction group(t->db(), storage::Transaction::Nesting::Joined);
    {
        storage::Transaction inner(t->db(), storage::Transaction::Nesting::Savepoints);
        QVERIFY(addStaff(t->db(), u"Anna"_s));
        {
            storage::Transaction innermost(t->db(), storage::Transaction::Nesting::Joined);
            QVERIFY(addStaff(t->db(), u"Tom"_s));
        }
        QVERIFY(inner.commit());
    }
    QVERIFY(!group.commit());
    QVERIFY(staffNames(t->db()).isEmpty());
}

void TestTransaction::planningForGrowingTablesLastsForTheTransaction()
{
    TW_TEST_DATABASE(t);
    const auto planCacheMode = [&t] {
        QSqlQuery q(t->db().connection());
        return q.exec(u"SHOW plan_cache_mode"_s) && q.next() ? q.value(0).toString() : QString();
    };
    QVERIFY(!t->db().planForGrowingTables()); // only inside a transaction
    {
        storage::Transaction tx(t->db());
        const auto planned = t->db().planForGrowingTables();
        QVERIFY2(planned, qPrintable(planned.error()));
        if (t->engine() == storage::Engine::Postgres)
            QCOMPARE(planCacheMode(), u"force_custom_plan"_s);
        QVERIFY(addStaff(t->db(), u"Anna"_s));
        QVERIFY(tx.commit());
    }
    if (t->engine() == storage::Engine::Postgres)
        QCOMPARE(planCacheMode(), u"auto"_s);
    QCOMPARE(staffNames(t->db()), QStringList{u"Anna"_s});
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "test_transaction.moc"
