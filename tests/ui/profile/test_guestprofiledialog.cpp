#include <profilefixture.h>

#include <ui/profile/guestprofiledialog.h>
#include <ui/settings.h>

#include <desk/profile/guestprofile.h>
#include <desk/profile/socialaccountlistmodel.h>
#include <storage/auditlog.h>
#include <storage/guestrepository.h>
#include <storage/socialaccountrepository.h>

#include <testdatabase.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFont>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using ui::GuestProfileDialog;
using ui::Settings;
using Column = desk::SocialAccountListModel::Column;

namespace {

#define TW_SEED_PROFILE(t)                                                                                             \
    QString t##SeedError;                                                                                              \
    const std::optional<test::ProfileFixture> t##Seeded = test::ProfileFixture::seed(t->db(), &t##SeedError);          \
    QVERIFY2(t##Seeded, qPrintable(t##SeedError));                                                                     \
    const test::ProfileFixture &fixture = *t##Seeded

template <typename T>
T *child(const QWidget &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

// Replaces the text as a person would: select all, type.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

// Leaves a field (its problems show from then on), as Tab would.
void leave(QLineEdit *edit)
{
    Q_EMIT edit->editingFinished();
}

int rowOfAccount(const QAbstractItemModel *model, core::Id accountId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(desk::SocialAccountListModel::AccountIdRole).toLongLong() == accountId)
            return row;
    }
    return -1;
}

int rowOfHandle(const QAbstractItemModel *model, const QString &shown)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, Column::HandleColumn).data().toString() == shown)
            return row;
    }
    return -1;
}

bool italic(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data(Qt::FontRole).value<QFont>().italic();
}

} // namespace

// The profile window on a seeded guest, offscreen and on both engines:
// loading, editing with validation next to the fields, saving with the staff
// name in the audit log, conflicts with another desk, social accounts linked,
// confirmed and unlinked, and the question on closing with unsaved edits.
class TestGuestProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void opensOnTheSeededGuest();
    void validationErrorNextToTheFieldAndSaveRefused();
    void validSavePersistsWithTheStaffName();
    void conflictIsReportedAndReloadShowsTheirs();
    void changesElsewhereShowWhenNotEditing();
    void linkHandleListedAsConfirmed();
    void invalidHandleShownInline();
    void suggestedLinkLooksDifferent();
    void confirmSuggestedLink();
    void unlinkRemovesTheRow();
    void closingWithUnsavedChanges();
    void oneWindowPerGuest();
    void controlsHaveAccessibleNames();
};

void TestGuestProfileDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"test_guestprofiledialog_"_s + test::TestDatabase::engineName());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestGuestProfileDialog::init()
{
    QFile::remove(Settings().fileName());
}

void TestGuestProfileDialog::opensOnTheSeededGuest()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria Lopez"_s);
    GuestProfileDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());

    QCOMPARE(child<QLabel>(dialog, "guestName")->text(), u"Anna Berg"_s);
    QVERIFY(dialog.windowTitle().contains(u"Anna Berg"_s));
    QVERIFY(child<QLabel>(dialog, "guestSummary")->text().contains(u"VIP code: V2"_s));
    QCOMPARE(child<QLineEdit>(dialog, "firstNameEdit")->text(), u"Anna"_s);
    QCOMPARE(child<QLineEdit>(dialog, "emailEdit")->text(), fixture.anna.email);
    QCOMPARE(child<QLineEdit>(dialog, "phoneEdit")->text(), fixture.anna.phone);
    QCOMPARE(child<QLineEdit>(dialog, "loyaltyEdit")->text(), u"GX 100 200"_s);
    QCOMPARE(child<QLineEdit>(dialog, "vipCodeEdit")->text(), u"V2"_s);
    QCOMPARE(child<QPlainTextEdit>(dialog, "preferencesEdit")->toPlainText(), u"Feather-free pillows"_s);
    QVERIFY(child<QCheckBox>(dialog, "consentCheck")->isChecked());
    QCOMPARE(child<QPlainTextEdit>(dialog, "notesEdit")->toPlainText(), u"Likes a quiet room"_s);
    QVERIFY(!dialog.hasUnsavedChanges());
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    QVERIFY(child<QLabel>(dialog, "actorLabel")->text().contains(u"Maria Lopez"_s));

    const QTableView *stays = child<QTableView>(dialog, "staysView");
    QCOMPARE(stays->model()->rowCount(), 2);
    QCOMPARE(stays->model()->index(1, 3).data().toString(), u"10/03/2024"_s); // the user's locale
    QCOMPARE(child<QTableView>(dialog, "accountsView")->model()->rowCount(), 2);
    QVERIFY(child<QTableView>(dialog, "timelineView")->model()->rowCount() >= 6);
}

