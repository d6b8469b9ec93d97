#pragma once

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

// Reads PDFs back with poppler's command-line tools (poppler-utils), as a
// person checking the output would: page sizes, fonts, text and pixels.
class PdfTools
{
public:
    struct Font
    {
        QString name;
        QString type;
        bool embedded = false;
    };

    // Empty when every tool is there; otherwise what to install.
    static QString missingTools();
    static int pageCount(const QString &pdf);
    static QSizeF pageSize(const QString &pdf, int page); // points
    static QList<Font> fonts(const QString &pdf);
    static QString text(const QString &pdf, int page = 0, const QRectF &area = {}); // 0: all pages
    // The page's words (within an area of it, in points, when given) separated
    // by single spaces, as a reader would copy them.
    static QString words(const QString &pdf, int page = 0, const QRectF &area = {});
    static QImage rasterize(const QString &pdf, int page, int dpi = 50);
    // Pixels that differ between two images of the same size, or -1.
    static qsizetype differingPixels(const QImage &a, const QImage &b);

private:
    static QByteArray run(const QString &program, const QStringList &arguments);
};
