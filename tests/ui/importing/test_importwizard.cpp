#include <ui/importing/importmessage.h>
#include <ui/importing/importwizard.h>
#include <ui/mainwindow.h>
#include <ui/settings.h>

#include <desk/importing/importjob.h>
#include <desk/importing/importpreviewmodel.h>
#include <storage/auditlog.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/stayrepository.h>

#include <testdatabase.h>

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using ui::ImportWizard;
using ui::Settings;

namespace {

// Comma-separated, with an unknown column, a blank line, a quoted field over
// two lines and five rows the import refuses (lines 3, 4, 7, 8 and 10).
const QByteArray kBadRows = "confirmation,first_name,last_name,email,arrival,departure,room,status,Rate Code\n" // 1
                            "C1,Anna,Berg,anna@example.com,2026-03-04,2026-03-06,101,reserved,BAR\n"            // 2
                            "C2,Bruno,Costa,bruno@example.com,2026-03-06,2026-03-04,102,,BAR\n"                 // 3
                            ",Chloe,Dubois,chloe@example.com,2026-03-05,2026-03-08,103,,BAR\n"                  // 4
                            "C4,Dan,\"Evans, Jr.\",dan@example.com,2026-03-05,2026-03-08,104,in_house,BAR\n"    // 5
                            "\n"                                                                                // 6
                            "C5,Eva,Fox,eva@example,2026-03-05,2026-03-08,105,,BAR\n"                           // 7
                            "C6,Finn,Gray,finn@example.com,2026-03-05,2026-03-08,106,\"Late\n"                  // 8
                            "arrival\",BAR\n"                                                                   // 9
                            "C7,Gil,Hart,gil@example.com,2026-13-01,2026-03-08,107,,BAR\n"                      // 10
                            "C8,Hana,Ito,hana@example.com,2026-03-05,2026-03-08,108,,BAR\n";                    // 11

QByteArray manyRows(int count)
{
    QByteArray csv = "confirmation,first_name,last_name,email,arrival,departure\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "R" + n + ",Guest,Number " + n + ",guest" + n + "@example.com,2026-05-01,2026-05-03\n";
    }
    return csv;
}

template <typename T>
T *child(const QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

QString messageText(const QWidget &parent, const QString &name)
{
    const auto *message = child<ui::ImportMessage>(parent, name);
    return message->isVisible() ? message->text() : QString();
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void importsFileWithBadRowsToTheReport();
    void savesTheRejectedRowsAsCsv();
    void missingColumnsKeepNextDisabled();
    void typedPathThatCannotBeReadStaysOnTheFirstPage();
    void checkOnlyChangesNothing();
    void cancelRollsBackAndSaysSo();
    void mappingFileIsUsed();
    void mainWindowOpensTheWizard();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    // A wizard on a database with the property PAL, showing its first page
    // once the properties are in.
    void openWizard();
    void goToPreview(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ImportWizard> m_wizard;
    core::Property m_property;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // One settings file per engine: both variants of this test may run at once.
    QCoreApplication::setApplicationName(u"test_importwizard_"_s + test::TestDatabase::engineName());
}

void TestImportWizard::init()
{
    QFile::remove(Settings().fileName());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_database = test::TestDatabase::create(&error);
    QVERIFY2(m_database, qPrintable(error));
    core::Property property;
    property.code = u"PAL"_s;
    property.name = u"Palace Hotel"_s;
    property.timeZone = u"Europe/Lisbon"_s;
    auto added = storage::PropertyRepository(m_database->db()).add(property);
    QVERIFY2(added, qPrintable(added.error()));
    m_property = added.value();
    m_settings = std::make_unique<Settings>();
    m_settings->setValue(Settings::Key::StaffName, u"Maria Lopes"_s);
    m_settings->setValue(Settings::Key::PropertyCode, u"PAL"_s);
}

void TestImportWizard::cleanup()
{
    m_wizard.reset();
    m_settings.reset();
    m_database.reset();
    m_dir.reset();
}

QString TestImportWizard::writeFile(const QString &name, const QByteArray &content)
{
    QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImportWizard::openWizard()
{
    m_wizard = std::make_unique<ImportWizard>(m_database->url(), *m_settings);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::SourcePageId));
    auto *property = child<QComboBox>(*m_wizard, u"importPropertyCombo"_s);
    QTRY_COMPARE(property->count(), 1);
    QCOMPARE(property->currentText(), u"Palace Hotel (PAL)"_s);
}

void TestImportWizard::goToPreview(const QString &path)
{
    m_wizard->setNextFileName(ImportWizard::FileQuestion::ImportFile, path);
    child<QPushButton>(*m_wizard, u"importBrowseButton"_s)->click();
    QCOMPARE(child<QLineEdit>(*m_wizard, u"importFileEdit"_s)->text(), QDir::toNativeSeparators(path));
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    m_wizard->button(QWizard::NextButton)->click();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::PreviewPageId));
}

