#include "importrunpage.h"

#include "importmessage.h"
#include "importsourcepage.h"
#include "importwizard.h"

#include <desk/importing/importjob.h>

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

// The bar counts in thousandths: files can exceed what an int counts in bytes.
constexpr int ProgressSteps = 1000;

} // namespace

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"importRunPage"_s);

    m_status = new QLabel(this);
    m_status->setObjectName(u"importRunStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Import status"));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, ProgressSteps);

    m_hint = new QLabel(this);
    m_hint->setObjectName(u"importRunHint"_s);
    m_hint->setWordWrap(true);

    m_message = new ImportMessage(this);
    m_message->setObjectName(u"importRunMessage"_s);

    m_startOverButton = new QPushButton(tr("&Start Over"), this);
    m_startOverButton->setObjectName(u"importStartOverButton"_s);
    m_startOverButton->setAccessibleName(tr("Start the import over"));
    m_startOverButton->setVisible(false);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_startOverButton);
    buttonRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_hint);
    layout->addSpacing(8);
    layout->addWidget(m_message);
    layout->addLayout(buttonRow);
    layout->addStretch(1);

    desk::ImportJob *job = m_wizard->job();
    connect(job, &desk::ImportJob::progressed, this, &ImportRunPage::showProgress);
    connect(job, &desk::ImportJob::finished, this, &ImportRunPage::showResult);
    connect(m_startOverButton, &QPushButton::clicked, m_wizard, &QWizard::restart);
}

ImportRunPage::~ImportRunPage() = default;

void ImportRunPage::initializePage()
{
    m_dryRun = m_wizard->sourcePage()->isDryRun();
    const QString file = QFileInfo(m_wizard->sourcePage()->fileName()).fileName();
    setTitle(m_dryRun ? tr("Checking the Export") : tr("Importing"));
    setSubTitle(m_dryRun
                    ? tr("Every row of %1 is checked as the import would check it; nothing is changed.").arg(file)
                    : tr("The stays of %1 are imported in one go: either all good rows are saved, or none.").arg(file));
    m_status->setText(tr("Reading %1…").arg(file));
    m_hint->setText(tr("Press Cancel to stop. Nothing is changed until the import has read the whole file."));
    m_hint->setVisible(true);
    m_progress->setRange(0, ProgressSteps);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_message->clear();
    m_startOverButton->setVisible(false);

    if (!m_wizard->job()->start(m_wizard->sourcePage()->fileName(), m_wizard->importOptions())) {
        m_message->showMessage(ImportMessage::Kind::Error,
                               tr("An import is still running. Wait until it has ended, then start over."));
    }
    Q_EMIT completeChanged();
}

bool ImportRunPage::isComplete() const
{
    const desk::ImportJob *job = m_wizard->job();
    return !job->isRunning() && job->hasResult() && job->result().ok() && !job->result()->cancelled;
}

void ImportRunPage::cancelImport()
{
    if (!m_wizard->job()->isRunning())
        return;
    m_wizard->job()->cancel();
    m_status->setText(m_dryRun ? tr("Stopping the check…") : tr("Cancelling: undoing what the import wrote…"));
}

void ImportRunPage::showProgress(qint64 done, qint64 total)
{
    if (m_wizard->job()->isCancelRequested())
        return;
    if (total <= 0) {
        m_progress->setRange(0, 0); // busy: the size is unknown
        m_status->setText(tr("%1 read…").arg(QLocale().formattedDataSize(done)));
        return;
    }
    m_progress->setRange(0, ProgressSteps);
    m_progress->setValue(int(std::clamp<qint64>(done * ProgressSteps / total, 0, ProgressSteps)));
    m_status->setText(tr("%1 of %2 read…").arg(QLocale().formattedDataSize(done), QLocale().formattedDataSize(total)));
}

void ImportRunPage::showResult()
{
    const desk::ImportJob *job = m_wizard->job();
    if (!job->hasResult())
        return;
    m_hint->setVisible(false);
    m_progress->setRange(0, ProgressSteps);
    const auto &result = job->result();
    if (result.ok() && !result->cancelled) {
        m_progress->setValue(ProgressSteps);
        m_status->setText(m_dryRun ? tr("The check is done.") : tr("The import is done."));
        Q_EMIT completeChanged();
        if (m_wizard->currentPage() == this)
            m_wizard->next();
        return;
    }

    // Nothing was saved: a bar at any length would suggest otherwise.
    m_progress->setVisible(false);
    if (result.ok()) {
        m_status->setText(m_dryRun ? tr("Check cancelled.") : tr("Import cancelled."));
        m_message->showMessage(ImportMessage::Kind::Information,
                               m_dryRun ? tr("Nothing was changed. Choose Start Over to check a file again.")
                                        : tr("Nothing was changed: everything the import had written was rolled "
                                             "back. Choose Start Over to import again."));
    } else {
        m_status->setText(m_dryRun ? tr("The check failed.") : tr("The import failed."));
        m_message->showMessage(ImportMessage::Kind::Error,
                               tr("%1\nChoose Start Over to try again with another file or column mapping, or "
                                  "close this window.")
                                   .arg(result.error()));
    }
    m_startOverButton->setVisible(true);
    m_startOverButton->setFocus();
    Q_EMIT completeChanged();
}

} // namespace tw::ui
