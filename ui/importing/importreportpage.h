#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableView;

namespace tw::desk {
class RejectedRowsModel;
}

namespace tw::ui {

class ImportMessage;
class ImportWizard;

// The last step: what the import created, updated and left unchanged, and the
// rows it refused with their lines and reasons, which can be saved as CSV.
class ImportReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportReportPage(ImportWizard *wizard);
    ~ImportReportPage() override;

    void initializePage() override;

    desk::RejectedRowsModel *rejectedModel() const { return m_rejectedModel; }

private:
    void saveRejected();

    ImportWizard *m_wizard = nullptr;
    desk::RejectedRowsModel *m_rejectedModel = nullptr;
    QLabel *m_createdLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_unchanged = nullptr;
    QLabel *m_rejected = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_rejectedHeading = nullptr;
    QTableView *m_rejectedTable = nullptr;
    QPushButton *m_saveButton = nullptr;
    ImportMessage *m_saveMessage = nullptr;
};

} // namespace tw::ui
