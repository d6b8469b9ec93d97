#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
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

// Handling of a post by the desk: new -> seen -> replied/resolved, or ignored.
enum class PostState { New, Seen, Replied, Resolved, Ignored };

// "new", "seen", "replied", "resolved", "ignored"
QString postStateKey(PostState state);
std::optional<PostState> postStateFromKey(QStringView key);

// What a property listens for on one network. On X the value is a rule in the
// filtered-stream syntax ("@HarbourView OR #HarbourViewLisbon -is:retweet");
// on Mastodon it is a hashtag without "#", followed on one instance.
struct ListeningRule
{
    Id id = InvalidId;
    Id propertyId = InvalidId;
    Network network = Network::X;
    QString value;
    QString tag;         // optional label shown on the feed and used as a filter
    QString instance;    // Mastodon: host name, e.g. "mastodon.social"; empty on X
    QString remoteId;    // X: the server's rule id once synchronised; empty otherwise
    QDateTime createdAt; // UTC
    QString createdBy;
};

// A public post that matched a property's listening rules, with what the desk
// knows about its author at the moment it was posted.
struct Post
{
    Id id = InvalidId;
    Network network = Network::X;
    QString postId; // the network's id (decimal digits on X and Mastodon)
    Id propertyId = InvalidId;
    Id ruleId = InvalidId; // first matching rule, when known
    QString ruleTag;
    QString authorId;     // the network's stable account id
    QString authorHandle; // normalised, see HandleNormalizer
    QString authorName;   // display name as the author set it
    QString text;         // plain text, never HTML
    QString url;
    QDateTime createdAt;    // UTC, as the network reports it
    QDateTime receivedAt;   // UTC, when it was stored
    QByteArray raw;         // the payload as received (compact JSON)
    Id guestId = InvalidId; // the author's guest, when the account is linked
    Id stayId = InvalidId;  // the stay the guest was in house on at createdAt
    bool inHouse = false;
    QString room;
    Id suggestedGuestId = InvalidId; // an in-house guest whose name resembles the author's
    PostState state = PostState::New;
    QString handledBy;
    std::optional<QDateTime> handledAt;
    bool deleted = false;              // withdrawn by its author
    std::optional<QDateTime> editedAt; // last edit the network reported
    int version = 0;
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

// A note card's wording with merge fields ("Dear {first_name}, ..."); see
// CardMerge for the fields. Built-in templates come with a new database and
// can be edited like the staff's own.
struct CardTemplate
{
    Id id = InvalidId;
    QString name; // unique, used by the command line ("welcome")
    QString body;
    bool builtIn = false;
    QDateTime updatedAt; // UTC
    QString updatedBy;
    int version = 0;
};

// A card is drafted, then printed or exported; only a card that reached paper
// or a PDF is on the guest's timeline. The card's id seeds its handwriting, so
// a reprint of the same card is identical and two cards never are.
enum class CardStatus { Draft, Printed, Exported };

// "draft", "printed", "exported"
QString cardStatusKey(CardStatus status);
std::optional<CardStatus> cardStatusFromKey(QStringView key);

struct Card
{
    Id id = InvalidId;
    Id guestId = InvalidId;
    Id stayId = InvalidId; // the stay the card was written for, when any
    Id templateId = InvalidId;
    QString templateName; // as it was when the card was drafted
    QString text;         // final, merged text as printed
    QString signature;    // staff name written under the text
    QString format;       // card format key ("a2", "a6", ...), see print::CardFormat
    QString fontFamily;   // handwriting font
    CardStatus status = CardStatus::Draft;
    QDateTime createdAt; // UTC
    QString createdBy;
    std::optional<QDateTime> outputAt; // last print or export, UTC
    QString outputBy;
    int outputCount = 0; // prints and exports so far
};

enum class Department { Housekeeping, FoodAndBeverage, Concierge };

// "housekeeping", "food_and_beverage", "concierge"
QString departmentKey(Department department);
std::optional<Department> departmentFromKey(QStringView key);

// An item of the amenity catalog. Costs are in minor units of the property's
// currency (cents), never floating point.
struct Amenity
{
    Id id = InvalidId;
    QString name; // unique, case-insensitively ("Bath salts")
    Department department = Department::Housekeeping;
    qint64 unitCostCents = 0;
    QString noteTemplate; // default note for the slip, may hold card merge fields
    bool active = true;   // retired items stay for old orders but cannot be ordered
    int version = 0;      // as read; an update from an older version is refused
};

// requested -> accepted -> in progress -> delivered, or cancelled from any
// state before delivered; see OrderStateMachine.
enum class OrderState { Requested, Accepted, InProgress, Delivered, Cancelled };

// "requested", "accepted", "in_progress", "delivered", "cancelled"
QString orderStateKey(OrderState state);
std::optional<OrderState> orderStateFromKey(QStringView key);

struct OrderLine
{
    Id amenityId = InvalidId;
    QString name; // as in the catalog when ordered
    int quantity = 1;
    qint64 unitCostCents = 0; // as in the catalog when ordered

    qint64 costCents() const { return unitCostCents * quantity; }
};

// Something sent to a guest's room.
struct AmenityOrder
{
    Id id = InvalidId; // also the order number on slips and screens
    Id guestId = InvalidId;
    Id stayId = InvalidId;
    Id propertyId = InvalidId;
    QString room; // the stay's room when ordered
    Department department = Department::Housekeeping;
    QList<OrderLine> lines;
    QDateTime dueAt;       // UTC
    QString note;          // what goes with it, printed on the slip
    Id cardId = InvalidId; // linked note card, when any
    OrderState state = OrderState::Requested;
    QDateTime createdAt; // UTC
    QString createdBy;
    QDateTime updatedAt; // UTC, last state change
    QString updatedBy;
    int version = 0;

    qint64 costCents() const;
    bool isOpen() const { return state != OrderState::Delivered && state != OrderState::Cancelled; }
};

} // namespace tw::core
