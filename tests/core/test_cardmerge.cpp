#include <core/cardmerge.h>

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using tw::core::CardMerge;

Q_DECLARE_METATYPE(tw::core::CardMerge::IssueKind)
Q_DECLARE_METATYPE(tw::core::CardMerge::Field)

namespace {

CardMerge::Values anna()
{
    CardMerge::Values v;
    v.firstName = u"Anna"_s;
    v.lastName = u"Smith"_s;
    v.room = u"412"_s;
    v.arrival = QDate(2025, 6, 3);
    v.departure = QDate(2025, 6, 7);
    v.property = u"Harbour View"_s;
    v.signature = u"Maria, Concierge"_s;
    return v;
}

CardMerge english()
{
    return CardMerge(QLocale(u"en_GB"_s));
}

} // namespace

class TestCardMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesFields_data();
    void mergesFields();
    void flagsWhatCannotBeFilled_data();
    void flagsWhatCannotBeFilled();
    void messagesSayWhatToDo_data();
    void messagesSayWhatToDo();
    void severalIssuesInOrder();
    void guestFacingDates_data();
    void guestFacingDates();
    void fieldKeysRoundTrip();
    void valuesFromWhatTheDeskKnows();
    void valuesWithoutStayOrProperty();
};

void TestCardMerge::mergesFields_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("text");
    QTest::newRow("no fields") << u"Welcome!"_s << u"Welcome!"_s;
    QTest::newRow("every field") << u"{first_name} {last_name}, {room}, {arrival} to {departure} at {property}. "
                                    "{signature}"_s
                                 << u"Anna Smith, 412, Tuesday, 3 June to Saturday, 7 June at Harbour View. "
                                    "Maria, Concierge"_s;
    QTest::newRow("case and spaces") << u"Dear { First_Name },"_s << u"Dear Anna,"_s;
    QTest::newRow("upper case") << u"{ROOM}"_s << u"412"_s;
    QTest::newRow("escaped braces") << u"{{first_name}}"_s << u"{first_name}"_s;
    QTest::newRow("escaped around a field") << u"{{{first_name}}}"_s << u"{Anna}"_s;
    QTest::newRow("lone closing brace") << u"See you soon :}"_s << u"See you soon :}"_s;
    QTest::newRow("line breaks kept") << u"Dear {first_name},\n\nWelcome.\n{signature}"_s
                                      << u"Dear Anna,\n\nWelcome.\nMaria, Concierge"_s;
    QTest::newRow("same field twice") << u"{first_name}, oh {first_name}"_s << u"Anna, oh Anna"_s;
    QTest::newRow("accents") << u"Caf\u00e9 for {first_name} \u2665"_s << u"Caf\u00e9 for Anna \u2665"_s;
}

void TestCardMerge::mergesFields()
{
    QFETCH(QString, body);
    QFETCH(QString, text);
    const CardMerge::Outcome out = english().merge(body, anna());
    QVERIFY2(out.ok(), out.issues.isEmpty() ? "" : qPrintable(out.issues.first().message()));
    QCOMPARE(out.text, text);
}

void TestCardMerge::flagsWhatCannotBeFilled_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<CardMerge::IssueKind>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("emptyValue"); // which value to clear first

    using K = CardMerge::IssueKind;
    QTest::newRow("unknown") << u"Hi {nickname}!"_s << K::UnknownField << u"nickname"_s << 3 << 10 << u"Hi !"_s
                             << QString();
    QTest::newRow("unknown with spaces") << u"Hi { pet name }"_s << K::UnknownField << u" pet name "_s << 3 << 12
                                         << u"Hi "_s << QString();
    QTest::newRow("empty braces") << u"Hi {}."_s << K::UnknownField << u""_s << 3 << 2 << u"Hi ."_s << QString();
    QTest::newRow("empty room") << u"Room {room}."_s << K::EmptyField << u"room"_s << 5 << 6 << u"Room ."_s
                                << u"room"_s;
    QTest::newRow("blank first name") << u"Dear {first_name},"_s << K::EmptyField << u"first_name"_s << 5 << 12
                                      << u"Dear ,"_s << u"first_name"_s;
    QTest::newRow("no arrival") << u"From {arrival}"_s << K::EmptyField << u"arrival"_s << 5 << 9 << u"From "_s
                                << u"arrival"_s;
    QTest::newRow("no departure") << u"Until {Departure}"_s << K::EmptyField << u"Departure"_s << 6 << 11 << u"Until "_s
                                  << u"departure"_s;
    QTest::newRow("no signature") << u"{signature}"_s << K::EmptyField << u"signature"_s << 0 << 11 << u""_s
                                  << u"signature"_s;
    QTest::newRow("unclosed at the end") << u"Dear {first_name"_s << K::Unclosed << u"first_name"_s << 5 << 11
                                         << u"Dear "_s << QString();
    QTest::newRow("unclosed before a comma") << u"Dear {first_name, welcome"_s << K::Unclosed << u"first_name"_s << 5
                                             << 11 << u"Dear , welcome"_s << QString();
    QTest::newRow("closed only on the next line")
        << u"Dear {first_name\n}"_s << K::Unclosed << u"first_name"_s << 5 << 11 << u"Dear \n}"_s << QString();
    QTest::newRow("unclosed before another field")
        << u"{room {first_name}"_s << K::Unclosed << u"room"_s << 0 << 5 << u" Anna"_s << QString();
    QTest::newRow("lone opening brace") << u"a {. b"_s << K::Unclosed << u""_s << 2 << 1 << u"a . b"_s << QString();
    QTest::newRow("unclosed after a space")
        << u"a { room"_s << K::Unclosed << u"room"_s << 2 << 6 << u"a "_s << QString();
    QTest::newRow("odd braces: escaped then unclosed")
        << u"{{{room"_s << K::Unclosed << u"room"_s << 2 << 5 << u"{"_s << QString();
}

