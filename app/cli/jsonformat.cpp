#include "jsonformat.h"

#include <core/handlenormalizer.h>
#include <core/money.h>

using namespace Qt::StringLiterals;

namespace tw::cli {

QJsonValue JsonFormat::date(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue JsonFormat::instant(const QDateTime &instant)
{
    return instant.isValid() ? QJsonValue(instant.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue JsonFormat::instant(const std::optional<QDateTime> &instant)
{
    return instant ? JsonFormat::instant(*instant) : QJsonValue(QJsonValue::Null);
}

QString JsonFormat::time(const QTime &time)
{
    return time.toString(u"HH:mm"_s);
}

QJsonObject JsonFormat::property(const core::Property &property)
{
    return {
        {u"id"_s, property.id},
        {u"code"_s, property.code},
        {u"name"_s, property.name},
        {u"time_zone"_s, property.timeZone},
        {u"check_in"_s, time(property.checkIn)},
        {u"check_out"_s, time(property.checkOut)},
    };
}

QJsonObject JsonFormat::guestSummary(const core::Guest &guest)
{
    return {
        {u"id"_s, guest.id},       {u"first_name"_s, guest.firstName}, {u"last_name"_s, guest.lastName},
        {u"email"_s, guest.email}, {u"phone"_s, guest.phone},          {u"loyalty_number"_s, guest.loyaltyNumber},
        {u"vip"_s, guest.vipCode},
    };
}

QJsonObject JsonFormat::guestProfile(const core::Guest &guest)
{
    QJsonObject object = guestSummary(guest);
    object.insert(u"preferences"_s, guest.preferences);
    object.insert(u"social_consent"_s, guest.socialConsent);
    object.insert(u"notes"_s, guest.notes);
    object.insert(u"created_at"_s, instant(guest.createdAt));
    object.insert(u"updated_at"_s, instant(guest.updatedAt));
    return object;
}

QJsonObject JsonFormat::stay(const core::Stay &stay, const QString &propertyCode)
{
    return {
        {u"confirmation"_s, stay.confirmation},
        {u"property"_s, propertyCode},
        {u"room"_s, stay.room},
        {u"arrival"_s, date(stay.arrival)},
        {u"departure"_s, date(stay.departure)},
        {u"status"_s, core::stayStatusKey(stay.status)},
        {u"actual_check_in"_s, instant(stay.actualCheckIn)},
        {u"actual_check_out"_s, instant(stay.actualCheckOut)},
    };
}

QJsonObject JsonFormat::handle(const core::SocialAccount &account)
{
    return {
        {u"network"_s, core::networkKey(account.network)},
        {u"handle"_s, account.handle},
        {u"display"_s, core::HandleNormalizer::display(account.network, account.handle)},
        {u"state"_s, core::linkStateKey(account.state)},
        {u"linked_by"_s, account.linkedBy},
        {u"linked_at"_s, instant(account.linkedAt)},
    };
}

QJsonArray JsonFormat::handles(const QList<core::SocialAccount> &accounts)
{
    QJsonArray array;
    for (const core::SocialAccount &account : accounts)
        array.append(handle(account));
    return array;
}

QJsonObject JsonFormat::rule(const core::ListeningRule &rule, const QString &propertyCode)
{
    return {
        {u"id"_s, rule.id},
        {u"property"_s, propertyCode},
        {u"network"_s, core::networkKey(rule.network)},
        {u"value"_s, rule.value},
        {u"tag"_s, rule.tag},
        {u"instance"_s, rule.instance.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(rule.instance)},
        {u"remote_id"_s, rule.remoteId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(rule.remoteId)},
        {u"created_at"_s, instant(rule.createdAt)},
        {u"created_by"_s, rule.createdBy},
    };
}

QJsonObject JsonFormat::post(const core::Post &post)
{
    const auto idOrNull
        = [](core::Id id) { return id == core::InvalidId ? QJsonValue(QJsonValue::Null) : QJsonValue(id); };
    return {
        {u"network"_s, core::networkKey(post.network)},
        {u"id"_s, post.postId},
        {u"author_id"_s, post.authorId},
        {u"author_handle"_s, post.authorHandle},
        {u"author_name"_s, post.authorName},
        {u"text"_s, post.text},
        {u"url"_s, post.url},
        {u"created_at"_s, instant(post.createdAt)},
        {u"guest_id"_s, idOrNull(post.guestId)},
        {u"in_house"_s, post.inHouse},
        {u"room"_s, post.inHouse && !post.room.isEmpty() ? QJsonValue(post.room) : QJsonValue(QJsonValue::Null)},
        {u"suggested_guest_id"_s, idOrNull(post.suggestedGuestId)},
        {u"rule_tag"_s, post.ruleTag},
        {u"state"_s, core::postStateKey(post.state)},
        {u"handled_by"_s, post.handledBy},
        {u"handled_at"_s, instant(post.handledAt)},
        {u"deleted"_s, post.deleted},
        {u"edited_at"_s, instant(post.editedAt)},
    };
}

QJsonValue JsonFormat::id(core::Id id)
{
    return id == core::InvalidId ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
}

QJsonObject JsonFormat::amenity(const core::Amenity &amenity)
{
    return {
        {u"id"_s, amenity.id},
        {u"name"_s, amenity.name},
        {u"department"_s, core::departmentKey(amenity.department)},
        {u"unit_cost"_s, core::Money::plain(amenity.unitCostCents)},
        {u"unit_cost_cents"_s, amenity.unitCostCents},
        {u"note_template"_s, amenity.noteTemplate},
        {u"active"_s, amenity.active},
    };
}

QJsonObject JsonFormat::order(const core::AmenityOrder &order, const QString &guestName, const QString &propertyCode,
                              bool overdue)
{
    QJsonArray items;
    for (const core::OrderLine &line : order.lines) {
        items.append(QJsonObject{
            {u"name"_s, line.name},
            {u"quantity"_s, line.quantity},
            {u"unit_cost"_s, core::Money::plain(line.unitCostCents)},
            {u"unit_cost_cents"_s, line.unitCostCents},
            {u"cost"_s, core::Money::plain(line.costCents())},
            {u"cost_cents"_s, line.costCents()},
        });
    }
    return {
        {u"id"_s, order.id},
        {u"guest_id"_s, id(order.guestId)},
        {u"guest_name"_s, guestName},
        {u"stay_id"_s, id(order.stayId)},
        {u"property"_s, propertyCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(propertyCode)},
        {u"room"_s, order.room},
        {u"department"_s, core::departmentKey(order.department)},
        {u"items"_s, items},
        {u"cost"_s, core::Money::plain(order.costCents())},
        {u"cost_cents"_s, order.costCents()},
        {u"due_at"_s, instant(order.dueAt)},
        {u"overdue"_s, overdue},
        {u"note"_s, order.note},
        {u"card_id"_s, id(order.cardId)},
        {u"state"_s, core::orderStateKey(order.state)},
        {u"created_at"_s, instant(order.createdAt)},
        {u"created_by"_s, order.createdBy},
        {u"updated_at"_s, instant(order.updatedAt)},
        {u"updated_by"_s, order.updatedBy},
    };
}

QJsonObject JsonFormat::card(const core::Card &card)
{
    return {
        {u"id"_s, card.id},
        {u"guest_id"_s, id(card.guestId)},
        {u"stay_id"_s, id(card.stayId)},
        {u"template"_s, card.templateName},
        {u"text"_s, card.text},
        {u"signature"_s, card.signature},
        {u"format"_s, card.format},
        {u"font"_s, card.fontFamily},
        {u"status"_s, core::cardStatusKey(card.status)},
        {u"created_at"_s, instant(card.createdAt)},
        {u"created_by"_s, card.createdBy},
        {u"output_at"_s, instant(card.outputAt)},
        {u"output_by"_s, card.outputBy},
        {u"output_count"_s, card.outputCount},
    };
}

} // namespace tw::cli