void TestGuestProfileDialog::validationErrorNextToTheFieldAndSaveRefused()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Settings settings;
    GuestProfileDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(dialog.isLoaded());

    auto *email = child<QLineEdit>(dialog, "emailEdit");
    auto *message = child<QLabel>(dialog, "emailMessage");
    auto *save = child<QPushButton>(dialog, "saveButton");
    retype(email, u"anna.berg.example"_s);
    // Typing alone shows nothing yet, but Save is off already.
    QVERIFY(!message->isVisible());
    QVERIFY(dialog.hasUnsavedChanges());
    QVERIFY(!save->isEnabled());
    leave(email);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"@"_s), qPrintable(message->text()));
    QCOMPARE(email->accessibleDescription(), message->text());
    QVERIFY(!message->accessibleName().isEmpty());
    // Directly under its field.
    const QRect field(email->mapTo(&dialog, QPoint(0, 0)), email->size());
    const QRect below(message->mapTo(&dialog, QPoint(0, 0)), message->size());
    QVERIFY(below.top() >= field.bottom());
    QVERIFY(below.top() - field.bottom() < field.height());
    QVERIFY(below.left() >= field.left() && below.left() < field.left() + field.height() * 2);

    // Ctrl+S is refused: nothing reaches the database.
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!dialog.save());
    QVERIFY(child<QLabel>(dialog, "profileStatus")->text().contains(u"Not saved"_s));
    QTest::qWait(100);
    QCOMPARE(storage::GuestRepository(t->db()).byId(fixture.anna.id)->email, fixture.anna.email);
    QCOMPARE(storage::GuestRepository(t->db()).byId(fixture.anna.id)->version, fixture.anna.version);

    // No name at all: the message is under the first name.
    auto *first = child<QLineEdit>(dialog, "firstNameEdit");
    auto *last = child<QLineEdit>(dialog, "lastNameEdit");
    retype(first, QString());
    leave(first);
    retype(last, QString());
    leave(last);
    auto *nameMessage = child<QLabel>(dialog, "nameMessage");
    QVERIFY(nameMessage->isVisible());
    QVERIFY(nameMessage->text().contains(u"first name or a last name"_s));

    // Fixing a field clears its message as one types.
    retype(email, u"anna@berg.example"_s);
    QVERIFY(!message->isVisible());
    QVERIFY(email->accessibleDescription().isEmpty());
    retype(last, u"Berg"_s);
    QVERIFY(!nameMessage->isVisible());
    QVERIFY(save->isEnabled());

    // A phone number with letters.
    auto *phone = child<QLineEdit>(dialog, "phoneEdit");
    retype(phone, u"call me"_s);
    leave(phone);
    QVERIFY(child<QLabel>(dialog, "phoneMessage")->isVisible());
    QVERIFY(!save->isEnabled());
}