void TestImportWizard::importsFileWithBadRowsToTheReport()
{
    openWizard();
    goToPreview(writeFile(u"bad-rows.csv"_s, kBadRows));

    // The preview: canonical names over the columns, the unknown one marked.
    const auto *table = child<QTableView>(*m_wizard, u"importPreviewTable"_s);
    const QAbstractItemModel *preview = table->model();
    QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), u"confirmation"_s);
    QCOMPARE(preview->headerData(4, Qt::Horizontal).toString(), u"arrival"_s);
    QCOMPARE(preview->headerData(8, Qt::Horizontal).toString(), u"Rate Code (ignored)"_s);
    QCOMPARE(preview->rowCount(), 8);
    QCOMPARE(preview->headerData(1, Qt::Vertical).toInt(), 3);
    const QString summary = child<QLabel>(*m_wizard, u"importPreviewSummary"_s)->text();
    QVERIFY2(summary.contains(u"commas"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Rate Code"_s), qPrintable(summary));
    const QString warning = messageText(*m_wizard, u"importPreviewMessage"_s);
    QVERIFY2(warning.contains(u"5 of the rows shown cannot be imported"_s), qPrintable(warning));

    QAbstractButton *import = m_wizard->button(QWizard::CommitButton);
    QVERIFY(import->isVisible());
    QVERIFY(import->isEnabled());
    QCOMPARE(import->text(), u"&Import"_s);
    import->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ImportWizard::ReportPageId), 30000);

    QCOMPARE(child<QLabel>(*m_wizard, u"importCreatedCount"_s)->text(), u"3"_s);
    QCOMPARE(child<QLabel>(*m_wizard, u"importUpdatedCount"_s)->text(), u"0"_s);
    QCOMPARE(child<QLabel>(*m_wizard, u"importUnchangedCount"_s)->text(), u"0"_s);
    QCOMPARE(child<QLabel>(*m_wizard, u"importRejectedCount"_s)->text(), u"5"_s);
    const auto *rejected = child<QTableView>(*m_wizard, u"importRejectedTable"_s);
    QVERIFY(rejected->isVisible());
    QList<int> lines;
    for (int row = 0; row < rejected->model()->rowCount(); ++row)
        lines.append(rejected->model()->index(row, 0).data().toInt());
    QCOMPARE(lines, (QList<int>{3, 4, 7, 8, 10}));
    QCOMPARE(rejected->model()->index(0, 1).data().toString(), u"departure 2026-03-04 is before arrival 2026-03-06"_s);
    QCOMPARE(rejected->model()->index(1, 1).data().toString(), u"missing confirmation number"_s);
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!m_wizard->button(QWizard::BackButton)->isVisible());

    // What the wizard reported is what the database holds, signed by the staff member.
    storage::StayRepository stays(m_database->db());
    QCOMPARE(stays.count(), 3);
    QVERIFY(stays.byConfirmation(m_property.id, u"C8"_s));
    const auto dan = storage::GuestRepository(m_database->db()).byEmail(u"dan@example.com"_s);
    QVERIFY(dan);
    QCOMPARE(dan->lastName, u"Evans, Jr."_s);
    const auto audit = storage::AuditLog(m_database->db()).forGuest(dan->id);
    QVERIFY(!audit.isEmpty());
    QCOMPARE(audit.constFirst().actor, u"Maria Lopes"_s);

    m_wizard->button(QWizard::FinishButton)->click();
    QVERIFY(!m_wizard->isVisible());
}

