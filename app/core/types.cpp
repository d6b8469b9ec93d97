#include "types.h"

#include <array>
#include <utility>

namespace tw::core {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, QLatin1StringView>, N> &table, QStringView key)
{
    for (const auto &[value, name] : table) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString(name);
    }
    return {};
}

using namespace Qt::StringLiterals;

constexpr std::array<std::pair<StayStatus, QLatin1StringView>, 5> kStatuses{{
    {StayStatus::Reserved, "reserved"_L1},
    {StayStatus::InHouse, "in_house"_L1},
    {StayStatus::CheckedOut, "checked_out"_L1},
    {StayStatus::Cancelled, "cancelled"_L1},
    {StayStatus::NoShow, "no_show"_L1},
}};

constexpr std::array<std::pair<Network, QLatin1StringView>, 3> kNetworks{{
    {Network::X, "x"_L1},
    {Network::Mastodon, "mastodon"_L1},
    {Network::Bluesky, "bluesky"_L1},
}};

constexpr std::array<std::pair<LinkState, QLatin1StringView>, 2> kLinkStates{{
    {LinkState::Suggested, "suggested"_L1},
    {LinkState::Confirmed, "confirmed"_L1},
}};

constexpr std::array<std::pair<PostState, QLatin1StringView>, 5> kPostStates{{
    {PostState::New, "new"_L1},
    {PostState::Seen, "seen"_L1},
    {PostState::Replied, "replied"_L1},
    {PostState::Resolved, "resolved"_L1},
    {PostState::Ignored, "ignored"_L1},
}};

constexpr std::array<std::pair<CardStatus, QLatin1StringView>, 3> kCardStatuses{{
    {CardStatus::Draft, "draft"_L1},
    {CardStatus::Printed, "printed"_L1},
    {CardStatus::Exported, "exported"_L1},
}};

constexpr std::array<std::pair<Department, QLatin1StringView>, 3> kDepartments{{
    {Department::Housekeeping, "housekeeping"_L1},
    {Department::FoodAndBeverage, "food_and_beverage"_L1},
    {Department::Concierge, "concierge"_L1},
}};

constexpr std::array<std::pair<OrderState, QLatin1StringView>, 5> kOrderStates{{
    {OrderState::Requested, "requested"_L1},
    {OrderState::Accepted, "accepted"_L1},
    {OrderState::InProgress, "in_progress"_L1},
    {OrderState::Delivered, "delivered"_L1},
    {OrderState::Cancelled, "cancelled"_L1},
}};

} // namespace

QString Guest::displayName() const
{
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + u' ' + lastName;
}

QString stayStatusKey(StayStatus status)
{
    return nameOf(kStatuses, status);
}

std::optional<StayStatus> stayStatusFromKey(QStringView key)
{
    return lookup(kStatuses, key.trimmed());
}

QString networkKey(Network network)
{
    return nameOf(kNetworks, network);
}

std::optional<Network> networkFromKey(QStringView key)
{
    return lookup(kNetworks, key.trimmed());
}

QString linkStateKey(LinkState state)
{
    return nameOf(kLinkStates, state);
}

std::optional<LinkState> linkStateFromKey(QStringView key)
{
    return lookup(kLinkStates, key.trimmed());
}

QString postStateKey(PostState state)
{
    return nameOf(kPostStates, state);
}

std::optional<PostState> postStateFromKey(QStringView key)
{
    return lookup(kPostStates, key.trimmed());
}

QString cardStatusKey(CardStatus status)
{
    return nameOf(kCardStatuses, status);
}

std::optional<CardStatus> cardStatusFromKey(QStringView key)
{
    return lookup(kCardStatuses, key.trimmed());
}

QString departmentKey(Department department)
{
    return nameOf(kDepartments, department);
}

std::optional<Department> departmentFromKey(QStringView key)
{
    return lookup(kDepartments, key.trimmed());
}

QString orderStateKey(OrderState state)
{
    return nameOf(kOrderStates, state);
}

std::optional<OrderState> orderStateFromKey(QStringView key)
{
    return lookup(kOrderStates, key.trimmed());
}

qint64 AmenityOrder::costCents() const
{
    qint64 total = 0;
    for (const OrderLine &line : lines)
        total += line.costCents();
    return total;
}

} // namespace tw::core
