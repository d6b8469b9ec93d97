#pragma once

#include <core/result.h>
#include <pms/stayimporter.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace tw::desk {

// Writes an import's refused rows as a CSV file ("line,reason"), so staff can
// fix them in a spreadsheet or hand them to whoever runs the hotel's system.
class RejectedRowsCsv
{
public:
    // UTF-8, RFC 4180: a header line, CRLF line ends, fields quoted when they
    // hold a comma, a quote, a line break or spaces at either end, with quotes
    // doubled.
    static QByteArray toCsv(const QList<pms::RejectedRow> &rows);
    // Replaces the file only once all of it is written.
    static core::Status save(const QString &path, const QList<pms::RejectedRow> &rows);

    static QString quoteField(QStringView field);
};

} // namespace tw::desk
