#include "viparrivalattention.h"

#include "todaysnapshot.h"

using namespace Qt::StringLiterals;

namespace tw::desk {

QString VipArrivalAttention::kind()
{
    return u"vip.arriving"_s;
}

QList<AttentionProvider::Finding> VipArrivalAttention::collect(storage::Database &, const TodaySnapshot &snapshot) const
{
    QList<Finding> findings;
    for (const TodayRow &row : snapshot.arrivals) {
        const QString vip = row.guest.vipCode.trimmed();
        // Once checked in the welcome is done; the VIP column still shows the code.
        if (vip.isEmpty() || row.stay.status != core::StayStatus::Reserved)
            continue;
        Attention attention;
        attention.kind = kind();
        attention.label = tr("VIP arriving");
        attention.description = tr("VIP %1 arriving: have the room, a welcome card and any amenity ready.").arg(vip);
        findings.append({TodayList::Arrivals, row.stay.id, attention});
    }
    return findings;
}

} // namespace tw::desk
