#pragma once

#include <ui/page.h>

#include <core/types.h>

#include <QTimer>

class QLabel;
class QLineEdit;
class QTableView;

namespace tw::storage {
class ChangeNotifier;
class Database;
} // namespace tw::storage

namespace tw::desk {
class GuestSearchModel;
}

namespace tw::ui {

class Settings;

// Finding a guest: a search field that answers while staff type (name,
// e-mail, phone, loyalty number, handle or room), the matches with their
// current or next stay, and a line that says what was found. With nothing
// typed it lists who is in house. Works from the keyboard alone: Down goes
// into the list, Enter opens the guest, Esc starts over.
class GuestsPage : public Page
{
    Q_OBJECT

public:
    // database is the window's connection (for change notifications; it must
    // outlive the page); searches run on their own connection to its URL.
    GuestsPage(storage::Database &database, Settings &settings, QWidget *parent = nullptr);
    ~GuestsPage() override;

    QString title() const override;
    QIcon icon() const override;

    desk::GuestSearchModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_searchField; }
    QTableView *view() const { return m_view; }
    QString statusText() const;

public Q_SLOTS:
    void refresh() override;
    // Ctrl+F: the search field, its text selected so typing replaces it.
    void focusSearch() override;
    void clearSearch();

Q_SIGNALS:
    // Staff chose a guest (Enter or double-click): open the profile.
    void guestActivated(tw::core::Id guestId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleSearchKey(QKeyEvent *event);
    bool handleViewKey(QKeyEvent *event);
    void moveIntoResults();
    void activateRow(int row);
    void openFromSearch();
    void rememberCurrent();
    void restoreCurrent();
    void showBusy();
    void updateStatus();

    Settings &m_settings;
    desk::GuestSearchModel *m_model = nullptr;
    storage::ChangeNotifier *m_notifier = nullptr;
    QLineEdit *m_searchField = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTimer m_changeTimer; // gathers a burst of changes (an import) into one reload
    QTimer m_busyTimer;   // "Searching…" only when an answer is slow to come
    core::Id m_currentGuest = core::InvalidId;
    bool m_openWhenLoaded = false;
};

} // namespace tw::ui
