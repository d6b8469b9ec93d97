#include <social/mastodon/sseparser.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::social::SseParser;

using Events = QList<SseParser::Event>;

namespace {

SseParser::Event sse(const QString &name, const QString &data, const QString &id = {})
{
    SseParser::Event e;
    e.name = name;
    e.data = data;
    e.id = id;
    return e;
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<Events>("expected");
        QTest::addColumn<int>("comments");

        QTest::newRow("mastodon update") << "event: update\ndata: {\"id\":\"1\"}\n\n"_ba
                                         << Events{sse(u"update"_s, u"{\"id\":\"1\"}"_s)} << 0;
        QTest::newRow("heartbeats are comments")
            << ":)\n:thump\nevent: delete\ndata: 42\n\n:thump\n"_ba << Events{sse(u"delete"_s, u"42"_s)} << 3;
        QTest::newRow("CRLF line endings")
            << "event: delete\r\ndata: 7\r\n\r\n"_ba << Events{sse(u"delete"_s, u"7"_s)} << 0;
        QTest::newRow("CR line endings") << "event: delete\rdata: 7\r\r"_ba << Events{sse(u"delete"_s, u"7"_s)} << 0;
        QTest::newRow("several data lines join with a line feed")
            << "data: one\ndata:two\ndata\ndata:  three\n\n"_ba << Events{sse(u"message"_s, u"one\ntwo\n\n three"_s)}
            << 0;
        QTest::newRow("no event name is a message") << "data: x\n\n"_ba << Events{sse(u"message"_s, u"x"_s)} << 0;
        QTest::newRow("an event without data is not dispatched")
            << "event: filters_changed\n\nevent: delete\ndata: 9\n\n"_ba << Events{sse(u"delete"_s, u"9"_s)} << 0;
        QTest::newRow("empty data line dispatches empty data")
            << "event: ping\ndata\n\n"_ba << Events{sse(u"ping"_s, QString())} << 0;
        QTest::newRow("event name does not leak into the next event")
            << "event: update\ndata: a\n\ndata: b\n\n"_ba << Events{sse(u"update"_s, u"a"_s), sse(u"message"_s, u"b"_s)}
            << 0;
        QTest::newRow("unknown fields ignored")
            << "foo: bar\nevent: delete\nretry\ndata: 5\n\n"_ba << Events{sse(u"delete"_s, u"5"_s)} << 0;
        QTest::newRow("last event id is carried")
            << "id: 17\ndata: a\n\ndata: b\n\n"_ba
            << Events{sse(u"message"_s, u"a"_s, u"17"_s), sse(u"message"_s, u"b"_s, u"17"_s)} << 0;
        QTest::newRow("byte order mark at the start") << "\xEF\xBB\xBF"
                                                         "data: x\n\n"_ba
                                                      << Events{sse(u"message"_s, u"x"_s)} << 0;
        QTest::newRow("utf-8 payload") << "event: update\ndata: Café ☕ 😀\n\n"_ba
                                       << Events{sse(u"update"_s, u"Café ☕ 😀"_s)} << 0;
        QTest::newRow("an unfinished event is not dispatched")
            << "event: update\ndata: {\"id\":\"1\"}\n\nevent: update\ndata: {\"id\":\"2\"}\n"_ba
            << Events{sse(u"update"_s, u"{\"id\":\"1\"}"_s)} << 0;
    }

    // Whatever the reads look like, the same events come out.
    void parse()
    {
        QFETCH(QByteArray, stream);
        QFETCH(Events, expected);
        QFETCH(int, comments);

        for (const qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), stream.size()}) {
            SseParser parser;
            Events events;
            for (qsizetype at = 0; at < stream.size(); at += chunk)
                events += parser.feed(QByteArrayView(stream).sliced(at, std::min(chunk, stream.size() - at)));
            QCOMPARE(events, expected);
            QCOMPARE(parser.commentCount(), comments);
        }
    }

    void crAtTheEndOfOneReadAndLfAtTheStartOfTheNext()
    {
        SseParser parser;
        QVERIFY(parser.feed("data: a\r").isEmpty());
        // The LF completes the CRLF: not an empty line of its own.
        QVERIFY(parser.feed("\ndata: b\r").isEmpty());
        const Events events = parser.feed("\n\r\n");
        QCOMPARE(events, Events{sse(u"message"_s, u"a\nb"_s)});
    }

    void retryAdvice()
    {
        SseParser parser;
        QVERIFY(!parser.retryMs());
        parser.feed("retry: 3000\n\nretry: soon\n\n");
        QCOMPARE(parser.retryMs(), 3000);
    }

    void resetForgetsAPartialEvent()
    {
        SseParser parser;
        QVERIFY(parser.feed("event: update\ndata: {\"id\":").isEmpty());
        parser.reset();
        const Events events = parser.feed("event: delete\ndata: 3\n\n");
        QCOMPARE(events, Events{sse(u"delete"_s, u"3"_s)});
    }

    void overlongLineIsDroppedAndTheStreamGoesOn()
    {
        SseParser parser;
        const QByteArray block(1024 * 1024, 'x');
        QVERIFY(parser.feed("data: ").isEmpty());
        for (qsizetype sent = 0; sent <= SseParser::kMaxLineBytes; sent += block.size())
            QVERIFY(parser.feed(block).isEmpty());
        QCOMPARE(parser.droppedLineCount(), 1);
        const Events events = parser.feed("\ndata: after\n\n");
        QCOMPARE(events, Events{sse(u"message"_s, u"after"_s)});
    }
};

QTEST_APPLESS_MAIN(TestSseParser)
#include "test_sseparser.moc"
