#include "orderstatemachine.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tw::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::core::OrderStateMachine", text);
}

// Position on the way to delivery; cancelled is off that way.
int rank(OrderState state)
{
    switch (state) {
    case OrderState::Requested:
        return 0;
    case OrderState::Accepted:
        return 1;
    case OrderState::InProgress:
        return 2;
    case OrderState::Delivered:
        return 3;
    case OrderState::Cancelled:
        return 4;
    }
    return 0;
}

bool isFinal(OrderState state)
{
    return state == OrderState::Delivered || state == OrderState::Cancelled;
}

// The state as a word inside a sentence ("is in progress").
QString word(OrderState state)
{
    switch (state) {
    case OrderState::Requested:
        return tr("requested");
    case OrderState::Accepted:
        return tr("accepted");
    case OrderState::InProgress:
        return tr("in progress");
    case OrderState::Delivered:
        return tr("delivered");
    case OrderState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

constexpr OrderState kAll[] = {OrderState::Requested, OrderState::Accepted, OrderState::InProgress,
                               OrderState::Delivered, OrderState::Cancelled};

} // namespace

bool OrderStateMachine::canAdvance(OrderState from, OrderState to)
{
    if (isFinal(from) || from == to)
        return false;
    if (to == OrderState::Cancelled)
        return true;
    return rank(to) > rank(from);
}

Status OrderStateMachine::check(Id orderId, OrderState from, OrderState to)
{
    if (canAdvance(from, to))
        return {};
    const QString order = QString::number(orderId);
    if (from == OrderState::Delivered)
        return Status::failure(tr("Order %1 is delivered; a delivered order cannot change.").arg(order));
    if (from == OrderState::Cancelled)
        return Status::failure(
            tr("Order %1 is cancelled; a cancelled order cannot change. Create a new order instead.").arg(order));

    QStringList next;
    for (OrderState s : nextStates(from))
        next.append(word(s));
    // "accepted, in progress, delivered or cancelled"
    const QString last = next.takeLast();
    const QString options = next.isEmpty() ? last : tr("%1 or %2").arg(next.join(u", "_s), last);
    if (from == to)
        return Status::failure(tr("Order %1 is already %2; it can move on to %3.").arg(order, word(from), options));
    return Status::failure(
        tr("Order %1 is %2 and cannot go back to %3; it can move on to %4.").arg(order, word(from), word(to), options));
}

QList<OrderState> OrderStateMachine::nextStates(OrderState from)
{
    QList<OrderState> states;
    for (OrderState s : kAll) {
        if (canAdvance(from, s))
            states.append(s);
    }
    return states;
}

QString OrderStateMachine::label(OrderState state)
{
    switch (state) {
    case OrderState::Requested:
        return tr("Requested");
    case OrderState::Accepted:
        return tr("Accepted");
    case OrderState::InProgress:
        return tr("In progress");
    case OrderState::Delivered:
        return tr("Delivered");
    case OrderState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

} // namespace tw::core
