#include <ordersfixture.h>

#include <ui/cards/cardoutputdialogs.h>
#include <ui/mainwindow.h>
#include <ui/orders/catalogdialog.h>
#include <ui/orders/orderboarddelegate.h>
#include <ui/orders/orderspage.h>
#include <ui/settings.h>

#include <desk/orders/catalogeditor.h>
#include <desk/orders/catalogmodel.h>
#include <desk/orders/orderboard.h>
#include <desk/orders/orderboardmodel.h>
#include <storage/amenityrepository.h>
#include <storage/orderrepository.h>

#include <testdatabase.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::OrderBoardModel;
using test::OrdersFixture;
using ui::OrdersPage;
using ui::Settings;

namespace {

// The page on the fixture's database for the Auckland hotel, "now" at 08:00
// there, shown and loaded, with the keyboard on the board.
struct Harness
{
    Harness(test::TestDatabase &t, Settings &settings)
        : page(t.db(), settings)
    {
        page.board()->setClock([this] { return now; });
        page.board()->setTickInterval(std::chrono::milliseconds(0));
        page.resize(1100, 700);
    }

    bool showAndLoad()
    {
        page.show();
        if (!QTest::qWaitForWindowActive(&page))
            return false;
        if (!QTest::qWaitFor([this] { return page.board()->hasLoaded() && !page.board()->isLoading(); }))
            return false;
        page.view()->setFocus();
        return true;
    }

    bool select(core::Id orderId) { return page.selectOrder(orderId) && page.currentOrderId() == orderId; }

    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(page.view(), key, modifiers);
    }

    QDateTime now = OrdersFixture::at(QTime(8, 0));
    OrdersPage page;
};

} // namespace

// The Orders page offscreen on both engines: the board by department and due
// time, overdue orders highlighted by more than colour, orders moved on from
// the keyboard with refusals and conflicts said on the page, the slip saved
// and printed, the guest opened, the catalog reached, and the page in the
// main window under Ctrl+4.
class TestOrdersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void showsTheBoardByDepartment();
    void overdueIsHighlightedNotByColourAlone();
    void advancesFromTheKeyboard();
    void refusedTransitionIsSaid();
    void cancelAsksFirst();
    void conflictIsSaid();
    void savesAndPrintsTheSlip();
    void opensTheGuest();
    void catalogEditor();
    void isThePageUnderCtrl4();
};

void TestOrdersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"test_orderspage_"_s + test::TestDatabase::engineName());
    QLocale::setDefault(QLocale::c());
}

void TestOrdersPage::init()
{
    QFile::remove(Settings().fileName());
    Settings settings;
    settings.setValue(Settings::Key::PropertyCode, u"AKL"_s);
    settings.setValue(Settings::Key::StaffName, u"Mia Lund"_s);
    settings.sync();
}

void TestOrdersPage::showsTheBoardByDepartment()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());

    QCOMPARE(h.page.title(), u"Orders"_s);
    const QAbstractItemModel *model = h.page.view()->model();
    QCOMPARE(model->rowCount(), 3);
    QVERIFY2(model->index(0, 0).data().toString().startsWith(u"Housekeeping"_s),
             qPrintable(model->index(0, 0).data().toString()));
    QVERIFY(model->index(1, 0).data().toString().startsWith(u"Food and beverage"_s));
    QVERIFY(model->index(2, 0).data().toString().startsWith(u"Concierge"_s));
    // Every department open, its orders by due time.
    for (int row = 0; row < 3; ++row)
        QVERIFY(h.page.view()->isExpanded(model->index(row, 0)));
    const QModelIndex food = model->index(1, 0);
    QCOMPARE(model->rowCount(food), 2);
    QCOMPARE(model->index(0, 0, food).data(OrderBoardModel::OrderIdRole).toLongLong(), f->orders.value(u"diaz"_s).id);
    QCOMPARE(model->index(1, 0, food).data(OrderBoardModel::OrderIdRole).toLongLong(), f->orders.value(u"carter"_s).id);
    // The keyboard starts on the first order.
    QCOMPARE(h.page.currentOrderId(), f->orders.value(u"berg"_s).id);
    QVERIFY2(h.page.statusText().contains(u"4 order"_s) && h.page.statusText().contains(u"1 overdue"_s),
             qPrintable(h.page.statusText()));
    QVERIFY(h.page.findChild<QLabel *>(u"ordersHeading"_s)->text().contains(u"Harbour Lights Auckland"_s));
}

