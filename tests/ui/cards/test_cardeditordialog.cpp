#include <cardsfixture.h>

#include <ui/cards/cardeditordialog.h>
#include <ui/cards/cardpreview.h>
#include <ui/settings.h>

#include <storage/auditlog.h>
#include <storage/cardrepository.h>

#include <testdatabase.h>

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using namespace tw;
using ui::CardEditorDialog;
using ui::Settings;

namespace {

#define TW_SEED_CARDS(t)                                                                                               \
    QString t##SeedError;                                                                                              \
    const std::optional<test::CardsFixture> t##Seeded = test::CardsFixture::seed(t->db(), &t##SeedError);              \
    QVERIFY2(t##Seeded, qPrintable(t##SeedError));                                                                     \
    const test::CardsFixture &fixture = *t##Seeded

template <typename T>
T *child(const QWidget &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

// Types at the end of the wording, as a person would.
void typeAtEnd(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus(Qt::OtherFocusReason);
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, text);
}

int auditCount(storage::Database &db, core::Id guestId, const QString &action)
{
    int count = 0;
    for (const core::AuditEntry &entry : storage::AuditLog(db).forGuest(guestId))
        count += entry.action == action ? 1 : 0;
    return count;
}

bool isPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

} // namespace

// The card editor on seeded arrivals, offscreen and on both engines: the
// preview follows the typing, fields that cannot be filled are marked and
// stop Print, export and print record the card on the guest's timeline and a
// cancelled one records nothing, an unprinted draft goes with the window, and
// a recorded card reprints unchanged.
class TestCardEditorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void opensWithTheWelcomeCardMerged();
    void typingUpdatesThePreview();
    void unknownFieldFlaggedAndPrintDisabled();
    void unsignedCardIsFlagged();
    void overflowIsReportedAndStopsPrint();
    void exportWritesPdfAndRecordsTheCard();
    void cancelledExportRecordsNothing();
    void printRecordsAndCancelledPrintDoesNot();
    void unprintedDraftGoesWithTheWindow();
    void closingAnEditedCardAsksFirst();
    void reprintKeepsTheCardAndCountsTheOutput();
    void keyboardReachesEveryControl();

private:
    QTemporaryDir m_dir;
};

void TestCardEditorDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"test_cardeditordialog_"_s + test::TestDatabase::engineName());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
}

void TestCardEditorDialog::init()
{
    QFile::remove(Settings().fileName());
    // The templates sign with {signature}: the staff at the desk.
    Settings().setValue(Settings::Key::StaffName, u"Maria Lopez"_s);
}

void TestCardEditorDialog::opensWithTheWelcomeCardMerged()
{
    TW_TEST_DATABASE(t);
    TW_SEED_CARDS(t);
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria Lopez"_s);
    CardEditorDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());

    QVERIFY(dialog.windowTitle().contains(u"Anna Berg"_s));
    QVERIFY(child<QLabel>(dialog, "cardStay")->text().contains(u"508"_s));
    const QString wording = child<QPlainTextEdit>(dialog, "cardWording")->toPlainText();
    QVERIFY2(wording.contains(u"{first_name}"_s), qPrintable(wording));
    const print::CardFace &face = dialog.preview()->face();
    QVERIFY2(face.text.contains(u"Dear Anna"_s), qPrintable(face.text));
    QVERIFY(face.text.contains(u"508"_s));
    QVERIFY(!face.text.contains(u'{'));
    QVERIFY(face.cardId != core::InvalidId);
    QCOMPARE(face.cardId, dialog.cardId());
    QCOMPARE(child<QLineEdit>(dialog, "cardSignature")->text(), u"Maria Lopez"_s);
    QVERIFY2(dialog.blockedReason().isEmpty(), qPrintable(dialog.blockedReason()));
    QVERIFY(child<QPushButton>(dialog, "printButton")->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "exportButton")->isEnabled());
    // Drafted, so the preview's handwriting is the printout's; not on the timeline yet.
    const std::optional<core::Card> draft = storage::CardRepository(t->db()).byId(dialog.cardId());
    QVERIFY(draft);
    QCOMPARE(draft->status, core::CardStatus::Draft);
    QVERIFY(storage::CardRepository(t->db()).outputForGuest(fixture.anna.id).isEmpty());
}

