#include "orderformloader.h"

#include <desk/today/todayloader.h>
#include <storage/amenityrepository.h>
#include <storage/cardrepository.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/orderrepository.h>
#include <storage/stayrepository.h>

#include <core/inhouserule.h>

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

// The stay an order for this guest goes to: in house now, else the next
// arrival; a guest who only stayed before has no room to deliver to.
std::optional<core::Stay> bestStay(const QList<core::Stay> &stays, const core::Property &property, const QDateTime &now)
{
    const core::InHouseRule rule(property);
    const QDate today = rule.localDate(now);
    std::optional<core::Stay> next;
    for (const core::Stay &stay : stays) {
        if (stay.status == core::StayStatus::Cancelled || stay.status == core::StayStatus::NoShow)
            continue;
        if (property.id != core::InvalidId && stay.propertyId != property.id)
            continue;
        if (rule.isInHouse(stay, now))
            return stay;
        if (stay.arrival >= today && (!next || stay.arrival < next->arrival))
            next = stay;
    }
    return next;
}

QList<core::Card> newestFirst(QList<core::Card> cards)
{
    std::reverse(cards.begin(), cards.end());
    return cards;
}

} // namespace

core::Result<OrderFormData> OrderFormLoader::load(const storage::DatabaseUrl &url, const Request &request)
{
    auto database = storage::Database::open(url);
    if (!database) {
        return core::Result<OrderFormData>::failure(
            tr("Could not read the catalog and guests from %1: %2").arg(url.toDisplayString(), database.error()));
    }
    return load(*database.value(), request);
}

core::Result<OrderFormData> OrderFormLoader::load(storage::Database &db, const Request &request)
{
    OrderFormData data;
    data.now = (request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc()).toUTC();
    data.catalog = storage::AmenityRepository(db).all();

    // Today's board knows who is in house and who arrives, in the property's time.
    TodayLoader::Request today;
    today.propertyCode = request.propertyCode;
    today.now = data.now;
    const core::Result<TodaySnapshot> board = TodayLoader::load(db, today);
    if (!board)
        return core::Result<OrderFormData>::failure(board.error());
    data.property = board->property;

    QSet<core::Id> seen;
    const auto add = [&](const core::Guest &guest, const core::Stay &stay) {
        if (seen.contains(guest.id))
            return;
        seen.insert(guest.id);
        data.guests.append({guest, stay});
    };
    if (request.guestId != core::InvalidId) {
        const std::optional<core::Guest> guest = storage::GuestRepository(db).byId(request.guestId);
        if (!guest) {
            return core::Result<OrderFormData>::failure(
                tr("Guest %1 is not in the database any more; perhaps their profile was erased.").arg(request.guestId));
        }
        const std::optional<core::Stay> stay
            = bestStay(storage::StayRepository(db).forGuest(guest->id), data.property, data.now);
        add(*guest, stay.value_or(core::Stay()));
        data.cards = newestFirst(storage::CardRepository(db).outputForGuest(guest->id));
    }
    QList<TodayRow> rows = board->inHouse;
    for (const TodayRow &row : board->arrivals) {
        if (row.stay.status != core::StayStatus::Cancelled && row.stay.status != core::StayStatus::NoShow)
            rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const TodayRow &a, const TodayRow &b) {
        if (const int c = a.guest.lastName.localeAwareCompare(b.guest.lastName); c != 0)
            return c < 0;
        return a.guest.firstName.localeAwareCompare(b.guest.firstName) < 0;
    });
    for (const TodayRow &row : std::as_const(rows))
        add(row.guest, row.stay);
    return data;
}

core::Result<QList<core::Card>> OrderFormLoader::cards(const storage::DatabaseUrl &url, core::Id guestId)
{
    auto database = storage::Database::open(url);
    if (!database) {
        return core::Result<QList<core::Card>>::failure(
            tr("Could not read the guest's cards from %1: %2").arg(url.toDisplayString(), database.error()));
    }
    return newestFirst(storage::CardRepository(*database.value()).outputForGuest(guestId));
}

core::Result<core::AmenityOrder> OrderFormLoader::create(const storage::DatabaseUrl &url,
                                                         const storage::OrderRequest &request, const QString &actor)
{
    auto database = storage::Database::open(url);
    if (!database) {
        return core::Result<core::AmenityOrder>::failure(
            tr("The order could not be saved in %1: %2 Try again once the database can be reached.")
                .arg(url.toDisplayString(), database.error()));
    }
    return storage::OrderRepository(*database.value()).create(request, actor);
}

} // namespace tw::desk
