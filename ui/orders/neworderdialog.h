#pragma once

#include <core/result.h>
#include <core/types.h>
#include <desk/orders/orderformloader.h>
#include <storage/databaseurl.h>

#include <QDialog>
#include <QFutureWatcher>
#include <QKeySequence>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace tw::desk {
class OrderForm;
}

namespace tw::ui {

class Settings;

// "New amenity order…": the guest (in house or arriving today, or the one it
// was opened for), catalog items with quantities and the live total, the
// department (the first item's unless chosen), the due time on the hotel's
// wall clock, the note prefilled from the item's note template and merged
// for the guest, and a card of the guest's to go with it. The data loads and
// the order is saved off the UI thread; what stops the order is said under
// the form. Everything works from the keyboard: type a quantity on an item's
// row, or + and - to change it.
class NewOrderDialog : public QDialog
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    NewOrderDialog(const storage::DatabaseUrl &url, core::Id guestId, Settings &settings, QWidget *parent = nullptr);
    ~NewOrderDialog() override;

    // Opens a dialog that deletes itself when closed; guestId may be InvalidId
    // (staff choose the guest in the dialog).
    static NewOrderDialog *showFor(const storage::DatabaseUrl &url, core::Id guestId, Settings &settings,
                                   QWidget *parent);
    // Where a guest is at hand (the profile, the Today board): Ctrl+Shift+O.
    static QKeySequence shortcut();

    desk::OrderForm *form() const { return m_form; }
    bool isLoaded() const { return m_loaded; }
    bool isSaving() const { return m_create.isRunning(); }
    // Tests fix "now" before the load starts (it starts from the event loop).
    void setClock(Clock clock);

    QComboBox *guestBox() const { return m_guestBox; }
    QTableView *itemsView() const { return m_itemsView; }
    QComboBox *departmentBox() const { return m_departmentBox; }
    QDateTimeEdit *dueEdit() const { return m_dueEdit; }
    QPlainTextEdit *noteEdit() const { return m_noteEdit; }
    QComboBox *cardBox() const { return m_cardBox; }
    QPushButton *placeButton() const { return m_placeButton; }
    QString totalText() const;
    // What stops the order, or why saving failed; empty when nothing does.
    QString problemText() const;

public Q_SLOTS:
    // Checks the form and saves the order; false when something stops it (said
    // under the form) or a save is running.
    bool place();

Q_SIGNALS:
    void loaded();
    void orderCreated(const core::AmenityOrder &order);
    void failed(const QString &message);

private:
    void load();
    void onLoaded();
    void onCardsLoaded();
    void onCreated();
    void fillGuests();
    void fillCards();
    void updateTotal();
    void updateDepartmentChoice();
    void showProblems(const QStringList &problems);
    void changeQuantity(int delta);
    QDateTime now() const;

    storage::DatabaseUrl m_url;
    core::Id m_guestId = core::InvalidId;
    Settings &m_settings;
    Clock m_clock;
    desk::OrderForm *m_form = nullptr;
    bool m_loaded = false;
    bool m_fillingNote = false;

    QLabel *m_intro = nullptr;
    QComboBox *m_guestBox = nullptr;
    QTableView *m_itemsView = nullptr;
    QLabel *m_total = nullptr;
    QComboBox *m_departmentBox = nullptr;
    QDateTimeEdit *m_dueEdit = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QComboBox *m_cardBox = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_placeButton = nullptr;

    QFutureWatcher<core::Result<desk::OrderFormData>> m_load;
    QFutureWatcher<core::Result<QList<core::Card>>> m_cards;
    QFutureWatcher<core::Result<core::AmenityOrder>> m_create;
};

} // namespace tw::ui