void TestCardEditorDialog::typingUpdatesThePreview()
{
    TW_TEST_DATABASE(t);
    TW_SEED_CARDS(t);
    Settings settings;
    CardEditorDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(dialog.isLoaded());
    QTRY_VERIFY(dialog.preview()->paintCount() > 0);

    const int paints = dialog.preview()->paintCount();
    auto *wording = child<QPlainTextEdit>(dialog, "cardWording");
    typeAtEnd(wording, u" See you at breakfast, {first_name}!"_s);
    QTRY_VERIFY(dialog.preview()->face().text.contains(u"See you at breakfast, Anna!"_s));
    QTRY_VERIFY(dialog.preview()->paintCount() > paints);
    // For the record, not asserted: what one repaint of the card costs here.
    qInfo("one preview paint: %lld µs", dialog.preview()->lastPaintNanoseconds() / 1000);

    // Insert field puts the placeholder at the cursor, and the preview fills it in.
    auto *insertRoom = dialog.findChild<QAction *>(u"insertField_room"_s);
    QVERIFY(insertRoom);
    wording->moveCursor(QTextCursor::End);
    insertRoom->trigger();
    QVERIFY(wording->toPlainText().endsWith(u"{room}"_s));
    QTRY_VERIFY(dialog.preview()->face().text.endsWith(u"Anna!508"_s));

    // The signature follows as well.
    auto *signature = child<QLineEdit>(dialog, "cardSignature");
    signature->setFocus(Qt::OtherFocusReason);
    signature->selectAll();
    QTest::keyClicks(signature, u"Tom"_s);
    QTRY_VERIFY(dialog.preview()->face().text.contains(u"Warm regards,\nTom"_s));
    QCOMPARE(dialog.preview()->face().signature, u"Tom"_s);
}

void TestCardEditorDialog::unknownFieldFlaggedAndPrintDisabled()
{
    TW_TEST_DATABASE(t);
    TW_SEED_CARDS(t);
    Settings settings;
    CardEditorDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(dialog.isLoaded());

    auto *wording = child<QPlainTextEdit>(dialog, "cardWording");
    auto *issues = child<QLabel>(dialog, "cardIssues");
    auto *print = child<QPushButton>(dialog, "printButton");
    auto *exportButton = child<QPushButton>(dialog, "exportButton");
    QVERIFY(!issues->isVisible());
    typeAtEnd(wording, u" {nickname}"_s);
    QTRY_VERIFY(issues->isVisible());
    QVERIFY2(issues->text().contains(u"nickname"_s), qPrintable(issues->text()));
    QCOMPARE(dialog.mergeOutcome().issues.size(), 1);
    QCOMPARE(dialog.mergeOutcome().issues.constFirst().kind, core::CardMerge::IssueKind::UnknownField);
    QVERIFY(!print->isEnabled());
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(!dialog.blockedReason().isEmpty());
    QCOMPARE(print->toolTip(), dialog.blockedReason());
    QVERIFY(child<QLabel>(dialog, "cardBlocked")->isVisible());
    // Never a raw placeholder on the card.
    QVERIFY(!dialog.preview()->face().text.contains(u"{nickname}"_s));
    // Marked where it is in the text.
    const core::CardMerge::Issue issue = dialog.mergeOutcome().issues.constFirst();
    QCOMPARE(wording->toPlainText().mid(issue.position, issue.length), u"{nickname}"_s);

    // Ctrl+P refuses too, and says why.
    QSignalSpy notRecorded(&dialog, &CardEditorDialog::outputNotRecorded);
    dialog.print();
    QVERIFY(child<QLabel>(dialog, "cardStatus")->text().contains(u"Not printed"_s));

    // Taking it out again turns Print back on.
    wording->moveCursor(QTextCursor::End);
    for (int i = 0; i < 11; ++i)
        QTest::keyClick(wording, Qt::Key_Backspace);
    QTRY_VERIFY(print->isEnabled());
    QVERIFY(!issues->isVisible());
    QVERIFY(storage::CardRepository(t->db()).outputForGuest(fixture.anna.id).isEmpty());
}

void TestCardEditorDialog::unsignedCardIsFlagged()
{
    TW_TEST_DATABASE(t);
    TW_SEED_CARDS(t);
    Settings settings;
    settings.reset(Settings::Key::StaffName);
    CardEditorDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    // Nobody at the desk: the card says so instead of ending on a blank.
    QCOMPARE(dialog.mergeOutcome().issues.size(), 1);
    QCOMPARE(dialog.mergeOutcome().issues.constFirst().kind, core::CardMerge::IssueKind::EmptyField);
    QVERIFY(!child<QPushButton>(dialog, "printButton")->isEnabled());
    auto *signature = child<QLineEdit>(dialog, "cardSignature");
    signature->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(signature, u"Tom Night"_s);
    QTRY_VERIFY(child<QPushButton>(dialog, "printButton")->isEnabled());
    QVERIFY(dialog.preview()->face().text.endsWith(u"Tom Night"_s));

    // Wording without {signature} gets the signature under the text instead.
    auto *wording = child<QPlainTextEdit>(dialog, "cardWording");
    wording->setFocus(Qt::OtherFocusReason);
    wording->selectAll();
    QTest::keyClicks(wording, u"Dear {first_name}, enjoy the view."_s);
    QTRY_COMPARE(dialog.preview()->face().text, u"Dear Anna, enjoy the view."_s);
    QCOMPARE(dialog.preview()->face().signature, u"Tom Night"_s);
}

