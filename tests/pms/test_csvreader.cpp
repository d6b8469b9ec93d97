#include <pms/csvreader.h>

#include <QBuffer>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using tw::pms::CsvReader;
using tw::pms::CsvRecord;

namespace {

// "line:field|field|..." for a good record, "line:!" for a malformed one.
QStringList describe(const QList<CsvRecord> &records)
{
    QStringList out;
    for (const CsvRecord &r : records)
        out.append(QString::number(r.line) + u':' + (r.isValid() ? r.fields.join(u'|') : u"!"_s));
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data();
    void records();
    void errorsSayWhatIsWrong_data();
    void errorsSayWhatIsWrong();
    void detectDelimiter_data();
    void detectDelimiter();
    void explicitDelimiterSkipsDetection();
    void preferredDelimiter_data();
    void preferredDelimiter();
    void largeInputAcrossChunks();
    void unterminatedQuoteDoesNotSwallowTheRestAcrossChunks();
    void readsFromDevice();
    void reportsProgressInBytes();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("LF") << "a,b\n1,2\n3,4\n"_ba << QStringList{u"1:a|b"_s, u"2:1|2"_s, u"3:3|4"_s};
    QTest::newRow("CRLF") << "a,b\r\n1,2\r\n3,4\r\n"_ba << QStringList{u"1:a|b"_s, u"2:1|2"_s, u"3:3|4"_s};
    QTest::newRow("CR") << "a,b\r1,2\r3,4"_ba << QStringList{u"1:a|b"_s, u"2:1|2"_s, u"3:3|4"_s};
    QTest::newRow("mixed line ends") << "a,b\r\n1,2\n3,4\r5,6"_ba
                                     << QStringList{u"1:a|b"_s, u"2:1|2"_s, u"3:3|4"_s, u"4:5|6"_s};
    QTest::newRow("BOM") << "\xEF\xBB\xBF"
                            "a,b\n1,2\n"_ba
                         << QStringList{u"1:a|b"_s, u"2:1|2"_s};
    QTest::newRow("BOM and CRLF") << "\xEF\xBB\xBF"
                                     "Conf;Name\r\n7;Zoë\r\n"_ba
                                  << QStringList{u"1:Conf|Name"_s, u"2:7|Zoë"_s};
    QTest::newRow("comma") << "a,b;c\n1,2;3\n"_ba << QStringList{u"1:a|b;c"_s, u"2:1|2;3"_s};
    QTest::newRow("semicolon") << "a;b;c\n1,5;2;x,y\n"_ba << QStringList{u"1:a|b|c"_s, u"2:1,5|2|x,y"_s};
    QTest::newRow("tab") << "a\tb\n1;x\t2,y\n"_ba << QStringList{u"1:a|b"_s, u"2:1;x|2,y"_s};
    QTest::newRow("quoted delimiter") << "a,b\n\"x,y\",z\n"_ba << QStringList{u"1:a|b"_s, u"2:x,y|z"_s};
    QTest::newRow("quoted semicolon") << "a;b\n\"x;y\";z\n"_ba << QStringList{u"1:a|b"_s, u"2:x;y|z"_s};
    QTest::newRow("doubled quotes") << "a,b\n\"say \"\"hi\"\"\",z\n"_ba << QStringList{u"1:a|b"_s, u"2:say \"hi\"|z"_s};
    QTest::newRow("only a doubled quote") << "a,b\n\"\"\"\",z\n"_ba << QStringList{u"1:a|b"_s, u"2:\"|z"_s};
    QTest::newRow("quoted empty") << "a,b\n\"\",z\n"_ba << QStringList{u"1:a|b"_s, u"2:|z"_s};
    QTest::newRow("newline in quotes, next record starts later")
        << "a,b\n\"line one\nline two\",z\n3,4\n"_ba
        << QStringList{u"1:a|b"_s, u"2:line one\nline two|z"_s, u"4:3|4"_s};
    QTest::newRow("CRLF in quotes becomes LF")
        << "a,b\r\n\"x\r\ny\r\nz\",w\r\n5,6\r\n"_ba << QStringList{u"1:a|b"_s, u"2:x\ny\nz|w"_s, u"5:5|6"_s};
    QTest::newRow("CR in quotes") << "a,b\r\"x\ry\",w\r5,6"_ba << QStringList{u"1:a|b"_s, u"2:x\ny|w"_s, u"4:5|6"_s};
    QTest::newRow("empty trailing line") << "a,b\n1,2\n\n"_ba << QStringList{u"1:a|b"_s, u"2:1|2"_s};
    QTest::newRow("empty trailing CRLF lines") << "a,b\r\n1,2\r\n\r\n\r\n"_ba << QStringList{u"1:a|b"_s, u"2:1|2"_s};
    QTest::newRow("blank line in between") << "a,b\n\n1,2\n"_ba << QStringList{u"1:a|b"_s, u"3:1|2"_s};
    QTest::newRow("no final line end") << "a,b\n1,2"_ba << QStringList{u"1:a|b"_s, u"2:1|2"_s};
    QTest::newRow("empty fields") << "a,b,c\n,,\n"_ba << QStringList{u"1:a|b|c"_s, u"2:||"_s};
    QTest::newRow("trailing delimiter") << "a,b,\n1,2,\n"_ba << QStringList{u"1:a|b|"_s, u"2:1|2|"_s};
    QTest::newRow("delimiter inside quoted header")
        << "\"a,b\";c;d\n1;2;3\n"_ba << QStringList{u"1:a,b|c|d"_s, u"2:1|2|3"_s};
    QTest::newRow("spaces before an opening quote") << "a,b\n1, \"x,y\"\n"_ba << QStringList{u"1:a|b"_s, u"2:1|x,y"_s};
    QTest::newRow("spaces after a closing quote") << "a,b\n\"x\"  ,y\n"_ba << QStringList{u"1:a|b"_s, u"2:x|y"_s};
    QTest::newRow("accents") << "name,city\nJoão,Kraków\n"_ba << QStringList{u"1:name|city"_s, u"2:João|Kraków"_s};
    QTest::newRow("header only") << "a,b\n"_ba << QStringList{u"1:a|b"_s};
    QTest::newRow("empty input") << QByteArray() << QStringList{};
    QTest::newRow("only blank lines") << "\n\r\n\n"_ba << QStringList{};
    // A quote that never closes spoils its own record only; the next line is read afresh.
    QTest::newRow("unterminated quote") << "a,b\n1,2\n\"open,3\n4,5\n6,7\n"_ba
                                        << QStringList{u"1:a|b"_s, u"2:1|2"_s, u"3:!"_s, u"4:4|5"_s, u"5:6|7"_s};
    QTest::newRow("unterminated quote in a later field, CRLF")
        << "a,b,c\r\n1,\"x\r\ny\r\n2,3,4\r\n"_ba << QStringList{u"1:a|b|c"_s, u"2:!"_s, u"3:y"_s, u"4:2|3|4"_s};
    QTest::newRow("unterminated quote on the last line")
        << "a,b\n1,2\n3,\"open"_ba << QStringList{u"1:a|b"_s, u"2:1|2"_s, u"3:!"_s};
    QTest::newRow("stray quote does not swallow the next record")
        << "a,b\n1,x\"y\n3,4\n"_ba << QStringList{u"1:a|b"_s, u"2:!"_s, u"3:3|4"_s};
    QTest::newRow("text after a closing quote")
        << "a,b\n\"x\"y,2\n3,4\n"_ba << QStringList{u"1:a|b"_s, u"2:!"_s, u"3:3|4"_s};
    QTest::newRow("malformed record after a multi-line field")
        << "a,b\n\"1\n2\n3\",x\n4,\"y\"z\n5,6\n"_ba << QStringList{u"1:a|b"_s, u"2:1\n2\n3|x"_s, u"5:!"_s, u"6:5|6"_s};
    QTest::newRow("invalid UTF-8") << "a,b\n\xff\xfe,2\n3,4\n"_ba << QStringList{u"1:a|b"_s, u"2:!"_s, u"3:3|4"_s};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(CsvReader::readAll(input)), expected);
}

