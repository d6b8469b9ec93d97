#include <testdatabase.h>

#include <ui/settings.h>
#include <ui/shell/settingsdialog.h>

#include <storage/propertyrepository.h>
#include <storage/staffrepository.h>

#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using tw::storage::DatabaseUrl;
using tw::ui::Settings;
using tw::ui::SettingsDialog;

namespace {

tw::core::Property addProperty(tw::storage::Database &db, const QString &code, const QString &name)
{
    tw::core::Property property;
    property.code = code;
    property.name = name;
    property.timeZone = u"Europe/Berlin"_s;
    const auto added = tw::storage::PropertyRepository(db).add(property);
    return added ? added.value() : tw::core::Property{};
}

template <typename T>
T *child(const QWidget &dialog, const char *name)
{
    auto *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no widget %s", name);
    return widget;
}

QString text(const QWidget &dialog, const char *name)
{
    const auto *label = child<QLabel>(dialog, name);
    return label ? label->text() : QString();
}

bool messageShown(const QWidget &dialog, const char *name)
{
    const auto *label = child<QLabel>(dialog, name);
    return label && !label->text().isEmpty() && !label->parentWidget()->isHidden();
}

void setSqlitePath(SettingsDialog &dialog, const QString &path)
{
    child<QRadioButton>(dialog, "sqliteChoice")->setChecked(true);
    child<QLineEdit>(dialog, "sqlitePath")->setText(path);
}

void setPostgres(SettingsDialog &dialog, const DatabaseUrl &url)
{
    child<QRadioButton>(dialog, "postgresChoice")->setChecked(true);
    child<QLineEdit>(dialog, "postgresHost")->setText(url.host);
    child<QSpinBox>(dialog, "postgresPort")->setValue(url.port);
    child<QLineEdit>(dialog, "postgresUser")->setText(url.user);
    child<QLineEdit>(dialog, "postgresDatabase")->setText(url.database);
}

} // namespace

// The settings dialog over a real database, without a screen: the connection
// test (off the UI thread), property edits and the staff name saved through
// the repositories with messages next to the fields, the choice of property,
// and a change of database.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void showsTheOpenDatabase();
    void testConnectionSucceedsOnTheTestDatabase();
    void testConnectionFails_data();
    void testConnectionFails();
    void testConnectionOnANewFileCreatesNothing();
    void propertyEditSaved();
    void propertyValidation_data();
    void propertyValidation();
    void newPropertyWhenThereIsNone();
    void takenCodeIsReported();
    void choosesTheProperty();
    void staffNameSaved();
    void staffNameRequired();
    void changingTheDatabase();
    void invalidDatabaseFieldsAreReported();
    void controlsHaveAccessibleNames();
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // One settings file per engine: both variants of this test may run at once.
    QCoreApplication::setApplicationName(u"test_settingsdialog_"_s + tw::test::TestDatabase::engineName());
}

void TestSettingsDialog::init()
{
    QFile::remove(Settings().fileName());
}

void TestSettingsDialog::showsTheOpenDatabase()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    SettingsDialog dialog(t->url(), settings);
    const auto chosen = dialog.chosenUrl();
    QVERIFY2(chosen, qPrintable(chosen.error()));
    QCOMPARE(chosen->toDisplayString(), t->url().toDisplayString());
    if (t->engine() == tw::storage::Engine::Sqlite) {
        QVERIFY(child<QRadioButton>(dialog, "sqliteChoice")->isChecked());
    } else {
        QVERIFY(child<QRadioButton>(dialog, "postgresChoice")->isChecked());
        QCOMPARE(child<QLineEdit>(dialog, "postgresHost")->text(), t->url().host);
        QCOMPARE(child<QLineEdit>(dialog, "postgresDatabase")->text(), t->url().database);
    }
    // Passwords come from the PostgreSQL client's own files, and the dialog says so.
    QVERIFY(text(dialog, "passwordNote").contains(u".pgpass"_s));
    QVERIFY(text(dialog, "passwordNote").contains(u"PGPASSWORD"_s));
    QTRY_VERIFY(dialog.isLoaded());
}

