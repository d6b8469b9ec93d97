#include "cardbatchdialog.h"

#include "cardworker.h"

#include <ui/logging.h>
#include <ui/settings.h>

#include <core/inhouserule.h>
#include <desk/cards/cardcomposer.h>
#include <desk/profile/actorname.h>
#include <print/cardformat.h>
#include <print/cardrenderer.h>
#include <print/handwritingstyle.h>
#include <storage/cardrepository.h>
#include <storage/cardtemplaterepository.h>
#include <storage/database.h>
#include <storage/propertyrepository.h>

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace tw::ui {

namespace {

enum Column { GuestColumn, RoomColumn, VipColumn, CardColumn, ColumnCount };

struct Setup
{
    std::optional<core::Property> property;
    QList<core::CardTemplate> templates;
};

struct RunOutcome
{
    int recorded = 0;
    bool cancelled = false;
};

} // namespace

CardBatchDialog::CardBatchDialog(const storage::DatabaseUrl &url, Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_url(url)
    , m_settings(settings)
    , m_dialogs(CardOutputDialogs::standard())
    , m_zone(QTimeZone::systemTimeZone())
{
    setObjectName(u"cardBatchDialog"_s);
    setWindowTitle(tr("Cards for arrivals"));
    setAccessibleName(windowTitle());
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setSizeGripEnabled(true);
    print::HandwritingFonts::ensureRegistered();
    m_worker = new CardWorker(m_url, this);

    // Typing a VIP code or clicking through dates asks once, not at every step.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(250ms);
    connect(&m_refreshTimer, &QTimer::timeout, this, &CardBatchDialog::refresh);

    // New reservations, a VIP code set, a room assigned: the list follows.
    connect(m_worker, &CardWorker::databaseChanged, this, [this](const QString &table) {
        if (table == "stays"_L1 || table == "guests"_L1)
            scheduleRefresh();
    });

    createWidgets();
    resize(820, 560);
    setStatus(tr("Loading the templates…"));
    loadSetup();
}

CardBatchDialog::~CardBatchDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    delete m_worker;
    m_worker = nullptr;
}

void CardBatchDialog::setOutputDialogs(const CardOutputDialogs &dialogs)
{
    m_dialogs = dialogs;
}

void CardBatchDialog::createWidgets()
{
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(u"batchDate"_s);
    m_dateEdit->setAccessibleName(tr("Arrival date"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDate(QDate::currentDate());
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &CardBatchDialog::scheduleRefresh);

    m_templateBox = new QComboBox(this);
    m_templateBox->setObjectName(u"batchTemplate"_s);
    m_templateBox->setAccessibleName(tr("Template"));
    connect(m_templateBox, &QComboBox::activated, this, &CardBatchDialog::scheduleRefresh);

    m_formatBox = new QComboBox(this);
    m_formatBox->setObjectName(u"batchFormat"_s);
    m_formatBox->setAccessibleName(tr("Card format"));
    const QList<print::CardFormat> formats = print::allCardFormats();
    for (const print::CardFormat format : formats)
        m_formatBox->addItem(print::cardFormatLabel(format), print::cardFormatKey(format));
    m_formatBox->setCurrentIndex(qMax(0, m_formatBox->findData(print::cardFormatKey(print::CardFormat::A6))));

    m_vipEdit = new QLineEdit(this);
    m_vipEdit->setObjectName(u"batchVip"_s);
    m_vipEdit->setAccessibleName(tr("VIP code"));
    m_vipEdit->setPlaceholderText(tr("Any guest; * for any VIP code"));
    m_vipEdit->setClearButtonEnabled(true);
    connect(m_vipEdit, &QLineEdit::textChanged, this, &CardBatchDialog::scheduleRefresh);

    m_firstStayCheck = new QCheckBox(tr("&First stay only"), this);
    m_firstStayCheck->setObjectName(u"batchFirstStay"_s);
    m_firstStayCheck->setToolTip(tr("Only guests who have never stayed at any of the properties before"));
    connect(m_firstStayCheck, &QCheckBox::toggled, this, &CardBatchDialog::scheduleRefresh);
    m_anniversaryCheck = new QCheckBox(tr("A&nniversary noted"), this);
    m_anniversaryCheck->setObjectName(u"batchAnniversary"_s);
    m_anniversaryCheck->setToolTip(tr("Only guests whose preferences or notes mention an anniversary"));
    connect(m_anniversaryCheck, &QCheckBox::toggled, this, &CardBatchDialog::scheduleRefresh);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"batchList"_s);
    m_list->setAccessibleName(tr("Arriving guests"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Guest"), tr("Room"), tr("VIP"), tr("Card")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(GuestColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemChanged, this, &CardBatchDialog::updateActions);
    auto *listLabel = new QLabel(tr("&Arriving guests:"), this);
    listLabel->setBuddy(m_list);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"batchSummary"_s);
    m_summaryLabel->setAccessibleName(tr("Summary"));
    m_summaryLabel->setWordWrap(true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"batchProgress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"batchStatus"_s);
    m_statusLabel->setAccessibleName(tr("Status"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_printButton = new QPushButton(QIcon::fromTheme(u"document-print"_s), tr("&Print…"), this);
    m_printButton->setObjectName(u"batchPrintButton"_s);
    m_exportButton = new QPushButton(QIcon::fromTheme(u"document-save-as"_s), tr("&Export PDF…"), this);
    m_exportButton->setObjectName(u"batchExportButton"_s);
    m_cancelButton = new QPushButton(tr("&Stop"), this);
    m_cancelButton->setObjectName(u"batchCancelButton"_s);
    m_cancelButton->setToolTip(tr("Stop writing the cards; none of them is recorded"));
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(u"closeButton"_s);
    for (QPushButton *button : {m_printButton, m_exportButton, m_cancelButton, m_closeButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_printButton, &QPushButton::clicked, this, &CardBatchDialog::print);
    connect(m_exportButton, &QPushButton::clicked, this, &CardBatchDialog::exportPdf);
    connect(m_cancelButton, &QPushButton::clicked, this, &CardBatchDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);

    auto *form = new QFormLayout;
    auto *dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_dateEdit);
    form->addRow(dateLabel, m_dateEdit);
    auto *templateLabel = new QLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_templateBox);
    form->addRow(templateLabel, m_templateBox);
    auto *formatLabel = new QLabel(tr("F&ormat:"), this);
    formatLabel->setBuddy(m_formatBox);
    form->addRow(formatLabel, m_formatBox);
    auto *vipLabel = new QLabel(tr("&VIP code:"), this);
    vipLabel->setBuddy(m_vipEdit);
    form->addRow(vipLabel, m_vipEdit);
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_firstStayCheck);
    checks->addWidget(m_anniversaryCheck);
    checks->addStretch(1);
    form->addRow(QString(), checks);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addStretch(0);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_statusLabel);
    layout->addLayout(buttons);
    updateActions();
}

void CardBatchDialog::loadSetup()
{
    const QString code = m_settings.propertyCode();
    m_worker->submit<Setup>(
        [code](storage::Database &db) -> core::Result<Setup> {
            Setup setup;
            storage::PropertyRepository properties(db);
            if (!code.isEmpty())
                setup.property = properties.byCode(code);
            if (!setup.property) {
                const QList<core::Property> all = properties.list();
                if (!all.isEmpty())
                    setup.property = all.constFirst();
            }
            setup.templates = storage::CardTemplateRepository(db).all();
            if (setup.templates.isEmpty()) {
                return core::Result<Setup>::failure(
                    CardBatchDialog::tr("There are no card templates yet. Add one under File > Card Templates first."));
            }
            return setup;
        },
        [this](core::Result<Setup> result) {
            if (!result) {
                setStatus(result.error());
                return;
            }
            m_property = result->property;
            m_templates = result->templates;
            if (m_property)
                m_zone = core::InHouseRule(*m_property).timeZone();
            {
                const QSignalBlocker blocker(m_dateEdit);
                // Today is the property's, whatever the workstation's clock zone.
                m_dateEdit->setDate(QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date());
            }
            m_templateBox->clear();
            int welcome = 0;
            for (const core::CardTemplate &t : std::as_const(m_templates)) {
                if (t.name.compare("welcome"_L1, Qt::CaseInsensitive) == 0)
                    welcome = m_templateBox->count();
                m_templateBox->addItem(t.name, t.id);
            }
            m_templateBox->setCurrentIndex(welcome);
            setWindowTitle(m_property ? tr("Cards for arrivals at %1").arg(m_property->name)
                                      : tr("Cards for arrivals"));
            m_loaded = true;
            Q_EMIT loaded();
            refresh();
        });
}

QDate CardBatchDialog::date() const
{
    return m_dateEdit->date();
}

void CardBatchDialog::scheduleRefresh()
{
    if (m_loaded)
        m_refreshTimer.start();
}

void CardBatchDialog::refresh()
{
    m_refreshTimer.stop();
    if (!m_loaded || m_running)
        return;
    if (m_searching) {
        // One search at a time; the newest filter is asked for when it returns.
        m_searchAgain = true;
        return;
    }
    desk::ArrivalFilter filter;
    if (m_property)
        filter.propertyId = m_property->id;
    filter.vipCode = m_vipEdit->text().trimmed();
    filter.firstStayOnly = m_firstStayCheck->isChecked();
    filter.anniversaryOnly = m_anniversaryCheck->isChecked();
    const QDate day = date();
    const core::Id templateId = m_templateBox->currentData().toLongLong();
    const QString signature = m_settings.staffName().simplified();
    m_searching = true;
    updateActions();
    setStatus(tr("Looking for the arrivals on %1…").arg(QLocale().toString(day, QLocale::LongFormat)));
    m_worker->submit<QList<Entry>>(
        [filter, day, templateId, signature](storage::Database &db) -> core::Result<QList<Entry>> {
            const desk::CardComposer composer(db);
            auto stays = composer.arrivals(day, filter);
            if (!stays)
                return core::Result<QList<Entry>>::failure(stays.error());
            QList<Entry> entries;
            for (const core::Stay &stay : std::as_const(stays.value())) {
                auto composed = composer.composeForStay(stay, templateId, signature);
                if (!composed)
                    return core::Result<QList<Entry>>::failure(composed.error());
                entries.append(Entry{composed->guest, stay, composed->merge, composed->signature});
            }
            return entries;
        },
        [this](core::Result<QList<Entry>> result) {
            m_searching = false;
            if (m_searchAgain) {
                m_searchAgain = false;
                refresh();
                return;
            }
            if (!result) {
                showEntries({});
                setStatus(result.error());
            } else {
                showEntries(result.value());
                setStatus(QString());
            }
            Q_EMIT searched();
        });
}

void CardBatchDialog::showEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(GuestColumn, Qt::UserRole, qint64(i));
        item->setText(GuestColumn, entry.guest.displayName());
        item->setText(RoomColumn, entry.stay.room);
        item->setText(VipColumn, entry.guest.vipCode);
        if (entry.merge.ok()) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(GuestColumn, Qt::Checked);
            item->setText(CardColumn, tr("Ready"));
        } else {
            // Not printable until fixed: never a card with a gap where a name should be.
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            item->setCheckState(GuestColumn, Qt::Unchecked);
            QStringList problems;
            for (const core::CardMerge::Issue &issue : entry.merge.issues)
                problems.append(issue.message());
            item->setText(CardColumn, problems.join(u' '));
            item->setToolTip(CardColumn, problems.join(u'\n'));
            item->setForeground(CardColumn, QColor(0xb0, 0x00, 0x20));
        }
    }
    updateActions();
}

