#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tw::ui {

class ImportMessage;
class ImportWizard;

// The third step: the import runs off the UI thread with a progress bar;
// Cancel stops it and everything it wrote is rolled back. A good run moves on
// to the report by itself; a failed or cancelled one says so and offers to
// start over.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);
    ~ImportRunPage() override;

    void initializePage() override;
    // True once the import has finished and was neither cancelled nor failed.
    bool isComplete() const override;

    // Stops the running import at the next record.
    void cancelImport();

private:
    void showProgress(qint64 done, qint64 total);
    void showResult();

    ImportWizard *m_wizard = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_hint = nullptr;
    ImportMessage *m_message = nullptr;
    QPushButton *m_startOverButton = nullptr;
    bool m_dryRun = false;
};

} // namespace tw::ui