void TestOrdersPage::overdueIsHighlightedNotByColourAlone()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());

    auto *delegate = qobject_cast<ui::OrderBoardDelegate *>(h.page.view()->itemDelegate());
    QVERIFY(delegate);
    const OrderBoardModel *model = h.page.board()->model();
    const int state = OrderBoardModel::columnOf(OrderBoardModel::Column::State);
    QStyleOptionViewItem base;
    base.initFrom(h.page.view());
    base.widget = h.page.view();

    const QModelIndex late = model->indexOfOrder(f->orders.value(u"diaz"_s).id, state);
    const QStyleOptionViewItem lateOption = delegate->optionFor(base, late);
    QVERIFY(lateOption.font.bold());
    QVERIFY(!lateOption.icon.isNull()); // a warning sign
    QVERIFY(lateOption.backgroundBrush.style() != Qt::NoBrush);
    QVERIFY2(lateOption.text.contains(u"Overdue by 30 min"_s), qPrintable(lateOption.text));

    const QModelIndex onTime = model->indexOfOrder(f->orders.value(u"berg"_s).id, state);
    const QStyleOptionViewItem onTimeOption = delegate->optionFor(base, onTime);
    QVERIFY(!onTimeOption.font.bold());
    QVERIFY(onTimeOption.icon.isNull());
    QCOMPARE(onTimeOption.backgroundBrush.style(), Qt::NoBrush);
    QVERIFY(!onTimeOption.text.contains(u"Overdue"_s));

    // Screen readers hear it too.
    QVERIFY(late.siblingAtColumn(0).data(Qt::AccessibleTextRole).toString().contains(u"Overdue"_s));

    // The clock moves on: the bath salts become late and look it.
    h.now = OrdersFixture::at(QTime(9, 15));
    h.page.board()->tick();
    QVERIFY(delegate->optionFor(base, onTime).font.bold());
}

void TestOrdersPage::advancesFromTheKeyboard()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());

    const core::Id diaz = f->orders.value(u"diaz"_s).id;
    // Arrow keys reach it: Housekeeping, Berg, Food and beverage, Diaz.
    h.key(Qt::Key_Down);
    h.key(Qt::Key_Down);
    QCOMPARE(h.page.currentOrderId(), diaz);

    storage::OrderRepository orders(t->db());
    h.key(Qt::Key_A);
    QTRY_COMPARE(orders.byId(diaz)->state, core::OrderState::Accepted);
    QTRY_VERIFY2(h.page.statusText().contains(u"is now “Accepted”"_s), qPrintable(h.page.statusText()));
    QVERIFY(!h.page.isShowingProblem());
    QCOMPARE(orders.byId(diaz)->updatedBy, u"Mia Lund"_s);
    QCOMPARE(h.page.currentOrderId(), diaz);

    h.key(Qt::Key_S);
    QTRY_COMPARE(orders.byId(diaz)->state, core::OrderState::InProgress);
    QTRY_VERIFY(!h.page.board()->isAdvancing());
    h.key(Qt::Key_D);
    QTRY_COMPARE(orders.byId(diaz)->state, core::OrderState::Delivered);
    QTRY_VERIFY2(h.page.statusText().contains(u"“Delivered”"_s), qPrintable(h.page.statusText()));
}

