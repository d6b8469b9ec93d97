#include "cardrenderer.h"

#include "logging.h"
#include "pdffile.h"

#include <core/handwritinglayout.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QRawFont>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tw::print {

namespace {

constexpr double kPointsPerInch = 72.0;
// Baseline to baseline, in letter sizes: a hand on unlined card leaves room
// for loops above and below.
constexpr double kLineSpacing = 1.36;
// The text may be written a little smaller to fit, never more than this much.
constexpr double kMostShrink = 0.82;
constexpr double kShrinkStep = 0.5;
constexpr int kInkLevels = 9;
constexpr int kFallbackReferenceSize = 100;
// Crop marks start this far inside the sheet's edge, clear of the unprintable
// border of office printers (commonly 4 to 6 mm).
constexpr double kCropMarkInsetMm = 7.0;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("tw::print::CardRenderer", text, disambiguation, n);
}

// A card's id becomes its seed through one more mixing step, so that cards
// with neighbouring ids do not start from neighbouring states.
quint64 seedOf(core::Id id)
{
    quint64 z = quint64(id) + 0x632be59bd9b4e019ULL;
    z = (z ^ (z >> 33)) * 0xff51afd7ed558ccdULL;
    z = (z ^ (z >> 33)) * 0xc4ceb9fe1a85ec53ULL;
    return z ^ (z >> 33);
}

// One letter ready to draw: its glyphs in the card's font, or the text to
// draw with font fallback when the font lacks it.
struct Letter
{
    QGlyphRun run;
    bool fallback = false;
    double advance = 0;
};

// Whether the text already ends with the signature as whole words: "Maria
// Lopes" ends "... all of us. Maria Lopes" but not "... Anna Maria Lopesova".
bool endsWithSignature(const QString &text, const QString &signature)
{
    const QString name = signature.simplified();
    const QString written = text.simplified();
    if (name.isEmpty() || !written.endsWith(name, Qt::CaseInsensitive))
        return false;
    const qsizetype before = written.size() - name.size() - 1;
    if (before < 0)
        return true;
    return !written.at(before).isLetterOrNumber();
}

} // namespace

struct CardRenderer::Private
{
    CardFormat format = CardFormat::A6;
    CardFormatSpec spec;
    HandwritingStyle style;
    std::array<QColor, kInkLevels> inks;

    // One font per size tried; the layout of the last face, so that a preview
    // that asks for the fit and then paints lays the text out once.
    struct Face
    {
        double pointSize = 0;
        QFont font;
        QRawFont raw;
        QHash<QString, Letter> letters;
    };
    mutable QList<Face> faces;

    struct Cached
    {
        core::Id cardId = core::InvalidId;
        QString text;
        QString signature;
        CardFit fit;
        core::HandwritingLayout::Result layout;
        bool valid = false;
    };
    mutable Cached cached;

    QRectF writingArea() const { return QRectF(QPointF(0, 0), spec.cardSize).marginsRemoved(spec.cardMargins); }

    Face &faceFor(double pointSize) const
    {
        for (Face &face : faces) {
            if (face.pointSize == pointSize)
                return face;
        }
        Face face;
        face.pointSize = pointSize;
        // Painter units are points on every device, so fonts are sized in
        // those units: a pixel size, never a point size that the device's
        // resolution would scale again. Letters the handwriting font lacks
        // are drawn with font fallback from a reference size and scaled.
        face.font = QFont(style.fontFamily);
        face.font.setPixelSize(kFallbackReferenceSize);
        // Unhinted outlines: the same shapes and advances on paper and screen.
        face.font.setHintingPreference(QFont::PreferNoHinting);
        face.font.setKerning(false);
        face.raw = HandwritingFonts::rawFont(style.fontFamily, pointSize);
        if (faces.size() > 8)
            faces.removeFirst();
        faces.append(face);
        return faces.last();
    }

    const Letter &letterFor(Face &face, QStringView text) const
    {
        const QString key = text.toString();
        auto it = face.letters.constFind(key);
        if (it != face.letters.constEnd())
            return *it;
        Letter letter;
        const QList<quint32> glyphs = face.raw.isValid() ? face.raw.glyphIndexesForString(key) : QList<quint32>();
        bool missing = glyphs.isEmpty();
        for (const quint32 glyph : glyphs)
            missing = missing || glyph == 0;
        if (missing) {
            letter.fallback = true;
            letter.advance = QFontMetricsF(face.font).horizontalAdvance(key) * face.pointSize / kFallbackReferenceSize;
        } else {
            const QList<QPointF> advances = face.raw.advancesForGlyphIndexes(glyphs);
            QList<QPointF> positions;
            positions.reserve(glyphs.size());
            QPointF pen;
            for (const QPointF &advance : advances) {
                positions.append(pen);
                pen += advance;
            }
            letter.run.setRawFont(face.raw);
            letter.run.setGlyphIndexes(glyphs);
            letter.run.setPositions(positions);
            letter.advance = pen.x();
        }
        return *face.letters.insert(key, letter);
    }

