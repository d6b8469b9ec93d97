#pragma once

#include <core/types.h>
#include <desk/profile/guestvalidator.h>
#include <storage/databaseurl.h>

#include <QDialog>
#include <QSet>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QWidget;

namespace tw::desk {
class GuestProfile;
}

namespace tw::ui {

class LinkStateProxyModel;
class Settings;

// One guest's profile in a window of its own, next to the main window (one
// per guest; showFor() raises the open one): contact details, VIP code,
// preferences, consent and staff notes to edit; stays; linked social
// accounts to link, confirm and unlink; and the timeline. A
// desk::GuestProfile does the database work off the UI thread.
//
// Edits are checked as people type (messages under the fields), saved in one
// transaction with the staff name from Settings as the actor -- or the
// workstation login when no name is set, which the window says -- and never
// written over someone else's newer save: the window reports the conflict
// and offers to reload.
class GuestProfileDialog : public QDialog
{
    Q_OBJECT

public:
    enum class UnsavedChangesAnswer { Save, Discard, Cancel };
    // Asked when the window closes with unsaved edits. The default shows a
    // message box; tests set an answer instead.
    using UnsavedChangesQuestion = std::function<UnsavedChangesAnswer(GuestProfileDialog *dialog)>;

    GuestProfileDialog(const storage::DatabaseUrl &url, core::Id guestId, Settings &settings,
                       QWidget *parent = nullptr);
    ~GuestProfileDialog() override;

    // Shows the profile of that guest, raising the window already open for it
    // (among parent's, or among the top-level windows without a parent)
    // instead of opening a second one. The window deletes itself when closed.
    static GuestProfileDialog *showFor(const storage::DatabaseUrl &url, core::Id guestId, Settings &settings,
                                       QWidget *parent);

    core::Id guestId() const { return m_guestId; }
    const storage::DatabaseUrl &url() const { return m_url; }
    desk::GuestProfile *profile() const { return m_profile; }

    bool isLoaded() const { return m_hasBase; }
    bool hasUnsavedChanges() const;
    // The guest as the form shows it, based on the version last loaded or saved.
    core::Guest editedGuest() const;
    void setUnsavedChangesQuestion(UnsavedChangesQuestion question);

public Q_SLOTS:
    // False when nothing was sent: no changes, fields with problems (shown
    // under them), a save already running, or a conflict to resolve first.
    bool save();
    void revert();
    // Reloads from the database; after a conflict, replaces the edits with
    // what is stored now.
    void reload();

Q_SIGNALS:
    // The form shows the stored guest (first load, revert, reload, or after a save).
    void formReset();

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    QWidget *createDetailsTab();
    QWidget *createStaysTab();
    QWidget *createAccountsTab();
    QWidget *createTimelineTab();
    QWidget *fieldWithMessage(QWidget *field, QLabel **message, const QString &objectName,
                              const QString &accessibleName);
    QLabel *fieldMessage(const QString &objectName, const QString &accessibleName);
    static void showMessage(QLabel *label, const QString &message);

    void fillForm(const core::Guest &guest);
    void showProblems();
    void setFieldMessage(desk::GuestValidator::Field field, const QString &message);
    QWidget *fieldWidget(desk::GuestValidator::Field field) const;
    void touch(desk::GuestValidator::Field field);
    void updateActions();
    void updateHeader();
    void updateActor();
    void showBanner(const QString &message, bool offerReload);
    void hideBanner();
    void setStatus(const QString &text);

    void onLoaded();
    void onLoadFailed(const QString &message);
    void onSaved(const core::Guest &guest);
    void onSaveConflict(const core::Guest &latest, const QString &message);
    void onSaveFailed(const QString &message);
    void onSaveRefused(const QList<desk::GuestValidator::Problem> &problems);

    void linkHandle();
    void unlinkSelected();
    void confirmSelected();
    void updateHandlePlaceholder();
    void setHandleError(const QString &message);
    core::Id selectedAccountId() const;
    bool selectedIsSuggested() const;
    void scrollTimelineToNow();

    storage::DatabaseUrl m_url;
    core::Id m_guestId = core::InvalidId;
    Settings &m_settings;
    desk::GuestProfile *m_profile = nullptr;
    UnsavedChangesQuestion m_askUnsaved;

    core::Guest m_base; // the stored guest the edits build on
    bool m_hasBase = false;
    bool m_saving = false;
    bool m_conflict = false;
    bool m_closeAfterSave = false;
    bool m_linking = false;
    bool m_timelineScrolled = false;
    QSet<int> m_touched; // GuestValidator::Field values whose problems are shown

    QLabel *m_nameLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerLabel = nullptr;
    QPushButton *m_bannerReload = nullptr;
    QTabWidget *m_tabs = nullptr;

    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_loyalty = nullptr;
    QLineEdit *m_vipCode = nullptr;
    QPlainTextEdit *m_preferences = nullptr;
    QCheckBox *m_consent = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_nameMessage = nullptr;
    QLabel *m_emailMessage = nullptr;
    QLabel *m_phoneMessage = nullptr;

    QTableView *m_staysView = nullptr;
    QTableView *m_accountsView = nullptr;
    LinkStateProxyModel *m_accountsProxy = nullptr;
    QComboBox *m_network = nullptr;
    QLineEdit *m_handle = nullptr;
    QLabel *m_handleMessage = nullptr;
    QPushButton *m_linkButton = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_unlinkButton = nullptr;
    QLabel *m_accountsStatus = nullptr;
    QTableView *m_timelineView = nullptr;

    QLabel *m_actorLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_reloadAction = nullptr;
};

} // namespace tw::ui
