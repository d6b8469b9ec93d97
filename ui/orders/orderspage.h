#pragma once

#include <ui/page.h>

#include <core/types.h>
#include <desk/orders/orderboard.h>
#include <storage/databaseurl.h>

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTreeView;

namespace tw::storage {
class Database;
}

namespace tw::ui {

class CatalogDialog;
class NewOrderDialog;
class Settings;
struct CardOutputDialogs;

// The amenity orders of the desk's property by department and due time,
// overdue ones standing out in bold, with a warning sign and in words. From
// the keyboard (keys on the board, see the context menu): accept, start,
// deliver or cancel the order with the cursor -- what the state machine
// refuses, or what someone else changed first, is said on the page -- open
// its guest, print its slip (A6 or an 80 mm receipt, with a preview) or save
// the slip as a PDF. New orders and the catalog are a key away too.
class OrdersPage : public Page
{
    Q_OBJECT

public:
    enum class Action { Accept, Start, Deliver, Cancel, OpenGuest, PrintSlip, ExportSlip, NewOrder, Catalog };
    Q_ENUM(Action)

    // Asked before an order is cancelled (cancelled is final); tests answer.
    using CancelQuestion = std::function<bool(QWidget *parent, const QString &question)>;

    OrdersPage(storage::Database &database, Settings &settings, QWidget *parent = nullptr);
    ~OrdersPage() override;

    QString title() const override;
    QIcon icon() const override;
    QString screenshotName() const override;

    desk::OrderBoard *board() const { return m_board; }
    QTreeView *view() const { return m_view; }
    QAction *action(Action which) const { return m_actions.value(which); }
    QComboBox *slipFormatBox() const { return m_slipFormat; }
    QCheckBox *closedFilter() const { return m_includeClosed; }
    // The line above the board: counts, or what just happened.
    QString statusText() const;
    // True while the line tells of a problem (a refused move, a conflict, a failure).
    bool isShowingProblem() const { return m_problem; }

    core::Id currentOrderId() const;
    bool selectOrder(core::Id orderId);
    void setCancelQuestion(CancelQuestion question);
    void setOutputDialogs(const CardOutputDialogs &dialogs);
    QMenu *createContextMenu(QWidget *parent);

    NewOrderDialog *newOrder(core::Id guestId = core::InvalidId);
    CatalogDialog *showCatalog();

public Q_SLOTS:
    void refresh() override;

Q_SIGNALS:
    void guestActivated(tw::core::Id guestId);

private:
    void createActions();
    void act(Action which);
    void advance(core::OrderState to);
    void onAdvanced(const desk::OrderBoard::Outcome &outcome);
    void printSlip(bool pdf);
    void showResult(const QString &text, bool problem);
    void updateStatus();
    void afterReset();

    Settings &m_settings;
    storage::DatabaseUrl m_url;
    desk::OrderBoard *m_board = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_includeClosed = nullptr;
    QComboBox *m_slipFormat = nullptr;
    QTreeView *m_view = nullptr;
    QHash<Action, QAction *> m_actions;
    CancelQuestion m_askCancel;
    std::shared_ptr<CardOutputDialogs> m_output;
    QString m_result;
    bool m_problem = false;
    QTimer m_resultTimer;
    core::Id m_selected = core::InvalidId;
    QPointer<CatalogDialog> m_catalog;
};

} // namespace tw::ui
