#include <fakexserver.h>
#include <feedfixture.h>

#include <ui/feed/listeningrulesdialog.h>

#include <desk/feed/feedcontroller.h>
#include <desk/feed/listeningruleeditor.h>
#include <desk/feed/listeningrulelistmodel.h>
#include <storage/listeningrulerepository.h>

#include <testdatabase.h>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tw;
using ui::ListeningRulesDialog;

namespace {

// The dialog for the fixture's hotel, its rules read; token: the X token
// the controller hands out (empty: none).
struct Editor
{
    Editor(test::TestDatabase &t, const QString &token, const QUrl &apiBase = {})
        : controller(t.url())
    {
        controller.setTokenReader([token](core::Network network, const QStringList &, auto done) {
            done(network == core::Network::X ? token : QString());
        });
        if (apiBase.isValid()) {
            social::StreamOptions options;
            options.apiBase = apiBase;
            controller.setStreamOptions(core::Network::X, options);
        }
        dialog = std::make_unique<ListeningRulesDialog>(u"HVL"_s, &controller);
        dialog->setActor(u"Maria Santos"_s);
        dialog->show();
        QSignalSpy loaded(dialog->editor(), &desk::ListeningRuleEditor::loaded);
        dialog->load();
        ok = loaded.wait(10000);
    }

    void type(core::Network network, const QString &value, const QString &tag = {}, const QString &instance = {})
    {
        dialog->networkChoice()->setCurrentIndex(dialog->networkChoice()->findData(int(network)));
        dialog->valueField()->setText(value);
        dialog->tagField()->setText(tag);
        dialog->instanceField()->setText(instance);
    }

    int rows() const { return dialog->view()->model()->rowCount(); }

    desk::FeedController controller;
    std::unique_ptr<ListeningRulesDialog> dialog;
    bool ok = false;
};

} // namespace

// The listening rules dialog offscreen on both engines: adding and removing X
// and Mastodon rules from the keyboard, what is missing said in words, and X's
// dry run with X's own words for a rule it refuses.
class TestListeningRulesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addsAndRemovesRules();
    void saysWhatIsMissing();
    void asksXBeforeSaving();

private:
    std::unique_ptr<test::TestDatabase> m_db;
    test::FeedFixture m_fixture;
};

void TestListeningRulesDialog::init()
{
    QString error;
    m_db = test::TestDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    m_fixture = {};
    error = m_fixture.fill(m_db->db());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestListeningRulesDialog::cleanup()
{
    m_db.reset();
}

void TestListeningRulesDialog::addsAndRemovesRules()
{
    Editor editor(*m_db, {});
    QVERIFY(editor.ok);
    QCOMPARE(editor.rows(), 0);
    QVERIFY(!editor.dialog->hasChanges());
    QTRY_VERIFY(!editor.dialog->canValidate()); // no token: X checks rules when the feed connects

    editor.type(core::Network::X, u"@HarbourViewLX OR #HarbourViewLisbon -is:retweet"_s, u"mentions"_s);
    QVERIFY(editor.dialog->instanceField()->isHidden());
    // Enter in the form adds, as the default button.
    editor.dialog->valueField()->setFocus();
    QTest::keyClick(editor.dialog->valueField(), Qt::Key_Return);
    QTRY_COMPARE(editor.rows(), 1);
    QTRY_COMPARE(editor.dialog->messageText(), u"Rule saved."_s);
    QVERIFY(editor.dialog->valueField()->text().isEmpty());

    editor.type(core::Network::Mastodon, u"#HarbourViewLisbon"_s, {}, u"Mastodon.Social"_s);
    QVERIFY(!editor.dialog->instanceField()->isHidden());
    editor.dialog->addButton()->click();
    QTRY_COMPARE(editor.rows(), 2);
    QTRY_VERIFY2(editor.dialog->messageText().contains(u"mastodon.social"_s), qPrintable(editor.dialog->messageText()));
    QVERIFY(editor.dialog->hasChanges());

    const auto stored = storage::ListeningRuleRepository(m_db->db()).forProperty(m_fixture.property);
    QCOMPARE(stored.size(), 2);
    for (const core::ListeningRule &rule : stored)
        QCOMPARE(rule.createdBy, u"Maria Santos"_s);

    // Remove the X rule: select it, Delete.
    const auto *model = editor.dialog->editor()->model();
    int xRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rule(row).network == core::Network::X)
            xRow = row;
    }
    QVERIFY(xRow >= 0);
    editor.dialog->view()->setFocus();
    editor.dialog->view()->selectRow(xRow);
    QVERIFY(editor.dialog->removeButton()->isEnabled());
    editor.dialog->removeButton()->click();
    QTRY_COMPARE(editor.rows(), 1);
    QCOMPARE(model->rule(0).network, core::Network::Mastodon);
    QCOMPARE(storage::ListeningRuleRepository(m_db->db()).forProperty(m_fixture.property).size(), 1);
}

void TestListeningRulesDialog::saysWhatIsMissing()
{
    Editor editor(*m_db, {});
    QVERIFY(editor.ok);
    editor.type(core::Network::X, u"   "_s);
    editor.dialog->addButton()->click();
    QVERIFY2(editor.dialog->messageText().contains(u"Enter the rule"_s), qPrintable(editor.dialog->messageText()));
    editor.type(core::Network::Mastodon, u"Lisbon"_s);
    editor.dialog->addButton()->click();
    QVERIFY2(editor.dialog->messageText().contains(u"instance"_s), qPrintable(editor.dialog->messageText()));
    QCOMPARE(editor.dialog->focusWidget(), editor.dialog->instanceField());
    // The repository's own refusal, passed on.
    editor.type(core::Network::Mastodon, u"not a hashtag!"_s, {}, u"mastodon.social"_s);
    editor.dialog->addButton()->click();
    QTRY_VERIFY2(editor.dialog->messageText().startsWith(u"Not saved:"_s), qPrintable(editor.dialog->messageText()));
    QCOMPARE(editor.rows(), 0);
}

void TestListeningRulesDialog::asksXBeforeSaving()
{
    fakeapis::FakeXServer server;
    server.setToken(u"test-bearer"_s);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.setInvalidRule(u"@HarbourViewLX ("_s, u"Rules must contain balanced parentheses."_s);

    Editor editor(*m_db, u"test-bearer"_s, server.baseUrl());
    QVERIFY(editor.ok);
    QTRY_VERIFY(editor.dialog->canValidate());

    editor.type(core::Network::X, u"@HarbourViewLX ("_s);
    editor.dialog->addButton()->click();
    QTRY_VERIFY2(editor.dialog->messageText().contains(u"Rules must contain balanced parentheses."_s),
                 qPrintable(editor.dialog->messageText()));
    QCOMPARE(editor.rows(), 0);
    QCOMPARE(server.dryRunValues(), QStringList{u"@HarbourViewLX ("_s});
    QCOMPARE(editor.dialog->valueField()->text(), u"@HarbourViewLX ("_s); // there to correct

    editor.type(core::Network::X, u"@HarbourViewLX"_s);
    editor.dialog->addButton()->click();
    QTRY_COMPARE(editor.rows(), 1);
    QTRY_VERIFY2(editor.dialog->messageText().contains(u"X accepts the rule."_s),
                 qPrintable(editor.dialog->messageText()));
    QVERIFY(server.addedRules().isEmpty()); // only checked; the listener adds it
}

QTEST_MAIN(TestListeningRulesDialog)
#include "test_listeningrulesdialog.moc"