void TestCardEditorDialog::overflowIsReportedAndStopsPrint()
{
    TW_TEST_DATABASE(t);
    TW_SEED_CARDS(t);
    Settings settings;
    CardEditorDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());

    QString longText;
    for (int i = 0; i < 60; ++i)
        longText += u"We hope the sea air and the morning light make this a stay to remember. "_s;
    child<QPlainTextEdit>(dialog, "cardWording")->setPlainText(longText);
    QTRY_VERIFY(!dialog.preview()->fit().fits);
    QVERIFY(!child<QPushButton>(dialog, "printButton")->isEnabled());
    QVERIFY(!dialog.blockedReason().isEmpty());
    const QString fitText = child<QLabel>(dialog, "cardFit")->text();
    QVERIFY2(!fitText.isEmpty() && fitText == dialog.blockedReason(), qPrintable(fitText));
    // Not cut silently: the text kept is all of it, and the preview marks the overflow.
    QCOMPARE(dialog.mergeOutcome().text.trimmed(), longText.trimmed());
}

void TestCardEditorDialog::exportWritesPdfAndRecordsTheCard()
{
    TW_TEST_DATABASE(t);
    TW_SEED_CARDS(t);
    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria Lopez"_s);
    CardEditorDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    const QString path = m_dir.filePath(u"anna-%1.pdf"_s.arg(test::TestDatabase::engineName()));
    QString suggested;
    ui::CardOutputDialogs dialogs;
    dialogs.askFileName = [&](QWidget *, const QString &proposal) {
        suggested = proposal;
        return path;
    };
    dialog.setOutputDialogs(dialogs);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());

    QSignalSpy recorded(&dialog, &CardEditorDialog::outputRecorded);
    child<QPushButton>(dialog, "exportButton")->click();
    QTRY_COMPARE(recorded.count(), 1);
    QVERIFY(suggested.endsWith(u".pdf"_s));
    QVERIFY(isPdf(path));

    const QList<core::Card> cards = storage::CardRepository(t->db()).outputForGuest(fixture.anna.id);
    QCOMPARE(cards.size(), 1);
    QCOMPARE(cards.constFirst().id, dialog.cardId());
    QCOMPARE(cards.constFirst().status, core::CardStatus::Exported);
    QCOMPARE(cards.constFirst().text, dialog.preview()->face().text);
    QVERIFY(cards.constFirst().text.endsWith(u"Maria Lopez"_s));
    QCOMPARE(cards.constFirst().signature, u"Maria Lopez"_s);
    QCOMPARE(cards.constFirst().format, u"a6"_s);
    QCOMPARE(cards.constFirst().outputBy, u"Maria Lopez"_s);
    QCOMPARE(auditCount(t->db(), fixture.anna.id, u"card.exported"_s), 1);
    QVERIFY(child<QLabel>(dialog, "cardStatus")->text().contains(u"recorded"_s));
    // Now a card on record: its wording stays as exported.
    QVERIFY(dialog.isLocked());
    QVERIFY(child<QPlainTextEdit>(dialog, "cardWording")->isReadOnly());
    QVERIFY(child<QPushButton>(dialog, "newCardButton")->isVisible());

    // A new card from here has another id, so other handwriting.
    const core::Id first = dialog.cardId();
    dialog.startNewCard();
    QTRY_VERIFY(!dialog.isLocked());
    QVERIFY(dialog.cardId() != first);
    QCOMPARE(dialog.preview()->face().cardId, dialog.cardId());
}

