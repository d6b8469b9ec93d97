#include <ordersfixture.h>

#include <ui/orders/neworderdialog.h>
#include <ui/settings.h>

#include <desk/orders/orderform.h>
#include <storage/orderrepository.h>

#include <testdatabase.h>

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::OrderForm;
using test::OrdersFixture;
using ui::NewOrderDialog;
using ui::Settings;

namespace {

// The dialog for a guest (or for none), "now" at 08:00 on the fixture's day
// in Auckland, shown and loaded.
struct Harness
{
    Harness(test::TestDatabase &t, Settings &settings, core::Id guestId)
        : dialog(t.url(), guestId, settings)
    {
        dialog.setClock([] { return OrdersFixture::at(QTime(8, 0)); });
    }

    bool showAndLoad()
    {
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return false;
        return QTest::qWaitFor([this] { return dialog.isLoaded(); }, 10000);
    }

    // Puts the cursor on the item's quantity and types it, as staff would.
    void typeQuantity(const QString &item, int quantity)
    {
        QTableView *view = dialog.itemsView();
        view->setFocus();
        const int row = dialog.form()->rowOf(item);
        view->setCurrentIndex(dialog.form()->index(row, int(OrderForm::Column::Quantity)));
        QTest::keyClicks(view, QString::number(quantity));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        // The closed editor goes with the event loop.
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    NewOrderDialog dialog;
};

} // namespace

// The "New amenity order…" dialog offscreen on both engines: the guest, the
// catalog with quantities typed or stepped from the keyboard and the live
// total, the department and note that follow the first item, what stops an
// order, and the order saved with the staff name.
class TestNewOrderDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void opensForTheGuest();
    void totalFollowsTheQuantities();
    void refusesWhatIsMissing();
    void placesTheOrder();
    void guestsToChooseFrom();
};

void TestNewOrderDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"test_neworderdialog_"_s + test::TestDatabase::engineName());
    QLocale::setDefault(QLocale::c());
}

void TestNewOrderDialog::init()
{
    QFile::remove(Settings().fileName());
    Settings settings;
    settings.setValue(Settings::Key::PropertyCode, u"AKL"_s);
    settings.setValue(Settings::Key::StaffName, u"Mia Lund"_s);
    settings.sync();
}

void TestNewOrderDialog::opensForTheGuest()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Settings settings;
    Harness h(*t, settings, f->today.guests.value(u"Carter"_s));
    QVERIFY(h.showAndLoad());

    QCOMPARE(h.dialog.guestBox()->currentData().toLongLong(), f->today.guests.value(u"Carter"_s));
    QVERIFY2(h.dialog.guestBox()->currentText().contains(u"room 12"_s), qPrintable(h.dialog.guestBox()->currentText()));
    QCOMPARE(h.dialog.form()->rowCount(), 6); // the starter catalog
    QCOMPARE(h.dialog.totalText(), u"0.00"_s);
    // The due time starts half an hour ahead on the hotel's clock (08:30 in Auckland).
    QCOMPARE(h.dialog.dueEdit()->dateTime().time(), QTime(8, 30));
    QCOMPARE(h.dialog.form()->dueUtc(), OrdersFixture::at(QTime(8, 30)));
    QVERIFY(h.dialog.findChild<QLabel *>(u"orderZone"_s)->text().contains(u"Pacific/Auckland"_s));
    // The keyboard starts on the items.
    QCOMPARE(QApplication::focusWidget(), h.dialog.itemsView());
}

void TestNewOrderDialog::totalFollowsTheQuantities()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Settings settings;
    Harness h(*t, settings, f->today.guests.value(u"Carter"_s));
    QVERIFY(h.showAndLoad());

    h.typeQuantity(u"Wine and strawberries"_s, 2);
    QTRY_COMPARE(h.dialog.totalText(), u"116.00"_s);
    // The note and the department follow the first item.
    QCOMPARE(h.dialog.noteEdit()->toPlainText(), u"A bottle of wine and fresh strawberries, with our compliments."_s);
    QVERIFY2(h.dialog.departmentBox()->currentText().contains(u"Food and beverage"_s),
             qPrintable(h.dialog.departmentBox()->currentText()));

    // + and - step the quantity of the item with the cursor.
    QTableView *view = h.dialog.itemsView();
    view->setFocus();
    view->setCurrentIndex(h.dialog.form()->index(h.dialog.form()->rowOf(u"Bath salts"_s), 0));
    QTest::keyClick(view, Qt::Key_Plus);
    QTest::keyClick(view, Qt::Key_Plus);
    QCOMPARE(h.dialog.totalText(), u"152.00"_s);
    QTest::keyClick(view, Qt::Key_Minus);
    QCOMPARE(h.dialog.totalText(), u"134.00"_s);
    // The wine came first: its note stays.
    QCOMPARE(h.dialog.noteEdit()->toPlainText(), u"A bottle of wine and fresh strawberries, with our compliments."_s);
}

