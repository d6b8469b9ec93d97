#include <ui/cards/cardtemplatesdialog.h>
#include <ui/settings.h>

#include <storage/auditlog.h>
#include <storage/cardtemplaterepository.h>

#include <testdatabase.h>

#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using namespace tw;
using ui::CardTemplatesDialog;
using ui::Settings;

namespace {

template <typename T>
T *child(const QWidget &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

void typeAtEnd(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus(Qt::OtherFocusReason);
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, text);
}

} // namespace

// The template manager, offscreen and on both engines: the built-in templates
// listed and editable but not removable, a template of the staff's own added
// and removed with the staff name in the audit, unknown fields refused, and an
// edit that meets someone else's newer save reported without overwriting it.
class TestCardTemplatesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void listsTheBuiltInTemplates();
    void editBuiltInTemplate();
    void addAndRemoveOwnTemplate();
    void unknownFieldRefused();
    void conflictIsReportedAndReloadShowsTheirs();
};

void TestCardTemplatesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"test_cardtemplatesdialog_"_s + test::TestDatabase::engineName());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestCardTemplatesDialog::init()
{
    QFile::remove(Settings().fileName());
}

void TestCardTemplatesDialog::listsTheBuiltInTemplates()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    CardTemplatesDialog dialog(t->url(), settings);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    QStringList names;
    for (const core::CardTemplate &tmpl : dialog.templates())
        names.append(tmpl.name);
    for (const QString &name : {u"welcome"_s, u"thank_you"_s, u"apology"_s, u"birthday"_s, u"anniversary"_s})
        QVERIFY2(names.contains(name), qPrintable(name));
    QVERIFY(dialog.selectTemplate(u"welcome"_s));
    QVERIFY(child<QPlainTextEdit>(dialog, "templateBody")->toPlainText().contains(u"{first_name}"_s));
    // Built in: editable, never removed.
    QVERIFY(child<QPlainTextEdit>(dialog, "templateBody")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "removeTemplateButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "saveTemplateButton")->isEnabled());

    // Another desk adds one: it shows without a reload.
    core::CardTemplate added;
    added.name = u"spa_day"_s;
    added.body = u"Dear {first_name}, your spa day is booked."_s;
    QVERIFY(storage::CardTemplateRepository(t->db()).add(added, u"Tom Night"_s));
    QTRY_VERIFY(dialog.selectTemplate(u"spa_day"_s));
}

void TestCardTemplatesDialog::editBuiltInTemplate()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria Lopez"_s);
    CardTemplatesDialog dialog(t->url(), settings);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    QVERIFY(dialog.selectTemplate(u"birthday"_s));
    auto *body = child<QPlainTextEdit>(dialog, "templateBody");
    typeAtEnd(body, QString());
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, u"P.S. Cake at nine."_s);
    QVERIFY(dialog.hasUnsavedChanges());
    // The list waits until the edit is saved or undone.
    QVERIFY(!child<QListWidget>(dialog, "templateList")->isEnabled());
    QSignalSpy saved(&dialog, &CardTemplatesDialog::saved);
    // Closing now asks first; "go back" keeps the window and the edits.
    int asked = 0;
    dialog.setDiscardQuestion([&](QWidget *) {
        ++asked;
        return false;
    });
    QVERIFY(!dialog.close());
    QCOMPARE(asked, 1);
    QVERIFY(dialog.hasUnsavedChanges());

    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(saved.count(), 1);
    const auto stored = storage::CardTemplateRepository(t->db()).byName(u"birthday"_s);
    QVERIFY(stored);
    QVERIFY(stored->body.endsWith(u"P.S. Cake at nine."_s));
    QCOMPARE(stored->updatedBy, u"Maria Lopez"_s);
    QVERIFY(!dialog.hasUnsavedChanges());
    QVERIFY(child<QListWidget>(dialog, "templateList")->isEnabled());
    // Saved: closing asks nothing.
    QVERIFY(dialog.close());
    QCOMPARE(asked, 1);
}

