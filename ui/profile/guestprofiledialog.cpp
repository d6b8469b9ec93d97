#include "guestprofiledialog.h"

#include "linkstateproxymodel.h"

#include <ui/cards/cardeditordialog.h>
#include <ui/logging.h>
#include <ui/orders/neworderdialog.h>
#include <ui/settings.h>

#include <core/handlenormalizer.h>
#include <desk/profile/actorname.h>
#include <desk/profile/guestprofile.h>
#include <desk/profile/socialaccountlistmodel.h>
#include <desk/profile/staylistmodel.h>
#include <desk/profile/timelinemodel.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

using Field = desk::GuestValidator::Field;

bool sameDetails(const core::Guest &a, const core::Guest &b)
{
    return a.firstName == b.firstName && a.lastName == b.lastName && a.email == b.email && a.phone == b.phone
        && a.loyaltyNumber == b.loyaltyNumber && a.vipCode == b.vipCode && a.preferences == b.preferences
        && a.socialConsent == b.socialConsent && a.notes == b.notes;
}

// The fields someone else changed, for the conflict message.
QStringList changedFieldNames(const core::Guest &mine, const core::Guest &theirs)
{
    QStringList names;
    const auto check = [&names](bool changed, const QString &name) {
        if (changed)
            names.append(name);
    };
    check(mine.firstName != theirs.firstName, GuestProfileDialog::tr("first name"));
    check(mine.lastName != theirs.lastName, GuestProfileDialog::tr("last name"));
    check(mine.email != theirs.email, GuestProfileDialog::tr("e-mail"));
    check(mine.phone != theirs.phone, GuestProfileDialog::tr("phone"));
    check(mine.loyaltyNumber != theirs.loyaltyNumber, GuestProfileDialog::tr("loyalty number"));
    check(mine.vipCode != theirs.vipCode, GuestProfileDialog::tr("VIP code"));
    check(mine.preferences != theirs.preferences, GuestProfileDialog::tr("preferences"));
    check(mine.socialConsent != theirs.socialConsent, GuestProfileDialog::tr("consent"));
    check(mine.notes != theirs.notes, GuestProfileDialog::tr("staff notes"));
    return names;
}

void setTextIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setTextIfDifferent(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

QString storedText(const QPlainTextEdit *edit)
{
    return edit->toPlainText();
}

GuestProfileDialog::UnsavedChangesAnswer askWithMessageBox(GuestProfileDialog *dialog)
{
    QMessageBox box(
        QMessageBox::Question, GuestProfileDialog::tr("Unsaved changes"),
        GuestProfileDialog::tr("The changes to %1 are not saved yet.").arg(dialog->editedGuest().displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, dialog);
    box.setInformativeText(GuestProfileDialog::tr("Save them before closing, or close and lose them?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return GuestProfileDialog::UnsavedChangesAnswer::Save;
    case QMessageBox::Discard:
        return GuestProfileDialog::UnsavedChangesAnswer::Discard;
    default:
        return GuestProfileDialog::UnsavedChangesAnswer::Cancel;
    }
}

QTableView *createTable(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table, as keyboard users expect in a form
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

GuestProfileDialog::GuestProfileDialog(const storage::DatabaseUrl &url, core::Id guestId, Settings &settings,
                                       QWidget *parent)
    : QDialog(parent)
    , m_url(url)
    , m_guestId(guestId)
    , m_settings(settings)
    , m_askUnsaved(&askWithMessageBox)
{
    setObjectName(u"guestProfileDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    setSizeGripEnabled(true);
    setWindowTitle(tr("Guest profile[*]"));
    setAccessibleName(tr("Guest profile"));

    m_profile = new desk::GuestProfile(m_url, m_guestId, this);
    m_profile->setActor(m_settings.staffName());
    m_profile->setPropertyCode(m_settings.propertyCode());

    m_nameLabel = new QLabel(tr("Loading…"), this);
    m_nameLabel->setObjectName(u"guestName"_s);
    m_nameLabel->setAccessibleName(tr("Guest name"));
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"guestSummary"_s);
    m_summaryLabel->setAccessibleName(tr("Guest summary"));
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_banner = new QFrame(this);
    m_banner->setObjectName(u"profileBanner"_s);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    auto *bannerIcon = new QLabel(m_banner);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    bannerIcon->setPixmap(style()
                              ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                              .pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    m_bannerLabel = new QLabel(m_banner);
    m_bannerLabel->setObjectName(u"profileBannerText"_s);
    m_bannerLabel->setAccessibleName(tr("Warning"));
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerReload = new QPushButton(tr("&Reload"), m_banner);
    m_bannerReload->setObjectName(u"profileReloadButton"_s);
    m_bannerReload->setToolTip(tr("Show the details as they are stored now; your unsaved edits are dropped"));
    m_bannerReload->setAutoDefault(false);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerLabel, 1);
    bannerLayout->addWidget(m_bannerReload, 0, Qt::AlignVCenter);
    m_banner->hide();
    connect(m_bannerReload, &QPushButton::clicked, this, &GuestProfileDialog::reload);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"profileTabs"_s);
    m_tabs->setAccessibleName(tr("Profile sections"));
    m_tabs->addTab(createDetailsTab(), tr("&Details"));
    m_tabs->addTab(createStaysTab(), tr("S&tays"));
    m_tabs->addTab(createAccountsTab(), tr("Social &accounts"));
    m_tabs->addTab(createTimelineTab(), tr("T&imeline"));
    m_tabs->setEnabled(false);

    m_actorLabel = new QLabel(this);
    m_actorLabel->setObjectName(u"actorLabel"_s);
    m_actorLabel->setAccessibleName(tr("Who changes are recorded as"));
    m_actorLabel->setWordWrap(true);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"profileStatus"_s);
    m_statusLabel->setAccessibleName(tr("Status"));
    m_statusLabel->setWordWrap(true);

    m_buttons = new QDialogButtonBox(this);
    m_saveButton = m_buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setToolTip(tr("Save the changes (Ctrl+S)"));
    m_revertButton = m_buttons->addButton(tr("Re&vert"), QDialogButtonBox::ResetRole);
    m_revertButton->setObjectName(u"revertButton"_s);
    m_revertButton->setToolTip(tr("Undo the changes made since the last save"));
    QPushButton *writeCardButton = m_buttons->addButton(tr("&Write card…"), QDialogButtonBox::ActionRole);
    writeCardButton->setObjectName(u"writeCardButton"_s);
    writeCardButton->setToolTip(tr("Write a note card for this guest (%1)")
                                    .arg(CardEditorDialog::shortcut().toString(QKeySequence::NativeText)));
    QPushButton *newOrderButton = m_buttons->addButton(tr("New amenity &order…"), QDialogButtonBox::ActionRole);
    newOrderButton->setObjectName(u"newOrderButton"_s);
    newOrderButton->setToolTip(
        tr("Order an amenity for this guest (%1)").arg(NewOrderDialog::shortcut().toString(QKeySequence::NativeText)));
    QPushButton *closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    closeButton->setObjectName(u"closeButton"_s);
    // Enter in a field must not save or close: every button acts only when pressed.
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(m_saveButton, &QPushButton::clicked, this, &GuestProfileDialog::save);
    connect(m_revertButton, &QPushButton::clicked, this, &GuestProfileDialog::revert);
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);
    // The card editor sits next to the profile, as a window of the main window.
    const auto writeCard = [this] { CardEditorDialog::showFor(m_url, m_guestId, m_settings, parentWidget()); };
    connect(writeCardButton, &QPushButton::clicked, this, writeCard);
    auto *writeCardAction = new QAction(tr("Write card"), this);
    writeCardAction->setObjectName(u"writeCardAction"_s);
    writeCardAction->setShortcut(CardEditorDialog::shortcut());
    writeCardAction->setShortcutContext(Qt::WindowShortcut);
    connect(writeCardAction, &QAction::triggered, this, writeCard);
    addAction(writeCardAction);
    // The order form sits next to the profile too.
    const auto newOrder = [this] { NewOrderDialog::showFor(m_url, m_guestId, m_settings, parentWidget()); };
    connect(newOrderButton, &QPushButton::clicked, this, newOrder);
    auto *newOrderAction = new QAction(tr("New amenity order"), this);
    newOrderAction->setObjectName(u"newOrderAction"_s);
    newOrderAction->setShortcut(NewOrderDialog::shortcut());
    newOrderAction->setShortcutContext(Qt::WindowShortcut);
    connect(newOrderAction, &QAction::triggered, this, newOrder);
    addAction(newOrderAction);

    m_saveAction = new QAction(tr("Save"), this);
    m_saveAction->setObjectName(u"saveAction"_s);
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_saveAction, &QAction::triggered, this, &GuestProfileDialog::save);
    addAction(m_saveAction);
    m_reloadAction = new QAction(tr("Reload"), this);
    m_reloadAction->setObjectName(u"reloadAction"_s);
    m_reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_reloadAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_reloadAction, &QAction::triggered, this, &GuestProfileDialog::reload);
    addAction(m_reloadAction);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_actorLabel);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    connect(m_profile, &desk::GuestProfile::loaded, this, &GuestProfileDialog::onLoaded);
    connect(m_profile, &desk::GuestProfile::loadFailed, this, &GuestProfileDialog::onLoadFailed);
    connect(m_profile, &desk::GuestProfile::saved, this, &GuestProfileDialog::onSaved);
    connect(m_profile, &desk::GuestProfile::saveConflict, this, &GuestProfileDialog::onSaveConflict);
    connect(m_profile, &desk::GuestProfile::saveFailed, this, &GuestProfileDialog::onSaveFailed);
    connect(m_profile, &desk::GuestProfile::saveRefused, this, &GuestProfileDialog::onSaveRefused);
    connect(m_profile, &desk::GuestProfile::linked, this, [this](const core::SocialAccount &account) {
        m_linking = false;
        m_handle->clear();
        setHandleError({});
        const int row = m_profile->accounts()->rowOf(account.id);
        if (row >= 0)
            m_accountsView->selectRow(row);
        m_accountsStatus->setText(tr("Linked %1 on %2.")
                                      .arg(core::HandleNormalizer::display(account.network, account.handle),
                                           desk::SocialAccountListModel::networkName(account.network)));
        updateActions();
    });
    connect(m_profile, &desk::GuestProfile::unlinked, this, [this](const core::SocialAccount &account) {
        m_accountsStatus->setText(tr("Unlinked %1 on %2.")
                                      .arg(core::HandleNormalizer::display(account.network, account.handle),
                                           desk::SocialAccountListModel::networkName(account.network)));
        updateActions();
    });
    connect(m_profile, &desk::GuestProfile::confirmed, this, [this](const core::SocialAccount &account) {
        m_accountsStatus->setText(tr("Confirmed %1 on %2 as this guest's account.")
                                      .arg(core::HandleNormalizer::display(account.network, account.handle),
                                           desk::SocialAccountListModel::networkName(account.network)));
        updateActions();
    });
    connect(m_profile, &desk::GuestProfile::accountActionFailed, this, [this](const QString &message) {
        if (m_linking) {
            m_linking = false;
            setHandleError(message);
        } else {
            m_accountsStatus->setText(message);
        }
        updateActions();
    });
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::StaffName) {
            updateActor();
        } else if (key == Settings::Key::PropertyCode) {
            m_profile->setPropertyCode(m_settings.propertyCode());
            m_profile->load(); // times follow the new property's zone
        }
    });

    updateActor();
    updateActions();
    resize(760, 620);
    setStatus(tr("Loading the guest…"));
    m_profile->load();
}

