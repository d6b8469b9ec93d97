#include "sliprenderer.h"

#include "logging.h"
#include "pdffile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QTextLayout>
#include <QTimeZone>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace tw::print {

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kReceiptWidthMm = 80.0;
// Receipt printers leave about 4 mm unprinted on each side of an 80 mm roll.
constexpr double kReceiptMargin = 4.0 * kPointsPerMm;
// Room to tear the slip off below the last line.
constexpr double kReceiptTail = 10.0 * kPointsPerMm;
constexpr double kA6Margin = 22.0;
// A slightly long order is written a little smaller to stay on one sheet, never
// below this (9 pt items); a longer one continues on further sheets.
constexpr double kSmallestScale = 0.75;
// The "Page 1 of 2" line at the foot of a slip that takes several sheets.
constexpr double kFooterPointSize = 9;
constexpr double kFooterHeight = 16;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("tw::print::SlipRenderer", text, disambiguation, n);
}

constexpr std::array<std::pair<SlipFormat, QLatin1StringView>, 2> kKeys{{
    {SlipFormat::A6, "a6"_L1},
    {SlipFormat::Receipt80mm, "receipt-80mm"_L1},
}};

QString departmentName(core::Department department)
{
    switch (department) {
    case core::Department::Housekeeping:
        return tr("Housekeeping");
    case core::Department::FoodAndBeverage:
        return tr("Food and beverage");
    case core::Department::Concierge:
        return tr("Concierge");
    }
    return {};
}

