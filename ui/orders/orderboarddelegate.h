#pragma once

#include <QStyledItemDelegate>

namespace tw::ui {

// Draws the orders board: department headings in bold across the row, and
// overdue orders in bold with a warning sign before their state and a tinted
// background from the palette. The state column says "Overdue by …" in words
// too, so the highlight never rests on colour alone.
class OrderBoardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit OrderBoardDelegate(QObject *parent = nullptr);
    ~OrderBoardDelegate() override;

    // How a cell is drawn: font, background, sign and text, as the view gets them.
    QStyleOptionViewItem optionFor(const QStyleOptionViewItem &base, const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace tw::ui
