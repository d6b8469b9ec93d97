#include <desk/profile/timelinemodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using tw::desk::TimelineEntry;
using tw::desk::TimelineModel;

namespace {

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 7, day), QTime(hour, minute), Qt::UTC);
}

TimelineEntry entry(const QString &id, const QDateTime &at, const QString &title = {})
{
    TimelineEntry e;
    e.id = id;
    e.at = at;
    e.kind = u"test."_s + id;
    e.title = title.isEmpty() ? id : title;
    return e;
}

QStringList ids(const TimelineModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, TimelineModel::TimeColumn).data(TimelineModel::IdRole).toString());
    return list;
}

} // namespace

// The timeline model: any number of sources merged into one chronological
// list, updated row by row when a source reloads, times shown in the
// property's zone and the user's locale.
class TestTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesSourcesInTimeOrder();
    void sameInstantKeepsSourceAndListOrder();
    void reloadUpdatesRowsInPlace_data();
    void reloadUpdatesRowsInPlace();
    void removeSourceAndClear();
    void entriesWithoutTimeAreLeftOut();
    void timesInZoneAndLocale();
    void columnsAndRoles();
};

void TestTimelineModel::mergesSourcesInTimeOrder()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(u"stays"_s, {entry(u"s1"_s, utc(1, 15)), entry(u"s2"_s, utc(4, 11)), entry(u"s3"_s, utc(9, 15))});
    QCOMPARE(ids(model), QStringList({u"s1"_s, u"s2"_s, u"s3"_s}));
    // A second source, given out of order, interleaves.
    model.setEntries(u"audit"_s, {entry(u"a2"_s, utc(5, 9)), entry(u"a1"_s, utc(2, 8)), entry(u"a0"_s, utc(1, 1))});
    QCOMPARE(ids(model), QStringList({u"a0"_s, u"s1"_s, u"a1"_s, u"s2"_s, u"a2"_s, u"s3"_s}));
    // A third source, as later features add them.
    model.setEntries(u"posts"_s, {entry(u"p1"_s, utc(4, 20))});
    QCOMPARE(ids(model), QStringList({u"a0"_s, u"s1"_s, u"a1"_s, u"s2"_s, u"p1"_s, u"a2"_s, u"s3"_s}));
    QCOMPARE(model.sources(), QStringList({u"stays"_s, u"audit"_s, u"posts"_s}));
    QCOMPARE(model.source(4), u"posts"_s);
    QCOMPARE(model.index(4, 0).data(TimelineModel::SourceRole).toString(), u"posts"_s);
}

void TestTimelineModel::sameInstantKeepsSourceAndListOrder()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime noon = utc(3, 12);
    model.setEntries(u"first"_s, {entry(u"f-b"_s, noon), entry(u"f-a"_s, noon)});
    model.setEntries(u"second"_s, {entry(u"s-a"_s, noon)});
    model.setEntries(u"first"_s, {entry(u"f-b"_s, noon), entry(u"f-a"_s, noon), entry(u"f-c"_s, noon)});
    QCOMPARE(ids(model), QStringList({u"f-b"_s, u"f-a"_s, u"f-c"_s, u"s-a"_s}));
    // A source that reorders entries of one instant is followed, too.
    model.setEntries(u"first"_s, {entry(u"f-a"_s, noon), entry(u"f-b"_s, noon)});
    QCOMPARE(ids(model), QStringList({u"f-a"_s, u"f-b"_s, u"s-a"_s}));
}

void TestTimelineModel::reloadUpdatesRowsInPlace_data()
{
    QTest::addColumn<QStringList>("after"); // id@day, optionally "!" for changed text
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("changed");

    QTest::newRow("same") << QStringList{u"a@1"_s, u"b@3"_s, u"c@5"_s} << QStringList{u"a"_s, u"x"_s, u"b"_s, u"c"_s}
                          << 0 << 0 << 0;
    QTest::newRow("one added in the middle") << QStringList{u"a@1"_s, u"b@3"_s, u"n@4"_s, u"c@5"_s}
                                             << QStringList{u"a"_s, u"x"_s, u"b"_s, u"n"_s, u"c"_s} << 1 << 0 << 0;
    QTest::newRow("one removed") << QStringList{u"a@1"_s, u"c@5"_s} << QStringList{u"a"_s, u"x"_s, u"c"_s} << 0 << 1
                                 << 0;
    QTest::newRow("text changed") << QStringList{u"a@1"_s, u"b@3!"_s, u"c@5"_s}
                                  << QStringList{u"a"_s, u"x"_s, u"b"_s, u"c"_s} << 0 << 0 << 1;
    QTest::newRow("moved in time") << QStringList{u"a@1"_s, u"b@6"_s, u"c@5"_s}
                                   << QStringList{u"a"_s, u"x"_s, u"c"_s, u"b"_s} << 1 << 1 << 0;
    QTest::newRow("all new") << QStringList{u"d@1"_s, u"e@7"_s} << QStringList{u"d"_s, u"x"_s, u"e"_s} << 2 << 3 << 0;
    QTest::newRow("emptied") << QStringList{} << QStringList{u"x"_s} << 0 << 3 << 0;
}

