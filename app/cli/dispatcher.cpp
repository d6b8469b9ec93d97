#include "dispatcher.h"

#include "cardcommand.h"
#include "catalogcommand.h"
#include "context.h"
#include "demoseedcommand.h"
#include "exitcode.h"
#include "guestshowcommand.h"
#include "guestssearchcommand.h"
#include "handlescommand.h"
#include "importstayscommand.h"
#include "inhousecommand.h"
#include "listencommand.h"
#include "migratecommand.h"
#include "ordercommand.h"
#include "postslistcommand.h"
#include "propertyaddcommand.h"
#include "propertylistcommand.h"
#include "rulescommand.h"

#include <QtGlobal>

#include <optional>
#include <tuple>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace tw::cli {

namespace {

QString operatingSystemUser()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        if (QString name = qEnvironmentVariable(variable).trimmed(); !name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return u"unknown"_s;
}

// A global option given as "--name VALUE" or "--name=VALUE" at tokens[*index];
// advances *index past what it consumed.
enum class GlobalMatch { No, Yes, MissingValue };
GlobalMatch takeGlobalValue(const QStringList &tokens, qsizetype *index, QLatin1StringView name, QString *value)
{
    const QString &token = tokens.at(*index);
    if (token.startsWith(name) && token.size() > name.size() && token.at(name.size()) == u'=') {
        *value = token.mid(name.size() + 1);
        return GlobalMatch::Yes;
    }
    if (token != name)
        return GlobalMatch::No;
    if (*index + 1 >= tokens.size())
        return GlobalMatch::MissingValue;
    *value = tokens.at(++*index);
    return GlobalMatch::Yes;
}

} // namespace

Dispatcher::Dispatcher()
{
    m_commands.push_back(std::make_unique<MigrateCommand>());
    m_commands.push_back(std::make_unique<PropertyAddCommand>());
    m_commands.push_back(std::make_unique<PropertyListCommand>());
    m_commands.push_back(std::make_unique<ImportStaysCommand>());
    m_commands.push_back(std::make_unique<GuestsSearchCommand>());
    m_commands.push_back(std::make_unique<GuestShowCommand>());
    m_commands.push_back(std::make_unique<HandlesCommand>(HandlesCommand::Mode::Link));
    m_commands.push_back(std::make_unique<HandlesCommand>(HandlesCommand::Mode::Unlink));
    m_commands.push_back(std::make_unique<InHouseCommand>());
    m_commands.push_back(std::make_unique<RulesCommand>(RulesCommand::Mode::Add));
    m_commands.push_back(std::make_unique<RulesCommand>(RulesCommand::Mode::List));
    m_commands.push_back(std::make_unique<RulesCommand>(RulesCommand::Mode::Remove));
    m_commands.push_back(std::make_unique<ListenCommand>());
    m_commands.push_back(std::make_unique<PostsListCommand>());
    m_commands.push_back(std::make_unique<CardCommand>(CardCommand::Mode::Render));
    m_commands.push_back(std::make_unique<CardCommand>(CardCommand::Mode::Batch));
    m_commands.push_back(std::make_unique<CardCommand>(CardCommand::Mode::Reprint));
    m_commands.push_back(std::make_unique<CardCommand>(CardCommand::Mode::List));
    m_commands.push_back(std::make_unique<CatalogCommand>(CatalogCommand::Mode::List));
    m_commands.push_back(std::make_unique<CatalogCommand>(CatalogCommand::Mode::Add));
    m_commands.push_back(std::make_unique<CatalogCommand>(CatalogCommand::Mode::Retire));
    m_commands.push_back(std::make_unique<OrderCommand>(OrderCommand::Mode::Create));
    m_commands.push_back(std::make_unique<OrderCommand>(OrderCommand::Mode::Advance));
    m_commands.push_back(std::make_unique<OrderCommand>(OrderCommand::Mode::List));
    m_commands.push_back(std::make_unique<OrderCommand>(OrderCommand::Mode::Slip));
    m_commands.push_back(std::make_unique<DemoSeedCommand>());
}

