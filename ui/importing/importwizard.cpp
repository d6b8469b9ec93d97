#include "importwizard.h"

#include "importpreviewpage.h"
#include "importreportpage.h"
#include "importrunpage.h"
#include "importsourcepage.h"

#include <desk/importing/importjob.h>
#include <desk/importing/importpreviewmodel.h>
#include <desk/importing/importpropertymodel.h>
#include <ui/settings.h>

#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tw::ui {

ImportWizard::ImportWizard(const storage::DatabaseUrl &url, Settings &settings, QWidget *parent)
    : QWizard(parent)
    , m_url(url)
    , m_settings(settings)
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import Stays"));
    setAccessibleName(tr("Import stays"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(760, 560);

    m_propertyModel = new desk::ImportPropertyModel(this);
    m_previewModel = new desk::ImportPreviewModel(this);
    m_job = new desk::ImportJob(m_url, this);

    m_sourcePage = new ImportSourcePage(this);
    m_previewPage = new ImportPreviewPage(this);
    m_runPage = new ImportRunPage(this);
    m_reportPage = new ImportReportPage(this);
    setPage(SourcePageId, m_sourcePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(RunPageId, m_runPage);
    setPage(ReportPageId, m_reportPage);
    setStartId(SourcePageId);

    m_propertyModel->load(m_url);
}

// The job (a child) cancels and waits for a running import on its destruction.
ImportWizard::~ImportWizard() = default;

void ImportWizard::setNextFileName(FileQuestion question, const QString &fileName)
{
    switch (question) {
    case FileQuestion::ImportFile:
        m_nextImportFile = fileName;
        break;
    case FileQuestion::MappingFile:
        m_nextMappingFile = fileName;
        break;
    case FileQuestion::SaveRejected:
        m_nextSaveFile = fileName;
        break;
    }
}

void ImportWizard::setFileName(const QString &fileName)
{
    m_sourcePage->setFileName(fileName);
}

QString ImportWizard::askFileName(FileQuestion question, const QString &suggestion)
{
    const auto preset = [](std::optional<QString> &next) {
        QString name = *next;
        next.reset();
        return name;
    };
    switch (question) {
    case FileQuestion::ImportFile:
        if (m_nextImportFile)
            return preset(m_nextImportFile);
        return QFileDialog::getOpenFileName(this, tr("Choose the Export to Import"), suggestion,
                                            tr("CSV files (*.csv *.txt);;All files (*)"));
    case FileQuestion::MappingFile:
        if (m_nextMappingFile)
            return preset(m_nextMappingFile);
        return QFileDialog::getOpenFileName(this, tr("Choose a Column Mapping"), suggestion,
                                            tr("Column mappings (*.json);;All files (*)"));
    case FileQuestion::SaveRejected:
        if (m_nextSaveFile)
            return preset(m_nextSaveFile);
        return QFileDialog::getSaveFileName(this, tr("Save the Rejected Rows"), suggestion,
                                            tr("CSV files (*.csv);;All files (*)"));
    }
    return {};
}

pms::ImportOptions ImportWizard::importOptions() const
{
    pms::ImportOptions options;
    options.mapping = m_previewModel->mapping();
    options.propertyCode = m_sourcePage->propertyCode();
    options.dryRun = m_sourcePage->isDryRun();
    options.actor = m_settings.staffName().trimmed();
    return options;
}

void ImportWizard::reject()
{
    if (m_job->isRunning()) {
        m_runPage->cancelImport();
        return;
    }
    QWizard::reject();
}

} // namespace tw::ui