void TestOrdersPage::refusedTransitionIsSaid()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());

    // Evans's flowers are accepted already.
    const core::AmenityOrder evans = f->orders.value(u"evans"_s);
    QVERIFY(h.select(evans.id));
    h.key(Qt::Key_A);
    QVERIFY(h.page.isShowingProblem());
    const QString message = h.page.statusText();
    QVERIFY2(message.contains(u"Order %1 is already accepted"_s.arg(evans.id)), qPrintable(message));
    QVERIFY2(message.contains(u"delivered"_s), qPrintable(message)); // what it can do instead
    QVERIFY(!h.page.board()->isAdvancing());
    QCOMPARE(storage::OrderRepository(t->db()).byId(evans.id)->version, evans.version);
}

void TestOrdersPage::cancelAsksFirst()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());

    QString asked;
    bool answer = false;
    h.page.setCancelQuestion([&](QWidget *, const QString &question) {
        asked = question;
        return answer;
    });
    const core::Id carter = f->orders.value(u"carter"_s).id;
    QVERIFY(h.select(carter));
    h.key(Qt::Key_C);
    QVERIFY2(asked.contains(u"Wine and strawberries"_s) && asked.contains(u"room 12"_s), qPrintable(asked));
    QVERIFY(!h.page.board()->isAdvancing());
    QCOMPARE(storage::OrderRepository(t->db()).byId(carter)->state, core::OrderState::Requested);

    answer = true;
    h.key(Qt::Key_C);
    QTRY_COMPARE(storage::OrderRepository(t->db()).byId(carter)->state, core::OrderState::Cancelled);
}

void TestOrdersPage::conflictIsSaid()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());

    const core::AmenityOrder berg = f->orders.value(u"berg"_s);
    QVERIFY(h.select(berg.id));
    // Housekeeping takes it on at its own desk; this page has not reloaded yet.
    auto other = t->openAnother();
    QVERIFY(storage::OrderRepository(*other).advance(berg.id, core::OrderState::InProgress, u"Housekeeping desk"_s,
                                                     berg.version));
    h.key(Qt::Key_A);
    QTRY_VERIFY(h.page.isShowingProblem());
    QVERIFY2(h.page.statusText().contains(u"Someone else changed order %1"_s.arg(berg.id)),
             qPrintable(h.page.statusText()));
    QCOMPARE(storage::OrderRepository(t->db()).byId(berg.id)->state, core::OrderState::InProgress);
    QTRY_COMPARE(h.page.board()->model()->indexOfOrder(berg.id).data(OrderBoardModel::StateRole).toInt(),
                 int(core::OrderState::InProgress));
}

void TestOrdersPage::savesAndPrintsTheSlip()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    QString pdf = dir.filePath(u"slip.pdf"_s);
    QString suggested;
    bool printed = false;
    ui::CardOutputDialogs dialogs;
    dialogs.askFileName = [&](QWidget *, const QString &path) {
        suggested = path;
        return pdf;
    };
    dialogs.askPrint = [&](QWidget *, QPrinter *printer, const std::function<void(QPrinter *)> &paint,
                           const std::function<void(bool)> &finished) {
        // As the preview would: paint into the printer, here a PDF file.
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(dir.filePath(u"printed.pdf"_s));
        paint(printer);
        printed = true;
        finished(true);
    };
    h.page.setOutputDialogs(dialogs);

    const core::Id carter = f->orders.value(u"carter"_s).id;
    QVERIFY(h.select(carter));
    h.page.slipFormatBox()->setCurrentIndex(h.page.slipFormatBox()->findData(u"receipt-80mm"_s));
    QTest::keyClick(h.page.view(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(suggested.endsWith(u"order-%1-slip.pdf"_s.arg(carter)), qPrintable(suggested));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
    QVERIFY2(h.page.statusText().contains(u"saved as"_s), qPrintable(h.page.statusText()));

    QTest::keyClick(h.page.view(), Qt::Key_P, Qt::ControlModifier);
    QVERIFY(printed);
    QVERIFY(QFile::exists(dir.filePath(u"printed.pdf"_s)));
    QVERIFY2(h.page.statusText().contains(u"went to the printer"_s), qPrintable(h.page.statusText()));
}

void TestOrdersPage::opensTheGuest()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());

    QSignalSpy opened(&h.page, &OrdersPage::guestActivated);
    QVERIFY(h.select(f->orders.value(u"evans"_s).id));
    h.key(Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), f->today.guests.value(u"Evans"_s));
    h.key(Qt::Key_G);
    QCOMPARE(opened.size(), 2);
}