void TestTimelineModel::reloadUpdatesRowsInPlace()
{
    QFETCH(QStringList, after);
    QFETCH(QStringList, expected);
    QFETCH(int, inserted);
    QFETCH(int, removed);
    QFETCH(int, changed);

    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(u"s"_s, {entry(u"a"_s, utc(1, 9)), entry(u"b"_s, utc(3, 9)), entry(u"c"_s, utc(5, 9))});
    model.setEntries(u"other"_s, {entry(u"x"_s, utc(2, 9))});

    QList<TimelineEntry> next;
    for (QString spec : after) {
        const bool changedText = spec.endsWith(u'!');
        if (changedText)
            spec.chop(1);
        const QStringList parts = spec.split(u'@');
        next.append(entry(parts.at(0), utc(parts.at(1).toInt(), 9), changedText ? u"changed"_s : QString()));
    }
    QSignalSpy insertedSpy(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removedSpy(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changedSpy(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);
    model.setEntries(u"s"_s, next);

    QCOMPARE(ids(model), expected);
    int insertedRows = 0;
    for (const QList<QVariant> &args : std::as_const(insertedSpy))
        insertedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
    int removedRows = 0;
    for (const QList<QVariant> &args : std::as_const(removedSpy))
        removedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
    QCOMPARE(insertedRows, inserted);
    QCOMPARE(removedRows, removed);
    QCOMPARE(changedSpy.size(), changed);
    QCOMPARE(resetSpy.size(), 0);
    if (changed)
        QCOMPARE(model.index(2, TimelineModel::TitleColumn).data().toString(), u"changed"_s);
}

void TestTimelineModel::removeSourceAndClear()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(u"a"_s, {entry(u"a1"_s, utc(1, 9)), entry(u"a2"_s, utc(3, 9))});
    model.setEntries(u"b"_s, {entry(u"b1"_s, utc(2, 9))});
    model.removeSource(u"a"_s);
    QCOMPARE(ids(model), QStringList({u"b1"_s}));
    QCOMPARE(model.sources(), QStringList({u"b"_s}));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.sources().isEmpty());
}

void TestTimelineModel::entriesWithoutTimeAreLeftOut()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(u"a"_s, {entry(u"a1"_s, QDateTime()), entry(u"a2"_s, utc(3, 9))});
    QCOMPARE(ids(model), QStringList({u"a2"_s}));
}

void TestTimelineModel::timesInZoneAndLocale()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(u"a"_s, {entry(u"a1"_s, utc(3, 20, 30))});
    QCOMPARE(model.timeZone(), QTimeZone::utc());

    const QLocale german(QLocale::German, QLocale::Germany);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLocale(german);
    model.setTimeZone(QTimeZone("Europe/Lisbon"));
    QCOMPARE(changed.size(), 2);
    // Lisbon is UTC+1 in July; German short format: "03.07.26 21:30".
    const QString shown = model.index(0, TimelineModel::TimeColumn).data().toString();
    QCOMPARE(
        shown,
        german.toString(QDateTime(QDate(2026, 7, 3), QTime(21, 30), QTimeZone("Europe/Lisbon")), QLocale::ShortFormat));
    QVERIFY2(shown.contains(u"21:30"_s) && shown.contains(u"03.07."_s), qPrintable(shown));
    // The stored instant stays UTC.
    QCOMPARE(model.index(0, 0).data(TimelineModel::AtRole).toDateTime(), utc(3, 20, 30));

    model.setTimeZone(QTimeZone("Asia/Tokyo"));
    QVERIFY2(model.index(0, TimelineModel::TimeColumn).data().toString().contains(u"05:30"_s),
             qPrintable(model.index(0, TimelineModel::TimeColumn).data().toString()));
}

void TestTimelineModel::columnsAndRoles()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TimelineEntry e = entry(u"audit:7"_s, utc(3, 9), u"Profile changed"_s);
    e.kind = u"audit.guest.update"_s;
    e.detail = u"changed e-mail"_s;
    e.actor = u"Maria"_s;
    model.setEntries(u"audit"_s, {e});
    QCOMPARE(model.columnCount(), int(TimelineModel::ColumnCount));
    QCOMPARE(model.index(0, TimelineModel::TitleColumn).data().toString(), u"Profile changed"_s);
    QCOMPARE(model.index(0, TimelineModel::DetailColumn).data().toString(), u"changed e-mail"_s);
    QCOMPARE(model.index(0, TimelineModel::ActorColumn).data().toString(), u"Maria"_s);
    QCOMPARE(model.index(0, TimelineModel::ActorColumn).data(TimelineModel::KindRole).toString(),
             u"audit.guest.update"_s);
    QCOMPARE(model.headerData(TimelineModel::TimeColumn, Qt::Horizontal).toString(), u"When"_s);
    QCOMPARE(model.entry(0), e);
    QVERIFY(model.roleNames().values().contains("kind"));
}

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "test_timelinemodel.moc"
