#include "guestrowdelegate.h"

#include <desk/guests/guestsearchmodel.h>

namespace tw::ui {

void GuestRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto relation = desk::GuestSearchRow::StayRelation(index.data(desk::GuestSearchModel::StayRelationRole).toInt());
    if (relation == desk::GuestSearchRow::StayRelation::InHouse)
        option->font.setBold(true);
}

} // namespace tw::ui
