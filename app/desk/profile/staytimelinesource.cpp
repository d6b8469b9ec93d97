#include "staytimelinesource.h"

#include <core/inhouserule.h>
#include <storage/propertyrepository.h>
#include <storage/stayrepository.h>

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tw::desk {

QString StayTimelineSource::key() const
{
    return u"stays"_s;
}

QStringList StayTimelineSource::tables() const
{
    return {u"stays"_s, u"properties"_s};
}

core::Result<QList<TimelineEntry>> StayTimelineSource::entries(storage::Database &db, core::Id guestId) const
{
    const QList<core::Stay> stays = storage::StayRepository(db).forGuest(guestId);
    storage::PropertyRepository properties(db);
    QHash<core::Id, core::Property> known;

    QList<TimelineEntry> result;
    result.reserve(stays.size() * 2);
    // Oldest first, so that two events at the same instant (a departure and
    // the next arrival never are, but a check-in and a planned arrival may be)
    // keep the order they happened in.
    for (auto it = stays.crbegin(); it != stays.crend(); ++it) {
        const core::Stay &stay = *it;
        if (!known.contains(stay.propertyId)) {
            core::Property property = properties.byId(stay.propertyId).value_or(core::Property{});
            known.insert(stay.propertyId, property);
        }
        const core::Property &property = known.value(stay.propertyId);
        const core::InHouseRule rule(property);

        QStringList parts;
        if (!property.name.isEmpty())
            parts.append(property.name);
        if (!stay.room.isEmpty())
            parts.append(tr("room %1").arg(stay.room));
        parts.append(tr("%n night(s)", nullptr, stay.nights()));
        if (!stay.confirmation.isEmpty())
            parts.append(tr("confirmation %1").arg(stay.confirmation));
        const QString detail = parts.join(u", "_s);
        const QString base = u"stay:%1:"_s.arg(stay.id);

        const auto add = [&](const QString &event, const QDateTime &at, const QString &title) {
            if (!at.isValid())
                return;
            TimelineEntry entry;
            entry.id = base + event;
            entry.at = at.toUTC();
            entry.kind = u"stay."_s + event;
            entry.title = title;
            entry.detail = detail;
            result.append(entry);
        };

        const QDateTime arrival = rule.toUtc(stay.arrival, property.checkIn);
        if (stay.status == core::StayStatus::Cancelled) {
            add(u"cancelled"_s, arrival, tr("Cancelled stay"));
            continue;
        }
        if (stay.status == core::StayStatus::NoShow) {
            add(u"noshow"_s, arrival, tr("No-show"));
            continue;
        }
        add(u"arrival"_s, arrival, tr("Arrival"));
        if (stay.actualCheckIn)
            add(u"checkin"_s, *stay.actualCheckIn, tr("Checked in"));
        if (stay.actualCheckOut)
            add(u"checkout"_s, *stay.actualCheckOut, tr("Checked out"));
        add(u"departure"_s, rule.toUtc(stay.departure, property.checkOut), tr("Departure"));
    }
    return result;
}

} // namespace tw::desk
