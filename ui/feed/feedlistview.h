#pragma once

#include <QListView>
#include <QPersistentModelIndex>

namespace tw::ui {

// The live feed's list. New posts come in at the top; a reader who has
// scrolled down keeps their place (the post they were reading stays where it
// is on screen) and is told how many arrived above, while a reader at the top
// sees them appear.
class FeedListView : public QListView
{
    Q_OBJECT

public:
    explicit FeedListView(QWidget *parent = nullptr);
    ~FeedListView() override;

    void setModel(QAbstractItemModel *model) override;

    // Posts that arrived above the reader since they last were at the top.
    int newAbove() const { return m_newAbove; }
    bool isAtTop() const;

public Q_SLOTS:
    // Back to the newest post (and the count of new ones is cleared).
    void scrollToNewest();

Q_SIGNALS:
    void newAboveChanged(int count);

protected Q_SLOTS:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;

private:
    void rememberPlace(const QModelIndex &parent, int start, int end);
    void setNewAbove(int count);

    QPersistentModelIndex m_anchor;
    int m_anchorTop = 0;
    bool m_keepPlace = false;
    int m_newAbove = 0;
};

} // namespace tw::ui
