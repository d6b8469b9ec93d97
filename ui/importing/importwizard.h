#pragma once

#include <pms/stayimporter.h>
#include <storage/databaseurl.h>

#include <QString>
#include <QWizard>

#include <optional>

namespace tw::desk {
class ImportJob;
class ImportPreviewModel;
class ImportPropertyModel;
} // namespace tw::desk

namespace tw::ui {

class ImportPreviewPage;
class ImportReportPage;
class ImportRunPage;
class ImportSourcePage;
class Settings;

// Imports stays from a PMS export in four steps: choose the file, the column
// mapping and the default property; check the first rows as the import will
// read them; run the import off the UI thread with progress and cancel; read
// the report and save the refused rows. It holds what the steps share.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SourcePageId, PreviewPageId, RunPageId, ReportPageId };

    // The file dialogs the wizard may open.
    enum class FileQuestion { ImportFile, MappingFile, SaveRejected };

    // The import signs its changes with the settings' staff name and defaults to
    // their property.
    ImportWizard(const storage::DatabaseUrl &url, Settings &settings, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // The next file dialog asking `question` answers with `fileName` instead of
    // opening; an empty name answers as if the dialog was cancelled.
    void setNextFileName(FileQuestion question, const QString &fileName);
    // Puts a file to import on the first page, as if typed.
    void setFileName(const QString &fileName);

    // Asks for a file name (or takes the preset one); empty when cancelled.
    QString askFileName(FileQuestion question, const QString &suggestion);

    const storage::DatabaseUrl &databaseUrl() const { return m_url; }
    Settings &settings() const { return m_settings; }
    desk::ImportPropertyModel *propertyModel() const { return m_propertyModel; }
    desk::ImportPreviewModel *previewModel() const { return m_previewModel; }
    desk::ImportJob *job() const { return m_job; }

    ImportSourcePage *sourcePage() const { return m_sourcePage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportRunPage *runPage() const { return m_runPage; }
    ImportReportPage *reportPage() const { return m_reportPage; }

    // The options of the import the pages describe.
    pms::ImportOptions importOptions() const;

public Q_SLOTS:
    // While the import runs, Cancel (and Escape, and closing the window) stops
    // it and rolls it back; the wizard stays open to say so.
    void reject() override;

private:
    storage::DatabaseUrl m_url;
    Settings &m_settings;
    desk::ImportPropertyModel *m_propertyModel = nullptr;
    desk::ImportPreviewModel *m_previewModel = nullptr;
    desk::ImportJob *m_job = nullptr;
    ImportSourcePage *m_sourcePage = nullptr;
    ImportPreviewPage *m_previewPage = nullptr;
    ImportRunPage *m_runPage = nullptr;
    ImportReportPage *m_reportPage = nullptr;
    std::optional<QString> m_nextImportFile;
    std::optional<QString> m_nextMappingFile;
    std::optional<QString> m_nextSaveFile;
};

} // namespace tw::ui
