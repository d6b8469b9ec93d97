#include "posttimelinesource.h"

#include "feedmodel.h"

#include <core/handlenormalizer.h>
#include <storage/postrepository.h>

using namespace Qt::StringLiterals;

namespace tw::desk {

QString PostTimelineSource::key() const
{
    return u"posts"_s;
}

QStringList PostTimelineSource::tables() const
{
    return {u"posts"_s};
}

core::Result<QList<TimelineEntry>> PostTimelineSource::entries(storage::Database &db, core::Id guestId) const
{
    const QList<core::Post> posts = storage::PostRepository(db).forGuest(guestId);
    QList<TimelineEntry> result;
    result.reserve(posts.size());
    for (const core::Post &post : posts) {
        if (post.deleted)
            continue; // withdrawn by its author
        TimelineEntry entry;
        entry.id = u"post:%1"_s.arg(post.id);
        entry.at = post.createdAt.toUTC();
        entry.kind = u"post."_s + core::networkKey(post.network);
        entry.title = post.inHouse ? tr("Post on %1 while in house").arg(FeedModel::networkName(post.network))
                                   : tr("Post on %1").arg(FeedModel::networkName(post.network));
        const QString handle = core::HandleNormalizer::display(post.network, post.authorHandle);
        entry.detail = tr("%1: %2").arg(handle, post.text);
        result.append(entry);
    }
    return result;
}

} // namespace tw::desk
