#include "importreportpage.h"

#include "importmessage.h"
#include "importsourcepage.h"
#include "importwizard.h"

#include <desk/importing/importjob.h>
#include <desk/importing/rejectedrowscsv.h>
#include <desk/importing/rejectedrowsmodel.h>

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

QLabel *countLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ImportReportPage::ImportReportPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"importReportPage"_s);
    setFinalPage(true);

    m_rejectedModel = new desk::RejectedRowsModel(this);

    m_created = countLabel(u"importCreatedCount"_s, this);
    m_updated = countLabel(u"importUpdatedCount"_s, this);
    m_unchanged = countLabel(u"importUnchangedCount"_s, this);
    m_rejected = countLabel(u"importRejectedCount"_s, this);
    m_createdLabel = new QLabel(this);
    m_updatedLabel = new QLabel(this);
    auto *unchangedLabel = new QLabel(tr("Unchanged:"), this);
    auto *rejectedLabel = new QLabel(tr("Rejected:"), this);
    m_created->setAccessibleName(tr("Stays created"));
    m_updated->setAccessibleName(tr("Stays updated"));
    m_unchanged->setAccessibleName(tr("Stays unchanged"));
    m_rejected->setAccessibleName(tr("Rows rejected"));

    auto *counts = new QFormLayout;
    counts->addRow(m_createdLabel, m_created);
    counts->addRow(m_updatedLabel, m_updated);
    counts->addRow(unchangedLabel, m_unchanged);
    counts->addRow(rejectedLabel, m_rejected);

    m_notes = new QLabel(this);
    m_notes->setObjectName(u"importReportNotes"_s);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);

    m_rejectedHeading = new QLabel(tr("Re&jected rows:"), this);
    m_rejectedTable = new QTableView(this);
    m_rejectedTable->setObjectName(u"importRejectedTable"_s);
    m_rejectedTable->setAccessibleName(tr("Rejected rows"));
    m_rejectedTable->setModel(m_rejectedModel);
    m_rejectedTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejectedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejectedTable->setTabKeyNavigation(false);
    m_rejectedTable->setWordWrap(false);
    m_rejectedTable->verticalHeader()->setVisible(false);
    // Rows as tall as a line of text, not as a header section: there can be many.
    m_rejectedTable->verticalHeader()->setDefaultSectionSize(
        qMax(m_rejectedTable->verticalHeader()->minimumSectionSize(), fontMetrics().height() + 6));
    m_rejectedTable->horizontalHeader()->setStretchLastSection(true);
    m_rejectedTable->horizontalHeader()->setSectionResizeMode(desk::RejectedRowsModel::LineColumn,
                                                              QHeaderView::ResizeToContents);
    m_rejectedHeading->setBuddy(m_rejectedTable);

    m_saveButton = new QPushButton(tr("&Save Rejected Rows…"), this);
    m_saveButton->setObjectName(u"importSaveRejectedButton"_s);
    m_saveButton->setAccessibleName(tr("Save the rejected rows as a CSV file"));
    m_saveMessage = new ImportMessage(this);
    m_saveMessage->setObjectName(u"importSaveMessage"_s);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveButton, 0, Qt::AlignLeft | Qt::AlignTop);
    saveRow->addWidget(m_saveMessage, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(counts);
    layout->addWidget(m_notes);
    layout->addSpacing(8);
    layout->addWidget(m_rejectedHeading);
    layout->addWidget(m_rejectedTable, 1);
    layout->addLayout(saveRow);

    connect(m_saveButton, &QPushButton::clicked, this, &ImportReportPage::saveRejected);
}

ImportReportPage::~ImportReportPage() = default;

void ImportReportPage::initializePage()
{
    const desk::ImportJob *job = m_wizard->job();
    if (!job->hasResult() || !job->result().ok())
        return;
    const pms::ImportReport &report = job->result().value();
    const QString file = QFileInfo(m_wizard->sourcePage()->fileName()).fileName();
    const QLocale locale;

    if (report.dryRun) {
        setTitle(tr("Check Finished: Nothing Was Changed"));
        setSubTitle(tr("This is what importing %1 would do.").arg(file));
        m_createdLabel->setText(tr("Would be created:"));
        m_updatedLabel->setText(tr("Would be updated:"));
    } else {
        setTitle(tr("Import Finished"));
        setSubTitle(tr("What importing %1 changed.").arg(file));
        m_createdLabel->setText(tr("Created:"));
        m_updatedLabel->setText(tr("Updated:"));
    }
    m_created->setText(locale.toString(report.created));
    m_updated->setText(locale.toString(report.updated));
    m_unchanged->setText(locale.toString(report.unchanged));
    m_rejected->setText(locale.toString(report.rejected.size()));

    QStringList notes;
    if (report.dryRun) {
        notes.append(tr("The database was not changed. Import the file without \"Check only\" to save these "
                        "stays."));
    } else if (report.created + report.updated > 0) {
        notes.append(tr("%Ln guest(s) created, %1 updated, %2 handle(s) linked.", nullptr, report.guestsCreated)
                         .arg(locale.toString(report.guestsUpdated), locale.toString(report.handlesLinked)));
    }
    if (!report.ignoredColumns.isEmpty())
        notes.append(tr("Columns left out: %1.").arg(locale.createSeparatedList(report.ignoredColumns)));
    if (report.rejected.isEmpty())
        notes.append(tr("Every row of the file could be read."));
    else
        notes.append(tr("Fix the rejected rows in the file (or in the hotel's system) and import it again: rows "
                        "already imported stay unchanged."));
    m_notes->setText(notes.join(u'\n'));

    m_rejectedModel->setRows(report.rejected);
    const bool anyRejected = !report.rejected.isEmpty();
    m_rejectedHeading->setVisible(anyRejected);
    m_rejectedTable->setVisible(anyRejected);
    m_saveButton->setVisible(anyRejected);
    m_saveMessage->clear();
}

void ImportReportPage::saveRejected()
{
    const QFileInfo source(m_wizard->sourcePage()->fileName());
    const QString suggestion
        = QDir(source.absolutePath()).filePath(tr("%1-rejected.csv").arg(source.completeBaseName()));
    const QString target = m_wizard->askFileName(ImportWizard::FileQuestion::SaveRejected, suggestion);
    if (target.isEmpty())
        return;
    const core::Status saved = desk::RejectedRowsCsv::save(target, m_rejectedModel->rows());
    if (!saved) {
        m_saveMessage->showMessage(ImportMessage::Kind::Error, saved.error());
        return;
    }
    m_saveMessage->showMessage(ImportMessage::Kind::Information,
                               tr("Saved %Ln rejected row(s) to %1.", nullptr, int(m_rejectedModel->rows().size()))
                                   .arg(QDir::toNativeSeparators(target)));
}

} // namespace tw::ui
