#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace tw::ui {

class ImportMessage;
class ImportWizard;

// The second step: the first rows of the file as the import will read them,
// under the columns they feed, with what would stop the import or some rows.
// Going on from here starts the import.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);
    ~ImportPreviewPage() override;

    void initializePage() override;
    // False while required columns are missing, or no property can take the
    // stays.
    bool isComplete() const override;

private:
    QString summary() const;
    QString delimiterName() const;
    void showMessages();

    ImportWizard *m_wizard = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    ImportMessage *m_message = nullptr;
};

} // namespace tw::ui