GuestProfileDialog::~GuestProfileDialog()
{
    // QDialog's destructor hides the window, and the focus leaving a field
    // would reach slots whose members are already gone.
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits)
        edit->disconnect(this);
}

GuestProfileDialog *GuestProfileDialog::showFor(const storage::DatabaseUrl &url, core::Id guestId, Settings &settings,
                                                QWidget *parent)
{
    QList<GuestProfileDialog *> open;
    if (parent) {
        open = parent->findChildren<GuestProfileDialog *>(Qt::FindDirectChildrenOnly);
    } else {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<GuestProfileDialog *>(widget); dialog && !dialog->parentWidget())
                open.append(dialog);
        }
    }
    GuestProfileDialog *dialog = nullptr;
    for (GuestProfileDialog *candidate : std::as_const(open)) {
        // A closed window is hidden until its deferred deletion: not reusable.
        if (candidate->guestId() == guestId && candidate->url().toDisplayString() == url.toDisplayString()
            && candidate->isVisible()) {
            dialog = candidate;
            break;
        }
    }
    if (!dialog)
        dialog = new GuestProfileDialog(url, guestId, settings, parent);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

// A message line for a field: a warning icon and the text, shown only while
// there is something to say. The icon marks it as a problem in any palette.
QLabel *GuestProfileDialog::fieldMessage(const QString &objectName, const QString &accessibleName)
{
    auto *row = new QWidget(this);
    row->setObjectName(objectName + u"Row"_s);
    auto *icon = new QLabel(row);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                        .pixmap(QSize(size, size), devicePixelRatioF()));
    icon->setAccessibleName(tr("Problem"));
    auto *label = new QLabel(row);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(label, 1);
    row->hide();
    return label;
}

