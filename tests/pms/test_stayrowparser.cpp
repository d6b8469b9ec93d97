#include <pms/stayrowparser.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::core::StayStatus;
using tw::pms::ColumnMapping;
using tw::pms::CsvReader;
using tw::pms::CsvRecord;
using tw::pms::StayRow;
using tw::pms::StayRowParser;

namespace {

const QByteArray kHeader = "confirmation,property,first_name,last_name,email,phone,loyalty_number,vip,room,"
                           "arrival,departure,status,x_handle,mastodon_handle,notes,preferences,social_consent\n";

CsvRecord secondRecord(const QByteArray &csv)
{
    const QList<CsvRecord> records = CsvReader::readAll(csv);
    return records.value(1);
}

} // namespace

class TestStayRowParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejectsWithReason_data();
    void rejectsWithReason();
    void readsAGoodRow();
    void emptyCellsStayEmpty();
    void vipWords_data();
    void vipWords();
    void wholeNameColumn_data();
    void wholeNameColumn();
    void missingColumns_data();
    void missingColumns();
    void blankRecords();
};

void TestStayRowParser::rejectsWithReason_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("reason");

    QTest::newRow("missing confirmation")
        << ",,Anna,Berg,,,,,,2026-03-04,2026-03-06,,,,,,"_ba << u"missing confirmation number"_s;
    QTest::newRow("departure before arrival") << "C1,,Anna,Berg,,,,,,2026-03-04,2026-03-01,,,,,,"_ba
                                              << u"departure 2026-03-01 is before arrival 2026-03-04"_s;
    QTest::newRow("same day") << "C1,,Anna,Berg,,,,,,2026-03-04,2026-03-04,,,,,,"_ba
                              << u"departure 2026-03-04 is the day of arrival; a stay needs at least one night"_s;
    QTest::newRow("bad arrival") << "C1,,Anna,Berg,,,,,,31/02/2026,2026-03-06,,,,,,"_ba
                                 << u"bad arrival date \"31/02/2026\" (expected YYYY-MM-DD)"_s;
    QTest::newRow("bad departure") << "C1,,Anna,Berg,,,,,,2026-03-04,2026-02-30,,,,,,"_ba
                                   << u"bad departure date \"2026-02-30\" (expected YYYY-MM-DD)"_s;
    QTest::newRow("missing arrival") << "C1,,Anna,Berg,,,,,,,2026-03-06,,,,,,"_ba << u"missing arrival date"_s;
    QTest::newRow("missing departure") << "C1,,Anna,Berg,,,,,,2026-03-04,,,,,,,"_ba << u"missing departure date"_s;
    QTest::newRow("unknown status")
        << "C1,,Anna,Berg,,,,,,2026-03-04,2026-03-06,gone,,,,,"_ba
        << u"unknown status \"gone\" (expected reserved, in_house, checked_out, cancelled or no_show)"_s;
    QTest::newRow("no name, no e-mail") << "C1,,,,,,,,,2026-03-04,2026-03-06,,,,,,"_ba
                                        << u"no guest name and no e-mail address"_s;
    QTest::newRow("bad e-mail") << "C1,,Anna,Berg,anna at example.com,,,,,2026-03-04,2026-03-06,,,,,,"_ba
                                << u"bad e-mail address \"anna at example.com\""_s;
    QTest::newRow("bad X handle") << "C1,,Anna,Berg,,,,,,2026-03-04,2026-03-06,,@anna-berg!,,,,"_ba
                                  << u"bad X handle: "_s;
    QTest::newRow("bad Mastodon handle") << "C1,,Anna,Berg,,,,,,2026-03-04,2026-03-06,,,anna,,,"_ba
                                         << u"bad Mastodon handle: "_s;
    QTest::newRow("unknown consent") << "C1,,Anna,Berg,,,,,,2026-03-04,2026-03-06,,,,,,maybe"_ba
                                     << u"unknown social consent \"maybe\" (expected yes or no)"_s;
    QTest::newRow("shifted columns") << "C1,,Anna,Berg,,,,,,2026-03-04,2026-03-06,,,,Room 12, sea view,,,extra"_ba
                                     << u"the record has 19 fields but the header has 17"_s;
    QTest::newRow("malformed record") << R"(C1,,Anna,"Berg"x,,,,,,2026-03-04,2026-03-06,,,,,,)"_ba
                                      << u"unexpected text after the closing quote of field 4"_s;
}

void TestStayRowParser::rejectsWithReason()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, reason);
    const QList<CsvRecord> records = CsvReader::readAll(kHeader + row + '\n');
    QCOMPARE(records.size(), 2);
    const ColumnMapping mapping;
    const StayRowParser parser(mapping, mapping.resolve(records.constFirst().fields));
    const auto parsed = parser.parse(records.at(1));
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().startsWith(reason), qPrintable(parsed.error()));
}

