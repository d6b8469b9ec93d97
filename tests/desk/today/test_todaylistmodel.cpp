#include <desk/today/roomorder.h>
#include <desk/today/todaylistmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::TodayList;
using desk::TodayListModel;
using Column = TodayListModel::Column;

namespace {

desk::TodayRow makeRow(core::Id stayId, const QString &first, const QString &last, const QString &room,
                       TodayList list = TodayList::InHouse)
{
    desk::TodayRow row;
    row.list = list;
    row.stay.id = stayId;
    row.stay.guestId = stayId + 1000;
    row.stay.confirmation = u"C-%1"_s.arg(stayId);
    row.stay.room = room;
    row.stay.arrival = QDate(2026, 3, 8);
    row.stay.departure = QDate(2026, 3, 12);
    row.stay.status = core::StayStatus::InHouse;
    row.guest.id = stayId + 1000;
    row.guest.firstName = first;
    row.guest.lastName = last;
    row.nightsLeft = 2;
    return row;
}

QString text(const TodayListModel &model, int row, Column column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, model.columnOf(column)), role).toString();
}

} // namespace

// One list of the Today board as a table: its columns, what each cell says, the
// roles views and proxies use, and updates that keep a view's selection.
class TestTodayListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsPerList_data();
    void columnsPerList();
    void cellsSayWhatTheDeskNeeds();
    void suggestedHandlesAreMarked();
    void attentionRoles();
    void expectedStaysSaySo();
    void sameStaysUpdateInPlace();
    void otherStaysReset();
    void idsForActivation();
    void roomOrder_data();
    void roomOrder();
};

void TestTodayListModel::columnsPerList_data()
{
    QTest::addColumn<TodayList>("list");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("nightsLeft");

    QTest::newRow("arrivals") << TodayList::Arrivals << u"Arrivals"_s << false;
    QTest::newRow("in house") << TodayList::InHouse << u"In house"_s << true;
    QTest::newRow("departures") << TodayList::Departures << u"Departures"_s << false;
}

void TestTodayListModel::columnsPerList()
{
    QFETCH(TodayList, list);
    QFETCH(QString, title);
    QFETCH(bool, nightsLeft);

    TodayListModel model(list);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.list(), list);
    QCOMPARE(TodayListModel::title(list), title);
    QCOMPARE(model.columnCount(), nightsLeft ? 8 : 7);
    QCOMPARE(model.columnOf(Column::Guest), 0);
    QCOMPARE(model.columnOf(Column::Room), 1);
    QCOMPARE(model.columnOf(Column::NightsLeft) >= 0, nightsLeft);
    QCOMPARE(model.columnOf(Column::Attention), model.columnCount() - 1);
    for (int section = 0; section < model.columnCount(); ++section) {
        QCOMPARE(model.columnOf(model.column(section)), section);
        QVERIFY(!model.headerData(section, Qt::Horizontal).toString().isEmpty());
    }
    QCOMPARE(model.headerData(model.columnOf(Column::Vip), Qt::Horizontal).toString(), u"VIP"_s);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestTodayListModel::cellsSayWhatTheDeskNeeds()
{
    TodayListModel model(TodayList::InHouse);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    desk::TodayRow row = makeRow(1, u"Anna"_s, u"Berg"_s, u"101"_s);
    row.guest.vipCode = u"GOLD"_s;
    desk::TodayRow nameless = makeRow(2, QString(), QString(), QString());
    desk::TodayRow single = makeRow(3, u"Cher"_s, QString(), u"7"_s);
    model.setRows({row, nameless, single});

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(text(model, 0, Column::Guest), u"Berg, Anna"_s);
    QCOMPARE(text(model, 1, Column::Guest), u"Guest 1002"_s);
    QCOMPARE(text(model, 2, Column::Guest), u"Cher"_s);
    QCOMPARE(text(model, 0, Column::Room), u"101"_s);
    QCOMPARE(model.data(model.index(0, model.columnOf(Column::Nights))).toInt(), 4);
    QCOMPARE(model.data(model.index(0, model.columnOf(Column::NightsLeft))).toInt(), 2);
    QCOMPARE(text(model, 0, Column::Vip), u"GOLD"_s);
    QCOMPARE(text(model, 0, Column::Status), u"In house"_s);
    QVERIFY(text(model, 0, Column::Guest, Qt::ToolTipRole).contains(u"C-1"_s));
    QVERIFY(!text(model, 1, Column::Room, Qt::ToolTipRole).isEmpty()); // no room yet
    QCOMPARE(model.data(model.index(0, model.columnOf(Column::Nights)), Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(text(model, 0, Column::Guest, Qt::AccessibleTextRole), u"Berg, Anna"_s);
}

void TestTodayListModel::suggestedHandlesAreMarked()
{
    TodayListModel model(TodayList::Arrivals);
    desk::TodayRow row = makeRow(1, u"Anna"_s, u"Berg"_s, u"101"_s, TodayList::Arrivals);
    core::SocialAccount confirmed;
    confirmed.network = core::Network::Mastodon;
    confirmed.handle = u"anna@social.example"_s;
    confirmed.state = core::LinkState::Confirmed;
    core::SocialAccount suggested;
    suggested.network = core::Network::X;
    suggested.handle = u"anna_b"_s;
    suggested.state = core::LinkState::Suggested;
    row.handles = {confirmed, suggested};
    model.setRows({row});

    const QString shown = text(model, 0, Column::Handles);
    QVERIFY2(shown.startsWith(u"@anna@social.example, @anna_b"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"suggested"_s), qPrintable(shown));
    const QString tip = text(model, 0, Column::Handles, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"Mastodon"_s) && tip.contains(u"not yet confirmed"_s), qPrintable(tip));
}

void TestTodayListModel::attentionRoles()
{
    TodayListModel model(TodayList::InHouse);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    desk::TodayRow row = makeRow(1, u"Anna"_s, u"Berg"_s, u"101"_s);
    row.attention = {
        desk::Attention{u"handle.suggested"_s, 2, u"2 to confirm"_s, u"Two handles to confirm"_s, {}},
        desk::Attention{u"posts"_s, 3, u"3 posts"_s, u"Three posts today"_s, desk::Attention::Level::Urgent},
    };
    model.setRows({row, makeRow(2, u"Ben"_s, u"Carter"_s, u"12"_s)});

    const QModelIndex cell = model.index(0, model.columnOf(Column::Attention));
    QCOMPARE(cell.data().toString(), u"2 to confirm, 3 posts"_s);
    QCOMPARE(cell.data(TodayListModel::AttentionCountRole).toInt(), 5);
    QCOMPARE(cell.data(TodayListModel::AttentionRole).value<QList<desk::Attention>>(), row.attention);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), u"Two handles to confirm\nThree posts today"_s);
    QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(), cell.data(Qt::ToolTipRole).toString());
    QCOMPARE(cell.data(TodayListModel::SortRole).toInt(), 5);
    const QModelIndex none = model.index(1, model.columnOf(Column::Attention));
    QCOMPARE(none.data().toString(), QString());
    QCOMPARE(none.data(TodayListModel::AttentionCountRole).toInt(), 0);
}

