#include "pdffile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace tw::print {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::print::PdfFile", text);
}

} // namespace

core::Status PdfFile::write(const QString &path, const QString &title, const QPageLayout &firstPage,
                            const PaintPages &paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return core::Status::failure(tr("Could not write %1: %2. Check that the folder exists and that you may "
                                        "write there.")
                                         .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setCreator(u"Tweetworthy"_s);
        writer.setTitle(title);
        writer.setPageLayout(firstPage);
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return core::Status::failure(tr("Could not start the PDF %1.").arg(path));
        }
        const core::Status painted = paint(painter, writer);
        painter.end();
        if (!painted.ok()) {
            file.cancelWriting();
            return painted;
        }
    }
    if (!file.commit()) {
        return core::Status::failure(tr("Could not write %1: %2. Check that there is space on the disk and try "
                                        "again.")
                                         .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    }
    return {};
}

} // namespace tw::print
