#include "postslistcommand.h"

#include "context.h"
#include "exitcode.h"
#include "jsonformat.h"
#include "texttable.h"

#include <core/handlenormalizer.h>
#include <storage/postrepository.h>

using namespace Qt::StringLiterals;

namespace tw::cli {

namespace {

constexpr int DefaultLimit = 100;

// One line of a post's text for the table.
QString excerpt(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > 60)
        line = line.left(59) + u'…';
    return line;
}

} // namespace

QStringList PostsListCommand::path() const
{
    return {u"posts"_s, u"list"_s};
}

QList<OptionSpec> PostsListCommand::options() const
{
    return {
        {u"network"_s, u"NETWORK"_s, tr("only posts from x or mastodon")},
        {u"in-house"_s, {}, tr("only posts by guests who were in house when they posted")},
        {u"unhandled"_s, {}, tr("only posts nobody has replied to, resolved or ignored yet")},
        {u"limit"_s, u"N"_s, tr("at most N posts, newest first (default %1; 0 for all)").arg(DefaultLimit)},
        jsonOption(),
    };
}

QString PostsListCommand::summary() const
{
    return tr("List the stored posts, newest first.");
}

int PostsListCommand::run(Context &context, const Arguments &arguments)
{
    storage::PostFilter filter;
    if (arguments.isSet(u"network"_s)) {
        const QString text = arguments.value(u"network"_s);
        const auto network = core::networkFromKey(text);
        if (!network)
            return context.usageError(tr("unknown network \"%1\"; use x or mastodon").arg(text), name());
        filter.network = network;
    }
    filter.inHouseOnly = arguments.isSet(u"in-house"_s);
    filter.unhandledOnly = arguments.isSet(u"unhandled"_s);
    int limit = DefaultLimit;
    if (arguments.isSet(u"limit"_s)) {
        bool ok = false;
        limit = arguments.value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 0)
            return context.usageError(
                tr("--limit needs a number of posts, not \"%1\"").arg(arguments.value(u"limit"_s)), name());
    }

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    storage::PostRepository posts(*db);
    QList<core::Post> found;
    // Paged by the repository's keyset cursor so "all" never holds one huge query open.
    constexpr int Page = 1000;
    std::optional<storage::PostCursor> cursor;
    while (limit == 0 || found.size() < limit) {
        const int want = limit == 0 ? Page : std::min<int>(Page, limit - int(found.size()));
        const QList<core::Post> page = posts.list(filter, want, cursor);
        found.append(page);
        if (page.size() < want)
            break;
        cursor = storage::PostCursor{page.constLast().createdAt, page.constLast().id};
    }

    if (arguments.isSet(u"json"_s)) {
        QJsonArray array;
        for (const core::Post &post : std::as_const(found))
            array.append(JsonFormat::post(post));
        context.printJson(array);
        return ExitCode::Success;
    }
    if (found.isEmpty()) {
        context.out() << tr("No posts yet. Add listening rules (rules add) and run the listener (listen).") << Qt::endl;
        return ExitCode::Success;
    }
    TextTable table(
        {tr("CREATED (UTC)"), tr("NETWORK"), tr("AUTHOR"), tr("GUEST"), tr("ROOM"), tr("STATE"), tr("TEXT")});
    for (const core::Post &post : std::as_const(found)) {
        table.addRow({post.createdAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s), core::networkKey(post.network),
                      core::HandleNormalizer::display(post.network, post.authorHandle),
                      post.guestId == core::InvalidId ? QString() : QString::number(post.guestId),
                      post.inHouse ? post.room : QString(), core::postStateKey(post.state), excerpt(post.text)});
    }
    table.print(context.out());
    return ExitCode::Success;
}

} // namespace tw::cli
