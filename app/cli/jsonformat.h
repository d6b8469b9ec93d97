#pragma once

#include <core/types.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace tw::cli {

// The JSON shapes of the command-line contract, in one place so that every
// command spells a guest, a stay or a handle the same way. Stay dates are
// "YYYY-MM-DD"; instants are ISO 8601 in UTC with "Z"; absent values are null.
class JsonFormat
{
public:
    static QJsonValue date(const QDate &date);
    static QJsonValue instant(const QDateTime &instant);
    static QJsonValue instant(const std::optional<QDateTime> &instant);
    static QString time(const QTime &time); // "HH:MM"

    // id, code, name, time_zone, check_in, check_out
    static QJsonObject property(const core::Property &property);
    // id, first_name, last_name, email, phone, loyalty_number, vip
    static QJsonObject guestSummary(const core::Guest &guest);
    // guestSummary plus preferences, social_consent, notes, created_at, updated_at
    static QJsonObject guestProfile(const core::Guest &guest);
    // confirmation, property, room, arrival, departure, status, actual_check_in, actual_check_out
    static QJsonObject stay(const core::Stay &stay, const QString &propertyCode);
    // network, handle, display, state, linked_by, linked_at
    static QJsonObject handle(const core::SocialAccount &account);
    static QJsonArray handles(const QList<core::SocialAccount> &accounts);
    // id, property, network, value, tag, instance, remote_id, created_at, created_by
    static QJsonObject rule(const core::ListeningRule &rule, const QString &propertyCode);
    // network, id (the network's post id), author_id, author_handle, author_name,
    // text, url, created_at, guest_id, in_house, room, suggested_guest_id,
    // rule_tag, state, handled_by, handled_at, deleted, edited_at
    static QJsonObject post(const core::Post &post);

    // Amounts are "12.50" whatever the locale (see core::Money::plain), with the
    // exact integer cents alongside.
    // id, name, department, unit_cost, unit_cost_cents, note_template, active
    static QJsonObject amenity(const core::Amenity &amenity);
    // id, guest_id, guest_name, stay_id, property, room, department, items
    // (name, quantity, unit_cost, unit_cost_cents, cost, cost_cents), cost,
    // cost_cents, due_at, overdue, note, card_id, state, created_at, created_by,
    // updated_at, updated_by
    static QJsonObject order(const core::AmenityOrder &order, const QString &guestName, const QString &propertyCode,
                             bool overdue);
    // id, guest_id, stay_id, template, text, signature, format, font, status,
    // created_at, created_by, output_at, output_by, output_count
    static QJsonObject card(const core::Card &card);
    // The id, or null for core::InvalidId.
    static QJsonValue id(core::Id id);
};

} // namespace tw::cli
