#include <desk/profile/guestvalidator.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::desk::GuestValidator;

// What the profile accepts in the contact fields, and that every refusal says
// what to write instead.
class TestGuestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void email_data();
    void email();
    void phone_data();
    void phone();
    void names_data();
    void names();
    void checkNamesEachProblemsField();
};

void TestGuestValidator::email_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("hint"); // part of the message when refused

    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("plain") << u"anna@example.com"_s << true << QString();
    QTest::newRow("surrounding spaces") << u"  anna@example.com "_s << true << QString();
    QTest::newRow("plus and dots") << u"anna.berg+hotel@mail.example.co.uk"_s << true << QString();
    QTest::newRow("international domain") << u"zoë@münchen.example"_s << true << QString();
    QTest::newRow("no at") << u"anna.example.com"_s << false << u"needs an “@”"_s;
    QTest::newRow("two ats") << u"anna@@example.com"_s << false << u"only one"_s;
    QTest::newRow("space inside") << u"anna berg@example.com"_s << false << u"spaces"_s;
    QTest::newRow("nothing before at") << u"@example.com"_s << false << u"before the"_s;
    QTest::newRow("nothing after at") << u"anna@"_s << false << u"after the"_s;
    QTest::newRow("domain without dot") << u"anna@localhost"_s << false << u"needs a dot"_s;
    QTest::newRow("empty label") << u"anna@example..com"_s << false << u"domain"_s;
    QTest::newRow("double dot local") << u"anna..berg@example.com"_s << false << u"before the"_s;
    QTest::newRow("underscore in domain") << u"anna@ex_ample.com"_s << false << u"domain"_s;
}

void TestGuestValidator::email()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, hint);
    const QString message = GuestValidator::checkEmail(text);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid) {
        QVERIFY2(message.contains(hint), qPrintable(message));
        QVERIFY2(message.endsWith(u'.'), qPrintable(message));
    }
}

void TestGuestValidator::phone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("hint");

    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("international") << u"+351 21 000 0000"_s << true << QString();
    QTest::newRow("separators") << u"(030) 123-45.67/8"_s << true << QString();
    QTest::newRow("letters") << u"+44 20 CALL ME"_s << false << u"remove “C”"_s;
    QTest::newRow("plus inside") << u"0049+30 1234"_s << false << u"only start"_s;
    QTest::newRow("too few digits") << u"+1 2"_s << false << u"at least 3 digit"_s;
    QTest::newRow("too many digits") << u"123456789012345678901"_s << false << u"at most 20 digit"_s;
    QTest::newRow("arabic-indic digits") << u"+٣٥١"_s << false << u"remove"_s;
}

void TestGuestValidator::phone()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, hint);
    const QString message = GuestValidator::checkPhone(text);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid)
        QVERIFY2(message.contains(hint), qPrintable(message));
}

void TestGuestValidator::names_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<bool>("valid");
    QTest::newRow("both") << u"Anna"_s << u"Berg"_s << true;
    QTest::newRow("first only") << u"Anna"_s << QString() << true;
    QTest::newRow("last only") << QString() << u"Berg"_s << true;
    QTest::newRow("none") << QString() << QString() << false;
    QTest::newRow("blanks") << u"  "_s << u"\t"_s << false;
}

void TestGuestValidator::names()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(bool, valid);
    QCOMPARE(GuestValidator::checkNames(first, last).isEmpty(), valid);
}

void TestGuestValidator::checkNamesEachProblemsField()
{
    tw::core::Guest guest;
    guest.email = u"anna"_s;
    guest.phone = u"call me"_s;
    const QList<GuestValidator::Problem> problems = GuestValidator::check(guest);
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0).field, GuestValidator::Field::FirstName);
    QCOMPARE(problems.at(1).field, GuestValidator::Field::Email);
    QCOMPARE(problems.at(2).field, GuestValidator::Field::Phone);
    guest.lastName = u"Berg"_s;
    guest.email = u"anna@berg.example"_s;
    guest.phone = u"+49 30 1234"_s;
    QVERIFY(GuestValidator::check(guest).isEmpty());
}

QTEST_GUILESS_MAIN(TestGuestValidator)
#include "test_guestvalidator.moc"
