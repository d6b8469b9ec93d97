#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace tw::social {

// Reads a server-sent-events stream (text/event-stream) as it arrives, in reads
// of any size: an event or a line may be split anywhere, even inside a UTF-8
// sequence; lines end in CRLF, LF or CR; several "data:" lines join with a line
// feed; lines starting with ":" are comments, which Mastodon sends as heartbeats.
// An event is complete at its blank line; a stream that ends before it loses it,
// as the format says.
class SseParser
{
public:
    struct Event
    {
        QString name = QStringLiteral("message"); // the "event:" field, "message" when absent
        QString data;
        QString id; // the last "id:" seen on the stream, carried on every event

        bool operator==(const Event &) const = default;
    };

    // A line longer than this is dropped (and counted) so that a broken server
    // cannot make the buffer grow without end.
    static constexpr qsizetype kMaxLineBytes = 8 * 1024 * 1024;

    // The events completed by these bytes, in order.
    QList<Event> feed(QByteArrayView bytes);

    // Forgets a partly received event and line, for a new connection. The counts
    // and the last event id are kept.
    void reset();

    // Comment lines seen so far (Mastodon's heartbeats).
    qint64 commentCount() const { return m_comments; }
    // Lines dropped for exceeding kMaxLineBytes.
    qint64 droppedLineCount() const { return m_droppedLines; }
    // The server's "retry:" advice in milliseconds, when it gave one.
    std::optional<int> retryMs() const { return m_retryMs; }
    const QString &lastEventId() const { return m_lastEventId; }

private:
    void processLine(QByteArrayView line, QList<Event> &events);

    QByteArray m_line;
    bool m_skipLineFeed = false; // the previous read ended in CR: a leading LF belongs to it
    bool m_overlong = false;     // discarding the rest of an overlong line
    bool m_atStreamStart = true; // a UTF-8 byte order mark may precede the first line
    QString m_eventName;
    QString m_data; // with a line feed after every data line, as the format builds it
    QString m_lastEventId;
    std::optional<int> m_retryMs;
    qint64 m_comments = 0;
    qint64 m_droppedLines = 0;
};

} // namespace tw::social
