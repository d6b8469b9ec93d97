#include <feedfixture.h>

#include <ui/feed/feeddelegate.h>
#include <ui/feed/feedlistview.h>
#include <ui/feed/livefeedpage.h>
#include <ui/settings.h>

#include <desk/feed/feedcontroller.h>
#include <desk/feed/feedmodel.h>
#include <pms/demohotel.h>
#include <storage/postrepository.h>
#include <storage/propertyrepository.h>

#include <testdatabase.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::FeedModel;
using ui::LiveFeedPage;

namespace {

// The page on the fixture's database, on screen, for the fixture's hotel,
// with Maria at the desk; notifications are collected, not shown.
struct Desk
{
    explicit Desk(test::TestDatabase &t)
        : page((prepare(), t.db()), settings)
    {
        page.controller()->setTokenReader([](core::Network, const QStringList &, auto done) { done(QString()); });
        page.model()->setChangeDelay(0);
        page.setNotifier([this](const ui::PostNotification &n) { notifications.append(n); });
        page.resize(900, 700);
        page.show();
    }

    void prepare()
    {
        settings.setValue(ui::Settings::Key::PropertyCode, u"HVL"_s);
        settings.setValue(ui::Settings::Key::StaffName, u"Maria Santos"_s);
    }

    int rowOf(core::Id post) const { return page.model()->rowOf(post); }
    QModelIndex indexOf(core::Id post) const { return page.model()->index(rowOf(post)); }
    void select(core::Id post)
    {
        page.view()->setFocus();
        page.view()->setCurrentIndex(indexOf(post));
    }

    ui::Settings settings;
    LiveFeedPage page;
    QList<ui::PostNotification> notifications;
};

} // namespace

// The live feed page offscreen on both engines: posts on show with their
// in-house highlight, filters, the handling keys and menu, opening a guest,
// notifications for in-house posts only, new posts that leave the reader's
// place alone, and the demo offer on the demo hotel.
class TestLiveFeedPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsThePostsNewestFirst();
    void controlsHaveNamesAndKeys();
    void inHousePostsStandOut();
    void filtersNarrowTheList();
    void keysMarkTheSelectedPost();
    void conflictIsExplained();
    void suggestionIsConfirmedFromTheKeyboard();
    void enterOpensTheGuest();
    void contextMenuOffersWhatFits();
    void notifiesAboutInHousePostsOnly();
    void manyInHousePostsMakeOneNotification();
    void inWindowNoticeGathersPosts();
    void newPostsLeaveTheReadersPlace();
    void newPostsShowAtTheTop();
    void offersTheDemoOnTheDemoHotel();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    test::FeedFixture m_fixture;
};

void TestLiveFeedPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"test_livefeedpage_"_s + test::TestDatabase::engineName());
}

