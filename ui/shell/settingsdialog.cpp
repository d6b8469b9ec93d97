#include "settingsdialog.h"

#include <ui/feed/networktokenspane.h>
#include <ui/logging.h>
#include <ui/settings.h>

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The user's short time format, to the minute: hotels set check-in at 15:00,
// and some locales' short format still shows seconds.
QString minutesFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(":ss"_L1);
    return format;
}

bool sameDatabase(const storage::DatabaseUrl &a, const storage::DatabaseUrl &b)
{
    return a.toDisplayString() == b.toDisplayString();
}

} // namespace

SettingsDialog::SettingsDialog(storage::DatabaseUrl openUrl, Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_openUrl(std::move(openUrl))
    , m_settings(settings)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->setAccessibleName(tr("Settings sections"));
    m_tabs->addTab(createDatabaseTab(), tr("&Database"));
    m_tabs->addTab(createPropertyTab(), tr("&Property"));
    m_tabs->addTab(createDeskTab(), tr("At the d&esk"));
    m_networksPane = new NetworkTokensPane(this);
    m_tabs->addTab(m_networksPane, tr("Net&works"));
    connect(m_networksPane, &NetworkTokensPane::tokensChanged, this, &SettingsDialog::networkTokensChanged);

    m_status = new QLabel(this);
    m_status->setObjectName(u"settingsStatus"_s);
    m_status->setAccessibleName(tr("Settings status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"settingsButtons"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    fillDatabaseFields(m_openUrl);
    m_staffName->setText(m_settings.staffName());
    clearMessages();

    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, &SettingsDialog::showContents);
    connect(&m_testWatcher, &QFutureWatcherBase::finished, this, &SettingsDialog::showConnectionResult);
    connect(&m_prepareWatcher, &QFutureWatcherBase::finished, this, &SettingsDialog::finishDatabaseChange);
    connect(&m_saveWatcher, &QFutureWatcherBase::finished, this, &SettingsDialog::finishDeskSave);

    m_propertyForm->setEnabled(false);
    m_propertyChoice->setEnabled(false);
    m_newPropertyButton->setEnabled(false);
    m_propertyStatus->setText(tr("Reading the properties of this database…"));
    m_loadWatcher.setFuture(QtConcurrent::run(&DeskSetup::load, m_openUrl));
}

SettingsDialog::~SettingsDialog()
{
    // Each job holds a connection of its own; it must end before the window's
    // database closes or the SQL drivers unload at exit. A connection attempt
    // gives up after the storage layer's connect timeout.
    for (QFutureWatcherBase *watcher : std::initializer_list<QFutureWatcherBase *>{&m_loadWatcher, &m_testWatcher,
                                                                                   &m_saveWatcher, &m_prepareWatcher}) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
}

QWidget *SettingsDialog::createDatabaseTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"databaseTab"_s);

    auto *intro = noteLabel(tr("The database this workstation opens. Every desk of a hotel that should see the same "
                               "guests opens the same PostgreSQL database; a SQLite file serves one computer."),
                            page);

    m_sqliteChoice = new QRadioButton(tr("SQLite fi&le on this computer"), page);
    m_sqliteChoice->setObjectName(u"sqliteChoice"_s);
    m_postgresChoice = new QRadioButton(tr("PostgreS&QL server"), page);
    m_postgresChoice->setObjectName(u"postgresChoice"_s);
    auto *kinds = new QButtonGroup(page);
    kinds->addButton(m_sqliteChoice);
    kinds->addButton(m_postgresChoice);

    m_sqliteFields = new QWidget(page);
    m_sqlitePath = new QLineEdit(m_sqliteFields);
    m_sqlitePath->setObjectName(u"sqlitePath"_s);
    m_sqlitePath->setAccessibleName(tr("Database file"));
    m_sqlitePath->setPlaceholderText(tr("/path/to/tweetworthy.db"));
    auto *browse = new QPushButton(tr("&Browse…"), m_sqliteFields);
    browse->setObjectName(u"browseButton"_s);
    browse->setToolTip(tr("Choose an existing database file or name a new one"));
    auto *useDefault = new QPushButton(tr("De&fault"), m_sqliteFields);
    useDefault->setObjectName(u"defaultFileButton"_s);
    useDefault->setToolTip(tr("The file in your data folder that Tweetworthy uses unless told otherwise"));
    auto *sqliteRow = new QHBoxLayout(m_sqliteFields);
    sqliteRow->setContentsMargins(24, 0, 0, 0);
    sqliteRow->addWidget(m_sqlitePath, 1);
    sqliteRow->addWidget(browse);
    sqliteRow->addWidget(useDefault);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseForFile);
    connect(useDefault, &QPushButton::clicked, this,
            [this] { m_sqlitePath->setText(QDir::toNativeSeparators(storage::DatabaseUrl::defaultUrl().path)); });

    m_postgresFields = new QWidget(page);
    m_host = new QLineEdit(m_postgresFields);
    m_host->setObjectName(u"postgresHost"_s);
    m_host->setAccessibleName(tr("Server host"));
    m_host->setPlaceholderText(tr("db.hotel.example"));
    m_port = new QSpinBox(m_postgresFields);
    m_port->setObjectName(u"postgresPort"_s);
    m_port->setAccessibleName(tr("Server port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_user = new QLineEdit(m_postgresFields);
    m_user->setObjectName(u"postgresUser"_s);
    m_user->setAccessibleName(tr("User name"));
    m_user->setPlaceholderText(tr("your login name"));
    m_databaseName = new QLineEdit(m_postgresFields);
    m_databaseName->setObjectName(u"postgresDatabase"_s);
    m_databaseName->setAccessibleName(tr("Database name"));
    m_databaseName->setPlaceholderText(u"tweetworthy"_s);
    auto *passwordNote = noteLabel(tr("Tweetworthy does not store passwords. PostgreSQL reads yours from ~/.pgpass "
                                      "or from the PGPASSWORD environment variable."),
                                   m_postgresFields);
    passwordNote->setObjectName(u"passwordNote"_s);
    auto *postgresForm = new QFormLayout(m_postgresFields);
    postgresForm->setContentsMargins(24, 0, 0, 0);
    postgresForm->addRow(tr("&Host:"), m_host);
    postgresForm->addRow(tr("P&ort:"), m_port);
    postgresForm->addRow(tr("&User:"), m_user);
    postgresForm->addRow(tr("Database &name:"), m_databaseName);
    postgresForm->addRow(passwordNote);

    m_testButton = new QPushButton(tr("&Test connection"), page);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_testButton->setToolTip(tr("Connect to the database above without saving anything"));
    m_testIcon = new QLabel(page);
    m_testIcon->setObjectName(u"testConnectionIcon"_s);
    m_testResult = new QLabel(page);
    m_testResult->setObjectName(u"testConnectionResult"_s);
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testIcon, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);

    m_databaseMessage = createFieldMessage(page, u"databaseMessage"_s);

    m_reopenNote = noteLabel(tr("When you save another database, the window reopens on it. When Tweetworthy starts, "
                                "--db on its command line and the TWEETWORTHY_DB environment variable win over this "
                                "setting."),
                             page);
    m_reopenNote->setObjectName(u"reopenNote"_s);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_sqliteChoice);
    layout->addWidget(m_sqliteFields);
    layout->addWidget(m_postgresChoice);
    layout->addWidget(m_postgresFields);
    layout->addWidget(m_databaseMessage.row);
    layout->addSpacing(6);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_reopenNote);

    connect(m_sqliteChoice, &QRadioButton::toggled, this, &SettingsDialog::updateDatabaseKind);
    for (QLineEdit *edit : {m_sqlitePath, m_host, m_user, m_databaseName})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::updateDatabaseChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &SettingsDialog::updateDatabaseChanged);
    connect(m_sqliteChoice, &QRadioButton::toggled, this, &SettingsDialog::updateDatabaseChanged);
    return page;
}

