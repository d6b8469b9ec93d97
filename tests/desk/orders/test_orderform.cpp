#include <desk/orders/orderform.h>
#include <desk/orders/orderwording.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::OrderForm;

namespace {

core::Amenity item(core::Id id, const QString &name, core::Department department, qint64 cents,
                   const QString &note = {}, bool active = true)
{
    core::Amenity a;
    a.id = id;
    a.name = name;
    a.department = department;
    a.unitCostCents = cents;
    a.noteTemplate = note;
    a.active = active;
    return a;
}

QList<core::Amenity> catalog()
{
    return {item(1, u"Bath salts"_s, core::Department::Housekeeping, 1800, u"A long soak for you, {first_name}."_s),
            item(2, u"Wine and strawberries"_s, core::Department::FoodAndBeverage, 5800,
                 u"With the compliments of {property}."_s),
            item(3, u"Old minibar"_s, core::Department::FoodAndBeverage, 900, {}, false),
            item(4, u"Flowers"_s, core::Department::Concierge, 4525)};
}

core::Property auckland()
{
    core::Property p;
    p.id = 7;
    p.code = u"AKL"_s;
    p.name = u"Harbour Lights Auckland"_s;
    p.timeZone = u"Pacific/Auckland"_s;
    return p;
}

desk::OrderFormGuest guest()
{
    desk::OrderFormGuest g;
    g.guest.id = 42;
    g.guest.firstName = u"Ben"_s;
    g.guest.lastName = u"Carter"_s;
    g.stay.id = 420;
    g.stay.guestId = 42;
    g.stay.room = u"12"_s;
    return g;
}

// A form with the catalog, the Auckland hotel and one guest, in the C locale.
struct Harness
{
    Harness()
        : tester(&form, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        form.setLocale(QLocale::c());
        form.setOrderProperty(auckland());
        form.setCatalog(catalog());
        form.setGuests({guest()});
    }

    OrderForm form;
    QAbstractItemModelTester tester;
};

const QDateTime kNow(QDate(2026, 3, 10), QTime(19, 0), Qt::UTC); // 08:00 on 11 March in Auckland

} // namespace

// The new-order form's model and checks: active catalog items with
// quantities, the live total in cents, the department of the first item
// unless chosen, the due time on the hotel's clock, the note from the first
// item's template merged for the guest, and what stops an order.
class TestOrderForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsActiveItems();
    void totalFollowsQuantities_data();
    void totalFollowsQuantities();
    void quantitiesThroughTheModel();
    void departmentFromTheFirstItem();
    void dueTimeOnTheHotelsClock();
    void noteFromTheItemsTemplate();
    void checks_data();
    void checks();
    void requestForTheRepository();
    void moneyInTheLocale();
};

void TestOrderForm::listsActiveItems()
{
    Harness h;
    // Retired items cannot be ordered.
    QCOMPARE(h.form.rowCount(), 3);
    QCOMPARE(h.form.rowOf(u"old minibar"_s), -1);
    QCOMPARE(h.form.rowOf(u"  wine AND strawberries "_s), 1);
    QCOMPARE(h.form.index(0, int(OrderForm::Column::UnitCost)).data().toString(), u"18.00"_s);
    QCOMPARE(h.form.index(2, int(OrderForm::Column::Department)).data().toString(), u"Concierge"_s);
    QVERIFY(h.form.flags(h.form.index(0, int(OrderForm::Column::Quantity))) & Qt::ItemIsEditable);
    QVERIFY(!(h.form.flags(h.form.index(0, int(OrderForm::Column::Item))) & Qt::ItemIsEditable));
}

void TestOrderForm::totalFollowsQuantities_data()
{
    QTest::addColumn<QList<int>>("quantities"); // bath salts, wine, flowers
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing") << QList<int>{0, 0, 0} << qint64(0) << u"0.00"_s;
    QTest::newRow("one item") << QList<int>{1, 0, 0} << qint64(1800) << u"18.00"_s;
    QTest::newRow("two of one") << QList<int>{0, 2, 0} << qint64(11600) << u"116.00"_s;
    QTest::newRow("mixed, odd cents") << QList<int>{1, 1, 3} << qint64(1800 + 5800 + 3 * 4525) << u"211.75"_s;
}

void TestOrderForm::totalFollowsQuantities()
{
    QFETCH(QList<int>, quantities);
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    Harness h;
    QSignalSpy total(&h.form, &OrderForm::totalChanged);
    for (int row = 0; row < quantities.size(); ++row)
        QVERIFY(h.form.setQuantity(row, quantities.at(row)));
    QCOMPARE(h.form.totalCents(), cents);
    QCOMPARE(h.form.totalText(), text);
    if (cents != 0)
        QCOMPARE(total.constLast().at(0).toLongLong(), cents);
}

