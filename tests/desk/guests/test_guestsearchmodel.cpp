#include "guestsearchfixture.h"

#include <desk/guests/guestsearchmodel.h>

#include <storage/guestrepository.h>
#include <storage/socialaccountrepository.h>

#include <testdatabase.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::GuestSearchModel;
using desk::GuestSearchRow;

namespace {

// A model on the test database, searching without a pause, with its tester.
// The tester asks for more rows after every change, so tests of what loads
// only on request leave it out.
struct Subject
{
    enum Tester { WithTester, WithoutTester };

    explicit Subject(const storage::DatabaseUrl &url, Tester withTester = WithTester)
        : model(url)
    {
        model.setDebounceInterval(0);
        model.setReferenceTime(test::GuestSearchFixture::referenceTime());
        if (withTester == WithTester)
            tester = std::make_unique<QAbstractItemModelTester>(&model,
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    GuestSearchModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

QString text(const GuestSearchModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

QStringList names(const GuestSearchModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(text(model, row, GuestSearchModel::NameColumn));
    return list;
}

QList<core::Id> ids(const GuestSearchModel &model)
{
    QList<core::Id> list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.data(model.index(row, 0), GuestSearchModel::GuestIdRole).toLongLong());
    return list;
}

} // namespace

// The guests page's model on both engines: search by every field, the
// in-house list for an empty text, what each column says, lazy pages, and
// answers to an older text never reaching the rows.
class TestGuestSearchModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsHaveHeaders();
    void searchByEachField_data();
    void searchByEachField();
    void columnsDescribeTheGuest();
    void staysShowInHouseNextOrLast_data();
    void staysShowInHouseNextOrLast();
    void emptyTextListsGuestsInHouseByRoom();
    void inHouseListFollowsTheProperty();
    void noMatchLeavesNoRows();
    void rowsComeFirstAndDetailsFollow();
    void fetchesPagesLazily();
    void searchStopsAtItsLimit();
    void staleAnswersAreDropped();
    void staleMorePageIsDropped();
    void debounceWaitsForAPause();
    void spaceAloneDoesNotSearchAgain();
    void refreshShowsChangesAndKeepsDepth();
    void unreachableDatabaseIsReported();
};

void TestGuestSearchModel::columnsHaveHeaders()
{
    TW_TEST_DATABASE(t);
    Subject s(t->url());
    QCOMPARE(s.model.columnCount(), int(GuestSearchModel::ColumnCount));
    QStringList headers;
    for (int column = 0; column < s.model.columnCount(); ++column)
        headers.append(s.model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers,
             (QStringList{u"Name"_s, u"VIP"_s, u"E-mail"_s, u"Phone"_s, u"Loyalty number"_s, u"Handles"_s, u"Stay"_s}));
}

void TestGuestSearchModel::searchByEachField_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");