void TestNewOrderDialog::refusesWhatIsMissing()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Settings settings;
    Harness h(*t, settings, core::InvalidId);
    QVERIFY(h.showAndLoad());

    QSignalSpy created(&h.dialog, &NewOrderDialog::orderCreated);
    QVERIFY(!h.dialog.place());
    const QString problems = h.dialog.problemText();
    QVERIFY2(problems.contains(u"Choose the guest"_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"at least one item"_s), qPrintable(problems));
    QCOMPARE(QApplication::focusWidget(), h.dialog.guestBox());

    // A due time long past is refused too.
    h.dialog.form()->setGuest(f->today.guests.value(u"Berg"_s));
    h.dialog.form()->setQuantity(0, 1);
    h.dialog.dueEdit()->setDateTime(QDateTime(test::TodayFixture::day(), QTime(6, 0)));
    QVERIFY(!h.dialog.place());
    QVERIFY2(h.dialog.problemText().contains(u"already passed"_s), qPrintable(h.dialog.problemText()));
    QCOMPARE(QApplication::focusWidget(), h.dialog.dueEdit());
    QVERIFY(h.dialog.isVisible());
    QCOMPARE(created.size(), 0);
    QCOMPARE(storage::OrderRepository(t->db()).forGuest(f->today.guests.value(u"Berg"_s)).size(), 1);
}

void TestNewOrderDialog::placesTheOrder()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Settings settings;
    const core::Id evans = f->today.guests.value(u"Evans"_s);
    Harness h(*t, settings, evans);
    QVERIFY(h.showAndLoad());

    h.typeQuantity(u"Flowers"_s, 1);
    h.typeQuantity(u"Fruit plate"_s, 2);
    QTRY_COMPARE(h.dialog.totalText(), u"77.00"_s);
    // Flowers' note, merged for Dan: never a raw placeholder.
    QCOMPARE(h.dialog.noteEdit()->toPlainText(), u"A few flowers to brighten your room, Dan."_s);
    h.dialog.departmentBox()->setCurrentIndex(h.dialog.departmentBox()->findData(int(core::Department::Housekeeping)));
    Q_EMIT h.dialog.departmentBox()->activated(h.dialog.departmentBox()->currentIndex());
    h.dialog.dueEdit()->setDateTime(QDateTime(test::TodayFixture::day(), QTime(11, 15)));

    QSignalSpy created(&h.dialog, &NewOrderDialog::orderCreated);
    QTest::mouseClick(h.dialog.placeButton(), Qt::LeftButton);
    QTRY_COMPARE(created.size(), 1);
    const auto order = created.at(0).at(0).value<core::AmenityOrder>();
    const auto stored = storage::OrderRepository(t->db()).byId(order.id);
    QVERIFY(stored);
    QCOMPARE(stored->guestId, evans);
    QCOMPARE(stored->stayId, f->today.stays.value(u"Evans"_s));
    QCOMPARE(stored->room, u"9"_s);
    QCOMPARE(stored->department, core::Department::Housekeeping);
    QCOMPARE(stored->costCents(), qint64(7700));
    QCOMPARE(stored->lines.size(), 2);
    QCOMPARE(stored->lines.at(0).name, u"Flowers"_s);
    QCOMPARE(stored->lines.at(1).quantity, 2);
    QCOMPARE(stored->dueAt, OrdersFixture::at(QTime(11, 15)));
    QCOMPARE(stored->note, u"A few flowers to brighten your room, Dan."_s);
    QCOMPARE(stored->createdBy, u"Mia Lund"_s);
    QTRY_VERIFY(!h.dialog.isVisible());
}

void TestNewOrderDialog::guestsToChooseFrom()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto f = OrdersFixture::seed(t->db(), &error);
    QVERIFY2(f, qPrintable(error));
    Settings settings;
    Harness h(*t, settings, core::InvalidId);
    QVERIFY(h.showAndLoad());

    // In house and arriving at the Auckland hotel; the cancelled, the no-show
    // and the Berlin guest are not offered.
    QStringList names;
    for (const desk::OrderFormGuest &g : h.dialog.form()->guests())
        names.append(g.guest.lastName);
    for (const QString &name : {u"Berg"_s, u"Carter"_s, u"Diaz"_s, u"Evans"_s})
        QVERIFY2(names.contains(name), qPrintable(names.join(u", "_s)));
    for (const QString &name : {u"Fox"_s, u"Gray"_s, u"Klein"_s})
        QVERIFY2(!names.contains(name), qPrintable(names.join(u", "_s)));
    QCOMPARE(h.dialog.guestBox()->itemData(0).toLongLong(), core::Id(core::InvalidId));
    QCOMPARE(h.dialog.guestBox()->count(), names.size() + 1);
}

QTEST_MAIN(TestNewOrderDialog)
#include "test_neworderdialog.moc"
