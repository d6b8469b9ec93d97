#include <pms/columnmapping.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tw::core::StayStatus;
using tw::pms::ColumnMapping;
using Column = ColumnMapping::Column;

class TestColumnMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersMatchLoosely_data();
    void headersMatchLoosely();
    void anyOrderAndUnknownIgnored();
    void firstOfTwoCellsForOneColumnWins();
    void mappingFileRenamesColumns();
    void builtInsLoad_data();
    void builtInsLoad();
    void builtInUsLegacy();
    void builtInGerman();
    void unknownNameListsBuiltIns();
    void missingFileSaysSo();
    void badMappingJson_data();
    void badMappingJson();
    void isoDates_data();
    void isoDates();
    void statuses_data();
    void statuses();
    void dateFormatForPeople();
};

void TestColumnMapping::headersMatchLoosely_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("column");

    QTest::newRow("exact") << u"confirmation"_s << int(Column::Confirmation);
    QTest::newRow("upper case") << u"ARRIVAL"_s << int(Column::Arrival);
    QTest::newRow("surrounding spaces") << u"  departure  "_s << int(Column::Departure);
    QTest::newRow("space for underscore") << u"First Name"_s << int(Column::FirstName);
    QTest::newRow("hyphen for underscore") << u"last-name"_s << int(Column::LastName);
    QTest::newRow("no separator") << u"LoyaltyNumber"_s << int(Column::LoyaltyNumber);
    QTest::newRow("e-mail") << u"E-Mail"_s << int(Column::Email);
    QTest::newRow("mixed") << u"Mastodon_Handle"_s << int(Column::MastodonHandle);
    QTest::newRow("x handle") << u"X Handle"_s << int(Column::XHandle);
}

void TestColumnMapping::headersMatchLoosely()
{
    QFETCH(QString, header);
    QFETCH(int, column);
    const ColumnMapping mapping;
    const auto resolved = mapping.resolve({u"something else"_s, header});
    QCOMPARE(resolved.indexOf(Column(column)), 1);
    QCOMPARE(resolved.ignored, QStringList{u"something else"_s});
}

void TestColumnMapping::anyOrderAndUnknownIgnored()
{
    const ColumnMapping mapping;
    const QStringList header{u"Room"_s,    u"Departure"_s,    u"Rate Code"_s, u"email"_s,
                             u"ARRIVAL"_s, u"Confirmation"_s, u""_s,          u"Market Segment"_s};
    const auto resolved = mapping.resolve(header);
    QCOMPARE(resolved.indexOf(Column::Room), 0);
    QCOMPARE(resolved.indexOf(Column::Departure), 1);
    QCOMPARE(resolved.indexOf(Column::Email), 3);
    QCOMPARE(resolved.indexOf(Column::Arrival), 4);
    QCOMPARE(resolved.indexOf(Column::Confirmation), 5);
    QVERIFY(!resolved.has(Column::Property));
    QVERIFY(!resolved.has(Column::Status));
    QCOMPARE(resolved.ignored, (QStringList{u"Rate Code"_s, u"Market Segment"_s}));
    QCOMPARE(resolved.width(), 8);
}

void TestColumnMapping::firstOfTwoCellsForOneColumnWins()
{
    const auto resolved = ColumnMapping().resolve({u"email"_s, u"E-Mail"_s});
    QCOMPARE(resolved.indexOf(Column::Email), 0);
    QCOMPARE(resolved.ignored, QStringList{u"E-Mail"_s});
}

void TestColumnMapping::mappingFileRenamesColumns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"opera-export.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({
        "name": "opera-export",
        "columns": {"Conf No": "confirmation", "Guest": "name", "Arr": "arrival", "Dep": "departure",
                    "Rm": "room", "Sts": "status"},
        "date_format": "dd/MM/yyyy",
        "status_values": {"CKO": "checked_out", "Due Out": "in_house"},
        "name_format": "last_first"
    })");
    file.close();

    auto loaded = ColumnMapping::load(path);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    const ColumnMapping &mapping = loaded.value();
    QCOMPARE(mapping.name(), u"opera-export"_s);
    QCOMPARE(mapping.nameFormat(), ColumnMapping::NameFormat::LastFirst);

    const auto resolved
        = mapping.resolve({u"Sts"_s, u"conf no"_s, u"GUEST"_s, u"Arr"_s, u"Dep"_s, u"rm"_s, u"email"_s});
    QCOMPARE(resolved.indexOf(Column::Status), 0);
    QCOMPARE(resolved.indexOf(Column::Confirmation), 1);
    QCOMPARE(resolved.indexOf(Column::Name), 2);
    QCOMPARE(resolved.indexOf(Column::Arrival), 3);
    QCOMPARE(resolved.indexOf(Column::Departure), 4);
    QCOMPARE(resolved.indexOf(Column::Room), 5);
    QCOMPARE(resolved.indexOf(Column::Email), 6); // canonical names still work
    QVERIFY(resolved.ignored.isEmpty());

    QCOMPARE(mapping.parseDate(u"04/03/2026"), QDate(2026, 3, 4));
    QVERIFY(!mapping.parseDate(u"2026-03-04"));
    QCOMPARE(mapping.parseStatus(u"cko"), StayStatus::CheckedOut);
    QCOMPARE(mapping.parseStatus(u"DUE OUT"), StayStatus::InHouse);
    QCOMPARE(mapping.parseStatus(u"cancelled"), StayStatus::Cancelled);
    QCOMPARE(mapping.dateFormatForPeople(), u"DD/MM/YYYY"_s);
}