void TestSettingsDialog::testConnectionSucceedsOnTheTestDatabase()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    SettingsDialog dialog(t->url(), settings);
    // Typed into the fields, as a user would, rather than taken over from the open URL.
    if (t->engine() == tw::storage::Engine::Sqlite)
        setSqlitePath(dialog, t->url().path);
    else
        setPostgres(dialog, t->url());

    QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
    auto *button = child<QPushButton>(dialog, "testConnectionButton");
    QVERIFY(button);
    button->click();
    QVERIFY(!button->isEnabled()); // one test at a time; the UI thread is not held up
    QTRY_COMPARE(tested.size(), 1);
    QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
    QVERIFY2(text(dialog, "testConnectionResult").contains(u"Connected"_s),
             qPrintable(text(dialog, "testConnectionResult")));
    QVERIFY(button->isEnabled());
}

void TestSettingsDialog::testConnectionFails_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("postgresql: nobody listens") << u"postgres"_s;
    QTest::newRow("sqlite: the folder is a file") << u"blocked"_s;
    QTest::newRow("sqlite: not a database") << u"garbage"_s;
}

void TestSettingsDialog::testConnectionFails()
{
    QFETCH(QString, kind);
    TW_TEST_DATABASE(t);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings;
    SettingsDialog dialog(t->url(), settings);

    if (kind == "postgres"_L1) {
        // Port 1 of the loopback interface: refused at once.
        const auto url = DatabaseUrl::parse(u"postgresql://desk@127.0.0.1:1/hotel"_s);
        QVERIFY(url);
        setPostgres(dialog, url.value());
    } else if (kind == "blocked"_L1) {
        QFile blocker(dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        setSqlitePath(dialog, dir.filePath(u"blocker/tweetworthy.db"_s));
    } else {
        QFile garbage(dir.filePath(u"notes.db"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
        garbage.close();
        setSqlitePath(dialog, garbage.fileName());
    }

    QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
    dialog.testConnection();
    QTRY_COMPARE(tested.size(), 1);
    QVERIFY2(!tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
    const QString shown = text(dialog, "testConnectionResult");
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shown, tested.at(0).at(1).toString());
}

void TestSettingsDialog::testConnectionOnANewFileCreatesNothing()
{
    TW_TEST_DATABASE(t);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings;
    SettingsDialog dialog(t->url(), settings);
    const QString path = dir.filePath(u"new.db"_s);
    setSqlitePath(dialog, path);
    QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
    dialog.testConnection();
    QTRY_COMPARE(tested.size(), 1);
    QVERIFY(tested.at(0).at(0).toBool());
    QVERIFY2(tested.at(0).at(1).toString().contains(u"does not exist yet"_s),
             qPrintable(tested.at(0).at(1).toString()));
    QVERIFY(!QFile::exists(path));
}

void TestSettingsDialog::propertyEditSaved()
{
    TW_TEST_DATABASE(t);
    const tw::core::Property palace = addProperty(t->db(), u"PAL"_s, u"Palace Hotel"_s);
    QVERIFY(palace.id != tw::core::InvalidId);
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria"_s);
    SettingsDialog dialog(t->url(), settings);
    QTRY_VERIFY(dialog.isLoaded());

    // The existing property fills the form; its code cannot change.
    QCOMPARE(child<QLineEdit>(dialog, "propertyName")->text(), u"Palace Hotel"_s);
    QVERIFY(child<QLineEdit>(dialog, "propertyCode")->isReadOnly());
    QCOMPARE(child<QComboBox>(dialog, "propertyTimeZone")->currentText(), u"Europe/Berlin"_s);

    child<QLineEdit>(dialog, "propertyName")->setText(u"  Palace Hotel & Spa "_s);
    child<QComboBox>(dialog, "propertyTimeZone")->setCurrentText(u"Asia/Tokyo"_s);
    child<QTimeEdit>(dialog, "propertyCheckIn")->setTime(QTime(14, 30));
    child<QTimeEdit>(dialog, "propertyCheckOut")->setTime(QTime(12, 0));

    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    QSignalSpy failed(&dialog, &SettingsDialog::saveFailed);
    dialog.save();
    QVERIFY(dialog.isBusy());
    QTRY_COMPARE(saved.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const auto stored = tw::storage::PropertyRepository(t->db()).byCode(u"PAL"_s);
    QVERIFY(stored);
    QCOMPARE(stored->id, palace.id);
    QCOMPARE(stored->name, u"Palace Hotel & Spa"_s);
    QCOMPARE(stored->timeZone, u"Asia/Tokyo"_s);
    QCOMPARE(stored->checkIn, QTime(14, 30));
    QCOMPARE(stored->checkOut, QTime(12, 0));
    QCOMPARE(settings.propertyCode(), u"PAL"_s);
}

void TestSettingsDialog::propertyValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QString>("messageField");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no name") << u"   "_s << u"Europe/Berlin"_s << u"propertyNameMessage"_s << u"name"_s;
    QTest::newRow("unknown zone") << u"Palace"_s << u"Mars/Olympus_Mons"_s << u"propertyTimeZoneMessage"_s
                                  << u"Mars/Olympus_Mons"_s;
    QTest::newRow("empty zone") << u"Palace"_s << QString() << u"propertyTimeZoneMessage"_s << u"time zone"_s;
}

void TestSettingsDialog::propertyValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, timeZone);
    QFETCH(QString, messageField);
    QFETCH(QString, expected);

    TW_TEST_DATABASE(t);
    QVERIFY(addProperty(t->db(), u"PAL"_s, u"Palace Hotel"_s).id != tw::core::InvalidId);
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria"_s);
    SettingsDialog dialog(t->url(), settings);
    QTRY_VERIFY(dialog.isLoaded());
    dialog.showTab(SettingsDialog::Tab::Desk);

    child<QLineEdit>(dialog, "propertyName")->setText(name);
    child<QComboBox>(dialog, "propertyTimeZone")->setCurrentText(timeZone);
    QSignalSpy failed(&dialog, &SettingsDialog::saveFailed);
    dialog.save();
    QCOMPARE(failed.size(), 1);
    QVERIFY(!dialog.isBusy());
    // The message is next to the field, on the tab now shown.
    QCOMPARE(dialog.currentTab(), SettingsDialog::Tab::Property);
    QVERIFY(messageShown(dialog, qPrintable(messageField)));
    QVERIFY2(text(dialog, qPrintable(messageField)).contains(expected, Qt::CaseInsensitive),
             qPrintable(text(dialog, qPrintable(messageField))));
    QVERIFY(dialog.result() != int(QDialog::Accepted));

    // Nothing was written.
    const auto stored = tw::storage::PropertyRepository(t->db()).byCode(u"PAL"_s);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"Palace Hotel"_s);
    QCOMPARE(stored->timeZone, u"Europe/Berlin"_s);
}

