#include "importpreviewpage.h"

#include "importmessage.h"
#include "importsourcepage.h"
#include "importwizard.h"

#include <desk/importing/importpreviewmodel.h>

#include <QFileInfo>
#include <QFont>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

// Shows the columns the import leaves out in the palette's inactive text
// colour and their headers in italics, so that what will be read stands out.
class IgnoredColumnsProxy : public QIdentityProxyModel
{
public:
    IgnoredColumnsProxy(QWidget *view, QObject *parent)
        : QIdentityProxyModel(parent)
        , m_view(view)
    {
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && isIgnored(index.column()))
            return m_view->palette().brush(QPalette::Disabled, QPalette::Text);
        return QIdentityProxyModel::data(index, role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::FontRole && isIgnored(section)) {
            QFont font = m_view->font();
            font.setItalic(true);
            return font;
        }
        return QIdentityProxyModel::headerData(section, orientation, role);
    }

private:
    bool isIgnored(int column) const
    {
        return sourceModel()
            && sourceModel()->headerData(column, Qt::Horizontal, desk::ImportPreviewModel::IgnoredRole).toBool();
    }

    QWidget *m_view;
};

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"importPreviewPage"_s);
    setTitle(tr("Check the Columns"));
    setCommitPage(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"importPreviewSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("How the file is read"));

    m_table = new QTableView(this);
    m_table->setObjectName(u"importPreviewTable"_s);
    m_table->setAccessibleName(tr("First rows of the file"));
    m_table->setAccessibleDescription(tr("Each column is headed by the column it is imported as; columns marked "
                                         "as ignored are left out."));
    auto *proxy = new IgnoredColumnsProxy(m_table, this);
    proxy->setSourceModel(m_wizard->previewModel());
    m_table->setModel(proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_message = new ImportMessage(this);
    m_message->setObjectName(u"importPreviewMessage"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
}

ImportPreviewPage::~ImportPreviewPage() = default;

void ImportPreviewPage::initializePage()
{
    const bool dryRun = m_wizard->sourcePage()->isDryRun();
    setButtonText(QWizard::CommitButton, dryRun ? tr("&Check") : tr("&Import"));
    setSubTitle(tr("The first rows of %1 as the import will read them. Each column is headed by the column it "
                   "is imported as.")
                    .arg(QFileInfo(m_wizard->sourcePage()->fileName()).fileName()));
    m_summary->setText(summary());
    // Why a row would be refused matters more than its cells: it comes first.
    QHeaderView *header = m_table->horizontalHeader();
    const int problems = m_wizard->previewModel()->problemColumn();
    header->moveSection(header->visualIndex(problems), 0);
    m_table->resizeColumnsToContents();
    // A long note would push everything else out of sight.
    const int widest = fontMetrics().averageCharWidth() * 32;
    for (int c = 0; c < m_table->model()->columnCount(); ++c) {
        if (m_table->columnWidth(c) > widest)
            m_table->setColumnWidth(c, widest);
    }
    showMessages();
    Q_EMIT completeChanged();
}

QString ImportPreviewPage::delimiterName() const
{
    const QChar delimiter = m_wizard->previewModel()->delimiter();
    if (delimiter == u';')
        return tr("semicolons");
    if (delimiter == u'\t')
        return tr("tabs");
    return tr("commas");
}

QString ImportPreviewPage::summary() const
{
    const desk::ImportPreviewModel *model = m_wizard->previewModel();
    QStringList parts;
    parts.append(tr("Columns separated by %1.").arg(delimiterName()));
    const QString mapping = model->mapping().name();
    parts.append(model->isMappingDetected() ? tr("Column mapping: %1 (recognised from the header line).").arg(mapping)
                                            : tr("Column mapping: %1.").arg(mapping));
    if (const QStringList ignored = model->ignoredColumns(); !ignored.isEmpty()) {
        parts.append(tr("Left out: %1.").arg(QLocale().createSeparatedList(ignored)));
    }
    if (model->hasMoreRows())
        parts.append(tr("Showing the first %Ln row(s); the file has more.", nullptr, model->rowCount()));
    else
        parts.append(tr("The file has %Ln row(s).", nullptr, model->rowCount()));
    return parts.join(u' ');
}

void ImportPreviewPage::showMessages()
{
    const desk::ImportPreviewModel *model = m_wizard->previewModel();
    const QStringList missing = model->missingColumns();
    if (!missing.isEmpty()) {
        m_message->showMessage(ImportMessage::Kind::Error,
                               tr("The file has no column for %1, so it cannot be imported.\nRename those columns "
                                  "in the file, or go back and choose the column mapping that matches this "
                                  "export.")
                                   .arg(missing.join(u"; "_s)));
        return;
    }
    if (m_wizard->sourcePage()->propertyCode().isEmpty() && !model->hasPropertyColumn()) {
        m_message->showMessage(ImportMessage::Kind::Error,
                               tr("The database has no property yet, and the file has no property column, so the "
                                  "stays would belong to no hotel.\nAdd the property in the settings first, then "
                                  "import the file again."));
        return;
    }

    QStringList notes;
    ImportMessage::Kind kind = ImportMessage::Kind::Information;
    if (const QList<int> lines = model->undecodableLines(); !lines.isEmpty()) {
        QStringList numbers;
        for (const int line : lines)
            numbers.append(QString::number(line));
        notes.append(tr("Line(s) %1 of the file are not UTF-8 text, so those rows will be refused. Save the file "
                        "as UTF-8 (\"CSV UTF-8\" in spreadsheet programs) and choose it again.",
                        nullptr, int(lines.size()))
                         .arg(QLocale().createSeparatedList(numbers)));
        kind = ImportMessage::Kind::Warning;
    }
    if (const int problems = model->problemRowCount(); problems > 0) {
        notes.append(tr("%n of the rows shown cannot be imported; the Problems column says why. Such rows are "
                        "listed in the report at the end, and all other rows are imported.",
                        nullptr, problems));
        kind = ImportMessage::Kind::Warning;
    }
    m_message->showMessage(kind, notes.join(u'\n'));
}

bool ImportPreviewPage::isComplete() const
{
    const desk::ImportPreviewModel *model = m_wizard->previewModel();
    if (!model->isLoaded() || !model->missingColumns().isEmpty())
        return false;
    return !m_wizard->sourcePage()->propertyCode().isEmpty() || model->hasPropertyColumn();
}

} // namespace tw::ui