void TestColumnMapping::builtInsLoad_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = ColumnMapping::builtInNames();
    QVERIFY(names.contains(u"us-legacy"_s));
    QVERIFY(names.contains(u"de"_s));
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestColumnMapping::builtInsLoad()
{
    QFETCH(QString, name);
    auto loaded = ColumnMapping::load(name);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->name(), name);
    auto upper = ColumnMapping::load(name.toUpper());
    QVERIFY2(upper, qPrintable(upper.error()));
}

void TestColumnMapping::builtInUsLegacy()
{
    auto loaded = ColumnMapping::load(u"us-legacy"_s);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    const ColumnMapping &mapping = loaded.value();
    const auto resolved = mapping.resolve({u"Conf #"_s, u"Guest Last"_s, u"Guest First"_s, u"Arrival Date"_s,
                                           u"Departure Date"_s, u"Res Status"_s, u"Room #"_s, u"Rewards #"_s});
    QCOMPARE(resolved.indexOf(Column::Confirmation), 0);
    QCOMPARE(resolved.indexOf(Column::LastName), 1);
    QCOMPARE(resolved.indexOf(Column::FirstName), 2);
    QCOMPARE(resolved.indexOf(Column::Arrival), 3);
    QCOMPARE(resolved.indexOf(Column::Departure), 4);
    QCOMPARE(resolved.indexOf(Column::Status), 5);
    QCOMPARE(resolved.indexOf(Column::Room), 6);
    QCOMPARE(resolved.indexOf(Column::LoyaltyNumber), 7);
    QCOMPARE(mapping.parseDate(u"3/4/2026"), QDate(2026, 3, 4));
    QCOMPARE(mapping.parseDate(u"03/04/2026"), QDate(2026, 3, 4));
    QCOMPARE(mapping.parseDate(u"12/31/2026"), QDate(2026, 12, 31));
    QCOMPARE(mapping.parseDate(u"03/04/2026 12:00 AM"), QDate(2026, 3, 4));
    QVERIFY(!mapping.parseDate(u"31/12/2026"));
    QCOMPARE(mapping.parseStatus(u"CKO"), StayStatus::CheckedOut);
    QCOMPARE(mapping.parseStatus(u"INH"), StayStatus::InHouse);
    QCOMPARE(mapping.parseStatus(u"CXL"), StayStatus::Cancelled);
    QCOMPARE(mapping.parseStatus(u"NS"), StayStatus::NoShow);
    QCOMPARE(mapping.parseStatus(u"RES"), StayStatus::Reserved);
}

void TestColumnMapping::builtInGerman()
{
    auto loaded = ColumnMapping::load(u"de"_s);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    const ColumnMapping &mapping = loaded.value();
    QCOMPARE(mapping.delimiter(), QChar(u';'));
    const auto resolved = mapping.resolve({u"Reservierungsnummer"_s, u"Nachname"_s, u"Vorname"_s, u"E-Mail"_s,
                                           u"Zimmer"_s, u"Anreise"_s, u"Abreise"_s, u"Status"_s});
    QCOMPARE(resolved.indexOf(Column::Confirmation), 0);
    QCOMPARE(resolved.indexOf(Column::LastName), 1);
    QCOMPARE(resolved.indexOf(Column::FirstName), 2);
    QCOMPARE(resolved.indexOf(Column::Email), 3);
    QCOMPARE(resolved.indexOf(Column::Room), 4);
    QCOMPARE(resolved.indexOf(Column::Arrival), 5);
    QCOMPARE(resolved.indexOf(Column::Departure), 6);
    QCOMPARE(resolved.indexOf(Column::Status), 7);
    QCOMPARE(mapping.parseDate(u"04.03.2026"), QDate(2026, 3, 4));
    QVERIFY(!mapping.parseDate(u"31.02.2026"));
    QCOMPARE(mapping.parseStatus(u"Storniert"), StayStatus::Cancelled);
    QCOMPARE(mapping.parseStatus(u"BESTÄTIGT"), StayStatus::Reserved);
    QCOMPARE(mapping.parseStatus(u"Nicht angereist"), StayStatus::NoShow);
    QCOMPARE(mapping.dateFormatForPeople(), u"DD.MM.YYYY"_s);
}