void GuestProfileDialog::showMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    label->parentWidget()->setVisible(!message.isEmpty());
}

// The field with its message line directly underneath, as one form row.
QWidget *GuestProfileDialog::fieldWithMessage(QWidget *field, QLabel **message, const QString &objectName,
                                              const QString &accessibleName)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(box);
    layout->addWidget(field);
    *message = fieldMessage(objectName, accessibleName);
    QWidget *row = (*message)->parentWidget();
    row->setParent(box);
    layout->addWidget(row);
    return box;
}

QWidget *GuestProfileDialog::createDetailsTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"detailsTab"_s);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    const auto lineEdit = [this](const QString &name, const QString &accessible, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        return edit;
    };
    m_firstName = lineEdit(u"firstNameEdit"_s, tr("First name"), QString());
    m_lastName = lineEdit(u"lastNameEdit"_s, tr("Last name"), QString());
    m_email = lineEdit(u"emailEdit"_s, tr("E-mail"), tr("name@example.com"));
    m_phone = lineEdit(u"phoneEdit"_s, tr("Phone"), tr("+44 20 7946 0000"));
    m_loyalty = lineEdit(u"loyaltyEdit"_s, tr("Loyalty number"), QString());
    m_vipCode = lineEdit(u"vipCodeEdit"_s, tr("VIP code"), tr("e.g. V1"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);

    m_preferences = new QPlainTextEdit(this);
    m_preferences->setObjectName(u"preferencesEdit"_s);
    m_preferences->setAccessibleName(tr("Preferences"));
    m_preferences->setPlaceholderText(tr("Pillows, allergies, favourite drink…"));
    m_preferences->setTabChangesFocus(true);
    m_consent = new QCheckBox(tr("The guest agreed that we match their &public posts to this profile"), this);
    m_consent->setObjectName(u"consentCheck"_s);
    m_consent->setAccessibleName(tr("Consent to social monitoring"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setAccessibleName(tr("Staff notes"));
    m_notes->setPlaceholderText(tr("For staff only; the guest never sees these"));
    m_notes->setTabChangesFocus(true);

    const auto addRow = [form, this](const QString &text, QWidget *field, QWidget *row) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, row ? row : field);
    };
    addRow(tr("&First name:"), m_firstName,
           fieldWithMessage(m_firstName, &m_nameMessage, u"nameMessage"_s, tr("Problem with the name")));
    addRow(tr("&Last name:"), m_lastName, nullptr);
    addRow(tr("&E-mail:"), m_email,
           fieldWithMessage(m_email, &m_emailMessage, u"emailMessage"_s, tr("Problem with the e-mail address")));
    addRow(tr("&Phone:"), m_phone,
           fieldWithMessage(m_phone, &m_phoneMessage, u"phoneMessage"_s, tr("Problem with the phone number")));
    addRow(tr("L&oyalty number:"), m_loyalty, nullptr);
    addRow(tr("&VIP code:"), m_vipCode, nullptr);
    addRow(tr("P&references:"), m_preferences, nullptr);
    form->addRow(QString(), m_consent);
    addRow(tr("Staff &notes:"), m_notes, nullptr);

    const QList<std::pair<QLineEdit *, Field>> checked{{m_firstName, Field::FirstName},
                                                       {m_lastName, Field::FirstName},
                                                       {m_email, Field::Email},
                                                       {m_phone, Field::Phone}};
    for (const auto &[edit, field] : checked) {
        // Problems appear once a field is left (not at the first keystroke),
        // and then follow the typing until they are fixed.
        connect(edit, &QLineEdit::editingFinished, this, [this, field = field] {
            touch(field);
            showProblems();
        });
        connect(edit, &QLineEdit::textChanged, this, [this] {
            showProblems();
            updateActions();
        });
    }
    for (QLineEdit *edit : {m_loyalty, m_vipCode})
        connect(edit, &QLineEdit::textChanged, this, &GuestProfileDialog::updateActions);
    for (QPlainTextEdit *edit : {m_preferences, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &GuestProfileDialog::updateActions);
    connect(m_consent, &QCheckBox::toggled, this, &GuestProfileDialog::updateActions);
    return page;
}

QWidget *GuestProfileDialog::createStaysTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"staysTab"_s);
    m_staysView = createTable(page, u"staysView"_s, tr("Stays"));
    m_staysView->setModel(m_profile->stays());
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_staysView);
    return page;
}

