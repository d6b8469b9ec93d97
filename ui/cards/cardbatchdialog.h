#pragma once

#include "cardoutputdialogs.h"

#include <core/cardmerge.h>
#include <core/types.h>
#include <storage/databaseurl.h>

#include <QDate>
#include <QDialog>
#include <QList>
#include <QTimeZone>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPrinter;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace tw::ui {

class CardWorker;
class Settings;

// "Cards for today's arrivals": the day's arriving guests that match a filter
// (a VIP code, a first stay, an anniversary noted), each with the problems
// the merge has with their card, then one print job or one PDF for all of
// them that can go. Finding the guests and writing the cards run off the UI
// thread, with progress and Cancel; a cancelled or failed run records no card,
// a finished one records each card on its guest's timeline.
class CardBatchDialog : public QDialog
{
    Q_OBJECT

public:
    // One arriving guest and their card.
    struct Entry
    {
        core::Guest guest;
        core::Stay stay;
        core::CardMerge::Outcome merge;
        QString signature;
    };

    CardBatchDialog(const storage::DatabaseUrl &url, Settings &settings, QWidget *parent = nullptr);
    ~CardBatchDialog() override;

    bool isLoaded() const { return m_loaded; }
    bool isSearching() const { return m_searching; }
    bool isRunning() const { return m_running; }
    const QList<Entry> &entries() const { return m_entries; }
    // The cards that will go: the entries without merge problems that are ticked.
    QList<Entry> chosenEntries() const;
    QDate date() const;
    QString summary() const;

    void setOutputDialogs(const CardOutputDialogs &dialogs);

public Q_SLOTS:
    // Looks for the arrivals again with the current date, template and filter.
    void refresh();
    void print();
    void exportPdf();
    void cancel();

Q_SIGNALS:
    void loaded();
    void searched();
    // done cards recorded (0 when cancelled or failed); message for people.
    void finished(int recorded, const QString &message);

public:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class Output { Print, Pdf };

    void createWidgets();
    void loadSetup();
    void scheduleRefresh();
    void showEntries(const QList<Entry> &entries);
    void updateActions();
    void setStatus(const QString &text);
    void run(Output output, const QString &path, std::shared_ptr<QPrinter> printer);

    storage::DatabaseUrl m_url;
    Settings &m_settings;
    CardWorker *m_worker = nullptr;
    CardOutputDialogs m_dialogs;

    bool m_loaded = false;
    bool m_searching = false;
    bool m_searchAgain = false;
    bool m_running = false;
    bool m_closeWhenDone = false;
    std::optional<core::Property> m_property;
    QTimeZone m_zone;
    QList<core::CardTemplate> m_templates;
    QList<Entry> m_entries;
    QTimer m_refreshTimer;
    std::shared_ptr<std::atomic_bool> m_cancel;

    QDateEdit *m_dateEdit = nullptr;
    QComboBox *m_templateBox = nullptr;
    QComboBox *m_formatBox = nullptr;
    QLineEdit *m_vipEdit = nullptr;
    QCheckBox *m_firstStayCheck = nullptr;
    QCheckBox *m_anniversaryCheck = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace tw::ui
