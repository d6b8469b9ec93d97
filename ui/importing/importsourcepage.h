#pragma once

#include <core/result.h>
#include <pms/columnmapping.h>

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace tw::ui {

class ImportMessage;
class ImportWizard;

// The first step of the import: the export file, how its columns are read,
// the property for rows without one, and whether to only check the file.
class ImportSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSourcePage(ImportWizard *wizard);
    ~ImportSourcePage() override;

    QString fileName() const;
    void setFileName(const QString &fileName);
    // Empty when the database has no property.
    QString propertyCode() const;
    bool isDryRun() const;

    bool isComplete() const override;
    // Reads the mapping and the first rows of the file; a file or mapping that
    // cannot be read keeps the page open with the reason.
    bool validatePage() override;

private:
    enum class MappingKind { Automatic, Canonical, BuiltIn, File };

    void browseFile();
    void browseMappingFile();
    void updateMappingFileRow();
    void takeProperties();
    MappingKind mappingKind() const;
    // The chosen mapping, or none to detect it from the header.
    core::Result<std::optional<pms::ColumnMapping>> chosenMapping() const;

    ImportWizard *m_wizard = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QComboBox *m_mappingCombo = nullptr;
    QLineEdit *m_mappingFileEdit = nullptr;
    QPushButton *m_mappingBrowseButton = nullptr;
    QComboBox *m_propertyCombo = nullptr;
    QCheckBox *m_dryRunCheck = nullptr;
    ImportMessage *m_message = nullptr;
};

} // namespace tw::ui
