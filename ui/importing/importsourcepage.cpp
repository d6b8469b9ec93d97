#include "importsourcepage.h"

#include "importmessage.h"
#include "importwizard.h"

#include <desk/importing/importpreviewmodel.h>
#include <desk/importing/importpropertymodel.h>
#include <ui/settings.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;

} // namespace

ImportSourcePage::ImportSourcePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"importSourcePage"_s);
    setTitle(tr("Choose the Export"));
    setSubTitle(tr("Tweetworthy reads the reservation exports (CSV files) of property-management systems. Rows "
                   "it cannot read are listed at the end; all others are imported."));

    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(u"importFileEdit"_s);
    m_fileEdit->setAccessibleName(tr("File to import"));
    m_fileEdit->setPlaceholderText(tr("Path of the CSV file"));
    m_fileEdit->setClearButtonEnabled(true);
    m_browseButton = new QPushButton(tr("&Browse…"), this);
    m_browseButton->setObjectName(u"importBrowseButton"_s);
    m_browseButton->setAccessibleName(tr("Choose the file to import"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);

    m_mappingCombo = new QComboBox(this);
    m_mappingCombo->setObjectName(u"importMappingCombo"_s);
    m_mappingCombo->setAccessibleName(tr("Column mapping"));
    m_mappingCombo->addItem(tr("Automatic: recognise the export from its header line"));
    m_mappingCombo->setItemData(0, int(MappingKind::Automatic), KindRole);
    m_mappingCombo->addItem(tr("Tweetworthy's column names (confirmation, arrival, …)"));
    m_mappingCombo->setItemData(1, int(MappingKind::Canonical), KindRole);
    const QStringList builtIn = pms::ColumnMapping::builtInNames();
    for (const QString &name : builtIn) {
        m_mappingCombo->addItem(tr("Built-in mapping: %1").arg(name));
        m_mappingCombo->setItemData(m_mappingCombo->count() - 1, int(MappingKind::BuiltIn), KindRole);
        m_mappingCombo->setItemData(m_mappingCombo->count() - 1, name, NameRole);
    }
    m_mappingCombo->addItem(tr("Mapping file (JSON)…"));
    m_mappingCombo->setItemData(m_mappingCombo->count() - 1, int(MappingKind::File), KindRole);
    m_mappingCombo->setToolTip(tr("How the file's column names, dates and status words are read. Automatic "
                                  "picks the mapping that recognises the most columns."));

    m_mappingFileEdit = new QLineEdit(this);
    m_mappingFileEdit->setObjectName(u"importMappingFileEdit"_s);
    m_mappingFileEdit->setAccessibleName(tr("Column mapping file"));
    m_mappingFileEdit->setPlaceholderText(tr("Path of the JSON mapping file"));
    m_mappingBrowseButton = new QPushButton(tr("B&rowse…"), this);
    m_mappingBrowseButton->setObjectName(u"importMappingBrowseButton"_s);
    m_mappingBrowseButton->setAccessibleName(tr("Choose the column mapping file"));
    auto *mappingFileRow = new QHBoxLayout;
    mappingFileRow->addWidget(m_mappingFileEdit, 1);
    mappingFileRow->addWidget(m_mappingBrowseButton);

    m_propertyCombo = new QComboBox(this);
    m_propertyCombo->setObjectName(u"importPropertyCombo"_s);
    m_propertyCombo->setAccessibleName(tr("Property for rows without one"));
    m_propertyCombo->setModel(m_wizard->propertyModel());
    // The properties arrive after the page is first shown.
    m_propertyCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_propertyCombo->setToolTip(tr("The hotel the stays belong to when the file has no property column, or a "
                                   "row leaves it empty."));
    m_propertyCombo->setPlaceholderText(tr("Reading the properties…"));

    m_dryRunCheck = new QCheckBox(tr("&Check only, change nothing"), this);
    m_dryRunCheck->setObjectName(u"importDryRunCheck"_s);
    m_dryRunCheck->setAccessibleName(tr("Check only, change nothing"));
    m_dryRunCheck->setToolTip(tr("Reads and checks every row exactly as the import would, reports what it would "
                                 "change, and then leaves the database as it was."));

    m_message = new ImportMessage(this);
    m_message->setObjectName(u"importSourceMessage"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_fileEdit);
    form->addRow(fileLabel, fileRow);
    auto *mappingLabel = new QLabel(tr("Column &mapping:"), this);
    mappingLabel->setBuddy(m_mappingCombo);
    form->addRow(mappingLabel, m_mappingCombo);
    auto *mappingFileLabel = new QLabel(tr("Mapping fi&le:"), this);
    mappingFileLabel->setBuddy(m_mappingFileEdit);
    form->addRow(mappingFileLabel, mappingFileRow);
    auto *propertyLabel = new QLabel(tr("&Property:"), this);
    propertyLabel->setBuddy(m_propertyCombo);
    form->addRow(propertyLabel, m_propertyCombo);
    form->addRow(QString(), m_dryRunCheck);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_fileEdit, &QLineEdit::textChanged, this, [this] {
        m_message->clear();
        Q_EMIT completeChanged();
    });
    connect(m_mappingFileEdit, &QLineEdit::textChanged, this, [this] {
        m_message->clear();
        Q_EMIT completeChanged();
    });
    connect(m_browseButton, &QPushButton::clicked, this, &ImportSourcePage::browseFile);
    connect(m_mappingBrowseButton, &QPushButton::clicked, this, &ImportSourcePage::browseMappingFile);
    connect(m_mappingCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_message->clear();
        updateMappingFileRow();
        Q_EMIT completeChanged();
    });
    connect(m_wizard->propertyModel(), &desk::ImportPropertyModel::loaded, this, &ImportSourcePage::takeProperties);
    updateMappingFileRow();
}