void TestSettingsDialog::newPropertyWhenThereIsNone()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    SettingsDialog dialog(t->url(), settings);
    QTRY_VERIFY(dialog.isLoaded());
    QVERIFY2(text(dialog, "propertyStatus").contains(u"no property"_s), qPrintable(text(dialog, "propertyStatus")));
    auto *code = child<QLineEdit>(dialog, "propertyCode");
    QVERIFY(!code->isReadOnly());

    code->setText(u"lis"_s);
    child<QLineEdit>(dialog, "propertyName")->setText(u"Lisbon Riverside"_s);
    child<QComboBox>(dialog, "propertyTimeZone")->setCurrentText(u"Europe/Lisbon"_s);
    child<QLineEdit>(dialog, "staffName")->setText(u"Maria"_s);
    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    QSignalSpy failed(&dialog, &SettingsDialog::saveFailed);
    dialog.save();
    QTRY_COMPARE(saved.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));

    const auto stored = tw::storage::PropertyRepository(t->db()).byCode(u"LIS"_s);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"Lisbon Riverside"_s);
    QCOMPARE(stored->timeZone, u"Europe/Lisbon"_s);
    // The new property is the one this desk works on.
    QCOMPARE(settings.propertyCode(), u"LIS"_s);
}

void TestSettingsDialog::takenCodeIsReported()
{
    TW_TEST_DATABASE(t);
    QVERIFY(addProperty(t->db(), u"PAL"_s, u"Palace Hotel"_s).id != tw::core::InvalidId);
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria"_s);
    SettingsDialog dialog(t->url(), settings);
    QTRY_VERIFY(dialog.isLoaded());
    dialog.startNewProperty();
    child<QLineEdit>(dialog, "propertyCode")->setText(u"pal"_s);
    child<QLineEdit>(dialog, "propertyName")->setText(u"Another Palace"_s);
    child<QComboBox>(dialog, "propertyTimeZone")->setCurrentText(u"Europe/Berlin"_s);

    QSignalSpy failed(&dialog, &SettingsDialog::saveFailed);
    dialog.save();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(u"PAL"_s), qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(text(dialog, "settingsStatus").contains(u"PAL"_s));
    QCOMPARE(dialog.currentTab(), SettingsDialog::Tab::Property);
    QVERIFY(!dialog.isBusy());
    QCOMPARE(tw::storage::PropertyRepository(t->db()).list().size(), 1);
    // The staff member was not recorded either: both or neither.
    QVERIFY(tw::storage::StaffRepository(t->db()).list().isEmpty());
    QVERIFY(settings.propertyCode().isEmpty());
}

