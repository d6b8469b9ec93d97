#include "cardtemplatesdialog.h"

#include "cardworker.h"
#include "mergefieldmenu.h"
#include "mergehighlighter.h"

#include <ui/logging.h>
#include <ui/settings.h>

#include <core/cardmerge.h>
#include <core/inhouserule.h>
#include <desk/profile/actorname.h>
#include <storage/cardtemplaterepository.h>
#include <storage/database.h>
#include <storage/propertyrepository.h>

#include <QAction>
#include <QCloseEvent>
#include <QFont>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

struct Contents
{
    QTimeZone zone;
    QList<core::CardTemplate> templates;
};

struct SaveOutcome
{
    bool conflict = false;
    core::CardTemplate stored; // as saved, or as stored now on a conflict
    QString message;           // on a conflict: the repository's, naming who changed it
};

bool askWithMessageBox(QWidget *parent, const core::CardTemplate &cardTemplate)
{
    QMessageBox box(QMessageBox::Question, CardTemplatesDialog::tr("Remove template"),
                    CardTemplatesDialog::tr("Remove the template “%1”?").arg(cardTemplate.name),
                    QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setInformativeText(
        CardTemplatesDialog::tr("Cards already written with it keep their wording. This cannot be undone."));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

bool askToDiscard(QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, CardTemplatesDialog::tr("Unsaved template"),
                    CardTemplatesDialog::tr("The changes to this template are not saved."),
                    QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(CardTemplatesDialog::tr("Close and lose them, or go back and save them?"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

// Values for every field, so that the wording shows only the problems of the
// template itself (unknown and unclosed fields), not those of some guest.
core::CardMerge::Values sampleValues()
{
    core::CardMerge::Values values;
    values.firstName = values.lastName = values.room = values.property = values.signature = u"x"_s;
    values.arrival = values.departure = QDate(2000, 1, 1);
    return values;
}

} // namespace

CardTemplatesDialog::CardTemplatesDialog(const storage::DatabaseUrl &url, Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_url(url)
    , m_settings(settings)
    , m_askRemove(&askWithMessageBox)
    , m_askDiscard(&askToDiscard)
{
    setObjectName(u"cardTemplatesDialog"_s);
    setWindowTitle(tr("Card templates[*]"));
    setAccessibleName(tr("Card templates"));
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setSizeGripEnabled(true);
    m_worker = new CardWorker(m_url, this);
    connect(m_worker, &CardWorker::busyChanged, this, &CardTemplatesDialog::updateActions);
    // Another desk's change shows at once unless it would replace edits here:
    // those meet it on saving, as a conflict.
    connect(m_worker, &CardWorker::databaseChanged, this, [this](const QString &table) {
        if (table == "card_templates"_L1 && m_loaded && !m_saving && !m_conflict && !hasUnsavedChanges())
            reload();
    });
    createWidgets();
    resize(820, 540);
    reload();
}

CardTemplatesDialog::~CardTemplatesDialog()
{
    delete m_worker;
    m_worker = nullptr;
}

void CardTemplatesDialog::setRemoveQuestion(RemoveQuestion question)
{
    m_askRemove = std::move(question);
}

bool CardTemplatesDialog::isBusy() const
{
    return m_worker && m_worker->isBusy();
}

void CardTemplatesDialog::createWidgets()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(u"templateList"_s);
    m_list->setAccessibleName(tr("Templates"));
    connect(m_list, &QListWidget::currentRowChanged, this, &CardTemplatesDialog::showTemplate);
    auto *listLabel = new QLabel(tr("&Templates:"), this);
    listLabel->setBuddy(m_list);

    m_addButton = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("&Add"), this);
    m_addButton->setObjectName(u"addTemplateButton"_s);
    m_addButton->setToolTip(tr("Write a new template of your own"));
    connect(m_addButton, &QPushButton::clicked, this, &CardTemplatesDialog::addTemplate);
    m_removeButton = new QPushButton(QIcon::fromTheme(u"list-remove"_s), tr("&Remove"), this);
    m_removeButton->setObjectName(u"removeTemplateButton"_s);
    connect(m_removeButton, &QPushButton::clicked, this, &CardTemplatesDialog::removeTemplate);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"templateName"_s);
    m_name->setAccessibleName(tr("Template name"));
    m_name->setMaxLength(60);
    m_name->setPlaceholderText(tr("late_checkout, honeymoon…"));
    connect(m_name, &QLineEdit::textChanged, this, &CardTemplatesDialog::updateActions);

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(u"templateBody"_s);
    m_body->setAccessibleName(tr("Template wording"));
    m_body->setTabChangesFocus(true);
    m_highlighter = new MergeHighlighter(m_body->document());
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        updateIssues();
        updateActions();
    });

    m_insertFieldButton = new QToolButton(this);
    m_insertFieldButton->setObjectName(u"insertFieldButton"_s);
    m_insertFieldButton->setText(tr("Insert &field"));
    m_insertFieldButton->setPopupMode(QToolButton::InstantPopup);
    m_insertFieldButton->setMenu(new MergeFieldMenu(m_body, m_insertFieldButton));

    m_issuesLabel = new QLabel(this);
    m_issuesLabel->setObjectName(u"templateIssues"_s);
    m_issuesLabel->setAccessibleName(tr("Problems in the wording"));
    m_issuesLabel->setWordWrap(true);
    QPalette errorPalette = m_issuesLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_issuesLabel->setPalette(errorPalette);
    m_issuesLabel->hide();

    m_changedLabel = new QLabel(this);
    m_changedLabel->setObjectName(u"templateChanged"_s);
    m_changedLabel->setAccessibleName(tr("Last change"));
    m_changedLabel->setWordWrap(true);

    m_banner = new QFrame(this);
    m_banner->setObjectName(u"templateBanner"_s);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    m_bannerLabel = new QLabel(m_banner);
    m_bannerLabel->setObjectName(u"templateBannerText"_s);
    m_bannerLabel->setAccessibleName(tr("Warning"));
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerReload = new QPushButton(tr("Re&load"), m_banner);
    bannerReload->setObjectName(u"templateReloadButton"_s);
    bannerReload->setToolTip(tr("Show the template as it is stored now; your unsaved edits are dropped"));
    bannerReload->setAutoDefault(false);
    connect(bannerReload, &QPushButton::clicked, this, &CardTemplatesDialog::reload);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerLabel, 1);
    bannerLayout->addWidget(bannerReload, 0, Qt::AlignVCenter);
    m_banner->hide();

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"templateStatus"_s);
    m_statusLabel->setAccessibleName(tr("Status"));
    m_statusLabel->setWordWrap(true);

    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(u"saveTemplateButton"_s);
    m_saveButton->setToolTip(tr("Save the template (Ctrl+S)"));
    m_revertButton = new QPushButton(tr("Re&vert"), this);
    m_revertButton->setObjectName(u"revertTemplateButton"_s);
    auto *closeButton = new QPushButton(tr("Close"), this);
    closeButton->setObjectName(u"closeButton"_s);
    for (QPushButton *button : {m_addButton, m_removeButton, m_saveButton, m_revertButton, closeButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_saveButton, &QPushButton::clicked, this, &CardTemplatesDialog::save);
    connect(m_revertButton, &QPushButton::clicked, this, &CardTemplatesDialog::revert);
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);
    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    saveAction->setShortcutContext(Qt::WindowShortcut);
    connect(saveAction, &QAction::triggered, this, &CardTemplatesDialog::save);
    addAction(saveAction);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch(1);
    leftLayout->addLayout(listButtons);

    auto *right = new QWidget(this);
    auto *form = new QFormLayout(right);
    form->setContentsMargins(0, 0, 0, 0);
    auto *nameLabel = new QLabel(tr("&Name:"), right);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto *bodyLabel = new QLabel(tr("&Wording:"), right);
    bodyLabel->setBuddy(m_body);
    auto *bodyBox = new QVBoxLayout;
    bodyBox->addWidget(m_body, 1);
    auto *bodyTools = new QHBoxLayout;
    bodyTools->addWidget(m_issuesLabel, 1);
    bodyTools->addWidget(m_insertFieldButton, 0, Qt::AlignTop);
    bodyBox->addLayout(bodyTools);
    form->addRow(bodyLabel, bodyBox);
    form->addRow(QString(), m_changedLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 560});

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_statusLabel, 1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    updateActions();
}

