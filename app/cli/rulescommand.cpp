#include "rulescommand.h"

#include "context.h"
#include "exitcode.h"
#include "jsonformat.h"
#include "texttable.h"

#include <storage/listeningrulerepository.h>
#include <storage/propertyrepository.h>

#include <QHash>

using namespace Qt::StringLiterals;

namespace tw::cli {

namespace {

const QString DefaultMastodonInstance = u"mastodon.social"_s;

} // namespace

RulesCommand::RulesCommand(Mode mode)
    : m_mode(mode)
{
}

QStringList RulesCommand::path() const
{
    switch (m_mode) {
    case Mode::Add:
        return {u"rules"_s, u"add"_s};
    case Mode::List:
        return {u"rules"_s, u"list"_s};
    case Mode::Remove:
        return {u"rules"_s, u"remove"_s};
    }
    return {};
}

QStringList RulesCommand::positionalNames() const
{
    switch (m_mode) {
    case Mode::Add:
        return {u"NETWORK"_s, u"VALUE"_s};
    case Mode::List:
        return {};
    case Mode::Remove:
        return {u"ID"_s};
    }
    return {};
}

QList<OptionSpec> RulesCommand::options() const
{
    switch (m_mode) {
    case Mode::Add:
        return {
            {u"tag"_s, u"TAG"_s, tr("a label for the rule, shown on the feed and usable as a filter")},
            {u"property"_s, u"CODE"_s, tr("the property that listens (needed when there are several)")},
            {u"instance"_s, u"HOST"_s,
             tr("Mastodon: the instance whose hashtag timeline is followed (default %1)").arg(DefaultMastodonInstance)},
        };
    case Mode::List:
        return {jsonOption()};
    case Mode::Remove:
        return {};
    }
    return {};
}

QString RulesCommand::summary() const
{
    switch (m_mode) {
    case Mode::Add:
        return tr("Add a listening rule for a property on X or Mastodon.");
    case Mode::List:
        return tr("List the listening rules of every property.");
    case Mode::Remove:
        return tr("Remove a listening rule.");
    }
    return {};
}

QString RulesCommand::description() const
{
    if (m_mode != Mode::Add)
        return {};
    return tr("On X, VALUE is a rule in the filtered-stream syntax, for example \"@HarbourView OR "
              "#HarbourViewLisbon -is:retweet\" (quote it for the shell); the X server checks it when the "
              "listener next connects and the listener reports a rule it refuses. On Mastodon, VALUE is a "
              "hashtag (with or without \"#\"), optionally followed by \"@HOST\" for the instance.");
}

int RulesCommand::run(Context &context, const Arguments &arguments)
{
    switch (m_mode) {
    case Mode::Add:
        return add(context, arguments);
    case Mode::List:
        return list(context, arguments);
    case Mode::Remove:
        return remove(context, arguments);
    }
    return ExitCode::Failure;
}

int RulesCommand::add(Context &context, const Arguments &arguments)
{
    const QString &networkText = arguments.positional().at(0);
    const auto network = core::networkFromKey(networkText);
    if (!network || *network == core::Network::Bluesky)
        return context.usageError(tr("unknown network \"%1\"; use x or mastodon").arg(networkText), name());

    core::ListeningRule rule;
    rule.network = *network;
    rule.value = arguments.positional().at(1).trimmed();
    rule.tag = arguments.value(u"tag"_s).trimmed();
    if (rule.network == core::Network::Mastodon) {
        // "#harbourview@mastodon.social" names the instance in one word.
        QString instance = arguments.value(u"instance"_s).trimmed();
        if (const qsizetype at = rule.value.indexOf(u'@'); at > 0) {
            if (instance.isEmpty())
                instance = rule.value.mid(at + 1);
            rule.value.truncate(at);
        }
        rule.instance = instance.isEmpty() ? DefaultMastodonInstance : instance.toLower();
    } else if (arguments.isSet(u"instance"_s)) {
        return context.usageError(tr("--instance is for Mastodon rules only"), name());
    }

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    storage::PropertyRepository properties(*db);
    std::optional<core::Property> property;
    if (arguments.isSet(u"property"_s)) {
        const QString code = arguments.value(u"property"_s).trimmed();
        property = properties.byCode(code);
        if (!property)
            return context.fail(tr("no property with code \"%1\"; see tweetworthy-cli property list").arg(code));
    } else {
        const QList<core::Property> all = properties.list();
        if (all.isEmpty())
            return context.fail(tr("there is no property yet; add one with tweetworthy-cli property add"));
        if (all.size() > 1)
            return context.usageError(tr("there are several properties; name one with --property CODE"), name());
        property = all.first();
    }
    rule.propertyId = property->id;

    auto added = storage::ListeningRuleRepository(*db).add(rule, context.actor());
    if (!added)
        return context.fail(tr("cannot add the rule: %1").arg(added.error()));
    if (rule.network == core::Network::Mastodon) {
        context.out() << tr("Added rule %1: %2 follows #%3 on %4.")
                             .arg(QString::number(added->id), property->code, added->value, added->instance)
                      << Qt::endl;
    } else {
        context.out() << tr("Added rule %1: %2 listens on X for %3.")
                             .arg(QString::number(added->id), property->code, added->value)
                      << Qt::endl;
    }
    return ExitCode::Success;
}

int RulesCommand::list(Context &context, const Arguments &arguments)
{
    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    QHash<core::Id, QString> codes;
    for (const core::Property &property : storage::PropertyRepository(*db).list())
        codes.insert(property.id, property.code);
    const QList<core::ListeningRule> rules = storage::ListeningRuleRepository(*db).all();

    if (arguments.isSet(u"json"_s)) {
        QJsonArray array;
        for (const core::ListeningRule &rule : rules)
            array.append(JsonFormat::rule(rule, codes.value(rule.propertyId)));
        context.printJson(array);
        return ExitCode::Success;
    }
    if (rules.isEmpty()) {
        context.out() << tr("No listening rules yet; add one with tweetworthy-cli rules add NETWORK VALUE.")
                      << Qt::endl;
        return ExitCode::Success;
    }
    TextTable table({tr("ID"), tr("PROPERTY"), tr("NETWORK"), tr("VALUE"), tr("TAG"), tr("INSTANCE")});
    for (const core::ListeningRule &rule : rules) {
        table.addRow({QString::number(rule.id), codes.value(rule.propertyId), core::networkKey(rule.network),
                      rule.value, rule.tag, rule.instance});
    }
    table.print(context.out());
    return ExitCode::Success;
}

int RulesCommand::remove(Context &context, const Arguments &arguments)
{
    const auto id = parseId(arguments.positional().at(0));
    if (!id)
        return context.usageError(tr("ID must be a rule number, not \"%1\"").arg(arguments.positional().at(0)), name());
    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    if (auto removed = storage::ListeningRuleRepository(*db).remove(*id, context.actor()); !removed)
        return context.fail(tr("cannot remove rule %1: %2").arg(QString::number(*id), removed.error()));
    context.out() << tr("Removed rule %1.").arg(QString::number(*id)) << Qt::endl;
    return ExitCode::Success;
}

} // namespace tw::cli
