#include "ordersfixture.h"

#include <desk/orders/orderboard.h>
#include <desk/orders/orderboardloader.h>
#include <desk/orders/orderboardmodel.h>

#include <storage/orderrepository.h>

#include <testdatabase.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::OrderBoard;
using desk::OrderBoardModel;
using test::OrdersFixture;

namespace {

QList<core::Id> idsOf(const OrderBoardModel *model, core::Department department)
{
    QList<core::Id> ids;
    for (const desk::OrderBoardRow &row : model->rowsOf(department))
        ids.append(row.order.id);
    return ids;
}

// A board on the test database, its model under QAbstractItemModelTester and
// its clock at `now` (08:00 on the fixture's day in Auckland at first).
struct Harness
{
    explicit Harness(test::TestDatabase &t)
        : board(t.url())
        , tester(board.model(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        board.setClock([this] { return now; });
        board.setTickInterval(std::chrono::milliseconds(0));
        board.setPreferredPropertyCode(u"AKL"_s);
    }

    bool load()
    {
        QSignalSpy updated(&board, &OrderBoard::updated);
        board.refresh();
        return updated.wait(10000) || !updated.isEmpty();
    }

    QDateTime now = OrdersFixture::at(QTime(8, 0));
    OrderBoard board;
    QAbstractItemModelTester tester;
};

} // namespace

// The orders board: one property's open orders grouped by department and
// sorted by due time, overdue on a clock the test sets, loaded off the UI
// thread and reloaded when orders change; orders moved on with refusals and
// conflicts reported.
class TestOrderBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void groupsByDepartmentAndSortsByDueTime();
    void overdueFollowsTheClock();
    void includesClosedOrdersWhenAsked();
    void reloadsWhenOrdersChange();
    void advancesAnOrder();
    void refusesAnImpossibleTransition();
    void reportsAConflict();
};

void TestOrderBoard::groupsByDepartmentAndSortsByDueTime()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));

    Harness h(*t);
    QVERIFY(!h.board.hasLoaded());
    h.board.refresh();
    // The load runs off the UI thread: nothing yet.
    QVERIFY(h.board.isLoading());
    QCOMPARE(h.board.model()->orderCount(), 0);
    QTRY_VERIFY(h.board.hasLoaded());
    QTRY_VERIFY(!h.board.isLoading());
    QVERIFY(h.board.errorText().isEmpty());
    QCOMPARE(h.board.snapshot().property.code, u"AKL"_s);

    const OrderBoardModel *model = h.board.model();
    // Three departments, always, in the same order.
    QCOMPARE(model->rowCount(), 3);
    for (const core::Department d :
         {core::Department::Housekeeping, core::Department::FoodAndBeverage, core::Department::Concierge}) {
        const QModelIndex heading = model->indexOfDepartment(d);
        QVERIFY(heading.data(OrderBoardModel::IsDepartmentRole).toBool());
        QCOMPARE(heading.data(OrderBoardModel::DepartmentRole).toInt(), int(d));
    }
    // Open orders only, the Berlin hotel's never; by due time within a department.
    QCOMPARE(idsOf(model, core::Department::Housekeeping), QList<core::Id>{f->orders.value(u"berg"_s).id});
    QCOMPARE(idsOf(model, core::Department::FoodAndBeverage),
             (QList<core::Id>{f->orders.value(u"diaz"_s).id, f->orders.value(u"carter"_s).id}));
    QCOMPARE(idsOf(model, core::Department::Concierge), QList<core::Id>{f->orders.value(u"evans"_s).id});
    QCOMPARE(model->orderCount(), 4);

    // The rows say what they are about, in words.
    const QModelIndex diaz = model->indexOfOrder(f->orders.value(u"diaz"_s).id);
    QCOMPARE(diaz.parent(), model->indexOfDepartment(core::Department::FoodAndBeverage));
    QCOMPARE(diaz.siblingAtColumn(OrderBoardModel::columnOf(OrderBoardModel::Column::Room)).data().toString(),
             u"305"_s);
    const QString guest
        = diaz.siblingAtColumn(OrderBoardModel::columnOf(OrderBoardModel::Column::Guest)).data().toString();
    QVERIFY2(guest.contains(u"Chloe Diaz"_s) && guest.contains(u"GOLD"_s), qPrintable(guest));
    QCOMPARE(diaz.siblingAtColumn(OrderBoardModel::columnOf(OrderBoardModel::Column::Items)).data().toString(),
             u"2 × Beer and snacks"_s);
    QCOMPARE(diaz.siblingAtColumn(OrderBoardModel::columnOf(OrderBoardModel::Column::Cost)).data().toString(),
             QLocale().toString(48.0, 'f', 2));
    // Due times on the hotel's wall clock (Auckland), not UTC.
    const QString due = diaz.data().toString();
    QVERIFY2(due.contains(u"7"_s) && due.contains(u"30"_s), qPrintable(due));
    QCOMPARE(diaz.data(OrderBoardModel::GuestIdRole).toLongLong(), f->today.guests.value(u"Diaz"_s));
}

