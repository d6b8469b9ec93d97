#include <cardsfixture.h>

#include <ui/cards/cardbatchdialog.h>
#include <ui/settings.h>

#include <storage/auditlog.h>
#include <storage/cardrepository.h>

#include <testdatabase.h>

#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace tw;
using ui::CardBatchDialog;
using ui::Settings;

namespace {

#define TW_SEED_CARDS(t)                                                                                               \
    QString t##SeedError;                                                                                              \
    const std::optional<test::CardsFixture> t##Seeded = test::CardsFixture::seed(t->db(), &t##SeedError);              \
    QVERIFY2(t##Seeded, qPrintable(t##SeedError));                                                                     \
    const test::CardsFixture &fixture = *t##Seeded

template <typename T>
T *child(const QWidget &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

QStringList names(const QList<CardBatchDialog::Entry> &entries)
{
    QStringList result;
    for (const CardBatchDialog::Entry &entry : entries)
        result.append(entry.guest.displayName());
    result.sort();
    return result;
}

bool isPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

} // namespace

// The batch of cards for a day's arrivals, offscreen and on both engines: the
// filters list the right guests with their merge problems, the cards that can
// go become one PDF or one print job recorded per guest, and a cancelled
// print records nothing.
class TestCardBatchDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void listsTheDaysArrivals();
    void filtersByVipFirstStayAndAnniversary_data();
    void filtersByVipFirstStayAndAnniversary();
    void exportWritesOnePdfAndRecordsEachCard();
    void cancelledPrintRecordsNothing();
    void printIsOneJobRecordedAsPrinted();

private:
    // Opens the dialog on the fixture's day and waits for its list.
    static bool openOnTheDay(CardBatchDialog &dialog);
    QTemporaryDir m_dir;
};

void TestCardBatchDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"test_cardbatchdialog_"_s + test::TestDatabase::engineName());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
}

void TestCardBatchDialog::init()
{
    QFile::remove(Settings().fileName());
    // The templates sign with {signature}: the staff at the desk.
    Settings().setValue(Settings::Key::StaffName, u"Maria Lopez"_s);
}

bool TestCardBatchDialog::openOnTheDay(CardBatchDialog &dialog)
{
    dialog.show();
    if (!QTest::qWaitFor([&] { return dialog.isLoaded() && !dialog.isSearching(); }, 10000))
        return false;
    QSignalSpy searched(&dialog, &CardBatchDialog::searched);
    dialog.findChild<QDateEdit *>(u"batchDate"_s)->setDate(test::CardsFixture::arrivalDay());
    return searched.wait(10000);
}

void TestCardBatchDialog::listsTheDaysArrivals()
{
    TW_TEST_DATABASE(t);
    TW_SEED_CARDS(t);
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria Lopez"_s);
    CardBatchDialog dialog(t->url(), settings);
    QVERIFY(openOnTheDay(dialog));
    QCOMPARE(dialog.date(), test::CardsFixture::arrivalDay());
    for (const CardBatchDialog::Entry &entry : dialog.entries())
        QVERIFY(entry.guest.id != fixture.dan.id); // he arrives the day after

    QCOMPARE(names(dialog.entries()), (QStringList{u"Anna Berg"_s, u"Ben Cole"_s, u"Chloe Dunn"_s}));
    auto *list = child<QTreeWidget>(dialog, "batchList");
    QCOMPARE(list->topLevelItemCount(), 3);
    // Chloe has no room yet: the welcome card cannot say it, so she is left out and the row says why.
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = list->topLevelItem(row);
        if (item->text(0) == u"Chloe Dunn"_s) {
            QCOMPARE(item->checkState(0), Qt::Unchecked);
            QVERIFY(!(item->flags() & Qt::ItemIsUserCheckable));
            QVERIFY2(item->text(3).contains(u"room"_s), qPrintable(item->text(3)));
        } else {
            QCOMPARE(item->checkState(0), Qt::Checked);
        }
    }
    QCOMPARE(names(dialog.chosenEntries()), (QStringList{u"Anna Berg"_s, u"Ben Cole"_s}));
    QVERIFY2(dialog.summary().contains(u"2 card"_s), qPrintable(dialog.summary()));
    QVERIFY(dialog.summary().contains(u"left out"_s));
    for (const CardBatchDialog::Entry &entry : dialog.entries()) {
        QVERIFY(entry.merge.text.contains(entry.guest.firstName));
        QCOMPARE(entry.signature, u"Maria Lopez"_s);
    }
    QVERIFY(child<QPushButton>(dialog, "batchExportButton")->isEnabled());

    // Unticking a guest takes their card out.
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        if (list->topLevelItem(row)->text(0) == u"Ben Cole"_s)
            list->topLevelItem(row)->setCheckState(0, Qt::Unchecked);
    }
    QCOMPARE(names(dialog.chosenEntries()), QStringList{u"Anna Berg"_s});
}