QWidget *GuestProfileDialog::createAccountsTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"accountsTab"_s);
    m_accountsProxy = new LinkStateProxyModel(this);
    m_accountsProxy->setSourceModel(m_profile->accounts());
    m_accountsView = createTable(page, u"accountsView"_s, tr("Linked social accounts"));
    m_accountsView->setModel(m_accountsProxy);

    m_confirmButton = new QPushButton(tr("&Confirm"), page);
    m_confirmButton->setObjectName(u"confirmButton"_s);
    m_confirmButton->setToolTip(tr("Confirm that the selected suggested account belongs to this guest"));
    m_unlinkButton = new QPushButton(tr("&Unlink"), page);
    m_unlinkButton->setObjectName(u"unlinkButton"_s);
    m_unlinkButton->setToolTip(tr("Remove the link between the selected account and this guest (Delete)"));
    auto *unlinkAction = new QAction(tr("Unlink"), m_accountsView);
    unlinkAction->setShortcut(QKeySequence(Qt::Key_Delete));
    unlinkAction->setShortcutContext(Qt::WidgetShortcut);
    m_accountsView->addAction(unlinkAction);
    connect(unlinkAction, &QAction::triggered, this, &GuestProfileDialog::unlinkSelected);
    connect(m_confirmButton, &QPushButton::clicked, this, &GuestProfileDialog::confirmSelected);
    connect(m_unlinkButton, &QPushButton::clicked, this, &GuestProfileDialog::unlinkSelected);
    connect(m_accountsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GuestProfileDialog::updateActions);
    connect(m_accountsProxy, &QAbstractItemModel::modelReset, this, &GuestProfileDialog::updateActions);

    m_accountsStatus = new QLabel(page);
    m_accountsStatus->setObjectName(u"accountsStatus"_s);
    m_accountsStatus->setAccessibleName(tr("Social account status"));
    m_accountsStatus->setWordWrap(true);

    m_network = new QComboBox(page);
    m_network->setObjectName(u"networkCombo"_s);
    m_network->setAccessibleName(tr("Network"));
    for (const core::Network network : {core::Network::X, core::Network::Mastodon, core::Network::Bluesky})
        m_network->addItem(desk::SocialAccountListModel::networkName(network), int(network));
    m_handle = new QLineEdit(page);
    m_handle->setObjectName(u"handleEdit"_s);
    m_handle->setAccessibleName(tr("Handle to link"));
    m_handle->setClearButtonEnabled(true);
    m_linkButton = new QPushButton(tr("&Link"), page);
    m_linkButton->setObjectName(u"linkButton"_s);
    m_linkButton->setToolTip(tr("Link this handle to the guest as confirmed"));
    m_handleMessage = fieldMessage(u"handleMessage"_s, tr("Problem with the handle"));
    m_handleMessage->parentWidget()->setParent(page);
    for (QPushButton *button : {m_confirmButton, m_unlinkButton, m_linkButton})
        button->setAutoDefault(false);

    auto *handleLabel = new QLabel(tr("&Handle:"), page);
    handleLabel->setBuddy(m_handle);
    connect(m_network, &QComboBox::currentIndexChanged, this, [this] {
        updateHandlePlaceholder();
        setHandleError({});
    });
    connect(m_handle, &QLineEdit::returnPressed, this, &GuestProfileDialog::linkHandle);
    connect(m_linkButton, &QPushButton::clicked, this, &GuestProfileDialog::linkHandle);
    connect(m_handle, &QLineEdit::textChanged, this, [this](const QString &text) {
        // A shown problem goes away as soon as the handle is one; a new one waits for Link.
        if (!m_handleMessage->text().isEmpty()) {
            const auto network = core::Network(m_network->currentData().toInt());
            if (text.trimmed().isEmpty() || core::HandleNormalizer::normalize(network, text))
                setHandleError({});
        }
        updateActions();
    });
    updateHandlePlaceholder();

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_confirmButton);
    actions->addWidget(m_unlinkButton);
    actions->addWidget(m_accountsStatus, 1);

    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_network);
    linkRow->addWidget(handleLabel);
    linkRow->addWidget(m_handle, 1);
    linkRow->addWidget(m_linkButton);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_accountsView, 1);
    layout->addLayout(actions);
    layout->addSpacing(6);
    layout->addLayout(linkRow);
    layout->addWidget(m_handleMessage->parentWidget());
    return page;
}

QWidget *GuestProfileDialog::createTimelineTab()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"timelineTab"_s);
    m_timelineView = createTable(page, u"timelineView"_s, tr("Timeline"));
    m_timelineView->setModel(m_profile->timeline());
    QHeaderView *header = m_timelineView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(desk::TimelineModel::DetailColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_timelineView);
    return page;
}

