#pragma once

#include "page.h"

#include <core/types.h>
#include <desk/today/todayrow.h>

#include <QTimer>

#include <array>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSplitter;
class QToolButton;

namespace tw::storage {
class Database;
}

namespace tw::desk {
class TodayBoard;
}

namespace tw::ui {

class Settings;
class TodayListPane;

// The page staff see first: for the chosen property and date, who arrives, who
// is in house and who leaves, with their rooms, VIP codes, handles and badges
// for anything that needs attention. The property and the date can be changed
// (Alt+Left and Alt+Right go a day back and on); "today" is the property's,
// in its time zone. The lists reload when stays, guests or handles change.
class TodayPage : public Page
{
    Q_OBJECT

public:
    // database is the window's connection (for change notifications; it must
    // outlive the page); the board loads over its own connection to its URL.
    TodayPage(storage::Database &database, Settings &settings, QWidget *parent = nullptr);
    ~TodayPage() override;

    QString title() const override;
    QIcon icon() const override;

    // The presenter behind the page: models, loading, attention providers.
    desk::TodayBoard *board() const { return m_board; }
    TodayListPane *pane(desk::TodayList list) const;
    QComboBox *propertyBox() const { return m_propertyBox; }
    QDateEdit *dateEdit() const { return m_dateEdit; }
    bool isLoading() const;
    // What the line under the heading says (the time the board is for, or why
    // it could not load).
    QString statusText() const;

public Q_SLOTS:
    void refresh() override;

Q_SIGNALS:
    // Staff chose a guest on one of the lists (Enter or double-click).
    void guestActivated(tw::core::Id guestId);
    // The board shows a new load, or the reason it could not load.
    void refreshed();

private:
    void createControls();
    void showBoard();
    void showFailure(const QString &message);
    void showLoading(bool loading);
    void rememberSelection();
    void updateProperties();
    void restoreLayout();
    void saveLayout() const;

    Settings &m_settings;
    desk::TodayBoard *m_board = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_propertyBox = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QPushButton *m_todayButton = nullptr;
    QAction *m_previousDayAction = nullptr;
    QAction *m_nextDayAction = nullptr;
    QSplitter *m_splitter = nullptr;
    std::array<TodayListPane *, 3> m_panes{};
    std::array<core::Id, 3> m_selectedStays{};
    QTimer m_loadingHint;
    QTimer m_saveLayoutTimer;
    QString m_failure;
};

} // namespace tw::ui