QWidget *SettingsDialog::createPropertyTab()
{
    m_propertyPage = new QWidget(this);
    m_propertyPage->setObjectName(u"propertyTab"_s);

    m_propertyChoice = new QComboBox(m_propertyPage);
    m_propertyChoice->setObjectName(u"propertyChoice"_s);
    m_propertyChoice->setAccessibleName(tr("Property this desk works on"));
    m_newPropertyButton = new QPushButton(tr("&New property"), m_propertyPage);
    m_newPropertyButton->setObjectName(u"newPropertyButton"_s);
    m_newPropertyButton->setToolTip(tr("Add another hotel to this database"));
    auto *choiceRow = new QHBoxLayout;
    auto *choiceLabel = new QLabel(tr("This desk &works on:"), m_propertyPage);
    choiceLabel->setBuddy(m_propertyChoice);
    choiceRow->addWidget(choiceLabel);
    choiceRow->addWidget(m_propertyChoice, 1);
    choiceRow->addWidget(m_newPropertyButton);
    connect(m_propertyChoice, &QComboBox::activated, this, &SettingsDialog::selectProperty);
    connect(m_newPropertyButton, &QPushButton::clicked, this, &SettingsDialog::startNewProperty);

    m_propertyStatus = new QLabel(m_propertyPage);
    m_propertyStatus->setObjectName(u"propertyStatus"_s);
    m_propertyStatus->setAccessibleName(tr("Properties"));
    m_propertyStatus->setWordWrap(true);

    m_propertyForm = new QWidget(m_propertyPage);
    m_code = new QLineEdit(m_propertyForm);
    m_code->setObjectName(u"propertyCode"_s);
    m_code->setAccessibleName(tr("Property code"));
    m_code->setPlaceholderText(tr("e.g. PAL"));
    m_code->setMaxLength(16);
    m_code->setToolTip(tr("A short code for the hotel, used by imports and the command line. It cannot change "
                          "once the property exists."));
    m_codeMessage = createFieldMessage(m_propertyForm, u"propertyCodeMessage"_s);

    m_name = new QLineEdit(m_propertyForm);
    m_name->setObjectName(u"propertyName"_s);
    m_name->setAccessibleName(tr("Property name"));
    m_name->setPlaceholderText(tr("e.g. Palace Hotel"));
    m_nameMessage = createFieldMessage(m_propertyForm, u"propertyNameMessage"_s);

    m_timeZone = new QComboBox(m_propertyForm);
    m_timeZone->setObjectName(u"propertyTimeZone"_s);
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setMaxVisibleItems(16);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    // Typing any part of the name finds it: "lisb", "new_y", "tokyo".
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setToolTip(tr("The hotel's time zone: \"today\", arrivals and departures follow it, whatever the "
                              "time zone of this computer."));
    m_timeZoneMessage = createFieldMessage(m_propertyForm, u"propertyTimeZoneMessage"_s);

    m_checkIn = new QTimeEdit(m_propertyForm);
    m_checkIn->setObjectName(u"propertyCheckIn"_s);
    m_checkIn->setAccessibleName(tr("Check-in time"));
    m_checkIn->setDisplayFormat(minutesFormat());
    m_checkOut = new QTimeEdit(m_propertyForm);
    m_checkOut->setObjectName(u"propertyCheckOut"_s);
    m_checkOut->setAccessibleName(tr("Check-out time"));
    m_checkOut->setDisplayFormat(minutesFormat());

    auto *form = new QFormLayout(m_propertyForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(m_codeMessage.row);
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(m_nameMessage.row);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(m_timeZoneMessage.row);
    form->addRow(tr("Check-&in from:"), m_checkIn);
    form->addRow(tr("Check-&out until:"), m_checkOut);

    auto *layout = new QVBoxLayout(m_propertyPage);
    layout->addLayout(choiceRow);
    layout->addWidget(m_propertyStatus);
    layout->addSpacing(6);
    layout->addWidget(m_propertyForm);
    layout->addStretch(1);
    layout->addWidget(noteLabel(tr("A guest counts as in house from the check-in time on the arrival day until the "
                                   "check-out time on the departure day, in the hotel's time zone."),
                                m_propertyPage));
    return m_propertyPage;
}

QWidget *SettingsDialog::createDeskTab()
{
    m_deskPage = new QWidget(this);
    m_deskPage->setObjectName(u"deskTab"_s);

    m_staffName = new QLineEdit(m_deskPage);
    m_staffName->setObjectName(u"staffName"_s);
    m_staffName->setAccessibleName(tr("Your name"));
    m_staffName->setPlaceholderText(tr("e.g. Maria Santos"));
    m_staffName->setMaxLength(120);
    m_staffMessage = createFieldMessage(m_deskPage, u"staffNameMessage"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Your &name:"), m_staffName);
    form->addRow(m_staffMessage.row);

    auto *layout = new QVBoxLayout(m_deskPage);
    layout->addWidget(noteLabel(tr("Who is at the desk of this workstation. Your name is recorded with every change "
                                   "you make (the audit log on the guests' timelines) and signs the cards you print."),
                                m_deskPage));
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);
    return m_deskPage;
}

SettingsDialog::FieldMessage SettingsDialog::createFieldMessage(QWidget *parent, const QString &name)
{
    FieldMessage message;
    message.row = new QWidget(parent);
    message.row->setObjectName(name + u"Row"_s);
    auto *icon = new QLabel(message.row);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    message.text = new QLabel(message.row);
    message.text->setObjectName(name);
    message.text->setAccessibleName(tr("Problem"));
    message.text->setWordWrap(true);
    auto *layout = new QHBoxLayout(message.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(message.text, 1);
    message.row->hide();
    return message;
}

void SettingsDialog::setMessage(const FieldMessage &message, const QString &text)
{
    message.text->setText(text);
    message.row->setVisible(!text.isEmpty());
}

void SettingsDialog::clearMessages()
{
    for (const FieldMessage &message :
         {m_databaseMessage, m_codeMessage, m_nameMessage, m_timeZoneMessage, m_staffMessage})
        setMessage(message, {});
}

void SettingsDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

SettingsDialog::Tab SettingsDialog::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

bool SettingsDialog::isBusy() const
{
    return m_saveWatcher.isRunning() || m_prepareWatcher.isRunning();
}

// ---- Database ----------------------------------------------------------------

void SettingsDialog::fillDatabaseFields(const storage::DatabaseUrl &url)
{
    const bool sqlite = url.engine == storage::Engine::Sqlite;
    m_sqliteChoice->setChecked(sqlite);
    m_postgresChoice->setChecked(!sqlite);
    m_sqlitePath->setText(sqlite ? QDir::toNativeSeparators(url.path) : QString());
    m_host->setText(sqlite ? QString() : url.host);
    m_port->setValue(sqlite ? 5432 : url.port);
    m_user->setText(sqlite ? QString() : url.user);
    m_databaseName->setText(sqlite ? QString() : url.database);
    updateDatabaseKind();
    updateDatabaseChanged();
}

void SettingsDialog::updateDatabaseKind()
{
    m_sqliteFields->setEnabled(m_sqliteChoice->isChecked());
    m_postgresFields->setEnabled(m_postgresChoice->isChecked());
}

core::Result<storage::DatabaseUrl> SettingsDialog::chosenUrl() const
{
    using R = core::Result<storage::DatabaseUrl>;
    storage::DatabaseUrl url;
    if (m_sqliteChoice->isChecked()) {
        QString path = QDir::fromNativeSeparators(m_sqlitePath->text().trimmed());
        if (path.isEmpty())
            return R::failure(tr("Choose the database file, or press Default for the usual one."));
        if (path == "~"_L1 || path.startsWith("~/"_L1))
            path = QDir::homePath() + path.mid(1);
        url.engine = storage::Engine::Sqlite;
        url.path = path == ":memory:"_L1 ? path : QFileInfo(path).absoluteFilePath();
        return url;
    }
    url.engine = storage::Engine::Postgres;
    url.host = m_host->text().trimmed();
    url.port = m_port->value();
    url.user = m_user->text().trimmed();
    url.database = m_databaseName->text().trimmed();
    if (url.host.isEmpty())
        return R::failure(tr("Enter the host name of the PostgreSQL server, such as db.hotel.example or localhost."));
    if (url.database.isEmpty())
        return R::failure(tr("Enter the name of the database on the PostgreSQL server."));
    // Keep the password of the open database (given with --db) when the fields
    // still name it: it is never shown, and never stored.
    if (m_openUrl.engine == storage::Engine::Postgres && url.host == m_openUrl.host && url.port == m_openUrl.port
        && url.user == m_openUrl.user && url.database == m_openUrl.database)
        url.password = m_openUrl.password;
    return url;
}

bool SettingsDialog::databaseChanged() const
{
    const auto url = chosenUrl();
    return !url || !sameDatabase(url.value(), m_openUrl);
}

void SettingsDialog::updateDatabaseChanged()
{
    // Property and desk edits go to the open database; mixing them with a
    // change of database would leave it unclear which one they are for.
    const bool changed = databaseChanged();
    m_propertyPage->setEnabled(!changed);
    m_deskPage->setEnabled(!changed);
    const QString note = tr("Save first: property and desk settings apply to the database the window has open.");
    m_propertyPage->setToolTip(changed ? note : QString());
    m_deskPage->setToolTip(changed ? note : QString());
    m_testIcon->clear();
    m_testResult->clear();
}

void SettingsDialog::browseForFile()
{
    const QString current = m_sqlitePath->text().trimmed();
    const QString start
        = current.isEmpty() ? QFileInfo(storage::DatabaseUrl::defaultUrl().path).absolutePath() : current;
    const QString file = QFileDialog::getSaveFileName(this, tr("Database File"), start,
                                                      tr("Tweetworthy databases (*.db *.sqlite);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_sqlitePath->setText(QDir::toNativeSeparators(file));
}

void SettingsDialog::testConnection()
{
    const auto url = chosenUrl();
    if (!url) {
        setMessage(m_databaseMessage, url.error());
        Q_EMIT connectionTested(false, url.error());
        return;
    }
    setMessage(m_databaseMessage, {});
    m_testButton->setEnabled(false);
    m_testIcon->clear();
    m_testResult->setText(tr("Connecting to %1…").arg(url->toDisplayString()));
    m_testWatcher.setFuture(QtConcurrent::run(&DeskSetup::testConnection, url.value()));
}

void SettingsDialog::showConnectionResult()
{
    m_testButton->setEnabled(true);
    const core::Result<QString> result = m_testWatcher.result();
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const auto icon = result ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical;
    m_testIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    const QString message = result ? result.value() : tr("Could not connect: %1").arg(result.error());
    m_testResult->setText(message);
    Q_EMIT connectionTested(result.ok(), message);
}

// ---- Property and desk ---------------------------------------------------------

void SettingsDialog::showContents()
{
    const core::Result<DeskSetup::Contents> contents = m_loadWatcher.result();
    m_loaded = true;
    if (!contents) {
        qCWarning(lcUi) << "settings cannot read the properties:" << contents.error();
        m_propertyStatus->setText(
            tr("%1\nThe property cannot be changed until the database can be read.").arg(contents.error()));
        Q_EMIT loaded();
        return;
    }
    m_properties = contents->properties;
    m_staffNames = contents->staffNames;

    auto *completer = new QCompleter(m_staffNames, m_staffName);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_staffName->setCompleter(completer);

    m_propertyChoice->clear();
    for (const core::Property &property : std::as_const(m_properties))
        m_propertyChoice->addItem(tr("%1 (%2)").arg(property.name, property.code));
    m_propertyChoice->setEnabled(!m_properties.isEmpty());
    m_newPropertyButton->setEnabled(true);
    m_propertyForm->setEnabled(true);

    if (m_properties.isEmpty()) {
        m_propertyStatus->setText(tr("This database has no property yet. Enter your hotel below and press Save."));
        startNewProperty();
    } else {
        // The chosen property, else the first one, as everywhere in the app.
        int index = 0;
        for (qsizetype i = 0; i < m_properties.size(); ++i) {
            if (m_properties.at(i).code.compare(m_settings.propertyCode(), Qt::CaseInsensitive) == 0)
                index = int(i);
        }
        m_propertyStatus->clear();
        selectProperty(index);
    }
    Q_EMIT loaded();
}

void SettingsDialog::selectProperty(int index)
{
    if (index < 0 || index >= m_properties.size()) {
        // The "new property" entry itself.
        return;
    }
    if (m_newProperty) {
        m_newProperty = false;
        m_propertyChoice->removeItem(int(m_properties.size()));
    }
    m_propertyChoice->setCurrentIndex(index);
    m_code->setReadOnly(true);
    fillPropertyForm(m_properties.at(index));
}

void SettingsDialog::startNewProperty()
{
    if (!m_newProperty) {
        m_newProperty = true;
        m_propertyChoice->addItem(tr("New property"));
    }
    m_propertyChoice->setCurrentIndex(m_propertyChoice->count() - 1);
    m_propertyChoice->setEnabled(true);
    m_code->setReadOnly(false);
    core::Property blank;
    // A sensible start: the computer's own zone is most often the hotel's. Left
    // empty when it has no IANA name Tweetworthy accepts (Etc/UTC on servers).
    const QByteArray systemZone = QTimeZone::systemTimeZoneId();
    blank.timeZone = QTimeZone::isTimeZoneIdAvailable(systemZone) ? QString::fromUtf8(systemZone) : QString();
    fillPropertyForm(blank);
    if (m_loaded)
        m_code->setFocus();
}

void SettingsDialog::fillPropertyForm(const core::Property &property)
{
    m_code->setText(property.code);
    m_name->setText(property.name);
    m_timeZone->setCurrentText(property.timeZone);
    m_checkIn->setTime(property.checkIn);
    m_checkOut->setTime(property.checkOut);
    for (const FieldMessage &message : {m_codeMessage, m_nameMessage, m_timeZoneMessage})
        setMessage(message, {});
}

std::optional<core::Property> SettingsDialog::propertyFromForm() const
{
    core::Property property;
    if (!m_newProperty) {
        const int index = m_propertyChoice->currentIndex();
        if (index < 0 || index >= m_properties.size())
            return std::nullopt;
        property = m_properties.at(index);
    }
    property.code = m_code->text().trimmed().toUpper();
    property.name = m_name->text().trimmed();
    property.timeZone = m_timeZone->currentText().trimmed();
    property.checkIn = m_checkIn->time();
    property.checkOut = m_checkOut->time();
    return property;
}

bool SettingsDialog::propertyFormIsBlank() const
{
    return m_newProperty && m_code->text().trimmed().isEmpty() && m_name->text().trimmed().isEmpty();
}

bool SettingsDialog::validateProperty(const core::Property &property)
{
    bool valid = true;
    QString codeProblem;
    if (property.code.isEmpty())
        codeProblem = tr("Enter a short code for the hotel, such as PAL: imports and the command line use it.");
    else if (property.code.contains(u' '))
        codeProblem = tr("Use letters, digits, - and _ in the code; no spaces.");
    setMessage(m_codeMessage, codeProblem);
    valid = valid && codeProblem.isEmpty();

    const QString nameProblem = property.name.isEmpty() ? tr("Enter the hotel's name as guests know it.") : QString();
    setMessage(m_nameMessage, nameProblem);
    valid = valid && nameProblem.isEmpty();

    const QString zoneProblem = QTimeZone::isTimeZoneIdAvailable(property.timeZone.toUtf8())
        ? QString()
        : tr("\"%1\" is not a time zone this computer knows. Pick one from the list, such as Europe/Lisbon.")
              .arg(property.timeZone);
    setMessage(m_timeZoneMessage, zoneProblem);
    return valid && zoneProblem.isEmpty();
}

// ---- Saving ---------------------------------------------------------------------

void SettingsDialog::setBusy(bool busy, const QString &status)
{
    m_tabs->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    m_status->setText(status);
}

void SettingsDialog::save()
{
    if (isBusy())
        return;
    // Tokens go to the keychain with their own button; one typed and left
    // there would otherwise be lost without a word.
    if (m_networksPane->hasUnsavedToken()) {
        showTab(Tab::Networks);
        failSave(tr("A token is typed but not saved. Press its Save button to keep it in the keychain, or clear "
                    "the field."));
        return;
    }
    clearMessages();
    m_status->clear();

    const auto url = chosenUrl();
    if (!url) {
        setMessage(m_databaseMessage, url.error());
        showTab(Tab::Database);
        failSave(url.error());
        return;
    }
    if (!sameDatabase(url.value(), m_openUrl)) {
        saveDatabaseChange(url.value());
        return;
    }

    DeskSetup::Change change;
    if (m_loaded && !propertyFormIsBlank()) {
        const std::optional<core::Property> property = propertyFromForm();
        if (property) {
            if (!validateProperty(*property)) {
                showTab(Tab::Property);
                failSave(tr("The property needs your attention; see the messages next to its fields."));
                return;
            }
            const int index = m_propertyChoice->currentIndex();
            const bool unchanged = !m_newProperty && index >= 0 && index < m_properties.size()
                && m_properties.at(index).name == property->name
                && m_properties.at(index).timeZone == property->timeZone
                && m_properties.at(index).checkIn == QTime(property->checkIn.hour(), property->checkIn.minute())
                && m_properties.at(index).checkOut == QTime(property->checkOut.hour(), property->checkOut.minute());
            if (!unchanged)
                change.property = property;
        }
    }

    const QString staffName = m_staffName->text().simplified();
    if (staffName.isEmpty()) {
        setMessage(m_staffMessage,
                   tr("Enter your name: it is recorded with your changes and signs the cards you print."));
        showTab(Tab::Desk);
        failSave(tr("Who is at the desk? Enter your name."));
        return;
    }
    change.staffName = staffName;

    m_savingProperty = change.property.has_value();
    setBusy(true, tr("Saving…"));
    m_saveWatcher.setFuture(QtConcurrent::run(&DeskSetup::save, m_openUrl, change));
}

void SettingsDialog::finishDeskSave()
{
    const core::Result<DeskSetup::Saved> result = m_saveWatcher.result();
    setBusy(false);
    if (!result) {
        // The repository names the field in its message (a code taken, an
        // unknown zone); a property being written is the likelier cause.
        if (m_savingProperty)
            showTab(Tab::Property);
        failSave(tr("Nothing was saved: %1").arg(result.error()));
        return;
    }

    QString code;
    if (result->property) {
        code = result->property->code;
    } else if (const int index = m_propertyChoice->currentIndex(); index >= 0 && index < m_properties.size()) {
        code = m_properties.at(index).code;
    }
    if (!code.isEmpty())
        m_settings.setValue(Settings::Key::PropertyCode, code);
    m_settings.setValue(Settings::Key::StaffName, result->staffName);
    m_settings.sync();
    qCInfo(lcUi) << "settings saved; property" << code;
    Q_EMIT saved();
    accept();
}

void SettingsDialog::saveDatabaseChange(const storage::DatabaseUrl &url)
{
    m_pendingUrl = url;
    setBusy(true, tr("Opening %1…").arg(url.toDisplayString()));
    m_prepareWatcher.setFuture(QtConcurrent::run(&DeskSetup::prepare, url));
}

void SettingsDialog::finishDatabaseChange()
{
    const core::Status prepared = m_prepareWatcher.result();
    setBusy(false);
    if (!prepared) {
        setMessage(m_databaseMessage, prepared.error());
        showTab(Tab::Database);
        failSave(tr("The database was not changed."));
        return;
    }
    // The default file is stored as "no choice", so it follows the default if
    // that ever moves; passwords never reach the settings file.
    const bool isDefault = m_pendingUrl.engine == storage::Engine::Sqlite
        && sameDatabase(m_pendingUrl, storage::DatabaseUrl::defaultUrl());
    m_settings.setValue(Settings::Key::DatabaseUrl, isDefault ? QString() : m_pendingUrl.toDisplayString());
    m_settings.sync();
    qCInfo(lcUi) << "database changed to" << m_pendingUrl.toDisplayString();
    Q_EMIT databaseChangeRequested(m_pendingUrl);
    Q_EMIT saved();
    accept();
}

void SettingsDialog::failSave(const QString &message)
{
    m_status->setText(message);
    Q_EMIT saveFailed(message);
}

void SettingsDialog::reject()
{
    // A save under way finishes first: it may already have written.
    if (isBusy())
        return;
    QDialog::reject();
}

} // namespace tw::ui
