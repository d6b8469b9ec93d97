#pragma once

#include "desksetup.h"

#include <core/result.h>
#include <storage/databaseurl.h>

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;
class QWidget;

namespace tw::ui {

class NetworkTokensPane;
class Settings;

// Edit > Settings: which database this workstation opens, the property (hotel)
// the desk works on with its name, time zone and check-in and check-out times,
// and who is at the desk. Reads and writes the database off the UI thread;
// saving a different database asks the window to reopen on it.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Tab { Database, Property, Desk, Networks };
    Q_ENUM(Tab)

    // openUrl: the database the window works on; property and desk edits go there.
    SettingsDialog(storage::DatabaseUrl openUrl, Settings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showTab(Tab tab);
    Tab currentTab() const;
    // Empties the property form for a new property (it starts so when the
    // database has none).
    void startNewProperty();

    // The database the fields name, or what is missing for them to name one.
    core::Result<storage::DatabaseUrl> chosenUrl() const;
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const;

public Q_SLOTS:
    // Tries to connect to chosenUrl() off the UI thread; the answer appears
    // next to the button and in connectionTested().
    void testConnection();
    // Validates, writes off the UI thread, stores the settings and closes.
    void save();
    void reject() override;

Q_SIGNALS:
    // The open database's properties and staff are in the form.
    void loaded();
    void connectionTested(bool ok, const QString &message);
    // Everything was written and stored; the dialog closes.
    void saved();
    // Nothing was stored (or only part, as the message says); the dialog stays open.
    void saveFailed(const QString &message);
    // The user saved another database; it exists and is up to date.
    void databaseChangeRequested(const tw::storage::DatabaseUrl &url);
    // A network token was saved to or removed from the keychain (at once, not
    // with Save): the live feed's listeners start again with it.
    void networkTokensChanged();

private:
    struct FieldMessage
    {
        QWidget *row = nullptr;
        QLabel *text = nullptr;
    };

    QWidget *createDatabaseTab();
    QWidget *createPropertyTab();
    QWidget *createDeskTab();
    FieldMessage createFieldMessage(QWidget *parent, const QString &name);
    static void setMessage(const FieldMessage &message, const QString &text);
    void clearMessages();

    void fillDatabaseFields(const storage::DatabaseUrl &url);
    void updateDatabaseKind();
    void updateDatabaseChanged();
    bool databaseChanged() const;
    void browseForFile();
    void showConnectionResult();

    void showContents();
    void selectProperty(int index);
    void fillPropertyForm(const core::Property &property);
    std::optional<core::Property> propertyFromForm() const;
    bool propertyFormIsBlank() const;
    bool validateProperty(const core::Property &property);

    void setBusy(bool busy, const QString &status = {});
    void saveDatabaseChange(const storage::DatabaseUrl &url);
    void finishDatabaseChange();
    void finishDeskSave();
    void failSave(const QString &message);

    storage::DatabaseUrl m_openUrl;
    Settings &m_settings;
    bool m_loaded = false;
    bool m_newProperty = false;
    bool m_savingProperty = false;
    QList<core::Property> m_properties;
    QStringList m_staffNames;
    storage::DatabaseUrl m_pendingUrl;

    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_status = nullptr;

    QRadioButton *m_sqliteChoice = nullptr;
    QRadioButton *m_postgresChoice = nullptr;
    QWidget *m_sqliteFields = nullptr;
    QWidget *m_postgresFields = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_databaseName = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testIcon = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_reopenNote = nullptr;
    FieldMessage m_databaseMessage;

    QWidget *m_propertyPage = nullptr;
    QLabel *m_propertyStatus = nullptr;
    QComboBox *m_propertyChoice = nullptr;
    QPushButton *m_newPropertyButton = nullptr;
    QWidget *m_propertyForm = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_timeZone = nullptr;
    QTimeEdit *m_checkIn = nullptr;
    QTimeEdit *m_checkOut = nullptr;
    FieldMessage m_codeMessage;
    FieldMessage m_nameMessage;
    FieldMessage m_timeZoneMessage;

    QWidget *m_deskPage = nullptr;
    QLineEdit *m_staffName = nullptr;
    FieldMessage m_staffMessage;

    NetworkTokensPane *m_networksPane = nullptr;

    QFutureWatcher<core::Result<DeskSetup::Contents>> m_loadWatcher;
    QFutureWatcher<core::Result<QString>> m_testWatcher;
    QFutureWatcher<core::Result<DeskSetup::Saved>> m_saveWatcher;
    QFutureWatcher<core::Status> m_prepareWatcher;
};

} // namespace tw::ui