QList<CardBatchDialog::Entry> CardBatchDialog::chosenEntries() const
{
    QList<Entry> chosen;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        const qint64 index = item->data(GuestColumn, Qt::UserRole).toLongLong();
        if (item->checkState(GuestColumn) == Qt::Checked && index >= 0 && index < m_entries.size()
            && m_entries.at(index).merge.ok())
            chosen.append(m_entries.at(index));
    }
    return chosen;
}

QString CardBatchDialog::summary() const
{
    return m_summaryLabel->text();
}

void CardBatchDialog::updateActions()
{
    if (!m_printButton)
        return;
    const qsizetype chosen = chosenEntries().size();
    qsizetype withProblems = 0;
    for (const Entry &entry : std::as_const(m_entries))
        withProblems += entry.merge.ok() ? 0 : 1;
    if (!m_loaded || m_searching) {
        m_summaryLabel->clear();
    } else if (m_entries.isEmpty()) {
        m_summaryLabel->setText(tr("No arriving guest matches on this day."));
    } else {
        QString text = tr("%n arriving guest(s) match; ", nullptr, int(m_entries.size()))
            + tr("%n card(s) to write.", nullptr, int(chosen));
        if (withProblems > 0) {
            text += u' '
                + tr("%n guest(s) left out: their card has fields that cannot be filled in (see the Card "
                     "column); fix the guest's details or the template.",
                     nullptr, int(withProblems));
        }
        m_summaryLabel->setText(text);
    }
    const bool idle = m_loaded && !m_searching && !m_running;
    const bool ok = idle && chosen > 0;
    const QString reason = !m_loaded ? tr("Still loading.")
        : m_running                  ? tr("Cards are being written.")
        : m_searching                ? tr("Looking for the arrivals.")
        : chosen == 0                ? tr("No card to write: no guest is ticked, or each has merge problems.")
                                     : QString();
    m_printButton->setEnabled(ok);
    m_exportButton->setEnabled(ok);
    m_printButton->setToolTip(ok ? tr("Print all the ticked cards as one job") : reason);
    m_exportButton->setToolTip(ok ? tr("Write all the ticked cards into one PDF") : reason);
    m_cancelButton->setVisible(m_running);
    m_closeButton->setEnabled(!m_running);
    for (QWidget *input : std::initializer_list<QWidget *>{m_dateEdit, m_templateBox, m_formatBox, m_vipEdit,
                                                           m_firstStayCheck, m_anniversaryCheck, m_list})
        input->setEnabled(!m_running && m_loaded);
}