    core::HandwritingLayout::Options optionsFor(const Face &face, const CardFace &card) const
    {
        const QRectF area = writingArea();
        core::HandwritingLayout::Options options;
        options.width = area.width();
        options.height = area.height();
        options.pointSize = face.pointSize;
        options.lineHeight = face.pointSize * kLineSpacing;
        const double ascent = face.raw.isValid() ? face.raw.ascent() : face.pointSize * 0.9;
        const double descent = face.raw.isValid() ? face.raw.descent() : face.pointSize * 0.3;
        // Capitals and loops rarely reach the font's full ascent and descent.
        options.ascent = std::min(ascent, face.pointSize * 1.1) * 0.85;
        options.descent = std::min(descent, face.pointSize * 0.45) * 0.8;
        options.seed = seedOf(card.cardId);
        options.signature = card.signature;
        return options;
    }

    core::HandwritingLayout::Result layoutAt(double pointSize, const CardFace &card) const
    {
        Face &face = faceFor(pointSize);
        const auto measure = [this, &face](QStringView text) { return letterFor(face, text).advance; };
        return core::HandwritingLayout::layout(card.text, optionsFor(face, card), measure);
    }

    const Cached &fitted(const CardFace &card) const
    {
        if (cached.valid && cached.cardId == card.cardId && cached.text == card.text
            && cached.signature == card.signature)
            return cached;
        cached = Cached();
        cached.cardId = card.cardId;
        cached.text = card.text;
        cached.signature = card.signature;
        const double nominal = style.pointSize;
        const double smallest = std::max(MinimumHandwritingPointSize, std::floor(nominal * kMostShrink * 2) / 2);
        double size = nominal;
        // Composed letters, so that an accent stays on its letter when every
        // letter is drawn on its own.
        CardFace composed = card;
        composed.text = card.text.normalized(QString::NormalizationForm_C);
        composed.signature = card.signature.normalized(QString::NormalizationForm_C).trimmed();
        // A template that signs itself ("Warm regards,\n{signature}", or
        // "... all of us. Maria Lopes") is not signed a second time.
        if (endsWithSignature(composed.text, composed.signature))
            composed.signature.clear();
        auto layout = layoutAt(size, composed);
        while (!layout.fits && size - kShrinkStep >= smallest - 1e-9) {
            size -= kShrinkStep;
            layout = layoutAt(size, composed);
        }
        if (!layout.fits) {
            // Report against the size the card is meant for, where the reader
            // sees it, and show the largest part that fits there.
            size = nominal;
            layout = layoutAt(size, composed);
        }
        CardFit &fit = cached.fit;
        fit.fits = layout.fits;
        fit.pointSize = size;
        fit.lines = layout.linesNeeded;
        if (!layout.fits) {
            fit.overflowText = layout.overflowText;
            const int over = std::max(1, layout.linesNeeded - int(layout.lines.size()));
            fit.message
                = tr("The text is %n line(s) too long for the %1; shorten it or pick a larger card.", nullptr, over)
                      .arg(cardFormatLabel(format));
        }
        cached.layout = layout;
        cached.valid = true;
        return cached;
    }

    QColor inkFor(double ink) const
    {
        const int level = std::clamp(int(std::lround((ink + 1.0) / 2.0 * (kInkLevels - 1))), 0, kInkLevels - 1);
        return inks[size_t(level)];
    }

    void paint(QPainter &painter, const CardFace &card, bool markOverflow) const
    {
        paintLaidOut(painter, fitted(card), markOverflow);
    }

