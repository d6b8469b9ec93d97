#include <social/tokenstore.h>

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using tw::social::TokenStore;

// Runs against the real Secret Service that scripts/test starts (gnome-keyring in
// a private D-Bus session). Each run uses its own service name, so nothing of a
// person's own keyring is touched.
class TestTokenStore : public QObject
{
    Q_OBJECT

private:
    // The callback's result, once the asynchronous job has finished.
    tw::core::Result<QString> read(TokenStore &store, const QString &key)
    {
        std::optional<tw::core::Result<QString>> result;
        store.read(key, [&](tw::core::Result<QString> r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
            return tw::core::Result<QString>::failure(u"the keychain did not answer"_s);
        return std::move(*result);
    }

    tw::core::Status write(TokenStore &store, const QString &key, const QString &token)
    {
        std::optional<tw::core::Status> result;
        store.write(key, token, [&](tw::core::Status s) { result = std::move(s); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
            return tw::core::Status::failure(u"the keychain did not answer"_s);
        return *result;
    }

    tw::core::Status remove(TokenStore &store, const QString &key)
    {
        std::optional<tw::core::Status> result;
        store.remove(key, [&](tw::core::Status s) { result = std::move(s); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
            return tw::core::Status::failure(u"the keychain did not answer"_s);
        return *result;
    }

    QString m_service = u"Tweetworthy test "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

private Q_SLOTS:
    void keysAreScopedPerNetworkAndInstance()
    {
        QCOMPARE(TokenStore::xKey(), u"x/bearer-token"_s);
        QCOMPARE(TokenStore::mastodonKey(u" Mastodon.Social "_s), u"mastodon/mastodon.social"_s);
        QCOMPARE(TokenStore::environmentVariable(tw::core::Network::X), u"TWEETWORTHY_X_BEARER_TOKEN"_s);
        QCOMPARE(TokenStore::environmentVariable(tw::core::Network::Mastodon), u"TWEETWORTHY_MASTODON_TOKEN"_s);
    }

    void environmentTokenIsTrimmedAndEmptyWhenUnset()
    {
        qunsetenv("TWEETWORTHY_MASTODON_TOKEN");
        QVERIFY(TokenStore::environmentToken(tw::core::Network::Mastodon).isEmpty());
        qputenv("TWEETWORTHY_MASTODON_TOKEN", "  env-token \n");
        QCOMPARE(TokenStore::environmentToken(tw::core::Network::Mastodon), u"env-token"_s);
        qunsetenv("TWEETWORTHY_MASTODON_TOKEN");
    }

    void writeReadReplaceAndRemove()
    {
        TokenStore store;
        store.setServiceName(m_service);
        const QString key = TokenStore::xKey();

        auto absent = read(store, key);
        QVERIFY2(absent.ok(), qPrintable(absent.error()));
        QVERIFY(absent.value().isEmpty());

        auto written = write(store, key, u"first-test-bearer"_s);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        auto first = read(store, key);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first.value(), u"first-test-bearer"_s);

        QVERIFY(write(store, key, u"second-test-bearer"_s).ok());
        QCOMPARE(read(store, key).value(), u"second-test-bearer"_s);

        // Another instance's entry is a different secret.
        const QString other = TokenStore::mastodonKey(u"example.social"_s);
        QVERIFY(write(store, other, u"mastodon-test-token"_s).ok());
        QCOMPARE(read(store, key).value(), u"second-test-bearer"_s);
        QCOMPARE(read(store, other).value(), u"mastodon-test-token"_s);

        QVERIFY(remove(store, key).ok());
        QVERIFY(read(store, key).value().isEmpty());
        QVERIFY(remove(store, key).ok()); // removing what is gone is fine
        QVERIFY(remove(store, other).ok());
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "test_tokenstore.moc"
