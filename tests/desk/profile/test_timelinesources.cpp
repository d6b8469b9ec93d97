#include "profilefixture.h"

#include <desk/profile/audittimelinesource.h>
#include <desk/profile/staytimelinesource.h>

#include <storage/propertyrepository.h>
#include <storage/stayrepository.h>

#include <testdatabase.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;

namespace {

const desk::TimelineEntry *find(const QList<desk::TimelineEntry> &entries, const QString &id)
{
    for (const desk::TimelineEntry &e : entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

} // namespace

// The two timeline sources of the profile, on both engines: stays as events at
// the property's local check-in and check-out times, audit rows as staff
// actions with their actor.
class TestTimelineSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stayEventsAtPropertyTimes();
    void cancelledAndNoShowAreOneEntry();
    void auditEntriesWithActorAndTitle();
    void auditTitles_data();
    void auditTitles();
};

void TestTimelineSources::stayEventsAtPropertyTimes()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = test::ProfileFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));
    const desk::StayTimelineSource source;
    QCOMPARE(source.key(), u"stays"_s);
    QVERIFY(source.tables().contains(u"stays"_s));

    const auto entries = source.entries(t->db(), fixture->anna.id);
    QVERIFY2(entries, qPrintable(entries.error()));
    QCOMPARE(entries->size(), 6);

    const QString past = u"stay:%1:"_s.arg(fixture->pastStay.id);
    const desk::TimelineEntry *arrival = find(*entries, past + u"arrival"_s);
    QVERIFY(arrival);
    QCOMPARE(arrival->kind, u"stay.arrival"_s);
    QCOMPARE(arrival->title, u"Arrival"_s);
    QCOMPARE(arrival->at, QDateTime(QDate(2024, 3, 10), QTime(15, 0), Qt::UTC)); // Lisbon = UTC in March
    QVERIFY2(arrival->detail.contains(u"Harbour View Hotel"_s) && arrival->detail.contains(u"412"_s)
                 && arrival->detail.contains(u"3 night"_s) && arrival->detail.contains(u"HV-1001"_s),
             qPrintable(arrival->detail));
    QVERIFY(arrival->actor.isEmpty());
    QCOMPARE(find(*entries, past + u"checkin"_s)->at, *fixture->pastStay.actualCheckIn);
    QCOMPARE(find(*entries, past + u"checkout"_s)->at, *fixture->pastStay.actualCheckOut);
    QCOMPARE(find(*entries, past + u"departure"_s)->at, QDateTime(QDate(2024, 3, 13), QTime(11, 0), Qt::UTC));

    // In August Lisbon is UTC+1: 15:00 local is 14:00 UTC.
    const QString next = u"stay:%1:"_s.arg(fixture->nextStay.id);
    QCOMPARE(find(*entries, next + u"arrival"_s)->at, QDateTime(QDate(2031, 8, 1), QTime(14, 0), Qt::UTC));
    QCOMPARE(find(*entries, next + u"departure"_s)->at, QDateTime(QDate(2031, 8, 5), QTime(10, 0), Qt::UTC));
    QVERIFY(!find(*entries, next + u"checkin"_s));

    // Carl has no stays.
    QCOMPARE(source.entries(t->db(), fixture->carl.id)->size(), 0);
}

void TestTimelineSources::cancelledAndNoShowAreOneEntry()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = test::ProfileFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));
    core::Stay cancelled = fixture->nextStay;
    cancelled.status = core::StayStatus::Cancelled;
    QVERIFY(storage::StayRepository(t->db()).upsert(cancelled, u"import"_s));
    core::Stay noShow;
    noShow.propertyId = fixture->property.id;
    noShow.guestId = fixture->carl.id;
    noShow.confirmation = u"HV-3003"_s;
    noShow.arrival = QDate(2025, 1, 4);
    noShow.departure = QDate(2025, 1, 6);
    noShow.status = core::StayStatus::NoShow;
    QVERIFY(storage::StayRepository(t->db()).upsert(noShow, u"import"_s));

    const desk::StayTimelineSource source;
    const auto anna = source.entries(t->db(), fixture->anna.id);
    QCOMPARE(anna->size(), 5);
    const desk::TimelineEntry *entry = find(*anna, u"stay:%1:cancelled"_s.arg(cancelled.id));
    QVERIFY(entry);
    QCOMPARE(entry->title, u"Cancelled stay"_s);
    const auto carl = source.entries(t->db(), fixture->carl.id);
    QCOMPARE(carl->size(), 1);
    QCOMPARE(carl->first().kind, u"stay.noshow"_s);
}

void TestTimelineSources::auditEntriesWithActorAndTitle()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = test::ProfileFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));
    const desk::AuditTimelineSource source;
    QCOMPARE(source.key(), u"audit"_s);
    const auto entries = source.entries(t->db(), fixture->anna.id);
    QVERIFY2(entries, qPrintable(entries.error()));
    QStringList kinds;
    for (const desk::TimelineEntry &e : *entries)
        kinds.append(e.kind);
    QCOMPARE(kinds,
             QStringList({u"audit.guest.create"_s, u"audit.stay.create"_s, u"audit.stay.create"_s,
                          u"audit.handle.link"_s, u"audit.handle.link"_s}));
    const desk::TimelineEntry &link = entries->at(3);
    QCOMPARE(link.title, u"Social account linked"_s);
    QCOMPARE(link.actor, u"Maria"_s);
    QVERIFY2(link.detail.contains(u"@anna_berg"_s), qPrintable(link.detail));
    QVERIFY(link.id.startsWith(u"audit:"_s));
    QCOMPARE(link.at.timeSpec(), Qt::UTC);
}

void TestTimelineSources::auditTitles_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("title");
    QTest::newRow("guest.create") << u"guest.create"_s << u"Profile created"_s;
    QTest::newRow("guest.update") << u"guest.update"_s << u"Profile changed"_s;
    QTest::newRow("handle.confirm") << u"handle.confirm"_s << u"Social account confirmed"_s;
    QTest::newRow("handle.unlink") << u"handle.unlink"_s << u"Social account unlinked"_s;
    QTest::newRow("stay.update") << u"stay.update"_s << u"Reservation changed"_s;
    QTest::newRow("post.state") << u"post.state"_s << u"Post handled"_s;
    QTest::newRow("post.suggestion.confirm")
        << u"post.suggestion.confirm"_s << u"Post's author confirmed as this guest"_s;
    QTest::newRow("post.suggestion.dismiss")
        << u"post.suggestion.dismiss"_s << u"Suggested as a post's author, dismissed"_s;
    QTest::newRow("unknown") << u"card.print"_s << u"card.print"_s;
}

void TestTimelineSources::auditTitles()
{
    QFETCH(QString, action);
    QFETCH(QString, title);
    QCOMPARE(desk::AuditTimelineSource::title(action), title);
}

QTEST_GUILESS_MAIN(TestTimelineSources)
#include "test_timelinesources.moc"