int CardTemplatesDialog::rowOf(core::Id id) const
{
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).id == id)
            return int(i);
    }
    return -1;
}

void CardTemplatesDialog::reload()
{
    const core::Id current = m_base.id;
    const QString code = m_settings.propertyCode();
    m_worker->submit<Contents>(
        [code](storage::Database &db) -> core::Result<Contents> {
            Contents contents;
            storage::PropertyRepository properties(db);
            std::optional<core::Property> property = code.isEmpty() ? std::nullopt : properties.byCode(code);
            if (!property) {
                const QList<core::Property> all = properties.list();
                if (!all.isEmpty())
                    property = all.constFirst();
            }
            // Times are the property's, as everywhere at the desk.
            contents.zone = property ? core::InHouseRule(*property).timeZone() : QTimeZone::systemTimeZone();
            contents.templates = storage::CardTemplateRepository(db).all();
            return contents;
        },
        [this, current](core::Result<Contents> result) {
            if (!result) {
                setStatus(result.error());
                Q_EMIT failed(result.error());
                return;
            }
            m_conflict = false;
            m_banner->hide();
            m_zone = result->zone;
            showTemplates(result->templates, current);
            m_loaded = true;
            Q_EMIT loaded();
        });
}

void CardTemplatesDialog::showTemplates(const QList<core::CardTemplate> &templates, core::Id select)
{
    m_templates = templates;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const core::CardTemplate &t : std::as_const(m_templates)) {
        auto *item = new QListWidgetItem(t.builtIn ? tr("%1 (built in)").arg(t.name) : t.name, m_list);
        item->setData(Qt::UserRole, t.id);
    }
    const int row = rowOf(select);
    const int shown = row >= 0 ? row : (m_templates.isEmpty() ? -1 : 0);
    m_list->setCurrentRow(shown);
    showTemplate(shown);
}