    void paintLaidOut(QPainter &painter, const Cached &c, bool markOverflow) const
    {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        painter.fillRect(QRectF(QPointF(0, 0), spec.cardSize), Qt::white);
        Face &face = faceFor(c.fit.pointSize);
        const QRectF area = writingArea();
        const QTransform base = painter.worldTransform();
        for (const auto &line : c.layout.lines) {
            QTransform lineTransform;
            lineTransform.translate(area.left() + line.x, area.top() + line.baseline);
            lineTransform.rotate(line.slope);
            for (const auto &glyph : line.glyphs) {
                const QStringView text = QStringView(line.text).mid(glyph.start, glyph.length);
                const Letter &letter = letterFor(face, text);
                QTransform t;
                t.translate(glyph.x, glyph.baselineOffset);
                t.rotate(glyph.angle);
                t.scale(glyph.scale, glyph.scale);
                painter.setWorldTransform(t * lineTransform * base);
                painter.setPen(inkFor(glyph.ink));
                if (letter.fallback) {
                    painter.scale(face.pointSize / kFallbackReferenceSize, face.pointSize / kFallbackReferenceSize);
                    painter.setFont(face.font);
                    painter.drawText(QPointF(0, 0), text.toString());
                } else {
                    painter.drawGlyphRun(QPointF(0, 0), letter.run);
                }
            }
        }
        painter.setWorldTransform(base);
        if (markOverflow && !c.fit.fits) {
            const QRectF card(QPointF(0, 0), spec.cardSize);
            QPen pen(QColor(0xd0, 0x21, 0x21));
            pen.setWidthF(3);
            painter.setPen(pen);
            painter.drawLine(card.bottomLeft() + QPointF(0, -1.5), card.bottomRight() + QPointF(0, -1.5));
            painter.drawLine(card.topRight() + QPointF(-1.5, 0), card.bottomRight() + QPointF(-1.5, 0));
        }
        painter.restore();
    }

    void paintCropMarks(QPainter &painter, const QSizeF &sheet) const
    {
        // Four cards at their true size fill A4 and Letter edge to edge, so
        // the two cuts through the middle are all there is to cut. Office
        // printers leave a few millimetres at the sheet's edge unprinted, so
        // the marks at the ends of each cut start well inside it, in the
        // cards' blank margins, with a small cross where the cuts meet.
        const QList<QRectF> slots = cardSlotsOnSheet(spec);
        const double midX = slots.at(0).right();
        const double midY = slots.at(0).bottom();
        const double inset = kCropMarkInsetMm * kPointsPerInch / 25.4;
        const double tick = 8;
        painter.save();
        QPen pen(Qt::black);
        pen.setWidthF(0.4);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.drawLine(QPointF(midX, inset), QPointF(midX, inset + tick));
        painter.drawLine(QPointF(midX, sheet.height() - inset - tick), QPointF(midX, sheet.height() - inset));
        painter.drawLine(QPointF(inset, midY), QPointF(inset + tick, midY));
        painter.drawLine(QPointF(sheet.width() - inset - tick, midY), QPointF(sheet.width() - inset, midY));
        painter.drawLine(QPointF(midX - 6, midY), QPointF(midX + 6, midY));
        painter.drawLine(QPointF(midX, midY - 6), QPointF(midX, midY + 6));
        painter.restore();
    }

    QSizeF sheetSize() const
    {
        QSizeF sheet = spec.pageSize.size(QPageSize::Point);
        if (spec.orientation == QPageLayout::Landscape)
            sheet.transpose();
        return sheet;
    }

    // Everything that can fail or be cancelled, before anything reaches the
    // paper: every card is laid out and checked to fit, and progress is
    // reported (and may cancel) after each one. Printers cannot take back
    // pages once painted, so painting itself has no cancel point.
    core::Status layOutAll(const QList<CardFace> &cards, const RenderProgress &progress, QList<Cached> &laidOut,
                           bool &cancelled) const
    {
        cancelled = false;
        laidOut.clear();
        if (cards.isEmpty())
            return core::Status::failure(tr("There are no cards to print."));
        laidOut.reserve(cards.size());
        for (qsizetype i = 0; i < cards.size(); ++i) {
            const Cached &c = fitted(cards.at(i));
            if (!c.fit.fits) {
                const QString which = cards.at(i).cardId != core::InvalidId
                    ? tr("Card %1").arg(cards.at(i).cardId)
                    : tr("Card %1 of %2").arg(i + 1).arg(cards.size());
                return core::Status::failure(tr("%1 does not fit: %2").arg(which, c.fit.message));
            }
            laidOut.append(c);
            if (progress && !progress(int(i + 1), int(cards.size()))) {
                cancelled = true;
                return {};
            }
        }
        return {};
    }

    // Paints laid-out cards onto a paged device whose page layout is already set.
    core::Status paintAll(QPainter &painter, QPagedPaintDevice &device, const QList<Cached> &cards) const
    {
        const double scale = device.logicalDpiX() / kPointsPerInch;
        const QList<QRectF> slots = cardSlotsOnSheet(spec);
        const QSizeF sheet = sheetSize();
        painter.scale(scale, device.logicalDpiY() / kPointsPerInch);
        for (qsizetype i = 0; i < cards.size(); ++i) {
            const qsizetype slot = i % slots.size();
            if (i > 0 && slot == 0 && !device.newPage())
                return core::Status::failure(tr("The printer did not accept another sheet."));
            painter.save();
            painter.translate(slots.at(slot).topLeft());
            paintLaidOut(painter, cards.at(i), false);
            painter.restore();
            if (spec.cropMarks && (slot == slots.size() - 1 || i == cards.size() - 1))
                paintCropMarks(painter, sheet);
        }
        return {};
    }
};