void TestGuestProfileDialog::validSavePersistsWithTheStaffName()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria Lopez"_s);
    GuestProfileDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_VERIFY(dialog.isLoaded());

    retype(child<QLineEdit>(dialog, "phoneEdit"), u"+351 21 555 0101"_s);
    auto *notes = child<QPlainTextEdit>(dialog, "notesEdit");
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, u"; allergic to lilies"_s);
    QVERIFY(dialog.isWindowModified());
    QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);

    QTRY_VERIFY(!dialog.hasUnsavedChanges() && !dialog.profile()->isBusy());
    const std::optional<core::Guest> stored = storage::GuestRepository(t->db()).byId(fixture.anna.id);
    QCOMPARE(stored->phone, u"+351 21 555 0101"_s);
    QCOMPARE(stored->notes, u"Likes a quiet room; allergic to lilies"_s);
    QCOMPARE(stored->version, fixture.anna.version + 1);
    const core::AuditEntry audit = storage::AuditLog(t->db()).forGuest(fixture.anna.id).last();
    QCOMPARE(audit.action, u"guest.update"_s);
    QCOMPARE(audit.actor, u"Maria Lopez"_s);
    QVERIFY(!dialog.isWindowModified());
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    QVERIFY(child<QLabel>(dialog, "profileStatus")->text().contains(u"Saved"_s));
    // The change is on the timeline, by whom it was made.
    const QAbstractItemModel *timeline = child<QTableView>(dialog, "timelineView")->model();
    QTRY_VERIFY(timeline->match(timeline->index(0, 3), Qt::DisplayRole, u"Maria Lopez"_s).size() >= 1);

    // Revert undoes unsaved edits only.
    retype(child<QLineEdit>(dialog, "vipCodeEdit"), u"V9"_s);
    QVERIFY(dialog.hasUnsavedChanges());
    QTest::mouseClick(child<QPushButton>(dialog, "revertButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(dialog, "vipCodeEdit")->text(), u"V2"_s);
    QCOMPARE(child<QLineEdit>(dialog, "phoneEdit")->text(), u"+351 21 555 0101"_s);
    QVERIFY(!dialog.hasUnsavedChanges());
}

void TestGuestProfileDialog::conflictIsReportedAndReloadShowsTheirs()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria Lopez"_s);
    GuestProfileDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    retype(child<QLineEdit>(dialog, "emailEdit"), u"anna@mine.example"_s);

    // Another desk saves a new phone number meanwhile.
    std::unique_ptr<storage::Database> other = t->openAnother();
    QVERIFY(other);
    core::Guest theirs = fixture.anna;
    theirs.phone = u"+351 21 111 1111"_s;
    QVERIFY(storage::GuestRepository(*other).update(theirs, u"Jonas"_s));
    dialog.save(); // refused at once if the window already noticed, by the database otherwise

    auto *banner = child<QWidget>(dialog, "profileBanner");
    QTRY_VERIFY(banner->isVisible());
    const QString text = child<QLabel>(dialog, "profileBannerText")->text();
    QVERIFY2(text.contains(u"changed"_s) && text.contains(u"eload"_s), qPrintable(text));
    QVERIFY(child<QPushButton>(dialog, "profileReloadButton")->isVisible());
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    QVERIFY(!dialog.save());
    // Nothing was overwritten.
    const std::optional<core::Guest> stored = storage::GuestRepository(t->db()).byId(fixture.anna.id);
    QCOMPARE(stored->email, fixture.anna.email);
    QCOMPARE(stored->phone, u"+351 21 111 1111"_s);
    QCOMPARE(storage::AuditLog(t->db()).forGuest(fixture.anna.id).last().actor, u"Jonas"_s);

    QTest::mouseClick(child<QPushButton>(dialog, "profileReloadButton"), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "phoneEdit")->text(), u"+351 21 111 1111"_s);
    QCOMPARE(child<QLineEdit>(dialog, "emailEdit")->text(), fixture.anna.email);
    QVERIFY(!dialog.hasUnsavedChanges());

    // Now built on their version, the same edit saves.
    retype(child<QLineEdit>(dialog, "emailEdit"), u"anna@mine.example"_s);
    QVERIFY(dialog.save());
    QTRY_COMPARE(storage::GuestRepository(t->db()).byId(fixture.anna.id)->email, u"anna@mine.example"_s);
    QCOMPARE(storage::GuestRepository(t->db()).byId(fixture.anna.id)->phone, u"+351 21 111 1111"_s);
}

