#pragma once

#include <QDateTime>

#include <optional>

namespace tw::social {

// Delays between reconnection attempts, after X's documented schedule for the
// filtered stream: network errors (including a stall) back off linearly in
// 250 ms steps up to 16 s; HTTP errors exponentially from 5 s up to 320 s; rate
// limiting (429) exponentially from 60 s, or until the rate-limit reset time the
// server sent when that is later. Each kind keeps its own count; a connection
// that delivers data resets all of them. Mastodon streams use the same policy.
class BackoffPolicy
{
public:
    enum class Failure { Network, Http, RateLimited };

    struct Schedule
    {
        int networkStepMs = 250;
        int networkMaxMs = 16'000;
        int httpInitialMs = 5'000;
        int httpMaxMs = 320'000;
        int rateLimitInitialMs = 60'000;
        int rateLimitMaxMs = 960'000;
        // Every delay multiplied by this (tests use a small factor); at least 1 ms.
        double scale = 1.0;
    };

    BackoffPolicy() = default;
    explicit BackoffPolicy(Schedule schedule);

    // The delay before the next attempt after this failure. For RateLimited,
    // resetAt is the server's x-rate-limit-reset instant (UTC) when given;
    // now is passed in so that tests decide the clock.
    int nextDelayMs(Failure failure, const std::optional<QDateTime> &resetAt = {},
                    const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The connection worked (data arrived): the next failure starts afresh.
    void reset();

    const Schedule &schedule() const { return m_schedule; }

private:
    int scaled(qint64 ms) const;

    Schedule m_schedule;
    int m_networkAttempts = 0;
    int m_httpAttempts = 0;
    int m_rateLimitAttempts = 0;
};

} // namespace tw::social