void TestCardBatchDialog::filtersByVipFirstStayAndAnniversary_data()
{
    QTest::addColumn<QString>("vip");
    QTest::addColumn<bool>("firstStay");
    QTest::addColumn<bool>("anniversary");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("any VIP code") << u"*"_s << false << false << QStringList{u"Anna Berg"_s, u"Chloe Dunn"_s};
    QTest::newRow("one VIP code") << u"V2"_s << false << false << QStringList{u"Anna Berg"_s};
    QTest::newRow("first stay") << QString() << true << false << QStringList{u"Ben Cole"_s, u"Chloe Dunn"_s};
    QTest::newRow("anniversary") << QString() << false << true << QStringList{u"Ben Cole"_s};
    QTest::newRow("VIP and first stay") << u"*"_s << true << false << QStringList{u"Chloe Dunn"_s};
}

void TestCardBatchDialog::filtersByVipFirstStayAndAnniversary()
{
    QFETCH(QString, vip);
    QFETCH(bool, firstStay);
    QFETCH(bool, anniversary);
    QFETCH(QStringList, expected);

    TW_TEST_DATABASE(t);
    TW_SEED_CARDS(t);
    Q_UNUSED(fixture);
    Settings settings;
    CardBatchDialog dialog(t->url(), settings);
    QVERIFY(openOnTheDay(dialog));

    QSignalSpy searched(&dialog, &CardBatchDialog::searched);
    child<QLineEdit>(dialog, "batchVip")->setText(vip);
    child<QCheckBox>(dialog, "batchFirstStay")->setChecked(firstStay);
    child<QCheckBox>(dialog, "batchAnniversary")->setChecked(anniversary);
    QVERIFY(searched.wait(10000));
    QTRY_VERIFY(!dialog.isSearching());
    QCOMPARE(names(dialog.entries()), expected);
}

void TestCardBatchDialog::exportWritesOnePdfAndRecordsEachCard()
{
    TW_TEST_DATABASE(t);
    TW_SEED_CARDS(t);
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria Lopez"_s);
    CardBatchDialog dialog(t->url(), settings);
    const QString path = m_dir.filePath(u"batch-%1.pdf"_s.arg(test::TestDatabase::engineName()));
    ui::CardOutputDialogs dialogs;
    dialogs.askFileName = [&](QWidget *, const QString &) { return path; };
    dialog.setOutputDialogs(dialogs);
    QVERIFY(openOnTheDay(dialog));

    QSignalSpy finished(&dialog, &CardBatchDialog::finished);
    child<QPushButton>(dialog, "batchExportButton")->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().at(0).toInt(), 2);
    QVERIFY(isPdf(path));
    QVERIFY(!dialog.isRunning());

    storage::CardRepository cards(t->db());
    const QList<core::Card> anna = cards.outputForGuest(fixture.anna.id);
    const QList<core::Card> ben = cards.outputForGuest(fixture.ben.id);
    QCOMPARE(anna.size(), 1);
    QCOMPARE(ben.size(), 1);
    QVERIFY(cards.outputForGuest(fixture.chloe.id).isEmpty());
    QCOMPARE(anna.constFirst().status, core::CardStatus::Exported);
    QCOMPARE(anna.constFirst().stayId, fixture.annaStay.id);
    QVERIFY(anna.constFirst().text.contains(u"Anna"_s));
    QVERIFY(anna.constFirst().id != ben.constFirst().id);
    QCOMPARE(anna.constFirst().outputBy, u"Maria Lopez"_s);
    int audited = 0;
    for (const core::AuditEntry &entry : storage::AuditLog(t->db()).forGuest(fixture.ben.id))
        audited += entry.action == u"card.exported"_s ? 1 : 0;
    QCOMPARE(audited, 1);
    QVERIFY(child<QLabel>(dialog, "batchStatus")->text().contains(u"2 card"_s));
}