void GuestProfileDialog::updateHandlePlaceholder()
{
    switch (core::Network(m_network->currentData().toInt())) {
    case core::Network::X:
        m_handle->setPlaceholderText(tr("@name or a profile link"));
        break;
    case core::Network::Mastodon:
        m_handle->setPlaceholderText(tr("@name@instance.social or a profile link"));
        break;
    case core::Network::Bluesky:
        m_handle->setPlaceholderText(tr("@name.bsky.social or a profile link"));
        break;
    }
}

bool GuestProfileDialog::hasUnsavedChanges() const
{
    return m_hasBase && !sameDetails(editedGuest(), m_base);
}

core::Guest GuestProfileDialog::editedGuest() const
{
    core::Guest g = m_base;
    g.id = m_guestId;
    g.firstName = m_firstName->text();
    g.lastName = m_lastName->text();
    g.email = m_email->text();
    g.phone = m_phone->text();
    g.loyaltyNumber = m_loyalty->text();
    g.vipCode = m_vipCode->text();
    g.preferences = storedText(m_preferences);
    g.socialConsent = m_consent->isChecked();
    g.notes = storedText(m_notes);
    return g;
}

void GuestProfileDialog::setUnsavedChangesQuestion(UnsavedChangesQuestion question)
{
    m_askUnsaved = question ? std::move(question) : UnsavedChangesQuestion(&askWithMessageBox);
}

void GuestProfileDialog::fillForm(const core::Guest &guest)
{
    m_base = guest;
    m_hasBase = true;
    setTextIfDifferent(m_firstName, guest.firstName);
    setTextIfDifferent(m_lastName, guest.lastName);
    setTextIfDifferent(m_email, guest.email);
    setTextIfDifferent(m_phone, guest.phone);
    setTextIfDifferent(m_loyalty, guest.loyaltyNumber);
    setTextIfDifferent(m_vipCode, guest.vipCode);
    setTextIfDifferent(m_preferences, guest.preferences);
    m_consent->setChecked(guest.socialConsent);
    setTextIfDifferent(m_notes, guest.notes);
    m_touched.clear();
    m_conflict = false;
    hideBanner();
    showProblems();
    updateHeader();
    updateActions();
    Q_EMIT formReset();
}

QWidget *GuestProfileDialog::fieldWidget(Field field) const
{
    switch (field) {
    case Field::FirstName:
        return m_firstName;
    case Field::LastName:
        return m_lastName;
    case Field::Email:
        return m_email;
    case Field::Phone:
        return m_phone;
    }
    return nullptr;
}

void GuestProfileDialog::touch(Field field)
{
    m_touched.insert(int(field));
}

void GuestProfileDialog::setFieldMessage(Field field, const QString &message)
{
    QLabel *label = nullptr;
    switch (field) {
    case Field::FirstName:
    case Field::LastName:
        label = m_nameMessage;
        break;
    case Field::Email:
        label = m_emailMessage;
        break;
    case Field::Phone:
        label = m_phoneMessage;
        break;
    }
    if (!label)
        return;
    showMessage(label, message);
    // Screen readers announce the problem with the field itself.
    if (QWidget *widget = fieldWidget(field))
        widget->setAccessibleDescription(message);
    if (field == Field::FirstName)
        m_lastName->setAccessibleDescription(message);
}

// Shows the problems of touched fields; a fixed field loses its message at once.
void GuestProfileDialog::showProblems()
{
    if (!m_firstName)
        return;
    const core::Guest g = editedGuest();
    const auto shown = [this](Field field, const QString &message) {
        setFieldMessage(field, m_touched.contains(int(field)) ? message : QString());
    };
    shown(Field::FirstName, desk::GuestValidator::checkNames(g.firstName, g.lastName));
    shown(Field::Email, desk::GuestValidator::checkEmail(g.email));
    shown(Field::Phone, desk::GuestValidator::checkPhone(g.phone));
}

void GuestProfileDialog::updateActions()
{
    if (!m_saveButton)
        return;
    const bool dirty = hasUnsavedChanges();
    const bool valid = m_hasBase && desk::GuestValidator::check(editedGuest()).isEmpty();
    m_saveButton->setEnabled(dirty && valid && !m_saving && !m_conflict);
    m_revertButton->setEnabled(dirty && !m_saving);
    m_saveAction->setEnabled(m_hasBase); // refusals explain themselves
    setWindowModified(dirty);
    if (m_accountsView) {
        const bool selected = selectedAccountId() != core::InvalidId;
        m_unlinkButton->setEnabled(selected);
        m_confirmButton->setEnabled(selected && selectedIsSuggested());
        m_linkButton->setEnabled(!m_linking && !m_handle->text().trimmed().isEmpty());
    }
}

