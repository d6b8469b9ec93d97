#include "inhouserule.h"

#include <QLoggingCategory>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <optional>

namespace tw::core {

namespace {

Q_LOGGING_CATEGORY(lcCore, "tw.core")

namespace bg = boost::gregorian;
namespace bpt = boost::posix_time;

const bpt::ptime &unixEpoch()
{
    static const bpt::ptime epoch(bg::date(1970, 1, 1));
    return epoch;
}

// Boost.Date_Time covers the years 1400 to 9999 and throws outside them; a stay
// with such a date is treated like one without dates instead.
std::optional<bg::date> toBoostDate(const QDate &date)
{
    if (!date.isValid() || date.year() < 1400 || date.year() > 9999)
        return std::nullopt;
    return bg::date(static_cast<unsigned short>(date.year()), static_cast<unsigned short>(date.month()),
                    static_cast<unsigned short>(date.day()));
}

QDate toQDate(const bg::date &date)
{
    return QDate(int(date.year()), int(date.month()), int(date.day()));
}

bpt::ptime toPtime(const QDateTime &instant)
{
    return unixEpoch() + bpt::milliseconds(instant.toMSecsSinceEpoch());
}

QDateTime fromPtime(const bpt::ptime &instant)
{
    return QDateTime::fromMSecsSinceEpoch((instant - unixEpoch()).total_milliseconds(), Qt::UTC);
}

std::optional<QDateTime> knownInstant(const std::optional<QDateTime> &value)
{
    if (value && value->isValid())
        return value->toUTC();
    return std::nullopt;
}

} // namespace

InHouseRule::InHouseRule(const Property &property)
    : m_property(property)
    , m_zone(QTimeZone::utc())
{
    // A property read from an incomplete record still gets the usual hotel times.
    const Property defaults;
    if (!m_property.checkIn.isValid())
        m_property.checkIn = defaults.checkIn;
    if (!m_property.checkOut.isValid())
        m_property.checkOut = defaults.checkOut;

    const QString zoneId = m_property.timeZone.trimmed();
    if (!zoneId.isEmpty()) {
        QTimeZone zone(zoneId.toUtf8());
        if (zone.isValid()) {
            m_zone = zone;
            m_zoneValid = true;
        } else {
            qCWarning(lcCore) << "Property" << m_property.code << "has an unknown time zone" << zoneId
                              << "- treating it as UTC";
        }
    }
}

bool InHouseRule::statusAllowsInHouse(StayStatus status)
{
    switch (status) {
    case StayStatus::InHouse:
    case StayStatus::CheckedOut:
        return true;
    case StayStatus::Reserved: // not arrived yet: an arrival, not a guest in house
    case StayStatus::Cancelled:
    case StayStatus::NoShow:
        return false;
    }
    return false;
}

QDateTime InHouseRule::toUtc(const QDate &date, const QTime &time) const
{
    if (!date.isValid() || !time.isValid())
        return {};
    // QDateTime's own local-to-UTC conversion in a named zone is unreliable around
    // daylight-saving changes in Qt 6.4 (times in a gap come back invalid or
    // unshifted), so the offset is resolved here from the zone's UTC offsets.
    const qint64 wallMs = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    const auto offsetAt
        = [this](qint64 utcMs) { return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC)); };
    constexpr qint64 dayMs = qint64(24) * 60 * 60 * 1000;
    const int before = offsetAt(wallMs - dayMs);
    const int after = offsetAt(wallMs + dayMs);

    std::optional<qint64> best;
    for (const int offset : {before, after}) {
        const qint64 candidate = wallMs - qint64(offset) * 1000;
        if (offsetAt(candidate) == offset && (!best || candidate < *best))
            best = candidate; // the earlier of two readings when the clock repeats an hour
    }
    if (!best) // skipped by the clock: read it with the offset from before the change
        best = wallMs - qint64(before) * 1000;
    return QDateTime::fromMSecsSinceEpoch(*best, Qt::UTC);
}

QDate InHouseRule::localDate(const QDateTime &instant) const
{
    if (!instant.isValid())
        return {};
    const qint64 utcMs = instant.toMSecsSinceEpoch();
    const int offset = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
    return QDateTime::fromMSecsSinceEpoch(utcMs + qint64(offset) * 1000, Qt::UTC).date();
}

InHouseRule::Window InHouseRule::window(const Stay &stay) const
{
    const auto arrival = toBoostDate(stay.arrival);
    const auto departure = toBoostDate(stay.departure);
    if (!arrival || !departure)
        return {};

    // The nights booked are [arrival, departure); the guest holds the room from the
    // first night's check-in time until the check-out time on the morning after
    // the last night, which is the period's end.
    const bg::date_period nights(*arrival, *departure);
    const auto actualIn = knownInstant(stay.actualCheckIn);
    const auto actualOut = knownInstant(stay.actualCheckOut);
    const QDateTime start = actualIn ? *actualIn : toUtc(toQDate(nights.begin()), m_property.checkIn);
    const QDateTime end = actualOut ? *actualOut : toUtc(toQDate(nights.end()), m_property.checkOut);

    const bpt::time_period inHouse(toPtime(start), toPtime(end));
    if (!statusAllowsInHouse(stay.status) || inHouse.is_null())
        return {start, start};
    return {fromPtime(inHouse.begin()), fromPtime(inHouse.end())};
}

bool InHouseRule::isInHouse(const Stay &stay, const QDateTime &instant) const
{
    if (!instant.isValid() || !statusAllowsInHouse(stay.status))
        return false;
    const Window w = window(stay);
    if (w.isEmpty())
        return false;
    return bpt::time_period(toPtime(w.start), toPtime(w.end)).contains(toPtime(instant));
}

std::optional<Stay> InHouseRule::stayInHouseAt(const QList<Stay> &stays, Id preferredPropertyId,
                                               const QDateTime &instant, const std::map<Id, InHouseRule> &rules)
{
    // Local dates are within a day of the UTC date, and actual check-in and
    // check-out times within a day of the booked dates: a cheap test spares the
    // time-zone arithmetic for the dozens of past stays of a regular.
    const QDate day = instant.toUTC().date();
    std::optional<Stay> elsewhere;
    for (const Stay &stay : stays) {
        if (stay.departure < day.addDays(-2) || stay.arrival > day.addDays(2))
            continue;
        const auto rule = rules.find(stay.propertyId);
        if (rule == rules.end() || !rule->second.isInHouse(stay, instant))
            continue;
        if (stay.propertyId == preferredPropertyId)
            return stay;
        if (!elsewhere)
            elsewhere = stay;
    }
    return elsewhere;
}

} // namespace tw::core