void TestGuestProfileDialog::changesElsewhereShowWhenNotEditing()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Settings settings;
    GuestProfileDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());

    std::unique_ptr<storage::Database> other = t->openAnother();
    QVERIFY(other);
    core::Guest theirs = fixture.anna;
    theirs.vipCode = u"V3"_s;
    QVERIFY(storage::GuestRepository(*other).update(theirs, u"Jonas"_s));
    QTRY_COMPARE(child<QLineEdit>(dialog, "vipCodeEdit")->text(), u"V3"_s);
    QVERIFY(!child<QWidget>(dialog, "profileBanner")->isVisible());
    QVERIFY(!dialog.hasUnsavedChanges());

    // With an edit under way, a change elsewhere is announced instead of applied;
    // Revert drops the edit and shows what is stored now.
    retype(child<QLineEdit>(dialog, "loyaltyEdit"), u"GX 1"_s);
    theirs.version += 1;
    theirs.vipCode = u"V4"_s;
    QVERIFY(storage::GuestRepository(*other).update(theirs, u"Jonas"_s));
    QTRY_VERIFY(child<QWidget>(dialog, "profileBanner")->isVisible());
    QVERIFY2(child<QLabel>(dialog, "profileBannerText")->text().contains(u"VIP code"_s),
             qPrintable(child<QLabel>(dialog, "profileBannerText")->text()));
    QCOMPARE(child<QLineEdit>(dialog, "vipCodeEdit")->text(), u"V3"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "revertButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(dialog, "vipCodeEdit")->text(), u"V4"_s);
    QCOMPARE(child<QLineEdit>(dialog, "loyaltyEdit")->text(), u"GX 100 200"_s);
    QVERIFY(!child<QWidget>(dialog, "profileBanner")->isVisible());
}

void TestGuestProfileDialog::linkHandleListedAsConfirmed()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria Lopez"_s);
    GuestProfileDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    child<QTabWidget>(dialog, "profileTabs")->setCurrentIndex(2);

    auto *network = child<QComboBox>(dialog, "networkCombo");
    auto *handle = child<QLineEdit>(dialog, "handleEdit");
    const QAbstractItemModel *accounts = child<QTableView>(dialog, "accountsView")->model();
    QAbstractItemModelTester tester(const_cast<QAbstractItemModel *>(accounts),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    network->setCurrentIndex(network->findData(int(core::Network::X)));
    handle->setFocus();
    QTest::keyClicks(handle, u"@Anna_Travels"_s);
    QTest::keyClick(handle, Qt::Key_Return);

    QTRY_VERIFY(rowOfHandle(accounts, u"@anna_travels"_s) >= 0);
    const int row = rowOfHandle(accounts, u"@anna_travels"_s);
    QCOMPARE(accounts->index(row, Column::StateColumn).data().toString(), u"Confirmed"_s);
    QCOMPARE(accounts->index(row, Column::LinkedByColumn).data().toString(), u"Maria Lopez"_s);
    QVERIFY(!italic(accounts, row, Column::HandleColumn));
    QVERIFY(!accounts->index(row, Column::StateColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(handle->text().isEmpty());
    QVERIFY(child<QLabel>(dialog, "accountsStatus")->text().contains(u"@anna_travels"_s));
    const auto stored = storage::SocialAccountRepository(t->db()).byHandle(core::Network::X, u"anna_travels"_s);
    QVERIFY(stored);
    QCOMPARE(stored->guestId, fixture.anna.id);
    QCOMPARE(stored->state, core::LinkState::Confirmed);
}

void TestGuestProfileDialog::invalidHandleShownInline()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Settings settings;
    GuestProfileDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    child<QTabWidget>(dialog, "profileTabs")->setCurrentIndex(2);

    auto *network = child<QComboBox>(dialog, "networkCombo");
    auto *handle = child<QLineEdit>(dialog, "handleEdit");
    auto *message = child<QLabel>(dialog, "handleMessage");
    network->setCurrentIndex(network->findData(int(core::Network::Mastodon)));
    handle->setFocus();
    QTest::keyClicks(handle, u"just-a-name"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "linkButton"), Qt::LeftButton);
    QVERIFY(message->isVisible()); // at once: the handle never went to the database
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(handle->accessibleDescription(), message->text());
    QVERIFY(!dialog.profile()->isBusy());
    // Typing a real handle clears it.
    QTest::keyClicks(handle, u"@mastodon.social"_s);
    QVERIFY(!message->isVisible());

    // A handle of another guest is refused by the database, also inline.
    handle->clear();
    network->setCurrentIndex(network->findData(int(core::Network::X)));
    QTest::keyClicks(handle, u"carl_o"_s);
    QTest::keyClick(handle, Qt::Key_Return);
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"Carl Olsen"_s), qPrintable(message->text()));
    QCOMPARE(child<QTableView>(dialog, "accountsView")->model()->rowCount(), 2);
}