CardRenderer::CardRenderer(CardFormat format, const HandwritingStyle &style)
    : d(std::make_unique<Private>())
{
    HandwritingFonts::ensureRegistered();
    d->format = format;
    d->spec = cardFormatSpec(format);
    d->style = HandwritingFonts::resolved(style, cardFormatDefaultPointSize(format));
    // Ballpoint ink is never one flat colour: a little lighter where the pen
    // skated, a little darker where it pressed.
    for (int level = 0; level < kInkLevels; ++level) {
        const double t = double(level) / (kInkLevels - 1) * 2.0 - 1.0; // -1 .. 1
        QColor ink = d->style.ink.toHsl();
        const double lightness = std::clamp(ink.lightnessF() - t * 0.07, 0.0, 1.0);
        const double saturation = std::clamp(ink.hslSaturationF() + t * 0.05, 0.0, 1.0);
        ink.setHslF(ink.hslHueF(), saturation, lightness);
        d->inks[size_t(level)] = ink.toRgb();
    }
}

CardRenderer::~CardRenderer() = default;

CardFormat CardRenderer::format() const
{
    return d->format;
}

const CardFormatSpec &CardRenderer::spec() const
{
    return d->spec;
}

HandwritingStyle CardRenderer::style() const
{
    return d->style;
}

CardFit CardRenderer::fit(const CardFace &face) const
{
    return d->fitted(face).fit;
}

void CardRenderer::paintCard(QPainter &painter, const CardFace &face) const
{
    d->paint(painter, face, true);
}

core::Status CardRenderer::print(QPrinter &printer, const QList<CardFace> &faces, const RenderProgress &progress) const
{
    QList<Private::Cached> laidOut;
    bool cancelled = false;
    if (const core::Status ready = d->layOutAll(faces, progress, laidOut, cancelled); !ready.ok())
        return ready;
    if (cancelled)
        return core::Status::failure(tr("Printing was cancelled; the cards were not printed."));
    const QString printerName = printer.printerName().isEmpty() ? printer.outputFileName() : printer.printerName();
    printer.setFullPage(true);
    if (!printer.setPageLayout(QPageLayout(d->spec.pageSize, d->spec.orientation, QMarginsF(0, 0, 0, 0)))) {
        qCWarning(lcPrint) << "The printer did not take the page layout of" << d->spec.key;
        return core::Status::failure(tr("The printer %1 does not take the paper of the %2, so the cards were not "
                                        "printed. Choose the paper size in the print dialog, then print again.")
                                         .arg(printerName, cardFormatLabel(d->format)));
    }
    QPainter painter;
    if (!painter.begin(&printer)) {
        return core::Status::failure(
            tr("Could not start printing on %1. Check that the printer is on and connected, then try again.")
                .arg(printerName));
    }
    const core::Status painted = d->paintAll(painter, printer, laidOut);
    const bool ended = painter.end();
    if (!painted.ok())
        return core::Status::failure(tr("%1 Some cards may have been printed; check the printer before printing "
                                        "again.")
                                         .arg(painted.error()));
    if (!ended || printer.printerState() == QPrinter::Error)
        return core::Status::failure(tr("The printer reported an error; the cards may not have been printed. "
                                        "Check the printer and try again."));
    qCInfo(lcPrint) << "Printed" << faces.size() << "cards in format" << d->spec.key;
    return {};
}

core::Status CardRenderer::exportPdf(const QString &path, const QList<CardFace> &faces,
                                     const RenderProgress &progress) const
{
    QList<Private::Cached> laidOut;
    bool cancelled = false;
    if (const core::Status ready = d->layOutAll(faces, progress, laidOut, cancelled); !ready.ok())
        return ready;
    if (cancelled)
        return core::Status::failure(tr("The export was cancelled; no PDF was written."));
    const core::Status written = PdfFile::write(
        path, tr("Note cards"), QPageLayout(d->spec.pageSize, d->spec.orientation, QMarginsF(0, 0, 0, 0)),
        [&](QPainter &painter, QPdfWriter &writer) { return d->paintAll(painter, writer, laidOut); });
    if (!written.ok())
        return written;
    qCInfo(lcPrint) << "Exported" << faces.size() << "cards in format" << d->spec.key;
    return {};
}

} // namespace tw::print
