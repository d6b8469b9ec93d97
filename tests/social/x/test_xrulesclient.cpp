#include <social/x/xrulesclient.h>
#include <social/x/xruletag.h>

#include <fakexserver.h>

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using tw::core::ListeningRule;
using tw::fakeapis::FakeXRule;
using tw::fakeapis::FakeXScenario;
using tw::fakeapis::FakeXServer;
using tw::social::StreamOptions;
using tw::social::XApiError;
using tw::social::XRemoteRule;
using tw::social::XRuleCheck;
using tw::social::XRuleRejection;
using tw::social::XRulesClient;
using tw::social::XRulesListing;
using tw::social::XRulesPlan;
using tw::social::XRulesSyncReport;

namespace {

ListeningRule rule(tw::core::Id id, const QString &value, const QString &tag = {})
{
    ListeningRule r;
    r.id = id;
    r.propertyId = 1;
    r.value = value;
    r.tag = tag;
    return r;
}

QList<tw::core::Id> ids(const QList<ListeningRule> &rules)
{
    QList<tw::core::Id> result;
    for (const ListeningRule &r : rules)
        result.append(r.id);
    return result;
}

// A rules client talking to a fake X server over loopback.
class Fixture
{
public:
    explicit Fixture(const QString &token = u"test-bearer"_s)
    {
        QVERIFY(server.start());
        network.setProxy(QNetworkProxy::NoProxy);
        StreamOptions options;
        options.apiBase = server.baseUrl();
        options.token = token;
        client.emplace(&network, options);
    }