void TestLiveFeedPage::init()
{
    QFile::remove(ui::Settings().fileName());
    QString error;
    m_db = test::TestDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    m_fixture = {};
    error = m_fixture.fill(m_db->db());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestLiveFeedPage::cleanup()
{
    m_db.reset();
}

void TestLiveFeedPage::showsThePostsNewestFirst()
{
    Desk desk(*m_db);
    QTRY_COMPARE(desk.page.model()->rowCount(), 12);
    QTRY_VERIFY(!desk.page.model()->isLoading());
    QCOMPARE(desk.page.model()->postId(0), m_fixture.posts.at(11));
    QCOMPARE(desk.page.model()->property().code, u"HVL"_s);
    QVERIFY2(desk.page.statusText().contains(u"12"_s), qPrintable(desk.page.statusText()));
    // Times in the hotel's zone: Lisbon is an hour ahead of UTC in May.
    const QDateTime utc = test::FeedFixture::referenceTime();
    QCOMPARE(desk.page.delegate()->timeZone().id(), QByteArray("Europe/Lisbon"));
    QVERIFY(
        desk.page.delegate()->timeText(utc, QLocale(QLocale::English, QLocale::UnitedKingdom)).contains(u"13:00"_s));
    // The rule tags of the posts are offered as a filter.
    QTRY_VERIFY(desk.page.tagFilter()->findData(u"rooftop bar"_s) >= 0);
}

void TestLiveFeedPage::controlsHaveNamesAndKeys()
{
    Desk desk(*m_db);
    QCOMPARE(desk.page.title(), u"Live feed"_s);
    QCOMPARE(desk.page.objectName(), u"feedPage"_s);
    QCOMPARE(desk.page.screenshotName(), u"feed"_s);
    QVERIFY(!desk.page.hasSearch());
    QVERIFY(!desk.page.view()->accessibleName().isEmpty());
    QVERIFY(!desk.page.networkFilter()->accessibleName().isEmpty());
    QVERIFY(!desk.page.tagFilter()->accessibleName().isEmpty());
    QVERIFY(desk.page.inHouseFilter()->text().contains(u'&'));
    QVERIFY(desk.page.unhandledFilter()->text().contains(u'&'));
    const QList<std::pair<LiveFeedPage::Action, QKeySequence>> keys{
        {LiveFeedPage::Action::MarkSeen, QKeySequence(u"S"_s)},
        {LiveFeedPage::Action::MarkReplied, QKeySequence(u"R"_s)},
        {LiveFeedPage::Action::MarkResolved, QKeySequence(u"D"_s)},
        {LiveFeedPage::Action::MarkIgnored, QKeySequence(u"I"_s)},
        {LiveFeedPage::Action::OpenGuest, QKeySequence(u"G"_s)},
        {LiveFeedPage::Action::ConfirmLink, QKeySequence(u"C"_s)},
        {LiveFeedPage::Action::DismissLink, QKeySequence(u"Shift+C"_s)}};
    for (const auto &[which, key] : keys) {
        QAction *action = desk.page.action(which);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), key);
        QCOMPARE(action->shortcutContext(), Qt::WidgetShortcut); // typing elsewhere stays typing
        QVERIFY(desk.page.view()->actions().contains(action));
        QVERIFY(!action->toolTip().isEmpty());
    }
}

void TestLiveFeedPage::inHousePostsStandOut()
{
    Desk desk(*m_db);
    QTRY_COMPARE(desk.page.model()->rowCount(), 12);
    const QModelIndex madison = desk.indexOf(m_fixture.posts.at(7));
    const auto badges = ui::FeedDelegate::badges(madison);
    QVERIFY(badges.size() >= 3);
    QCOMPARE(badges.at(0).kind, ui::FeedDelegate::Badge::Kind::InHouse);
    QCOMPARE(badges.at(0).text, u"In house · room 512"_s);
    QCOMPARE(badges.at(1).kind, ui::FeedDelegate::Badge::Kind::Vip);
    QCOMPARE(badges.at(1).text, u"VIP1"_s);
    QCOMPARE(badges.constLast().text, u"New"_s);

    const QModelIndex stranger = desk.indexOf(m_fixture.posts.at(11));
    for (const auto &badge : ui::FeedDelegate::badges(stranger))
        QVERIFY(badge.kind != ui::FeedDelegate::Badge::Kind::InHouse
                && badge.kind != ui::FeedDelegate::Badge::Kind::Vip);
    const QModelIndex hans = desk.indexOf(m_fixture.posts.at(6));
    QCOMPARE(ui::FeedDelegate::badges(hans).constLast().text, u"Replied by Maria Santos"_s);
    QVERIFY(ui::FeedDelegate::suggestionText(desk.indexOf(m_fixture.posts.at(8))).contains(u"Lena Groß (room 409)"_s));

    // Drawn with the palette's highlight as an accent on the left, not a fixed colour.
    QPalette palette = desk.page.view()->palette();
    palette.setColor(QPalette::Highlight, QColor(10, 200, 30));
    desk.page.view()->setPalette(palette);
    const auto paintRow = [&](const QModelIndex &index) {
        QStyleOptionViewItem option;
        option.initFrom(desk.page.view()->viewport());
        option.widget = desk.page.view();
        option.state |= QStyle::State_Enabled;
        const QSize size = desk.page.delegate()->sizeHint(option, index);
        option.rect = QRect(QPoint(0, 0), QSize(desk.page.view()->viewport()->width(), size.height()));
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(palette.color(QPalette::Base));
        QPainter painter(&image);
        desk.page.delegate()->paint(&painter, option, index);
        return image;
    };
    const QImage inHouse = paintRow(madison);
    QCOMPARE(inHouse.pixelColor(1, inHouse.height() / 2), QColor(10, 200, 30));
    const QImage outside = paintRow(stranger);
    QVERIFY(outside.pixelColor(1, outside.height() / 2) != QColor(10, 200, 30));
    // Longer text, taller row.
    QStyleOptionViewItem option;
    option.widget = desk.page.view();
    option.font = desk.page.view()->font();
    QVERIFY(desk.page.delegate()->sizeHint(option, madison).height() > option.fontMetrics.height() * 2);
}