void TestImportWizard::savesTheRejectedRowsAsCsv()
{
    openWizard();
    goToPreview(writeFile(u"bad-rows.csv"_s, kBadRows));
    m_wizard->button(QWizard::CommitButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ImportWizard::ReportPageId), 30000);

    // Cancelling the save dialog writes nothing and says nothing.
    m_wizard->setNextFileName(ImportWizard::FileQuestion::SaveRejected, QString());
    auto *save = child<QPushButton>(*m_wizard, u"importSaveRejectedButton"_s);
    save->click();
    QCOMPARE(messageText(*m_wizard, u"importSaveMessage"_s), QString());

    const QString target = m_dir->filePath(u"rejected rows.csv"_s);
    m_wizard->setNextFileName(ImportWizard::FileQuestion::SaveRejected, target);
    save->click();
    QVERIFY2(messageText(*m_wizard, u"importSaveMessage"_s).contains(u"Saved 5 rejected row"_s),
             qPrintable(messageText(*m_wizard, u"importSaveMessage"_s)));

    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 7); // header, five rows, and the empty rest after the last line end
    QCOMPARE(lines.at(0), QByteArray("line,reason\r"));
    QCOMPARE(lines.at(1), QByteArray("3,departure 2026-03-04 is before arrival 2026-03-06\r"));
    QCOMPARE(lines.at(2), QByteArray("4,missing confirmation number\r"));
    QVERIFY2(lines.at(3).startsWith("7,bad e-mail address \"eva@example\"")
                 || lines.at(3).startsWith("7,\"bad e-mail address \"\"eva@example\"\""),
             lines.at(3).constData());
    QVERIFY2(lines.at(4).startsWith("8,\"unknown status \"\"Late"), lines.at(4).constData());
    QVERIFY2(lines.at(5).startsWith("10,"), lines.at(5).constData());

    // A place that cannot be written says so.
    m_wizard->setNextFileName(ImportWizard::FileQuestion::SaveRejected, target + u"/inside-a-file.csv"_s);
    save->click();
    QVERIFY2(messageText(*m_wizard, u"importSaveMessage"_s).contains(u"Cannot"_s),
             qPrintable(messageText(*m_wizard, u"importSaveMessage"_s)));
}

void TestImportWizard::missingColumnsKeepNextDisabled()
{
    openWizard();
    goToPreview(writeFile(u"names.csv"_s, "Guest,Email\nAnna Berg,anna@example.com\n"));

    const QString message = messageText(*m_wizard, u"importPreviewMessage"_s);
    QVERIFY2(message.contains(u"has no column for confirmation"_s), qPrintable(message));
    QVERIFY2(message.contains(u"arrival"_s) && message.contains(u"departure"_s), qPrintable(message));
    QVERIFY2(message.contains(u"column mapping"_s), qPrintable(message));
    QVERIFY(!m_wizard->currentPage()->isComplete());
    QVERIFY(!m_wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isVisible() || !m_wizard->button(QWizard::NextButton)->isEnabled());

    // Back on the first page, a file with the columns can be chosen instead.
    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::SourcePageId));
    auto *file = child<QLineEdit>(*m_wizard, u"importFileEdit"_s);
    file->setText(
        writeFile(u"good.csv"_s, "confirmation,last_name,arrival,departure\nA1,Berg,2026-03-04,2026-03-06\n"));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::PreviewPageId));
    QVERIFY(m_wizard->button(QWizard::CommitButton)->isEnabled());
    QCOMPARE(messageText(*m_wizard, u"importPreviewMessage"_s), QString());
    QCOMPARE(storage::StayRepository(m_database->db()).count(), 0);
}

