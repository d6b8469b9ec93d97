#include "cardeditordialog.h"

#include "cardpreview.h"
#include "cardworker.h"
#include "mergefieldmenu.h"
#include "mergehighlighter.h"

#include <ui/logging.h>
#include <ui/settings.h>

#include <core/inhouserule.h>
#include <desk/cards/cardcomposer.h>
#include <desk/profile/actorname.h>
#include <print/cardrenderer.h>
#include <storage/cardrepository.h>
#include <storage/cardtemplaterepository.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/stayrepository.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace tw::ui {

namespace {

// Light enough that typing never waits for the preview, short enough that it
// follows each keystroke.
constexpr auto kUpdateDelay = 12ms;

struct EditorData
{
    QList<core::CardTemplate> templates;
    core::Guest guest;
    std::optional<core::Stay> stay;
    std::optional<core::Property> property;
    QList<core::Card> earlier;
    core::Card card; // the new draft, or the recorded card to reprint
    QString body;    // the wording to start from
};

int indexOfTemplate(const QList<core::CardTemplate> &templates, core::Id id)
{
    for (qsizetype i = 0; i < templates.size(); ++i) {
        if (templates.at(i).id == id)
            return int(i);
    }
    return -1;
}

// The welcome card when there is one: the card written most at a desk.
core::CardTemplate startingTemplate(const QList<core::CardTemplate> &templates)
{
    for (const core::CardTemplate &t : templates) {
        if (t.name.compare("welcome"_L1, Qt::CaseInsensitive) == 0)
            return t;
    }
    return templates.constFirst();
}

QString fileNamePart(const QString &text)
{
    QString part;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            part += c;
        else if (!part.isEmpty() && !part.endsWith(u'-'))
            part += u'-';
    }
    while (part.endsWith(u'-'))
        part.chop(1);
    return part;
}

