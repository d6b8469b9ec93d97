#include "orderboarddelegate.h"

#include <desk/orders/orderboardmodel.h>

#include <QApplication>
#include <QStyle>

namespace tw::ui {

using Model = desk::OrderBoardModel;

OrderBoardDelegate::OrderBoardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

OrderBoardDelegate::~OrderBoardDelegate() = default;

QStyleOptionViewItem OrderBoardDelegate::optionFor(const QStyleOptionViewItem &base, const QModelIndex &index) const
{
    QStyleOptionViewItem option = base;
    initStyleOption(&option, index);
    return option;
}

void OrderBoardDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool heading = index.data(Model::IsDepartmentRole).toBool();
    const bool overdue = !heading && index.data(Model::OverdueRole).toBool();
    if (heading || overdue)
        option->font.setBold(true);
    if (!overdue)
        return;
    const QPalette &palette = option->palette;
    // A tint of the palette's highlight that keeps the text readable in light
    // and dark themes alike; the words and the sign carry the meaning.
    QColor tint = palette.color(QPalette::Highlight);
    tint.setAlpha(48);
    option->backgroundBrush = tint;
    if (index.column() == Model::columnOf(Model::Column::State)) {
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
        option->features |= QStyleOptionViewItem::HasDecoration;
        const int size = option->fontMetrics.height();
        option->decorationSize = QSize(size, size);
    }
}

} // namespace tw::ui
