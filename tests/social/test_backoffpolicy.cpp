#include <social/backoffpolicy.h>

#include <QTest>
#include <QTimeZone>

using tw::social::BackoffPolicy;

class TestBackoffPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void networkErrorsBackOffLinearlyUpToSixteenSeconds()
    {
        BackoffPolicy policy;
        QList<int> delays;
        for (int i = 0; i < 70; ++i)
            delays.append(policy.nextDelayMs(BackoffPolicy::Failure::Network));
        QCOMPARE(delays.at(0), 250);
        QCOMPARE(delays.at(1), 500);
        QCOMPARE(delays.at(3), 1000);
        QCOMPARE(delays.at(63), 16'000);
        QCOMPARE(delays.at(69), 16'000);
    }

    void httpErrorsDoubleFromFiveSecondsUpTo320()
    {
        BackoffPolicy policy;
        const QList<int> expected{5'000, 10'000, 20'000, 40'000, 80'000, 160'000, 320'000, 320'000};
        for (int want : expected)
            QCOMPARE(policy.nextDelayMs(BackoffPolicy::Failure::Http), want);
    }

    void rateLimitDoublesFromOneMinute()
    {
        BackoffPolicy policy;
        QCOMPARE(policy.nextDelayMs(BackoffPolicy::Failure::RateLimited), 60'000);
        QCOMPARE(policy.nextDelayMs(BackoffPolicy::Failure::RateLimited), 120'000);
    }

    void rateLimitWaitsForALaterResetTime()
    {
        BackoffPolicy policy;
        const QDateTime now(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(policy.nextDelayMs(BackoffPolicy::Failure::RateLimited, now.addSecs(300), now), 300'000);
        // An earlier reset does not shorten the documented wait.
        QCOMPARE(policy.nextDelayMs(BackoffPolicy::Failure::RateLimited, now.addSecs(5), now), 120'000);
    }

    void kindsCountSeparatelyAndResetTogether()
    {
        BackoffPolicy policy;
        policy.nextDelayMs(BackoffPolicy::Failure::Http);
        policy.nextDelayMs(BackoffPolicy::Failure::Http);
        QCOMPARE(policy.nextDelayMs(BackoffPolicy::Failure::Network), 250);
        QCOMPARE(policy.nextDelayMs(BackoffPolicy::Failure::Http), 20'000);
        policy.reset();
        QCOMPARE(policy.nextDelayMs(BackoffPolicy::Failure::Http), 5'000);
        QCOMPARE(policy.nextDelayMs(BackoffPolicy::Failure::Network), 250);
    }

    void scaleShrinksDelaysButNotTheServersResetTime()
    {
        BackoffPolicy::Schedule schedule;
        schedule.scale = 0.001;
        BackoffPolicy policy(schedule);
        QCOMPARE(policy.nextDelayMs(BackoffPolicy::Failure::Http), 5);
        QCOMPARE(policy.nextDelayMs(BackoffPolicy::Failure::Network), 1); // never zero
        const QDateTime now(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(policy.nextDelayMs(BackoffPolicy::Failure::RateLimited, now.addMSecs(2'000), now), 2'000);
    }
};

QTEST_GUILESS_MAIN(TestBackoffPolicy)
#include "test_backoffpolicy.moc"