void TestOrdersPage::catalogEditor()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());

    ui::CatalogDialog *catalog = h.page.showCatalog();
    QVERIFY(catalog);
    QTRY_VERIFY(catalog->editor()->hasLoaded());
    QCOMPARE(catalog->view()->model()->rowCount(), 6); // the starter catalog

    // A new item, its cost as staff write it.
    catalog->startNew();
    catalog->nameEdit()->setText(u"Birthday cake"_s);
    catalog->departmentBox()->setCurrentIndex(
        catalog->departmentBox()->findData(int(core::Department::FoodAndBeverage)));
    catalog->costEdit()->setText(u"35,50"_s);
    QVERIFY(catalog->saveItem());
    QTRY_VERIFY(!catalog->editor()->isBusy());
    QTRY_COMPARE(catalog->view()->model()->rowCount(), 7);
    const auto cake = storage::AmenityRepository(t->db()).byName(u"birthday cake"_s);
    QVERIFY(cake);
    QCOMPARE(cake->unitCostCents, qint64(3550));
    QCOMPARE(cake->department, core::Department::FoodAndBeverage);

    // A cost that is not one is refused with a message, nothing sent.
    catalog->costEdit()->setText(u"a lot"_s);
    QVERIFY(!catalog->saveItem());
    QVERIFY(!catalog->statusText().isEmpty());

    // Retired: kept, marked, not orderable.
    catalog->costEdit()->setText(u"35.50"_s);
    QVERIFY(catalog->retireItem());
    QTRY_VERIFY(!storage::AmenityRepository(t->db()).byName(u"birthday cake"_s)->active);
    QTRY_VERIFY2(catalog->statusText().contains(u"retired"_s), qPrintable(catalog->statusText()));

    // Another desk changes an item while this form shows it: saving the form
    // is refused with who changed it, and their change stays.
    const int bathSalts
        = catalog->editor()->model()->rowOf(storage::AmenityRepository(t->db()).byName(u"bath salts"_s)->id);
    QVERIFY(bathSalts >= 0);
    catalog->view()->setCurrentIndex(catalog->view()->model()->index(bathSalts, 0));
    QCOMPARE(catalog->nameEdit()->text(), u"Bath salts"_s);
    core::Amenity theirs = *storage::AmenityRepository(t->db()).byName(u"bath salts"_s);
    theirs.unitCostCents = 2100;
    QVERIFY(storage::AmenityRepository(t->db()).update(theirs, u"maria"_s));
    catalog->costEdit()->setText(u"19.00"_s);
    QVERIFY(catalog->saveItem());
    QTRY_VERIFY(!catalog->editor()->isBusy());
    QTRY_VERIFY2(catalog->statusText().contains(u"maria"_s), qPrintable(catalog->statusText()));
    QCOMPARE(storage::AmenityRepository(t->db()).byName(u"bath salts"_s)->unitCostCents, qint64(2100));
    catalog->close();
}

void TestOrdersPage::isThePageUnderCtrl4()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    ui::MainWindow window(t->db(), settings);
    int index = -1;
    for (int i = 0; i < window.pageCount(); ++i) {
        if (qobject_cast<OrdersPage *>(window.page(i)))
            index = i;
    }
    QCOMPARE(index, 3);
    auto *show = window.findChild<QAction *>(u"showPage4Action"_s);
    QVERIFY(show);
    QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_4));
    QCOMPARE(show->text(), u"Orders"_s);
}

QTEST_MAIN(TestOrdersPage)
#include "test_orderspage.moc"