void TestOrderForm::quantitiesThroughTheModel()
{
    Harness h;
    const QModelIndex wine = h.form.index(1, int(OrderForm::Column::Quantity));
    QSignalSpy changed(&h.form, &QAbstractItemModel::dataChanged);
    QVERIFY(h.form.setData(wine, 2));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(h.form.quantity(1), 2);
    QCOMPARE(h.form.index(1, int(OrderForm::Column::Cost)).data().toString(), u"116.00"_s);
    // Out of range or not a number: refused, unchanged.
    QVERIFY(!h.form.setData(wine, -1));
    QVERIFY(!h.form.setData(wine, OrderForm::MaxQuantity + 1));
    QVERIFY(!h.form.setData(wine, u"lots"_s));
    QCOMPARE(h.form.quantity(1), 2);
    // Only the quantity is editable.
    QVERIFY(!h.form.setData(h.form.index(1, int(OrderForm::Column::Item)), u"Beer"_s));
    // Emptied: not ordered.
    QVERIFY(h.form.setData(wine, QString()));
    QCOMPARE(h.form.quantity(1), 0);
    QVERIFY(h.form.chosenLines().isEmpty());
}

void TestOrderForm::departmentFromTheFirstItem()
{
    Harness h;
    QVERIFY(!h.form.firstItemDepartment());
    h.form.setQuantity(2, 1); // flowers first
    h.form.setQuantity(1, 1);
    QCOMPARE(h.form.department(), core::Department::Concierge);
    QCOMPARE(h.form.chosenLines().constFirst().name, u"Flowers"_s);
    h.form.setQuantity(2, 0); // now the wine is first
    QCOMPARE(h.form.department(), core::Department::FoodAndBeverage);
    // Chosen by staff: kept whatever the items.
    h.form.setDepartment(core::Department::Housekeeping);
    h.form.setQuantity(2, 1);
    QCOMPARE(h.form.department(), core::Department::Housekeeping);
    QVERIFY(h.form.isDepartmentChosen());
    h.form.setDepartment(std::nullopt);
    QCOMPARE(h.form.department(), core::Department::FoodAndBeverage);
}

void TestOrderForm::dueTimeOnTheHotelsClock()
{
    Harness h;
    // 18:30 on the Auckland wall clock on 11 March (NZDT, UTC+13) is 05:30 UTC.
    h.form.setDueLocal(QDateTime(QDate(2026, 3, 11), QTime(18, 30)));
    QCOMPARE(h.form.dueUtc(), QDateTime(QDate(2026, 3, 11), QTime(5, 30), Qt::UTC));
    // Whatever zone the editor's value carried, the wall-clock reading counts.
    h.form.setDueLocal(QDateTime(QDate(2026, 3, 11), QTime(18, 30), Qt::UTC));
    QCOMPARE(h.form.dueUtc(), QDateTime(QDate(2026, 3, 11), QTime(5, 30), Qt::UTC));

    // The first suggestion: at least half an hour ahead, on a quarter hour.
    const QDateTime suggested = OrderForm::suggestedDueLocal(kNow, QTimeZone("Pacific/Auckland"));
    QCOMPARE(suggested.date(), QDate(2026, 3, 11));
    QCOMPARE(suggested.time(), QTime(8, 30));
    const QDateTime odd = OrderForm::suggestedDueLocal(kNow.addSecs(qint64(7) * 60), QTimeZone("Pacific/Auckland"));
    QCOMPARE(odd.time(), QTime(8, 45));
}

void TestOrderForm::noteFromTheItemsTemplate()
{
    Harness h;
    h.form.setActor(u"Mia"_s);
    QVERIFY(!h.form.setGuest(99));
    QVERIFY(h.form.setGuest(42));
    QSignalSpy suggested(&h.form, &OrderForm::suggestedNoteChanged);
    h.form.setQuantity(0, 1);
    // Merged for the guest, never a raw placeholder.
    QCOMPARE(h.form.note(), u"A long soak for you, Ben."_s);
    QCOMPARE(suggested.size(), 1);
    // The first item decides; the wine's note names the hotel.
    h.form.setQuantity(0, 0);
    h.form.setQuantity(1, 1);
    QCOMPARE(h.form.note(), u"With the compliments of Harbour Lights Auckland."_s);
    // Staff's own words stay, whatever is chosen next.
    h.form.setNote(u"Leave it with the concierge."_s);
    QVERIFY(h.form.isNoteEdited());
    h.form.setQuantity(1, 0);
    h.form.setQuantity(0, 1);
    QCOMPARE(h.form.note(), u"Leave it with the concierge."_s);
    // Emptied: back to the suggestion.
    h.form.setNote(QString());
    QCOMPARE(h.form.note(), u"A long soak for you, Ben."_s);
}

