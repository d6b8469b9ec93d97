#pragma once

#include <core/types.h>
#include <desk/today/todayrow.h>

#include <QByteArray>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;

namespace tw::desk {
class TodayListModel;
}

namespace tw::ui {

class TodayListView;

// One list of the Today board with its heading: "Arrivals (12)", the rows
// sortable by any column, Alt plus the heading's underlined letter to reach it,
// Enter or a double-click to open the guest.
class TodayListPane : public QWidget
{
    Q_OBJECT

public:
    explicit TodayListPane(desk::TodayListModel *model, QWidget *parent = nullptr);
    ~TodayListPane() override;

    desk::TodayList list() const;
    desk::TodayListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    TodayListView *view() const { return m_view; }
    QLabel *heading() const { return m_heading; }
    // "Arrivals (12)", as read out and without the shortcut marker.
    QString headingText() const;

    // The stay of the row with the cursor; InvalidId when none.
    core::Id currentStayId() const;
    // The guest of the row with the cursor; InvalidId when none.
    core::Id currentGuestId() const;
    // Puts the cursor on the stay's row when it is on the list; false when not.
    bool selectStay(core::Id stayId);

    QByteArray saveColumns() const;
    bool restoreColumns(const QByteArray &state);

Q_SIGNALS:
    void guestActivated(tw::core::Id guestId);
    // "Write card…" on the row with the cursor (its shortcut or the context menu).
    void writeCardRequested(tw::core::Id guestId);
    // "New amenity order…" on the row with the cursor (its shortcut or the context menu).
    void newOrderRequested(tw::core::Id guestId);
    // Column widths, order or sorting changed (for remembering them).
    void columnsChanged();

private:
    void updateHeading();
    void setDefaultColumns();

    desk::TodayListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    TodayListView *m_view = nullptr;
    QLabel *m_heading = nullptr;
};

} // namespace tw::ui
