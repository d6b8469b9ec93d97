#include "xstreamlinereader.h"

namespace tw::social {

XStreamLineReader::XStreamLineReader(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{
}

XStreamLineReader::Lines XStreamLineReader::feed(QByteArrayView bytes)
{
    Lines result;
    qsizetype from = 0;
    while (from < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', from);
        if (newline < 0) {
            if (!m_discarding) {
                m_buffer.append(bytes.sliced(from));
                if (m_buffer.size() > m_maxLineBytes) {
                    ++result.oversized;
                    m_buffer.clear();
                    m_discarding = true;
                }
            }
            break;
        }
        if (m_discarding) {
            m_discarding = false;
        } else {
            m_buffer.append(bytes.sliced(from, newline - from));
            if (m_buffer.endsWith('\r'))
                m_buffer.chop(1);
            if (m_buffer.size() > m_maxLineBytes)
                ++result.oversized;
            else if (m_buffer.trimmed().isEmpty())
                ++result.keepAlives;
            else
                result.lines.append(m_buffer);
        }
        m_buffer.clear();
        from = newline + 1;
    }
    return result;
}

void XStreamLineReader::clear()
{
    m_buffer.clear();
    m_discarding = false;
}

} // namespace tw::social