void TestCardMerge::flagsWhatCannotBeFilled()
{
    QFETCH(QString, body);
    QFETCH(CardMerge::IssueKind, kind);
    QFETCH(QString, field);
    QFETCH(int, position);
    QFETCH(int, length);
    QFETCH(QString, text);
    QFETCH(QString, emptyValue);

    CardMerge::Values values = anna();
    if (emptyValue == u"room")
        values.room = u"  "_s;
    else if (emptyValue == u"first_name")
        values.firstName = u" "_s;
    else if (emptyValue == u"arrival")
        values.arrival.reset();
    else if (emptyValue == u"departure")
        values.departure = QDate();
    else if (emptyValue == u"signature")
        values.signature.clear();

    const CardMerge::Outcome out = english().merge(body, values);
    QVERIFY(!out.ok());
    QCOMPARE(out.issues.size(), 1);
    const CardMerge::Issue &issue = out.issues.first();
    QCOMPARE(issue.kind, kind);
    QCOMPARE(issue.field, field);
    QCOMPARE(issue.position, position);
    QCOMPARE(issue.length, length);
    QCOMPARE(out.text, text);
    QVERIFY2(!out.text.contains(u"{room"_s) && !out.text.contains(u"{first"_s) && !out.text.contains(u"nickname"_s),
             qPrintable(out.text));
    QVERIFY(!issue.message().isEmpty());
}

void TestCardMerge::messagesSayWhatToDo_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("unknown names the field and the known ones")
        << u"{nickname}"_s << QStringList{u"{nickname}"_s, u"not known"_s, u"{first_name}"_s, u"{signature}"_s};
    QTest::newRow("empty braces") << u"{}"_s << QStringList{u"Empty braces"_s, u"{{"_s};
    QTest::newRow("empty names the field and what it is")
        << u"{room}"_s << QStringList{u"{room}"_s, u"Room"_s, u"no value"_s};
    QTest::newRow("unclosed says how to close it")
        << u"{first_name"_s << QStringList{u"{first_name}"_s, u"never closed"_s};
    QTest::newRow("lone brace") << u"{"_s << QStringList{u"never closed"_s, u"{{"_s};
}

void TestCardMerge::messagesSayWhatToDo()
{
    QFETCH(QString, body);
    QFETCH(QStringList, parts);
    CardMerge::Values values = anna();
    values.room.clear();
    const CardMerge::Outcome out = english().merge(body, values);
    QCOMPARE(out.issues.size(), 1);
    const QString message = out.issues.first().message();
    for (const QString &part : std::as_const(parts))
        QVERIFY2(message.contains(part), qPrintable(message + u" lacks "_s + part));
}

void TestCardMerge::severalIssuesInOrder()
{
    CardMerge::Values values = anna();
    values.room.clear();
    const QString body = u"Dear {first_name} {nick}, room {room} and {{braces}} {signature"_s;
    const CardMerge::Outcome out = english().merge(body, values);
    QCOMPARE(out.issues.size(), 3);
    QCOMPARE(out.issues.at(0).kind, CardMerge::IssueKind::UnknownField);
    QCOMPARE(out.issues.at(1).kind, CardMerge::IssueKind::EmptyField);
    QCOMPARE(out.issues.at(2).kind, CardMerge::IssueKind::Unclosed);
    for (const CardMerge::Issue &issue : out.issues) {
        const QString placeholder = body.mid(issue.position, issue.length);
        QVERIFY2(placeholder.startsWith(u'{'), qPrintable(placeholder));
        QVERIFY2(placeholder.contains(issue.field), qPrintable(placeholder));
    }
    QCOMPARE(out.text, u"Dear Anna , room  and {braces} "_s);
}

