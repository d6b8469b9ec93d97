#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace tw::social {

// Cuts the filtered stream's body into lines as its bytes arrive: a line may
// end in a later read than the one it started in, one read may hold several
// lines, lines end with "\r\n" (a bare "\n" is accepted too), and a blank line
// is a keep-alive. A line that grows past the limit without ending is dropped
// up to its end, so that a broken server cannot make us buffer without bound.
class XStreamLineReader
{
public:
    struct Lines
    {
        QList<QByteArray> lines; // complete, without their line ends, never blank
        int keepAlives = 0;
        int oversized = 0; // lines dropped for being longer than the limit
    };

    explicit XStreamLineReader(qsizetype maxLineBytes = 4 * 1024 * 1024);

    Lines feed(QByteArrayView bytes);
    // Forgets a partial line (the connection it came from is gone).
    void clear();
    qsizetype pendingBytes() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    qsizetype m_maxLineBytes;
    bool m_discarding = false; // inside an oversized line, until its end
};

} // namespace tw::social