void TestCardBatchDialog::cancelledPrintRecordsNothing()
{
    TW_TEST_DATABASE(t);
    TW_SEED_CARDS(t);
    Settings settings;
    CardBatchDialog dialog(t->url(), settings);
    ui::CardOutputDialogs dialogs;
    bool asked = false;
    dialogs.askPrint = [&](QWidget *, QPrinter *, const std::function<void(QPrinter *)> &paint,
                           const std::function<void(bool)> &done) {
        asked = true;
        QVERIFY(!paint); // no preview of a whole batch on the UI thread
        done(false);
    };
    dialog.setOutputDialogs(dialogs);
    QVERIFY(openOnTheDay(dialog));

    QSignalSpy finished(&dialog, &CardBatchDialog::finished);
    dialog.print();
    QVERIFY(asked);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().at(0).toInt(), 0);
    QVERIFY(finished.constFirst().at(1).toString().contains(u"cancelled"_s));
    QTest::qWait(50);
    storage::CardRepository cards(t->db());
    QVERIFY(cards.outputForGuest(fixture.anna.id).isEmpty());
    QVERIFY(cards.outputForGuest(fixture.ben.id).isEmpty());
}

void TestCardBatchDialog::printIsOneJobRecordedAsPrinted()
{
    TW_TEST_DATABASE(t);
    TW_SEED_CARDS(t);
    Settings settings;
    CardBatchDialog dialog(t->url(), settings);
    const QString path = m_dir.filePath(u"batch-printed-%1.pdf"_s.arg(test::TestDatabase::engineName()));
    ui::CardOutputDialogs dialogs;
    // The system's dialog chose a printer that writes a file.
    dialogs.askPrint = [&](QWidget *, QPrinter *printer, const std::function<void(QPrinter *)> &,
                           const std::function<void(bool)> &done) {
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(path);
        done(true);
    };
    dialog.setOutputDialogs(dialogs);
    QVERIFY(openOnTheDay(dialog));
    // The VIPs only: Anna (Chloe's card cannot be written yet).
    QSignalSpy searched(&dialog, &CardBatchDialog::searched);
    child<QLineEdit>(dialog, "batchVip")->setText(u"*"_s);
    QVERIFY(searched.wait(10000));
    QTRY_VERIFY(!dialog.isSearching());
    QCOMPARE(names(dialog.chosenEntries()), QStringList{u"Anna Berg"_s});

    QSignalSpy finished(&dialog, &CardBatchDialog::finished);
    child<QPushButton>(dialog, "batchPrintButton")->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().at(0).toInt(), 1);
    QVERIFY(isPdf(path));
    storage::CardRepository cards(t->db());
    const QList<core::Card> anna = cards.outputForGuest(fixture.anna.id);
    QCOMPARE(anna.size(), 1);
    QCOMPARE(anna.constFirst().status, core::CardStatus::Printed);
    QVERIFY(cards.outputForGuest(fixture.ben.id).isEmpty());
    QVERIFY(cards.outputForGuest(fixture.chloe.id).isEmpty());
}

QTEST_MAIN(TestCardBatchDialog)
#include "test_cardbatchdialog.moc"
