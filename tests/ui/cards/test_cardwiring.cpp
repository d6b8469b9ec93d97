#include <cardsfixture.h>

#include <ui/cards/cardbatchdialog.h>
#include <ui/cards/cardeditordialog.h>
#include <ui/cards/cardtemplatesdialog.h>
#include <ui/mainwindow.h>
#include <ui/profile/guestprofiledialog.h>
#include <ui/settings.h>
#include <ui/today/todaylistpane.h>
#include <ui/today/todaylistview.h>
#include <ui/todaypage.h>

#include <desk/today/todaylistmodel.h>

#include <testdatabase.h>

#include <QAction>
#include <QDateEdit>
#include <QFile>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using ui::CardEditorDialog;
using ui::MainWindow;
using ui::Settings;

namespace {

QList<CardEditorDialog *> editors(const MainWindow &window)
{
    QList<CardEditorDialog *> open;
    const QList<CardEditorDialog *> all = window.findChildren<CardEditorDialog *>(Qt::FindDirectChildrenOnly);
    for (CardEditorDialog *editor : all) {
        if (editor->isVisible())
            open.append(editor);
    }
    return open;
}

} // namespace

// Where staff write cards from: the guest profile (a button and its
// shortcut), the Today board's lists (the same shortcut and the context
// menu), and the File menu (the batch for arrivals and the templates).
class TestCardWiring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void profileOpensTheCardEditor();
    void todayListsOpenTheCardEditor();
    void fileMenuOpensBatchAndTemplates();
};

void TestCardWiring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"test_cardwiring_"_s + test::TestDatabase::engineName());
}

void TestCardWiring::init()
{
    QFile::remove(Settings().fileName());
}

void TestCardWiring::profileOpensTheCardEditor()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = test::CardsFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria Lopez"_s);
    MainWindow window(t->db(), settings);
    window.show();

    window.openGuest(fixture->anna.id);
    auto *profile = window.findChild<ui::GuestProfileDialog *>();
    QVERIFY(profile);
    QTRY_VERIFY(profile->isLoaded());
    auto *button = profile->findChild<QPushButton *>(u"writeCardButton"_s);
    QVERIFY(button);
    QVERIFY(button->text().contains(u'&'));
    button->click();
    QCOMPARE(editors(window).size(), 1);
    CardEditorDialog *editor = editors(window).constFirst();
    QCOMPARE(editor->guestId(), fixture->anna.id);
    QTRY_VERIFY(editor->isLoaded());

    // The shortcut does the same, and one editor per guest stays one.
    auto *action = profile->findChild<QAction *>(u"writeCardAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), CardEditorDialog::shortcut());
    action->trigger();
    QCOMPARE(editors(window).size(), 1);
}

void TestCardWiring::todayListsOpenTheCardEditor()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = test::CardsFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria Lopez"_s);
    settings.setValue(Settings::Key::PropertyCode, fixture->property.code);
    MainWindow window(t->db(), settings);
    window.show();
    auto *today = window.findChild<ui::TodayPage *>();
    QVERIFY(today);
    today->dateEdit()->setDate(test::CardsFixture::arrivalDay());
    ui::TodayListPane *arrivals = today->pane(desk::TodayList::Arrivals);
    QTRY_COMPARE(arrivals->model()->rowCount(), 3);

    ui::TodayListView *view = arrivals->view();
    QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
    QAction *writeCard = nullptr;
    for (QAction *action : view->actions()) {
        if (action->objectName().endsWith(u"WriteCardAction"_s))
            writeCard = action;
    }
    QVERIFY(writeCard);
    QCOMPARE(writeCard->shortcut(), CardEditorDialog::shortcut());

    // Nothing chosen: nothing opens.
    view->setCurrentIndex(QModelIndex());
    writeCard->trigger();
    QCOMPARE(editors(window).size(), 0);

    view->setCurrentIndex(arrivals->proxy()->index(0, 0));
    const core::Id guestId = arrivals->currentGuestId();
    QVERIFY(guestId != core::InvalidId);
    writeCard->trigger();
    QCOMPARE(editors(window).size(), 1);
    QCOMPARE(editors(window).constFirst()->guestId(), guestId);
    QTRY_VERIFY(editors(window).constFirst()->isLoaded());
}

void TestCardWiring::fileMenuOpensBatchAndTemplates()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    MainWindow window(t->db(), settings);
    window.show();
    auto *batch = window.findChild<QAction *>(u"cardBatchAction"_s);
    auto *templates = window.findChild<QAction *>(u"cardTemplatesAction"_s);
    QVERIFY(batch);
    QVERIFY(templates);
    batch->trigger();
    QVERIFY(window.findChild<ui::CardBatchDialog *>());
    templates->trigger();
    auto *manager = window.findChild<ui::CardTemplatesDialog *>();
    QVERIFY(manager);
    QTRY_VERIFY(manager->isLoaded());
    QVERIFY(!manager->templates().isEmpty());
}

QTEST_MAIN(TestCardWiring)
#include "test_cardwiring.moc"
