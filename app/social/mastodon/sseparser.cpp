#include "sseparser.h"

#include <limits>

namespace tw::social {

QList<SseParser::Event> SseParser::feed(QByteArrayView bytes)
{
    QList<Event> events;
    qsizetype i = 0;
    if (m_skipLineFeed && !bytes.isEmpty()) {
        if (bytes.front() == '\n')
            i = 1;
        m_skipLineFeed = false;
    }
    while (i < bytes.size()) {
        qsizetype end = i;
        while (end < bytes.size() && bytes.at(end) != '\n' && bytes.at(end) != '\r')
            ++end;
        if (!m_overlong) {
            if (m_line.size() + (end - i) > kMaxLineBytes) {
                m_line.clear();
                m_overlong = true;
                ++m_droppedLines;
            } else {
                m_line.append(bytes.sliced(i, end - i));
            }
        }
        if (end == bytes.size())
            break; // the line goes on in the next read

        if (bytes.at(end) == '\r') {
            if (end + 1 < bytes.size()) {
                if (bytes.at(end + 1) == '\n')
                    ++end;
            } else {
                m_skipLineFeed = true;
            }
        }
        if (m_overlong)
            m_overlong = false;
        else
            processLine(m_line, events);
        m_line.clear();
        i = end + 1;
    }
    return events;
}

void SseParser::reset()
{
    m_line.clear();
    m_skipLineFeed = false;
    m_overlong = false;
    m_atStreamStart = true;
    m_eventName.clear();
    m_data.clear();
}

void SseParser::processLine(QByteArrayView line, QList<Event> &events)
{
    if (m_atStreamStart) {
        m_atStreamStart = false;
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
    }

    if (line.isEmpty()) {
        if (!m_data.isEmpty()) {
            Event event;
            if (!m_eventName.isEmpty())
                event.name = m_eventName;
            event.data = m_data.chopped(1);
            event.id = m_lastEventId;
            events.append(event);
        }
        m_data.clear();
        m_eventName.clear();
        return;
    }
    if (line.front() == ':') {
        ++m_comments;
        return;
    }

    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);

    if (field == "data") {
        m_data += QString::fromUtf8(value);
        m_data += u'\n';
    } else if (field == "event") {
        m_eventName = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool ok = !value.isEmpty();
        for (const char c : value)
            ok = ok && c >= '0' && c <= '9';
        if (ok) {
            const qlonglong ms = value.toByteArray().toLongLong(&ok);
            if (ok && ms <= std::numeric_limits<int>::max())
                m_retryMs = int(ms);
        }
    }
    // Other fields are ignored, as the format says.
}

} // namespace tw::social