void CardBatchDialog::setStatus(const QString &text)
{
    m_statusLabel->setText(text);
}

void CardBatchDialog::print()
{
    if (!m_printButton->isEnabled())
        return;
    const print::CardFormatSpec spec = print::cardFormatSpec(
        print::cardFormatFromKey(m_formatBox->currentData().toString()).value_or(print::CardFormat::A6));
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(spec.pageSize);
    printer->setPageOrientation(spec.orientation);
    printer->setDocName(tr("Cards for arrivals on %1").arg(QLocale().toString(date(), QLocale::ShortFormat)));
    // No preview for a batch: the cards are written on the worker's thread, after the dialog.
    m_dialogs.askPrint(this, printer.get(), {}, [this, printer](bool accepted) {
        if (!accepted) {
            const QString message = tr("Printing was cancelled. No card is recorded as printed.");
            setStatus(message);
            Q_EMIT finished(0, message);
            return;
        }
        run(Output::Print, QString(), printer);
    });
}

void CardBatchDialog::exportPdf()
{
    if (!m_exportButton->isEnabled())
        return;
    const QString name = u"cards-%1.pdf"_s.arg(date().toString(Qt::ISODate));
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
    const QString path = m_dialogs.askFileName(this, suggested);
    if (path.isEmpty()) {
        const QString message = tr("Export cancelled. Nothing was recorded.");
        setStatus(message);
        Q_EMIT finished(0, message);
        return;
    }
    run(Output::Pdf, path, {});
}

