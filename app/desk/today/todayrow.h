#pragma once

#include "attention.h"

#include <core/types.h>

#include <QList>

namespace tw::desk {

// The three lists of the Today board.
enum class TodayList { Arrivals, InHouse, Departures };

// One stay on one list of the Today board, with what the list shows about it.
struct TodayRow
{
    TodayList list = TodayList::Arrivals;
    core::Stay stay;
    core::Guest guest;
    QList<core::SocialAccount> handles; // ordered by network, then handle
    // Nights from the board's date to the departure (0 on the departure day).
    int nightsLeft = 0;
    // In house only by expectation: a reservation counted on a date still to
    // come, as if the guest had checked in.
    bool expected = false;
    QList<Attention> attention;

    int attentionCount() const
    {
        int total = 0;
        for (const Attention &a : attention)
            total += a.count;
        return total;
    }
};

} // namespace tw::desk