QString stateName(core::OrderState state)
{
    switch (state) {
    case core::OrderState::Requested:
        return tr("Requested");
    case core::OrderState::Accepted:
        return tr("Accepted");
    case core::OrderState::InProgress:
        return tr("In progress");
    case core::OrderState::Delivered:
        return tr("Delivered");
    case core::OrderState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

// One piece of a slip: text in a font, wrapped to the width, or a rule.
struct Block
{
    enum Kind { Text, Rule, Gap };
    Kind kind = Text;
    QString text;
    double pointSize = 11;
    bool bold = false;
    bool italic = false;
    QColor color = Qt::black;
    double spaceAfter = 3;
};

// What a slip says, in blocks: the header (who, where, when) and the body
// (the items, the note and the state). A continued sheet repeats a shorter
// header.
enum class Part { Header, ContinuedHeader, Body };

QList<Block> blocksOf(const SlipContent &slip, bool receipt, Part part)
{
    const double big = receipt ? 17 : 19;
    QList<Block> blocks;
    auto text = [&](const QString &t, double size, bool bold = false, bool italic = false, double after = 3,
                    QColor color = Qt::black) {
        Block b;
        b.text = t;
        b.pointSize = size;
        b.bold = bold;
        b.italic = italic;
        b.spaceAfter = after;
        b.color = color;
        blocks.append(b);
    };
    auto rule = [&] {
        Block b;
        b.kind = Block::Rule;
        b.spaceAfter = 6;
        blocks.append(b);
    };
    const QString room = slip.room.isEmpty() ? tr("No room") : tr("Room %1").arg(slip.room);
    if (part == Part::ContinuedHeader) {
        text(tr("Order %1 (continued)").arg(slip.orderId), 11, true, false, 2);
        text(room, 13, true, false, 2);
        if (!slip.guestName.isEmpty())
            text(slip.guestName, 11, false, false, 6);
        rule();
        return blocks;
    }
    if (part == Part::Header) {
        if (!slip.propertyName.isEmpty())
            text(slip.propertyName, 9, false, false, 2, QColor(0x55, 0x55, 0x55));
        text(tr("Order %1").arg(slip.orderId), 11, true, false, 2);
        if (!slip.department.isEmpty())
            text(slip.department, 11, false, false, 6);
        rule();
        text(room, big, true, false, 2);
        if (!slip.guestName.isEmpty())
            text(slip.guestName, 13, false, false, 6);
        if (!slip.due.isEmpty())
            text(tr("Due %1").arg(slip.due), 13, true, false, 6);
        rule();
        return blocks;
    }
    for (const SlipContent::Item &item : slip.items)
        text(tr("%1 × %2").arg(item.quantity).arg(item.name), 12, false, false, 3);
    if (!slip.note.trimmed().isEmpty()) {
        rule();
        text(tr("Note to include"), 9, false, false, 2, QColor(0x55, 0x55, 0x55));
        text(slip.note.trimmed(), 11, false, true, 6);
    }
    if (!slip.state.isEmpty()) {
        Block gap;
        gap.kind = Block::Gap;
        gap.spaceAfter = 4;
        blocks.append(gap);
        text(slip.state, 9, false, false, 0, QColor(0x55, 0x55, 0x55));
    }
    return blocks;
}

QFont fontOf(const Block &block)
{
    QFont font(u"Sans Serif"_s);
    font.setStyleHint(QFont::SansSerif);
    // Painter units are points on every device, so the size is set in those
    // units (a point size would be scaled by the device's resolution again).
    font.setPixelSize(qRound(block.pointSize));
    font.setBold(block.bold);
    font.setItalic(block.italic);
    return font;
}

// Lays the blocks out in a column of the given width, painting them when a
// painter is given; returns the height used.
double layBlocks(const QList<Block> &blocks, double width, QPainter *painter)
{
    double y = 0;
    for (const Block &block : blocks) {
        if (block.kind == Block::Rule) {
            if (painter) {
                QPen pen(Qt::black);
                pen.setWidthF(0.6);
                painter->setPen(pen);
                painter->drawLine(QPointF(0, y + 2), QPointF(width, y + 2));
            }
            y += 4 + block.spaceAfter;
            continue;
        }
        if (block.kind == Block::Gap) {
            y += block.spaceAfter;
            continue;
        }
        const QFont font = fontOf(block);
        const QFontMetricsF metrics(font);
        const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
        const QRectF bounds = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, block.text);
        if (painter) {
            painter->setFont(font);
            painter->setPen(block.color);
            painter->drawText(QRectF(0, y, width, bounds.height() + 1), flags, block.text);
        }
        y += bounds.height() + block.spaceAfter;
    }
    return y;
}

QList<Block> blocksOf(const SlipContent &slip, bool receipt)
{
    return blocksOf(slip, receipt, Part::Header) + blocksOf(slip, receipt, Part::Body);
}

double heightOf(const Block &block, double width)
{
    return layBlocks({block}, width, nullptr);
}

// The block's text one line per block as it wraps at the width, so that a
// long note can continue on the next sheet instead of being cut.
QList<Block> linesOf(const Block &block, double width)
{
    if (block.kind != Block::Text)
        return {block};
    QTextLayout layout(block.text, fontOf(block));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QList<Block> lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        Block piece = block;
        piece.text = block.text.mid(line.textStart(), line.textLength()).trimmed();
        piece.spaceAfter = 0;
        lines.append(piece);
    }
    layout.endLayout();
    if (lines.isEmpty())
        return {block};
    lines.last().spaceAfter = block.spaceAfter;
    return lines;
}

// One sheet of an A6 slip: what it shows, and at what scale.
struct Sheet
{
    QList<Block> blocks;
    double scale = 1.0;
};