void CardBatchDialog::run(Output output, const QString &path, std::shared_ptr<QPrinter> printer)
{
    const QList<Entry> chosen = chosenEntries();
    if (chosen.isEmpty())
        return;
    const core::Id templateId = m_templateBox->currentData().toLongLong();
    const QString templateName = m_templateBox->currentText();
    const print::CardFormat format
        = print::cardFormatFromKey(m_formatBox->currentData().toString()).value_or(print::CardFormat::A6);
    const QString actor = desk::ActorName::resolve(m_settings.staffName());
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    m_running = true;
    m_progress->setRange(0, int(chosen.size()));
    m_progress->setValue(0);
    m_progress->show();
    setStatus(tr("Writing %n card(s)…", nullptr, int(chosen.size())));
    updateActions();
    m_cancelButton->setFocus(Qt::OtherFocusReason);

    // Called on the worker's thread; the window outlives the run (its
    // destructor stops and waits for it), and posts to it run on its thread.
    QProgressBar *bar = m_progress;
    const auto progress = [bar, cancelFlag](int done, int total) {
        QMetaObject::invokeMethod(
            bar,
            [bar, done, total] {
                bar->setMaximum(total);
                bar->setValue(done);
            },
            Qt::QueuedConnection);
        return !cancelFlag->load();
    };

    m_worker->submit<RunOutcome>(
        [chosen, templateId, templateName, format, actor, output, path, printer, progress,
         cancelFlag](storage::Database &db) -> core::Result<RunOutcome> {
            storage::CardRepository cards(db);
            const QString formatKey = print::cardFormatKey(format);
            // Each card's id seeds its handwriting, so the drafts come first.
            const print::CardRenderer renderer(format);
            QList<core::Card> drafts;
            QList<print::CardFace> faces;
            const auto discard = [&cards, &drafts] {
                for (const core::Card &draft : std::as_const(drafts))
                    (void)cards.removeDraft(draft.id);
            };
            for (const Entry &entry : chosen) {
                if (cancelFlag->load()) {
                    discard();
                    return RunOutcome{0, true};
                }
                core::Card card;
                card.guestId = entry.guest.id;
                card.stayId = entry.stay.id;
                card.templateId = templateId;
                card.templateName = templateName;
                card.text = entry.merge.text;
                card.signature = entry.signature;
                card.format = formatKey;
                card.fontFamily = renderer.style().fontFamily;
                auto created = cards.createDraft(card, actor);
                if (!created) {
                    discard();
                    return core::Result<RunOutcome>::failure(created.error());
                }
                drafts.append(created.value());
                faces.append(print::CardFace{created->id, created->text, created->signature});
            }
            const core::Status written = output == Output::Pdf ? renderer.exportPdf(path, faces, progress)
                                                               : renderer.print(*printer, faces, progress);
            // Once the output is out, it is recorded, even if Stop came a moment too late.
            if (!written) {
                discard();
                if (cancelFlag->load())
                    return RunOutcome{0, true};
                return core::Result<RunOutcome>::failure(written.error());
            }
            const core::CardStatus status
                = output == Output::Pdf ? core::CardStatus::Exported : core::CardStatus::Printed;
            RunOutcome outcome;
            for (const core::Card &draft : std::as_const(drafts)) {
                if (auto recorded = cards.recordOutput(draft.id, status, draft.text, actor); recorded)
                    ++outcome.recorded;
                else
                    qCWarning(lcUi) << "cannot record card" << draft.id << ":" << recorded.error();
            }
            return outcome;
        },
        [this, output, path, total = int(chosen.size())](core::Result<RunOutcome> result) {
            m_running = false;
            m_cancel.reset();
            m_progress->hide();
            QString message;
            int recorded = 0;
            if (!result) {
                message = output == Output::Pdf
                    ? tr("The PDF could not be written: %1 No card was recorded.").arg(result.error())
                    : tr("The cards could not be printed: %1 No card is recorded as printed.").arg(result.error());
            } else if (result->cancelled) {
                message = output == Output::Pdf ? tr("Stopped. No PDF was written and no card was recorded.")
                                                : tr("Stopped. The print job was dropped and no card is "
                                                     "recorded as printed.");
            } else {
                recorded = result->recorded;
                message = output == Output::Pdf
                    ? tr("%n card(s) written to %1 and recorded on the guests' timelines.", nullptr, recorded)
                          .arg(QDir::toNativeSeparators(path))
                    : tr("%n card(s) printed and recorded on the guests' timelines.", nullptr, recorded);
                if (recorded < total)
                    message += u' ' + tr("%n card(s) could not be recorded; see the log.", nullptr, total - recorded);
            }
            setStatus(message);
            updateActions();
            Q_EMIT finished(recorded, message);
            if (m_closeWhenDone)
                close();
        });
}

void CardBatchDialog::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
        setStatus(tr("Stopping…"));
    }
}

void CardBatchDialog::reject()
{
    close();
}

void CardBatchDialog::closeEvent(QCloseEvent *event)
{
    if (m_running) {
        // The run stops at the next card and records nothing; the window goes then.
        cancel();
        m_closeWhenDone = true;
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace tw::ui
