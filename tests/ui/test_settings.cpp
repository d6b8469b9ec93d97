#include <ui/settings.h>

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using tw::ui::Settings;

// The typed settings: names and defaults from one table, values that survive
// a restart, and exactly one changed(key) per real change.
class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void defaults();
    void namesAreUnique();
    void roundTrip_data();
    void roundTrip();
    void unchangedValueIsNotAChange();
    void storingTheDefaultRemovesTheKey();
    void typedAccessors();
};

void TestSettings::initTestCase()
{
    // Settings go to ~/.qttest/config/tweetworthy/test_settings.conf, never to
    // the user's real configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"test_settings"_s);
    QVERIFY(Settings().fileName().startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
}

void TestSettings::init()
{
    QFile::remove(Settings().fileName());
}

void TestSettings::defaults()
{
    const Settings settings;
    for (const Settings::Key key : Settings::keys()) {
        QCOMPARE(settings.value(key), Settings::defaultValue(key));
        QVERIFY(!settings.isSet(key));
    }
    QCOMPARE(settings.databaseUrl(), QString());
    QCOMPARE(settings.mainWindowPage(), 0);
}

void TestSettings::namesAreUnique()
{
    QSet<QString> names;
    for (const Settings::Key key : Settings::keys()) {
        const QString name = Settings::name(key);
        QVERIFY2(!name.isEmpty(), qPrintable(u"key %1 has no name"_s.arg(int(key))));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
    QCOMPARE(names.size(), 6);
}

void TestSettings::roundTrip_data()
{
    QTest::addColumn<Settings::Key>("key");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("database url") << Settings::Key::DatabaseUrl
                                  << QVariant(u"postgresql://desk@db.hotel.example:5433/tweetworthy"_s);
    QTest::newRow("staff name") << Settings::Key::StaffName << QVariant(u"Zoë Ångström"_s);
    QTest::newRow("property code") << Settings::Key::PropertyCode << QVariant(u"PAL"_s);
    QTest::newRow("geometry") << Settings::Key::MainWindowGeometry << QVariant(QByteArray("\x01\x00\xff geometry", 12));
    QTest::newRow("state") << Settings::Key::MainWindowState << QVariant(QByteArray("state"));
    QTest::newRow("page") << Settings::Key::MainWindowPage << QVariant(3);
}

void TestSettings::roundTrip()
{
    QFETCH(Settings::Key, key);
    QFETCH(QVariant, value);
    {
        Settings settings;
        QSignalSpy changed(&settings, &Settings::changed);
        settings.setValue(key, value);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Settings::Key>(), key);
        QCOMPARE(settings.value(key), value);
        QVERIFY(settings.isSet(key));
    }
    // A new instance reads what the first one wrote to disk.
    const Settings reopened;
    QCOMPARE(reopened.value(key), value);
    for (const Settings::Key other : Settings::keys()) {
        if (other != key)
            QCOMPARE(reopened.value(other), Settings::defaultValue(other));
    }
}

void TestSettings::unchangedValueIsNotAChange()
{
    Settings settings;
    settings.setValue(Settings::Key::MainWindowPage, 2);
    QSignalSpy changed(&settings, &Settings::changed);
    settings.setValue(Settings::Key::MainWindowPage, 2);
    // Read back from the text file the value is a string; still no change.
    settings.sync();
    settings.setValue(Settings::Key::MainWindowPage, u"2"_s);
    QCOMPARE(changed.size(), 0);
    settings.setValue(Settings::Key::MainWindowPage, 1);
    QCOMPARE(changed.size(), 1);
}

void TestSettings::storingTheDefaultRemovesTheKey()
{
    Settings settings;
    settings.setValue(Settings::Key::PropertyCode, u"PAL"_s);
    QSignalSpy changed(&settings, &Settings::changed);

    settings.reset(Settings::Key::PropertyCode);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!settings.isSet(Settings::Key::PropertyCode));
    QCOMPARE(settings.propertyCode(), QString());

    settings.setValue(Settings::Key::PropertyCode, u"PAL"_s);
    settings.setValue(Settings::Key::PropertyCode, QString());
    QVERIFY(!settings.isSet(Settings::Key::PropertyCode));
    QCOMPARE(changed.size(), 3);
}

void TestSettings::typedAccessors()
{
    Settings settings;
    settings.setValue(Settings::Key::DatabaseUrl, u"sqlite:///srv/desk.db"_s);
    settings.setValue(Settings::Key::StaffName, u"Anna"_s);
    settings.setValue(Settings::Key::PropertyCode, u"LIS"_s);
    settings.setValue(Settings::Key::MainWindowGeometry, QByteArray("g"));
    settings.setValue(Settings::Key::MainWindowState, QByteArray("s"));
    settings.setValue(Settings::Key::MainWindowPage, 4);
    QCOMPARE(settings.databaseUrl(), u"sqlite:///srv/desk.db"_s);
    QCOMPARE(settings.staffName(), u"Anna"_s);
    QCOMPARE(settings.propertyCode(), u"LIS"_s);
    QCOMPARE(settings.mainWindowGeometry(), QByteArray("g"));
    QCOMPARE(settings.mainWindowState(), QByteArray("s"));
    QCOMPARE(settings.mainWindowPage(), 4);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