void TestColumnMapping::unknownNameListsBuiltIns()
{
    auto loaded = ColumnMapping::load(u"opera"_s);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(u"\"opera\""_s), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(u"us-legacy"_s), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(u"de"_s), qPrintable(loaded.error()));
}

void TestColumnMapping::missingFileSaysSo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nowhere.json"_s);
    auto loaded = ColumnMapping::load(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(u"does not exist"_s), qPrintable(loaded.error()));
}

void TestColumnMapping::badMappingJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("not JSON") << R"({"columns": )"_ba << u"not valid JSON"_s;
    QTest::newRow("array") << "[]"_ba << u"JSON object"_s;
    QTest::newRow("unknown setting") << R"({"date-format": "dd.MM.yyyy"})"_ba << u"\"date-format\""_s;
    QTest::newRow("unknown column") << R"({"columns": {"Zimmer": "zimmer"}})"_ba
                                    << u"\"zimmer\", which is not a column"_s;
    QTest::newRow("columns not an object") << R"({"columns": ["a"]})"_ba << u"\"columns\" must be an object"_s;
    QTest::newRow("unusable date format") << R"({"date_format": "dd.MM"})"_ba << u"\"dd.MM\" cannot be used"_s;
    QTest::newRow("unknown status") << R"({"status_values": {"Weg": "gone"}})"_ba
                                    << u"\"gone\", which is not a status"_s;
    QTest::newRow("unknown name format") << R"({"name_format": "surname"})"_ba << u"\"surname\" is unknown"_s;
    QTest::newRow("bad delimiter") << R"({"delimiter": "|"})"_ba << u"delimiter"_s;
}

void TestColumnMapping::badMappingJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    auto loaded = ColumnMapping::fromJson(json, u"mine.json"_s);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(u"mine.json"_s), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(fragment), qPrintable(loaded.error()));
}

void TestColumnMapping::isoDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");

    QTest::newRow("date") << u"2026-03-04"_s << QDate(2026, 3, 4);
    QTest::newRow("spaces") << u" 2026-03-04 "_s << QDate(2026, 3, 4);
    QTest::newRow("with time") << u"2026-03-04T00:00:00"_s << QDate(2026, 3, 4);
    QTest::newRow("with space and time") << u"2026-03-04 15:00"_s << QDate(2026, 3, 4);
    QTest::newRow("leap day") << u"2028-02-29"_s << QDate(2028, 2, 29);
    QTest::newRow("no such day") << u"2026-02-31"_s << QDate();
    QTest::newRow("not ISO") << u"31/02/2026"_s << QDate();
    QTest::newRow("German") << u"04.03.2026"_s << QDate();
    QTest::newRow("empty") << u""_s << QDate();
    QTest::newRow("words") << u"tomorrow"_s << QDate();
}

void TestColumnMapping::isoDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const auto parsed = ColumnMapping().parseDate(text);
    QCOMPARE(parsed.value_or(QDate()), date);
}

void TestColumnMapping::statuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status"); // -1: none

    QTest::newRow("key") << u"in_house"_s << int(StayStatus::InHouse);
    QTest::newRow("words") << u"In House"_s << int(StayStatus::InHouse);
    QTest::newRow("hyphen") << u"checked-out"_s << int(StayStatus::CheckedOut);
    QTest::newRow("upper") << u"NO_SHOW"_s << int(StayStatus::NoShow);
    QTest::newRow("reserved") << u" reserved "_s << int(StayStatus::Reserved);
    QTest::newRow("cancelled") << u"Cancelled"_s << int(StayStatus::Cancelled);
    QTest::newRow("unknown") << u"gone"_s << -1;
    QTest::newRow("empty") << u""_s << -1;
}

void TestColumnMapping::statuses()
{
    QFETCH(QString, text);
    QFETCH(int, status);
    const auto parsed = ColumnMapping().parseStatus(text);
    QCOMPARE(parsed ? int(*parsed) : -1, status);
}

void TestColumnMapping::dateFormatForPeople()
{
    QCOMPARE(ColumnMapping().dateFormatForPeople(), u"YYYY-MM-DD"_s);
    auto us = ColumnMapping::load(u"us-legacy"_s);
    QVERIFY(us);
    QCOMPARE(us->dateFormatForPeople(), u"M/D/YYYY"_s);
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "test_columnmapping.moc"