void TestImportWizard::typedPathThatCannotBeReadStaysOnTheFirstPage()
{
    openWizard();
    auto *file = child<QLineEdit>(*m_wizard, u"importFileEdit"_s);
    QTest::keyClicks(file, m_dir->filePath(u"no-such-export.csv"_s));
    QTRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    m_wizard->button(QWizard::NextButton)->click();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::SourcePageId));
    const QString message = messageText(*m_wizard, u"importSourceMessage"_s);
    QVERIFY2(message.contains(u"Cannot open the file \u201Cno-such-export.csv\u201D"_s), qPrintable(message));
    QVERIFY2(message.contains(u"choose another file"_s), qPrintable(message));

    // An empty file is refused with what to do.
    file->setText(writeFile(u"empty.csv"_s, QByteArray()));
    QCOMPARE(messageText(*m_wizard, u"importSourceMessage"_s), QString());
    m_wizard->button(QWizard::NextButton)->click();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::SourcePageId));
    QVERIFY2(messageText(*m_wizard, u"importSourceMessage"_s).contains(u"is empty"_s),
             qPrintable(messageText(*m_wizard, u"importSourceMessage"_s)));

    file->clear();
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
}

void TestImportWizard::checkOnlyChangesNothing()
{
    openWizard();
    child<QCheckBox>(*m_wizard, u"importDryRunCheck"_s)->setChecked(true);
    goToPreview(writeFile(u"bad-rows.csv"_s, kBadRows));
    QAbstractButton *check = m_wizard->button(QWizard::CommitButton);
    QCOMPARE(check->text(), u"&Check"_s);
    check->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ImportWizard::ReportPageId), 30000);

    QVERIFY2(m_wizard->currentPage()->title().contains(u"Nothing Was Changed"_s),
             qPrintable(m_wizard->currentPage()->title()));
    QCOMPARE(child<QLabel>(*m_wizard, u"importCreatedCount"_s)->text(), u"3"_s);
    QCOMPARE(child<QLabel>(*m_wizard, u"importRejectedCount"_s)->text(), u"5"_s);
    QCOMPARE(storage::StayRepository(m_database->db()).count(), 0);
    QCOMPARE(storage::GuestRepository(m_database->db()).count(), 0);
}

void TestImportWizard::cancelRollsBackAndSaysSo()
{
    openWizard();
    const QString path = writeFile(u"large.csv"_s, manyRows(4 * pms::StayImporter::ProgressInterval));
    goToPreview(path);

    // The worker waits after its first progress report until Cancel has been
    // pressed, so the import is stopped mid-way every time.
    QSemaphore cancelPressed;
    int reports = 0;
    connect(
        m_wizard->job(), &desk::ImportJob::progressed, this,
        [&cancelPressed, &reports](qint64, qint64) {
            if (reports++ == 0)
                cancelPressed.tryAcquire(1, 30000);
        },
        Qt::DirectConnection);

    m_wizard->button(QWizard::CommitButton)->click();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::RunPageId));
    QVERIFY(m_wizard->job()->isRunning());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    auto *progress = child<QProgressBar>(*m_wizard, u"importProgress"_s);
    QTRY_VERIFY(progress->value() > 0);
    QVERIFY(progress->value() < progress->maximum());

    m_wizard->button(QWizard::CancelButton)->click();
    cancelPressed.release();
    QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->job()->isRunning() && m_wizard->job()->hasResult(), 30000);
    // The wizard stays open to say what happened.
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::RunPageId));
    QVERIFY(m_wizard->job()->result()->cancelled);
    QCOMPARE(child<QLabel>(*m_wizard, u"importRunStatus"_s)->text(), u"Import cancelled."_s);
    const QString message = messageText(*m_wizard, u"importRunMessage"_s);
    QVERIFY2(message.contains(u"Nothing was changed"_s) && message.contains(u"rolled back"_s), qPrintable(message));
    QCOMPARE(storage::StayRepository(m_database->db()).count(), 0);
    QCOMPARE(storage::GuestRepository(m_database->db()).count(), 0);

    // Starting over keeps the choices.
    auto *startOver = child<QPushButton>(*m_wizard, u"importStartOverButton"_s);
    QVERIFY(startOver->isVisible());
    startOver->click();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::SourcePageId));
    QCOMPARE(child<QLineEdit>(*m_wizard, u"importFileEdit"_s)->text(), QDir::toNativeSeparators(path));

    // With nothing running, Cancel closes the wizard.
    m_wizard->button(QWizard::CancelButton)->click();
    QVERIFY(!m_wizard->isVisible());
}

