#include "pdftools.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

QString PdfTools::missingTools()
{
    for (const QString &tool : {u"pdfinfo"_s, u"pdffonts"_s, u"pdftotext"_s, u"pdftoppm"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            return u"%1 is not installed; install poppler-utils (scripts/deps.txt)"_s.arg(tool);
    }
    return {};
}

QByteArray PdfTools::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

int PdfTools::pageCount(const QString &pdf)
{
    const QString info = QString::fromUtf8(run(u"pdfinfo"_s, {pdf}));
    const auto match = QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QSizeF PdfTools::pageSize(const QString &pdf, int page)
{
    const QString info
        = QString::fromUtf8(run(u"pdfinfo"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), pdf}));
    const auto match = QRegularExpression(u"^Page\\s+%1 size:\\s+([\\d.]+) x ([\\d.]+) pts"_s.arg(page),
                                          QRegularExpression::MultilineOption)
                           .match(info);
    if (!match.hasMatch())
        return {};
    return QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
}

QList<PdfTools::Font> PdfTools::fonts(const QString &pdf)
{
    // name  type (may hold spaces)  encoding  emb sub uni object ID
    const QStringList lines = QString::fromUtf8(run(u"pdffonts"_s, {pdf})).split(u'\n', Qt::SkipEmptyParts);
    QList<Font> fonts;
    static const QRegularExpression row(
        u"^(\\S+)\\s+(.+?)\\s+(\\S+)\\s+(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"_s);
    for (const QString &line : lines) {
        const auto match = row.match(line);
        if (match.hasMatch())
            fonts.append(Font{match.captured(1), match.captured(2), match.captured(4) == u"yes"_s});
    }
    return fonts;
}

QString PdfTools::text(const QString &pdf, int page, const QRectF &area)
{
    QStringList arguments;
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    if (!area.isEmpty()) {
        // At 72 dpi a pixel is a point.
        const QRect r = area.toAlignedRect();
        arguments << u"-r"_s << u"72"_s << u"-x"_s << QString::number(r.x()) << u"-y"_s << QString::number(r.y())
                  << u"-W"_s << QString::number(r.width()) << u"-H"_s << QString::number(r.height());
    }
    arguments << pdf << u"-"_s;
    return QString::fromUtf8(run(u"pdftotext"_s, arguments));
}

QString PdfTools::words(const QString &pdf, int page, const QRectF &area)
{
    return text(pdf, page, area).simplified();
}

QImage PdfTools::rasterize(const QString &pdf, int page, int dpi)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(u"page"_s);
    run(u"pdftoppm"_s,
        {u"-png"_s, u"-r"_s, QString::number(dpi), u"-f"_s, QString::number(page), u"-l"_s, QString::number(page),
         u"-singlefile"_s, pdf, prefix});
    return QImage(prefix + u".png"_s).convertToFormat(QImage::Format_RGB32);
}

qsizetype PdfTools::differingPixels(const QImage &a, const QImage &b)
{
    if (a.isNull() || b.isNull() || a.size() != b.size())
        return -1;
    qsizetype count = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *ra = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *rb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            count += ra[x] != rb[x] ? 1 : 0;
    }
    return count;
}
