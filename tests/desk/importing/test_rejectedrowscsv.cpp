#include <desk/importing/rejectedrowscsv.h>

#include <pms/csvreader.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::RejectedRowsCsv;

class TestRejectedRowsCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoteField_data();
    void quoteField();
    void writesHeaderAndRows();
    void readsBackWithTheImportersReader();
    void savesAFile();
    void unwritablePathSaysWhatToDo();
};

void TestRejectedRowsCsv::quoteField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"missing confirmation number"_s << u"missing confirmation number"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"bad date 1,2"_s << u"\"bad date 1,2\""_s;
    QTest::newRow("quotes") << u"unknown status \"gone\""_s << u"\"unknown status \"\"gone\"\"\""_s;
    QTest::newRow("line break") << u"two\nlines"_s << u"\"two\nlines\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("leading space") << u" padded"_s << u"\" padded\""_s;
    QTest::newRow("semicolon stays bare") << u"a;b"_s << u"a;b"_s;
}

void TestRejectedRowsCsv::quoteField()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(RejectedRowsCsv::quoteField(field), expected);
}

void TestRejectedRowsCsv::writesHeaderAndRows()
{
    const QList<pms::RejectedRow> rows{{3, u"missing confirmation number"_s},
                                       {7, u"unknown status \"gone\" (use reserved, in_house)"_s},
                                       {12, u"bad name \"Müller, Jr.\""_s}};
    QCOMPARE(RejectedRowsCsv::toCsv(rows),
             QByteArray("line,reason\r\n"
                        "3,missing confirmation number\r\n"
                        "7,\"unknown status \"\"gone\"\" (use reserved, in_house)\"\r\n"
                        "12,\"bad name \"\"M\xC3\xBCller, Jr.\"\"\"\r\n"));
    QCOMPARE(RejectedRowsCsv::toCsv({}), QByteArray("line,reason\r\n"));
}

void TestRejectedRowsCsv::readsBackWithTheImportersReader()
{
    const QList<pms::RejectedRow> rows{{2, u"a, \"quoted\"\nreason"_s}, {5, u" spaced "_s}};
    const QList<pms::CsvRecord> records = pms::CsvReader::readAll(RejectedRowsCsv::toCsv(rows));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).fields, (QStringList{u"line"_s, u"reason"_s}));
    QCOMPARE(records.at(1).fields, (QStringList{u"2"_s, rows.at(0).reason}));
    QCOMPARE(records.at(2).fields, (QStringList{u"5"_s, rows.at(1).reason}));
}

void TestRejectedRowsCsv::savesAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"rejected.csv"_s);
    const QList<pms::RejectedRow> rows{{4, u"departure before arrival"_s}};
    const core::Status saved = RejectedRowsCsv::save(path, rows);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("line,reason\r\n4,departure before arrival\r\n"));
}

void TestRejectedRowsCsv::unwritablePathSaysWhatToDo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile plain(dir.filePath(u"plain.txt"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const core::Status saved = RejectedRowsCsv::save(plain.fileName() + u"/rejected.csv"_s, {{1, u"x"_s}});
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(u"rejected.csv"_s), qPrintable(saved.error()));
    QVERIFY2(saved.error().contains(u"folder"_s), qPrintable(saved.error()));
}

QTEST_GUILESS_MAIN(TestRejectedRowsCsv)
#include "test_rejectedrowscsv.moc"
