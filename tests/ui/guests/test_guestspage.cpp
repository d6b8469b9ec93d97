#include <guestsearchfixture.h>

#include <ui/guests/guestspage.h>
#include <ui/settings.h>

#include <desk/guests/guestsearchmodel.h>
#include <storage/guestrepository.h>

#include <testdatabase.h>

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tw;
using ui::GuestsPage;

namespace {

// The page on the fixture's database, on screen, searching without a pause
// and at the fixture's instant.
struct Desk
{
    explicit Desk(test::TestDatabase &t)
        : page(t.db(), settings)
    {
        page.model()->setDebounceInterval(0);
        page.model()->setReferenceTime(test::GuestSearchFixture::referenceTime());
        page.refresh();
        page.resize(1000, 600);
        page.show();
    }

    ui::Settings settings;
    GuestsPage page;
};

core::Id activatedId(const QSignalSpy &spy)
{
    return spy.isEmpty() ? core::InvalidId : spy.constLast().at(0).value<core::Id>();
}

} // namespace

// The guests page offscreen: typing searches, the keyboard moves between the
// field and the list, Enter and double-click open a guest, and the line under
// the field says what was found.
class TestGuestsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void controlsHaveNamesAndHints();
    void emptySearchListsGuestsInHouse();
    void typingShowsResults();
    void downMovesIntoTheResults();
    void enterInTheListOpensThatGuest();
    void enterInTheSearchOpensASingleMatch();
    void enterWaitsForTheAnswerToTheNewText();
    void doubleClickOpensTheGuest();
    void noMatchSaysWhatToTry();
    void escapeClearsTheSearch();
    void typingInTheListGoesToTheSearch();
    void focusSearchSelectsTheText();
    void changesElsewhereShowUp();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    test::GuestSearchFixture m_fixture;
};

void TestGuestsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // One settings file per engine: both variants of this test may run at once.
    QCoreApplication::setApplicationName(u"test_guestspage_"_s + test::TestDatabase::engineName());
}