    XRulesSyncReport sync(const QList<ListeningRule> &wanted)
    {
        std::optional<XRulesSyncReport> report;
        client->sync(wanted, [&report](const XRulesSyncReport &r) { report = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 10'000); }();
        return report.value_or(XRulesSyncReport{});
    }

    XRuleCheck validate(const QString &value)
    {
        std::optional<XRuleCheck> check;
        client->validate(value, [&check](const XRuleCheck &c) { check = c; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(check.has_value(), 10'000); }();
        return check.value_or(XRuleCheck{});
    }

    XRulesListing list()
    {
        std::optional<XRulesListing> listing;
        client->list([&listing](const XRulesListing &l) { listing = l; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(listing.has_value(), 10'000); }();
        return listing.value_or(XRulesListing{});
    }

    FakeXServer server;
    QNetworkAccessManager network;
    std::optional<XRulesClient> client;
};

} // namespace

class TestXRulesClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data()
    {
        QTest::addColumn<QList<ListeningRule>>("wanted");
        QTest::addColumn<QList<XRemoteRule>>("server");
        QTest::addColumn<QList<tw::core::Id>>("toAdd");
        QTest::addColumn<QStringList>("toDelete");
        QTest::addColumn<QList<tw::core::Id>>("kept");

        const ListeningRule spa = rule(1, u"#HarbourView"_s, u"spa"_s);
        const ListeningRule brand = rule(2, u"@HarbourLisbon"_s);

        QTest::newRow("empty server") << QList<ListeningRule>{spa, brand} << QList<XRemoteRule>{}
                                      << QList<tw::core::Id>{1, 2} << QStringList{} << QList<tw::core::Id>{};
        QTest::newRow("already in place") << QList<ListeningRule>{spa, brand}
                                          << QList<XRemoteRule>{{u"10"_s, u"#HarbourView"_s, u"tw:1:spa"_s},
                                                                {u"11"_s, u"@HarbourLisbon"_s, u"tw:2"_s}}
                                          << QList<tw::core::Id>{} << QStringList{} << QList<tw::core::Id>{1, 2};
        QTest::newRow("other tools' rules are left alone")
            << QList<ListeningRule>{spa}
            << QList<XRemoteRule>{{u"20"_s, u"#HarbourView"_s, u"marketing"_s},
                                  {u"21"_s, u"cats"_s, {}},
                                  {u"22"_s, u"dogs"_s, u"tw"_s}}
            << QList<tw::core::Id>{1} << QStringList{} << QList<tw::core::Id>{};
        QTest::newRow("ours no longer wanted")
            << QList<ListeningRule>{spa}
            << QList<XRemoteRule>{{u"10"_s, u"#HarbourView"_s, u"tw:1:spa"_s}, {u"12"_s, u"#Gone"_s, u"tw:9"_s}}
            << QList<tw::core::Id>{} << QStringList{u"12"_s} << QList<tw::core::Id>{1};
        QTest::newRow("value changed") << QList<ListeningRule>{spa}
                                       << QList<XRemoteRule>{{u"10"_s, u"#HarbourViewOld"_s, u"tw:1:spa"_s}}
                                       << QList<tw::core::Id>{1} << QStringList{u"10"_s} << QList<tw::core::Id>{};
        QTest::newRow("tag changed") << QList<ListeningRule>{spa}
                                     << QList<XRemoteRule>{{u"10"_s, u"#HarbourView"_s, u"tw:1:pool"_s}}
                                     << QList<tw::core::Id>{1} << QStringList{u"10"_s} << QList<tw::core::Id>{};
        QTest::newRow("duplicate of ours") << QList<ListeningRule>{spa}
                                           << QList<XRemoteRule>{{u"10"_s, u"#HarbourView"_s, u"tw:1:spa"_s},
                                                                 {u"11"_s, u"#HarbourView"_s, u"tw:1:spa"_s}}
                                           << QList<tw::core::Id>{} << QStringList{u"11"_s} << QList<tw::core::Id>{1};
        QTest::newRow("nothing wanted removes all of ours")
            << QList<ListeningRule>{}
            << QList<XRemoteRule>{{u"10"_s, u"#HarbourView"_s, u"tw:1:spa"_s}, {u"20"_s, u"x"_s, u"other"_s}}
            << QList<tw::core::Id>{} << QStringList{u"10"_s} << QList<tw::core::Id>{};
    }

    void plan()
    {
        QFETCH(QList<ListeningRule>, wanted);
        QFETCH(QList<XRemoteRule>, server);
        QFETCH(QList<tw::core::Id>, toAdd);
        QFETCH(QStringList, toDelete);
        QFETCH(QList<tw::core::Id>, kept);

        const XRulesPlan plan = XRulesClient::plan(wanted, server);
        QCOMPARE(ids(plan.toAdd), toAdd);
        QCOMPARE(plan.toDelete, toDelete);
        QList<tw::core::Id> keptIds = plan.kept.keys();
        std::sort(keptIds.begin(), keptIds.end());
        QCOMPARE(keptIds, kept);
    }

    void syncBringsTheServerInLine()
    {
        Fixture f;
        const QString foreign = f.server.addRule(u"#HarbourView"_s, u"marketing"_s);
        const QString current = f.server.addRule(u"@HarbourLisbon"_s, u"tw:2"_s);
        const QString stale = f.server.addRule(u"#Closed"_s, u"tw:9"_s);
        const QString changed = f.server.addRule(u"#PoolBarOld"_s, u"tw:3:pool"_s);

        const QList<ListeningRule> wanted{rule(2, u"@HarbourLisbon"_s), rule(3, u"#PoolBar"_s, u"pool"_s),
                                          rule(4, u"\"Harbour View Hotel\" -is:retweet"_s, u"press"_s)};
        const XRulesSyncReport report = f.sync(wanted);
        QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
        QVERIFY(report.rejected.isEmpty());

        QCOMPARE(f.server.deletedRuleIds(), (QStringList{stale, changed}));
        const QList<FakeXRule> added = f.server.addedRules();
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.at(0).value, u"#PoolBar"_s);
        QCOMPARE(added.at(0).tag, u"tw:3:pool"_s);
        QCOMPARE(added.at(1).value, u"\"Harbour View Hotel\" -is:retweet"_s);
        QCOMPARE(added.at(1).tag, u"tw:4:press"_s);

        QCOMPARE(report.remoteIds.size(), 3);
        QCOMPARE(report.remoteIds.value(2), current);
        QCOMPARE(report.remoteIds.value(3), added.at(0).id);
        QCOMPARE(report.remoteIds.value(4), added.at(1).id);
        QCOMPARE(report.deletedIds, (QStringList{stale, changed}));

        // The other tool's rule is still there, and a second sync changes nothing.
        const QList<FakeXRule> onServer = f.server.rules();
        QVERIFY(std::any_of(onServer.cbegin(), onServer.cend(), [&](const FakeXRule &r) { return r.id == foreign; }));
        const XRulesSyncReport again = f.sync(wanted);
        QVERIFY(!again.error.isError());
        QCOMPARE(again.remoteIds, report.remoteIds);
        QCOMPARE(f.server.addedRules().size(), 2);
        QCOMPARE(f.server.deletedRuleIds().size(), 2);
    }

    void syncReportsRulesXRefusesInItsOwnWords()
    {
        Fixture f;
        const QString words
            = u"Ambiguous use of or as a keyword. Use a capitalized OR for a disjunction (at position 13)"_s;
        f.server.setInvalidRule(u"#HarbourView or @HarbourLisbon"_s, words);
        const XRulesSyncReport report = f.sync({rule(1, u"#HarbourView or @HarbourLisbon"_s), rule(2, u"#PoolBar"_s)});
        QVERIFY(!report.error.isError());
        QCOMPARE(report.rejected, (QList<XRuleRejection>{{1, words}}));
        QCOMPARE(report.remoteIds.keys(), QList<tw::core::Id>{2});
        QCOMPARE(f.server.rules().size(), 1);
    }

    void aValueAnotherToolHoldsIsShared()
    {
        Fixture f;
        const QString foreign = f.server.addRule(u"#HarbourView"_s, u"marketing"_s);
        const XRulesSyncReport report = f.sync({rule(1, u"#HarbourView"_s)});
        QVERIFY(!report.error.isError());
        QVERIFY(report.rejected.isEmpty());
        QCOMPARE(report.remoteIds.value(1), foreign);
        QCOMPARE(f.server.rules().size(), 1);
    }

    void aRequestXRefusesAsAWholeRejectsTheRulesItCarried()
    {
        Fixture f;
        const QString kept = f.server.addRule(u"#HarbourView"_s, u"tw:1"_s);
        tw::fakeapis::FakeXResponse limit;
        limit.status = 400;
        limit.method = u"POST"_s;
        limit.body = QJsonObject{{"title"_L1, "RulesCapExceeded"_L1},
                                 {"detail"_L1, "Rule limit of 5 rules reached for this app."_L1},
                                 {"type"_L1, "https://api.twitter.com/2/problems/rule-cap"_L1}};
        f.server.appendRulesFault(limit);
        const XRulesSyncReport report = f.sync({rule(1, u"#HarbourView"_s), rule(2, u"#PoolBar"_s)});
        QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
        QCOMPARE(report.remoteIds.value(1), kept);
        QCOMPARE(report.rejected, (QList<XRuleRejection>{{2, u"Rule limit of 5 rules reached for this app."_s}}));
    }

    void validateAsksXWithDryRun()
    {
        Fixture f;
        f.server.setInvalidRule(u"from:"_s, u"Operator 'from' requires a value."_s);
        const XRuleCheck bad = f.validate(u"from:"_s);
        QVERIFY(!bad.error.isError());
        QVERIFY(!bad.valid);
        QCOMPARE(bad.message, u"Operator 'from' requires a value."_s);

        const XRuleCheck good = f.validate(u"#HarbourView -is:retweet"_s);
        QVERIFY(!good.error.isError());
        QVERIFY(good.valid);

        QCOMPARE(f.server.dryRunValues(), (QStringList{u"from:"_s, u"#HarbourView -is:retweet"_s}));
        QVERIFY(f.server.rules().isEmpty());
        QVERIFY(f.server.addedRules().isEmpty());
    }

    void validateKnowsARuleAlreadyThere()
    {
        Fixture f;
        f.server.addRule(u"#HarbourView"_s, u"tw:1"_s);
        const XRuleCheck check = f.validate(u"#HarbourView"_s);
        QVERIFY(check.valid);
        QVERIFY(!check.message.isEmpty());
    }

    void listReadsTheServersRules()
    {
        Fixture f;
        const QString a = f.server.addRule(u"#a"_s, u"tw:1"_s);
        const QString b = f.server.addRule(u"#b"_s, {});
        const XRulesListing listing = f.list();
        QVERIFY(!listing.error.isError());
        QCOMPARE(listing.rules, (QList<XRemoteRule>{{a, u"#a"_s, u"tw:1"_s}, {b, u"#b"_s, {}}}));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("faultStatus"); // 0: none
        QTest::addColumn<XApiError::Kind>("kind");
        QTest::addColumn<int>("httpStatus");
        QTest::newRow("wrong token") << u"wrong"_s << 0 << XApiError::Kind::Refused << 401;
        QTest::newRow("forbidden") << u"test-bearer"_s << 403 << XApiError::Kind::Refused << 403;
        QTest::newRow("rate limited") << u"test-bearer"_s << 429 << XApiError::Kind::RateLimited << 429;
        QTest::newRow("unavailable") << u"test-bearer"_s << 503 << XApiError::Kind::Http << 503;
    }

    void failures()
    {
        QFETCH(QString, token);
        QFETCH(int, faultStatus);
        QFETCH(XApiError::Kind, kind);
        QFETCH(int, httpStatus);

        Fixture f(token);
        if (faultStatus)
            f.server.appendRulesFault({faultStatus, 60, {}, {}});
        const XRulesSyncReport report = f.sync({rule(1, u"#HarbourView"_s)});
        QCOMPARE(report.error.kind, kind);
        QCOMPARE(report.error.httpStatus, httpStatus);
        QVERIFY(!report.error.message.isEmpty());
        QVERIFY(!report.error.message.contains(token) || token == u"test-bearer"_s);
        QCOMPARE(report.error.rateLimitReset.has_value(), kind == XApiError::Kind::RateLimited);
        QVERIFY(f.server.addedRules().isEmpty());
    }

    void cancelDropsTheAnswer()
    {
        Fixture f;
        bool called = false;
        f.client->sync({rule(1, u"#HarbourView"_s)}, [&called](const XRulesSyncReport &) { called = true; });
        QVERIFY(f.client->isBusy());
        f.client->cancel();
        QVERIFY(!f.client->isBusy());
        QTest::qWait(200);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestXRulesClient)
#include "test_xrulesclient.moc"
