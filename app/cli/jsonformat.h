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
};

} // namespace tw::cli