    QTest::newRow("first and last name") << u"ann smi"_s << u"Anna Smith"_s;
    QTest::newRow("last name, first name") << u"Smith, Anna"_s << u"Anna Smith"_s;
    QTest::newRow("last name prefix") << u"kowal"_s << u"Ben Kowalski"_s;
    QTest::newRow("without the accent") << u"chloe dub"_s << u"Chloé Dubois"_s;
    QTest::newRow("e-mail") << u"ben@kowal.example"_s << u"Ben Kowalski"_s;
    QTest::newRow("e-mail prefix, any case") << u"David@Ross"_s << u"David Rossi"_s;
    QTest::newRow("phone") << u"+48 600 700"_s << u"Ben Kowalski"_s;
    QTest::newRow("loyalty number in groups") << u"gx 1001"_s << u"Anna Smith"_s;
    QTest::newRow("loyalty number") << u"PL778899"_s << u"Ben Kowalski"_s;
    QTest::newRow("X handle") << u"@annasmith"_s << u"Anna Smith"_s;
    QTest::newRow("Mastodon handle") << u"@chloe@social"_s << u"Chloé Dubois"_s;
    QTest::newRow("room") << u"412"_s << u"Anna Smith"_s;
    QTest::newRow("one-digit room") << u"9"_s << u"David Rossi"_s;
}

void TestGuestSearchModel::searchByEachField()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    TW_TEST_DATABASE(t);
    test::GuestSearchFixture fixture;
    const QString error = fixture.fill(t->db());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Subject s(t->url());
    QSignalSpy loaded(&s.model, &GuestSearchModel::loaded);
    s.model.setSearchText(typed);
    QVERIFY(s.model.isLoading());
    QTRY_COMPARE(loaded.size(), 1);
    QTRY_VERIFY(!s.model.isLoading());
    QVERIFY2(s.model.errorText().isEmpty(), qPrintable(s.model.errorText()));
    QCOMPARE(s.model.shownText(), typed.trimmed());
    QVERIFY(!s.model.isInHouseList());
    QVERIFY2(s.model.rowCount() >= 1, qPrintable(typed));
    QCOMPARE(text(s.model, 0, GuestSearchModel::NameColumn), expected);
    QCOMPARE(s.model.guestId(0), s.model.data(s.model.index(0, 0), GuestSearchModel::GuestIdRole).toLongLong());
    QCOMPARE(s.model.rowOf(s.model.guestId(0)), 0);
}

void TestGuestSearchModel::columnsDescribeTheGuest()
{
    TW_TEST_DATABASE(t);
    test::GuestSearchFixture fixture;
    const QString error = fixture.fill(t->db());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(
        storage::SocialAccountRepository(t->db())
            .link(fixture.anna, core::Network::Mastodon, u"anna@hotel.social"_s, core::LinkState::Suggested, u"test"_s)
            .ok());

    Subject s(t->url());
    s.model.setSearchText(u"anna smith"_s);
    QTRY_VERIFY(!s.model.isLoading());
    QCOMPARE(s.model.guestId(0), fixture.anna);
    QCOMPARE(text(s.model, 0, GuestSearchModel::NameColumn), u"Anna Smith"_s);
    QCOMPARE(text(s.model, 0, GuestSearchModel::VipColumn), u"V1"_s);
    QCOMPARE(text(s.model, 0, GuestSearchModel::EmailColumn), u"anna.smith@example.com"_s);
    QCOMPARE(text(s.model, 0, GuestSearchModel::PhoneColumn), u"+1 555 0101"_s);
    QCOMPARE(text(s.model, 0, GuestSearchModel::LoyaltyColumn), u"GX 1001 22"_s);
    // By network, then handle; a suggestion says so.
    QCOMPARE(text(s.model, 0, GuestSearchModel::HandlesColumn), u"@anna@hotel.social (suggested), @annasmith"_s);
    QVERIFY(!s.model.flags(s.model.index(0, 0)).testFlag(Qt::ItemIsEditable));
}

void TestGuestSearchModel::staysShowInHouseNextOrLast_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("relation");
    QTest::addColumn<QString>("room");

    using R = GuestSearchRow::StayRelation;
    QTest::newRow("in house") << u"anna smith"_s << int(R::InHouse) << u"412"_s;
    // The reservation in May wins over the stay last July.
    QTest::newRow("next arrival") << u"ben kowalski"_s << int(R::Upcoming) << u"305"_s;
    // The cancelled April booking is not a stay.
    QTest::newRow("last stay") << u"chloe dubois"_s << int(R::Past) << u"210"_s;
    QTest::newRow("never stayed") << u"zoe smithers"_s << int(R::None) << QString();
}

