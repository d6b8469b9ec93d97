#include "todayloader.h"

#include "roomorder.h"

#include <core/inhouserule.h>
#include <desk/logging.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

std::optional<core::Property> chooseProperty(const QList<core::Property> &properties,
                                             const TodayLoader::Request &request)
{
    if (request.propertyId != core::InvalidId) {
        for (const core::Property &property : properties) {
            if (property.id == request.propertyId)
                return property;
        }
    }
    const QString code = request.propertyCode.trimmed();
    if (!code.isEmpty()) {
        for (const core::Property &property : properties) {
            if (property.code.compare(code, Qt::CaseInsensitive) == 0)
                return property;
        }
    }
    if (properties.isEmpty())
        return std::nullopt;
    return properties.constFirst();
}

bool nameLess(const TodayRow &a, const TodayRow &b)
{
    if (const int c = a.guest.lastName.localeAwareCompare(b.guest.lastName); c != 0)
        return c < 0;
    if (const int c = a.guest.firstName.localeAwareCompare(b.guest.firstName); c != 0)
        return c < 0;
    return a.stay.id < b.stay.id;
}

bool roomLess(const TodayRow &a, const TodayRow &b)
{
    const QString ka = RoomOrder::sortKey(a.stay.room);
    const QString kb = RoomOrder::sortKey(b.stay.room);
    if (ka != kb)
        return ka < kb;
    return nameLess(a, b);
}

// Guests and their handles, read once each however many lists they are on.
class GuestCache
{
public:
    explicit GuestCache(storage::Database &db)
        : m_guests(db)
        , m_accounts(db)
    {
    }

    // False when the guest is gone (erased between the reads).
    bool fill(TodayRow &row)
    {
        auto found = m_rows.constFind(row.stay.guestId);
        if (found == m_rows.constEnd()) {
            Entry entry;
            if (const auto guest = m_guests.byId(row.stay.guestId)) {
                entry.guest = *guest;
                entry.handles = m_accounts.forGuest(guest->id);
            }
            found = m_rows.insert(row.stay.guestId, entry);
        }
        if (!found->guest)
            return false;
        row.guest = *found->guest;
        row.handles = found->handles;
        return true;
    }

private:
    struct Entry
    {
        std::optional<core::Guest> guest;
        QList<core::SocialAccount> handles;
    };

    storage::GuestRepository m_guests;
    storage::SocialAccountRepository m_accounts;
    QHash<core::Id, Entry> m_rows;
};

} // namespace

core::Result<TodaySnapshot> TodayLoader::load(const storage::DatabaseUrl &url, const Request &request,
                                              const Providers &providers)
{
    auto database = storage::Database::open(url);
    if (!database) {
        return core::Result<TodaySnapshot>::failure(
            tr("Could not read today's board from %1: %2").arg(url.toDisplayString(), database.error()));
    }
    return load(*database.value(), request, providers);
}

core::Result<TodaySnapshot> TodayLoader::load(storage::Database &db, const Request &request, const Providers &providers)
{
    TodaySnapshot snapshot;
    snapshot.now = (request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc()).toUTC();
    snapshot.properties = storage::PropertyRepository(db).list();
    const std::optional<core::Property> property = chooseProperty(snapshot.properties, request);
    if (!property) {
        snapshot.date = request.date;
        return snapshot;
    }
    snapshot.property = *property;

    const core::InHouseRule rule(snapshot.property);
    snapshot.timeZone = rule.hasValidTimeZone() ? snapshot.property.timeZone.trimmed() : u"UTC"_s;
    snapshot.today = rule.localDate(snapshot.now);
    snapshot.date = request.date.isValid() ? request.date : snapshot.today;
    snapshot.instant = snapshot.isToday() ? snapshot.now : rule.toUtc(snapshot.date, otherDayTime());
    snapshot.instantLocal = snapshot.instant.toOffsetFromUtc(rule.timeZone().offsetFromUtc(snapshot.instant));
    const bool future = snapshot.instant > snapshot.now;

    storage::StayRepository stays(db);
    GuestCache guests(db);
    const auto rowsOf = [&](TodayList list, const QList<core::Stay> &source) {
        QList<TodayRow> rows;
        rows.reserve(source.size());
        for (const core::Stay &stay : source) {
            TodayRow row;
            row.list = list;
            row.stay = stay;
            row.nightsLeft = std::max(0, int(snapshot.date.daysTo(stay.departure)));
            if (guests.fill(row))
                rows.append(row);
        }
        return rows;
    };

    const core::Id propertyId = snapshot.property.id;
    snapshot.arrivals = rowsOf(TodayList::Arrivals, stays.arrivingOn(propertyId, snapshot.date));
    snapshot.departures = rowsOf(TodayList::Departures, stays.departingOn(propertyId, snapshot.date));

    // A day either side covers actual check-in and check-out times outside the
    // booked dates; the rule decides the exact instant.
    QList<core::Stay> inHouse;
    QSet<core::Id> expected;
    for (const core::Stay &stay : stays.overlapping(propertyId, snapshot.date.addDays(-1), snapshot.date.addDays(1))) {
        if (rule.isInHouse(stay, snapshot.instant)) {
            inHouse.append(stay);
        } else if (future && stay.status == core::StayStatus::Reserved) {
            core::Stay checkedIn = stay;
            checkedIn.status = core::StayStatus::InHouse;
            if (rule.isInHouse(checkedIn, snapshot.instant)) {
                inHouse.append(stay);
                expected.insert(stay.id);
            }
        }
    }
    snapshot.inHouse = rowsOf(TodayList::InHouse, inHouse);
    for (TodayRow &row : snapshot.inHouse)
        row.expected = expected.contains(row.stay.id);

    std::sort(snapshot.arrivals.begin(), snapshot.arrivals.end(), nameLess);
    std::sort(snapshot.inHouse.begin(), snapshot.inHouse.end(), roomLess);
    std::sort(snapshot.departures.begin(), snapshot.departures.end(), roomLess);

    for (const std::shared_ptr<const AttentionProvider> &provider : providers) {
        if (!provider)
            continue;
        const QList<AttentionProvider::Finding> findings = provider->collect(db, snapshot);
        for (const AttentionProvider::Finding &finding : findings) {
            QList<TodayRow> &rows = snapshot.rows(finding.list);
            const auto row = std::find_if(rows.begin(), rows.end(),
                                          [&](const TodayRow &r) { return r.stay.id == finding.stayId; });
            if (row == rows.end()) {
                qCDebug(lcDesk) << "an attention provider named stay" << finding.stayId
                                << "which is not on that list; ignored";
                continue;
            }
            row->attention.append(finding.attention);
        }
    }
    return snapshot;
}

} // namespace tw::desk
