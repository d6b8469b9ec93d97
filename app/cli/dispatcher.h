#pragma once

#include "command.h"

#include <core/result.h>

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace tw::cli {

class Context;

// Reads the global options (--db, --actor, --help, --version), picks the
// command named by the leading words, checks its arguments and runs it. Also
// answers "help [COMMAND]".
class Dispatcher
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::Dispatcher)

public:
    Dispatcher();
    ~Dispatcher();

    // arguments without the program name; returns the exit code.
    int run(const QStringList &arguments, Context &context);

    // Whether these arguments (without the program name) run a command that
    // needs a QGuiApplication; help, usage errors and the rest do not. Asked
    // before any application object exists, so main() can pick one.
    bool needsGui(const QStringList &arguments) const;

    const std::vector<std::unique_ptr<Command>> &commands() const { return m_commands; }
    QString overview() const;

    static QString version();

private:
    struct GlobalOptions
    {
        QStringList rest; // the command words and its own arguments
        std::optional<QString> db;
        std::optional<QString> actor;
        bool help = false;
        bool version = false;
    };
    static core::Result<GlobalOptions> takeGlobalOptions(const QStringList &arguments);
    // Sets the database URL and actor on the context; an exit code when the
    // global options or the environment are wrong.
    static std::optional<int> configure(const GlobalOptions &globals, const Command &command, Context &context);

    struct Selection
    {
        Command *command = nullptr;
        qsizetype wordsUsed = 0;
        QString error;     // why no command was selected
        QStringList group; // the commands sharing the first word, when only that matched
    };
    Selection select(const QStringList &words) const;
    int help(const QStringList &words, Context &context) const;
    QString groupUsage(const QString &word) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace tw::cli