void TestLiveFeedPage::filtersNarrowTheList()
{
    Desk desk(*m_db);
    QTRY_COMPARE(desk.page.model()->rowCount(), 12);
    desk.page.inHouseFilter()->click();
    QTRY_COMPARE(desk.page.model()->rowCount(), 4);
    QTRY_VERIFY(!desk.page.model()->isLoading());
    desk.page.networkFilter()->setCurrentIndex(desk.page.networkFilter()->findData(int(core::Network::Mastodon)));
    QTRY_COMPARE(desk.page.model()->rowCount(), 2);
    desk.page.inHouseFilter()->click();
    desk.page.unhandledFilter()->click();
    QTRY_COMPARE(desk.page.model()->rowCount(), 2); // Øystein's two; the resolved one is not
    QTRY_VERIFY(!desk.page.model()->isLoading());
    desk.page.networkFilter()->setCurrentIndex(0);
    QTRY_VERIFY(desk.page.tagFilter()->findData(u"rooftop bar"_s) >= 0);
    desk.page.tagFilter()->setCurrentIndex(desk.page.tagFilter()->findData(u"rooftop bar"_s));
    QTRY_COMPARE(desk.page.model()->rowCount(), 1);
    QCOMPARE(desk.page.model()->postId(0), m_fixture.posts.at(11));
    desk.page.unhandledFilter()->click();
    desk.page.tagFilter()->setCurrentIndex(0);
    QTRY_COMPARE(desk.page.model()->rowCount(), 12);
}

void TestLiveFeedPage::keysMarkTheSelectedPost()
{
    Desk desk(*m_db);
    QTRY_COMPARE(desk.page.model()->rowCount(), 12);
    const core::Id id = m_fixture.posts.at(4);
    desk.select(id);
    QTest::keyClick(desk.page.view(), Qt::Key_R);
    QTRY_COMPARE(desk.indexOf(id).data(FeedModel::StateRole).toInt(), int(core::PostState::Replied));
    QCOMPARE(desk.indexOf(id).data(FeedModel::HandledByRole).toString(), u"Maria Santos"_s);
    QVERIFY2(desk.page.statusText().contains(u"Replied"_s), qPrintable(desk.page.statusText()));
    QVERIFY(!desk.page.action(LiveFeedPage::Action::MarkReplied)->isEnabled());

    QTest::keyClick(desk.page.view(), Qt::Key_D);
    QTRY_COMPARE(desk.indexOf(id).data(FeedModel::StateRole).toInt(), int(core::PostState::Resolved));
    QTest::keyClick(desk.page.view(), Qt::Key_I);
    QTRY_COMPARE(desk.indexOf(id).data(FeedModel::StateRole).toInt(), int(core::PostState::Ignored));
    QTest::keyClick(desk.page.view(), Qt::Key_S);
    QTRY_COMPARE(desk.indexOf(id).data(FeedModel::StateRole).toInt(), int(core::PostState::Seen));
    QTest::keyClick(desk.page.view(), Qt::Key_N);
    QTRY_COMPARE(desk.indexOf(id).data(FeedModel::StateRole).toInt(), int(core::PostState::New));
    QCOMPARE(storage::PostRepository(m_db->db()).byId(id)->state, core::PostState::New);

    // Typing in a filter is not a command.
    desk.page.tagFilter()->setFocus();
    QTest::keyClick(desk.page.tagFilter(), Qt::Key_R);
    QTest::qWait(100);
    QCOMPARE(storage::PostRepository(m_db->db()).byId(id)->state, core::PostState::New);
}

