#include "guestrowdelegate.h"

#include <desk/guests/guestsearchmodel.h>

namespace tw::ui {

void GuestRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != desk::GuestSearchModel::NameColumn)
        return;
    // In the in-house list everyone is in house: there, bold would single out nobody.
    const auto *model = qobject_cast<const desk::GuestSearchModel *>(index.model());
    if (model && model->isInHouseList())
        return;
    const auto relation
        = desk::GuestSearchRow::StayRelation(index.data(desk::GuestSearchModel::StayRelationRole).toInt());
    if (relation == desk::GuestSearchRow::StayRelation::InHouse)
        option->font.setBold(true);
}

} // namespace tw::ui