void TestStayRowParser::readsAGoodRow()
{
    const CsvRecord record = secondRecord(
        kHeader
        + "  A-1001 ,pal,Zoë,Ångström,Zoe@Example.com,+351 912 000 111,hv 123,VIP2,412,2026-03-04,2026-03-07,"
          "In House,@ZoeA,https://mastodon.social/@zoe,\"Anniversary,\nquiet room\",feather-free pillows,yes\n");
    const ColumnMapping mapping;
    const StayRowParser parser(mapping, mapping.resolve(CsvReader::readAll(kHeader).constFirst().fields));
    const auto parsed = parser.parse(record);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    const StayRow &row = parsed.value();
    QCOMPARE(row.line, 2);
    QCOMPARE(row.confirmation, u"A-1001"_s);
    QCOMPARE(row.propertyCode, u"pal"_s);
    QCOMPARE(row.firstName, u"Zoë"_s);
    QCOMPARE(row.lastName, u"Ångström"_s);
    QCOMPARE(row.email, u"Zoe@Example.com"_s);
    QCOMPARE(row.phone, u"+351 912 000 111"_s);
    QCOMPARE(row.loyaltyNumber, u"hv 123"_s);
    QCOMPARE(row.vipCode, u"VIP2"_s);
    QCOMPARE(row.room, u"412"_s);
    QCOMPARE(row.arrival, QDate(2026, 3, 4));
    QCOMPARE(row.departure, QDate(2026, 3, 7));
    QCOMPARE(row.status, StayStatus::InHouse);
    QCOMPARE(row.xHandle, u"zoea"_s);
    QCOMPARE(row.mastodonHandle, u"zoe@mastodon.social"_s);
    QCOMPARE(row.notes, u"Anniversary,\nquiet room"_s);
    QCOMPARE(row.preferences, u"feather-free pillows"_s);
    QCOMPARE(row.socialConsent, true);
}

void TestStayRowParser::emptyCellsStayEmpty()
{
    const QByteArray csv = "confirmation,email,arrival,departure\nC9,ann@example.com,2026-01-01,2026-01-02\n";
    const QList<CsvRecord> records = CsvReader::readAll(csv);
    const ColumnMapping mapping;
    const StayRowParser parser(mapping, mapping.resolve(records.constFirst().fields));
    const auto parsed = parser.parse(records.at(1));
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QVERIFY(!parsed->status); // keep the stored status
    QVERIFY(!parsed->socialConsent);
    QVERIFY(parsed->firstName.isEmpty());
    QVERIFY(parsed->room.isEmpty());
    QVERIFY(parsed->propertyCode.isEmpty());
}

void TestStayRowParser::vipWords_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("code");

    QTest::newRow("code") << u"VIP3"_s << u"VIP3"_s;
    QTest::newRow("tier") << u"Gold"_s << u"Gold"_s;
    QTest::newRow("yes") << u"Y"_s << u"VIP"_s;
    QTest::newRow("true") << u"true"_s << u"VIP"_s;
    QTest::newRow("no") << u"N"_s << QString();
    QTest::newRow("zero") << u"0"_s << QString();
    QTest::newRow("dash") << u"-"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestStayRowParser::vipWords()
{
    QFETCH(QString, cell);
    QFETCH(QString, code);
    const QByteArray csv
        = "confirmation,email,arrival,departure,vip\nC9,ann@example.com,2026-01-01,2026-01-02," + cell.toUtf8() + '\n';
    const QList<CsvRecord> records = CsvReader::readAll(csv);
    const ColumnMapping mapping;
    const auto parsed = StayRowParser(mapping, mapping.resolve(records.constFirst().fields)).parse(records.at(1));
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->vipCode, code);
}

void TestStayRowParser::wholeNameColumn_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");

    QTest::newRow("last, first") << u"last_first"_s << u"\"Gonçalves, João Pedro\""_s << u"João Pedro"_s
                                 << u"Gonçalves"_s;
    QTest::newRow("last only") << u"last_first"_s << u"Gonçalves"_s << QString() << u"Gonçalves"_s;
    QTest::newRow("first last") << u"first_last"_s << u"Ana Clara Souza"_s << u"Ana Clara"_s << u"Souza"_s;
    QTest::newRow("one word") << u"first_last"_s << u"Prince"_s << QString() << u"Prince"_s;
}

void TestStayRowParser::wholeNameColumn()
{
    QFETCH(QString, format);
    QFETCH(QString, cell);
    QFETCH(QString, first);
    QFETCH(QString, last);
    auto mapping = ColumnMapping::fromJson(
        u"{\"columns\": {\"Guest Name\": \"name\"}, \"name_format\": \"%1\"}"_s.arg(format).toUtf8(), u"test"_s);
    QVERIFY2(mapping, qPrintable(mapping.error()));
    const QByteArray csv
        = "confirmation,Guest Name,arrival,departure\nC9," + cell.toUtf8() + ",2026-01-01,2026-01-02\n";
    const QList<CsvRecord> records = CsvReader::readAll(csv);
    const auto parsed
        = StayRowParser(mapping.value(), mapping->resolve(records.constFirst().fields)).parse(records.at(1));
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->firstName, first);
    QCOMPARE(parsed->lastName, last);
}

void TestStayRowParser::missingColumns_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<int>("missing");

    QTest::newRow("complete") << QStringList{u"confirmation"_s, u"arrival"_s, u"departure"_s, u"last_name"_s} << 0;
    QTest::newRow("e-mail is enough") << QStringList{u"confirmation"_s, u"arrival"_s, u"departure"_s, u"email"_s} << 0;
    QTest::newRow("no confirmation") << QStringList{u"arrival"_s, u"departure"_s, u"email"_s} << 1;
    QTest::newRow("no dates") << QStringList{u"confirmation"_s, u"email"_s} << 2;
    QTest::newRow("no guest") << QStringList{u"confirmation"_s, u"arrival"_s, u"departure"_s, u"room"_s} << 1;
    QTest::newRow("nothing") << QStringList{u"a"_s, u"b"_s} << 4;
}

void TestStayRowParser::missingColumns()
{
    QFETCH(QStringList, header);
    QFETCH(int, missing);
    QCOMPARE(StayRowParser::missingColumns(ColumnMapping().resolve(header)).size(), missing);
}

void TestStayRowParser::blankRecords()
{
    QVERIFY(StayRowParser::isBlank(CsvRecord{3, {u""_s, u"  "_s, u""_s}, {}}));
    QVERIFY(!StayRowParser::isBlank(CsvRecord{3, {u""_s, u"x"_s}, {}}));
}

QTEST_GUILESS_MAIN(TestStayRowParser)
#include "test_stayrowparser.moc"
