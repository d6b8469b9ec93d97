#include "audittimelinesource.h"

#include <storage/auditlog.h>

using namespace Qt::StringLiterals;

namespace tw::desk {

QString AuditTimelineSource::key() const
{
    return u"audit"_s;
}

QStringList AuditTimelineSource::tables() const
{
    // Audit rows are written in the transaction of the change they record,
    // and that change notifies its own table.
    return {u"audit_log"_s, u"guests"_s, u"stays"_s, u"social_accounts"_s, u"cards"_s, u"amenity_orders"_s};
}

core::Result<QList<TimelineEntry>> AuditTimelineSource::entries(storage::Database &db, core::Id guestId) const
{
    const QList<core::AuditEntry> audit = storage::AuditLog(db).forGuest(guestId);
    QList<TimelineEntry> result;
    result.reserve(audit.size());
    for (const core::AuditEntry &row : audit) {
        TimelineEntry entry;
        entry.id = u"audit:%1"_s.arg(row.id);
        entry.at = row.at.toUTC();
        entry.kind = u"audit."_s + row.action;
        entry.title = title(row.action);
        entry.detail = row.detail;
        entry.actor = row.actor;
        result.append(entry);
    }
    return result;
}

QString AuditTimelineSource::title(const QString &action)
{
    struct Known
    {
        QLatin1StringView action;
        const char *title;
    };
    static const Known known[] = {
        {"guest.create"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Profile created")},
         {"guest.update"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Profile changed")},
          {"handle.link"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Social account linked")},
           {"handle.update"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Social account updated")},
            {"handle.confirm"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Social account confirmed")},
             {"handle.unlink"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Social account unlinked")},
              {"stay.create"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Reservation added")},
               {"stay.update"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Reservation changed")},
                {"post.state"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Post handled")},
                 {"post.suggestion.confirm"_L1,
                  QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Post's author confirmed as this guest")},
                  {"post.suggestion.dismiss"_L1,
                   QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Suggested as a post's author, dismissed")},
                  {"card.printed"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Note card printed")},
                  {"card.exported"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Note card saved as PDF")},
                  {"order.create"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Amenity ordered")},
                  {"order.accepted"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Amenity order accepted")},
                  {"order.in_progress"_L1,
                   QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Amenity order in progress")},
                  {"order.delivered"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Amenity delivered")},
                  {"order.cancelled"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Amenity order cancelled")},
                 };
    for (const Known &k : known) {
        if (action == k.action)
            return tr(k.title);
    }
    return action;
}

} // namespace tw::desk