Dispatcher::~Dispatcher() = default;

QString Dispatcher::version()
{
    return QStringLiteral(TW_VERSION);
}

core::Result<Dispatcher::GlobalOptions> Dispatcher::takeGlobalOptions(const QStringList &arguments)
{
    // Global options may stand anywhere before "--", so that
    // "tweetworthy-cli property list --db URL" works as well.
    GlobalOptions globals;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &token = arguments.at(i);
        if (token == "--"_L1) {
            globals.rest += arguments.mid(i);
            break;
        }
        if (token == "--help"_L1 || token == "-h"_L1) {
            globals.help = true;
            continue;
        }
        if (token == "--version"_L1) {
            globals.version = true;
            continue;
        }
        bool consumed = false;
        for (auto [name, valueName, target] :
             {std::tuple{"--db"_L1, "URL"_L1, &globals.db}, std::tuple{"--actor"_L1, "NAME"_L1, &globals.actor}}) {
            QString value;
            const GlobalMatch match = takeGlobalValue(arguments, &i, name, &value);
            if (match == GlobalMatch::MissingValue)
                return core::Result<GlobalOptions>::failure(tr("option %1 needs a value %2").arg(name, valueName));
            if (match == GlobalMatch::Yes) {
                *target = value;
                consumed = true;
                break;
            }
        }
        if (!consumed)
            globals.rest.append(token);
    }
    return globals;
}

bool Dispatcher::needsGui(const QStringList &arguments) const
{
    const auto globals = takeGlobalOptions(arguments);
    if (!globals || globals->help || globals->version || globals->rest.isEmpty())
        return false;
    const QString &first = globals->rest.constFirst();
    if (first == "help"_L1 || first.startsWith(u'-'))
        return false;
    const Selection selection = select(globals->rest);
    return selection.command && selection.command->needsGui();
}

int Dispatcher::run(const QStringList &arguments, Context &context)
{
    auto globals = takeGlobalOptions(arguments);
    if (!globals)
        return context.usageError(globals.error());
    const QStringList &rest = globals->rest;

    if (globals->version) {
        context.out() << "tweetworthy-cli "_L1 << version() << Qt::endl;
        return ExitCode::Success;
    }
    if (rest.isEmpty()) {
        if (globals->help) {
            context.out() << overview() << Qt::flush;
            return ExitCode::Success;
        }
        return context.usageError(tr("no command given"));
    }
    if (rest.constFirst() == "help"_L1)
        return help(rest.mid(1), context);
    if (rest.constFirst().startsWith(u'-'))
        return context.usageError(tr("unknown option %1").arg(rest.constFirst()));

    const Selection selection = select(rest);
    if (!selection.command) {
        if (globals->help && !selection.group.isEmpty()) {
            context.out() << groupUsage(rest.constFirst()) << Qt::flush;
            return ExitCode::Success;
        }
        return context.usageError(selection.error, selection.group.isEmpty() ? QString() : rest.constFirst());
    }
    Command &command = *selection.command;
    if (globals->help) {
        context.out() << command.usage() << Qt::flush;
        return ExitCode::Success;
    }

    auto parsed = Arguments::parse(rest.mid(selection.wordsUsed), command.options());
    if (!parsed)
        return context.usageError(parsed.error(), command.name());
    if (const QString problem = command.checkArguments(*parsed); !problem.isEmpty())
        return context.usageError(problem, command.name());
    if (const auto failed = configure(*globals, command, context))
        return *failed;
    return command.run(context, *parsed);
}

