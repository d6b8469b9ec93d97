#pragma once

#include <core/result.h>

#include <QPageLayout>
#include <QString>

#include <functional>

class QPainter;
class QPdfWriter;

namespace tw::print {

// Writes a PDF the way every export of cards and slips must: under a temporary
// name, renamed over the target only when every page was painted, so a failure
// or a cancel leaves no partial file and keeps an older file of that name.
class PdfFile
{
public:
    // Paints the pages; a failure (or a cancel, reported as a failure) discards the file.
    using PaintPages = std::function<core::Status(QPainter &painter, QPdfWriter &writer)>;

    static core::Status write(const QString &path, const QString &title, const QPageLayout &firstPage,
                              const PaintPages &paint);
};

} // namespace tw::print