void TestOrderForm::checks_data()
{
    QTest::addColumn<bool>("withGuest");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<int>("dueMinutesFromNow"); // 10000: no due time
    QTest::addColumn<int>("noteLength");
    QTest::addColumn<QList<int>>("fields"); // OrderForm::Field values in order
    using F = OrderForm::Field;
    QTest::newRow("fine") << true << 1 << 30 << 0 << QList<int>{};
    QTest::newRow("due a moment ago is fine") << true << 1 << -3 << 0 << QList<int>{};
    QTest::newRow("no guest") << false << 1 << 30 << 0 << QList<int>{int(F::Guest)};
    QTest::newRow("no items") << true << 0 << 30 << 0 << QList<int>{int(F::Items)};
    QTest::newRow("due long past") << true << 1 << -60 << 0 << QList<int>{int(F::Due)};
    QTest::newRow("no due time") << true << 1 << 10000 << 0 << QList<int>{int(F::Due)};
    QTest::newRow("note too long") << true << 1 << 30 << OrderForm::MaxNoteLength + 1 << QList<int>{int(F::Note)};
    QTest::newRow("guest without a stay") << true << 1 << 30 << 0 << QList<int>{int(F::Guest)};
    QTest::newRow("everything") << false << 0 << -60 << 0 << QList<int>{int(F::Guest), int(F::Items), int(F::Due)};
}

void TestOrderForm::checks()
{
    QFETCH(bool, withGuest);
    QFETCH(int, quantity);
    QFETCH(int, dueMinutesFromNow);
    QFETCH(int, noteLength);
    QFETCH(QList<int>, fields);
    Harness h;
    if (withGuest)
        h.form.setGuest(42);
    if (QByteArray(QTest::currentDataTag()) == "guest without a stay") {
        desk::OrderFormGuest former = guest();
        former.stay = core::Stay();
        h.form.setGuests({former});
    }
    h.form.setQuantity(0, quantity);
    if (dueMinutesFromNow != 10000)
        h.form.setDueLocal(kNow.addSecs(qint64(dueMinutesFromNow) * 60).toTimeZone(h.form.timeZone()));
    if (noteLength > 0)
        h.form.setNote(QString(noteLength, u'x'));
    const QList<OrderForm::Problem> problems = h.form.check(kNow);
    QList<int> found;
    for (const OrderForm::Problem &problem : problems) {
        found.append(int(problem.field));
        QVERIFY(!problem.message.isEmpty());
    }
    QCOMPARE(found, fields);
}

void TestOrderForm::requestForTheRepository()
{
    Harness h;
    h.form.setGuest(42);
    h.form.setQuantity(2, 2);
    h.form.setQuantity(0, 1);
    h.form.setDueLocal(QDateTime(QDate(2026, 3, 11), QTime(9, 0)));
    h.form.setCardId(5); // not among the guest's cards: dropped
    h.form.setCards({});
    core::Card card;
    card.id = 8;
    card.guestId = 42;
    h.form.setCards({card});
    h.form.setCardId(8);
    const storage::OrderRequest request = h.form.request();
    QCOMPARE(request.guestId, core::Id(42));
    QCOMPARE(request.stayId, core::Id(420));
    QCOMPARE(request.items.size(), 2);
    QCOMPARE(request.items.at(0).name, u"Flowers"_s);
    QCOMPARE(request.items.at(0).quantity, 2);
    QCOMPARE(request.items.at(1).name, u"Bath salts"_s);
    QCOMPARE(request.department, std::optional<core::Department>(core::Department::Concierge));
    QCOMPARE(request.dueAt, QDateTime(QDate(2026, 3, 10), QTime(20, 0), Qt::UTC));
    QCOMPARE(request.cardId, core::Id(8));
    QVERIFY(request.note.isEmpty()); // the flowers have no note template
}

void TestOrderForm::moneyInTheLocale()
{
    QCOMPARE(desk::OrderWording::money(5800, QLocale::c()), u"58.00"_s);
    QCOMPARE(desk::OrderWording::money(1205, QLocale(QLocale::German, QLocale::Germany)), u"12,05"_s);
    QCOMPARE(desk::OrderWording::itemsText({{1, u"Flowers"_s, 2, 4500}, {2, u"Bath salts"_s, 1, 1800}}),
             u"2 × Flowers, 1 × Bath salts"_s);
}

QTEST_GUILESS_MAIN(TestOrderForm)
#include "test_orderform.moc"