ImportSourcePage::~ImportSourcePage() = default;

QString ImportSourcePage::fileName() const
{
    QString name = m_fileEdit->text().trimmed();
    // A path pasted from a file manager often comes quoted.
    if (name.size() > 1 && name.startsWith(u'"') && name.endsWith(u'"'))
        name = name.mid(1, name.size() - 2);
    return QDir::fromNativeSeparators(name);
}

void ImportSourcePage::setFileName(const QString &fileName)
{
    m_fileEdit->setText(QDir::toNativeSeparators(fileName));
}

QString ImportSourcePage::propertyCode() const
{
    return m_wizard->propertyModel()->codeAt(m_propertyCombo->currentIndex());
}

bool ImportSourcePage::isDryRun() const
{
    return m_dryRunCheck->isChecked();
}

ImportSourcePage::MappingKind ImportSourcePage::mappingKind() const
{
    return MappingKind(m_mappingCombo->currentData(KindRole).toInt());
}

bool ImportSourcePage::isComplete() const
{
    if (fileName().isEmpty() || m_wizard->propertyModel()->isLoading())
        return false;
    if (!m_wizard->propertyModel()->loadError().isEmpty())
        return false;
    return mappingKind() != MappingKind::File || !m_mappingFileEdit->text().trimmed().isEmpty();
}

void ImportSourcePage::updateMappingFileRow()
{
    const bool fromFile = mappingKind() == MappingKind::File;
    m_mappingFileEdit->setEnabled(fromFile);
    m_mappingBrowseButton->setEnabled(fromFile);
    if (fromFile && isVisible() && m_mappingFileEdit->text().trimmed().isEmpty())
        m_mappingFileEdit->setFocus();
}

void ImportSourcePage::browseFile()
{
    const QString current = fileName();
    const QString suggestion = current.isEmpty() ? QDir::homePath() : current;
    const QString chosen = m_wizard->askFileName(ImportWizard::FileQuestion::ImportFile, suggestion);
    if (!chosen.isEmpty())
        setFileName(chosen);
}

void ImportSourcePage::browseMappingFile()
{
    QString suggestion = m_mappingFileEdit->text().trimmed();
    if (suggestion.isEmpty())
        suggestion = fileName().isEmpty() ? QDir::homePath() : QFileInfo(fileName()).absolutePath();
    const QString chosen = m_wizard->askFileName(ImportWizard::FileQuestion::MappingFile, suggestion);
    if (!chosen.isEmpty())
        m_mappingFileEdit->setText(QDir::toNativeSeparators(chosen));
}

void ImportSourcePage::takeProperties()
{
    const desk::ImportPropertyModel *properties = m_wizard->propertyModel();
    if (!properties->loadError().isEmpty()) {
        m_propertyCombo->setPlaceholderText(tr("No properties"));
        m_message->showMessage(ImportMessage::Kind::Error,
                               tr("Cannot read the properties from the database: %1\nCheck the database in the "
                                  "settings, then open the import again.")
                                   .arg(properties->loadError()));
    } else if (properties->rowCount() == 0) {
        m_propertyCombo->setPlaceholderText(tr("The database has no property yet"));
        m_propertyCombo->setCurrentIndex(-1);
    } else {
        const int preferred = properties->rowOfCode(m_wizard->settings().propertyCode());
        m_propertyCombo->setCurrentIndex(preferred >= 0 ? preferred : 0);
    }
    Q_EMIT completeChanged();
}

core::Result<std::optional<pms::ColumnMapping>> ImportSourcePage::chosenMapping() const
{
    using R = core::Result<std::optional<pms::ColumnMapping>>;
    switch (mappingKind()) {
    case MappingKind::Automatic:
        return R(std::nullopt);
    case MappingKind::Canonical:
        return R(pms::ColumnMapping());
    case MappingKind::BuiltIn:
    case MappingKind::File: {
        const QString source = mappingKind() == MappingKind::File
            ? QDir::fromNativeSeparators(m_mappingFileEdit->text().trimmed())
            : m_mappingCombo->currentData(NameRole).toString();
        auto mapping = pms::ColumnMapping::load(source);
        if (!mapping)
            return R::failure(mapping.error());
        return R(std::optional<pms::ColumnMapping>(mapping.value()));
    }
    }
    return R(std::nullopt);
}

bool ImportSourcePage::validatePage()
{
    const auto mapping = chosenMapping();
    if (!mapping) {
        m_message->showMessage(ImportMessage::Kind::Error, mapping.error());
        m_mappingFileEdit->setFocus();
        return false;
    }
    const core::Status loaded = m_wizard->previewModel()->loadFile(fileName(), mapping.value());
    if (!loaded) {
        m_message->showMessage(ImportMessage::Kind::Error, loaded.error());
        m_fileEdit->setFocus();
        return false;
    }
    m_message->clear();
    return true;
}

} // namespace tw::ui
