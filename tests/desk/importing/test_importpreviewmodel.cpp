#include <desk/importing/importpreviewmodel.h>

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::ImportPreviewModel;

namespace {

// A semicolon export with a byte order mark, CRLF line ends, an unknown column,
// a column named twice, a blank line and rows the import would refuse.
const QByteArray kMessy = "\xEF\xBB\xBF"
                          "Confirmation;First Name;Last_Name;E-Mail;Rate Code;Arrival;Departure;Room;email\r\n" // 1
                          "A1;Anna;Berg;anna@example.com;BAR;2026-03-04;2026-03-06;101;other@example.com\r\n"   // 2
                          "A2;Bruno;Costa;bruno@example.com;BAR;2026-03-06;2026-03-04;102;\r\n"                 // 3
                          "\r\n"                                                                                // 4
                          "A3;Chloé;\"Dubois\r\n"                                                               // 5
                          "Martin\";chloe@example.com;BAR;2026-03-05;2026-03-08;103;\r\n"                       // 6
                          ";Dan;Evans;dan@example.com;BAR;2026-03-05;2026-03-08;104;\r\n";                      // 7

// What the header of each column says.
QStringList headerTexts(const ImportPreviewModel &model, int role)
{
    QStringList texts;
    for (int c = 0; c < model.columnCount(); ++c)
        texts.append(model.headerData(c, Qt::Horizontal, role).toString());
    return texts;
}

QList<int> lines(const ImportPreviewModel &model)
{
    QList<int> out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.headerData(r, Qt::Vertical, Qt::DisplayRole).toInt());
    return out;
}

QByteArray rows(int count)
{
    QByteArray csv = "confirmation,first_name,last_name,arrival,departure\n";
    for (int i = 0; i < count; ++i)
        csv += "R" + QByteArray::number(i) + ",Guest,Number,2026-05-01,2026-05-03\n";
    return csv;
}

} // namespace

class TestImportPreviewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsRecognisedAndIgnoredColumns();
    void rowsReadAsTheImportReadsThem();
    void detectsTheMappingFromTheHeader();
    void givenMappingIsUsed();
    void missingColumnsAreReportedNotFailed();
    void previewStopsAtTheRowLimit();
    void undecodableTextIsReported();
    void fileProblemsFail_data();
    void fileProblemsFail();
    void reloadReplacesEverything();
};

void TestImportPreviewModel::showsRecognisedAndIgnoredColumns()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const core::Status loaded = model.loadData(kMessy);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QVERIFY(model.isLoaded());
    QCOMPARE(model.delimiter(), QChar(u';'));
    QCOMPARE(model.mapping().name(), u"default"_s);
    QVERIFY(model.isMappingDetected());
    QCOMPARE(model.columnCount(), 10); // nine file columns and the problems
    QCOMPARE(model.problemColumn(), 9);

    QCOMPARE(headerTexts(model, ImportPreviewModel::ColumnKeyRole),
             (QStringList{u"confirmation"_s, u"first_name"_s, u"last_name"_s, u"email"_s, QString(), u"arrival"_s,
                          u"departure"_s, u"room"_s, QString(), QString()}));
    QCOMPARE(headerTexts(model, ImportPreviewModel::SourceHeaderRole),
             (QStringList{u"Confirmation"_s, u"First Name"_s, u"Last_Name"_s, u"E-Mail"_s, u"Rate Code"_s, u"Arrival"_s,
                          u"Departure"_s, u"Room"_s, u"email"_s, QString()}));
    const QStringList shown = headerTexts(model, Qt::DisplayRole);
    QCOMPARE(shown.at(0), u"confirmation"_s);
    QCOMPARE(shown.at(3), u"email"_s);
    QCOMPARE(shown.at(4), u"Rate Code (ignored)"_s);
    QCOMPARE(shown.at(8), u"email (ignored)"_s);
    QCOMPARE(shown.at(9), u"Problems"_s);
    for (int c = 0; c < model.columnCount(); ++c) {
        QCOMPARE(model.headerData(c, Qt::Horizontal, ImportPreviewModel::IgnoredRole).toBool(), c == 4 || c == 8);
    }
    QCOMPARE(model.ignoredColumns(), (QStringList{u"Rate Code"_s, u"email"_s}));
    // The second e-mail column is left out because the first one wins, and the
    // tooltip says so.
    const QString duplicateTip = model.headerData(8, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(duplicateTip.contains(u"earlier column"_s), qPrintable(duplicateTip));
    const QString unknownTip = model.headerData(4, Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY2(unknownTip.contains(u"not a column"_s), qPrintable(unknownTip));
    QVERIFY(model.missingColumns().isEmpty());
    QVERIFY(!model.hasPropertyColumn());
}

void TestImportPreviewModel::rowsReadAsTheImportReadsThem()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.loadData(kMessy).ok());

    // The blank line is skipped; the quoted field over two lines is one row.
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(lines(model), (QList<int>{2, 3, 5, 7}));
    QCOMPARE(model.index(2, 1).data().toString(), u"Chloé"_s);
    QCOMPARE(model.index(2, 2).data(Qt::ToolTipRole).toString(), u"Dubois\nMartin"_s);
    QVERIFY(!model.index(2, 2).data().toString().contains(u'\n'));
    QCOMPARE(model.index(3, 0).data(ImportPreviewModel::LineRole).toInt(), 7);

    const int problems = model.problemColumn();
    QCOMPARE(model.index(0, problems).data().toString(), QString());
    QCOMPARE(model.index(1, problems).data().toString(), u"departure 2026-03-04 is before arrival 2026-03-06"_s);
    QCOMPARE(model.index(2, problems).data(ImportPreviewModel::ProblemRole).toString(), QString());
    QCOMPARE(model.index(3, problems).data().toString(), u"missing confirmation number"_s);
    QCOMPARE(model.problemRowCount(), 2);
    QVERIFY(!model.hasMoreRows());
}

