#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace tw::core {

// Domain value types shared by every layer. Times are UTC at every boundary;
// stay dates are calendar dates in the property's time zone.

using Id = qint64;
constexpr Id InvalidId = 0;

struct Property
{
    Id id = InvalidId;
    QString code; // short, unique, used by imports and the command line ("PAL")
    QString name;
    QString timeZone; // IANA name, e.g. "America/Los_Angeles"
    QTime checkIn{15, 0};
    QTime checkOut{11, 0};
};

struct Guest
{
    Id id = InvalidId;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString loyaltyNumber;
    QString vipCode;
    QString preferences;
    bool socialConsent = false; // consent to match the guest's public posts
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0; // optimistic concurrency: an update must name the version it read

    QString displayName() const;
};

enum class StayStatus { Reserved, InHouse, CheckedOut, Cancelled, NoShow };

// "reserved", "in_house", "checked_out", "cancelled", "no_show"
QString stayStatusKey(StayStatus status);
std::optional<StayStatus> stayStatusFromKey(QStringView key);

struct Stay
{
    Id id = InvalidId;
    Id propertyId = InvalidId;
    Id guestId = InvalidId;
    QString confirmation;
    QString room;
    QDate arrival;
    QDate departure;
    StayStatus status = StayStatus::Reserved;
    std::optional<QDateTime> actualCheckIn;  // UTC
    std::optional<QDateTime> actualCheckOut; // UTC
    int version = 0;

    int nights() const { return int(arrival.daysTo(departure)); }
};

enum class Network { X, Mastodon, Bluesky };

// "x", "mastodon", "bluesky"
QString networkKey(Network network);
std::optional<Network> networkFromKey(QStringView key);

enum class LinkState { Suggested, Confirmed };

QString linkStateKey(LinkState state);
std::optional<LinkState> linkStateFromKey(QStringView key);

struct SocialAccount
{
    Id id = InvalidId;
    Id guestId = InvalidId;
    Network network = Network::X;
    QString handle;    // normalised, see HandleNormalizer
    QString accountId; // the network's stable id once known; survives renames
    LinkState state = LinkState::Suggested;
    QString linkedBy;
    QDateTime linkedAt; // UTC
};

struct Staff
{
    Id id = InvalidId;
    QString name;
    bool active = true;
};

struct AuditEntry
{
    Id id = InvalidId;
    QDateTime at; // UTC
    QString actor;
    QString action;     // e.g. "guest.update", "handle.link"
    QString entityType; // "guest", "stay", ...
    Id entityId = InvalidId;
    Id guestId = InvalidId; // whose timeline this belongs on, when any
    QString detail;         // human-readable summary or compact JSON
};

} // namespace tw::core