void TestCardEditorDialog::cancelledExportRecordsNothing()
{
    TW_TEST_DATABASE(t);
    TW_SEED_CARDS(t);
    Settings settings;
    CardEditorDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    ui::CardOutputDialogs dialogs;
    dialogs.askFileName = [](QWidget *, const QString &) { return QString(); };
    dialog.setOutputDialogs(dialogs);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());

    QSignalSpy notRecorded(&dialog, &CardEditorDialog::outputNotRecorded);
    QSignalSpy recorded(&dialog, &CardEditorDialog::outputRecorded);
    dialog.exportPdf();
    QCOMPARE(notRecorded.count(), 1);
    QVERIFY(notRecorded.constFirst().constFirst().toString().contains(u"Nothing was recorded"_s));
    QVERIFY(child<QLabel>(dialog, "cardStatus")->text().contains(u"cancelled"_s));
    QTest::qWait(50);
    QCOMPARE(recorded.count(), 0);
    QVERIFY(storage::CardRepository(t->db()).outputForGuest(fixture.anna.id).isEmpty());
    QCOMPARE(auditCount(t->db(), fixture.anna.id, u"card.exported"_s), 0);
    QVERIFY(!dialog.isLocked());

    // A path that cannot be written fails and records nothing either.
    dialogs.askFileName = [this](QWidget *, const QString &) { return m_dir.filePath(u"no-such-folder/card.pdf"_s); };
    dialog.setOutputDialogs(dialogs);
    dialog.exportPdf();
    QCOMPARE(notRecorded.count(), 2);
    QVERIFY(child<QLabel>(dialog, "cardStatus")->text().contains(u"could not be written"_s));
    QTest::qWait(50);
    QVERIFY(storage::CardRepository(t->db()).outputForGuest(fixture.anna.id).isEmpty());
}

void TestCardEditorDialog::printRecordsAndCancelledPrintDoesNot()
{
    TW_TEST_DATABASE(t);
    TW_SEED_CARDS(t);
    Settings settings;
    CardEditorDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    bool accept = false;
    int paints = 0;
    const QString path = m_dir.filePath(u"printed-%1.pdf"_s.arg(test::TestDatabase::engineName()));
    ui::CardOutputDialogs dialogs;
    // The print dialog as staff answer it: the preview paints, then Print or Cancel.
    dialogs.askPrint = [&](QWidget *, QPrinter *printer, const std::function<void(QPrinter *)> &paint,
                           const std::function<void(bool)> &finished) {
        QVERIFY(paint);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(path);
        paint(printer);
        ++paints;
        finished(accept);
    };
    dialog.setOutputDialogs(dialogs);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());

    QSignalSpy notRecorded(&dialog, &CardEditorDialog::outputNotRecorded);
    QSignalSpy recorded(&dialog, &CardEditorDialog::outputRecorded);
    dialog.print();
    QCOMPARE(paints, 1);
    QCOMPARE(notRecorded.count(), 1);
    QVERIFY(child<QLabel>(dialog, "cardStatus")->text().contains(u"cancelled"_s));
    QTest::qWait(50);
    QVERIFY(storage::CardRepository(t->db()).outputForGuest(fixture.anna.id).isEmpty());

    accept = true;
    child<QPushButton>(dialog, "printButton")->click();
    QTRY_COMPARE(recorded.count(), 1);
    QVERIFY(isPdf(path));
    const QList<core::Card> cards = storage::CardRepository(t->db()).outputForGuest(fixture.anna.id);
    QCOMPARE(cards.size(), 1);
    QCOMPARE(cards.constFirst().status, core::CardStatus::Printed);
    QCOMPARE(auditCount(t->db(), fixture.anna.id, u"card.printed"_s), 1);
}

