#pragma once

#include <core/inhouserule.h>
#include <core/nameresemblance.h>
#include <core/types.h>

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tw::storage {
class Database;
}

namespace tw::social {

// The guests in house at one property at some time of one property-local date,
// with their names indexed for link suggestions: whom an unknown author who
// posts about the property that day may be.
//
// Only guests who agreed that their public posts be matched to their profile
// (Guest::socialConsent) are suggested. A suggestion is only a hint that staff
// confirm or dismiss, but it is a guess at who wrote a post, which is the very
// matching the guest consented to or not. Posts by accounts that staff linked
// to a guest are matched whatever the flag: linking was a person's decision.
class InHouseGuests
{
public:
    // One query for the stays around the date and a few for the guests in house.
    static InHouseGuests load(storage::Database &db, const core::InHouseRule &rule, core::Id propertyId,
                              const QDate &localDate);

    // The guest in house at `at` whose name the author's resembles best, when
    // exactly one resembles best (two equally good candidates suggest no one).
    std::optional<core::Id> suggestion(const QString &displayName, const QString &handle, const QDateTime &at) const;

    // Guests who may be suggested.
    qsizetype size() const { return m_names.size(); }

private:
    bool isInHouse(core::Id guestId, const QDateTime &at) const;

    core::NameResemblance m_names;
    QHash<core::Id, QList<core::InHouseRule::Window>> m_windows;
};

} // namespace tw::social