void TestGuestSearchModel::staysShowInHouseNextOrLast()
{
    QFETCH(QString, typed);
    QFETCH(int, relation);
    QFETCH(QString, room);
    TW_TEST_DATABASE(t);
    test::GuestSearchFixture fixture;
    const QString error = fixture.fill(t->db());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Subject s(t->url());
    s.model.setSearchText(typed);
    QTRY_VERIFY(!s.model.isLoading());
    QVERIFY(s.model.rowCount() >= 1);
    QCOMPARE(s.model.data(s.model.index(0, 0), GuestSearchModel::StayRelationRole).toInt(), relation);
    const QString stay = text(s.model, 0, GuestSearchModel::StayColumn);
    if (room.isEmpty()) {
        QVERIFY2(stay.isEmpty(), qPrintable(stay));
        return;
    }
    QCOMPARE(s.model.guestRow(0).stay.room, room);
    QVERIFY2(stay.contains(room), qPrintable(stay));
    const auto kind = GuestSearchRow::StayRelation(relation);
    const QString word = kind == GuestSearchRow::StayRelation::InHouse ? u"In house"_s
        : kind == GuestSearchRow::StayRelation::Upcoming               ? u"Arrives"_s
                                                                       : u"Last stay"_s;
    QVERIFY2(stay.startsWith(word), qPrintable(stay));
    // Dates in the user's locale.
    QVERIFY2(stay.contains(QLocale().toString(s.model.guestRow(0).stay.departure, QLocale::ShortFormat))
                 || kind == GuestSearchRow::StayRelation::Upcoming,
             qPrintable(stay));
}

void TestGuestSearchModel::emptyTextListsGuestsInHouseByRoom()
{
    TW_TEST_DATABASE(t);
    test::GuestSearchFixture fixture;
    const QString error = fixture.fill(t->db());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Subject s(t->url());
    QSignalSpy loaded(&s.model, &GuestSearchModel::loaded);
    s.model.refresh();
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(s.model.isInHouseList());
    QCOMPARE(s.model.shownPropertyCode(), u"PAL"_s);
    QCOMPARE(s.model.shownPropertyName(), u"Palace Hotel"_s);
    // Room 9 before room 412; Ben arrives later, Chloé left, Zoë never came.
    QCOMPARE(ids(s.model), (QList<core::Id>{fixture.david, fixture.anna}));
    QVERIFY(!s.model.canFetchMore({}));

    // Clearing a search brings the list back.
    s.model.setSearchText(u"kowalski"_s);
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(ids(s.model), QList<core::Id>{fixture.ben});
    s.model.setSearchText(QString());
    QTRY_COMPARE(loaded.size(), 3);
    QCOMPARE(ids(s.model), (QList<core::Id>{fixture.david, fixture.anna}));

    // A week later nobody is in house.
    s.model.setReferenceTime(test::GuestSearchFixture::referenceTime().addDays(7));
    s.model.refresh();
    QTRY_COMPARE(loaded.size(), 4);
    QCOMPARE(s.model.rowCount(), 0);
    QVERIFY(s.model.isInHouseList());
}

void TestGuestSearchModel::inHouseListFollowsTheProperty()
{
    TW_TEST_DATABASE(t);
    test::GuestSearchFixture fixture;
    const QString error = fixture.fill(t->db());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Subject s(t->url());
    QSignalSpy loaded(&s.model, &GuestSearchModel::loaded);
    s.model.setPropertyCode(u"pal"_s);
    s.model.refresh();
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(s.model.rowCount(), 2);

    // An unknown property has nobody in house, and the list says for whom it is not.
    s.model.setPropertyCode(u"NOPE"_s);
    s.model.refresh();
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(s.model.rowCount(), 0);
    QVERIFY(s.model.shownPropertyCode().isEmpty());
}

void TestGuestSearchModel::noMatchLeavesNoRows()
{
    TW_TEST_DATABASE(t);
    test::GuestSearchFixture fixture;
    const QString error = fixture.fill(t->db());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Subject s(t->url());
    s.model.setSearchText(u"anna"_s);
    QTRY_VERIFY(!s.model.isLoading());
    QVERIFY(s.model.rowCount() > 0);
    s.model.setSearchText(u"xyzzy"_s);
    QTRY_VERIFY(!s.model.isLoading());
    QCOMPARE(s.model.rowCount(), 0);
    QCOMPARE(s.model.shownText(), u"xyzzy"_s);
    QVERIFY(s.model.errorText().isEmpty());
    QVERIFY(!s.model.canFetchMore({}));
    QVERIFY(!s.model.isTruncated());
}