void TestImportWizard::mappingFileIsUsed()
{
    openWizard();
    const QString mapping = writeFile(u"front-office.json"_s, R"({
        "name": "front office",
        "columns": {"Res No": "confirmation", "Surname": "last_name", "In": "arrival", "Out": "departure"},
        "date_format": "dd/MM/yyyy"
    })");
    const QString path = writeFile(u"front-office.csv"_s,
                                   "Res No;Surname;In;Out;Board\n"
                                   "F1;Berg;04/03/2026;06/03/2026;HB\n");
    auto *combo = child<QComboBox>(*m_wizard, u"importMappingCombo"_s);
    combo->setCurrentIndex(combo->count() - 1);
    auto *mappingEdit = child<QLineEdit>(*m_wizard, u"importMappingFileEdit"_s);
    QVERIFY(mappingEdit->isEnabled());
    // Chosen, but not yet named: the page cannot go on.
    child<QLineEdit>(*m_wizard, u"importFileEdit"_s)->setText(path);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

    // A mapping file that does not exist is reported on the first page.
    mappingEdit->setText(m_dir->filePath(u"missing.json"_s));
    m_wizard->button(QWizard::NextButton)->click();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::SourcePageId));
    QVERIFY2(messageText(*m_wizard, u"importSourceMessage"_s).contains(u"does not exist"_s),
             qPrintable(messageText(*m_wizard, u"importSourceMessage"_s)));

    m_wizard->setNextFileName(ImportWizard::FileQuestion::MappingFile, mapping);
    child<QPushButton>(*m_wizard, u"importMappingBrowseButton"_s)->click();
    QCOMPARE(mappingEdit->text(), QDir::toNativeSeparators(mapping));
    m_wizard->button(QWizard::NextButton)->click();
    QCOMPARE(m_wizard->currentId(), int(ImportWizard::PreviewPageId));
    const QAbstractItemModel *preview = child<QTableView>(*m_wizard, u"importPreviewTable"_s)->model();
    QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), u"confirmation"_s);
    QCOMPARE(preview->headerData(4, Qt::Horizontal).toString(), u"Board (ignored)"_s);
    QCOMPARE(preview->index(0, preview->columnCount() - 1).data().toString(), QString());
    QVERIFY2(child<QLabel>(*m_wizard, u"importPreviewSummary"_s)->text().contains(u"front office"_s),
             qPrintable(child<QLabel>(*m_wizard, u"importPreviewSummary"_s)->text()));

    m_wizard->button(QWizard::CommitButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ImportWizard::ReportPageId), 30000);
    const auto stay = storage::StayRepository(m_database->db()).byConfirmation(m_property.id, u"F1"_s);
    QVERIFY(stay);
    QCOMPARE(stay->arrival, QDate(2026, 3, 4));
}

void TestImportWizard::mainWindowOpensTheWizard()
{
    ui::MainWindow window(m_database->db(), *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(u"importStaysAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    action->trigger();
    auto *wizard = window.findChild<ImportWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->databaseUrl().toDisplayString(), m_database->url().toDisplayString());
    // The desk's property is the default one.
    auto *property = child<QComboBox>(*wizard, u"importPropertyCombo"_s);
    QTRY_COMPARE(property->currentText(), u"Palace Hotel (PAL)"_s);
    wizard->reject();
    QVERIFY(!wizard->isVisible());
}

QTEST_MAIN(TestImportWizard)
#include "test_importwizard.moc"