void TestLiveFeedPage::conflictIsExplained()
{
    Desk desk(*m_db);
    QTRY_COMPARE(desk.page.model()->rowCount(), 12);
    const core::Id id = m_fixture.posts.at(9);
    // Another desk resolves it; this one has not heard of it yet.
    desk.page.model()->setChangeDelay(60'000);
    auto other = m_db->openAnother();
    const auto post = storage::PostRepository(*other).byId(id);
    QVERIFY(storage::PostRepository(*other).setState(id, core::PostState::Resolved, u"Ana Lima"_s, post->version));
    desk.select(id);
    QTest::keyClick(desk.page.view(), Qt::Key_I);
    QTRY_VERIFY2(desk.page.statusText().contains(u"Ana Lima"_s), qPrintable(desk.page.statusText()));
    QVERIFY(desk.page.statusText().contains(u"not saved"_s));
    QCOMPARE(desk.indexOf(id).data(FeedModel::StateRole).toInt(), int(core::PostState::Resolved));
}

void TestLiveFeedPage::suggestionIsConfirmedFromTheKeyboard()
{
    Desk desk(*m_db);
    QTRY_COMPARE(desk.page.model()->rowCount(), 12);
    const core::Id id = m_fixture.posts.at(8);
    desk.select(id);
    QVERIFY(desk.page.action(LiveFeedPage::Action::ConfirmLink)->isEnabled());
    QVERIFY(desk.page.action(LiveFeedPage::Action::ConfirmLink)->text().contains(u"Lena Groß"_s));
    QTest::keyClick(desk.page.view(), Qt::Key_C);
    QTRY_COMPARE(desk.indexOf(id).data(FeedModel::GuestIdRole).toLongLong(), m_fixture.lena);
    QCOMPARE(desk.indexOf(id).data(FeedModel::SuggestedGuestIdRole).toLongLong(), core::InvalidId);
    QTRY_VERIFY(!desk.page.action(LiveFeedPage::Action::ConfirmLink)->isEnabled());
    QVERIFY(!desk.page.action(LiveFeedPage::Action::DismissLink)->isEnabled());
}

void TestLiveFeedPage::enterOpensTheGuest()
{
    Desk desk(*m_db);
    QTRY_COMPARE(desk.page.model()->rowCount(), 12);
    QSignalSpy opened(&desk.page, &LiveFeedPage::guestActivated);
    desk.select(m_fixture.posts.at(7));
    QTest::keyClick(desk.page.view(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.constLast().at(0).value<core::Id>(), m_fixture.madison);
    desk.select(m_fixture.posts.at(9));
    QTest::keyClick(desk.page.view(), Qt::Key_G);
    QCOMPARE(opened.constLast().at(0).value<core::Id>(), m_fixture.oystein);
    // The suggested guest, to compare before linking.
    desk.select(m_fixture.posts.at(8));
    QTest::keyClick(desk.page.view(), Qt::Key_G);
    QCOMPARE(opened.constLast().at(0).value<core::Id>(), m_fixture.lena);
    // A stranger has no guest to open.
    desk.select(m_fixture.posts.at(11));
    QVERIFY(!desk.page.action(LiveFeedPage::Action::OpenGuest)->isEnabled());
    QTest::keyClick(desk.page.view(), Qt::Key_Return);
    QCOMPARE(opened.size(), 3);
}

void TestLiveFeedPage::contextMenuOffersWhatFits()
{
    Desk desk(*m_db);
    QTRY_COMPARE(desk.page.model()->rowCount(), 12);
    desk.select(m_fixture.posts.at(6)); // Hans, replied
    std::unique_ptr<QMenu> menu(desk.page.createContextMenu(nullptr));
    QStringList enabled;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator() && action->isEnabled())
            enabled.append(action->objectName());
    }
    QVERIFY(enabled.contains(u"openGuestAction"_s));
    QVERIFY(enabled.contains(u"markResolvedAction"_s));
    QVERIFY(!enabled.contains(u"markRepliedAction"_s));                     // it already is
    QVERIFY(!enabled.contains(u"confirmLinkAction"_s));                     // nothing suggested
    QCOMPARE(desk.page.view()->contextMenuPolicy(), Qt::CustomContextMenu); // Menu key and Shift+F10 too
}

