#pragma once

#include <storage/databaseurl.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace tw::ui {

// What the desktop app was asked to do on its command line: run (optionally on
// the database given with --db), or print help, the version or an error and stop.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(tw::ui::CommandLine)

public:
    enum class Action { Run, ShowHelp, ShowVersion, Fail };

    // arguments as QCoreApplication::arguments() gives them (program name first).
    static CommandLine parse(const QStringList &arguments);

    // Help and version are printed on a terminal, which may have no display:
    // decides before any QApplication exists whether the app needs one.
    static bool needsWindow(const QStringList &arguments);

    Action action() const { return m_action; }
    // Set when --db was given and names a valid database URL.
    const std::optional<storage::DatabaseUrl> &databaseUrl() const { return m_databaseUrl; }
    // --screenshot-dir, left out of --help: scripts/screenshots has the app
    // picture each page and dialog into this folder and quit.
    const QString &screenshotDirectory() const { return m_screenshotDirectory; }
    // The help or version text, or the error message, ending in a newline.
    const QString &output() const { return m_output; }
    // 0 for Run, ShowHelp and ShowVersion; 2 (usage error) for Fail.
    int exitCode() const { return m_action == Action::Fail ? 2 : 0; }

private:
    Action m_action = Action::Run;
    std::optional<storage::DatabaseUrl> m_databaseUrl;
    QString m_screenshotDirectory;
    QString m_output;
};

} // namespace tw::ui