void TestSettingsDialog::choosesTheProperty()
{
    TW_TEST_DATABASE(t);
    QVERIFY(addProperty(t->db(), u"PAL"_s, u"Palace Hotel"_s).id != tw::core::InvalidId);
    QVERIFY(addProperty(t->db(), u"LIS"_s, u"Lisbon Riverside"_s).id != tw::core::InvalidId);
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria"_s);
    settings.setValue(Settings::Key::PropertyCode, u"PAL"_s);
    SettingsDialog dialog(t->url(), settings);
    QTRY_VERIFY(dialog.isLoaded());

    auto *choice = child<QComboBox>(dialog, "propertyChoice");
    QCOMPARE(choice->count(), 2);
    QVERIFY(choice->currentText().contains(u"PAL"_s));
    const int lisbon = choice->findText(u"LIS"_s, Qt::MatchContains);
    QVERIFY(lisbon >= 0);
    choice->setCurrentIndex(lisbon);
    Q_EMIT choice->activated(lisbon);
    QCOMPARE(child<QLineEdit>(dialog, "propertyName")->text(), u"Lisbon Riverside"_s);

    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    dialog.save();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(settings.propertyCode(), u"LIS"_s);
}

void TestSettingsDialog::staffNameSaved()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    SettingsDialog dialog(t->url(), settings);
    QTRY_VERIFY(dialog.isLoaded());
    dialog.showTab(SettingsDialog::Tab::Desk);
    child<QLineEdit>(dialog, "staffName")->setText(u"  Maria   Santos "_s);

    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    QSignalSpy failed(&dialog, &SettingsDialog::saveFailed);
    dialog.save();
    QTRY_COMPARE(saved.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));

    QCOMPARE(settings.staffName(), u"Maria Santos"_s);
    const QList<tw::core::Staff> staff = tw::storage::StaffRepository(t->db()).list();
    QCOMPARE(staff.size(), 1);
    QCOMPARE(staff.constFirst().name, u"Maria Santos"_s);
    // No property was entered on the empty database: none was made up.
    QVERIFY(tw::storage::PropertyRepository(t->db()).list().isEmpty());

    // The next dialog starts with the name.
    SettingsDialog again(t->url(), settings);
    QCOMPARE(child<QLineEdit>(again, "staffName")->text(), u"Maria Santos"_s);
}

