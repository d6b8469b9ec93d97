#include "ordersfixture.h"

#include <desk/today/openordersattention.h>
#include <desk/today/todayboard.h>
#include <desk/today/todayloader.h>

#include <storage/orderrepository.h>

#include <testdatabase.h>

#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::Attention;
using desk::OpenOrdersAttention;
using desk::TodayList;
using test::OrdersFixture;

namespace {

const desk::TodayRow *rowOf(const desk::TodaySnapshot &snapshot, TodayList list, core::Id stayId)
{
    for (const desk::TodayRow &row : snapshot.rows(list)) {
        if (row.stay.id == stayId)
            return &row;
    }
    return nullptr;
}

std::optional<Attention> ordersBadge(const desk::TodayRow *row)
{
    if (!row)
        return std::nullopt;
    for (const Attention &attention : row->attention) {
        if (attention.kind == OpenOrdersAttention::kind())
            return attention;
    }
    return std::nullopt;
}

} // namespace

// The Today board's badge for open amenity orders: how many per stay, urgent
// when one is overdue, on every list the stay is on; delivered and cancelled
// orders and other hotels' orders do not count.
class TestOpenOrdersAttention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsOpenOrdersPerStay();
    void isOnTheBoardByDefault();
};

void TestOpenOrdersAttention::countsOpenOrdersPerStay()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));

    // A second open order for Carter, and Berg's bath salts cancelled.
    storage::OrderRepository orders(t->db());
    storage::OrderRequest request;
    request.guestId = f->today.guests.value(u"Carter"_s);
    request.stayId = f->today.stays.value(u"Carter"_s);
    request.items = {{u"Flowers"_s, 1}};
    request.dueAt = OrdersFixture::at(QTime(20, 0));
    QVERIFY(orders.create(request, u"Mia"_s));

    desk::TodayLoader::Request today;
    today.propertyCode = u"AKL"_s;
    today.now = OrdersFixture::at(QTime(8, 0));
    const auto provider = std::make_shared<OpenOrdersAttention>();
    QVERIFY(provider->watchedTables().contains(u"amenity_orders"_s));
    const auto snapshot = desk::TodayLoader::load(t->db(), today, {provider});
    QVERIFY2(snapshot, qPrintable(snapshot.error()));

    // Carter: the wine and the flowers are open; the delivered fruit plate is not counted.
    const auto carter = ordersBadge(rowOf(*snapshot, TodayList::InHouse, f->today.stays.value(u"Carter"_s)));
    QVERIFY(carter);
    QCOMPARE(carter->count, 2);
    QCOMPARE(carter->level, Attention::Level::Notice);
    QVERIFY2(carter->label.startsWith(u"2 open order"_s), qPrintable(carter->label));

    // Diaz, arriving, has the overdue beer: urgent.
    const auto diaz = ordersBadge(rowOf(*snapshot, TodayList::Arrivals, f->today.stays.value(u"Diaz"_s)));
    QVERIFY(diaz);
    QCOMPARE(diaz->count, 1);
    QCOMPARE(diaz->level, Attention::Level::Urgent);
    QVERIFY2(diaz->label.contains(u"overdue"_s), qPrintable(diaz->label));

    // Berg is in house and leaves today: the badge is on both lists.
    const core::Id berg = f->today.stays.value(u"Berg"_s);
    QVERIFY(ordersBadge(rowOf(*snapshot, TodayList::InHouse, berg)));
    QVERIFY(ordersBadge(rowOf(*snapshot, TodayList::Departures, berg)));
    // Evans's accepted flowers are still open.
    QCOMPARE(ordersBadge(rowOf(*snapshot, TodayList::Arrivals, f->today.stays.value(u"Evans"_s)))->count, 1);
    // Hart has no order.
    QVERIFY(!ordersBadge(rowOf(*snapshot, TodayList::Departures, f->today.stays.value(u"Hart"_s))));

    // Once Berg's order is cancelled, the badge goes.
    const core::AmenityOrder bergOrder = f->orders.value(u"berg"_s);
    QVERIFY(orders.advance(bergOrder.id, core::OrderState::Cancelled, u"Mia"_s, bergOrder.version));
    const auto after = desk::TodayLoader::load(t->db(), today, {provider});
    QVERIFY(after);
    QVERIFY(!ordersBadge(rowOf(*after, TodayList::InHouse, berg)));

    // The Berlin hotel's board counts Klein's order, and only that one.
    today.propertyCode = u"BER"_s;
    // The evening in Berlin on the fixture's day, when Klein is there.
    today.now = QDateTime(test::TodayFixture::day(), QTime(20, 0), QTimeZone("Europe/Berlin")).toUTC();
    const auto berlin = desk::TodayLoader::load(t->db(), today, {provider});
    QVERIFY(berlin);
    int badges = 0;
    for (const TodayList list : {TodayList::Arrivals, TodayList::InHouse, TodayList::Departures}) {
        for (const desk::TodayRow &row : berlin->rows(list))
            badges += ordersBadge(&row) ? 1 : 0;
    }
    const auto klein = ordersBadge(rowOf(*berlin, TodayList::InHouse, f->today.stays.value(u"Klein"_s)));
    QVERIFY(klein);
    QCOMPARE(klein->count, 1);
    QCOMPARE(badges, 2); // Klein arrives today and is in house
}

void TestOpenOrdersAttention::isOnTheBoardByDefault()
{
    bool found = false;
    for (const auto &provider : desk::TodayBoard::defaultAttentionProviders())
        found = found || dynamic_cast<const OpenOrdersAttention *>(provider.get()) != nullptr;
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestOpenOrdersAttention)
#include "test_openordersattention.moc"
