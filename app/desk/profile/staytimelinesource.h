#pragma once

#include "timelinesource.h"

#include <QCoreApplication>

namespace tw::desk {

// The guest's stays on the timeline: arrival and departure at the property's
// check-in and check-out times, actual check-in and check-out when the PMS
// reported them. Cancelled stays and no-shows are one entry at the arrival.
class StayTimelineSource : public TimelineSource
{
    Q_DECLARE_TR_FUNCTIONS(tw::desk::StayTimelineSource)

public:
    QString key() const override;
    QStringList tables() const override;
    core::Result<QList<TimelineEntry>> entries(storage::Database &db, core::Id guestId) const override;
};

} // namespace tw::desk
