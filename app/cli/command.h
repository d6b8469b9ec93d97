#pragma once

#include "arguments.h"

#include <core/types.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace tw::storage {
class Database;
}

namespace tw::cli {

class Context;

// One command of tweetworthy-cli: declares its words, arguments and options so
// the dispatcher can check the command line and print its usage, then runs.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::Command)

public:
    virtual ~Command() = default;

    // The words that select the command, e.g. {"property", "add"}.
    virtual QStringList path() const = 0;
    // Names of the required positional arguments, in order ("CODE").
    virtual QStringList positionalNames() const { return {}; }
    // Whether the last positional argument takes every remaining word
    // ("guests search anna smith" searches for "anna smith").
    virtual bool lastPositionalRepeats() const { return false; }
    virtual QList<OptionSpec> options() const { return {}; }
    virtual QString summary() const = 0;
    // Paragraphs shown by "help COMMAND" below the summary.
    virtual QString description() const { return {}; }

    // Whether the command paints (cards, slips): it then runs under a
    // QGuiApplication, which fonts and PDF output need.
    virtual bool needsGui() const { return false; }

    // Returns the process exit code (see ExitCode).
    virtual int run(Context &context, const Arguments &arguments) = 0;

    QString name() const { return path().join(u' '); }
    // "property add CODE --name NAME --time-zone IANA [--check-in HH:MM]"
    QString synopsis() const;
    // The complete text of "help COMMAND".
    QString usage() const;

    // Checks the positional count and required options of parsed arguments;
    // an empty string when they fit.
    QString checkArguments(const Arguments &arguments) const;

    // The options every command accepts, shown in every usage text.
    static QList<OptionSpec> globalOptions();
    static QString formatOptions(const QList<OptionSpec> &options);
    // Two aligned columns, each row indented by two spaces.
    static QString formatColumns(const QList<std::pair<QString, QString>> &rows);
    // Breaks text into lines of at most 80 columns; lines after the first are
    // indented by `indent` spaces, the first is where the caller put it.
    static QString wrapText(const QString &text, qsizetype indent);

protected:
    // A positive record id as typed on the command line, or nullopt.
    static std::optional<core::Id> parseId(const QString &text);
    // The guest with that id, or nullopt after telling the person how to find
    // the right number.
    static std::optional<core::Guest> findGuest(Context &context, storage::Database &db, core::Id id);
    static OptionSpec jsonOption();
};

} // namespace tw::cli
