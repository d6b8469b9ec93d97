#include "attentiondelegate.h"

#include <desk/today/attention.h>
#include <desk/today/todaylistmodel.h>

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

QList<desk::Attention> attentionOf(const QModelIndex &index)
{
    return index.data(desk::TodayListModel::AttentionRole).value<QList<desk::Attention>>();
}

// Spacing in terms of the font, so badges scale with it and with the screen.
int padding(const QFontMetrics &metrics)
{
    return qMax(2, metrics.height() / 3);
}

} // namespace

AttentionDelegate::AttentionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

AttentionDelegate::~AttentionDelegate() = default;

void AttentionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QList<desk::Attention> attention = attentionOf(index);
    if (attention.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const QFontMetrics metrics(opt.font);
    const int pad = padding(metrics);
    const int height = metrics.height() + 2;
    const QRect area = opt.rect.adjusted(pad, 0, -pad, 0);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = opt.state.testFlag(QStyle::State_Enabled)
        ? (opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive)
        : QPalette::Disabled;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(opt.font);
    int x = area.left();
    const int y = area.top() + (area.height() - height) / 2;
    const QString ellipsis = u"…"_s;
    for (const desk::Attention &item : attention) {
        const int width = metrics.horizontalAdvance(item.label) + 2 * pad;
        if (x + width > area.right()) {
            painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
            painter->drawText(QRect(x, y, area.right() - x, height), Qt::AlignLeft | Qt::AlignVCenter, ellipsis);
            break;
        }
        const bool urgent = item.level == desk::Attention::Level::Urgent;
        const QRectF badge(x + 0.5, y + 0.5, width - 1, height - 1);
        QPainterPath path;
        path.addRoundedRect(badge, height / 2.0, height / 2.0);
        painter->fillPath(path, opt.palette.color(group, urgent ? QPalette::Highlight : QPalette::Button));
        // On a selected row the highlight surrounds the badge: outline it.
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Mid));
        painter->drawPath(path);
        painter->setPen(opt.palette.color(group, urgent ? QPalette::HighlightedText : QPalette::ButtonText));
        painter->drawText(badge, Qt::AlignCenter, item.label);
        x += width + pad;
    }
    painter->restore();
}

QSize AttentionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    const int pad = padding(metrics);
    // Rows are as tall with badges as without, so all three lists look alike
    // (their views take every row's height from the first one).
    size.setHeight(qMax(size.height(), metrics.height() + 2 + pad));
    const QList<desk::Attention> attention = attentionOf(index);
    if (attention.isEmpty())
        return size;
    int width = pad;
    for (const desk::Attention &item : attention)
        width += metrics.horizontalAdvance(item.label) + 3 * pad;
    size.setWidth(qMax(size.width(), width));
    return size;
}

} // namespace tw::ui
