#include "connectionstatustext.h"

#include "feedmodel.h"

#include <algorithm>

namespace tw::desk {

int ConnectionStatusText::secondsLeft(int remainingMs)
{
    return std::max(0, (remainingMs + 999) / 1000);
}

QString ConnectionStatusText::describe(core::Network network, const social::ConnectionStatus &status, int remainingMs,
                                       bool demo)
{
    using State = social::ConnectionStatus::State;
    const QString name = FeedModel::networkName(network);
    if (demo) {
        switch (status.state) {
        case State::Connecting:
            return tr("%1 demo: starting…").arg(name);
        case State::Connected:
        case State::Backfilling:
        case State::Reconnecting:
            return tr("%1 demo feed: sample posts, not live").arg(name);
        case State::Stopped:
        case State::Failed:
            return status.reason.isEmpty() ? tr("%1 demo feed stopped").arg(name)
                                           : tr("%1 demo feed stopped: %2").arg(name, status.reason);
        }
        return {};
    }
    switch (status.state) {
    case State::Stopped:
        return status.reason.isEmpty() ? tr("%1: not listening").arg(name)
                                       : tr("%1: stopped: %2").arg(name, status.reason);
    case State::Connecting:
        return tr("%1: connecting…").arg(name);
    case State::Connected:
        return tr("%1: connected").arg(name);
    case State::Backfilling:
        return tr("%1: connected, catching up on missed posts…").arg(name);
    case State::Reconnecting: {
        const int seconds = secondsLeft(remainingMs);
        return seconds > 0 ? tr("%1: reconnecting in %n s", nullptr, seconds).arg(name)
                           : tr("%1: reconnecting…").arg(name);
    }
    case State::Failed:
        return status.reason.isEmpty() ? tr("%1: stopped").arg(name) : tr("%1: stopped: %2").arg(name, status.reason);
    }
    return {};
}

QString ConnectionStatusText::details(const social::ConnectionStatus &status, bool demo)
{
    if (demo)
        return tr("A demo: sample posts about the demo hotel, replayed on this computer. Nothing is read from or "
                  "sent to any network. Add listening rules and a token to listen for real.");
    QString text = status.reason;
    if (status.httpStatus > 0)
        text = text.isEmpty() ? tr("HTTP status %1").arg(status.httpStatus)
                              : tr("%1 (HTTP status %2)").arg(text).arg(status.httpStatus);
    return text;
}

} // namespace tw::desk
