#pragma once

#include <core/types.h>
#include <social/connectionstatus.h>

#include <QCoreApplication>
#include <QString>

namespace tw::desk {

// How the feed's connection indicator words one network's status: connected,
// reconnecting in N s (counting down), stopped with the reason, or the demo.
class ConnectionStatusText
{
    Q_DECLARE_TR_FUNCTIONS(tw::desk::ConnectionStatusText)

public:
    // remainingMs: for Reconnecting, what is left of status.retryInMs now.
    static QString describe(core::Network network, const social::ConnectionStatus &status, int remainingMs,
                            bool demo = false);
    // The longer explanation for a tooltip: the reason and the HTTP status when known.
    static QString details(const social::ConnectionStatus &status, bool demo = false);
    // Whole seconds shown for a wait, rounded up so "0 s" never shows while waiting.
    static int secondsLeft(int remainingMs);
};

} // namespace tw::desk
