#pragma once

#include "todayrow.h"

#include <core/types.h>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tw::desk {

// Everything the Today board shows for one property and date, read in one go
// so the three lists and their counts always agree.
struct TodaySnapshot
{
    QList<core::Property> properties; // every property of the database, for choosing
    core::Property property;          // the one shown; id InvalidId when there is none
    QString timeZone;                 // the zone actually used ("UTC" for an unknown one)
    QDate date;                       // the board's date, property-local
    QDate today;                      // the property-local date at `now`
    QDateTime now;                    // UTC, when the board was read
    // The instant the in-house list is for (UTC): now on today's board, 12:00
    // property time on any other date.
    QDateTime instant;
    QDateTime instantLocal; // the same instant on the property's wall clock
    QList<TodayRow> arrivals;
    QList<TodayRow> inHouse;
    QList<TodayRow> departures;

    bool hasProperty() const { return property.id != core::InvalidId; }
    bool isToday() const { return date.isValid() && date == today; }

    const QList<TodayRow> &rows(TodayList list) const
    {
        switch (list) {
        case TodayList::Arrivals:
            return arrivals;
        case TodayList::InHouse:
            return inHouse;
        case TodayList::Departures:
            break;
        }
        return departures;
    }
    QList<TodayRow> &rows(TodayList list)
    {
        return const_cast<QList<TodayRow> &>(static_cast<const TodaySnapshot *>(this)->rows(list));
    }
};

} // namespace tw::desk
