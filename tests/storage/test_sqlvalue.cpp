#include <storage/sqlvalue.h>

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using tw::storage::SqlValue;

// How values look in the database: the same text on both engines, which sorts
// in time order byte by byte.
class TestSqlValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestamp_data();
    void timestamp();
    void timestampsSortLikeTime();
    void timestampRoundTrip();
    void truncatedKeepsMillisecondsInUtc();
    void nowIsUtcToTheMillisecond();
    void datesAndTimesOfDay();
    void nulls();
};

void TestSqlValue::timestamp_data()
{
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QString>("text");

    QTest::newRow("UTC") << QDateTime(QDate(2024, 5, 1), QTime(18, 30), Qt::UTC) << u"2024-05-01T18:30:00.000Z"_s;
    QTest::newRow("milliseconds") << QDateTime(QDate(2024, 5, 1), QTime(8, 5, 9, 7), Qt::UTC)
                                  << u"2024-05-01T08:05:09.007Z"_s;
    QTest::newRow("offset to UTC") << QDateTime(QDate(2024, 5, 1), QTime(1, 0), QTimeZone(2 * 3600))
                                   << u"2024-04-30T23:00:00.000Z"_s;
    QTest::newRow("named zone, summer time")
        << QDateTime(QDate(2024, 7, 1), QTime(12, 0, 0, 999), QTimeZone("America/New_York"))
        << u"2024-07-01T16:00:00.999Z"_s;
    QTest::newRow("small year, padded") << QDateTime(QDate(987, 1, 2), QTime(3, 4, 5, 60), Qt::UTC)
                                        << u"0987-01-02T03:04:05.060Z"_s;
    QTest::newRow("end of a year") << QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59, 999), Qt::UTC)
                                   << u"2025-12-31T23:59:59.999Z"_s;
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestSqlValue::timestamp()
{
    QFETCH(QDateTime, instant);
    QFETCH(QString, text);
    QCOMPARE(SqlValue::timestamp(instant), text);
}

void TestSqlValue::timestampsSortLikeTime()
{
    const QDateTime start(QDate(2024, 3, 31), QTime(0, 59, 59, 990), Qt::UTC);
    QString previous = SqlValue::timestamp(start);
    for (const qint64 step : {1, 9, 10, 990, 3'600'000, 86'400'000}) {
        const QString next = SqlValue::timestamp(start.addMSecs(step));
        QVERIFY2(previous < next, qPrintable(previous + u" / "_s + next));
        previous = next;
    }
}

void TestSqlValue::timestampRoundTrip()
{
    const QDateTime instant(QDate(2026, 3, 3), QTime(9, 30, 15, 250), QTimeZone("Europe/Berlin"));
    const QDateTime back = SqlValue::timestampFrom(SqlValue::timestamp(instant));
    QCOMPARE(back, instant);
    QCOMPARE(back.timeSpec(), Qt::UTC);
    QVERIFY(!SqlValue::timestampFrom(QVariant()).isValid());
    QVERIFY(!SqlValue::timestampFrom(u"yesterday"_s).isValid());
    QVERIFY(!SqlValue::timestampFrom(u"2026-02-30T10:00:00.000Z"_s).isValid());
    QVERIFY(!SqlValue::timestampFrom(u"2026-03-03T10:61:00.000Z"_s).isValid());
    QVERIFY(!SqlValue::timestampFrom(u"2026-03-03T1x:00:00.000Z"_s).isValid());
    // Other ISO 8601 spellings, as a person might have typed into the database, still read.
    QCOMPARE(SqlValue::timestampFrom(u"2026-03-03T10:00:00+01:00"_s),
             QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC));
    QCOMPARE(SqlValue::optionalTimestampFrom(QVariant()), std::nullopt);
}

void TestSqlValue::truncatedKeepsMillisecondsInUtc()
{
    const QDateTime precise = QDateTime(QDate(2026, 3, 3), QTime(10, 0, 0, 123), QTimeZone(3600));
    const QDateTime cut = SqlValue::truncated(precise);
    QCOMPARE(cut, precise);
    QCOMPARE(cut.timeSpec(), Qt::UTC);
    QCOMPARE(cut.time(), QTime(9, 0, 0, 123));
    QVERIFY(!SqlValue::truncated(QDateTime()).isValid());
}

void TestSqlValue::nowIsUtcToTheMillisecond()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const QDateTime now = SqlValue::now();
    QCOMPARE(now.timeSpec(), Qt::UTC);
    QVERIFY(now >= before);
    QCOMPARE(SqlValue::timestampFrom(SqlValue::timestamp(now)), now);
}

void TestSqlValue::datesAndTimesOfDay()
{
    QCOMPARE(SqlValue::date(QDate(2026, 3, 4)), u"2026-03-04"_s);
    QCOMPARE(SqlValue::date(QDate(987, 11, 30)), u"0987-11-30"_s);
    QCOMPARE(SqlValue::date(QDate(2024, 2, 29)), u"2024-02-29"_s);
    QCOMPARE(SqlValue::dateFrom(u"2026-03-04"_s), QDate(2026, 3, 4));
    QVERIFY(!SqlValue::dateFrom(u"2026-02-30"_s).isValid());
    QVERIFY(!SqlValue::dateFrom(u"2026/03/04"_s).isValid());
    QCOMPARE(SqlValue::date(QDate()), QString());
    QVERIFY(!SqlValue::dateFrom(QVariant()).isValid());
    QCOMPARE(SqlValue::timeOfDay(QTime(9, 5)), u"09:05"_s);
    QCOMPARE(SqlValue::timeOfDayFrom(u"15:00"_s), QTime(15, 0));
}

void TestSqlValue::nulls()
{
    QVERIFY(SqlValue::nullableText(QString()).isNull());
    QVERIFY(SqlValue::nullableText(u""_s).isNull());
    QCOMPARE(SqlValue::nullableText(u"x"_s).toString(), u"x"_s);
    QVERIFY(SqlValue::id(0).isNull());
    QCOMPARE(SqlValue::id(42).toLongLong(), 42);
    QVERIFY(SqlValue::nullableTimestamp(std::nullopt).isNull());
    QVERIFY(SqlValue::nullableTimestamp(QDateTime()).isNull());
}

QTEST_GUILESS_MAIN(TestSqlValue)
#include "test_sqlvalue.moc"
