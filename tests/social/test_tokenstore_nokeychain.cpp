#include <social/tokenstore.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::social::TokenStore;

// Run by ctest with a session bus address that leads nowhere: no Secret Service
// can answer. Every job must fail with a message for people (after its one
// retry), never crash, and never fall back to storing the token in plain text.
class TestTokenStoreNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s),
                 "run through ctest, which points the session bus at a socket that does not exist");
    }

    void readWriteAndRemoveFailWithAMessage()
    {
        TokenStore store;
        store.setServiceName(u"Tweetworthy no-keychain test"_s);

        std::optional<tw::core::Result<QString>> read;
        store.read(TokenStore::xKey(), [&](tw::core::Result<QString> r) { read = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20'000);
        QVERIFY(!read->ok());
        QVERIFY2(read->error().contains(u"keychain"_s), qPrintable(read->error()));

        std::optional<tw::core::Status> written;
        store.write(TokenStore::xKey(), u"test-bearer"_s, [&](tw::core::Status s) { written = s; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20'000);
        QVERIFY(!written->ok());
        QVERIFY2(written->error().contains(u"keychain"_s), qPrintable(written->error()));
        QVERIFY2(!written->error().contains(u"test-bearer"_s), "a message must never show the token");
    }
};

QTEST_GUILESS_MAIN(TestTokenStoreNoKeychain)
#include "test_tokenstore_nokeychain.moc"