void TestCardMerge::guestFacingDates_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("shown");
    QTest::newRow("British") << u"en_GB"_s << QDate(2025, 6, 3) << u"Tuesday, 3 June"_s;
    QTest::newRow("American") << u"en_US"_s << QDate(2025, 6, 3) << u"Tuesday, June 3"_s;
    QTest::newRow("German") << u"de_DE"_s << QDate(2025, 12, 24) << u"Mittwoch, 24. Dezember"_s;
    QTest::newRow("Spanish") << u"es_ES"_s << QDate(2025, 6, 3) << u"martes, 3 de junio"_s;
}

void TestCardMerge::guestFacingDates()
{
    QFETCH(QString, locale);
    QFETCH(QDate, date);
    QFETCH(QString, shown);
    const CardMerge merge{QLocale(locale)};
    const QString text = merge.guestFacingDate(date);
    QCOMPARE(text, shown);
    QVERIFY(!text.contains(QString::number(date.year())));
    QVERIFY(merge.guestFacingDate(QDate()).isEmpty());
}

void TestCardMerge::fieldKeysRoundTrip()
{
    const QStringList keys = CardMerge::fieldKeys();
    QCOMPARE(keys,
             (QStringList{u"first_name"_s, u"last_name"_s, u"room"_s, u"arrival"_s, u"departure"_s, u"property"_s,
                          u"signature"_s}));
    QSet<QString> labels;
    for (const QString &key : keys) {
        const auto field = CardMerge::fieldFromKey(key);
        QVERIFY2(field, qPrintable(key));
        QCOMPARE(CardMerge::fieldKey(*field), key);
        const QString label = CardMerge::fieldLabel(*field);
        QVERIFY(!label.isEmpty());
        labels.insert(label);
        QVERIFY(CardMerge::fieldFromKey(QString(u" "_s + key.toUpper() + u" "_s)));
    }
    QCOMPARE(labels.size(), keys.size());
    QVERIFY(!CardMerge::fieldFromKey(u"nickname"_s));
    QVERIFY(!CardMerge::fieldFromKey(u""_s));
    QVERIFY(!CardMerge::fieldFromKey(u"first name"_s));
}

void TestCardMerge::valuesFromWhatTheDeskKnows()
{
    tw::core::Guest guest;
    guest.firstName = u" Anna "_s;
    guest.lastName = u"Smith"_s;
    tw::core::Stay stay;
    stay.room = u"412 "_s;
    stay.arrival = QDate(2025, 6, 3);
    stay.departure = QDate(2025, 6, 7);
    tw::core::Property property;
    property.name = u"Harbour View"_s;
    const CardMerge::Values v = CardMerge::Values::from(guest, stay, property, u" Maria "_s);
    QCOMPARE(v.firstName, u"Anna"_s);
    QCOMPARE(v.lastName, u"Smith"_s);
    QCOMPARE(v.room, u"412"_s);
    QCOMPARE(v.arrival, std::optional<QDate>(QDate(2025, 6, 3)));
    QCOMPARE(v.departure, std::optional<QDate>(QDate(2025, 6, 7)));
    QCOMPARE(v.property, u"Harbour View"_s);
    QCOMPARE(v.signature, u"Maria"_s);
}

void TestCardMerge::valuesWithoutStayOrProperty()
{
    tw::core::Guest guest;
    guest.firstName = u"Anna"_s;
    const CardMerge::Values v = CardMerge::Values::from(guest, std::nullopt, std::nullopt, QString());
    QVERIFY(v.room.isEmpty());
    QVERIFY(!v.arrival);
    QVERIFY(!v.departure);
    QVERIFY(v.property.isEmpty());
    const CardMerge::Outcome out = english().merge(u"Dear {first_name}, room {room} at {property}"_s, v);
    QCOMPARE(out.issues.size(), 2);
    QCOMPARE(out.issues.at(0).field, u"room"_s);
    QCOMPARE(out.issues.at(1).field, u"property"_s);
}

QTEST_GUILESS_MAIN(TestCardMerge)
#include "test_cardmerge.moc"