void TestCsvReader::errorsSayWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("unterminated") << "a,b\n1,2\nx,\"never closed\nmore\n"_ba << 3
                                  << u"starts on line 3 is never closed; the record is skipped and reading goes on "
                                     "with line 4"_s;
    QTest::newRow("unterminated at the end") << "a,b\n1,2\nx,\"never closed"_ba << 3 << u"the file ends inside it"_s;
    QTest::newRow("stray quote") << "a,b\n1,x\"y\n"_ba << 2 << u"stray quote in field 2"_s;
    QTest::newRow("after closing quote") << "a,b\n\"x\"y,2\n"_ba << 2 << u"after the closing quote of field 1"_s;
    QTest::newRow("not UTF-8") << "a,b\n\xe9t\xe9,2\n"_ba << 2 << u"UTF-8"_s;
}

void TestCsvReader::errorsSayWhatIsWrong()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, fragment);

    const QList<CsvRecord> records = CsvReader::readAll(input);
    const auto bad = std::find_if(records.cbegin(), records.cend(), [](const CsvRecord &r) { return !r.isValid(); });
    QVERIFY(bad != records.cend());
    QCOMPARE(bad->line, line);
    QVERIFY2(bad->error.contains(fragment), qPrintable(bad->error));
    // Only that record is malformed.
    QVERIFY(std::none_of(bad + 1, records.cend(), [](const CsvRecord &r) { return !r.isValid(); }));
}

