#include <feedfixture.h>

#include <desk/feed/listeningruleeditor.h>
#include <desk/feed/listeningrulelistmodel.h>
#include <storage/auditlog.h>
#include <storage/listeningrulerepository.h>

#include <testdatabase.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::ListeningRuleEditor;

// The rules editor behind the rules dialog: the desk property's rules, added
// and removed off the UI thread with the staff name, refusals in words.
class TestListeningRuleEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTheDeskPropertysRules();
    void addsAndRemovesRules();
    void refusalsSayWhy();
};

void TestListeningRuleEditor::loadsTheDeskPropertysRules()
{
    TW_TEST_DATABASE(t);
    test::FeedFixture fixture;
    QVERIFY(fixture.fill(t->db()).isEmpty());
    core::ListeningRule rule;
    rule.propertyId = fixture.property;
    rule.value = u"@HarbourViewLX"_s;
    rule.tag = u"mentions"_s;
    QVERIFY(storage::ListeningRuleRepository(t->db()).add(rule, u"test"_s));

    ListeningRuleEditor editor(t->url());
    QAbstractItemModelTester tester(editor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor.setPropertyCode(u"hvl"_s);
    QSignalSpy loaded(&editor, &ListeningRuleEditor::loaded);
    editor.load();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(editor.property().id, fixture.property);
    QCOMPARE(editor.model()->rowCount(), 1);
    const QModelIndex value = editor.model()->index(0, desk::ListeningRuleListModel::ValueColumn);
    QCOMPARE(value.data().toString(), u"@HarbourViewLX"_s);
    QCOMPARE(editor.model()->index(0, desk::ListeningRuleListModel::TagColumn).data().toString(), u"mentions"_s);
    QCOMPARE(editor.model()->index(0, desk::ListeningRuleListModel::NetworkColumn).data().toString(), u"X"_s);
    QVERIFY(!value.data(Qt::ToolTipRole).toString().isEmpty()); // not on X's server yet
}

void TestListeningRuleEditor::addsAndRemovesRules()
{
    TW_TEST_DATABASE(t);
    test::FeedFixture fixture;
    QVERIFY(fixture.fill(t->db()).isEmpty());
    ListeningRuleEditor editor(t->url());
    QAbstractItemModelTester tester(editor.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor.setActor(u"Maria Santos"_s);
    QSignalSpy loaded(&editor, &ListeningRuleEditor::loaded);
    editor.load();
    QVERIFY(loaded.wait(10000));

    QSignalSpy added(&editor, &ListeningRuleEditor::added);
    QSignalSpy changed(&editor, &ListeningRuleEditor::rulesChanged);
    core::ListeningRule mastodon;
    mastodon.network = core::Network::Mastodon;
    mastodon.value = u"HarbourViewLisbon"_s;
    mastodon.instance = u"mastodon.social"_s;
    editor.add(mastodon);
    QVERIFY(editor.isBusy());
    QTRY_COMPARE(added.size(), 1);
    const auto rule = added.constFirst().at(0).value<core::ListeningRule>();
    QCOMPARE(rule.propertyId, fixture.property);
    QCOMPARE(rule.createdBy, u"Maria Santos"_s);
    QCOMPARE(editor.model()->rowCount(), 1);
    QCOMPARE(editor.model()->index(0, desk::ListeningRuleListModel::ValueColumn).data().toString(),
             u"#HarbourViewLisbon"_s);
    QCOMPARE(changed.size(), 1);

    QSignalSpy removed(&editor, &ListeningRuleEditor::removed);
    editor.remove(rule.id);
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(editor.model()->rowCount(), 0);
    QVERIFY(storage::ListeningRuleRepository(t->db()).forProperty(fixture.property).isEmpty());
    QCOMPARE(changed.size(), 2);
}

void TestListeningRuleEditor::refusalsSayWhy()
{
    TW_TEST_DATABASE(t);
    test::FeedFixture fixture;
    QVERIFY(fixture.fill(t->db()).isEmpty());
    ListeningRuleEditor editor(t->url());
    QSignalSpy failed(&editor, &ListeningRuleEditor::failed);
    core::ListeningRule early;
    early.value = u"@HarbourViewLX"_s;
    editor.add(early); // before the rules are read: no property yet
    QCOMPARE(failed.size(), 1);

    QSignalSpy loaded(&editor, &ListeningRuleEditor::loaded);
    editor.load();
    QVERIFY(loaded.wait(10000));
    core::ListeningRule noInstance;
    noInstance.network = core::Network::Mastodon;
    noInstance.value = u"Lisbon"_s;
    editor.add(noInstance);
    QTRY_COMPARE(failed.size(), 2);
    QVERIFY(!failed.constLast().at(0).toString().isEmpty());
    QCOMPARE(editor.model()->rowCount(), 0);

    editor.remove(424242);
    QTRY_COMPARE(failed.size(), 3);
    QVERIFY2(failed.constLast().at(0).toString().contains(u"424242"_s),
             qPrintable(failed.constLast().at(0).toString()));
}

QTEST_GUILESS_MAIN(TestListeningRuleEditor)
#include "test_listeningruleeditor.moc"