void TestOrderBoard::overdueFollowsTheClock()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Harness h(*t);
    QVERIFY(h.load());
    const OrderBoardModel *model = h.board.model();
    const auto overdue = [&](const QString &key) {
        return model->indexOfOrder(f->orders.value(key).id).data(OrderBoardModel::OverdueRole).toBool();
    };
    const int state = OrderBoardModel::columnOf(OrderBoardModel::Column::State);

    // 08:00: only the beer due at 07:30 is late, and the state says so in words.
    QVERIFY(overdue(u"diaz"_s));
    QVERIFY(!overdue(u"berg"_s));
    QVERIFY(!overdue(u"evans"_s));
    QCOMPARE(model->overdueCount(), 1);
    const QString diazState = model->indexOfOrder(f->orders.value(u"diaz"_s).id, state).data().toString();
    QVERIFY2(diazState.contains(u"Overdue by 30 min"_s), qPrintable(diazState));
    QVERIFY(!model->indexOfOrder(f->orders.value(u"berg"_s).id, state).data().toString().contains(u"Overdue"_s));
    QCOMPARE(
        model->indexOfDepartment(core::Department::FoodAndBeverage).data(OrderBoardModel::OverdueCountRole).toInt(), 1);

    // The clock moves on to 09:30 without a reload: the bath salts are late too.
    QSignalSpy changed(h.board.model(), &QAbstractItemModel::dataChanged);
    h.now = OrdersFixture::at(QTime(9, 30));
    h.board.tick();
    QVERIFY(!changed.isEmpty());
    QVERIFY(overdue(u"diaz"_s));
    QVERIFY(overdue(u"berg"_s));
    QVERIFY(!overdue(u"evans"_s));
    QCOMPARE(model->overdueCount(), 2);
    const QString diazLater = model->indexOfOrder(f->orders.value(u"diaz"_s).id, state).data().toString();
    QVERIFY2(diazLater.contains(u"Overdue by 2 h 00 min"_s), qPrintable(diazLater));

    // And back before everything was due.
    h.now = OrdersFixture::at(QTime(7, 0));
    h.board.tick();
    QCOMPARE(model->overdueCount(), 0);
}

void TestOrderBoard::includesClosedOrdersWhenAsked()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Harness h(*t);
    QVERIFY(h.load());
    QVERIFY(!h.board.model()->indexOfOrder(f->orders.value(u"fruit"_s).id).isValid());

    QSignalSpy updated(&h.board, &OrderBoard::updated);
    h.board.setIncludeClosed(true);
    QTRY_COMPARE(updated.size(), 1);
    const QModelIndex fruit = h.board.model()->indexOfOrder(f->orders.value(u"fruit"_s).id);
    QVERIFY(fruit.isValid());
    QCOMPARE(fruit.data(OrderBoardModel::StateRole).toInt(), int(core::OrderState::Delivered));
    // Delivered is never overdue, even past its due time.
    h.now = OrdersFixture::at(QTime(23, 0));
    h.board.tick();
    QVERIFY(!fruit.data(OrderBoardModel::OverdueRole).toBool());
    // Between the beer (07:30) and the wine (18:00), by its due time.
    QCOMPARE(idsOf(h.board.model(), core::Department::FoodAndBeverage),
             (QList<core::Id>{f->orders.value(u"diaz"_s).id, f->orders.value(u"fruit"_s).id,
                              f->orders.value(u"carter"_s).id}));
}