void TestSettingsDialog::staffNameRequired()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    SettingsDialog dialog(t->url(), settings);
    QTRY_VERIFY(dialog.isLoaded());
    child<QLineEdit>(dialog, "staffName")->setText(u"   "_s);
    QSignalSpy failed(&dialog, &SettingsDialog::saveFailed);
    dialog.save();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(dialog.currentTab(), SettingsDialog::Tab::Desk);
    QVERIFY(messageShown(dialog, "staffNameMessage"));
    QVERIFY(settings.staffName().isEmpty());
}

void TestSettingsDialog::changingTheDatabase()
{
    TW_TEST_DATABASE(t);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings;
    SettingsDialog dialog(t->url(), settings);
    QTRY_VERIFY(dialog.isLoaded());
    QVERIFY(child<QWidget>(dialog, "propertyTab")->isEnabled());

    const QString path = dir.filePath(u"branch/desk.db"_s);
    setSqlitePath(dialog, path);
    // Property and desk belong to the open database: not editable meanwhile.
    QVERIFY(!child<QWidget>(dialog, "propertyTab")->isEnabled());
    QVERIFY(!child<QWidget>(dialog, "deskTab")->isEnabled());

    QSignalSpy requested(&dialog, &SettingsDialog::databaseChangeRequested);
    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    dialog.save();
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(requested.size(), 1);
    const auto url = requested.at(0).at(0).value<DatabaseUrl>();
    QCOMPARE(url.path, path);
    // Created and brought up to date, so the window reopens on it at once.
    QVERIFY(QFile::exists(path));
    auto opened = tw::storage::Database::open(url);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(opened.value()->schemaVersion(), tw::storage::Database::latestSchemaVersion());
    QCOMPARE(settings.databaseUrl(), url.toDisplayString());

    // Choosing the default file stores no URL: the default may move.
    SettingsDialog back(url, settings);
    child<QPushButton>(back, "defaultFileButton")->click();
    QSignalSpy savedBack(&back, &SettingsDialog::saved);
    back.save();
    QTRY_COMPARE(savedBack.size(), 1);
    QVERIFY(!settings.isSet(Settings::Key::DatabaseUrl));
}

void TestSettingsDialog::invalidDatabaseFieldsAreReported()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    settings.setValue(Settings::Key::DatabaseUrl, u"sqlite:///srv/unchanged.db"_s);
    SettingsDialog dialog(t->url(), settings);
    dialog.showTab(SettingsDialog::Tab::Desk);
    child<QRadioButton>(dialog, "postgresChoice")->setChecked(true);
    child<QLineEdit>(dialog, "postgresHost")->setText(u"db.hotel.example"_s);
    child<QLineEdit>(dialog, "postgresDatabase")->clear();

    QSignalSpy failed(&dialog, &SettingsDialog::saveFailed);
    QSignalSpy requested(&dialog, &SettingsDialog::databaseChangeRequested);
    dialog.save();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(dialog.currentTab(), SettingsDialog::Tab::Database);
    QVERIFY(messageShown(dialog, "databaseMessage"));
    QVERIFY(text(dialog, "databaseMessage").contains(u"name of the database"_s));
    QCOMPARE(requested.size(), 0);
    QCOMPARE(settings.databaseUrl(), u"sqlite:///srv/unchanged.db"_s);
}

void TestSettingsDialog::controlsHaveAccessibleNames()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    SettingsDialog dialog(t->url(), settings);
    for (const char *name : {"sqlitePath", "postgresHost", "postgresPort", "postgresUser", "postgresDatabase",
                             "testConnectionResult", "propertyChoice", "propertyCode", "propertyName",
                             "propertyTimeZone", "propertyCheckIn", "propertyCheckOut", "staffName"}) {
        const auto *widget = dialog.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    // The time zone is searchable by any part of its name.
    auto *zones = child<QComboBox>(dialog, "propertyTimeZone");
    QVERIFY(zones->isEditable());
    QVERIFY(zones->count() > 100);
    QCOMPARE(zones->completer()->filterMode(), Qt::MatchContains);
    QTRY_VERIFY(dialog.isLoaded());
}

QTEST_MAIN(TestSettingsDialog)
#include "test_settingsdialog.moc"