void TestCsvReader::detectDelimiter_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("comma") << u"confirmation,arrival,departure"_s << QChar(u',');
    QTest::newRow("semicolon") << u"Anreise;Abreise;Zimmer"_s << QChar(u';');
    QTest::newRow("tab") << u"a\tb\tc"_s << QChar(u'\t');
    QTest::newRow("single column") << u"confirmation"_s << QChar(u',');
    QTest::newRow("commas only inside quotes") << u"\"Name, First\";\"Name, Last\";Room"_s << QChar(u';');
    QTest::newRow("more semicolons than commas") << u"a;b;c,d"_s << QChar(u';');
}

void TestCsvReader::detectDelimiter()
{
    QFETCH(QString, header);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(header), delimiter);
}

void TestCsvReader::explicitDelimiterSkipsDetection()
{
    CsvReader reader("a;b,c\n1;2,3\n"_ba);
    reader.setDelimiter(u',');
    CsvRecord record;
    QVERIFY(reader.readNext(record));
    QCOMPARE(record.fields, (QStringList{u"a;b"_s, u"c"_s}));
    QCOMPARE(reader.delimiter(), QChar(u','));
}

void TestCsvReader::preferredDelimiter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("present, though outnumbered") << "Name, Vorname;Anreise\n"_ba << QChar(u';');
    QTest::newRow("absent: detected") << "Vorname,Nachname,Anreise\n"_ba << QChar(u',');
    QTest::newRow("only inside quotes: detected") << "\"a;b\",c\n"_ba << QChar(u',');
}

void TestCsvReader::preferredDelimiter()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, delimiter);
    CsvReader reader(input);
    reader.setPreferredDelimiter(u';');
    QCOMPARE(reader.delimiter(), delimiter);
}