void TestCardEditorDialog::unprintedDraftGoesWithTheWindow()
{
    TW_TEST_DATABASE(t);
    TW_SEED_CARDS(t);
    Settings settings;
    QPointer<CardEditorDialog> dialog = CardEditorDialog::showFor(t->url(), fixture.ben.id, settings, nullptr);
    QTRY_VERIFY(dialog->isLoaded());
    // One window per guest.
    QCOMPARE(CardEditorDialog::showFor(t->url(), fixture.ben.id, settings, nullptr), dialog.data());
    const core::Id draft = dialog->cardId();
    QVERIFY(storage::CardRepository(t->db()).byId(draft));
    QTest::keyClick(dialog.data(), Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(!storage::CardRepository(t->db()).byId(draft));
}

void TestCardEditorDialog::closingAnEditedCardAsksFirst()
{
    TW_TEST_DATABASE(t);
    TW_SEED_CARDS(t);
    Settings settings;
    QPointer<CardEditorDialog> dialog = CardEditorDialog::showFor(t->url(), fixture.anna.id, settings, nullptr);
    QTRY_VERIFY(dialog->isLoaded());
    int asked = 0;
    bool answer = false;
    dialog->setDiscardQuestion([&](QWidget *) {
        ++asked;
        return answer;
    });
    const core::Id draft = dialog->cardId();
    QVERIFY(!dialog->hasUnsavedWork());
    typeAtEnd(child<QPlainTextEdit>(*dialog, "cardWording"), u" The pool is heated."_s);
    QVERIFY(dialog->hasUnsavedWork());

    // "Go back": the window and its draft stay.
    QTest::keyClick(dialog.data(), Qt::Key_Escape);
    QCOMPARE(asked, 1);
    QVERIFY(dialog->isVisible());
    QVERIFY(storage::CardRepository(t->db()).byId(draft));

    answer = true;
    QVERIFY(dialog->close());
    QCOMPARE(asked, 2);
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(!storage::CardRepository(t->db()).byId(draft));
}

void TestCardEditorDialog::reprintKeepsTheCardAndCountsTheOutput()
{
    TW_TEST_DATABASE(t);
    TW_SEED_CARDS(t);
    Settings settings;
    const QString path = m_dir.filePath(u"reprint-%1.pdf"_s.arg(test::TestDatabase::engineName()));
    ui::CardOutputDialogs dialogs;
    dialogs.askFileName = [&](QWidget *, const QString &) { return path; };

    core::Card original;
    {
        CardEditorDialog dialog(t->url(), fixture.anna.id, settings);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.setOutputDialogs(dialogs);
        dialog.show();
        QTRY_VERIFY(dialog.isLoaded());
        typeAtEnd(child<QPlainTextEdit>(dialog, "cardWording"), u" PS: the spa opens at seven."_s);
        QSignalSpy recorded(&dialog, &CardEditorDialog::outputRecorded);
        dialog.exportPdf();
        QTRY_COMPARE(recorded.count(), 1);
        original = dialog.card();
    }
    QCOMPARE(original.outputCount, 1);

    QPointer<CardEditorDialog> reprint = CardEditorDialog::showReprint(t->url(), original.id, settings, nullptr);
    reprint->setOutputDialogs(dialogs);
    QTRY_VERIFY(reprint->isLoaded());
    QVERIFY(reprint->isReprint());
    QVERIFY(reprint->isLocked());
    QCOMPARE(reprint->guestId(), fixture.anna.id);
    QCOMPARE(reprint->preview()->face().cardId, original.id);
    QCOMPARE(reprint->preview()->face().text, original.text);
    QVERIFY(original.text.contains(u"the spa opens at seven"_s));
    QVERIFY(child<QPlainTextEdit>(*reprint, "cardWording")->isReadOnly());
    QVERIFY(child<QLabel>(*reprint, "cardLocked")->isVisible());
    QVERIFY(reprint->blockedReason().isEmpty());

    QSignalSpy recorded(reprint.data(), &CardEditorDialog::outputRecorded);
    reprint->exportPdf();
    QTRY_COMPARE(recorded.count(), 1);
    const std::optional<core::Card> stored = storage::CardRepository(t->db()).byId(original.id);
    QVERIFY(stored);
    QCOMPARE(stored->outputCount, 2);
    QCOMPARE(stored->text, original.text);
    reprint->close();
    QTRY_VERIFY(reprint.isNull());
    // A reprint never removes the card it reprinted.
    QVERIFY(storage::CardRepository(t->db()).byId(original.id));
}

void TestCardEditorDialog::keyboardReachesEveryControl()
{
    TW_TEST_DATABASE(t);
    TW_SEED_CARDS(t);
    Settings settings;
    CardEditorDialog dialog(t->url(), fixture.anna.id, settings);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QTRY_VERIFY(dialog.isLoaded());
    const char *names[] = {"cardTemplateBox", "cardWording", "insertFieldButton", "cardSignature",
                           "cardFormatBox",   "cardFontBox", "printButton",       "exportButton"};
    for (const char *name : names) {
        auto *widget = child<QWidget>(dialog, name);
        QVERIFY2(widget, name);
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
        QVERIFY2(!widget->accessibleName().isEmpty() || qobject_cast<QAbstractButton *>(widget), name);
    }
    // Every input has a label with a shortcut letter that reaches it.
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (const char *name : {"cardTemplateBox", "cardWording", "cardSignature", "cardFormatBox", "cardFontBox"}) {
        bool found = false;
        for (const QLabel *label : labels)
            found = found || (label->buddy() == child<QWidget>(dialog, name) && label->text().contains(u'&'));
        QVERIFY2(found, name);
    }
}

QTEST_MAIN(TestCardEditorDialog)
#include "test_cardeditordialog.moc"