void TestGuestSearchModel::rowsComeFirstAndDetailsFollow()
{
    TW_TEST_DATABASE(t);
    test::GuestSearchFixture fixture;
    QString error = fixture.fill(t->db());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const int many = desk::GuestSearchWorker::DetailBatch * 2 + 10;
    error = test::GuestSearchFixture::addMany(t->db(), u"Lindqvist"_s, many);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Subject s(t->url(), Subject::WithoutTester);
    // The rows appear as the search answers, before their handles and stays.
    QList<bool> completeWhenShown;
    connect(&s.model, &QAbstractItemModel::modelReset, this, [&] {
        for (int row = 0; row < s.model.rowCount(); ++row)
            completeWhenShown.append(s.model.guestRow(row).complete);
    });
    s.model.setSearchText(u"anna smith"_s);
    QTRY_VERIFY(!s.model.isLoading());
    QCOMPARE(completeWhenShown, QList<bool>{false});
    QVERIFY(s.model.guestRow(0).complete);
    QVERIFY(text(s.model, 0, GuestSearchModel::StayColumn).contains(u"412"_s));
    QCOMPARE(text(s.model, 0, GuestSearchModel::HandlesColumn), u"@annasmith"_s);

    // Details come in batches, each announced for the rows it completes.
    QSignalSpy changed(&s.model, &QAbstractItemModel::dataChanged);
    s.model.setSearchText(u"lindqvist"_s);
    QTRY_VERIFY(!s.model.isLoading());
    QCOMPARE(s.model.rowCount(),
             desk::GuestSearchModel::DefaultPageSize < many ? desk::GuestSearchModel::DefaultPageSize : many);
    QCOMPARE(changed.size(), 3);
    QList<std::pair<int, int>> ranges;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), int(GuestSearchModel::ColumnCount) - 1);
        ranges.append({topLeft.row(), bottomRight.row()});
    }
    const int batch = desk::GuestSearchWorker::DetailBatch;
    QCOMPARE(ranges, (QList<std::pair<int, int>>{{0, batch - 1}, {batch, 2 * batch - 1}, {2 * batch, many - 1}}));
    for (int row = 0; row < s.model.rowCount(); ++row)
        QVERIFY(s.model.guestRow(row).complete);
}

void TestGuestSearchModel::fetchesPagesLazily()
{
    TW_TEST_DATABASE(t);
    const QString error = test::GuestSearchFixture::addMany(t->db(), u"Lindqvist"_s, 25);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Subject s(t->url(), Subject::WithoutTester);
    s.model.setPageSize(10);
    QCOMPARE(s.model.pageSize(), 10);
    QSignalSpy inserted(&s.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy loaded(&s.model, &GuestSearchModel::loaded);
    s.model.setSearchText(u"lindq"_s);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(s.model.rowCount(), 10);
    QVERIFY(s.model.canFetchMore({}));
    // Nothing more loads until the view asks.
    QTest::qWait(50);
    QCOMPARE(s.model.rowCount(), 10);
    QCOMPARE(loaded.size(), 1);

    s.model.fetchMore({});
    QVERIFY(s.model.isLoading());
    QVERIFY(!s.model.canFetchMore({})); // one page at a time
    QTRY_COMPARE(loaded.size(), 2);
    QTRY_VERIFY(!s.model.isLoading());
    QCOMPARE(s.model.rowCount(), 20);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 10);
    QCOMPARE(inserted.at(0).at(2).toInt(), 19);
    QVERIFY(s.model.canFetchMore({}));

    s.model.fetchMore({});
    QTRY_COMPARE(loaded.size(), 3);
    QCOMPARE(s.model.rowCount(), 25);
    QVERIFY(!s.model.canFetchMore({}));
    QVERIFY(!s.model.isTruncated());

    // Every guest once, in name order.
    QStringList expected;
    for (int i = 0; i < 25; ++i)
        expected.append(u"Guest%1 Lindqvist"_s.arg(i, 4, 10, QChar(u'0')));
    QCOMPARE(names(s.model), expected);

    // Under the tester, which fetches whenever it may, the same pages arrive
    // one after the other.
    Subject checked(t->url());
    checked.model.setPageSize(10);
    QSignalSpy checkedInserted(&checked.model, &QAbstractItemModel::rowsInserted);
    checked.model.setSearchText(u"lindq"_s);
    QTRY_VERIFY(!checked.model.isLoading() && !checked.model.canFetchMore({}));
    QCOMPARE(names(checked.model), expected);
    QCOMPARE(checkedInserted.size(), 2);
    QCOMPARE(checkedInserted.at(0).at(1).toInt(), 10);
    QCOMPARE(checkedInserted.at(1).at(1).toInt(), 20);
    QCOMPARE(checkedInserted.at(1).at(2).toInt(), 24);
}