void TestOrderBoard::reloadsWhenOrdersChange()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Harness h(*t);
    h.board.watch(t->db());
    QVERIFY(h.load());
    QCOMPARE(h.board.model()->orderCount(), 4);

    // Another workstation orders flowers for Berg.
    auto other = t->openAnother();
    storage::OrderRequest request;
    request.guestId = f->today.guests.value(u"Berg"_s);
    request.stayId = f->today.stays.value(u"Berg"_s);
    request.items = {{u"Flowers"_s, 1}};
    request.dueAt = OrdersFixture::at(QTime(9, 45));
    const auto created = storage::OrderRepository(*other).create(request, u"Lee"_s);
    QVERIFY2(created, qPrintable(created.error()));

    QTRY_COMPARE_WITH_TIMEOUT(h.board.model()->orderCount(), 5, 10000);
    QCOMPARE(idsOf(h.board.model(), core::Department::Concierge),
             (QList<core::Id>{created->id, f->orders.value(u"evans"_s).id}));
}

void TestOrderBoard::advancesAnOrder()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Harness h(*t);
    QVERIFY(h.load());

    const core::Id diaz = f->orders.value(u"diaz"_s).id;
    QSignalSpy finished(&h.board, &OrderBoard::advanceFinished);
    QVERIFY(h.board.advance(diaz, core::OrderState::Accepted, u"Mia"_s));
    QTRY_COMPARE(finished.size(), 1);
    const auto outcome = finished.at(0).at(0).value<OrderBoard::Outcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.order.state, core::OrderState::Accepted);
    // The row shows it at once, before any reload, still in its place.
    const QModelIndex row = h.board.model()->indexOfOrder(diaz);
    QCOMPARE(row.data(OrderBoardModel::StateRole).toInt(), int(core::OrderState::Accepted));
    QCOMPARE(row.row(), 0);
    QCOMPARE(storage::OrderRepository(t->db()).byId(diaz)->state, core::OrderState::Accepted);
    QCOMPARE(storage::OrderRepository(t->db()).byId(diaz)->updatedBy, u"Mia"_s);

    // A requested order may be delivered straight away.
    QVERIFY(h.board.advance(f->orders.value(u"berg"_s).id, core::OrderState::Delivered, u"Mia"_s));
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(finished.at(1).at(0).value<OrderBoard::Outcome>().ok);
}

void TestOrderBoard::refusesAnImpossibleTransition()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Harness h(*t);
    QVERIFY(h.load());

    // Evans's flowers are accepted: they cannot go back to requested.
    const core::AmenityOrder evans = f->orders.value(u"evans"_s);
    QSignalSpy finished(&h.board, &OrderBoard::advanceFinished);
    QVERIFY(!h.board.advance(evans.id, core::OrderState::Requested, u"Mia"_s));
    QCOMPARE(finished.size(), 1); // at once, nothing sent
    const auto outcome = finished.at(0).at(0).value<OrderBoard::Outcome>();
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.refused);
    QVERIFY(!outcome.conflict);
    QVERIFY2(outcome.message.contains(QString::number(evans.id)), qPrintable(outcome.message));
    QVERIFY(!h.board.isAdvancing());
    QCOMPARE(storage::OrderRepository(t->db()).byId(evans.id)->version, evans.version);
}

void TestOrderBoard::reportsAConflict()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Harness h(*t);
    QVERIFY(h.load());

    // The kitchen accepts the wine on its own desk after this board read it.
    const core::AmenityOrder carter = f->orders.value(u"carter"_s);
    auto other = t->openAnother();
    const auto accepted = storage::OrderRepository(*other).advance(carter.id, core::OrderState::Accepted,
                                                                   u"Sam in the kitchen"_s, carter.version);
    QVERIFY2(accepted, qPrintable(accepted.error()));

    QSignalSpy finished(&h.board, &OrderBoard::advanceFinished);
    QVERIFY(h.board.advance(carter.id, core::OrderState::Cancelled, u"Mia"_s));
    QTRY_COMPARE(finished.size(), 1);
    const auto outcome = finished.at(0).at(0).value<OrderBoard::Outcome>();
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.conflict);
    QVERIFY(!outcome.message.isEmpty());
    // Nothing written over the kitchen's change; the row shows what is stored.
    QCOMPARE(storage::OrderRepository(t->db()).byId(carter.id)->state, core::OrderState::Accepted);
    QCOMPARE(h.board.model()->indexOfOrder(carter.id).data(OrderBoardModel::StateRole).toInt(),
             int(core::OrderState::Accepted));
}

QTEST_GUILESS_MAIN(TestOrderBoard)
#include "test_orderboard.moc"