void TestCardTemplatesDialog::addAndRemoveOwnTemplate()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria Lopez"_s);
    CardTemplatesDialog dialog(t->url(), settings);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());

    dialog.addTemplate();
    auto *name = child<QLineEdit>(dialog, "templateName");
    QVERIFY(name->hasFocus() || name->isEnabled());
    QTest::keyClicks(name, u"late_checkout"_s);
    QSignalSpy saved(&dialog, &CardTemplatesDialog::saved);
    QVERIFY(dialog.save());
    QTRY_COMPARE(saved.count(), 1);
    const auto added = storage::CardTemplateRepository(t->db()).byName(u"late_checkout"_s);
    QVERIFY(added);
    QVERIFY(!added->builtIn);
    QVERIFY(added->body.contains(u"{first_name}"_s));
    QVERIFY(child<QPushButton>(dialog, "removeTemplateButton")->isEnabled());

    // Removing asks first; "no" keeps it.
    int asked = 0;
    bool answer = false;
    dialog.setRemoveQuestion([&](QWidget *, const core::CardTemplate &tmpl) {
        ++asked;
        return tmpl.name == u"late_checkout"_s && answer;
    });
    dialog.removeTemplate();
    QCOMPARE(asked, 1);
    QTest::qWait(50);
    QVERIFY(storage::CardTemplateRepository(t->db()).byName(u"late_checkout"_s));
    answer = true;
    QSignalSpy removed(&dialog, &CardTemplatesDialog::removed);
    child<QPushButton>(dialog, "removeTemplateButton")->click();
    QTRY_COMPARE(removed.count(), 1);
    QVERIFY(!storage::CardTemplateRepository(t->db()).byName(u"late_checkout"_s));
    bool audited = false;
    for (const core::AuditEntry &entry : storage::AuditLog(t->db()).forEntity(u"card_template"_s, added->id))
        audited = audited || (entry.action == u"card_template.remove"_s && entry.actor == u"Maria Lopez"_s);
    QVERIFY(audited);
}

void TestCardTemplatesDialog::unknownFieldRefused()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    CardTemplatesDialog dialog(t->url(), settings);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    QVERIFY(dialog.selectTemplate(u"welcome"_s));
    typeAtEnd(child<QPlainTextEdit>(dialog, "templateBody"), u" {favourite_drink}"_s);
    auto *issues = child<QLabel>(dialog, "templateIssues");
    QVERIFY(issues->isVisible());
    QVERIFY(issues->text().contains(u"favourite_drink"_s));
    QVERIFY(!child<QPushButton>(dialog, "saveTemplateButton")->isEnabled());
    QVERIFY(!dialog.save());
}

void TestCardTemplatesDialog::conflictIsReportedAndReloadShowsTheirs()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria Lopez"_s);
    CardTemplatesDialog dialog(t->url(), settings);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    QVERIFY(dialog.selectTemplate(u"apology"_s));
    typeAtEnd(child<QPlainTextEdit>(dialog, "templateBody"), u" Mine."_s);

    // Another desk saves first.
    storage::CardTemplateRepository other(t->db());
    core::CardTemplate theirs = *other.byName(u"apology"_s);
    theirs.body += u" Theirs."_s;
    QVERIFY(other.update(theirs, u"Tom Night"_s));

    QSignalSpy conflict(&dialog, &CardTemplatesDialog::conflict);
    QVERIFY(dialog.save());
    QTRY_COMPARE(conflict.count(), 1);
    QVERIFY(dialog.hasConflict());
    QVERIFY(child<QFrame>(dialog, "templateBanner")->isVisible());
    const QString message = child<QLabel>(dialog, "templateBannerText")->text();
    QVERIFY2(message.contains(u"Tom Night"_s), qPrintable(message));
    // Nothing overwritten, and no second try until resolved.
    QVERIFY(other.byName(u"apology"_s)->body.endsWith(u" Theirs."_s));
    QVERIFY(!child<QPushButton>(dialog, "saveTemplateButton")->isEnabled());

    child<QPushButton>(dialog, "templateReloadButton")->click();
    QTRY_VERIFY(!dialog.hasConflict());
    QVERIFY(child<QPlainTextEdit>(dialog, "templateBody")->toPlainText().endsWith(u" Theirs."_s));
    QVERIFY(!child<QFrame>(dialog, "templateBanner")->isVisible());
    QVERIFY(!dialog.hasUnsavedChanges());
}

QTEST_MAIN(TestCardTemplatesDialog)
#include "test_cardtemplatesdialog.moc"