void TestTodayListModel::expectedStaysSaySo()
{
    TodayListModel model(TodayList::InHouse);
    desk::TodayRow row = makeRow(1, u"Anna"_s, u"Berg"_s, u"101"_s);
    row.stay.status = core::StayStatus::Reserved;
    row.expected = true;
    model.setRows({row});
    QCOMPARE(text(model, 0, Column::Status), u"Expected"_s);
    QVERIFY(!text(model, 0, Column::Status, Qt::ToolTipRole).isEmpty());
}

void TestTodayListModel::sameStaysUpdateInPlace()
{
    TodayListModel model(TodayList::InHouse);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({makeRow(1, u"Anna"_s, u"Berg"_s, u"101"_s), makeRow(2, u"Ben"_s, u"Carter"_s, u"12"_s)});
    const QPersistentModelIndex kept = model.index(1, 0);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    desk::TodayRow moved = makeRow(2, u"Ben"_s, u"Carter"_s, u"14"_s);
    model.setRows({makeRow(1, u"Anna"_s, u"Berg"_s, u"101"_s), moved});
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 1);
    QCOMPARE(text(model, 1, Column::Room), u"14"_s);
}

void TestTodayListModel::otherStaysReset()
{
    TodayListModel model(TodayList::Arrivals);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({makeRow(1, u"Anna"_s, u"Berg"_s, u"101"_s)});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setRows({makeRow(1, u"Anna"_s, u"Berg"_s, u"101"_s), makeRow(2, u"Ben"_s, u"Carter"_s, u"12"_s)});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    model.setRows({});
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestTodayListModel::idsForActivation()
{
    TodayListModel model(TodayList::Departures);
    model.setRows({makeRow(5, u"Anna"_s, u"Berg"_s, u"101"_s), makeRow(9, u"Ben"_s, u"Carter"_s, u"12"_s)});
    QCOMPARE(model.data(model.index(1, 3), TodayListModel::StayIdRole).toLongLong(), 9);
    QCOMPARE(model.data(model.index(1, 3), TodayListModel::GuestIdRole).toLongLong(), 1009);
    QCOMPARE(model.rowOfStay(9), 1);
    QCOMPARE(model.rowOfStay(77), -1);
    QCOMPARE(model.row(0).guest.lastName, u"Berg"_s);
    QVERIFY(model.roleNames().contains(TodayListModel::GuestIdRole));
}

void TestTodayListModel::roomOrder_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    QTest::newRow("numbers as numbers") << u"9"_s << u"10"_s;
    QTest::newRow("leading zeros") << u"007"_s << u"12"_s;
    QTest::newRow("numbers before names") << u"999"_s << u"Annex"_s;
    QTest::newRow("names alphabetically, any case") << u"annex"_s << u"Garden Suite"_s;
    QTest::newRow("unassigned last") << u"Tower 3"_s << QString();
    QTest::newRow("blank is unassigned") << u"3"_s << u"  "_s;
}

void TestTodayListModel::roomOrder()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(desk::RoomOrder::less(a, b));
    QVERIFY(!desk::RoomOrder::less(b, a));

    // The proxy sorts by the same order through SortRole.
    TodayListModel model(TodayList::InHouse);
    model.setRows({makeRow(1, u"A"_s, u"A"_s, a), makeRow(2, u"B"_s, u"B"_s, b)});
    const int room = model.columnOf(Column::Room);
    QVERIFY(model.index(0, room).data(TodayListModel::SortRole).toString()
            < model.index(1, room).data(TodayListModel::SortRole).toString());
}

QTEST_GUILESS_MAIN(TestTodayListModel)
#include "test_todaylistmodel.moc"