// Records, multi-byte characters and CRLF pairs straddle the reader's chunks.
void TestCsvReader::largeInputAcrossChunks()
{
    QByteArray data = "\xEF\xBB\xBF"
                      "confirmation;name;notes\r\n"_ba;
    const int count = 6000;
    for (int i = 0; i < count; ++i) {
        data += QByteArray::number(i) + ";Zoë Łukasiewicz-Müller " + QByteArray::number(i);
        if (i % 3 == 0)
            data += ";\"first line\r\nsecond; line \"\"quoted\"\"\"\r\n";
        else
            data += ";plain\r\n";
    }
    QVERIFY(data.size() > qsizetype(4) * 64 * 1024);

    CsvReader reader(data);
    CsvRecord record;
    QVERIFY(reader.readNext(record));
    QCOMPARE(record.fields, (QStringList{u"confirmation"_s, u"name"_s, u"notes"_s}));
    int expectedLine = 2;
    for (int i = 0; i < count; ++i) {
        QVERIFY(reader.readNext(record));
        QVERIFY2(record.isValid(), qPrintable(record.error));
        QCOMPARE(record.line, expectedLine);
        QCOMPARE(record.fields.size(), 3);
        QCOMPARE(record.fields.at(0), QString::number(i));
        QCOMPARE(record.fields.at(1), u"Zoë Łukasiewicz-Müller "_s + QString::number(i));
        if (i % 3 == 0) {
            QCOMPARE(record.fields.at(2), u"first line\nsecond; line \"quoted\""_s);
            expectedLine += 2;
        } else {
            QCOMPARE(record.fields.at(2), u"plain"_s);
            expectedLine += 1;
        }
    }
    QVERIFY(!reader.readNext(record));
}

// The reader keeps what it read since the open quote, however many chunks that
// is, and goes back to the line after it once the file ends unclosed.
void TestCsvReader::unterminatedQuoteDoesNotSwallowTheRestAcrossChunks()
{
    QByteArray data = "confirmation,notes\r\n"
                      "1,\"opened here\r\n"_ba;
    const int count = 20'000;
    for (int i = 0; i < count; ++i)
        data += "R" + QByteArray::number(i) + ",Zoë Müller\r\n";
    QVERIFY(data.size() > qsizetype(4) * 64 * 1024);

    QByteArray copy = data;
    QBuffer device(&copy);
    QVERIFY(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device);
    CsvRecord record;
    QVERIFY(reader.readNext(record));
    QVERIFY(reader.readNext(record));
    QCOMPARE(record.line, 2);
    QVERIFY(!record.isValid());
    QCOMPARE(record.fields, (QStringList{u"1"_s, u"opened here"_s}));
    for (int i = 0; i < count; ++i) {
        QVERIFY(reader.readNext(record));
        QVERIFY2(record.isValid(), qPrintable(record.error));
        QCOMPARE(record.line, 3 + i);
        QCOMPARE(record.fields, (QStringList{u"R"_s + QString::number(i), u"Zoë Müller"_s}));
    }
    QVERIFY(!reader.readNext(record));
    QCOMPARE(reader.bytesRead(), qint64(data.size()));
}

void TestCsvReader::readsFromDevice()
{
    QByteArray data = "a\tb\r\n\"x\ty\"\t2\r\n"_ba;
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QCOMPARE(reader.delimiter(), QChar(u'\t'));
    CsvRecord record;
    QVERIFY(reader.readNext(record));
    QCOMPARE(record.fields, (QStringList{u"a"_s, u"b"_s}));
    QVERIFY(reader.readNext(record));
    QCOMPARE(record.fields, (QStringList{u"x\ty"_s, u"2"_s}));
    QCOMPARE(record.line, 2);
    QVERIFY(!reader.readNext(record));
    QVERIFY(reader.readError().isEmpty());
}

void TestCsvReader::reportsProgressInBytes()
{
    QByteArray data = "a,b\n"_ba;
    for (int i = 0; i < 50'000; ++i)
        data += "1234567890,abcdefghij\n";
    CsvReader reader(data);
    QCOMPARE(reader.totalBytes(), qint64(data.size()));
    CsvRecord record;
    qint64 previous = 0;
    bool sawPartial = false;
    while (reader.readNext(record)) {
        QVERIFY(reader.bytesRead() >= previous);
        previous = reader.bytesRead();
        sawPartial = sawPartial || (previous > 0 && previous < data.size());
    }
    QVERIFY(sawPartial); // progress moves while reading, not only at the end
    QCOMPARE(reader.bytesRead(), qint64(data.size()));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
