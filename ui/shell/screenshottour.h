#pragma once

#include <core/types.h>
#include <storage/databaseurl.h>

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>

class QWidget;

namespace tw::ui {

class MainWindow;

// What scripts/screenshots pictures: every page of the window in turn, then the
// dialogs of a small registry (a guest's profile, the card editor, the import
// wizard, Settings), each once its data has loaded, saved as <name>.png. Pages
// name their pictures themselves (Page::screenshotName()); a page with a search
// gets a search typed first, and a page with a startDemo() slot (the live
// feed) plays its demo. Only the hidden --screenshot-dir option runs it.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    // A guest worth showing: in house, with a linked handle when there is one.
    struct Sample
    {
        core::Id guestId = core::InvalidId;
        QString searchText;
    };

    // One picture: open() shows what to picture and returns the widget to grab
    // (nullptr: the main window), or an empty pointer with *problem set. Once
    // that has loaded, then() may take it a step further (a wizard's next
    // page), and the picture waits for that to load too.
    struct Step
    {
        QString name;
        std::function<QWidget *(ScreenshotTour &tour, QString *problem)> open;
        std::function<void(ScreenshotTour &tour, QWidget *target)> then = {};
    };

    ScreenshotTour(MainWindow &window, QString directory, QObject *parent = nullptr);
    ~ScreenshotTour() override;

    void start();

    MainWindow &window() const { return m_window; }
    const Sample &sample() const { return m_sample; }
    // The top-level window that appeared since the step began, if any.
    QWidget *newWindow() const;

    QStringList written() const { return m_written; }
    QStringList problems() const { return m_problems; }

    // Runs on a worker thread over its own connection.
    static Sample findSample(const storage::DatabaseUrl &url, const QString &propertyCode);

Q_SIGNALS:
    // All pictures taken (or given up on, see problems()).
    void finished(bool ok);

private:
    void buildSteps();
    void nextStep();
    void poll();
    void capture();
    static void typeInto(QWidget *widget, const QString &text);
    // A small reservation export with two rows the import refuses, for the
    // import wizard's preview.
    QString writeSampleExport() const;

    MainWindow &m_window;
    QString m_directory;
    Sample m_sample;
    QList<Step> m_steps;
    int m_current = -1;
    QPointer<QWidget> m_target;
    bool m_targetIsWindow = false;
    QSet<QWidget *> m_windowsBefore;
    QTimer m_poll;
    QElapsedTimer m_elapsed;
    int m_quietPolls = 0;
    bool m_thenDone = false;
    QStringList m_written;
    QStringList m_problems;
    QFutureWatcher<Sample> m_sampleWatcher;
};

} // namespace tw::ui
