#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>

class QIODevice;

namespace tw::pms {

// One record of a CSV file: its fields, the 1-based line of the file where it
// starts (a quoted field may span several lines), and, when the record is
// malformed, what is wrong with it.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QString error; // empty when the record is well-formed

    bool isValid() const { return error.isEmpty(); }
};

// Reads CSV exports as hotels' systems write them, one record at a time and in
// linear time: UTF-8 with or without a byte order mark, CRLF, LF or CR line
// ends, RFC 4180 quoting (delimiters, doubled quotes and line breaks inside
// quoted fields), and a delimiter detected from the header line among comma,
// semicolon and tab. A malformed record is returned with an error and does not
// stop the records after it; a quote that is never closed spoils only the record
// it opens, and reading goes on at the line after that quote. Completely empty
// lines are skipped.
class CsvReader
{
public:
    // Reads from an open device, which must outlive the reader.
    explicit CsvReader(QIODevice *device);
    explicit CsvReader(const QByteArray &data);
    ~CsvReader();

    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Skips detection; call before the first readNext().
    void setDelimiter(QChar delimiter);
    // Takes this delimiter whenever the header line has it outside quotes, and
    // detects otherwise; call before the first readNext().
    void setPreferredDelimiter(QChar delimiter) { m_preferred = delimiter; }
    // The delimiter in use; detects it from the first line when not set.
    QChar delimiter();

    // Fills `record` with the next record; false at the end of the input.
    bool readNext(CsvRecord &record);

    // For progress reports: bytes of the input consumed so far, and in all
    // (-1 when the device cannot tell).
    qint64 bytesRead() const;
    qint64 totalBytes() const;

    // Set when the device failed while reading; the records read so far stay valid.
    QString readError() const { return m_readError; }

    // The whole input as records; convenient for small inputs and tests.
    static QList<CsvRecord> readAll(const QByteArray &data);

    // Comma, semicolon or tab: `preferred` if it occurs outside quotes in
    // `headerLine`, else whichever occurs most often there (comma when none does).
    static QChar detectDelimiter(QStringView headerLine, QChar preferred = {});

private:
    bool fill(bool append);
    int next();
    int peek();
    void detect();

    std::unique_ptr<QIODevice> m_ownedDevice;
    QIODevice *m_device = nullptr;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    // Set while inside a quoted field: the text read since it opened stays in
    // m_buffer, so that reading can resume after the quote if it never closes.
    bool m_keepBuffer = false;
    bool m_started = false;
    bool m_delimiterKnown = false;
    QChar m_delimiter = u',';
    QChar m_preferred;
    int m_line = 1;
    qint64 m_total = -1;
    qint64 m_bytesRead = 0;
    QString m_readError;
};

} // namespace tw::pms