void TestLiveFeedPage::notifiesAboutInHousePostsOnly()
{
    Desk desk(*m_db);
    QTRY_VERIFY(desk.page.model()->isLoaded());
    // As the listener reports them: one by Madison in house, one by a stranger
    // (never reported as in house, and not notified if it were).
    Q_EMIT desk.page.controller()->inHousePostsStored({m_fixture.posts.at(7), m_fixture.posts.at(0)});
    QTRY_COMPARE(desk.notifications.size(), 1);
    const ui::PostNotification &n = desk.notifications.constFirst();
    QCOMPARE(n.postId, m_fixture.posts.at(7));
    QVERIFY2(n.title.contains(u"Madison Johnson"_s), qPrintable(n.title));
    QVERIFY2(n.title.contains(u"room 512"_s), qPrintable(n.title));
    QVERIFY2(n.title.contains(u"VIP1"_s), qPrintable(n.title));
    QCOMPARE(n.text, u"Post number 7 about the hotel"_s);
    QTest::qWait(100);
    QCOMPARE(desk.notifications.size(), 1);
}

void TestLiveFeedPage::manyInHousePostsMakeOneNotification()
{
    Desk desk(*m_db);
    QTRY_VERIFY(desk.page.model()->isLoaded());
    Q_EMIT desk.page.controller()->inHousePostsStored(
        {m_fixture.posts.at(4), m_fixture.posts.at(5), m_fixture.posts.at(7), m_fixture.posts.at(9)});
    QTRY_COMPARE(desk.notifications.size(), 1);
    QVERIFY2(desk.notifications.constFirst().title.contains(u"4"_s), qPrintable(desk.notifications.constFirst().title));
    QVERIFY(desk.notifications.constFirst().text.contains(u"Madison Johnson"_s));
    QVERIFY(desk.notifications.constFirst().text.contains(u"Øystein Ekström"_s));
}

void TestLiveFeedPage::inWindowNoticeGathersPosts()
{
    // Offscreen there is no desktop notification service: the page says it itself.
    QVERIFY(!ui::PostNotifier::desktopAvailable());
    Desk desk(*m_db);
    desk.page.setNotifier({});
    QTRY_VERIFY(desk.page.model()->isLoaded());
    QVERIFY(desk.page.noticeText().isEmpty());
    Q_EMIT desk.page.controller()->inHousePostsStored({m_fixture.posts.at(4)});
    QTRY_VERIFY(!desk.page.noticeText().isEmpty());
    QVERIFY2(desk.page.noticeText().contains(u"Madison Johnson (room 512, VIP1) posted on X"_s),
             qPrintable(desk.page.noticeText()));
    Q_EMIT desk.page.controller()->inHousePostsStored({m_fixture.posts.at(9)});
    QTRY_VERIFY2(desk.page.noticeText().contains(u"2 new post"_s), qPrintable(desk.page.noticeText()));
    QVERIFY(desk.page.noticeText().indexOf(u"Øystein"_s) < desk.page.noticeText().indexOf(u"Madison"_s));
    // Show goes to the newest post.
    auto *show = desk.page.findChild<QPushButton *>(u"feedNoticeShow"_s);
    QVERIFY(show);
    show->click();
    QCOMPARE(desk.page.view()->currentIndex().data(FeedModel::PostIdRole).toLongLong(), m_fixture.posts.at(9));
    QVERIFY(desk.page.noticeText().isEmpty());
}

