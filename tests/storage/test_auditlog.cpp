#include <storage/auditlog.h>
#include <storage/database.h>

#include <testdatabase.h>

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace tw;

namespace {

core::AuditEntry makeEntry(const QString &action, core::Id guestId, const QDateTime &at = {})
{
    core::AuditEntry e;
    e.at = at;
    e.actor = u"maria"_s;
    e.action = action;
    e.entityType = u"card"_s;
    e.entityId = 7;
    e.guestId = guestId;
    e.detail = u"printed \"Welcome back\""_s;
    return e;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendAndReadBack();
    void missingTimeMeansNow();
    void timelineIsInTimeOrder();
    void forEntity();
    void entryWithoutGuest();
    void incompleteEntryIsRefused();
    void entryGoesWithItsTransaction();
};

void TestAuditLog::appendAndReadBack()
{
    TW_TEST_DATABASE(t);
    storage::AuditLog log(t->db());
    const QDateTime at(QDate(2024, 5, 1), QTime(18, 30, 15, 123), Qt::UTC);
    const auto id = log.append(makeEntry(u"card.print"_s, 12, at));
    QVERIFY2(id, qPrintable(id.error()));
    QVERIFY(id.value() != core::InvalidId);

    const QList<core::AuditEntry> entries = log.forGuest(12);
    QCOMPARE(entries.size(), 1);
    const core::AuditEntry &e = entries.first();
    QCOMPARE(e.id, id.value());
    QCOMPARE(e.at, at);
    QCOMPARE(e.at.timeSpec(), Qt::UTC);
    QCOMPARE(e.actor, u"maria"_s);
    QCOMPARE(e.action, u"card.print"_s);
    QCOMPARE(e.entityType, u"card"_s);
    QCOMPARE(e.entityId, 7);
    QCOMPARE(e.guestId, 12);
    QCOMPARE(e.detail, u"printed \"Welcome back\""_s);
    QVERIFY(log.record(makeEntry(u"card.reprint"_s, 12)));
    QCOMPARE(log.forGuest(12).size(), 2);
}

void TestAuditLog::missingTimeMeansNow()
{
    TW_TEST_DATABASE(t);
    storage::AuditLog log(t->db());
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(log.record(makeEntry(u"card.print"_s, 12)));
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
    const QDateTime at = log.forGuest(12).first().at;
    QVERIFY(at >= before);
    QVERIFY(at <= after);
}

void TestAuditLog::timelineIsInTimeOrder()
{
    TW_TEST_DATABASE(t);
    storage::AuditLog log(t->db());
    const QDateTime base(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(log.record(makeEntry(u"third"_s, 12, base.addSecs(120))));
    QVERIFY(log.record(makeEntry(u"first"_s, 12, base)));
    QVERIFY(log.record(makeEntry(u"second"_s, 12, base.addMSecs(1))));
    QVERIFY(log.record(makeEntry(u"other guest"_s, 13, base.addSecs(60))));
    // Entries are compared as instants, whatever zone they were written in.
    QVERIFY(log.record(makeEntry(u"fourth"_s, 12, base.addSecs(180).toTimeZone(QTimeZone("Asia/Tokyo")))));
    QStringList actions;
    const QList<core::AuditEntry> entries = log.forGuest(12);
    for (const core::AuditEntry &e : entries)
        actions.append(e.action);
    QCOMPARE(actions, (QStringList{u"first"_s, u"second"_s, u"third"_s, u"fourth"_s}));
}

void TestAuditLog::forEntity()
{
    TW_TEST_DATABASE(t);
    storage::AuditLog log(t->db());
    core::AuditEntry order = makeEntry(u"order.deliver"_s, 12);
    order.entityType = u"amenity_order"_s;
    order.entityId = 7;
    QVERIFY(log.record(order));
    QVERIFY(log.record(makeEntry(u"card.print"_s, 12))); // card 7: same id, other type
    order.entityId = 8;
    QVERIFY(log.record(order));

    const QList<core::AuditEntry> entries = log.forEntity(u"amenity_order"_s, 7);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, u"order.deliver"_s);
    QCOMPARE(log.forEntity(u"card"_s, 7).size(), 1);
    QVERIFY(log.forEntity(u"card"_s, 8).isEmpty());
}

void TestAuditLog::entryWithoutGuest()
{
    TW_TEST_DATABASE(t);
    storage::AuditLog log(t->db());
    core::AuditEntry e = makeEntry(u"property.update"_s, core::InvalidId);
    e.entityType = u"property"_s;
    e.entityId = 1;
    QVERIFY(log.record(e));
    const QList<core::AuditEntry> entries = log.forEntity(u"property"_s, 1);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().guestId, core::InvalidId);
    QVERIFY(log.forGuest(core::InvalidId).isEmpty()); // no guest is not a guest
}

void TestAuditLog::incompleteEntryIsRefused()
{
    TW_TEST_DATABASE(t);
    storage::AuditLog log(t->db());
    core::AuditEntry e = makeEntry(QString(), 12);
    QVERIFY(!log.record(e));
    QVERIFY(!log.append(e).error().isEmpty());
    e = makeEntry(u"card.print"_s, 12);
    e.entityType.clear();
    QVERIFY(!log.record(e));
    QVERIFY(log.forGuest(12).isEmpty());
}

void TestAuditLog::entryGoesWithItsTransaction()
{
    TW_TEST_DATABASE(t);
    storage::AuditLog log(t->db());
    {
        storage::Transaction tx(t->db());
        QVERIFY(log.record(makeEntry(u"card.print"_s, 12)));
        QCOMPARE(log.forGuest(12).size(), 1);
    }
    QVERIFY(log.forGuest(12).isEmpty());
    storage::Transaction tx(t->db());
    QVERIFY(log.record(makeEntry(u"card.print"_s, 12)));
    QVERIFY(tx.commit());
    QCOMPARE(log.forGuest(12).size(), 1);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_auditlog.moc"
