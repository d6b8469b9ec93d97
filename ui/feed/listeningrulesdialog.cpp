#include "listeningrulesdialog.h"

#include <ui/logging.h>

#include <desk/feed/feedcontroller.h>
#include <desk/feed/listeningruleeditor.h>
#include <desk/feed/listeningrulelistmodel.h>
#include <social/tokenstore.h>
#include <social/x/xrulesclient.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tw::ui {

ListeningRulesDialog::ListeningRulesDialog(const QString &propertyCode, desk::FeedController *controller,
                                           QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(u"listeningRulesDialog"_s);
    setWindowTitle(tr("Listening Rules"));
    setAccessibleName(tr("Listening rules"));

    m_editor = new desk::ListeningRuleEditor(controller->url(), this);
    m_editor->setPropertyCode(propertyCode);
    m_access = new QNetworkAccessManager(this);

    m_heading = new QLabel(tr("Reading the rules…"), this);
    m_heading->setObjectName(u"rulesHeading"_s);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    auto *intro = new QLabel(tr("Posts that match a rule appear on the live feed. On X a rule uses the filtered "
                                "stream's syntax, for example @HarbourViewLX OR #HarbourViewLisbon -is:retweet; on "
                                "Mastodon a rule follows one hashtag on one instance. The tag names the rule on the "
                                "feed and in its filter."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    m_view = new QTableView(this);
    m_view->setObjectName(u"rulesList"_s);
    m_view->setAccessibleName(tr("Listening rules"));
    m_view->setModel(m_editor->model());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    // The rule gets the room; the short columns fit their contents.
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(desk::ListeningRuleListModel::ValueColumn, QHeaderView::Stretch);
    m_removeButton = new QPushButton(tr("Re&move"), this);
    m_removeButton->setObjectName(u"removeRuleButton"_s);
    m_removeButton->setToolTip(tr("Stop listening for the selected rule (Delete)"));
    m_removeButton->setShortcut(QKeySequence::Delete);
    connect(m_removeButton, &QPushButton::clicked, this, &ListeningRulesDialog::removeSelected);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_view, 1);
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch(1);
    listRow->addLayout(listButtons);

    // The form for a new rule.
    auto *form = new QGroupBox(tr("Add a rule"), this);
    form->setObjectName(u"addRuleGroup"_s);
    m_network = new QComboBox(form);
    m_network->setObjectName(u"ruleNetwork"_s);
    m_network->setAccessibleName(tr("Network of the new rule"));
    m_network->addItem(tr("X"), int(core::Network::X));
    m_network->addItem(tr("Mastodon"), int(core::Network::Mastodon));
    m_value = new QLineEdit(form);
    m_value->setObjectName(u"ruleValue"_s);
    m_tag = new QLineEdit(form);
    m_tag->setObjectName(u"ruleTag"_s);
    m_tag->setAccessibleName(tr("Tag of the new rule"));
    m_tag->setPlaceholderText(tr("optional, e.g. mentions"));
    m_instance = new QLineEdit(form);
    m_instance->setObjectName(u"ruleInstance"_s);
    m_instance->setAccessibleName(tr("Mastodon instance"));
    m_instance->setPlaceholderText(tr("mastodon.social"));
    m_addButton = new QPushButton(tr("&Add rule"), form);
    m_addButton->setObjectName(u"addRuleButton"_s);
    m_addButton->setAutoDefault(true);
    m_addButton->setDefault(true);
    connect(m_addButton, &QPushButton::clicked, this, &ListeningRulesDialog::addRule);
    m_checkNote = new QLabel(form);
    m_checkNote->setObjectName(u"ruleCheckNote"_s);
    m_checkNote->setWordWrap(true);
    m_checkNote->setForegroundRole(QPalette::PlaceholderText);

    auto *formLayout = new QFormLayout(form);
    formLayout->addRow(tr("&Network:"), m_network);
    formLayout->addRow(tr("&Rule:"), m_value);
    formLayout->addRow(tr("&Tag:"), m_tag);
    m_instanceLabel = new QLabel(tr("&Instance:"), form);
    m_instanceLabel->setBuddy(m_instance);
    formLayout->addRow(m_instanceLabel, m_instance);
    formLayout->addRow(m_checkNote);
    formLayout->addRow(QString(), m_addButton);

    m_messageIcon = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setObjectName(u"rulesMessage"_s);
    m_message->setAccessibleName(tr("Result"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageIcon, 0, Qt::AlignTop);
    messageRow->addWidget(m_message, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter in the form adds a rule; only Esc and the button close.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(intro);
    layout->addLayout(listRow, 1);
    layout->addWidget(form);
    layout->addLayout(messageRow);
    layout->addWidget(buttons);
    setMinimumSize(640, 520);

    connect(m_network, &QComboBox::currentIndexChanged, this, &ListeningRulesDialog::updateForm);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ListeningRulesDialog::updateButtons);
    connect(m_editor, &desk::ListeningRuleEditor::busyChanged, this, &ListeningRulesDialog::updateButtons);
    connect(m_editor, &desk::ListeningRuleEditor::loaded, this, [this] {
        const core::Property &property = m_editor->property();
        m_heading->setText(tr("Listening rules of %1 (%2)").arg(property.name, property.code));
        updateButtons();
    });
    connect(m_editor, &desk::ListeningRuleEditor::loadFailed, this, [this](const QString &message) {
        m_heading->setText(tr("The rules cannot be read"));
        setMessage(tr("%1 Close this window and try again once the database can be reached.").arg(message), true);
    });
    connect(m_editor, &desk::ListeningRuleEditor::added, this, [this](const core::ListeningRule &rule) {
        m_changed = true;
        m_value->clear();
        m_tag->clear();
        const int row = m_editor->model()->rowOf(rule.id);
        if (row >= 0)
            m_view->selectRow(row);
        m_value->setFocus();
    });
    connect(m_editor, &desk::ListeningRuleEditor::removed, this, [this] {
        m_changed = true;
        setMessage(tr("Rule removed. The listeners stop following it when this window closes."), false);
    });
    connect(m_editor, &desk::ListeningRuleEditor::failed, this,
            [this](const QString &message) { setMessage(tr("Not saved: %1").arg(message), true); });

    updateForm();
    updateButtons();
}

ListeningRulesDialog::~ListeningRulesDialog() = default;

void ListeningRulesDialog::setActor(const QString &staffName)
{
    m_editor->setActor(staffName);
}

bool ListeningRulesDialog::isBusy() const
{
    return m_editor->isBusy() || m_checking;
}

QString ListeningRulesDialog::messageText() const
{
    return m_message->text();
}

void ListeningRulesDialog::load()
{
    m_editor->load();
    m_checkNote->setText(tr("Looking for the X token…"));
    if (!m_controller)
        return;
    QPointer<ListeningRulesDialog> self(this);
    m_controller->token(core::Network::X, {}, [self](core::Result<QString> token) {
        if (!self)
            return;
        if (token && !token.value().isEmpty()) {
            self->m_xToken = token.value();
            social::StreamOptions options
                = self->m_controller ? self->m_controller->streamOptions(core::Network::X) : social::StreamOptions{};
            options.token = self->m_xToken;
            self->m_xRules = new social::XRulesClient(self->m_access, options, self);
        }
        self->updateForm();
    });
}

void ListeningRulesDialog::updateForm()
{
    const auto network = core::Network(m_network->currentData().toInt());
    const bool mastodon = network == core::Network::Mastodon;
    m_instance->setVisible(mastodon);
    m_instanceLabel->setVisible(mastodon);
    m_value->setAccessibleName(mastodon ? tr("Hashtag of the new rule") : tr("Rule of the new rule's X filter"));
    m_value->setPlaceholderText(mastodon ? tr("a hashtag, e.g. HarbourViewLisbon")
                                         : tr("e.g. @HarbourViewLX OR #HarbourViewLisbon -is:retweet"));
    if (mastodon)
        m_checkNote->setText(tr("Mastodon needs an access token for the instance (Settings, Networks tab) before "
                                "the feed can follow it."));
    else if (canValidate())
        m_checkNote->setText(tr("X checks a new rule before it is saved."));
    else
        m_checkNote->setText(tr("No X token yet, so X checks new rules only when the feed connects. Enter the "
                                "token in Settings (Networks tab) to have them checked here first."));
}

void ListeningRulesDialog::updateButtons()
{
    const bool busy = isBusy();
    m_addButton->setEnabled(!busy && m_editor->isLoaded());
    m_removeButton->setEnabled(!busy && m_view->selectionModel()->hasSelection());
}

void ListeningRulesDialog::setChecking(bool checking)
{
    m_checking = checking;
    updateButtons();
}

void ListeningRulesDialog::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    if (text.isEmpty()) {
        m_messageIcon->clear();
    } else {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        const auto icon = problem ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
        m_messageIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    }
    if (problem && !text.isEmpty())
        qCInfo(lcUi) << "listening rules:" << text;
    Q_EMIT messageChanged(text);
}

void ListeningRulesDialog::addRule()
{
    if (isBusy() || !m_editor->isLoaded())
        return;
    core::ListeningRule rule;
    rule.network = core::Network(m_network->currentData().toInt());
    rule.value = m_value->text().trimmed();
    rule.tag = m_tag->text().trimmed();
    if (rule.network == core::Network::Mastodon)
        rule.instance = m_instance->text().trimmed().toLower();
    if (rule.value.isEmpty()) {
        setMessage(rule.network == core::Network::X ? tr("Enter the rule, for example @HarbourViewLX.")
                                                    : tr("Enter the hashtag to follow, for example HarbourViewLisbon."),
                   true);
        m_value->setFocus();
        return;
    }
    if (rule.network == core::Network::Mastodon && rule.instance.isEmpty()) {
        setMessage(tr("Enter the Mastodon instance to follow the hashtag on, for example mastodon.social."), true);
        m_instance->setFocus();
        return;
    }
    if (rule.network != core::Network::X || !m_xRules) {
        save(rule, {});
        return;
    }

    setChecking(true);
    setMessage(tr("Asking X whether it accepts the rule…"), false);
    QPointer<ListeningRulesDialog> self(this);
    m_xRules->validate(rule.value, [self, rule](const social::XRuleCheck &check) {
        if (!self)
            return;
        self->setChecking(false);
        if (check.error.isError()) {
            // X could not be asked; it checks the rule again when the feed connects.
            self->save(
                rule,
                tr("X could not check the rule (%1); it checks it when the feed connects.").arg(check.error.message));
            return;
        }
        if (!check.valid) {
            self->setMessage(tr("X does not accept this rule: %1").arg(check.message), true);
            self->m_value->setFocus();
            self->m_value->selectAll();
            return;
        }
        self->save(rule, tr("X accepts the rule."));
    });
}

void ListeningRulesDialog::save(const core::ListeningRule &rule, const QString &note)
{
    setMessage(tr("Saving…"), false);
    // The message waits for the answer: the list shows the rule once it is stored.
    auto done = std::make_shared<QMetaObject::Connection>();
    auto failed = std::make_shared<QMetaObject::Connection>();
    *done = connect(m_editor, &desk::ListeningRuleEditor::added, this,
                    [this, note, done, failed](const core::ListeningRule &added) {
                        disconnect(*done);
                        disconnect(*failed);
                        const QString saved = added.network == core::Network::Mastodon
                            ? tr("Following #%1 on %2.").arg(added.value, added.instance)
                            : tr("Rule saved.");
                        setMessage(note.isEmpty() ? saved : tr("%1 %2").arg(note, saved), false);
                    });
    *failed = connect(m_editor, &desk::ListeningRuleEditor::failed, this, [done, failed] {
        QObject::disconnect(*done);
        QObject::disconnect(*failed);
    });
    m_editor->add(rule);
}

void ListeningRulesDialog::removeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || isBusy())
        return;
    const core::Id id = rows.constFirst().data(desk::ListeningRuleListModel::RuleIdRole).toLongLong();
    m_editor->remove(id);
}

} // namespace tw::ui