void TestGuestProfileDialog::suggestedLinkLooksDifferent()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Settings settings;
    GuestProfileDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());

    const QAbstractItemModel *accounts = child<QTableView>(dialog, "accountsView")->model();
    const int suggested = rowOfAccount(accounts, fixture.annaOnMastodon.id);
    const int confirmed = rowOfAccount(accounts, fixture.annaOnX.id);
    QVERIFY(suggested >= 0 && confirmed >= 0);
    // Words...
    QVERIFY(accounts->index(suggested, Column::StateColumn).data().toString().contains(u"Suggested"_s));
    QCOMPARE(accounts->index(confirmed, Column::StateColumn).data().toString(), u"Confirmed"_s);
    // ...type...
    for (int column = 0; column < accounts->columnCount(); ++column) {
        QVERIFY(italic(accounts, suggested, column));
        QVERIFY(!italic(accounts, confirmed, column));
    }
    // ...and an icon of its own; never colour alone.
    const QIcon suggestedIcon = accounts->index(suggested, Column::StateColumn).data(Qt::DecorationRole).value<QIcon>();
    const QIcon confirmedIcon = accounts->index(confirmed, Column::StateColumn).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!suggestedIcon.isNull() && !confirmedIcon.isNull());
    QVERIFY(suggestedIcon.cacheKey() != confirmedIcon.cacheKey());
    QVERIFY(!accounts->index(suggested, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(!accounts->index(suggested, Column::HandleColumn).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestGuestProfileDialog::confirmSuggestedLink()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria Lopez"_s);
    GuestProfileDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    child<QTabWidget>(dialog, "profileTabs")->setCurrentIndex(2);

    auto *view = child<QTableView>(dialog, "accountsView");
    auto *confirm = child<QPushButton>(dialog, "confirmButton");
    view->selectRow(rowOfAccount(view->model(), fixture.annaOnX.id));
    QVERIFY(!confirm->isEnabled()); // already confirmed
    view->selectRow(rowOfAccount(view->model(), fixture.annaOnMastodon.id));
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);

    QTRY_COMPARE(view->model()
                     ->index(rowOfAccount(view->model(), fixture.annaOnMastodon.id), Column::StateColumn)
                     .data()
                     .toString(),
                 u"Confirmed"_s);
    QVERIFY(!italic(view->model(), rowOfAccount(view->model(), fixture.annaOnMastodon.id), Column::HandleColumn));
    QCOMPARE(storage::SocialAccountRepository(t->db()).byId(fixture.annaOnMastodon.id)->state,
             core::LinkState::Confirmed);
    QCOMPARE(storage::AuditLog(t->db()).forGuest(fixture.anna.id).last().actor, u"Maria Lopez"_s);
}

void TestGuestProfileDialog::unlinkRemovesTheRow()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Settings settings;
    GuestProfileDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_VERIFY(dialog.isLoaded());
    child<QTabWidget>(dialog, "profileTabs")->setCurrentIndex(2);

    auto *view = child<QTableView>(dialog, "accountsView");
    auto *unlink = child<QPushButton>(dialog, "unlinkButton");
    QVERIFY(!unlink->isEnabled());
    view->selectRow(rowOfAccount(view->model(), fixture.annaOnX.id));
    QVERIFY(unlink->isEnabled());
    QTest::mouseClick(unlink, Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(rowOfAccount(view->model(), fixture.annaOnX.id), -1);
    QVERIFY(!storage::SocialAccountRepository(t->db()).byId(fixture.annaOnX.id));

    // The Delete key does the same on the selected row.
    view->setFocus();
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QVERIFY(storage::SocialAccountRepository(t->db()).forGuest(fixture.anna.id).isEmpty());
}

void TestGuestProfileDialog::closingWithUnsavedChanges()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Settings settings;
    QPointer<GuestProfileDialog> dialog = new GuestProfileDialog(t->url(), fixture.anna.id, settings);
    dialog->show();
    QTRY_VERIFY(dialog->isLoaded());
    int asked = 0;
    auto answer = GuestProfileDialog::UnsavedChangesAnswer::Cancel;
    dialog->setUnsavedChangesQuestion([&](GuestProfileDialog *) {
        ++asked;
        return answer;
    });

    retype(dialog->findChild<QLineEdit *>(u"vipCodeEdit"_s), u"V1"_s);
    // Cancel keeps the window and the edit.
    QVERIFY(!dialog->close());
    QCOMPARE(asked, 1);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->hasUnsavedChanges());
    // Escape asks the same question.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QCOMPARE(asked, 2);
    QVERIFY(dialog->isVisible());

    // Save saves, then closes.
    answer = GuestProfileDialog::UnsavedChangesAnswer::Save;
    QVERIFY(!dialog->close());
    QCOMPARE(asked, 3);
    QTRY_VERIFY(!dialog); // deleted on close
    QCOMPARE(storage::GuestRepository(t->db()).byId(fixture.anna.id)->vipCode, u"V1"_s);

    // Discard closes without saving.
    dialog = new GuestProfileDialog(t->url(), fixture.anna.id, settings);
    dialog->show();
    QTRY_VERIFY(dialog->isLoaded());
    dialog->setUnsavedChangesQuestion([&](GuestProfileDialog *) {
        ++asked;
        return GuestProfileDialog::UnsavedChangesAnswer::Discard;
    });
    retype(dialog->findChild<QLineEdit *>(u"vipCodeEdit"_s), u"V7"_s);
    QVERIFY(dialog->close());
    QCOMPARE(asked, 4);
    QTRY_VERIFY(!dialog);
    QCOMPARE(storage::GuestRepository(t->db()).byId(fixture.anna.id)->vipCode, u"V1"_s);

    // Without edits nobody is asked.
    dialog = new GuestProfileDialog(t->url(), fixture.anna.id, settings);
    dialog->show();
    QTRY_VERIFY(dialog->isLoaded());
    dialog->setUnsavedChangesQuestion([&](GuestProfileDialog *) {
        ++asked;
        return GuestProfileDialog::UnsavedChangesAnswer::Cancel;
    });
    QVERIFY(dialog->close());
    QCOMPARE(asked, 4);
    QTRY_VERIFY(!dialog);
}

