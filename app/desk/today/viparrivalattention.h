#pragma once

#include "attentionprovider.h"

#include <QCoreApplication>

namespace tw::desk {

// Flags VIP guests on the arrivals list who have not arrived yet, so the room,
// the welcome card and the amenity are ready before they are.
class VipArrivalAttention : public AttentionProvider
{
    Q_DECLARE_TR_FUNCTIONS(tw::desk::VipArrivalAttention)

public:
    static QString kind(); // "vip.arriving"

    QList<Finding> collect(storage::Database &db, const TodaySnapshot &snapshot) const override;
};

} // namespace tw::desk