void TestImportPreviewModel::detectsTheMappingFromTheHeader()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray german = "Reservierungsnummer;Vorname;Nachname;Anreise;Abreise;Zimmer;Status\n"
                              "R-1;Anna;Berg;04.03.2026;06.03.2026;101;Angereist\n"
                              "R-2;Bruno;Costa;31.02.2026;06.03.2026;102;Reserviert\n";
    QVERIFY(model.loadData(german).ok());
    QVERIFY(model.isMappingDetected());
    QCOMPARE(model.mapping().name(), u"de"_s);
    QCOMPARE(model.delimiter(), QChar(u';'));
    QCOMPARE(headerTexts(model, ImportPreviewModel::ColumnKeyRole),
             (QStringList{u"confirmation"_s, u"first_name"_s, u"last_name"_s, u"arrival"_s, u"departure"_s, u"room"_s,
                          u"status"_s, QString()}));
    QVERIFY(model.missingColumns().isEmpty());
    // Dates are read with the mapping's format.
    QCOMPARE(model.index(0, model.problemColumn()).data().toString(), QString());
    QVERIFY2(model.index(1, model.problemColumn()).data().toString().contains(u"31.02.2026"_s),
             qPrintable(model.index(1, model.problemColumn()).data().toString()));
}

void TestImportPreviewModel::givenMappingIsUsed()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto usLegacy = pms::ColumnMapping::load(u"us-legacy"_s);
    QVERIFY2(usLegacy, qPrintable(usLegacy.error()));
    // Canonical headers read with the US mapping: its date format applies.
    const QByteArray csv = "confirmation,last_name,arrival,departure\nA1,Berg,2026-03-04,2026-03-06\n";
    QVERIFY(model.loadData(csv, usLegacy.value()).ok());
    QVERIFY(!model.isMappingDetected());
    QCOMPARE(model.mapping().name(), u"us-legacy"_s);
    QVERIFY2(model.index(0, model.problemColumn()).data().toString().contains(u"M/D/YYYY"_s),
             qPrintable(model.index(0, model.problemColumn()).data().toString()));
}

void TestImportPreviewModel::missingColumnsAreReportedNotFailed()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray csv = "Guest,Email,Nights\nAnna Berg,anna@example.com,2\n";
    const core::Status loaded = model.loadData(csv);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    const QStringList missing = model.missingColumns();
    QCOMPARE(missing.size(), 3);
    QVERIFY(missing.at(0).startsWith(u"confirmation"_s));
    QVERIFY(missing.at(1).startsWith(u"arrival"_s));
    QVERIFY(missing.at(2).startsWith(u"departure"_s));
    QCOMPARE(model.rowCount(), 1);
    // Every row would fail alike; the problems column stays quiet.
    QCOMPARE(model.problemRowCount(), 0);
}

void TestImportPreviewModel::previewStopsAtTheRowLimit()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.loadData(rows(30)).ok());
    QCOMPARE(model.rowCount(), ImportPreviewModel::DefaultRowLimit);
    QVERIFY(model.hasMoreRows());
    QCOMPARE(model.headerData(model.rowCount() - 1, Qt::Vertical).toInt(), ImportPreviewModel::DefaultRowLimit + 1);

    QVERIFY(model.loadData(rows(5), std::nullopt, 5).ok());
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!model.hasMoreRows());
}

void TestImportPreviewModel::undecodableTextIsReported()
{
    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // "Müller" in Latin-1 on line 3.
    const QByteArray csv = "confirmation,last_name,arrival,departure\n"
                           "A1,Berg,2026-03-04,2026-03-06\n"
                           "A2,M\xFCller,2026-03-04,2026-03-06\n";
    QVERIFY(model.loadData(csv).ok());
    QCOMPARE(model.undecodableLines(), QList<int>{3});
    QVERIFY2(model.index(1, model.problemColumn()).data().toString().contains(u"UTF-8"_s),
             qPrintable(model.index(1, model.problemColumn()).data().toString()));
}

void TestImportPreviewModel::fileProblemsFail_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QString>("expected");

    QTest::newRow("missing file") << QByteArray() << false << u"Cannot open the file \u201Cexport.csv\u201D"_s;
    QTest::newRow("empty file") << QByteArray() << true << u"is empty"_s;
    QTest::newRow("only blank lines") << QByteArray("\r\n\r\n") << true << u"is empty"_s;
    QTest::newRow("header not UTF-8") << QByteArray("confirmation,Stra\xDF"
                                                    "e,arrival,departure\n")
                                      << true << u"UTF-8"_s;
    QTest::newRow("broken header") << QByteArray("confirmation,\"arrival,departure\n") << true
                                   << u"header line (line 1)"_s;
}

void TestImportPreviewModel::fileProblemsFail()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, exists);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"export.csv"_s);
    if (exists) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.loadData(rows(2)).ok());
    const core::Status loaded = model.loadFile(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(expected), qPrintable(loaded.error()));
    QVERIFY(!model.isLoaded());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestImportPreviewModel::reloadReplacesEverything()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"export.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kMessy);
    file.close();

    ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.loadFile(path).ok());
    QCOMPARE(model.columnCount(), 10);
    QVERIFY(model.loadData(rows(3)).ok());
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.ignoredColumns().isEmpty());
    QCOMPARE(model.delimiter(), QChar(u','));
    model.clear();
    QVERIFY(!model.isLoaded());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestImportPreviewModel)
#include "test_importpreviewmodel.moc"
