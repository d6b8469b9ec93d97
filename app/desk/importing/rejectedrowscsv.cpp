#include "rejectedrowscsv.h"

#include <desk/logging.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::desk::RejectedRowsCsv", text);
}

} // namespace

QString RejectedRowsCsv::quoteField(QStringView field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r') || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field.toString();
    QString quoted = field.toString();
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray RejectedRowsCsv::toCsv(const QList<pms::RejectedRow> &rows)
{
    QString csv = u"line,reason\r\n"_s;
    for (const pms::RejectedRow &row : rows)
        csv += QString::number(row.line) + u',' + quoteField(row.reason) + u"\r\n"_s;
    return csv.toUtf8();
}

core::Status RejectedRowsCsv::save(const QString &path, const QList<pms::RejectedRow> &rows)
{
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return core::Status::failure(tr("Cannot write %1: %2. Choose a folder you may write to.")
                                         .arg(u'\u201C' + name + u'\u201D', file.errorString()));
    }
    file.write(toCsv(rows));
    if (!file.commit()) {
        qCWarning(lcDesk) << "cannot save the rejected rows:" << file.errorString();
        return core::Status::failure(tr("Cannot save %1: %2. Check that the disk has room, or choose another "
                                        "folder.")
                                         .arg(u'\u201C' + name + u'\u201D', file.errorString()));
    }
    return {};
}

} // namespace tw::desk
