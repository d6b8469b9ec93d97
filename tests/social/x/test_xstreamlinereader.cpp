#include <social/x/xstreamlinereader.h>

#include <QTest>

using tw::social::XStreamLineReader;

class TestXStreamLineReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feeds_data()
    {
        QTest::addColumn<QList<QByteArray>>("reads");
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::addColumn<int>("keepAlives");
        QTest::addColumn<qsizetype>("pending");

        QTest::newRow("one line") << QList<QByteArray>{"{\"a\":1}\r\n"} << QList<QByteArray>{"{\"a\":1}"} << 0
                                  << qsizetype(0);
        QTest::newRow("keep-alives only")
            << QList<QByteArray>{"\r\n", "\r\n\r\n"} << QList<QByteArray>{} << 3 << qsizetype(0);
        QTest::newRow("several lines in one read")
            << QList<QByteArray>{"{\"a\":1}\r\n\r\n{\"b\":2}\r\n{\"c\":3}\r\n"}
            << QList<QByteArray>{"{\"a\":1}", "{\"b\":2}", "{\"c\":3}"} << 1 << qsizetype(0);
        QTest::newRow("line split across reads") << QList<QByteArray>{"{\"text\":\"hel", "lo\"}", "\r", "\n"}
                                                 << QList<QByteArray>{"{\"text\":\"hello\"}"} << 0 << qsizetype(0);
        QTest::newRow("split inside the line end") << QList<QByteArray>{"{\"a\":1}\r", "\n{\"b\"", ":2}\r\n"}
                                                   << QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"} << 0 << qsizetype(0);
        QTest::newRow("bare newlines") << QList<QByteArray>{"{\"a\":1}\n\n{\"b\":2}\n"}
                                       << QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"} << 1 << qsizetype(0);
        QTest::newRow("unfinished line stays pending")
            << QList<QByteArray>{"{\"a\":1}\r\n{\"b\""} << QList<QByteArray>{"{\"a\":1}"} << 0 << qsizetype(4);
        QTest::newRow("blank with spaces is a keep-alive")
            << QList<QByteArray>{" \r\n"} << QList<QByteArray>{} << 1 << qsizetype(0);
    }

    void feeds()
    {
        QFETCH(QList<QByteArray>, reads);
        QFETCH(QList<QByteArray>, lines);
        QFETCH(int, keepAlives);
        QFETCH(qsizetype, pending);

        XStreamLineReader reader;
        QList<QByteArray> got;
        int gotKeepAlives = 0;
        for (const QByteArray &read : reads) {
            const XStreamLineReader::Lines result = reader.feed(read);
            got += result.lines;
            gotKeepAlives += result.keepAlives;
            QCOMPARE(result.oversized, 0);
        }
        QCOMPARE(got, lines);
        QCOMPARE(gotKeepAlives, keepAlives);
        QCOMPARE(reader.pendingBytes(), pending);
    }

    void oversizedLineIsDroppedUpToItsEnd()
    {
        XStreamLineReader reader(8);
        XStreamLineReader::Lines result = reader.feed("0123456789");
        QCOMPARE(result.oversized, 1);
        QCOMPARE(reader.pendingBytes(), qsizetype(0));
        result = reader.feed("abcdef\r\n{\"ok\":1}\r\n");
        QCOMPARE(result.oversized, 0);
        QCOMPARE(result.lines, QList<QByteArray>{"{\"ok\":1}"});

        result = reader.feed("0123456789\r\n");
        QCOMPARE(result.oversized, 1);
        QVERIFY(result.lines.isEmpty());
    }

    void clearForgetsAPartialLine()
    {
        XStreamLineReader reader;
        reader.feed("{\"half");
        reader.clear();
        QCOMPARE(reader.feed("{\"b\":2}\r\n").lines, QList<QByteArray>{"{\"b\":2}"});
    }
};

QTEST_GUILESS_MAIN(TestXStreamLineReader)
#include "test_xstreamlinereader.moc"
