#include <ui/feed/networktokenspane.h>
#include <ui/settings.h>
#include <ui/shell/settingsdialog.h>

#include <social/tokenstore.h>

#include <testdatabase.h>

#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using ui::NetworkTokensPane;

namespace {

// An in-memory keychain, or one that cannot be reached.
struct FakeKeychain
{
    QHash<QString, QString> entries;
    QString failure; // non-empty: every job fails with it

    NetworkTokensPane::Backend backend()
    {
        NetworkTokensPane::Backend b;
        b.read = [this](const QString &key, std::function<void(core::Result<QString>)> done) {
            if (!failure.isEmpty())
                done(core::Result<QString>::failure(failure));
            else
                done(entries.value(key));
        };
        b.write = [this](const QString &key, const QString &token, std::function<void(core::Status)> done) {
            if (!failure.isEmpty()) {
                done(core::Status::failure(failure));
                return;
            }
            entries.insert(key, token);
            done(core::Status{});
        };
        b.remove = [this](const QString &key, std::function<void(core::Status)> done) {
            if (!failure.isEmpty()) {
                done(core::Status::failure(failure));
                return;
            }
            entries.remove(key);
            done(core::Status{});
        };
        return b;
    }
};

} // namespace

// The Networks tab of Settings: tokens go to the keychain and nowhere else,
// are never shown again, a missing keychain is said plainly, and Settings
// will not close on a token typed but not saved.
class TestNetworkTokensPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void savesTheXTokenInTheKeychainOnly();
    void mastodonTokensBelongToAnInstance();
    void saysWhenNoKeychainIsReachable();
    void removesATokenAndTellsTheFeed();
    void settingsKeepsAnUnsavedToken();
};

void TestNetworkTokensPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"test_networktokenspane_"_s + test::TestDatabase::engineName());
    QFile::remove(ui::Settings().fileName());
}

void TestNetworkTokensPane::savesTheXTokenInTheKeychainOnly()
{
    FakeKeychain keychain;
    NetworkTokensPane pane;
    pane.setBackend(keychain.backend());
    pane.refresh();
    QCOMPARE(pane.xStatus(), u"No token is stored yet."_s);
    QCOMPARE(pane.xTokenField()->echoMode(), QLineEdit::Password);
    QVERIFY(!pane.xTokenField()->accessibleName().isEmpty());

    QSignalSpy changed(&pane, &NetworkTokensPane::tokensChanged);
    QTest::keyClicks(pane.xTokenField(), u"test-bearer-123"_s);
    QVERIFY(pane.hasUnsavedToken());
    pane.saveXButton()->click();
    QCOMPARE(keychain.entries.value(social::TokenStore::xKey()), u"test-bearer-123"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().at(0).value<core::Network>(), core::Network::X);
    QVERIFY(pane.xTokenField()->text().isEmpty()); // not kept on screen
    QVERIFY(!pane.hasUnsavedToken());
    QVERIFY(pane.xStatus().contains(u"Saved in the keychain"_s));

    pane.refresh();
    QVERIFY(pane.xStatus().contains(u"A token is stored"_s));
    QVERIFY(!pane.xStatus().contains(u"test-bearer-123"_s));

    // Nothing of it in the settings file.
    ui::Settings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains("test-bearer-123"));

    // Saving nothing says what to do.
    pane.saveXButton()->click();
    QVERIFY(pane.xStatus().contains(u"Paste the Bearer token"_s));
    QCOMPARE(changed.size(), 1);
}

void TestNetworkTokensPane::mastodonTokensBelongToAnInstance()
{
    FakeKeychain keychain;
    NetworkTokensPane pane;
    pane.setBackend(keychain.backend());
    pane.refresh();
    QVERIFY(pane.mastodonStatus().contains(u"instance"_s));
    pane.mastodonTokenField()->setText(u"test-mastodon"_s);
    pane.saveMastodonButton()->click();
    QVERIFY(pane.mastodonStatus().contains(u"Enter the instance"_s));
    QVERIFY(keychain.entries.isEmpty());

    pane.mastodonInstanceField()->setText(u"Mastodon.Social "_s);
    pane.saveMastodonButton()->click();
    QCOMPARE(keychain.entries.value(social::TokenStore::mastodonKey(u"mastodon.social"_s)), u"test-mastodon"_s);
    QVERIFY(pane.mastodonTokenField()->text().isEmpty());
}

void TestNetworkTokensPane::saysWhenNoKeychainIsReachable()
{
    FakeKeychain keychain;
    keychain.failure = u"The system keychain is not available (Cannot autolaunch D-Bus without X11 $DISPLAY). Sign "
                       "in to a desktop session with a keyring."_s;
    NetworkTokensPane pane;
    pane.setBackend(keychain.backend());
    pane.refresh();
    QVERIFY2(pane.xStatus().contains(u"keychain is not available"_s), qPrintable(pane.xStatus()));
    QSignalSpy changed(&pane, &NetworkTokensPane::tokensChanged);
    pane.xTokenField()->setText(u"test-bearer"_s);
    pane.saveXButton()->click();
    QVERIFY2(pane.xStatus().startsWith(u"The token was not saved:"_s), qPrintable(pane.xStatus()));
    QVERIFY(pane.xStatus().contains(u"keychain is not available"_s));
    QCOMPARE(changed.size(), 0);
    // Kept in the field to try again, never written elsewhere.
    QCOMPARE(pane.xTokenField()->text(), u"test-bearer"_s);
}

void TestNetworkTokensPane::removesATokenAndTellsTheFeed()
{
    FakeKeychain keychain;
    keychain.entries.insert(social::TokenStore::xKey(), u"test-bearer"_s);
    NetworkTokensPane pane;
    pane.setBackend(keychain.backend());
    pane.refresh();
    QSignalSpy changed(&pane, &NetworkTokensPane::tokensChanged);
    pane.removeXButton()->click();
    QVERIFY(keychain.entries.isEmpty());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(pane.xStatus(), u"No token is stored now."_s);
}

void TestNetworkTokensPane::settingsKeepsAnUnsavedToken()
{
    TW_TEST_DATABASE(t);
    ui::Settings settings;
    settings.setValue(ui::Settings::Key::StaffName, u"Maria Santos"_s);
    ui::SettingsDialog dialog(t->url(), settings);
    QSignalSpy loaded(&dialog, &ui::SettingsDialog::loaded);
    QVERIFY(loaded.wait(10000));
    auto *pane = dialog.findChild<NetworkTokensPane *>();
    QVERIFY(pane);
    FakeKeychain keychain;
    pane->setBackend(keychain.backend());
    dialog.showTab(ui::SettingsDialog::Tab::Networks);
    QCOMPARE(dialog.currentTab(), ui::SettingsDialog::Tab::Networks);
    pane->xTokenField()->setText(u"test-bearer"_s);
    dialog.showTab(ui::SettingsDialog::Tab::Desk);

    QSignalSpy failed(&dialog, &ui::SettingsDialog::saveFailed);
    dialog.save();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.constFirst().at(0).toString().contains(u"not saved"_s));
    QCOMPARE(dialog.currentTab(), ui::SettingsDialog::Tab::Networks);

    QSignalSpy tokens(&dialog, &ui::SettingsDialog::networkTokensChanged);
    pane->saveXButton()->click();
    QCOMPARE(tokens.size(), 1);
    QSignalSpy saved(&dialog, &ui::SettingsDialog::saved);
    dialog.save();
    QTRY_COMPARE(saved.size(), 1);
}

QTEST_MAIN(TestNetworkTokensPane)
#include "test_networktokenspane.moc"
