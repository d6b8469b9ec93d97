#include "csvreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

#include <array>

using namespace Qt::StringLiterals;

namespace tw::pms {

namespace {

constexpr qint64 kChunkSize = qint64(64) * 1024;
constexpr int kEnd = -1;

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::pms::CsvReader", text);
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{
    if (m_device && !m_device->isSequential())
        m_total = m_device->size() - m_device->pos();
}

CsvReader::CsvReader(const QByteArray &data)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    m_device = buffer.get();
    m_ownedDevice = std::move(buffer);
    m_total = data.size();
}

CsvReader::~CsvReader() = default;

void CsvReader::setDelimiter(QChar delimiter)
{
    m_delimiter = delimiter;
    m_delimiterKnown = true;
}

QChar CsvReader::delimiter()
{
    if (!m_delimiterKnown)
        detect();
    return m_delimiter;
}

qint64 CsvReader::bytesRead() const
{
    return m_bytesRead;
}

qint64 CsvReader::totalBytes() const
{
    return m_total;
}

// Decodes the next chunk of the device. With `append` the decoded text is added
// to the unread buffer (the header scan needs a whole line); otherwise it
// replaces the buffer, which has been consumed. Returns false at the end.
bool CsvReader::fill(bool append)
{
    while (!m_eof) {
        if (!m_device || !m_device->isReadable()) {
            m_eof = true;
            break;
        }
        const QByteArray bytes = m_device->read(kChunkSize);
        if (bytes.isEmpty()) {
            if (!m_device->atEnd())
                m_readError = m_device->errorString();
            m_eof = true;
            break;
        }
        m_bytesRead += bytes.size();
        QString text = m_decoder.decode(bytes);
        if (!m_started) {
            m_started = true;
            if (text.startsWith(QChar::ByteOrderMark))
                text.remove(0, 1);
        }
        if (text.isEmpty())
            continue;
        if (append) {
            m_buffer += text;
        } else {
            m_buffer = std::move(text);
            m_pos = 0;
        }
        return true;
    }
    return false;
}

int CsvReader::next()
{
    if (m_pos >= m_buffer.size() && !fill(m_keepBuffer))
        return kEnd;
    return m_buffer.at(m_pos++).unicode();
}

int CsvReader::peek()
{
    if (m_pos >= m_buffer.size() && !fill(m_keepBuffer))
        return kEnd;
    return m_buffer.at(m_pos).unicode();
}

// Reads ahead, without consuming, until the end of the first line outside quotes.
void CsvReader::detect()
{
    m_delimiterKnown = true;
    qsizetype i = m_pos;
    bool quoted = false;
    for (;;) {
        if (i >= m_buffer.size()) {
            if (!fill(true))
                break;
            continue;
        }
        const QChar c = m_buffer.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        ++i;
    }
    m_delimiter = detectDelimiter(QStringView(m_buffer).mid(m_pos, i - m_pos), m_preferred);
}

QChar CsvReader::detectDelimiter(QStringView headerLine, QChar preferred)
{
    // In order of preference when counts tie.
    constexpr std::array<char16_t, 3> candidates{u',', u';', u'\t'};
    std::array<int, 3> counts{};
    bool quoted = false;
    for (const QChar c : headerLine) {
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        for (std::size_t k = 0; k < candidates.size(); ++k) {
            if (c == candidates[k])
                ++counts[k];
        }
    }
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        if (preferred == candidates[k] && counts[k] > 0)
            return preferred;
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < candidates.size(); ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return QChar(candidates[best]);
}

bool CsvReader::readNext(CsvRecord &record)
{
    if (!m_delimiterKnown)
        detect();
    const int delimiter = m_delimiter.unicode();

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };

    const auto fail = [&record](const QString &message) {
        if (record.error.isEmpty())
            record.error = message;
    };
    const auto finish = [&record, &fail]() {
        for (const QString &field : std::as_const(record.fields)) {
            if (field.contains(QChar::ReplacementCharacter)) {
                fail(tr("the text is not valid UTF-8; save the file as UTF-8 (\"CSV UTF-8\") and import it again"));
                break;
            }
        }
    };

