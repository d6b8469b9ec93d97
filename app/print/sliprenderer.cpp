#include "sliprenderer.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimeZone>

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
constexpr double kSmallestScale = 0.6;

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

QList<Block> blocksOf(const SlipContent &slip, bool receipt)
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
    if (!slip.propertyName.isEmpty())
        text(slip.propertyName, 9, false, false, 2, QColor(0x55, 0x55, 0x55));
    text(tr("Order %1").arg(slip.orderId), 11, true, false, 2);
    if (!slip.department.isEmpty())
        text(slip.department, 11, false, false, 6);
    rule();
    text(slip.room.isEmpty() ? tr("No room") : tr("Room %1").arg(slip.room), big, true, false, 2);
    if (!slip.guestName.isEmpty())
        text(slip.guestName, 13, false, false, 6);
    if (!slip.due.isEmpty())
        text(tr("Due %1").arg(slip.due), 13, true, false, 6);
    rule();
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

void SlipRenderer::paintSlip(QPainter &painter, const SlipContent &slip) const
{
    const QSizeF size = slipSize(slip);
    const bool receipt = m_format == SlipFormat::Receipt80mm;
    const double margin = receipt ? kReceiptMargin : kA6Margin;
    const QList<Block> blocks = blocksOf(slip, receipt);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    painter.translate(margin, margin);
    double width = size.width() - 2 * margin;
    if (!receipt) {
        // A long order on the small sheet is written smaller rather than cut.
        const double available = size.height() - 2 * margin;
        double scale = 1.0;
        while (scale > kSmallestScale && layBlocks(blocks, width / scale, nullptr) * scale > available)
            scale *= 0.92;
        painter.scale(scale, scale);
        width /= scale;
    }
    layBlocks(blocks, width, &painter);
    painter.restore();
}

namespace {

// Paints every slip on its own page of a paged device; the first page's
// layout is set by the caller.
core::Status paintSlips(const SlipRenderer &renderer, QPainter &painter, QPagedPaintDevice &device,
                        const QList<SlipContent> &slips)
{
    for (qsizetype i = 0; i < slips.size(); ++i) {
        if (i > 0) {
            device.setPageLayout(pageLayoutFor(renderer.slipSize(slips.at(i))));
            if (!device.newPage())
                return core::Status::failure(tr("The printer did not accept another page."));
        }
        painter.save();
        painter.resetTransform();
        painter.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
        renderer.paintSlip(painter, slips.at(i));
        painter.restore();
    }
    return {};
}

} // namespace

core::Status SlipRenderer::print(QPrinter &printer, const QList<SlipContent> &slips) const
{
    if (slips.isEmpty())
        return core::Status::failure(tr("There are no slips to print."));
    printer.setFullPage(true);
    printer.setPageLayout(pageLayoutFor(slipSize(slips.constFirst())));
    QPainter painter;
    if (!painter.begin(&printer)) {
        return core::Status::failure(
            tr("Could not start printing on %1. Check that the printer is on and connected, then try again.")
                .arg(printer.printerName().isEmpty() ? printer.outputFileName() : printer.printerName()));
    }
    const core::Status painted = paintSlips(*this, painter, printer, slips);
    if (!painted.ok()) {
        printer.abort();
        painter.end();
        return painted;
    }
    if (!painter.end() || printer.printerState() == QPrinter::Error)
        return core::Status::failure(tr("The printer reported an error; the slip may not have been printed. "
                                        "Check the printer and try again."));
    qCInfo(lcPrint) << "Printed" << slips.size() << "order slips in format" << slipFormatKey(m_format);
    return {};
}

core::Status SlipRenderer::exportPdf(const QString &path, const QList<SlipContent> &slips) const
{
    if (slips.isEmpty())
        return core::Status::failure(tr("There are no slips to export."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return core::Status::failure(tr("Could not write %1: %2. Check that the folder exists and that you may "
                                        "write there.")
                                         .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setCreator(u"Tweetworthy"_s);
        writer.setTitle(tr("Amenity order slips"));
        writer.setPageLayout(pageLayoutFor(slipSize(slips.constFirst())));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return core::Status::failure(tr("Could not start the PDF %1.").arg(path));
        }
        const core::Status painted = paintSlips(*this, painter, writer, slips);
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