std::optional<int> Dispatcher::configure(const GlobalOptions &globals, const Command &command, Context &context)
{
    if (globals.db) {
        auto url = storage::DatabaseUrl::parse(*globals.db);
        if (!url)
            return context.usageError(tr("--db: %1").arg(url.error()), command.name());
        context.setDatabaseUrl(*url);
    } else if (const QString fromEnvironment = qEnvironmentVariable("TWEETWORTHY_DB"); !fromEnvironment.isEmpty()) {
        auto url = storage::DatabaseUrl::parse(fromEnvironment);
        if (!url) {
            return context.fail(
                tr("TWEETWORTHY_DB does not name a database: %1 Fix or unset it, or pass --db URL.").arg(url.error()));
        }
        context.setDatabaseUrl(*url);
    } else {
        context.setDatabaseUrl(storage::DatabaseUrl::defaultUrl());
    }

    if (globals.actor) {
        if (globals.actor->trimmed().isEmpty())
            return context.usageError(tr("--actor needs a staff name"), command.name());
        context.setActor(globals.actor->trimmed());
    } else if (const QString fromEnvironment = qEnvironmentVariable("TWEETWORTHY_ACTOR").trimmed();
               !fromEnvironment.isEmpty()) {
        context.setActor(fromEnvironment);
    } else {
        context.setActor(operatingSystemUser());
    }
    return std::nullopt;
}

Dispatcher::Selection Dispatcher::select(const QStringList &words) const
{
    Selection selection;
    const QString &first = words.constFirst();
    for (const auto &command : m_commands) {
        const QStringList path = command->path();
        if (path.constFirst() != first)
            continue;
        if (path.size() == 1) {
            selection.command = command.get();
            selection.wordsUsed = 1;
            return selection;
        }
        selection.group.append(path.at(1));
        if (words.size() >= path.size() && words.mid(1, path.size() - 1) == path.mid(1)) {
            selection.command = command.get();
            selection.wordsUsed = path.size();
            return selection;
        }
    }
    if (selection.group.isEmpty())
        selection.error = tr("unknown command \"%1\"").arg(first);
    else if (words.size() < 2 || words.at(1).startsWith(u'-'))
        selection.error = tr("%1 needs a subcommand: %2").arg(first, selection.group.join(", "_L1));
    else
        selection.error
            = tr("%1 has no subcommand %2; it has: %3").arg(first, words.at(1), selection.group.join(", "_L1));
    return selection;
}

int Dispatcher::help(const QStringList &words, Context &context) const
{
    if (words.isEmpty() || words == QStringList{u"help"_s}) {
        context.out() << overview() << Qt::flush;
        return ExitCode::Success;
    }
    const Selection selection = select(words);
    if (selection.command && selection.wordsUsed == words.size()) {
        context.out() << selection.command->usage() << Qt::flush;
        return ExitCode::Success;
    }
    if (!selection.command && !selection.group.isEmpty() && words.size() == 1) {
        context.out() << groupUsage(words.constFirst()) << Qt::flush;
        return ExitCode::Success;
    }
    return context.usageError(tr("no help for \"%1\": there is no such command").arg(words.join(u' ')));
}

QString Dispatcher::overview() const
{
    QList<std::pair<QString, QString>> rows;
    for (const auto &command : m_commands)
        rows.append({command->name(), command->summary()});
    const QString commandList = Command::formatColumns(rows);

    return tr("Usage: tweetworthy-cli [--db URL] [--actor NAME] COMMAND [ARGUMENTS]") + "\n\n"_L1
        + tr("Tweetworthy from scripts and services: properties, stay imports, guests, handles, who is in house, "
             "note cards and amenity orders.")
        + "\n\n"_L1 + tr("Commands:") + u'\n' + commandList + u'\n' + tr("Global options:") + u'\n'
        + Command::formatOptions(Command::globalOptions()) + u'\n'
        + tr("Exit codes: 0 success, 1 failure, 2 usage error, 3 import finished with rejected rows.") + u'\n'
        + tr("Run \"tweetworthy-cli help COMMAND\" for a command's arguments and options.") + u'\n';
}

QString Dispatcher::groupUsage(const QString &word) const
{
    QString text = tr("Commands starting with \"%1\":").arg(word) + u'\n';
    for (const auto &command : m_commands) {
        if (command->path().constFirst() == word)
            text += "  tweetworthy-cli "_L1 + command->synopsis() + u'\n' + "      "_L1 + command->summary() + u'\n';
    }
    text += u'\n' + tr("Run \"tweetworthy-cli help %1 SUBCOMMAND\" for details.").arg(word) + u'\n';
    return text;
}

} // namespace tw::cli
