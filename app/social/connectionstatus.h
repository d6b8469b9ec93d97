#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace tw::social {

// Where one network's listener stands, for the feed's connection indicator and
// the command line's log.
struct ConnectionStatus
{
    enum class State {
        Stopped,      // not started, or stopped on request
        Connecting,   // opening the stream (also synchronising rules)
        Connected,    // stream open
        Backfilling,  // stream open, fetching what was missed while away
        Reconnecting, // waiting retryInMs before the next attempt
        Failed,       // given up; reason says why and what to do (bad token, ...)
    };

    State state = State::Stopped;
    int retryInMs = 0;  // Reconnecting: delay before the next attempt
    int httpStatus = 0; // last HTTP status that caused the state, 0 if none
    QString reason;     // for people; never contains a token

    bool operator==(const ConnectionStatus &) const = default;
};

} // namespace tw::social

Q_DECLARE_METATYPE(tw::social::ConnectionStatus)
