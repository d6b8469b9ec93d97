#include <core/money.h>

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using tw::core::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void formatsInTheLocale_data();
    void formatsInTheLocale();
    void plainIsTheSameEverywhere_data();
    void plainIsTheSameEverywhere();
    void formattedAmountsParseBack_data();
    void formattedAmountsParseBack();
};

void TestMoney::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("point") << u"12.50"_s << qint64(1250);
    QTest::newRow("whole") << u"12"_s << qint64(1200);
    QTest::newRow("comma") << u"12,50"_s << qint64(1250);
    QTest::newRow("one decimal") << u"12.5"_s << qint64(1250);
    QTest::newRow("one decimal, comma") << u"0,5"_s << qint64(50);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("padded") << u"  58.00 "_s << qint64(5800);
    QTest::newRow("leading zeros") << u"007.05"_s << qint64(705);
    QTest::newRow("grouped, point decimals") << u"1,234.50"_s << qint64(123450);
    QTest::newRow("grouped, comma decimals") << u"1.234,50"_s << qint64(123450);
    QTest::newRow("grouped twice, no decimals") << u"1,234,567"_s << qint64(123456700);
    QTest::newRow("grouped with points") << u"1.234.567"_s << qint64(123456700);
    QTest::newRow("grouped with a space") << u"1 234,50"_s << qint64(123450);
    QTest::newRow("grouped with a no-break space") << u"1\u00a0234,50"_s << qint64(123450);
    QTest::newRow("grouped with an apostrophe") << u"1'234.50"_s << qint64(123450);
    QTest::newRow("currency sign before") << u"\u20ac12,50"_s << qint64(1250);
    QTest::newRow("currency sign after") << u"12.50 $"_s << qint64(1250);
    QTest::newRow("Arabic-Indic digits") << u"\u0661\u0662"_s << qint64(1200);
}

void TestMoney::parses()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const auto parsed = Money::parse(text);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(*parsed, cents);
}

void TestMoney::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("hint"); // part of the message that tells what to do
    QTest::newRow("empty") << u""_s << u"Enter an amount"_s;
    QTest::newRow("blank") << u"   "_s << u"Enter an amount"_s;
    QTest::newRow("negative") << u"-5"_s << u"below zero"_s;
    QTest::newRow("letters") << u"twelve"_s << u"like 12.50"_s;
    QTest::newRow("three decimals") << u"1.255"_s << u"could mean"_s;
    QTest::newRow("ambiguous comma") << u"1,250"_s << u"like 1250 or 1.25"_s;
    QTest::newRow("more than two decimals") << u"1,234.567"_s << u"more than two decimals"_s;
    QTest::newRow("four decimals") << u"1.2345"_s << u"more than two decimals"_s;
    QTest::newRow("trailing separator") << u"12."_s << u"like 12.50"_s;
    QTest::newRow("leading separator") << u".50"_s << u"like 12.50"_s;
    QTest::newRow("two points") << u"1.2.3"_s << u"like 12.50"_s;
    QTest::newRow("bad grouping") << u"12,34.50"_s << u"like 12.50"_s;
    QTest::newRow("mixed groups") << u"1.234,567,8"_s << u"like 12.50"_s;
    QTest::newRow("text after") << u"12.50 euros"_s << u"like 12.50"_s;
    QTest::newRow("too large") << u"99999999999999999"_s << u"too large"_s;
    QTest::newRow("beyond the maximum") << u"1000000001"_s << u"too large"_s;
}

void TestMoney::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, hint);
    const auto parsed = Money::parse(text);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(hint), qPrintable(parsed.error()));
    if (!text.trimmed().isEmpty())
        QVERIFY2(parsed.error().contains(text.trimmed()), qPrintable(parsed.error()));
}

void TestMoney::formatsInTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("shown");
    QTest::newRow("en, whole") << u"en_US"_s << qint64(5800) << u"58.00"_s;
    QTest::newRow("en, cents") << u"en_US"_s << qint64(1250) << u"12.50"_s;
    QTest::newRow("en, small") << u"en_US"_s << qint64(5) << u"0.05"_s;
    QTest::newRow("en, grouped") << u"en_US"_s << qint64(123450) << u"1,234.50"_s;
    QTest::newRow("de") << u"de_DE"_s << qint64(1250) << u"12,50"_s;
    QTest::newRow("de, grouped") << u"de_DE"_s << qint64(123450) << u"1.234,50"_s;
    QTest::newRow("C") << u"C"_s << qint64(123450) << u"1234.50"_s;
}

void TestMoney::formatsInTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, shown);
    QCOMPARE(Money::format(cents, QLocale(locale)), shown);
}

void TestMoney::plainIsTheSameEverywhere_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("shown");
    QTest::newRow("zero") << qint64(0) << u"0.00"_s;
    QTest::newRow("cents") << qint64(7) << u"0.07"_s;
    QTest::newRow("order total") << qint64(5800) << u"58.00"_s;
    QTest::newRow("large") << qint64(123456789) << u"1234567.89"_s;
    QTest::newRow("negative") << qint64(-1250) << u"-12.50"_s;
}

void TestMoney::plainIsTheSameEverywhere()
{
    QFETCH(qint64, cents);
    QFETCH(QString, shown);
    const QLocale before;
    QLocale::setDefault(QLocale(u"de_DE"_s));
    const QString plain = Money::plain(cents);
    QLocale::setDefault(before);
    QCOMPARE(plain, shown);
}

void TestMoney::formattedAmountsParseBack_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("cents");
    const QStringList locales{u"en_US"_s, u"de_DE"_s, u"fr_FR"_s, u"de_CH"_s, u"C"_s};
    for (const QString &locale : locales) {
        for (qint64 cents : {qint64(0), qint64(99), qint64(1250), qint64(123456), qint64(987654321)})
            QTest::addRow("%s %lld", qPrintable(locale), qlonglong(cents)) << locale << cents;
    }
}

void TestMoney::formattedAmountsParseBack()
{
    QFETCH(QString, locale);
    QFETCH(qint64, cents);
    const QString shown = Money::format(cents, QLocale(locale));
    const auto parsed = Money::parse(shown);
    QVERIFY2(parsed, qPrintable(shown + u": "_s + parsed.error()));
    QCOMPARE(*parsed, cents);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
