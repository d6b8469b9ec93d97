#include <social/listener.h>
#include <social/streamclient.h>
#include <storage/listeningrulerepository.h>
#include <storage/postrepository.h>
#include <storage/propertyrepository.h>
#include <testdatabase.h>

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
namespace core = tw::core;
namespace social = tw::social;
namespace storage = tw::storage;

namespace {

// A client the test drives: on start() it reports the rules it was given and
// plays a short script on the worker thread.
class ScriptedClient : public social::StreamClient
{
public:
    using StreamClient::StreamClient;

    core::Network network() const override { return core::Network::Mastodon; }

    void start() override
    {
        setStatus({social::ConnectionStatus::State::Connected, 0, 0, {}});
        startedWithNewest = newestPostId();
        for (const core::ListeningRule &rule : rules())
            Q_EMIT ruleSynchronised(rule.id, u"remote-"_s + QString::number(rule.id));
        // A burst, a redelivery, garbage, an edit and a withdrawal.
        QList<core::Post> burst;
        for (int i = 1; i <= 30; ++i)
            burst.append(post(QString::number(100 + i)));
        for (const core::Post &p : std::as_const(burst))
            Q_EMIT postsReceived({p});
        Q_EMIT postsReceived({post(u"101"_s)});
        Q_EMIT malformedPayload(u"not JSON"_s);
        QTimer::singleShot(100, this, [this] {
            core::Post edited = post(u"102"_s);
            edited.text = u"Edited text"_s;
            edited.editedAt = QDateTime(QDate(2026, 5, 1), QTime(12, 30), Qt::UTC);
            Q_EMIT postEdited(edited);
            Q_EMIT postDeleted(core::Network::Mastodon, u"103"_s);
        });
    }

    void stop() override { setStatus({}); }

    static inline QString startedWithNewest;

private:
    core::Post post(const QString &id) const
    {
        core::Post p;
        p.network = core::Network::Mastodon;
        p.postId = id;
        p.authorId = u"7"_s;
        p.authorHandle = u"anna@hotel.example"_s;
        p.authorName = u"Anna"_s;
        p.text = u"Post "_s + id;
        p.createdAt = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC).addSecs(id.toInt());
        p.raw = "{}";
        if (!rules().isEmpty()) {
            p.ruleId = rules().first().id;
            p.propertyId = rules().first().propertyId;
            p.ruleTag = rules().first().tag;
        }
        return p;
    }
};

} // namespace

// social::Listener: the worker thread with its own connection takes what the
// client hands on into the database — each post once, batched, with edits,
// withdrawals, malformed counts and the server's rule ids — and stops cleanly.
class TestListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesWhatTheClientHandsOn()
    {
        TW_TEST_DATABASE(db);
        core::Property property;
        property.code = u"LIS"_s;
        property.name = u"Harbour View"_s;
        property.timeZone = u"Europe/Lisbon"_s;
        auto added = storage::PropertyRepository(db->db()).add(property);
        QVERIFY2(added, qPrintable(added.error()));
        core::ListeningRule rule;
        rule.propertyId = added->id;
        rule.network = core::Network::Mastodon;
        rule.value = u"harbourview"_s;
        rule.instance = u"hotel.example"_s;
        rule.tag = u"brand"_s;
        auto stored = storage::ListeningRuleRepository(db->db()).add(rule, u"test"_s);
        QVERIFY2(stored, qPrintable(stored.error()));
        // One post from before: the client is told where to fill the gap from.
        core::Post earlier;
        earlier.network = core::Network::Mastodon;
        earlier.postId = u"99"_s;
        earlier.createdAt = QDateTime(QDate(2026, 5, 1), QTime(11, 0), Qt::UTC);
        QVERIFY(storage::PostRepository(db->db()).insert(earlier).ok());

        social::Listener listener(db->url(), core::Network::Mastodon, {});
        listener.setClientFactory([](QNetworkAccessManager *access, const social::StreamOptions &options) {
            return new ScriptedClient(access, options);
        });
        QSignalSpy stored_(&listener, &social::Listener::postsStored);
        QSignalSpy statuses(&listener, &social::Listener::statusChanged);
        QSignalSpy stopped(&listener, &social::Listener::stopped);
        listener.start();
        QVERIFY(listener.isRunning());

        QTRY_COMPARE_WITH_TIMEOUT(listener.storedCount(), qint64(30), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(listener.duplicateCount(), qint64(1), 20'000);
        QCOMPARE(listener.malformedCount(), qint64(1));
        QCOMPARE(ScriptedClient::startedWithNewest, u"99"_s);
        // Coalesced: far fewer transactions than posts.
        QVERIFY2(stored_.size() < 10, qPrintable(QString::number(stored_.size())));
        QCOMPARE(listener.status().state, social::ConnectionStatus::State::Connected);
        QVERIFY(!statuses.isEmpty());

        storage::PostRepository posts(db->db());
        QTRY_VERIFY_WITH_TIMEOUT(posts.byNetworkId(core::Network::Mastodon, u"103"_s)->deleted, 20'000);
        const auto edited = posts.byNetworkId(core::Network::Mastodon, u"102"_s);
        QVERIFY(edited);
        QCOMPARE(edited->text, u"Edited text"_s);
        QVERIFY(edited->editedAt.has_value());
        QCOMPARE(posts.count(), qint64(30)); // the withdrawn one is hidden
        storage::PostFilter everything;
        everything.includeDeleted = true;
        QCOMPARE(posts.count(everything), qint64(31));
        QCOMPARE(storage::ListeningRuleRepository(db->db()).byId(stored->id)->remoteId,
                 u"remote-"_s + QString::number(stored->id));

        listener.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 20'000);
        QVERIFY(!listener.isRunning());
        QCOMPARE(listener.status().state, social::ConnectionStatus::State::Stopped);
    }

    void unreachableDatabaseFailsAndStops()
    {
        storage::DatabaseUrl url;
        url.engine = storage::Engine::Sqlite;
        url.path = u"/nonexistent-folder/for/tweetworthy/test.db"_s;
        social::Listener listener(url, core::Network::X, {});
        QSignalSpy failed(&listener, &social::Listener::failed);
        QSignalSpy stopped(&listener, &social::Listener::stopped);
        listener.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 20'000);
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void destroyingARunningListenerStopsIt()
    {
        TW_TEST_DATABASE(db);
        auto listener = std::make_unique<social::Listener>(db->url(), core::Network::Mastodon, social::StreamOptions{});
        listener->setClientFactory([](QNetworkAccessManager *access, const social::StreamOptions &options) {
            return new ScriptedClient(access, options);
        });
        listener->start();
        QTRY_COMPARE_WITH_TIMEOUT(listener->status().state, social::ConnectionStatus::State::Connected, 20'000);
        listener.reset(); // joins the worker thread; must neither hang nor crash
        QVERIFY(!listener);
    }
};

QTEST_GUILESS_MAIN(TestListener)
#include "test_listener.moc"