    for (;;) {
        record.line = m_line;
        record.fields.clear();
        record.error.clear();
        QString field;
        State state = State::FieldStart;
        bool any = false; // anything but a line end seen in this record
        int quoteLine = 0;
        // Where to go on when the open quote never closes: the line after the
        // one the quote opened on, and the field as it was at that line's end.
        qsizetype resumePos = -1;
        int resumeLine = 0;
        qsizetype fieldAtResume = 0;
        const auto openQuote = [&] {
            state = State::Quoted;
            quoteLine = m_line;
            resumePos = -1;
            m_keepBuffer = true;
        };

        for (;;) {
            const int c = next();
            if (c == kEnd) {
                if (!any)
                    return false;
                if (state == State::Quoted) {
                    m_keepBuffer = false;
                    if (resumePos >= 0) {
                        // A missing closing quote would otherwise swallow every
                        // record after it: only this record is lost.
                        fail(tr("the quoted field that starts on line %1 is never closed; the record is skipped "
                                "and reading goes on with line %2")
                                 .arg(quoteLine)
                                 .arg(resumeLine));
                        field.truncate(fieldAtResume);
                        m_pos = resumePos;
                        m_line = resumeLine;
                    } else {
                        fail(tr("the quoted field that starts on line %1 is never closed: the file ends inside it")
                                 .arg(quoteLine));
                    }
                }
                record.fields.append(field);
                finish();
                return true;
            }

            if (state == State::Quoted) {
                if (c == u'"') {
                    if (peek() == u'"') {
                        next();
                        field += u'"';
                    } else {
                        state = State::AfterQuote;
                        m_keepBuffer = false;
                    }
                } else if (c == u'\r' || c == u'\n') {
                    // Line breaks inside a field are kept, as "\n" whatever the file uses.
                    if (c == u'\r' && peek() == u'\n')
                        next();
                    if (resumePos < 0)
                        fieldAtResume = field.size();
                    field += u'\n';
                    ++m_line;
                    if (resumePos < 0) {
                        resumePos = m_pos;
                        resumeLine = m_line;
                    }
                } else {
                    field += QChar(char16_t(c));
                }
                continue;
            }

            if (c == delimiter) {
                record.fields.append(field);
                field.clear();
                state = State::FieldStart;
                any = true;
                continue;
            }

            if (c == u'\r' || c == u'\n') {
                if (c == u'\r' && peek() == u'\n')
                    next();
                ++m_line;
                if (!any)
                    break; // an empty line: start over on the next one
                record.fields.append(field);
                finish();
                return true;
            }

            any = true;
            const QChar ch = QChar(char16_t(c));
            switch (state) {
            case State::FieldStart:
                if (ch == u'"') {
                    openQuote();
                } else {
                    field += ch;
                    state = State::Unquoted;
                }
                break;
            case State::Unquoted:
                if (ch == u'"') {
                    // Spaces before an opening quote are a common slip, not an error.
                    if (field.trimmed().isEmpty()) {
                        field.clear();
                        openQuote();
                        break;
                    }
                    fail(tr("stray quote in field %1: a field that contains quotes must be enclosed in quotes, "
                            "with each quote inside it doubled")
                             .arg(record.fields.size() + 1));
                }
                field += ch;
                break;
            case State::AfterQuote:
                if (ch == u' ' || ch == u'\t')
                    break; // spaces between the closing quote and the delimiter
                fail(tr("unexpected text after the closing quote of field %1: a field that contains quotes must "
                        "be enclosed in quotes, with each quote inside it doubled")
                         .arg(record.fields.size() + 1));
                field += ch;
                state = State::Unquoted;
                break;
            case State::Quoted:
                break;
            }
        }
    }
}

QList<CsvRecord> CsvReader::readAll(const QByteArray &data)
{
    CsvReader reader(data);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.readNext(record))
        records.append(record);
    return records;
}

} // namespace tw::pms
