#include <ui/translationloader.h>

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using tw::ui::TranslationLoader;

// The .qm files are embedded under :/i18n and the loader installs the right
// one for a locale: German is translated, English supplies the plural forms,
// and a language without a translation falls back to the source text.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embedded();
    void german();
    void englishPlurals_data();
    void englishPlurals();
    void untranslatedLanguageFallsBack();
    void loadingAnotherReplacesTheFirst();
};

namespace {

QString todayTitle()
{
    return QCoreApplication::translate("tw::ui::TodayPage", "Today");
}

QString guests(int n)
{
    return QCoreApplication::translate("tw::desk::StayTimelineSource", "%n night(s)", nullptr, n);
}

} // namespace

void TestTranslations::embedded()
{
    QVERIFY(QFile::exists(u":/i18n/tweetworthy_de.qm"_s));
    QVERIFY(QFile::exists(u":/i18n/tweetworthy_en.qm"_s));
}

void TestTranslations::german()
{
    TranslationLoader loader;
    QVERIFY(loader.load(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(todayTitle(), u"Heute"_s);
    // Austria has no file of its own: the German one serves.
    QVERIFY(loader.load(QLocale(QLocale::German, QLocale::Austria)));
    QCOMPARE(todayTitle(), u"Heute"_s);
    QCOMPARE(QCoreApplication::translate("tw::ui::MainWindow", "&Quit"), u"&Beenden"_s);
}

void TestTranslations::englishPlurals_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << 0 << u"0 nights"_s;
    QTest::newRow("one") << 1 << u"1 night"_s;
    QTest::newRow("many") << 12 << u"12 nights"_s;
}

void TestTranslations::englishPlurals()
{
    QFETCH(int, count);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TranslationLoader loader;
    QVERIFY(loader.load(QLocale(QLocale::English, QLocale::UnitedStates)));
    QCOMPARE(guests(count), expected);
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::untranslatedLanguageFallsBack()
{
    TranslationLoader loader;
    QVERIFY(!loader.load(QLocale(QLocale::Japanese, QLocale::Japan)));
    QCOMPARE(todayTitle(), u"Today"_s);
}

void TestTranslations::loadingAnotherReplacesTheFirst()
{
    {
        TranslationLoader loader;
        QVERIFY(loader.load(QLocale(QLocale::German)));
        QCOMPARE(todayTitle(), u"Heute"_s);
        QVERIFY(!loader.load(QLocale(QLocale::Japanese)));
        QCOMPARE(todayTitle(), u"Today"_s);
        QVERIFY(loader.load(QLocale(QLocale::German)));
    }
    // Gone with the loader.
    QCOMPARE(todayTitle(), u"Today"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
