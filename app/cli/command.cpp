#include "command.h"

#include "context.h"

#include <storage/guestrepository.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::cli {

namespace {

QString optionSynopsis(const OptionSpec &option)
{
    QString text = "--"_L1 + option.name;
    if (option.takesValue())
        text += u' ' + option.valueName;
    return option.required ? text : u'[' + text + u']';
}

} // namespace

QString Command::synopsis() const
{
    QStringList parts{name()};
    const QStringList names = positionalNames();
    for (qsizetype i = 0; i < names.size(); ++i)
        parts.append(i == names.size() - 1 && lastPositionalRepeats() ? names.at(i) + "..."_L1 : names.at(i));
    const QList<OptionSpec> specs = options();
    for (const OptionSpec &option : specs) {
        if (option.required)
            parts.append(optionSynopsis(option));
    }
    for (const OptionSpec &option : specs) {
        if (!option.required)
            parts.append(optionSynopsis(option));
    }
    return parts.join(u' ');
}

QString Command::usage() const
{
    QString text = tr("Usage: tweetworthy-cli [--db URL] [--actor NAME] %1").arg(synopsis()) + "\n\n"_L1
        + wrapText(summary(), 0) + u'\n';
    if (const QString more = description(); !more.isEmpty())
        text += u'\n' + wrapText(more, 0) + u'\n';
    if (const QList<OptionSpec> specs = options(); !specs.isEmpty())
        text += u'\n' + tr("Options:") + u'\n' + formatOptions(specs);
    text += u'\n' + tr("Global options:") + u'\n' + formatOptions(globalOptions());
    return text;
}

QString Command::checkArguments(const Arguments &arguments) const
{
    const QStringList names = positionalNames();
    const qsizetype given = arguments.positional().size();
    if (given < names.size())
        return tr("missing argument %1").arg(names.at(given));
    if (given > names.size() && !(lastPositionalRepeats() && !names.isEmpty()))
        return tr("unexpected argument \"%1\"").arg(arguments.positional().at(names.size()));
    const QList<OptionSpec> specs = options();
    for (const OptionSpec &option : specs) {
        if (option.required && !arguments.isSet(option.name))
            return tr("missing option --%1 %2").arg(option.name, option.valueName);
    }
    return {};
}

QList<OptionSpec> Command::globalOptions()
{
    return {
        {u"db"_s, u"URL"_s,
         tr("Database to use: sqlite:///path/file.db or postgresql://user@host:port/db. "
            "Default: $TWEETWORTHY_DB, else the desktop app's own database.")},
        {u"actor"_s, u"NAME"_s,
         tr("Staff name recorded in the audit log. Default: $TWEETWORTHY_ACTOR, else the user name.")},
        {u"help"_s, {}, tr("Show this help.")},
        {u"version"_s, {}, tr("Show the version.")},
    };
}

QString Command::formatOptions(const QList<OptionSpec> &options)
{
    QList<std::pair<QString, QString>> rows;
    for (const OptionSpec &option : options) {
        QString left = "--"_L1 + option.name;
        if (option.takesValue())
            left += u' ' + option.valueName;
        rows.append({left, option.description});
    }
    return formatColumns(rows);
}

QString Command::formatColumns(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    QString text;
    for (const auto &[left, right] : rows) {
        QString line = "  "_L1 + left.leftJustified(width) + "  "_L1 + wrapText(right, width + 4);
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    return text;
}

QString Command::wrapText(const QString &text, qsizetype indent)
{
    // Too narrow a column reads worse than a long line.
    constexpr qsizetype LineWidth = 80;
    constexpr qsizetype MinimumColumn = 30;
    if (LineWidth - indent < MinimumColumn)
        return text;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QString wrapped;
    qsizetype column = indent;
    for (const QString &word : words) {
        if (column > indent && column + 1 + word.size() > LineWidth) {
            wrapped += u'\n' + QString(indent, u' ');
            column = indent;
        } else if (column > indent) {
            wrapped += u' ';
            ++column;
        }
        wrapped += word;
        column += word.size();
    }
    return wrapped;
}

std::optional<core::Id> Command::parseId(const QString &text)
{
    bool ok = false;
    const core::Id id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

std::optional<core::Guest> Command::findGuest(Context &context, storage::Database &db, core::Id id)
{
    auto guest = storage::GuestRepository(db).byId(id);
    if (!guest)
        context.fail(tr("there is no guest %1; find the number with tweetworthy-cli guests search TEXT").arg(id));
    return guest;
}

OptionSpec Command::jsonOption()
{
    return {u"json"_s, {}, tr("Print JSON (UTF-8) for scripts.")};
}

} // namespace tw::cli
