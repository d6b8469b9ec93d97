#pragma once

#include "result.h"
#include "types.h"

#include <QList>
#include <QString>

namespace tw::core {

// The life of an amenity order: requested -> accepted -> in progress ->
// delivered, or cancelled from any state before delivered. An order may skip
// ahead (a requested order can be delivered straight away by whoever takes it)
// but never goes back, and delivered and cancelled orders are final.
class OrderStateMachine
{
public:
    static bool canAdvance(OrderState from, OrderState to);
    // Success, or a translated message that names both states and says what is
    // possible instead ("Order 12 is delivered; a delivered order cannot change.").
    static Status check(Id orderId, OrderState from, OrderState to);
    // The states an order can move to next, in order, for menus and buttons.
    static QList<OrderState> nextStates(OrderState from);
    // Translated: "Requested", "Accepted", "In progress", "Delivered", "Cancelled".
    static QString label(OrderState state);
};

} // namespace tw::core
