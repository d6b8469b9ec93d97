#include <desk/importing/mappingdetector.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::MappingDetector;

class TestMappingDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void fitCountsMissingAndRecognised();
};

void TestMappingDetector::detect_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("expected");

    QTest::newRow("canonical") << QStringList{u"confirmation"_s, u"first_name"_s, u"arrival"_s, u"departure"_s}
                               << u"default"_s;
    QTest::newRow("canonical in other spellings")
        << QStringList{u"Confirmation"_s, u"Last Name"_s, u"ARRIVAL"_s, u"Departure"_s, u"E-Mail"_s} << u"default"_s;
    QTest::newRow("german export") << QStringList{u"Reservierungsnummer"_s, u"Vorname"_s, u"Nachname"_s, u"Anreise"_s,
                                                  u"Abreise"_s}
                                   << u"de"_s;
    QTest::newRow("us legacy export") << QStringList{u"Conf #"_s,       u"Guest First"_s,    u"Guest Last"_s,
                                                     u"Arrival Date"_s, u"Departure Date"_s, u"Room #"_s}
                                      << u"us-legacy"_s;
    // Neither reads it: the default is kept rather than a foreign date format.
    QTest::newRow("unknown export") << QStringList{u"Guest"_s, u"Nights"_s} << u"default"_s;
    // Both read every column of a canonical header with a "Status" column;
    // the tie goes to the default.
    QTest::newRow("tie") << QStringList{u"confirmation"_s, u"email"_s, u"arrival"_s, u"departure"_s, u"status"_s}
                         << u"default"_s;
}

void TestMappingDetector::detect()
{
    QFETCH(QStringList, header);
    QFETCH(QString, expected);
    QCOMPARE(MappingDetector::detect(header).name(), expected);
}

void TestMappingDetector::fitCountsMissingAndRecognised()
{
    const pms::ColumnMapping canonical;
    const auto fit = MappingDetector::fit(canonical, {u"confirmation"_s, u"email"_s, u"Nights"_s, u"room"_s});
    QCOMPARE(fit.missing, 2); // arrival, departure
    QCOMPARE(fit.recognised, 3);
    const MappingDetector::Fit fewerMissing{1, 0};
    const MappingDetector::Fit fewerRecognised{2, 2};
    const MappingDetector::Fit moreRecognised{2, 4};
    QVERIFY(fewerMissing.isBetterThan(fit));
    QVERIFY(fit.isBetterThan(fewerRecognised));
    QVERIFY(!fit.isBetterThan(moreRecognised));
    QVERIFY(!fit.isBetterThan(fit));
}

QTEST_GUILESS_MAIN(TestMappingDetector)
#include "test_mappingdetector.moc"