void CardTemplatesDialog::showTemplate(int row)
{
    m_base = row >= 0 && row < m_templates.size() ? m_templates.at(row) : core::CardTemplate{};
    {
        const QSignalBlocker nameBlocker(m_name);
        const QSignalBlocker bodyBlocker(m_body);
        m_name->setText(m_base.name);
        m_body->setPlainText(m_base.body);
    }
    if (m_base.id != core::InvalidId && m_base.updatedAt.isValid()) {
        m_changedLabel->setText(tr("Last changed %1 by %2.")
                                    .arg(QLocale().toString(m_base.updatedAt.toTimeZone(m_zone), QLocale::ShortFormat),
                                         m_base.updatedBy.isEmpty() ? tr("the installation") : m_base.updatedBy));
    } else {
        m_changedLabel->clear();
    }
    updateIssues();
    updateActions();
}

core::CardTemplate CardTemplatesDialog::editedTemplate() const
{
    core::CardTemplate t = m_base;
    t.name = m_name->text().trimmed();
    t.body = m_body->toPlainText();
    return t;
}

bool CardTemplatesDialog::hasUnsavedChanges() const
{
    const core::CardTemplate t = editedTemplate();
    if (m_base.id == core::InvalidId)
        return !t.name.isEmpty() || !t.body.trimmed().isEmpty();
    return t.name != m_base.name || t.body != m_base.body;
}

void CardTemplatesDialog::updateIssues()
{
    const core::CardMerge::Outcome outcome = core::CardMerge().merge(m_body->toPlainText(), sampleValues());
    m_highlighter->setIssues(outcome.issues);
    QStringList problems;
    for (const core::CardMerge::Issue &issue : outcome.issues)
        problems.append(issue.message());
    m_issuesLabel->setText(problems.join(u'\n'));
    m_issuesLabel->setVisible(!problems.isEmpty());
    m_body->setAccessibleDescription(problems.join(u' '));
}

void CardTemplatesDialog::updateActions()
{
    if (!m_saveButton)
        return;
    const bool dirty = hasUnsavedChanges();
    const bool busy = isBusy() || m_saving;
    const core::CardTemplate t = editedTemplate();
    const bool valid = !t.name.isEmpty() && !t.body.trimmed().isEmpty() && m_issuesLabel->isHidden();
    setWindowModified(dirty);
    m_saveButton->setEnabled(dirty && valid && !busy && !m_conflict);
    m_saveButton->setToolTip(!valid && dirty ? tr("A template needs a name and wording without unknown fields")
                                             : tr("Save the template (Ctrl+S)"));
    m_revertButton->setEnabled(dirty && !busy);
    // Switching templates would lose the edits: save or revert first.
    m_list->setEnabled(!dirty && !busy);
    m_addButton->setEnabled(!dirty && !busy);
    const bool removable = m_base.id != core::InvalidId && !m_base.builtIn;
    m_removeButton->setEnabled(removable && !busy);
    m_removeButton->setToolTip(m_base.builtIn ? tr("Built-in templates can be edited but not removed")
                                              : tr("Remove this template"));
    m_name->setEnabled(m_loaded || m_base.id == core::InvalidId);
    m_body->setEnabled(m_name->isEnabled());
}

void CardTemplatesDialog::setStatus(const QString &text)
{
    m_statusLabel->setText(text);
}

bool CardTemplatesDialog::selectTemplate(const QString &name)
{
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        if (m_templates.at(i).name.compare(name, Qt::CaseInsensitive) == 0) {
            m_list->setCurrentRow(int(i));
            return true;
        }
    }
    return false;
}

void CardTemplatesDialog::addTemplate()
{
    if (hasUnsavedChanges())
        return;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
    }
    showTemplate(-1);
    {
        const QSignalBlocker bodyBlocker(m_body);
        m_body->setPlainText(tr("Dear {first_name},\n\n\n\nWarm regards,\n{signature}"));
    }
    m_name->setFocus(Qt::OtherFocusReason);
    setStatus(tr("A new template: give it a name and its wording, then save it."));
    updateActions();
}