void GuestProfileDialog::updateHeader()
{
    const QString name = m_base.displayName().isEmpty() ? tr("Unnamed guest") : m_base.displayName();
    m_nameLabel->setText(name);
    setWindowTitle(tr("%1[*] – Guest profile").arg(name));
    QStringList parts;
    if (!m_base.vipCode.isEmpty())
        parts.append(tr("VIP code: %1").arg(m_base.vipCode));
    if (!m_base.loyaltyNumber.isEmpty())
        parts.append(tr("Loyalty number: %1").arg(m_base.loyaltyNumber));
    if (!m_base.email.isEmpty())
        parts.append(m_base.email);
    m_summaryLabel->setText(parts.join(u" · "_s));
    m_summaryLabel->setVisible(!parts.isEmpty());
}

void GuestProfileDialog::updateActor()
{
    const QString staff = m_settings.staffName();
    m_profile->setActor(staff);
    if (desk::ActorName::isWorkstationFallback(staff)) {
        m_actorLabel->setText(tr("No staff name is set on this workstation, so changes are recorded as “%1”, "
                                 "after the workstation's login. Enter your name in Settings so the audit log "
                                 "shows who made them.")
                                  .arg(m_profile->actor()));
    } else {
        m_actorLabel->setText(tr("Changes are recorded as %1.").arg(m_profile->actor()));
    }
}

void GuestProfileDialog::showBanner(const QString &message, bool offerReload)
{
    m_bannerLabel->setText(message);
    m_bannerReload->setVisible(offerReload);
    m_banner->show();
}

void GuestProfileDialog::hideBanner()
{
    m_banner->hide();
    m_bannerLabel->clear();
}

void GuestProfileDialog::setStatus(const QString &text)
{
    m_statusLabel->setText(text);
}

bool GuestProfileDialog::save()
{
    if (!m_hasBase || m_saving)
        return false;
    if (m_conflict) {
        setStatus(tr("Not saved: reload first to see the other change, then make yours again."));
        return false;
    }
    if (!hasUnsavedChanges()) {
        setStatus(tr("There are no changes to save."));
        return false;
    }
    const core::Guest edited = editedGuest();
    if (!m_profile->save(edited))
        return false; // onSaveRefused() shows why
    m_saving = true;
    setStatus(tr("Saving…"));
    updateActions();
    return true;
}

void GuestProfileDialog::revert()
{
    if (!m_hasBase)
        return;
    // What is stored now: after a change elsewhere, the edits start from that.
    fillForm(m_profile->guest());
    setStatus(tr("Changes undone."));
}

void GuestProfileDialog::reload()
{
    if (m_conflict || (m_hasBase && !hasUnsavedChanges())) {
        fillForm(m_profile->guest());
        setStatus(tr("Showing the details as they are stored now."));
    }
    m_profile->load();
}

void GuestProfileDialog::onLoaded()
{
    const core::Guest &stored = m_profile->guest();
    if (!m_hasBase) {
        fillForm(stored);
        m_tabs->setEnabled(true);
        setStatus(QString());
    } else if (!hasUnsavedChanges() && !m_saving) {
        // Nothing of ours to lose: follow changes made elsewhere.
        if (!sameDetails(stored, m_base) || stored.version != m_base.version)
            fillForm(stored);
    } else if (stored.version != m_base.version && !m_saving) {
        m_conflict = true;
        const QStringList fields = changedFieldNames(m_base, stored);
        showBanner(fields.isEmpty()
                       ? tr("Someone else saved this guest while you were editing. Saving now would overwrite "
                            "their change: reload to see it (your unsaved edits are dropped), then make yours "
                            "again.")
                       : tr("Someone else changed the %1 of this guest while you were editing. Saving now "
                            "would overwrite their change: reload to see it (your unsaved edits are dropped), "
                            "then make yours again.")
                             .arg(fields.join(u", "_s)),
                   true);
        updateActions();
    }
    if (!m_timelineScrolled && m_profile->timeline()->rowCount() > 0) {
        m_timelineScrolled = true;
        scrollTimelineToNow();
    }
}

