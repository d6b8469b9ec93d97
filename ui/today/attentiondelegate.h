#pragma once

#include <QStyledItemDelegate>

namespace tw::ui {

// Paints the Today board's attention column as badges, one per kind of thing
// to look at, in the palette's colours: urgent ones in the highlight colour,
// the others like buttons. The tooltip says what each one means.
class AttentionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit AttentionDelegate(QObject *parent = nullptr);
    ~AttentionDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace tw::ui