bool CardTemplatesDialog::save()
{
    if (!m_saveButton->isEnabled())
        return false;
    const core::CardTemplate edited = editedTemplate();
    const QString actor = desk::ActorName::resolve(m_settings.staffName());
    m_saving = true;
    updateActions();
    setStatus(tr("Saving…"));
    m_worker->submit<SaveOutcome>(
        [edited, actor](storage::Database &db) -> core::Result<SaveOutcome> {
            storage::CardTemplateRepository repository(db);
            if (edited.id == core::InvalidId) {
                auto added = repository.add(edited, actor);
                if (!added)
                    return core::Result<SaveOutcome>::failure(added.error());
                return SaveOutcome{false, added.value(), {}};
            }
            auto updated = repository.update(edited, actor);
            if (updated)
                return SaveOutcome{false, updated.value(), {}};
            // A newer version stored, or gone: someone else was first.
            const std::optional<core::CardTemplate> stored = repository.byId(edited.id);
            if (!stored || stored->version != edited.version)
                return SaveOutcome{true, stored.value_or(core::CardTemplate{}), updated.error()};
            return core::Result<SaveOutcome>::failure(updated.error());
        },
        [this](core::Result<SaveOutcome> result) {
            m_saving = false;
            if (!result) {
                setStatus(tr("Not saved: %1").arg(result.error()));
                updateActions();
                Q_EMIT failed(result.error());
                return;
            }
            if (result->conflict) {
                const core::CardTemplate &stored = result->stored;
                QString message = result->message;
                if (stored.id == core::InvalidId) {
                    message = tr("Someone removed this template since you opened it; your edits are not saved.");
                } else if (!stored.updatedBy.isEmpty() && !message.contains(stored.updatedBy)) {
                    message = tr("%1 changed “%2” on %3, after you opened it; your edits are not saved.")
                                  .arg(stored.updatedBy, stored.name,
                                       QLocale().toString(stored.updatedAt.toTimeZone(m_zone), QLocale::ShortFormat));
                }
                showConflict(message);
                return;
            }
            const core::CardTemplate stored = result->stored;
            QList<core::CardTemplate> templates = m_templates;
            if (const int row = rowOf(stored.id); row >= 0)
                templates[row] = stored;
            else
                templates.append(stored);
            showTemplates(templates, stored.id);
            setStatus(tr("Saved “%1”.").arg(stored.name));
            Q_EMIT saved(stored);
        });
    return true;
}

void CardTemplatesDialog::showConflict(const QString &message)
{
    m_conflict = true;
    const QString text = message.isEmpty()
        ? tr("Someone else changed this template since you opened it. Your edits are not saved.")
        : message;
    m_bannerLabel->setText(
        tr("%1 Reload to see their version (your edits are dropped), or copy your wording first.").arg(text));
    m_banner->show();
    setStatus(tr("Not saved: someone else changed the template."));
    updateActions();
    Q_EMIT conflict(text);
}

void CardTemplatesDialog::revert()
{
    const int row = rowOf(m_base.id);
    if (row < 0) {
        showTemplates(m_templates, m_templates.isEmpty() ? core::InvalidId : m_templates.constFirst().id);
    } else {
        showTemplate(row);
    }
    setStatus(tr("Edits undone."));
}

void CardTemplatesDialog::removeTemplate()
{
    if (m_base.id == core::InvalidId || m_base.builtIn || isBusy())
        return;
    if (!m_askRemove(this, m_base))
        return;
    const core::CardTemplate gone = m_base;
    const QString actor = desk::ActorName::resolve(m_settings.staffName());
    m_worker->submit<QList<core::CardTemplate>>(
        [gone, actor](storage::Database &db) -> core::Result<QList<core::CardTemplate>> {
            storage::CardTemplateRepository repository(db);
            if (const core::Status removed = repository.remove(gone.id, actor); !removed)
                return core::Result<QList<core::CardTemplate>>::failure(removed.error());
            return repository.all();
        },
        [this, gone](core::Result<QList<core::CardTemplate>> result) {
            if (!result) {
                setStatus(tr("Not removed: %1").arg(result.error()));
                updateActions();
                Q_EMIT failed(result.error());
                return;
            }
            showTemplates(result.value(), core::InvalidId);
            setStatus(tr("Removed “%1”.").arg(gone.name));
            Q_EMIT removed(gone.id);
        });
}

void CardTemplatesDialog::reject()
{
    close();
}

void CardTemplatesDialog::setDiscardQuestion(DiscardQuestion question)
{
    m_askDiscard = std::move(question);
}

void CardTemplatesDialog::closeEvent(QCloseEvent *event)
{
    if (hasUnsavedChanges() && !m_askDiscard(this)) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace tw::ui