bool askWithMessageBox(QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, CardEditorDialog::tr("Close the card"),
                    CardEditorDialog::tr("This card was neither printed nor exported."),
                    QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(CardEditorDialog::tr("Close it and lose the wording, or go back to print it?"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

void setErrorStyle(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
}

} // namespace

CardEditorDialog::CardEditorDialog(const storage::DatabaseUrl &url, core::Id guestId, Settings &settings,
                                   QWidget *parent)
    : CardEditorDialog(url, guestId, core::InvalidId, settings, parent)
{
}

CardEditorDialog::CardEditorDialog(const storage::DatabaseUrl &url, core::Id guestId, core::Id reprintCardId,
                                   Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_url(url)
    , m_guestId(guestId)
    , m_reprintCardId(reprintCardId)
    , m_settings(settings)
    , m_dialogs(CardOutputDialogs::standard())
    , m_zone(QTimeZone::systemTimeZone())
    , m_askDiscard(&askWithMessageBox)
{
    setObjectName(u"cardEditorDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);
    setSizeGripEnabled(true);
    setWindowTitle(isReprint() ? tr("Reprint card") : tr("Write card"));
    setAccessibleName(windowTitle());

    print::HandwritingFonts::ensureRegistered();
    m_worker = new CardWorker(m_url, this);
    connect(m_worker, &CardWorker::busyChanged, this, &CardEditorDialog::updateActions);

    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(kUpdateDelay);
    connect(&m_updateTimer, &QTimer::timeout, this, &CardEditorDialog::updateCard);

    // A print elsewhere, a template edited at another desk: the lists follow, once per burst.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(200ms);
    connect(&m_reloadTimer, &QTimer::timeout, this, &CardEditorDialog::reloadLists);
    connect(m_worker, &CardWorker::databaseChanged, this, [this](const QString &table) {
        if (m_loaded && (table == "cards"_L1 || table == "card_templates"_L1))
            m_reloadTimer.start();
    });

    createWidgets();
    updateLock();
    updateActions();
    resize(980, 640);
    setStatus(tr("Loading the guest and the templates…"));
    if (isReprint())
        loadReprint();
    else
        load();
}

CardEditorDialog::~CardEditorDialog()
{
    // The print dialogs hold the printer; they go first.
    const QList<QDialog *> dialogs = findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(dialogs);
    // A draft nobody printed is not kept; the worker runs this before it closes.
    if (m_card.id != core::InvalidId && m_card.status == core::CardStatus::Draft) {
        const core::Id draft = m_card.id;
        m_worker->post([draft](storage::Database &db) {
            if (const core::Status removed = storage::CardRepository(db).removeDraft(draft); !removed)
                qCWarning(lcUi) << "cannot remove the unprinted card draft" << draft << ":" << removed.error();
        });
    }
    delete m_worker;
    m_worker = nullptr;
}

QKeySequence CardEditorDialog::shortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
}

CardEditorDialog *CardEditorDialog::showFor(const storage::DatabaseUrl &url, core::Id guestId, Settings &settings,
                                            QWidget *parent)
{
    QList<CardEditorDialog *> open;
    if (parent) {
        open = parent->findChildren<CardEditorDialog *>(Qt::FindDirectChildrenOnly);
    } else {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<CardEditorDialog *>(widget); dialog && !dialog->parentWidget())
                open.append(dialog);
        }
    }
    CardEditorDialog *dialog = nullptr;
    for (CardEditorDialog *candidate : std::as_const(open)) {
        if (candidate->guestId() == guestId && !candidate->isReprint() && candidate->isVisible()
            && candidate->m_url.toDisplayString() == url.toDisplayString()) {
            dialog = candidate;
            break;
        }
    }
    if (!dialog)
        dialog = new CardEditorDialog(url, guestId, settings, parent);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

CardEditorDialog *CardEditorDialog::showReprint(const storage::DatabaseUrl &url, core::Id cardId, Settings &settings,
                                                QWidget *parent)
{
    auto *dialog = new CardEditorDialog(url, core::InvalidId, cardId, settings, parent);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void CardEditorDialog::setOutputDialogs(const CardOutputDialogs &dialogs)
{
    m_dialogs = dialogs;
}

void CardEditorDialog::createWidgets()
{
    m_heading = new QLabel(tr("Loading…"), this);
    m_heading->setObjectName(u"cardGuestName"_s);
    m_heading->setAccessibleName(tr("Card for"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_stayLabel = new QLabel(this);
    m_stayLabel->setObjectName(u"cardStay"_s);
    m_stayLabel->setAccessibleName(tr("Stay"));
    m_stayLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_templateBox = new QComboBox(this);
    m_templateBox->setObjectName(u"cardTemplateBox"_s);
    m_templateBox->setAccessibleName(tr("Template"));
    connect(m_templateBox, &QComboBox::activated, this, &CardEditorDialog::chooseTemplate);

    m_wording = new QPlainTextEdit(this);
    m_wording->setObjectName(u"cardWording"_s);
    m_wording->setAccessibleName(tr("Wording"));
    m_wording->setTabChangesFocus(true);
    m_wording->setPlaceholderText(tr("Dear {first_name}, …"));
    m_highlighter = new MergeHighlighter(m_wording->document());
    connect(m_wording, &QPlainTextEdit::textChanged, this, &CardEditorDialog::scheduleUpdate);

    m_insertFieldButton = new QToolButton(this);
    m_insertFieldButton->setObjectName(u"insertFieldButton"_s);
    m_insertFieldButton->setText(tr("Insert &field"));
    m_insertFieldButton->setToolTip(tr("Insert a merge field at the cursor: the guest's name, room, dates…"));
    m_insertFieldButton->setPopupMode(QToolButton::InstantPopup);
    m_insertFieldButton->setMenu(new MergeFieldMenu(m_wording, m_insertFieldButton));

    m_issuesLabel = new QLabel(this);
    m_issuesLabel->setObjectName(u"cardIssues"_s);
    m_issuesLabel->setAccessibleName(tr("Merge problems"));
    m_issuesLabel->setWordWrap(true);
    m_issuesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setErrorStyle(m_issuesLabel);
    m_issuesLabel->hide();

    m_signature = new QLineEdit(this);
    m_signature->setObjectName(u"cardSignature"_s);
    m_signature->setAccessibleName(tr("Signed by"));
    m_signature->setText(m_settings.staffName());
    m_signature->setPlaceholderText(tr("Your name, as the guest should read it"));
    connect(m_signature, &QLineEdit::textChanged, this, &CardEditorDialog::scheduleUpdate);

    m_formatBox = new QComboBox(this);
    m_formatBox->setObjectName(u"cardFormatBox"_s);
    m_formatBox->setAccessibleName(tr("Card format"));
    const QList<print::CardFormat> formats = print::allCardFormats();
    for (const print::CardFormat format : formats)
        m_formatBox->addItem(print::cardFormatLabel(format), print::cardFormatKey(format));
    m_formatBox->setCurrentIndex(qMax(0, m_formatBox->findData(print::cardFormatKey(print::CardFormat::A6))));
    connect(m_formatBox, &QComboBox::currentIndexChanged, this, &CardEditorDialog::updateFormat);

    m_fontBox = new QComboBox(this);
    m_fontBox->setObjectName(u"cardFontBox"_s);
    m_fontBox->setAccessibleName(tr("Handwriting"));
    fillFonts();
    connect(m_fontBox, &QComboBox::currentIndexChanged, this, &CardEditorDialog::updateFormat);

    m_earlierBox = new QComboBox(this);
    m_earlierBox->setObjectName(u"earlierCardsBox"_s);
    m_earlierBox->setAccessibleName(tr("Cards already sent to this guest"));
    m_reprintButton = new QPushButton(tr("Reprint &card…"), this);
    m_reprintButton->setObjectName(u"reprintButton"_s);
    m_reprintButton->setToolTip(tr("Open the chosen card as it was printed, to print it again"));
    m_reprintButton->setAutoDefault(false);
    connect(m_reprintButton, &QPushButton::clicked, this, [this] {
        const core::Id id = m_earlierBox->currentData().toLongLong();
        if (id != core::InvalidId)
            showReprint(m_url, id, m_settings, parentWidget());
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_templateBox);
    form->addRow(templateLabel, m_templateBox);
    auto *wordingLabel = new QLabel(tr("&Wording:"), this);
    wordingLabel->setBuddy(m_wording);
    auto *wordingBox = new QVBoxLayout;
    wordingBox->setContentsMargins(0, 0, 0, 0);
    wordingBox->addWidget(m_wording, 1);
    auto *wordingTools = new QHBoxLayout;
    wordingTools->addWidget(m_issuesLabel, 1);
    wordingTools->addWidget(m_insertFieldButton, 0, Qt::AlignTop);
    wordingBox->addLayout(wordingTools);
    form->addRow(wordingLabel, wordingBox);
    auto *signatureLabel = new QLabel(tr("Signed &by:"), this);
    signatureLabel->setBuddy(m_signature);
    form->addRow(signatureLabel, m_signature);
    auto *formatLabel = new QLabel(tr("F&ormat:"), this);
    formatLabel->setBuddy(m_formatBox);
    form->addRow(formatLabel, m_formatBox);
    auto *fontLabel = new QLabel(tr("&Handwriting:"), this);
    fontLabel->setBuddy(m_fontBox);
    form->addRow(fontLabel, m_fontBox);
    auto *earlierLabel = new QLabel(tr("Ea&rlier cards:"), this);
    earlierLabel->setBuddy(m_earlierBox);
    auto *earlierRow = new QHBoxLayout;
    earlierRow->addWidget(m_earlierBox, 1);
    earlierRow->addWidget(m_reprintButton);
    form->addRow(earlierLabel, earlierRow);

    m_preview = new CardPreview(this);
    m_fitLabel = new QLabel(this);
    m_fitLabel->setObjectName(u"cardFit"_s);
    m_fitLabel->setAccessibleName(tr("How the text fits"));
    m_fitLabel->setWordWrap(true);

    auto *left = new QWidget(this);
    left->setLayout(form);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_fitLabel);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"cardSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_lockLabel = new QLabel(this);
    m_lockLabel->setObjectName(u"cardLocked"_s);
    m_lockLabel->setAccessibleName(tr("About this card"));
    m_lockLabel->setWordWrap(true);
    m_lockLabel->hide();
    m_blockedLabel = new QLabel(this);
    m_blockedLabel->setObjectName(u"cardBlocked"_s);
    m_blockedLabel->setAccessibleName(tr("Why the card cannot be printed"));
    m_blockedLabel->setWordWrap(true);
    setErrorStyle(m_blockedLabel);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"cardStatus"_s);
    m_statusLabel->setAccessibleName(tr("Status"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_printButton = new QPushButton(QIcon::fromTheme(u"document-print"_s), tr("&Print…"), this);
    m_printButton->setObjectName(u"printButton"_s);
    m_exportButton = new QPushButton(QIcon::fromTheme(u"document-save-as"_s), tr("&Export PDF…"), this);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_newCardButton = new QPushButton(tr("&New card"), this);
    m_newCardButton->setObjectName(u"newCardButton"_s);
    m_newCardButton->setToolTip(tr("Write another card for this guest, starting from this wording"));
    auto *closeButton = new QPushButton(tr("Close"), this);
    closeButton->setObjectName(u"closeButton"_s);
    for (QPushButton *button : {m_printButton, m_exportButton, m_newCardButton, closeButton}) {
        // Enter in a field must not print.
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_printButton, &QPushButton::clicked, this, &CardEditorDialog::print);
    connect(m_exportButton, &QPushButton::clicked, this, &CardEditorDialog::exportPdf);
    connect(m_newCardButton, &QPushButton::clicked, this, &CardEditorDialog::startNewCard);
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);

    auto *printAction = new QAction(tr("Print"), this);
    printAction->setObjectName(u"printAction"_s);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setShortcutContext(Qt::WindowShortcut);
    connect(printAction, &QAction::triggered, this, &CardEditorDialog::print);
    addAction(printAction);
    m_printButton->setToolTip(
        tr("Print the card (%1)").arg(printAction->shortcut().toString(QKeySequence::NativeText)));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newCardButton);
    buttons->addStretch(1);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_stayLabel);
    layout->addWidget(m_lockLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_blockedLabel);
    layout->addWidget(m_statusLabel);
    layout->addLayout(buttons);

    setTabOrder(m_templateBox, m_wording);
    setTabOrder(m_wording, m_insertFieldButton);
    setTabOrder(m_insertFieldButton, m_signature);
    setTabOrder(m_signature, m_formatBox);
    setTabOrder(m_formatBox, m_fontBox);
    setTabOrder(m_fontBox, m_earlierBox);
    setTabOrder(m_earlierBox, m_reprintButton);
    setTabOrder(m_reprintButton, m_printButton);
    setTabOrder(m_printButton, m_exportButton);
    setTabOrder(m_exportButton, closeButton);
    m_wording->setFocus(Qt::OtherFocusReason);
}

void CardEditorDialog::fillFonts()
{
    // The bundled script fonts first (they are what a card is meant to be
    // written in), then whatever else the workstation has.
    const QString defaultFamily = print::HandwritingFonts::defaultFamily();
    const QStringList bundled = print::HandwritingFonts::bundledFamilies();
    m_fontBox->addItem(tr("%1 (default)").arg(defaultFamily), defaultFamily);
    for (const QString &family : bundled) {
        if (family != defaultFamily)
            m_fontBox->addItem(family, family);
    }
    const QStringList installed = QFontDatabase::families(QFontDatabase::Latin);
    bool separated = false;
    for (const QString &family : installed) {
        if (bundled.contains(family) || family == defaultFamily || QFontDatabase::isPrivateFamily(family))
            continue;
        if (!separated) {
            m_fontBox->insertSeparator(m_fontBox->count());
            separated = true;
        }
        m_fontBox->addItem(family, family);
    }
}

void CardEditorDialog::load()
{
    const core::Id guestId = m_guestId;
    const QString signature = m_signature->text().simplified();
    const QString actor = desk::ActorName::resolve(m_settings.staffName());
    const QString format = m_formatBox->currentData().toString();
    const QString font = m_fontBox->currentData().toString();
    m_worker->submit<EditorData>(
        [guestId, signature, actor, format, font](storage::Database &db) -> core::Result<EditorData> {
            EditorData d;
            d.templates = storage::CardTemplateRepository(db).all();
            if (d.templates.isEmpty()) {
                return core::Result<EditorData>::failure(
                    CardEditorDialog::tr("There are no card templates yet. Add one under File > Card "
                                         "Templates, then write the card."));
            }
            const core::CardTemplate first = startingTemplate(d.templates);
            auto composed = desk::CardComposer(db).compose(guestId, first.id, signature);
            if (!composed)
                return core::Result<EditorData>::failure(composed.error());
            d.guest = composed->guest;
            d.stay = composed->stay;
            d.property = composed->property;
            d.body = first.body;
            storage::CardRepository cards(db);
            d.earlier = cards.outputForGuest(guestId);
            core::Card draft;
            draft.guestId = guestId;
            draft.stayId = d.stay ? d.stay->id : core::InvalidId;
            draft.templateId = first.id;
            draft.templateName = first.name;
            draft.text = composed->merge.text;
            draft.signature = signature;
            draft.format = format;
            draft.fontFamily = font;
            auto created = cards.createDraft(draft, actor);
            if (!created)
                return core::Result<EditorData>::failure(created.error());
            d.card = created.value();
            return d;
        },
        [this](core::Result<EditorData> result) {
            if (!result) {
                m_loadError = result.error();
                m_heading->setText(tr("The card cannot be written"));
                setStatus(result.error());
                updateActions();
                Q_EMIT loadFailed(result.error());
                return;
            }
            EditorData &d = result.value();
            m_templates = d.templates;
            m_guest = d.guest;
            m_stay = d.stay;
            m_property = d.property;
            m_earlier = d.earlier;
            m_card = d.card;
            m_templateBox->clear();
            for (const core::CardTemplate &t : std::as_const(m_templates))
                m_templateBox->addItem(t.name, t.id);
            m_templateBox->setCurrentIndex(qMax(0, indexOfTemplate(m_templates, m_card.templateId)));
            {
                const QSignalBlocker blocker(m_wording);
                m_wording->setPlainText(d.body);
            }
            showLoaded();
        });
}

void CardEditorDialog::loadReprint()
{
    const core::Id cardId = m_reprintCardId;
    m_worker->submit<EditorData>(
        [cardId](storage::Database &db) -> core::Result<EditorData> {
            storage::CardRepository cards(db);
            const std::optional<core::Card> card = cards.byId(cardId);
            if (!card) {
                return core::Result<EditorData>::failure(
                    CardEditorDialog::tr("This card is no longer recorded. Write a new card for the guest instead."));
            }
            if (card->status == core::CardStatus::Draft) {
                return core::Result<EditorData>::failure(
                    CardEditorDialog::tr("This card was never printed, so there is nothing to reprint. Write a "
                                         "new card for the guest instead."));
            }
            EditorData d;
            d.card = *card;
            const std::optional<core::Guest> guest = storage::GuestRepository(db).byId(card->guestId);
            if (!guest) {
                return core::Result<EditorData>::failure(
                    CardEditorDialog::tr("The guest of this card no longer exists."));
            }
            d.guest = *guest;
            if (card->stayId != core::InvalidId) {
                d.stay = storage::StayRepository(db).byId(card->stayId);
                if (d.stay)
                    d.property = storage::PropertyRepository(db).byId(d.stay->propertyId);
            }
            d.earlier = cards.outputForGuest(card->guestId);
            d.body = card->text;
            return d;
        },
        [this](core::Result<EditorData> result) {
            if (!result) {
                m_loadError = result.error();
                m_heading->setText(tr("The card cannot be reprinted"));
                setStatus(result.error());
                updateActions();
                Q_EMIT loadFailed(result.error());
                return;
            }
            EditorData &d = result.value();
            m_guest = d.guest;
            m_guestId = d.guest.id;
            m_stay = d.stay;
            m_property = d.property;
            m_earlier = d.earlier;
            m_card = d.card;
            m_templateBox->clear();
            m_templateBox->addItem(m_card.templateName, m_card.templateId);
            {
                const QSignalBlocker blocker(m_wording);
                m_wording->setPlainText(m_card.text);
            }
            {
                const QSignalBlocker blocker(m_signature);
                m_signature->setText(m_card.signature);
            }
            if (const auto format = print::cardFormatFromKey(m_card.format)) {
                const QSignalBlocker blocker(m_formatBox);
                m_formatBox->setCurrentIndex(qMax(0, m_formatBox->findData(print::cardFormatKey(*format))));
            }
            if (!m_card.fontFamily.isEmpty()) {
                const QSignalBlocker blocker(m_fontBox);
                int index = m_fontBox->findData(m_card.fontFamily);
                if (index < 0) {
                    // No longer installed here: the renderer says what it writes with instead.
                    m_fontBox->addItem(m_card.fontFamily, m_card.fontFamily);
                    index = m_fontBox->count() - 1;
                }
                m_fontBox->setCurrentIndex(index);
            }
            showLoaded();
        });
}

void CardEditorDialog::showLoaded()
{
    m_loaded = true;
    m_startWording = m_wording->toPlainText();
    m_startSignature = m_signature->text();
    m_zone = m_property ? core::InHouseRule(*m_property).timeZone() : QTimeZone::systemTimeZone();
    m_merger = core::CardMerge(QLocale());
    m_heading->setText(tr("Card for %1").arg(m_guest.displayName()));
    setWindowTitle(isReprint() ? tr("Reprint card for %1").arg(m_guest.displayName())
                               : tr("Card for %1").arg(m_guest.displayName()));
    m_stayLabel->setText(describeStay());
    fillEarlierCards();
    updateFormat();
    updateLock();
    if (isReprint()) {
        const QString when = m_card.outputAt
            ? QLocale().toString(m_card.outputAt->toTimeZone(m_zone), QLocale::ShortFormat)
            : QString();
        setStatus(tr("The card as it was output on %1 by %2.").arg(when, m_card.outputBy));
    } else {
        setStatus(tr("Write the card; the preview shows it at its real size."));
    }
    Q_EMIT loaded();
}

QString CardEditorDialog::describeStay() const
{
    if (!m_stay)
        return tr("No stay on record: the room and the dates cannot be filled in.");
    const QString arrival = m_stay->arrival.isValid() ? m_merger.guestFacingDate(m_stay->arrival) : QString();
    const QString departure = m_stay->departure.isValid() ? m_merger.guestFacingDate(m_stay->departure) : QString();
    const QString room = m_stay->room.isEmpty() ? tr("no room yet") : tr("room %1").arg(m_stay->room);
    const QString where = m_property ? m_property->name : QString();
    if (where.isEmpty())
        return tr("%1, %2 to %3").arg(room, arrival, departure);
    return tr("%1 at %2, %3 to %4").arg(room, where, arrival, departure);
}

void CardEditorDialog::fillEarlierCards()
{
    m_earlierBox->clear();
    for (auto it = m_earlier.crbegin(); it != m_earlier.crend(); ++it) {
        const core::Card &card = *it;
        const QString when
            = card.outputAt ? QLocale().toString(card.outputAt->toTimeZone(m_zone), QLocale::ShortFormat) : QString();
        const QString how = card.status == core::CardStatus::Exported ? tr("exported") : tr("printed");
        m_earlierBox->addItem(tr("%1: %2, %3 by %4").arg(when, card.templateName, how, card.outputBy), card.id);
    }
    if (m_earlier.isEmpty())
        m_earlierBox->addItem(tr("None yet"), qint64(core::InvalidId));
    m_earlierBox->setEnabled(!m_earlier.isEmpty());
    m_reprintButton->setEnabled(!m_earlier.isEmpty());
}

void CardEditorDialog::reloadLists()
{
    const core::Id guestId = m_guestId;
    struct Lists
    {
        QList<core::CardTemplate> templates;
        QList<core::Card> earlier;
    };
    m_worker->submit<Lists>(
        [guestId](storage::Database &db) -> core::Result<Lists> {
            return Lists{storage::CardTemplateRepository(db).all(),
                         storage::CardRepository(db).outputForGuest(guestId)};
        },
        [this](core::Result<Lists> result) {
            if (!result)
                return; // the lists keep what they showed; the next change tries again
            m_earlier = result->earlier;
            fillEarlierCards();
            if (isReprint() || result->templates.isEmpty())
                return;
            // The wording stays as it is; only the choice of templates follows.
            m_templates = result->templates;
            const QSignalBlocker blocker(m_templateBox);
            m_templateBox->clear();
            for (const core::CardTemplate &t : std::as_const(m_templates))
                m_templateBox->addItem(t.name, t.id);
            m_templateBox->setCurrentIndex(qMax(0, indexOfTemplate(m_templates, m_card.templateId)));
        });
}

void CardEditorDialog::scheduleUpdate()
{
    m_updateTimer.start();
}

print::CardFormat CardEditorDialog::currentFormat() const
{
    return print::cardFormatFromKey(m_formatBox->currentData().toString()).value_or(print::CardFormat::A6);
}

print::HandwritingStyle CardEditorDialog::currentStyle() const
{
    print::HandwritingStyle style;
    style.fontFamily = m_fontBox->currentData().toString();
    return style;
}

void CardEditorDialog::updateFormat()
{
    m_preview->setFormat(currentFormat(), currentStyle());
    updateCard();
}

void CardEditorDialog::updateCard()
{
    m_updateTimer.stop();
    if (!m_loaded)
        return;
    print::CardFace face;
    face.cardId = m_card.id;
    if (isLocked()) {
        m_merge = core::CardMerge::Outcome{m_card.text, {}};
        face.text = m_card.text;
        face.signature = m_card.signature;
    } else {
        const QString signature = m_signature->text().simplified();
        m_merge = m_merger.merge(m_wording->toPlainText(),
                                 core::CardMerge::Values::from(m_guest, m_stay, m_property, signature));
        face.text = m_merge.text;
        // The renderer leaves it out when the wording already ends with it.
        face.signature = signature;
    }
    m_highlighter->setIssues(m_merge.issues);
    m_preview->setFace(face);

    QStringList problems;
    for (const core::CardMerge::Issue &issue : std::as_const(m_merge.issues))
        problems.append(issue.message());
    m_issuesLabel->setText(problems.join(u'\n'));
    m_issuesLabel->setVisible(!problems.isEmpty());
    m_wording->setAccessibleDescription(problems.join(u' '));

    const print::CardFit &fit = m_preview->fit();
    if (fit.fits) {
        m_fitLabel->setPalette(palette());
        const QString scale = m_preview->scale() >= 0.999
            ? tr("shown at its real size")
            : tr("shown at %1% of its real size").arg(qRound(m_preview->scale() * 100));
        m_fitLabel->setText(tr("%n line(s) in %1 pt handwriting; %2.", nullptr, fit.lines)
                                .arg(QLocale().toString(fit.pointSize, 'f', 1), scale));
    } else {
        setErrorStyle(m_fitLabel);
        m_fitLabel->setText(fit.message.isEmpty()
                                ? tr("The text does not fit on this card; shorten it or pick a larger format.")
                                : fit.message);
    }
    updateActions();
}

bool CardEditorDialog::isLocked() const
{
    return isReprint() || (m_card.id != core::InvalidId && m_card.status != core::CardStatus::Draft);
}

bool CardEditorDialog::isBusy() const
{
    return m_worker && m_worker->isBusy();
}

QString CardEditorDialog::blockedReason() const
{
    if (!m_loaded)
        return m_loadError.isEmpty() ? tr("The card is still loading.") : m_loadError;
    if (m_recording)
        return tr("The last output is being recorded on the guest's timeline.");
    if (!isLocked()) {
        if (m_wording->toPlainText().trimmed().isEmpty())
            return tr("Write the card's wording first.");
        if (!m_merge.ok()) {
            return tr("%n merge field(s) cannot be filled in; fix the marked fields in the wording first.", nullptr,
                      int(m_merge.issues.size()));
        }
    }
    const print::CardFit &fit = m_preview->fit();
    if (!fit.fits) {
        return fit.message.isEmpty() ? tr("The text does not fit on this card; shorten it or pick a larger format.")
                                     : fit.message;
    }
    return {};
}

void CardEditorDialog::updateActions()
{
    if (!m_printButton)
        return;
    const QString reason = blockedReason();
    const bool ok = reason.isEmpty();
    m_printButton->setEnabled(ok);
    m_exportButton->setEnabled(ok);
    m_blockedLabel->setText(ok || !m_loaded ? QString() : tr("Cannot print yet: %1").arg(reason));
    m_blockedLabel->setVisible(!ok && m_loaded);
    m_printButton->setToolTip(
        ok ? tr("Print the card (%1)").arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText))
           : reason);
    m_exportButton->setToolTip(ok ? tr("Save the card as a PDF with its fonts embedded") : reason);
    m_newCardButton->setVisible(isLocked() && m_loaded);
    m_newCardButton->setEnabled(!m_recording);
}

void CardEditorDialog::updateLock()
{
    const bool locked = isLocked();
    const bool editable = m_loaded && !locked;
    m_templateBox->setEnabled(editable);
    m_wording->setReadOnly(!editable);
    m_insertFieldButton->setEnabled(editable);
    m_signature->setReadOnly(!editable);
    m_formatBox->setEnabled(editable);
    m_fontBox->setEnabled(editable);
    if (!m_loaded || !locked) {
        m_lockLabel->hide();
    } else if (isReprint()) {
        m_lockLabel->setText(tr("A reprint: the wording, the format and the handwriting stay as they were, so "
                                "the card comes out the same. To change it, start a new card."));
        m_lockLabel->show();
    } else {
        m_lockLabel->setText(m_card.status == core::CardStatus::Exported
                                 ? tr("This card was exported. Print or export it again as it is, or start a new "
                                      "card to change it.")
                                 : tr("This card was printed. Print or export it again as it is, or start a new "
                                      "card to change it."));
        m_lockLabel->show();
    }
    updateActions();
}

void CardEditorDialog::setStatus(const QString &text)
{
    m_statusLabel->setText(text);
    Q_EMIT statusChanged(text);
}

void CardEditorDialog::chooseTemplate(int index)
{
    if (index < 0 || index >= m_templates.size() || isLocked())
        return;
    const core::CardTemplate &chosen = m_templates.at(index);
    if (chosen.id == m_card.templateId && m_wording->toPlainText() == chosen.body)
        return;
    m_card.templateId = chosen.id;
    m_card.templateName = chosen.name;
    // As an edit, so Ctrl+Z brings the previous wording back.
    QTextCursor cursor(m_wording->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(chosen.body);
    m_startWording = chosen.body;
    if (m_templateBox->currentIndex() != index)
        m_templateBox->setCurrentIndex(index);
    setStatus(tr("The wording of “%1” replaced the text (Ctrl+Z brings it back).").arg(chosen.name));
}

core::Card CardEditorDialog::cardToRecord() const
{
    core::Card card = m_card;
    if (!isLocked()) {
        card.text = m_merge.text;
        card.signature = m_signature->text().simplified();
        card.format = print::cardFormatKey(currentFormat());
        card.fontFamily = m_preview->renderer().style().fontFamily;
    }
    return card;
}

void CardEditorDialog::print()
{
    if (m_updateTimer.isActive())
        updateCard();
    if (const QString reason = blockedReason(); !reason.isEmpty()) {
        setStatus(tr("Not printed: %1").arg(reason));
        return;
    }
    const print::CardFormatSpec &spec = m_preview->renderer().spec();
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setPageSize(spec.pageSize);
    m_printer->setPageOrientation(spec.orientation);
    m_printer->setDocName(tr("Card for %1").arg(m_guest.displayName()));
    m_lastPaint = core::Status::failure(tr("Nothing was sent to the printer."));
    const print::CardFace face = m_preview->face();
    QPrinter *printer = m_printer.get();
    setStatus(tr("Printing…"));
    m_dialogs.askPrint(
        this, printer, [this, face](QPrinter *target) { m_lastPaint = m_preview->renderer().print(*target, {face}); },
        [this, printer](bool accepted) {
            if (!accepted) {
                notRecorded(tr("Printing was cancelled. The card is not recorded as printed."));
                return;
            }
            if (!m_lastPaint) {
                notRecorded(
                    tr("The card could not be printed: %1 It is not recorded as printed.").arg(m_lastPaint.error()));
                return;
            }
            const QString where
                = printer->outputFormat() == QPrinter::PdfFormat ? printer->outputFileName() : printer->printerName();
            record(core::CardStatus::Printed, where);
        });
}

void CardEditorDialog::exportPdf()
{
    if (m_updateTimer.isActive())
        updateCard();
    if (const QString reason = blockedReason(); !reason.isEmpty()) {
        setStatus(tr("Not exported: %1").arg(reason));
        return;
    }
    const QString name
        = u"card-%1-%2.pdf"_s.arg(fileNamePart(m_guest.displayName()),
                                  fileNamePart(m_card.templateName.isEmpty() ? u"note"_s : m_card.templateName));
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
    const QString path = m_dialogs.askFileName(this, suggested);
    if (path.isEmpty()) {
        notRecorded(tr("Export cancelled. Nothing was recorded."));
        return;
    }
    setStatus(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    const core::Status written = m_preview->renderer().exportPdf(path, {m_preview->face()});
    if (!written) {
        notRecorded(tr("The PDF could not be written: %1 Nothing was recorded.").arg(written.error()));
        return;
    }
    record(core::CardStatus::Exported, path);
}

void CardEditorDialog::record(core::CardStatus status, const QString &where)
{
    const core::Card card = cardToRecord();
    const bool draft = m_card.status == core::CardStatus::Draft;
    const QString actor = desk::ActorName::resolve(m_settings.staffName());
    m_recording = true;
    updateActions();
    m_worker->submit<core::Card>(
        [card, draft, status, actor](storage::Database &db) -> core::Result<core::Card> {
            storage::CardRepository cards(db);
            if (draft) {
                if (auto updated = cards.updateDraft(card); !updated)
                    return core::Result<core::Card>::failure(updated.error());
            }
            return cards.recordOutput(card.id, status, card.text, actor);
        },
        [this, status, where](core::Result<core::Card> result) {
            m_recording = false;
            if (!result) {
                const QString message = status == core::CardStatus::Exported
                    ? tr("The PDF was written, but it could not be recorded on the guest's timeline: %1")
                          .arg(result.error())
                    : tr("The card was printed, but it could not be recorded on the guest's timeline: %1")
                          .arg(result.error());
                qCWarning(lcUi) << "cannot record card output:" << result.error();
                setStatus(message);
                updateActions();
                Q_EMIT outputNotRecorded(message);
                return;
            }
            m_card = result.value();
            m_outputDone = true;
            m_earlier.append(m_card);
            fillEarlierCards();
            updateLock();
            updateCard();
            setStatus(status == core::CardStatus::Exported
                          ? tr("Exported to %1 and recorded on %2's timeline.")
                                .arg(QDir::toNativeSeparators(where), m_guest.displayName())
                          : tr("Printed on %1 and recorded on %2's timeline.").arg(where, m_guest.displayName()));
            Q_EMIT outputRecorded(m_card);
        });
}

void CardEditorDialog::notRecorded(const QString &message)
{
    setStatus(message);
    updateActions();
    Q_EMIT outputNotRecorded(message);
}

void CardEditorDialog::startNewCard()
{
    if (!m_loaded || !isLocked() || m_recording)
        return;
    if (isReprint()) {
        showFor(m_url, m_guestId, m_settings, parentWidget());
        close();
        return;
    }
    core::Card next = cardToRecord();
    next.id = core::InvalidId;
    next.status = core::CardStatus::Draft;
    next.outputAt.reset();
    next.outputBy.clear();
    next.outputCount = 0;
    const QString actor = desk::ActorName::resolve(m_settings.staffName());
    m_recording = true;
    updateActions();
    m_worker->submit<core::Card>(
        [next, actor](storage::Database &db) { return storage::CardRepository(db).createDraft(next, actor); },
        [this](core::Result<core::Card> result) {
            m_recording = false;
            if (!result) {
                setStatus(tr("A new card could not be started: %1").arg(result.error()));
                updateActions();
                return;
            }
            m_card = result.value();
            m_outputDone = false;
            updateLock();
            updateCard();
            setStatus(tr("A new card: edit it and print it. Its handwriting differs from the last one."));
            m_wording->setFocus(Qt::OtherFocusReason);
        });
}

void CardEditorDialog::reject()
{
    close();
}

void CardEditorDialog::setDiscardQuestion(DiscardQuestion question)
{
    m_askDiscard = std::move(question);
}

bool CardEditorDialog::hasUnsavedWork() const
{
    return m_loaded && !isLocked()
        && (m_wording->toPlainText() != m_startWording || m_signature->text() != m_startSignature);
}

void CardEditorDialog::closeEvent(QCloseEvent *event)
{
    if (hasUnsavedWork() && !m_askDiscard(this)) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace tw::ui
