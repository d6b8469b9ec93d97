#include "cardcomposer.h"

#include <core/inhouserule.h>
#include <desk/today/roomorder.h>
#include <storage/cardtemplaterepository.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/stayrepository.h>

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

bool countsAsStay(core::StayStatus status)
{
    return status != core::StayStatus::Cancelled && status != core::StayStatus::NoShow;
}

bool mentionsAnniversary(const core::Guest &guest)
{
    const QString word = u"anniversary"_s;
    return guest.preferences.contains(word, Qt::CaseInsensitive) || guest.notes.contains(word, Qt::CaseInsensitive);
}

bool matchesVip(const core::Guest &guest, const QString &wanted)
{
    const QString code = guest.vipCode.trimmed();
    if (wanted == u"*"_s)
        return !code.isEmpty();
    return code.compare(wanted, Qt::CaseInsensitive) == 0;
}

} // namespace

CardComposer::CardComposer(storage::Database &db, QLocale locale)
    : m_db(db)
    , m_locale(std::move(locale))
{
}

core::Result<ComposedCard> CardComposer::compose(core::Id guestId, const QString &templateName,
                                                 const QString &signature,
                                                 const std::optional<QString> &bodyOverride) const
{
    auto cardTemplate = templateByName(templateName);
    if (!cardTemplate)
        return core::Result<ComposedCard>::failure(cardTemplate.error());
    return compose(guestId, cardTemplate->id, signature, bodyOverride);
}

core::Result<ComposedCard> CardComposer::compose(core::Id guestId, core::Id templateId, const QString &signature,
                                                 const std::optional<QString> &bodyOverride) const
{
    const auto guest = storage::GuestRepository(m_db).byId(guestId);
    if (!guest) {
        return core::Result<ComposedCard>::failure(
            tr("There is no guest %1; it may have been erased. Pick the guest again.").arg(guestId));
    }
    const auto cardTemplate = storage::CardTemplateRepository(m_db).byId(templateId);
    if (!cardTemplate) {
        return core::Result<ComposedCard>::failure(
            tr("There is no card template %1; it may have been removed. Pick another template.").arg(templateId));
    }
    return composeWith(*guest, chooseStay(guestId), *cardTemplate, signature, bodyOverride);
}

core::Result<ComposedCard> CardComposer::composeForStay(const core::Stay &stay, core::Id templateId,
                                                        const QString &signature,
                                                        const std::optional<QString> &bodyOverride) const
{
    const auto guest = storage::GuestRepository(m_db).byId(stay.guestId);
    if (!guest) {
        return core::Result<ComposedCard>::failure(
            tr("There is no guest %1; it may have been erased. Pick the guest again.").arg(stay.guestId));
    }
    const auto cardTemplate = storage::CardTemplateRepository(m_db).byId(templateId);
    if (!cardTemplate) {
        return core::Result<ComposedCard>::failure(
            tr("There is no card template %1; it may have been removed. Pick another template.").arg(templateId));
    }
    return composeWith(*guest, stay, *cardTemplate, signature, bodyOverride);
}

core::Result<ComposedCard> CardComposer::composeWith(const core::Guest &guest, const std::optional<core::Stay> &stay,
                                                     const core::CardTemplate &cardTemplate, const QString &signature,
                                                     const std::optional<QString> &bodyOverride) const
{
    ComposedCard card;
    card.guest = guest;
    card.stay = stay;
    if (stay)
        card.property = storage::PropertyRepository(m_db).byId(stay->propertyId);
    card.cardTemplate = cardTemplate;
    card.signature = signature.simplified();
    const core::CardMerge::Values values
        = core::CardMerge::Values::from(card.guest, card.stay, card.property, card.signature);
    card.merge = core::CardMerge(m_locale).merge(bodyOverride ? *bodyOverride : cardTemplate.body, values);
    return card;
}

core::Result<core::CardTemplate> CardComposer::templateByName(const QString &name) const
{
    storage::CardTemplateRepository templates(m_db);
    if (auto found = templates.byName(name.trimmed()))
        return *found;
    QStringList names;
    for (const core::CardTemplate &cardTemplate : templates.all())
        names.append(cardTemplate.name);
    return core::Result<core::CardTemplate>::failure(
        tr("There is no card template \"%1\"; the templates are: %2.").arg(name.trimmed(), names.join(u", "_s)));
}

