#pragma once

#include <QDateTime>
#include <QString>

namespace tw::desk {

// One thing that happened to a guest, as the profile's timeline lists it.
struct TimelineEntry
{
    // Identifies the entry within its source across reloads ("audit:42",
    // "stay:7:arrival"), so a reload updates rows in place instead of
    // rebuilding the list.
    QString id;
    QDateTime at;  // UTC
    QString kind;  // stable key for icons and filters: "stay.arrival", "audit.guest.update", ...
    QString title; // short, translated: "Arrival", "Profile changed"
    QString detail;
    QString actor; // who did it, when a person did; empty for events such as an arrival

    friend bool operator==(const TimelineEntry &, const TimelineEntry &) = default;
};

} // namespace tw::desk