void GuestProfileDialog::scrollTimelineToNow()
{
    const desk::TimelineModel *timeline = m_profile->timeline();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int row = timeline->rowCount() - 1;
    for (int i = 0; i < timeline->rowCount(); ++i) {
        if (timeline->entry(i).at > now) {
            row = qMax(0, i - 1);
            break;
        }
    }
    m_timelineView->scrollTo(timeline->index(row, 0), QAbstractItemView::PositionAtCenter);
}

void GuestProfileDialog::onLoadFailed(const QString &message)
{
    if (!m_hasBase)
        m_nameLabel->setText(tr("Guest profile"));
    showBanner(tr("%1\nPress F5 to try again.").arg(message), false);
    setStatus(QString());
}

void GuestProfileDialog::onSaved(const core::Guest &guest)
{
    m_saving = false;
    fillForm(guest);
    setStatus(tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    if (m_closeAfterSave) {
        m_closeAfterSave = false;
        close();
    }
}

void GuestProfileDialog::onSaveConflict(const core::Guest &latest, const QString &message)
{
    Q_UNUSED(latest)
    m_saving = false;
    m_closeAfterSave = false;
    m_conflict = true;
    showBanner(message, true);
    setStatus(tr("Not saved."));
    updateActions();
}

void GuestProfileDialog::onSaveFailed(const QString &message)
{
    m_saving = false;
    m_closeAfterSave = false;
    showBanner(message, false);
    setStatus(tr("Not saved."));
    updateActions();
}

void GuestProfileDialog::onSaveRefused(const QList<desk::GuestValidator::Problem> &problems)
{
    m_closeAfterSave = false;
    for (const desk::GuestValidator::Problem &problem : problems)
        touch(problem.field);
    showProblems();
    m_tabs->setCurrentIndex(0);
    if (!problems.isEmpty()) {
        if (QWidget *first = fieldWidget(problems.first().field))
            first->setFocus(Qt::OtherFocusReason);
    }
    setStatus(tr("Not saved: correct the fields marked above."));
    updateActions();
}

void GuestProfileDialog::setHandleError(const QString &message)
{
    showMessage(m_handleMessage, message);
    m_handle->setAccessibleDescription(message);
}

void GuestProfileDialog::linkHandle()
{
    if (m_linking || m_handle->text().trimmed().isEmpty())
        return;
    const auto network = core::Network(m_network->currentData().toInt());
    const core::Status started = m_profile->link(network, m_handle->text());
    if (!started) {
        setHandleError(started.error());
        m_handle->setFocus(Qt::OtherFocusReason);
        return;
    }
    setHandleError({});
    m_linking = true;
    m_accountsStatus->setText(tr("Linking…"));
    updateActions();
}

core::Id GuestProfileDialog::selectedAccountId() const
{
    const QModelIndexList rows = m_accountsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return core::InvalidId;
    return rows.first().data(desk::SocialAccountListModel::AccountIdRole).toLongLong();
}

bool GuestProfileDialog::selectedIsSuggested() const
{
    const QModelIndexList rows = m_accountsView->selectionModel()->selectedRows();
    return !rows.isEmpty()
        && rows.first().data(desk::SocialAccountListModel::StateRole).toInt() == int(core::LinkState::Suggested);
}

void GuestProfileDialog::unlinkSelected()
{
    const core::Id id = selectedAccountId();
    if (id == core::InvalidId)
        return;
    m_accountsStatus->setText(tr("Unlinking…"));
    m_profile->unlink(id);
}

void GuestProfileDialog::confirmSelected()
{
    const core::Id id = selectedAccountId();
    if (id == core::InvalidId || !selectedIsSuggested())
        return;
    m_accountsStatus->setText(tr("Confirming…"));
    m_profile->confirm(id);
}

void GuestProfileDialog::reject()
{
    // Escape closes like the window's close button, through the same question.
    close();
}

void GuestProfileDialog::closeEvent(QCloseEvent *event)
{
    if (m_saving) {
        // The save finishes first; the window closes when it succeeds.
        m_closeAfterSave = true;
        event->ignore();
        return;
    }
    if (!hasUnsavedChanges()) {
        event->accept();
        return;
    }
    switch (m_askUnsaved(this)) {
    case UnsavedChangesAnswer::Discard:
        event->accept();
        return;
    case UnsavedChangesAnswer::Cancel:
        event->ignore();
        return;
    case UnsavedChangesAnswer::Save:
        event->ignore();
        if (save())
            m_closeAfterSave = true;
        return;
    }
}

} // namespace tw::ui