void TestGuestsPage::init()
{
    QFile::remove(ui::Settings().fileName());
    QString error;
    m_db = test::TestDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    m_fixture = {};
    error = m_fixture.fill(m_db->db());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestGuestsPage::cleanup()
{
    m_db.reset();
}

void TestGuestsPage::controlsHaveNamesAndHints()
{
    Desk desk(*m_db);
    QCOMPARE(desk.page.title(), u"Guests"_s);
    QCOMPARE(desk.page.objectName(), u"guestsPage"_s);
    QLineEdit *field = desk.page.searchField();
    QVERIFY(!field->accessibleName().isEmpty());
    QVERIFY(field->placeholderText().contains(u"loyalty number"_s));
    QVERIFY(field->isClearButtonEnabled());
    QVERIFY(!desk.page.view()->accessibleName().isEmpty());
    const auto *status = desk.page.findChild<QLabel *>(u"guestSearchStatus"_s);
    QVERIFY(status);
    QVERIFY(!status->accessibleName().isEmpty());
    QCOMPARE(desk.page.view()->model()->headerData(0, Qt::Horizontal).toString(), u"Name"_s);
}

void TestGuestsPage::emptySearchListsGuestsInHouse()
{
    Desk desk(*m_db);
    QTRY_VERIFY(!desk.page.model()->isLoading());
    QCOMPARE(desk.page.model()->rowCount(), 2);
    QCOMPARE(desk.page.model()->guestId(0), m_fixture.david); // room 9
    QCOMPARE(desk.page.model()->guestId(1), m_fixture.anna);  // room 412
    QVERIFY2(desk.page.statusText().contains(u"In house at Palace Hotel: 2 guest"_s),
             qPrintable(desk.page.statusText()));
}

void TestGuestsPage::typingShowsResults()
{
    Desk desk(*m_db);
    QVERIFY(QTest::qWaitForWindowActive(&desk.page));
    QTest::keyClicks(desk.page.searchField(), u"kowal"_s);
    QCOMPARE(desk.page.model()->searchText(), u"kowal"_s);
    QTRY_VERIFY(!desk.page.model()->isLoading());
    QCOMPARE(desk.page.model()->rowCount(), 1);
    QCOMPARE(desk.page.model()->guestId(0), m_fixture.ben);
    const QModelIndex stay = desk.page.model()->index(0, desk::GuestSearchModel::StayColumn);
    QVERIFY2(stay.data().toString().contains(u"305"_s), qPrintable(stay.data().toString()));
    QVERIFY2(desk.page.statusText().contains(u"One guest matches “kowal”"_s), qPrintable(desk.page.statusText()));
}

void TestGuestsPage::downMovesIntoTheResults()
{
    Desk desk(*m_db);
    QVERIFY(QTest::qWaitForWindowActive(&desk.page));
    desk.page.focusSearch();
    QTest::keyClicks(desk.page.searchField(), u"smith"_s);
    QTRY_VERIFY(!desk.page.model()->isLoading());
    QCOMPARE(desk.page.model()->rowCount(), 2); // Anna Smith, Zoë Smithers

    QTest::keyClick(desk.page.searchField(), Qt::Key_Down);
    QTRY_VERIFY(desk.page.view()->hasFocus());
    QCOMPARE(desk.page.view()->currentIndex().row(), 0);
    QVERIFY(desk.page.view()->selectionModel()->isRowSelected(0, {}));

    QTest::keyClick(desk.page.view(), Qt::Key_Down);
    QCOMPARE(desk.page.view()->currentIndex().row(), 1);
    QTest::keyClick(desk.page.view(), Qt::Key_Up);
    QCOMPARE(desk.page.view()->currentIndex().row(), 0);
    // Up from the first row goes back to the search.
    QTest::keyClick(desk.page.view(), Qt::Key_Up);
    QTRY_VERIFY(desk.page.searchField()->hasFocus());
    QCOMPARE(desk.page.searchField()->text(), u"smith"_s);
}

void TestGuestsPage::enterInTheListOpensThatGuest()
{
    Desk desk(*m_db);
    QVERIFY(QTest::qWaitForWindowActive(&desk.page));
    QSignalSpy activated(&desk.page, &GuestsPage::guestActivated);
    desk.page.focusSearch();
    QTest::keyClicks(desk.page.searchField(), u"smith"_s);
    QTRY_VERIFY(!desk.page.model()->isLoading());
    QCOMPARE(desk.page.model()->rowCount(), 2);
    const core::Id second = desk.page.model()->guestId(1);
    QVERIFY(second == m_fixture.anna || second == m_fixture.zoe);

    QTest::keyClick(desk.page.searchField(), Qt::Key_Down);
    QTest::keyClick(desk.page.view(), Qt::Key_Down);
    QTest::keyClick(desk.page.view(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activatedId(activated), second);
}

void TestGuestsPage::enterInTheSearchOpensASingleMatch()
{
    Desk desk(*m_db);
    QVERIFY(QTest::qWaitForWindowActive(&desk.page));
    QSignalSpy activated(&desk.page, &GuestsPage::guestActivated);
    desk.page.focusSearch();

    // Several matches: Enter moves into the list instead of guessing.
    QTest::keyClicks(desk.page.searchField(), u"smith"_s);
    QTRY_VERIFY(!desk.page.model()->isLoading());
    QTest::keyClick(desk.page.searchField(), Qt::Key_Return);
    QVERIFY(activated.isEmpty());
    QTRY_VERIFY(desk.page.view()->hasFocus());

    desk.page.focusSearch();
    QTest::keyClicks(desk.page.searchField(), u"GX 1001 22"_s);
    QTRY_VERIFY(!desk.page.model()->isLoading());
    QTest::keyClick(desk.page.searchField(), Qt::Key_Enter);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activatedId(activated), m_fixture.anna);
}

void TestGuestsPage::enterWaitsForTheAnswerToTheNewText()
{
    Desk desk(*m_db);
    QVERIFY(QTest::qWaitForWindowActive(&desk.page));
    QSignalSpy activated(&desk.page, &GuestsPage::guestActivated);
    desk.page.model()->setDebounceInterval(desk::GuestSearchModel::DefaultDebounceMs);
    desk.page.focusSearch();
    QTest::keyClicks(desk.page.searchField(), u"anna"_s);
    QTRY_VERIFY(!desk.page.model()->isLoading());
    QCOMPARE(desk.page.model()->guestId(0), m_fixture.anna);

    // Enter right after typing: the rows on show are still Anna's.
    desk.page.searchField()->selectAll();
    QTest::keyClicks(desk.page.searchField(), u"PL778899"_s);
    QTest::keyClick(desk.page.searchField(), Qt::Key_Return);
    QVERIFY(activated.isEmpty());
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activatedId(activated), m_fixture.ben);
}

void TestGuestsPage::doubleClickOpensTheGuest()
{
    Desk desk(*m_db);
    QVERIFY(QTest::qWaitForWindowExposed(&desk.page));
    QSignalSpy activated(&desk.page, &GuestsPage::guestActivated);
    QTRY_COMPARE(desk.page.model()->rowCount(), 2);
    QTableView *view = desk.page.view();
    const QRect rect = view->visualRect(desk.page.model()->index(1, desk::GuestSearchModel::NameColumn));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activatedId(activated), m_fixture.anna);
}