void TestGuestSearchModel::searchStopsAtItsLimit()
{
    TW_TEST_DATABASE(t);
    const int limit = desk::GuestSearchWorker::MaxSearchRows;
    const QString error = test::GuestSearchFixture::addMany(t->db(), u"Moreau"_s, limit + 5);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Subject s(t->url(), Subject::WithoutTester);
    s.model.setPageSize(limit / 2);
    s.model.setSearchText(u"moreau"_s);
    QTRY_VERIFY(!s.model.isLoading());
    QCOMPARE(s.model.rowCount(), limit / 2);
    QVERIFY(!s.model.isTruncated());
    s.model.fetchMore({});
    QTRY_VERIFY(!s.model.isLoading());
    QCOMPARE(s.model.rowCount(), limit);
    QVERIFY(!s.model.canFetchMore({}));
    QVERIFY(s.model.isTruncated());
}

void TestGuestSearchModel::staleAnswersAreDropped()
{
    TW_TEST_DATABASE(t);
    test::GuestSearchFixture fixture;
    QString error = fixture.fill(t->db());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = test::GuestSearchFixture::addMany(t->db(), u"Smithson"_s, 30);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Subject s(t->url());
    // Whatever the model shows at any moment must answer the newest text.
    QStringList seen;
    const auto record = [&] {
        for (const QString &name : names(s.model))
            seen.append(s.model.shownText() + u" -> "_s + name);
    };
    connect(&s.model, &QAbstractItemModel::modelReset, this, record);
    connect(&s.model, &QAbstractItemModel::rowsInserted, this, record);
    QSignalSpy loaded(&s.model, &GuestSearchModel::loaded);

    // Typed faster than any answer can come back: every request goes out.
    for (const QString &typed : {u"s"_s, u"sm"_s, u"smi"_s, u"smit"_s, u"smith"_s, u"k"_s, u"ko"_s, u"kow"_s})
        s.model.setSearchText(typed);
    QTRY_VERIFY(!s.model.isLoading());
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(s.model.shownText(), u"kow"_s);
    QCOMPARE(ids(s.model), QList<core::Id>{fixture.ben});
    QCOMPARE(seen, QStringList{u"kow -> Ben Kowalski"_s});

    // Answers come back in order, so nothing older can arrive after the last one.
    QTest::qWait(50);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(seen.size(), 1);
}

void TestGuestSearchModel::staleMorePageIsDropped()
{
    TW_TEST_DATABASE(t);
    test::GuestSearchFixture fixture;
    QString error = fixture.fill(t->db());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = test::GuestSearchFixture::addMany(t->db(), u"Smithson"_s, 30);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Subject s(t->url(), Subject::WithoutTester);
    s.model.setPageSize(10);
    s.model.setSearchText(u"smithson"_s);
    QTRY_VERIFY(!s.model.isLoading());
    QCOMPARE(s.model.rowCount(), 10);

    QSignalSpy inserted(&s.model, &QAbstractItemModel::rowsInserted);
    s.model.fetchMore({});
    s.model.setSearchText(u"dubois"_s);
    QVERIFY(!s.model.canFetchMore({})); // the Smithson rows are on their way out
    QTRY_VERIFY(!s.model.isLoading());
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(ids(s.model), QList<core::Id>{fixture.chloe});
}

