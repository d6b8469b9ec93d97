#include <core/guestidentity.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::core::Guest;
using tw::core::GuestIdentity;

class TestGuestIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emailKey_data();
    void emailKey();
    void loyaltyKey_data();
    void loyaltyKey();
    void isSameGuest_data();
    void isSameGuest();
    void searchKey_data();
    void searchKey();
    void phoneKey_data();
    void phoneKey();
};

void TestGuestIdentity::emailKey_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("key");
    QTest::newRow("lower case") << u"anna@example.com"_s << u"anna@example.com"_s;
    QTest::newRow("mixed case") << u"Anna.Smith@Example.COM"_s << u"anna.smith@example.com"_s;
    QTest::newRow("spaces around") << u"  anna@example.com\t\r\n"_s << u"anna@example.com"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("not ASCII") << u" ZOË.Ångström@Exämple.DE "_s << u"zoë.ångström@exämple.de"_s;
    QTest::newRow("symbols and digits") << u"O'Brien+Tag_2@Ex-Ample.IO"_s << u"o'brien+tag_2@ex-ample.io"_s;
    QTest::newRow("blank") << u"   "_s << QString();
}

void TestGuestIdentity::emailKey()
{
    QFETCH(QString, email);
    QFETCH(QString, key);
    QCOMPARE(GuestIdentity::emailKey(email), key);
}

void TestGuestIdentity::loyaltyKey_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << u"AB1234567"_s << u"AB1234567"_s;
    QTest::newRow("lower case") << u"ab1234567"_s << u"AB1234567"_s;
    QTest::newRow("grouped with spaces") << u" ab 123 4567 "_s << u"AB1234567"_s;
    QTest::newRow("tab and non-breaking space") << u"AB\t123\u00a04567"_s << u"AB1234567"_s;
    QTest::newRow("dashes kept") << u"ab-123"_s << u"AB-123"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << u"  "_s << QString();
}

void TestGuestIdentity::loyaltyKey()
{
    QFETCH(QString, number);
    QFETCH(QString, key);
    QCOMPARE(GuestIdentity::loyaltyKey(number), key);
}

void TestGuestIdentity::isSameGuest_data()
{
    QTest::addColumn<QString>("emailA");
    QTest::addColumn<QString>("loyaltyA");
    QTest::addColumn<QString>("emailB");
    QTest::addColumn<QString>("loyaltyB");
    QTest::addColumn<bool>("same");

    QTest::newRow("same email") << u"anna@example.com"_s << QString() << u"anna@example.com"_s << QString() << true;
    QTest::newRow("email differs in case and spaces")
        << u"Anna@Example.com"_s << QString() << u" anna@example.COM "_s << QString() << true;
    QTest::newRow("same loyalty number") << QString() << u"AB123"_s << QString() << u"ab 123"_s << true;
    QTest::newRow("same loyalty, different emails")
        << u"anna@example.com"_s << u"AB123"_s << u"anna.smith@work.example"_s << u"AB123"_s << true;
    QTest::newRow("same email, different loyalty numbers")
        << u"anna@example.com"_s << u"AB123"_s << u"anna@example.com"_s << u"CD456"_s << true;
    QTest::newRow("different email and loyalty")
        << u"anna@example.com"_s << u"AB123"_s << u"bob@example.com"_s << u"CD456"_s << false;
    QTest::newRow("nothing to compare") << QString() << QString() << QString() << QString() << false;
    QTest::newRow("blank values are not a match") << u"  "_s << u" "_s << u""_s << u"  "_s << false;
    QTest::newRow("only one side has an email")
        << u"anna@example.com"_s << QString() << QString() << u"AB123"_s << false;
}

void TestGuestIdentity::isSameGuest()
{
    QFETCH(QString, emailA);
    QFETCH(QString, loyaltyA);
    QFETCH(QString, emailB);
    QFETCH(QString, loyaltyB);
    QFETCH(bool, same);

    Guest a;
    a.firstName = u"Anna"_s;
    a.email = emailA;
    a.loyaltyNumber = loyaltyA;
    Guest b;
    b.firstName = u"Someone"_s;
    b.email = emailB;
    b.loyaltyNumber = loyaltyB;
    QCOMPARE(GuestIdentity::isSameGuest(a, b), same);
    QCOMPARE(GuestIdentity::isSameGuest(b, a), same);
}

void TestGuestIdentity::searchKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << u"smith"_s << u"smith"_s;
    QTest::newRow("capitals") << u"Anna SMITH"_s << u"anna smith"_s;
    QTest::newRow("accents") << u"Zo\u00eb \u00c5ngstr\u00f6m"_s << u"zoe angstrom"_s;
    QTest::newRow("decomposed input") << u"Jose\u0301"_s << u"jose"_s;
    QTest::newRow("french") << u"Fran\u00e7oise L\u00e9ger"_s << u"francoise leger"_s;
    QTest::newRow("czech") << u"\u0160koda \u010cern\u00fd"_s << u"skoda cerny"_s;
    QTest::newRow("german sharp s") << u"Stra\u00dfer"_s << u"strasser"_s;
    QTest::newRow("danish") << u"S\u00f8ren \u00c6belholt"_s << u"soren aebelholt"_s;
    QTest::newRow("polish l") << u"\u0141ukasz Wa\u0142\u0119sa"_s << u"lukasz walesa"_s;
    QTest::newRow("turkish dotted capital I") << u"\u0130stanbul"_s << u"istanbul"_s;
    QTest::newRow("ligature") << u"\ufb01nn"_s << u"finn"_s;
    QTest::newRow("typographic apostrophe") << u"O\u2019Brien"_s << u"o'brien"_s;
    QTest::newRow("whitespace collapsed") << u"  Anna \t  Maria\n Smith  "_s << u"anna maria smith"_s;
    QTest::newRow("non-breaking space") << u"Anna\u00a0Smith"_s << u"anna smith"_s;
    QTest::newRow("non-latin kept") << u"\u5c71\u7530 \u592a\u90ce"_s << u"\u5c71\u7530 \u592a\u90ce"_s;
    QTest::newRow("greek") << u"\u0386\u03bd\u03bd\u03b1"_s << u"\u03b1\u03bd\u03bd\u03b1"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestGuestIdentity::searchKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(GuestIdentity::searchKey(text), key);
    // Keys are stable: folding a key again changes nothing.
    QCOMPARE(GuestIdentity::searchKey(key), key);
}

void TestGuestIdentity::phoneKey_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("key");
    QTest::newRow("international") << u"+1 (415) 555-0100"_s << u"+14155550100"_s;
    QTest::newRow("spaces before plus") << u"  +49 30 1234-567 "_s << u"+49301234567"_s;
    QTest::newRow("national") << u"030 / 123 45 67"_s << u"0301234567"_s;
    QTest::newRow("dots") << u"415.555.0100"_s << u"4155550100"_s;
    QTest::newRow("inner plus dropped") << u"0049+30 123"_s << u"004930123"_s;
    QTest::newRow("arabic-indic digits") << u"+\u0669\u0667\u0661 \u0665\u0660"_s << u"+97150"_s;
    QTest::newRow("no digits") << u"+ ( ) -"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestGuestIdentity::phoneKey()
{
    QFETCH(QString, phone);
    QFETCH(QString, key);
    QCOMPARE(GuestIdentity::phoneKey(phone), key);
}

QTEST_GUILESS_MAIN(TestGuestIdentity)
#include "test_guestidentity.moc"
