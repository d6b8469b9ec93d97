#pragma once

#include "cardoutputdialogs.h"

#include <core/cardmerge.h>
#include <core/types.h>
#include <print/cardformat.h>
#include <print/handwritingstyle.h>
#include <storage/databaseurl.h>

#include <QDialog>
#include <QList>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPrinter;
class QPushButton;
class QToolButton;

namespace tw::ui {

class CardPreview;
class CardWorker;
class MergeHighlighter;
class Settings;

// Writes one note card for a guest: a template to start from, the wording
// with merge fields to edit, the signature (the staff at the desk), the card
// format and the handwriting, and a preview at the card's real size that
// follows every keystroke. Fields the merge cannot fill are marked in the
// wording and listed under it, and text that does not fit is reported; while
// either is so, Print and Export say why they are off. A card is recorded on
// the guest's timeline only once it reached the printer or a PDF.
//
// The card is drafted when the window opens (its id seeds the handwriting, so
// the preview is the printout) and the draft goes again when the window closes
// without printing. After an output the card is kept as printed: printing
// again reprints it, "New card" starts another. The same window reprints a
// card from its record, unchanged.
class CardEditorDialog : public QDialog
{
    Q_OBJECT

public:
    CardEditorDialog(const storage::DatabaseUrl &url, core::Id guestId, Settings &settings, QWidget *parent = nullptr);
    ~CardEditorDialog() override;

    // Opens the card editor for the guest, or raises the one already open for
    // them; the window deletes itself when closed.
    static CardEditorDialog *showFor(const storage::DatabaseUrl &url, core::Id guestId, Settings &settings,
                                     QWidget *parent);
    // Opens a recorded card to print again exactly as it was.
    static CardEditorDialog *showReprint(const storage::DatabaseUrl &url, core::Id cardId, Settings &settings,
                                         QWidget *parent);
    // "Write card…" as the guest profile and the Today board offer it.
    static QKeySequence shortcut();

    core::Id guestId() const { return m_guestId; }
    // The card being written or reprinted; InvalidId until loaded.
    core::Id cardId() const { return m_card.id; }
    const core::Card &card() const { return m_card; }
    bool isLoaded() const { return m_loaded; }
    bool isReprint() const { return m_reprintCardId != core::InvalidId; }
    // The card was output (or is a reprint): its wording cannot change any more.
    bool isLocked() const;
    bool isBusy() const;
    // Why Print and Export are off; empty when they are on.
    QString blockedReason() const;
    const core::CardMerge::Outcome &mergeOutcome() const { return m_merge; }
    CardPreview *preview() const { return m_preview; }

    void setOutputDialogs(const CardOutputDialogs &dialogs);
    // Asked when the window closes on wording that was edited but never
    // printed: true closes (the draft goes). The default shows a message box;
    // tests answer instead.
    using DiscardQuestion = std::function<bool(QWidget *parent)>;
    void setDiscardQuestion(DiscardQuestion question);
    // The wording or signature was changed and the card not output yet.
    bool hasUnsavedWork() const;

public Q_SLOTS:
    void print();
    void exportPdf();
    // After an output: drafts another card with the same wording (a new
    // handwriting), editable again.
    void startNewCard();
    void chooseTemplate(int index);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    // The output is on the guest's timeline.
    void outputRecorded(const tw::core::Card &card);
    // Cancelled or failed: nothing was recorded; message says so.
    void outputNotRecorded(const QString &message);
    void statusChanged(const QString &text);

public:
    // Escape closes the window like its close button.
    void reject() override;

protected:
    // Closes without QDialog's detour through reject(), asking first when an
    // edited card was never printed.
    void closeEvent(QCloseEvent *event) override;

private:
    CardEditorDialog(const storage::DatabaseUrl &url, core::Id guestId, core::Id reprintCardId, Settings &settings,
                     QWidget *parent);

    void createWidgets();
    void fillFonts();
    void load();
    void loadReprint();
    void showLoaded();
    void scheduleUpdate();
    void updateCard();
    void updateFormat();
    void updateActions();
    void updateLock();
    void setStatus(const QString &text);
    print::CardFormat currentFormat() const;
    print::HandwritingStyle currentStyle() const;
    core::Card cardToRecord() const;
    void record(core::CardStatus status, const QString &where);
    void notRecorded(const QString &message);
    void fillEarlierCards();
    void reloadLists();
    QString describeStay() const;

    storage::DatabaseUrl m_url;
    core::Id m_guestId = core::InvalidId;
    core::Id m_reprintCardId = core::InvalidId;
    Settings &m_settings;
    CardWorker *m_worker = nullptr;
    CardOutputDialogs m_dialogs;

    bool m_loaded = false;
    bool m_recording = false;
    bool m_outputDone = false; // this window's card reached paper or a PDF
    core::Guest m_guest;
    std::optional<core::Stay> m_stay;
    std::optional<core::Property> m_property;
    QTimeZone m_zone;
    QList<core::CardTemplate> m_templates;
    QList<core::Card> m_earlier;
    core::Card m_card;
    core::CardMerge m_merger;
    core::CardMerge::Outcome m_merge;
    QTimer m_updateTimer;
    QTimer m_reloadTimer; // cards or templates changed elsewhere
    QString m_loadError;
    DiscardQuestion m_askDiscard;
    QString m_startWording; // as loaded or as the chosen template put it
    QString m_startSignature;
    std::unique_ptr<QPrinter> m_printer; // the last print's, kept while its dialog may use it
    core::Status m_lastPaint;

    QLabel *m_heading = nullptr;
    QLabel *m_stayLabel = nullptr;
    QComboBox *m_templateBox = nullptr;
    QPlainTextEdit *m_wording = nullptr;
    MergeHighlighter *m_highlighter = nullptr;
    QToolButton *m_insertFieldButton = nullptr;
    QLabel *m_issuesLabel = nullptr;
    QLineEdit *m_signature = nullptr;
    QComboBox *m_formatBox = nullptr;
    QComboBox *m_fontBox = nullptr;
    QComboBox *m_earlierBox = nullptr;
    QPushButton *m_reprintButton = nullptr;
    CardPreview *m_preview = nullptr;
    QLabel *m_fitLabel = nullptr;
    QLabel *m_lockLabel = nullptr;
    QLabel *m_blockedLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_newCardButton = nullptr;
};

} // namespace tw::ui