// A6 slips: on one sheet, a little smaller if need be; otherwise on as many
// sheets as the order needs, each with the order number, room and guest, and
// nothing ever cut.
QList<Sheet> sheetsOf(const SlipContent &slip, const QSizeF &size)
{
    const double width = size.width() - 2 * kA6Margin;
    const double available = size.height() - 2 * kA6Margin;
    Sheet single;
    single.blocks = blocksOf(slip, false);
    while (single.scale * 0.92 >= kSmallestScale - 1e-9
           && layBlocks(single.blocks, width / single.scale, nullptr) * single.scale > available)
        single.scale *= 0.92;
    if (layBlocks(single.blocks, width / single.scale, nullptr) * single.scale <= available)
        return {single};

    const double room = available - kFooterHeight;
    QList<Block> body;
    for (const Block &block : blocksOf(slip, false, Part::Body))
        body += linesOf(block, width);
    QList<Sheet> sheets;
    Sheet sheet;
    sheet.blocks = blocksOf(slip, false, Part::Header);
    double used = layBlocks(sheet.blocks, width, nullptr);
    const QList<Block> continued = blocksOf(slip, false, Part::ContinuedHeader);
    const double continuedHeight = layBlocks(continued, width, nullptr);
    bool bodyOnSheet = false;
    for (const Block &block : body) {
        const double height = heightOf(block, width);
        if (bodyOnSheet && used + height > room) {
            sheets.append(sheet);
            sheet.blocks = continued;
            used = continuedHeight;
            bodyOnSheet = false;
            if (block.kind == Block::Rule)
                continue; // the continued header ends with a rule already
        }
        sheet.blocks.append(block);
        used += height;
        bodyOnSheet = true;
    }
    sheets.append(sheet);
    return sheets;
}

QPageLayout pageLayoutFor(const QSizeF &points)
{
    return QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch), QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0));
}

} // namespace

QString slipFormatKey(SlipFormat format)
{
    for (const auto &[value, key] : kKeys) {
        if (value == format)
            return QString(key);
    }
    return {};
}

