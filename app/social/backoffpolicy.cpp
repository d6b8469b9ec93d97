#include "backoffpolicy.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tw::social {

namespace {

// initial * 2^attempt, capped, without overflowing for long outages.
qint64 doubling(int initialMs, int attempt, int maxMs)
{
    qint64 delay = initialMs;
    for (int i = 0; i < attempt && delay < maxMs; ++i)
        delay *= 2;
    return std::min<qint64>(delay, maxMs);
}

} // namespace

BackoffPolicy::BackoffPolicy(Schedule schedule)
    : m_schedule(schedule)
{
}

int BackoffPolicy::nextDelayMs(Failure failure, const std::optional<QDateTime> &resetAt, const QDateTime &now)
{
    switch (failure) {
    case Failure::Network: {
        ++m_networkAttempts;
        const qint64 linear = qint64(m_networkAttempts) * m_schedule.networkStepMs;
        return scaled(std::min<qint64>(linear, m_schedule.networkMaxMs));
    }
    case Failure::Http:
        return scaled(doubling(m_schedule.httpInitialMs, m_httpAttempts++, m_schedule.httpMaxMs));
    case Failure::RateLimited: {
        qint64 delay = doubling(m_schedule.rateLimitInitialMs, m_rateLimitAttempts++, m_schedule.rateLimitMaxMs);
        const int scaledDelay = scaled(delay);
        if (resetAt && resetAt->isValid() && now.isValid()) {
            // The reset time is the server's clock, not scaled: waiting less would
            // only earn another 429.
            const qint64 untilReset = now.msecsTo(*resetAt);
            if (untilReset > scaledDelay)
                return int(std::min<qint64>(untilReset, std::numeric_limits<int>::max()));
        }
        return scaledDelay;
    }
    }
    return scaled(m_schedule.networkMaxMs);
}

void BackoffPolicy::reset()
{
    m_networkAttempts = 0;
    m_httpAttempts = 0;
    m_rateLimitAttempts = 0;
}

int BackoffPolicy::scaled(qint64 ms) const
{
    const double value = std::round(double(ms) * m_schedule.scale);
    return int(std::clamp(value, 1.0, double(std::numeric_limits<int>::max())));
}

} // namespace tw::social
