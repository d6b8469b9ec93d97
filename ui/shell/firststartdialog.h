#pragma once

#include "desksetup.h"

#include <core/result.h>
#include <pms/demohotel.h>
#include <storage/databaseurl.h>

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tw::ui {

// Offers the demo hotel when a database has no property yet: on the very first
// start (Tweetworthy has just created its database) and from the window's
// "no property" guide. Seeds off the UI thread with a busy indicator, so a
// newcomer sees a living board in seconds.
class FirstStartDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { DemoHotel, StartEmpty };
    Q_ENUM(Choice)

    // createdDatabase: Tweetworthy has just made this database (the welcome says so).
    FirstStartDialog(storage::DatabaseUrl url, bool createdDatabase, QWidget *parent = nullptr);
    ~FirstStartDialog() override;

    // Without a screen (tests, scripts) nobody can press a button: with a preset
    // answer, ask() acts on it without showing the dialog. Cleared with nullopt.
    static void setPresetChoice(std::optional<Choice> choice);
    static std::optional<Choice> presetChoice();

    // Shows the dialog window-modal and returns at once; or, with a preset
    // answer, takes it as if it had been clicked.
    void ask();

    std::optional<Choice> choice() const { return m_choice; }
    // Set once the demo hotel is in the database.
    const std::optional<pms::DemoSummary> &demoSummary() const { return m_summary; }
    bool isSeeding() const { return m_watcher.isRunning(); }

public Q_SLOTS:
    void openDemoHotel();
    void startEmpty();
    void reject() override;

Q_SIGNALS:
    // The demo hotel is in the database; the dialog closes.
    void demoHotelOpened(const tw::pms::DemoSummary &summary);
    // The user chose to start without the demo.
    void startedEmpty();
    // Seeding failed; the dialog stays open with the reason and both choices.
    void demoHotelFailed(const QString &message);

private:
    void finishSeeding();

    storage::DatabaseUrl m_url;
    std::optional<Choice> m_choice;
    std::optional<pms::DemoSummary> m_summary;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_demoButton = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QFutureWatcher<core::Result<pms::DemoSummary>> m_watcher;
};

} // namespace tw::ui
