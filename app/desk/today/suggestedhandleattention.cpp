#include "suggestedhandleattention.h"

#include "todaysnapshot.h"

#include <core/handlenormalizer.h>

#include <QStringList>

using namespace Qt::StringLiterals;

namespace tw::desk {

QString SuggestedHandleAttention::kind()
{
    return u"handle.suggested"_s;
}

QList<AttentionProvider::Finding> SuggestedHandleAttention::collect(storage::Database &,
                                                                    const TodaySnapshot &snapshot) const
{
    // The rows already carry the guests' handles: no query needed.
    QList<Finding> findings;
    for (const TodayList list : {TodayList::Arrivals, TodayList::InHouse, TodayList::Departures}) {
        for (const TodayRow &row : snapshot.rows(list)) {
            QStringList suggested;
            for (const core::SocialAccount &account : row.handles) {
                if (account.state == core::LinkState::Suggested)
                    suggested.append(core::HandleNormalizer::display(account.network, account.handle));
            }
            if (suggested.isEmpty())
                continue;
            Attention attention;
            attention.kind = kind();
            attention.count = int(suggested.size());
            attention.label = tr("%n to confirm", nullptr, attention.count);
            attention.description = tr("Suggested handle link(s) waiting for confirmation: %1. Confirm on the "
                                       "guest's profile that they are this guest's.",
                                       nullptr, attention.count)
                                        .arg(suggested.join(u", "_s));
            findings.append({list, row.stay.id, attention});
        }
    }
    return findings;
}

} // namespace tw::desk