void TestLiveFeedPage::newPostsLeaveTheReadersPlace()
{
    // Enough posts to scroll.
    QString error;
    for (int i = 1; i <= 30; ++i)
        QVERIFY(m_fixture.addPost(
                    m_db->db(), test::FeedFixture::referenceTime().addSecs(-3600 - i * 60),
                    u"An older post, number %1, with enough words to take a line or two of the list"_s.arg(i), &error)
                != core::InvalidId);
    Desk desk(*m_db);
    desk.page.resize(700, 500);
    ui::FeedListView *view = desk.page.view();
    QTRY_COMPARE(desk.page.model()->rowCount(), 42);
    QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
    // The reader is somewhere in the middle.
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    const QModelIndex reading = view->indexAt(QPoint(1, 1));
    QVERIFY(reading.isValid());
    const core::Id readingId = reading.data(FeedModel::PostIdRole).toLongLong();
    const int top = view->visualRect(reading).top();

    auto other = m_db->openAnother();
    QVERIFY(m_fixture.addPost(*other, test::FeedFixture::referenceTime().addSecs(60), u"Brand new"_s, &error)
            != core::InvalidId);
    QTRY_COMPARE(desk.page.model()->rowCount(), 43);
    QTRY_COMPARE(view->newAbove(), 1);
    const QModelIndex stillReading = view->indexAt(QPoint(1, 1));
    QCOMPARE(stillReading.data(FeedModel::PostIdRole).toLongLong(), readingId);
    QCOMPARE(view->visualRect(stillReading).top(), top);
    auto *newAbove = desk.page.findChild<QPushButton *>(u"newAboveButton"_s);
    QVERIFY(newAbove && newAbove->isVisible());

    // Back to the newest: the count clears.
    newAbove->click();
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QCOMPARE(view->newAbove(), 0);
    QVERIFY(!newAbove->isVisible());
}

void TestLiveFeedPage::newPostsShowAtTheTop()
{
    Desk desk(*m_db);
    ui::FeedListView *view = desk.page.view();
    QTRY_COMPARE(desk.page.model()->rowCount(), 12);
    QVERIFY(view->isAtTop());
    QString error;
    auto other = m_db->openAnother();
    const core::Id fresh
        = m_fixture.addPost(*other, test::FeedFixture::referenceTime().addSecs(60), u"Brand new"_s, &error);
    QTRY_COMPARE(desk.page.model()->rowCount(), 13);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QCOMPARE(view->indexAt(QPoint(1, 1)).data(FeedModel::PostIdRole).toLongLong(), fresh);
    QCOMPARE(view->newAbove(), 0);
}

void TestLiveFeedPage::offersTheDemoOnTheDemoHotel()
{
    {
        Desk desk(*m_db);
        QTRY_VERIFY(!desk.page.controller()->isStarting());
        QTest::qWait(50);
        QVERIFY(!desk.page.isDemoOfferShown());
    }
    core::Property demo;
    demo.code = pms::DemoHotel::propertyCode();
    demo.name = u"Harbour View Hotel"_s;
    demo.timeZone = pms::DemoHotel::timeZone();
    QVERIFY(storage::PropertyRepository(m_db->db()).add(demo));
    Desk desk(*m_db);
    QTRY_VERIFY(desk.page.isDemoOfferShown());
    auto *play = desk.page.findChild<QPushButton *>(u"playDemoButton"_s);
    QVERIFY(play);
    play->click();
    QTRY_VERIFY(!desk.page.isDemoOfferShown());
    auto *stop = desk.page.findChild<QPushButton *>(u"stopDemoButton"_s);
    QVERIFY(stop && stop->isVisible());
    stop->click();
    QTRY_VERIFY(desk.page.isDemoOfferShown());
}

QTEST_MAIN(TestLiveFeedPage)
#include "test_livefeedpage.moc"