std::optional<core::Stay> CardComposer::chooseStay(core::Id guestId) const
{
    const QList<core::Stay> stays = storage::StayRepository(m_db).forGuest(guestId);
    if (stays.isEmpty())
        return std::nullopt;

    storage::PropertyRepository properties(m_db);
    std::map<core::Id, core::InHouseRule> rules;
    for (const core::Stay &stay : stays) {
        if (rules.count(stay.propertyId))
            continue;
        if (const auto property = properties.byId(stay.propertyId))
            rules.emplace(stay.propertyId, core::InHouseRule(*property));
    }
    const QDateTime now = m_now.isValid() ? m_now.toUTC() : QDateTime::currentDateTimeUtc();
    if (auto inHouse = core::InHouseRule::stayInHouseAt(stays, core::InvalidId, now, rules))
        return inHouse;

    // "Today" is the property's own calendar date: an arrival tomorrow in
    // Auckland may already be today's in Lisbon.
    const auto today = [&](const core::Stay &stay) {
        const auto rule = rules.find(stay.propertyId);
        return rule != rules.end() ? rule->second.localDate(now) : now.date();
    };
    std::optional<core::Stay> next;
    for (const core::Stay &stay : stays) {
        if (!countsAsStay(stay.status) || stay.status == core::StayStatus::CheckedOut || stay.arrival < today(stay))
            continue;
        if (!next || stay.arrival < next->arrival)
            next = stay;
    }
    if (next)
        return next;
    // Newest arrival first: the first stay that took place is the last one.
    for (const core::Stay &stay : stays) {
        if (countsAsStay(stay.status))
            return stay;
    }
    return stays.constFirst();
}

core::Result<QList<core::Stay>> CardComposer::arrivals(const QDate &date, const ArrivalFilter &filter) const
{
    using Stays = core::Result<QList<core::Stay>>;
    if (!date.isValid())
        return Stays::failure(tr("The date of the arrivals is not valid; give a calendar date."));

    storage::PropertyRepository propertyRepository(m_db);
    QList<core::Property> properties;
    if (filter.propertyId) {
        const auto property = propertyRepository.byId(*filter.propertyId);
        if (!property)
            return Stays::failure(tr("There is no property %1; pick another one.").arg(*filter.propertyId));
        properties.append(*property);
    } else {
        properties = propertyRepository.list();
    }

    storage::StayRepository stayRepository(m_db);
    QList<core::Stay> stays;
    for (const core::Property &property : std::as_const(properties))
        stays += stayRepository.arrivingOn(property.id, date);

    QList<core::Id> guestIds;
    QSet<core::Id> seen;
    for (const core::Stay &stay : std::as_const(stays)) {
        if (!seen.contains(stay.guestId)) {
            seen.insert(stay.guestId);
            guestIds.append(stay.guestId);
        }
    }
    const QHash<core::Id, core::Guest> guests = storage::GuestRepository(m_db).byIds(guestIds);
    QHash<core::Id, QList<core::Stay>> history;
    if (filter.firstStayOnly)
        history = stayRepository.forGuests(guestIds);
    const QString vipCode = filter.vipCode.trimmed();

    QList<core::Stay> matching;
    for (const core::Stay &stay : std::as_const(stays)) {
        const auto guest = guests.constFind(stay.guestId);
        if (guest == guests.constEnd() || !countsAsStay(stay.status))
            continue;
        if (!vipCode.isEmpty() && !matchesVip(*guest, vipCode))
            continue;
        if (filter.anniversaryOnly && !mentionsAnniversary(*guest))
            continue;
        if (filter.firstStayOnly) {
            const QList<core::Stay> earlier = history.value(stay.guestId);
            const bool returning = std::any_of(earlier.begin(), earlier.end(), [&](const core::Stay &other) {
                return other.id != stay.id && countsAsStay(other.status) && other.arrival < date;
            });
            if (returning)
                continue;
        }
        matching.append(stay);
    }

    std::sort(matching.begin(), matching.end(), [&guests](const core::Stay &a, const core::Stay &b) {
        const QString roomA = RoomOrder::sortKey(a.room);
        const QString roomB = RoomOrder::sortKey(b.room);
        if (roomA != roomB)
            return roomA < roomB;
        const core::Guest &guestA = guests[a.guestId];
        const core::Guest &guestB = guests[b.guestId];
        if (const int byLast = guestA.lastName.compare(guestB.lastName, Qt::CaseInsensitive); byLast != 0)
            return byLast < 0;
        if (const int byFirst = guestA.firstName.compare(guestB.firstName, Qt::CaseInsensitive); byFirst != 0)
            return byFirst < 0;
        return a.id < b.id;
    });
    return matching;
}

} // namespace tw::desk
