#include "feedlistview.h"

#include <QScrollBar>

namespace tw::ui {

FeedListView::FeedListView(QWidget *parent)
    : QListView(parent)
{
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(false);
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalScrollBar()->setSingleStep(fontMetrics().height() * 2);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0)
            setNewAbove(0);
    });
}

FeedListView::~FeedListView() = default;

void FeedListView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, &QAbstractItemModel::rowsAboutToBeInserted, this, &FeedListView::rememberPlace);
    QListView::setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &FeedListView::rememberPlace);
}

bool FeedListView::isAtTop() const
{
    return verticalScrollBar()->value() <= verticalScrollBar()->minimum();
}

void FeedListView::scrollToNewest()
{
    if (model() && model()->rowCount() > 0) {
        const QModelIndex first = model()->index(0, 0);
        setCurrentIndex(first);
        scrollTo(first, QAbstractItemView::PositionAtTop);
    }
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    setNewAbove(0);
}

void FeedListView::setNewAbove(int count)
{
    if (m_newAbove == count)
        return;
    m_newAbove = count;
    Q_EMIT newAboveChanged(count);
}

// Before rows go in: the first post on screen and where it is, unless the
// reader is at the top (then new posts are for them to see).
void FeedListView::rememberPlace(const QModelIndex &parent, int start, int end)
{
    Q_UNUSED(end)
    m_keepPlace = false;
    if (parent.isValid() || isAtTop() || !model() || model()->rowCount() == 0)
        return;
    const QModelIndex top = indexAt(QPoint(1, 1));
    if (!top.isValid() || start > top.row())
        return; // rows added below what is on screen do not move it
    m_anchor = top;
    m_anchorTop = visualRect(top).top();
    m_keepPlace = true;
}

void FeedListView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QListView::rowsInserted(parent, start, end);
    if (!m_keepPlace || !m_anchor.isValid())
        return;
    m_keepPlace = false;
    // Lay the rows out now, so the anchor's new place is known, and scroll by
    // as much as it moved.
    executeDelayedItemsLayout();
    const int moved = visualRect(m_anchor).top() - m_anchorTop;
    if (moved != 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + moved);
    setNewAbove(m_newAbove + (end - start + 1));
    m_anchor = QPersistentModelIndex();
}

} // namespace tw::ui
