#pragma once

#include "timelinesource.h"

#include <QCoreApplication>

namespace tw::desk {

// What staff and imports did to the guest, from the audit log: profile edits,
// handles linked, confirmed and unlinked, reservations added and changed,
// note cards printed, amenities ordered and followed to delivery.
class AuditTimelineSource : public TimelineSource
{
    Q_DECLARE_TR_FUNCTIONS(tw::desk::AuditTimelineSource)

public:
    QString key() const override;
    QStringList tables() const override;
    core::Result<QList<TimelineEntry>> entries(storage::Database &db, core::Id guestId) const override;

    // "Profile changed" for "guest.update"; an action this build does not know
    // is shown by its key, so newer entries are never hidden.
    static QString title(const QString &action);
};

} // namespace tw::desk