void TestGuestsPage::noMatchSaysWhatToTry()
{
    Desk desk(*m_db);
    QVERIFY(QTest::qWaitForWindowActive(&desk.page));
    QTest::keyClicks(desk.page.searchField(), u"xyz"_s);
    QTRY_VERIFY(!desk.page.model()->isLoading());
    QCOMPARE(desk.page.model()->rowCount(), 0);
    QCOMPARE(desk.page.statusText(), u"No guest matches “xyz” — check the spelling, or search by room or e-mail."_s);
    // Down with nothing to go to stays in the field.
    QTest::keyClick(desk.page.searchField(), Qt::Key_Down);
    QVERIFY(desk.page.searchField()->hasFocus());
}

void TestGuestsPage::escapeClearsTheSearch()
{
    Desk desk(*m_db);
    QVERIFY(QTest::qWaitForWindowActive(&desk.page));
    desk.page.focusSearch();
    QTest::keyClicks(desk.page.searchField(), u"kowal"_s);
    QTRY_VERIFY(!desk.page.model()->isLoading());
    QCOMPARE(desk.page.model()->rowCount(), 1);

    QTest::keyClick(desk.page.searchField(), Qt::Key_Escape);
    QVERIFY(desk.page.searchField()->text().isEmpty());
    QTRY_VERIFY(!desk.page.model()->isLoading());
    QVERIFY(desk.page.model()->isInHouseList());
    QCOMPARE(desk.page.model()->rowCount(), 2);

    // From the list too, and the focus goes back to the search.
    QTest::keyClicks(desk.page.searchField(), u"smith"_s);
    QTRY_VERIFY(!desk.page.model()->isLoading());
    QTest::keyClick(desk.page.searchField(), Qt::Key_Down);
    QTRY_VERIFY(desk.page.view()->hasFocus());
    QTest::keyClick(desk.page.view(), Qt::Key_Escape);
    QVERIFY(desk.page.searchField()->text().isEmpty());
    QTRY_VERIFY(desk.page.searchField()->hasFocus());
}

void TestGuestsPage::typingInTheListGoesToTheSearch()
{
    Desk desk(*m_db);
    QVERIFY(QTest::qWaitForWindowActive(&desk.page));
    desk.page.focusSearch();
    QTest::keyClicks(desk.page.searchField(), u"smith"_s);
    QTRY_VERIFY(!desk.page.model()->isLoading());
    QTest::keyClick(desk.page.searchField(), Qt::Key_Down);
    QTRY_VERIFY(desk.page.view()->hasFocus());
    QTest::keyClicks(desk.page.view(), u"ers"_s);
    QCOMPARE(desk.page.searchField()->text(), u"smithers"_s);
    QVERIFY(desk.page.searchField()->hasFocus());
    QTRY_VERIFY(!desk.page.model()->isLoading());
    QCOMPARE(desk.page.model()->rowCount(), 1);
    QCOMPARE(desk.page.model()->guestId(0), m_fixture.zoe);
}

void TestGuestsPage::focusSearchSelectsTheText()
{
    Desk desk(*m_db);
    QVERIFY(QTest::qWaitForWindowActive(&desk.page));
    desk.page.searchField()->setText(u"anna"_s);
    desk.page.view()->setFocus();
    desk.page.focusSearch();
    QTRY_VERIFY(desk.page.searchField()->hasFocus());
    QCOMPARE(desk.page.searchField()->selectedText(), u"anna"_s);
    // Typing replaces it.
    QTest::keyClicks(desk.page.searchField(), u"ben"_s);
    QCOMPARE(desk.page.searchField()->text(), u"ben"_s);
}

void TestGuestsPage::changesElsewhereShowUp()
{
    Desk desk(*m_db);
    QVERIFY(QTest::qWaitForWindowActive(&desk.page));
    QTest::keyClicks(desk.page.searchField(), u"lindqvist"_s);
    QTRY_VERIFY(!desk.page.model()->isLoading());
    QCOMPARE(desk.page.model()->rowCount(), 0);

    core::Guest guest;
    guest.firstName = u"Maja"_s;
    guest.lastName = u"Lindqvist"_s;
    const auto created = storage::GuestRepository(m_db->db()).create(guest, u"front desk"_s);
    QVERIFY(created);
    QTRY_COMPARE(desk.page.model()->rowCount(), 1);
    QCOMPARE(desk.page.model()->guestId(0), created->id);
    QVERIFY2(desk.page.statusText().contains(u"One guest matches"_s), qPrintable(desk.page.statusText()));
}

QTEST_MAIN(TestGuestsPage)
#include "test_guestspage.moc"
