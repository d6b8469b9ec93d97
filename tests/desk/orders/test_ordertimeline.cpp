#include "ordersfixture.h"

#include <desk/profile/audittimelinesource.h>

#include <storage/cardrepository.h>
#include <storage/orderrepository.h>

#include <testdatabase.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::AuditTimelineSource;
using test::OrdersFixture;

namespace {

QList<desk::TimelineEntry> ofKind(const QList<desk::TimelineEntry> &entries, const QString &kind)
{
    QList<desk::TimelineEntry> found;
    for (const desk::TimelineEntry &entry : entries) {
        if (entry.kind == kind)
            found.append(entry);
    }
    return found;
}

} // namespace

// Cards and amenity orders on the guest's timeline: titled in words, with
// what was ordered, for which room, when it is due on the hotel's clock and
// what it costs, or which card went out with which text.
class TestOrderTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void titles_data();
    void titles();
    void ordersWithTheirCosts();
    void printedCards();
    void reloadsWithOrdersAndCards();
};

void TestOrderTimeline::titles_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("title");
    QTest::newRow("card printed") << u"card.printed"_s << u"Note card printed"_s;
    QTest::newRow("card exported") << u"card.exported"_s << u"Note card saved as PDF"_s;
    QTest::newRow("order created") << u"order.create"_s << u"Amenity ordered"_s;
    QTest::newRow("accepted") << u"order.accepted"_s << u"Amenity order accepted"_s;
    QTest::newRow("in progress") << u"order.in_progress"_s << u"Amenity order in progress"_s;
    QTest::newRow("delivered") << u"order.delivered"_s << u"Amenity delivered"_s;
    QTest::newRow("cancelled") << u"order.cancelled"_s << u"Amenity order cancelled"_s;
    // A key this build does not know is shown as it is, never hidden.
    QTest::newRow("unknown") << u"order.refunded"_s << u"order.refunded"_s;
}

void TestOrderTimeline::titles()
{
    QFETCH(QString, action);
    QFETCH(QString, title);
    QCOMPARE(AuditTimelineSource::title(action), title);
}

void TestOrderTimeline::ordersWithTheirCosts()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));

    // Carter: the wine (requested) and the fruit plate (delivered).
    const AuditTimelineSource source;
    const auto entries = source.entries(t->db(), f->today.guests.value(u"Carter"_s));
    QVERIFY2(entries, qPrintable(entries.error()));

    const QList<desk::TimelineEntry> created = ofKind(*entries, u"audit.order.create"_s);
    QCOMPARE(created.size(), 2);
    const core::AmenityOrder wine = f->orders.value(u"carter"_s);
    const desk::TimelineEntry *wineEntry = nullptr;
    for (const desk::TimelineEntry &entry : created) {
        if (entry.detail.contains(u"Order %1"_s.arg(wine.id)))
            wineEntry = &entry;
    }
    QVERIFY(wineEntry);
    QCOMPARE(wineEntry->title, u"Amenity ordered"_s);
    QCOMPARE(wineEntry->actor, u"Mia at the desk"_s);
    const QString detail = wineEntry->detail;
    // Items, room, department, due at 18:00 on the Auckland clock (05:00 UTC), cost.
    QVERIFY2(detail.contains(u"1 × Wine and strawberries"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"room 12"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"Food and beverage"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"18:00"_s) && detail.contains(u"10 Mar"_s), qPrintable(detail));
    QVERIFY2(detail.contains(QLocale().toString(58.0, 'f', 2)), qPrintable(detail));
    QVERIFY2(detail.contains(u"Note: For Carter"_s), qPrintable(detail));

    const QList<desk::TimelineEntry> delivered = ofKind(*entries, u"audit.order.delivered"_s);
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered.constFirst().title, u"Amenity delivered"_s);
    QCOMPARE(delivered.constFirst().actor, u"Sam in the kitchen"_s);
    const QString deliveredDetail = delivered.constFirst().detail;
    QVERIFY2(deliveredDetail.contains(u"Fruit plate"_s) && deliveredDetail.contains(u"Delivered"_s)
                 && deliveredDetail.contains(QLocale().toString(16.0, 'f', 2)),
             qPrintable(deliveredDetail));
    // Not the audit log's raw wording.
    QVERIFY(!deliveredDetail.contains(u"food_and_beverage"_s));
}

void TestOrderTimeline::printedCards()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));

    storage::CardRepository cards(t->db());
    core::Card card;
    card.guestId = f->today.guests.value(u"Diaz"_s);
    card.templateName = u"welcome"_s;
    card.text = u"Dear Chloe, welcome."_s;
    card.signature = u"Mia"_s;
    card.format = u"a6"_s;
    const auto draft = cards.createDraft(card, u"Mia"_s);
    QVERIFY2(draft, qPrintable(draft.error()));
    const auto printed
        = cards.recordOutput(draft->id, core::CardStatus::Printed, u"Dear Chloe, welcome home."_s, u"Mia"_s);
    QVERIFY2(printed, qPrintable(printed.error()));

    const auto entries = AuditTimelineSource().entries(t->db(), f->today.guests.value(u"Diaz"_s));
    QVERIFY2(entries, qPrintable(entries.error()));
    const QList<desk::TimelineEntry> found = ofKind(*entries, u"audit.card.printed"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().title, u"Note card printed"_s);
    QCOMPARE(found.constFirst().actor, u"Mia"_s);
    const QString detail = found.constFirst().detail;
    QVERIFY2(detail.contains(u"welcome"_s) && detail.contains(u"a6"_s), qPrintable(detail));
    QVERIFY2(detail.contains(u"Dear Chloe, welcome home."_s), qPrintable(detail));
}

void TestOrderTimeline::reloadsWithOrdersAndCards()
{
    const QStringList tables = AuditTimelineSource().tables();
    QVERIFY(tables.contains(u"amenity_orders"_s));
    QVERIFY(tables.contains(u"cards"_s));
}

QTEST_GUILESS_MAIN(TestOrderTimeline)
#include "test_ordertimeline.moc"