std::optional<SlipFormat> slipFormatFromKey(QStringView key)
{
    const QStringView trimmed = key.trimmed();
    for (const auto &[value, name] : kKeys) {
        if (trimmed.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

SlipContent SlipContent::fromOrder(const core::AmenityOrder &order, const core::Guest &guest,
                                   const core::Property &property, const QLocale &locale)
{
    SlipContent slip;
    slip.orderId = order.id;
    slip.propertyName = property.name;
    slip.room = order.room;
    slip.guestName = guest.displayName();
    slip.department = departmentName(order.department);
    for (const core::OrderLine &line : order.lines)
        slip.items.append(Item{line.name, line.quantity});
    if (order.dueAt.isValid()) {
        QTimeZone zone(property.timeZone.trimmed().toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::systemTimeZone();
        const QDateTime local = order.dueAt.toTimeZone(zone);
        // Hours and minutes only: some locales' short time format has seconds.
        static const QRegularExpression seconds(u"[:.]?s+"_s);
        const QString time = locale.timeFormat(QLocale::ShortFormat).remove(seconds);
        slip.due = locale.toString(local, u"ddd d MMM, "_s + time);
    }
    slip.note = order.note;
    if (order.cardId != core::InvalidId) {
        const QString card = tr("With note card %1").arg(order.cardId);
        slip.note = slip.note.trimmed().isEmpty() ? card : slip.note.trimmed() + u'\n' + card;
    }
    slip.state = stateName(order.state);
    return slip;
}

SlipRenderer::SlipRenderer(SlipFormat format)
    : m_format(format)
{
}

QSizeF SlipRenderer::slipSize(const SlipContent &slip) const
{
    if (m_format == SlipFormat::A6)
        return QPageSize(QPageSize::A6).size(QPageSize::Point);
    const double width = kReceiptWidthMm * kPointsPerMm;
    const double content = layBlocks(blocksOf(slip, true), width - 2 * kReceiptMargin, nullptr);
    return QSizeF(width, std::ceil(content + 2 * kReceiptMargin + kReceiptTail));
}

int SlipRenderer::pageCount(const SlipContent &slip) const
{
    if (m_format != SlipFormat::A6)
        return 1;
    return int(sheetsOf(slip, slipSize(slip)).size());
}

void SlipRenderer::paintSlip(QPainter &painter, const SlipContent &slip) const
{
    paintSlipPage(painter, slip, 0);
}

void SlipRenderer::paintSlipPage(QPainter &painter, const SlipContent &slip, int page) const
{
    const QSizeF size = slipSize(slip);
    const bool receipt = m_format == SlipFormat::Receipt80mm;
    const double margin = receipt ? kReceiptMargin : kA6Margin;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    painter.translate(margin, margin);
    double width = size.width() - 2 * margin;
    if (receipt) {
        layBlocks(blocksOf(slip, true), width, &painter);
        painter.restore();
        return;
    }
    const QList<Sheet> sheets = sheetsOf(slip, size);
    const Sheet &sheet = sheets.at(std::clamp(qsizetype(page), qsizetype(0), sheets.size() - 1));
    if (sheets.size() > 1) {
        Block footer;
        footer.pointSize = kFooterPointSize;
        footer.color = QColor(0x55, 0x55, 0x55);
        footer.text = page + 1 < sheets.size()
            ? tr("Page %1 of %2, continued on the next sheet").arg(page + 1).arg(sheets.size())
            : tr("Page %1 of %2").arg(page + 1).arg(sheets.size());
        painter.save();
        painter.translate(0, size.height() - 2 * margin - kFooterHeight + 4);
        layBlocks({footer}, width, &painter);
        painter.restore();
    }
    painter.scale(sheet.scale, sheet.scale);
    width /= sheet.scale;
    layBlocks(sheet.blocks, width, &painter);
    painter.restore();
}

namespace {

// Paints every sheet of every slip on its own page of a paged device; the
// first page's layout is set by the caller.
core::Status paintSlips(const SlipRenderer &renderer, QPainter &painter, QPagedPaintDevice &device,
                        const QList<SlipContent> &slips)
{
    bool first = true;
    for (const SlipContent &slip : slips) {
        const int pages = renderer.pageCount(slip);
        for (int page = 0; page < pages; ++page) {
            if (!first) {
                if (!device.setPageLayout(pageLayoutFor(renderer.slipSize(slip))))
                    qCWarning(lcPrint) << "The printer did not take the size of order slip" << slip.orderId;
                if (!device.newPage())
                    return core::Status::failure(tr("The printer did not accept another page."));
            }
            first = false;
            painter.save();
            painter.resetTransform();
            painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
            renderer.paintSlipPage(painter, slip, page);
            painter.restore();
        }
    }
    return {};
}

} // namespace

core::Status SlipRenderer::print(QPrinter &printer, const QList<SlipContent> &slips) const
{
    if (slips.isEmpty())
        return core::Status::failure(tr("There are no slips to print."));
    const QString printerName = printer.printerName().isEmpty() ? printer.outputFileName() : printer.printerName();
    printer.setFullPage(true);
    if (!printer.setPageLayout(pageLayoutFor(slipSize(slips.constFirst())))) {
        qCWarning(lcPrint) << "The printer did not take the page layout of" << slipFormatKey(m_format);
        return core::Status::failure(tr("The printer %1 does not take the paper of the %2 slip, so the slip was not "
                                        "printed. Choose the paper size in the print dialog, then print again.")
                                         .arg(printerName, slipFormatKey(m_format)));
    }
    QPainter painter;
    if (!painter.begin(&printer)) {
        return core::Status::failure(
            tr("Could not start printing on %1. Check that the printer is on and connected, then try again.")
                .arg(printerName));
    }
    const core::Status painted = paintSlips(*this, painter, printer, slips);
    const bool ended = painter.end();
    if (!painted.ok())
        return core::Status::failure(tr("%1 Part of the slip may have been printed; check the printer before "
                                        "printing again.")
                                         .arg(painted.error()));
    if (!ended || printer.printerState() == QPrinter::Error)
        return core::Status::failure(tr("The printer reported an error; the slip may not have been printed. "
                                        "Check the printer and try again."));
    qCInfo(lcPrint) << "Printed" << slips.size() << "order slips in format" << slipFormatKey(m_format);
    return {};
}

core::Status SlipRenderer::exportPdf(const QString &path, const QList<SlipContent> &slips) const
{
    if (slips.isEmpty())
        return core::Status::failure(tr("There are no slips to export."));
    return PdfFile::write(
        path, tr("Amenity order slips"), pageLayoutFor(slipSize(slips.constFirst())),
        [&](QPainter &painter, QPdfWriter &writer) { return paintSlips(*this, painter, writer, slips); });
}

} // namespace tw::print
