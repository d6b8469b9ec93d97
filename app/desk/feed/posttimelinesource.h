#pragma once

#include <desk/profile/timelinesource.h>

#include <QCoreApplication>

namespace tw::desk {

// A guest's posts on their profile's timeline, at the time they were posted,
// with the network, the handle and the text. How staff handled each post is
// on the timeline through the audit entries PostRepository writes.
class PostTimelineSource : public TimelineSource
{
    Q_DECLARE_TR_FUNCTIONS(tw::desk::PostTimelineSource)

public:
    QString key() const override;
    QStringList tables() const override;
    core::Result<QList<TimelineEntry>> entries(storage::Database &db, core::Id guestId) const override;
};

} // namespace tw::desk