void TestGuestProfileDialog::oneWindowPerGuest()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Settings settings;
    QWidget host;
    GuestProfileDialog *anna = GuestProfileDialog::showFor(t->url(), fixture.anna.id, settings, &host);
    QVERIFY(anna);
    QVERIFY(anna->isVisible());
    QVERIFY(anna->isWindow());
    QVERIFY(!anna->isModal());
    QCOMPARE(GuestProfileDialog::showFor(t->url(), fixture.anna.id, settings, &host), anna);
    GuestProfileDialog *carl = GuestProfileDialog::showFor(t->url(), fixture.carl.id, settings, &host);
    QVERIFY(carl != anna);
    QCOMPARE(host.findChildren<GuestProfileDialog *>().size(), 2);

    // Once closed, the guest gets a fresh window.
    QPointer<GuestProfileDialog> closed = anna;
    QTRY_VERIFY(anna->isLoaded());
    QVERIFY(anna->close());
    GuestProfileDialog *again = GuestProfileDialog::showFor(t->url(), fixture.anna.id, settings, &host);
    QVERIFY(again->isVisible());
    QTRY_VERIFY(!closed);
    QCOMPARE(host.findChildren<GuestProfileDialog *>().size(), 2);
}

void TestGuestProfileDialog::controlsHaveAccessibleNames()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Settings settings;
    GuestProfileDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    const QList<QWidget *> controls = dialog.findChildren<QWidget *>();
    for (QWidget *widget : controls) {
        const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QTableView *>(widget)
            || qobject_cast<QCheckBox *>(widget);
        if (!input || widget->objectName().startsWith(u"qt_"_s) || !widget->parentWidget()
            || qobject_cast<QComboBox *>(widget->parentWidget()))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    // Without a staff name, the window says whose name goes into the audit log.
    QVERIFY2(child<QLabel>(dialog, "actorLabel")->text().contains(u"Settings"_s),
             qPrintable(child<QLabel>(dialog, "actorLabel")->text()));
}

QTEST_MAIN(TestGuestProfileDialog)
#include "test_guestprofiledialog.moc"
