#pragma once

#include <QStyledItemDelegate>

namespace tw::ui {

// Draws the guest search list: among the matches, the names of guests in
// house right now stand out in bold, in the palette's own colours.
class GuestRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace tw::ui