void TestGuestSearchModel::debounceWaitsForAPause()
{
    TW_TEST_DATABASE(t);
    test::GuestSearchFixture fixture;
    const QString error = fixture.fill(t->db());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Subject s(t->url());
    s.model.setDebounceInterval(40);
    QCOMPARE(s.model.debounceInterval(), 40);
    QSignalSpy loaded(&s.model, &GuestSearchModel::loaded);
    QSignalSpy texts(&s.model, &GuestSearchModel::searchTextChanged);
    s.model.setSearchText(u"d"_s);
    s.model.setSearchText(u"da"_s);
    s.model.setSearchText(u"dav"_s);
    QCOMPARE(texts.size(), 3);
    QCOMPARE(s.model.searchText(), u"dav"_s);
    QVERIFY(s.model.isLoading()); // waiting for the pause counts as loading
    QTRY_VERIFY(!s.model.isLoading());
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(ids(s.model), QList<core::Id>{fixture.david});
}

void TestGuestSearchModel::spaceAloneDoesNotSearchAgain()
{
    TW_TEST_DATABASE(t);
    test::GuestSearchFixture fixture;
    const QString error = fixture.fill(t->db());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Subject s(t->url());
    QSignalSpy loaded(&s.model, &GuestSearchModel::loaded);
    s.model.setSearchText(u"anna"_s);
    QTRY_VERIFY(!s.model.isLoading());
    QCOMPARE(loaded.size(), 1);
    s.model.setSearchText(u"anna "_s);
    QVERIFY(!s.model.isLoading());
    QCOMPARE(s.model.searchText(), u"anna "_s);
    s.model.setSearchText(u"anna s"_s);
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(s.model.guestId(0), fixture.anna);
}

void TestGuestSearchModel::refreshShowsChangesAndKeepsDepth()
{
    TW_TEST_DATABASE(t);
    const QString error = test::GuestSearchFixture::addMany(t->db(), u"Lindqvist"_s, 25);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    Subject s(t->url(), Subject::WithoutTester);
    s.model.setPageSize(10);
    s.model.setSearchText(u"lindqvist"_s);
    QTRY_VERIFY(!s.model.isLoading());
    s.model.fetchMore({});
    QTRY_VERIFY(!s.model.isLoading());
    QCOMPARE(s.model.rowCount(), 20);

    core::Guest aaron;
    aaron.firstName = u"Aaron"_s;
    aaron.lastName = u"Lindqvist"_s;
    const auto created = storage::GuestRepository(t->db()).create(aaron, u"test"_s);
    QVERIFY(created);

    QSignalSpy reset(&s.model, &QAbstractItemModel::modelReset);
    s.model.refresh();
    QTRY_VERIFY(!s.model.isLoading());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(s.model.rowCount(), 20); // as deep as before
    QCOMPARE(s.model.guestId(0), created->id);
    QVERIFY(s.model.canFetchMore({}));
}

void TestGuestSearchModel::unreachableDatabaseIsReported()
{
    storage::DatabaseUrl url;
    url.engine = storage::Engine::Sqlite;
    url.path = u"/nonexistent-folder/for/tweetworthy/guests.db"_s;

    Subject s(url);
    QSignalSpy loaded(&s.model, &GuestSearchModel::loaded);
    s.model.setSearchText(u"anna"_s);
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(!s.model.errorText().isEmpty());
    QCOMPARE(s.model.rowCount(), 0);
    QVERIFY(!s.model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestGuestSearchModel)
#include "test_guestsearchmodel.moc"
