#include "catalogdialog.h"

#include <ui/settings.h>

#include <core/money.h>
#include <desk/orders/catalogeditor.h>
#include <desk/orders/catalogmodel.h>
#include <desk/orders/orderwording.h>
#include <desk/profile/actorname.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tw::ui {

CatalogDialog::CatalogDialog(const storage::DatabaseUrl &url, Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_editor(new desk::CatalogEditor(url, this))
    , m_settings(settings)
{
    setObjectName(u"catalogDialog"_s);
    setWindowTitle(tr("Amenity Catalog"));

    m_view = new QTableView(this);
    m_view->setObjectName(u"catalogItems"_s);
    m_view->setAccessibleName(tr("Catalog items"));
    m_view->setModel(m_editor->model());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(int(desk::CatalogModel::Column::Note), QHeaderView::Stretch);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"catalogName"_s);
    m_name->setMaxLength(80);
    m_department = new QComboBox(this);
    m_department->setObjectName(u"catalogDepartment"_s);
    for (const core::Department department : desk::OrderWording::departments())
        m_department->addItem(desk::OrderWording::departmentName(department), int(department));
    m_cost = new QLineEdit(this);
    m_cost->setObjectName(u"catalogCost"_s);
    m_cost->setPlaceholderText(desk::OrderWording::money(1250));
    m_cost->setToolTip(tr("The cost of one, as you would write it: %1").arg(desk::OrderWording::money(1250)));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"catalogNote"_s);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What goes on the slip, e.g. “With the compliments of {property}, {first_name}.”"));
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 4);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("Unit c&ost:"), m_cost);
    form->addRow(tr("N&ote template:"), m_note);

    auto *newButton = new QPushButton(tr("Ne&w item"), this);
    newButton->setObjectName(u"catalogNewButton"_s);
    m_saveButton = new QPushButton(tr("&Save item"), this);
    m_saveButton->setObjectName(u"catalogSaveButton"_s);
    m_retireButton = new QPushButton(tr("&Retire item"), this);
    m_retireButton->setObjectName(u"catalogRetireButton"_s);
    m_retireButton->setToolTip(tr("Old orders keep it; it can no longer be ordered"));
    for (QPushButton *button : {newButton, m_saveButton, m_retireButton})
        button->setAutoDefault(false);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(newButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_retireButton);
    buttonRow->addWidget(m_saveButton);

    m_status = new QLabel(this);
    m_status->setObjectName(u"catalogStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setText(tr("Reading the catalog…"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addLayout(buttonRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(newButton, &QPushButton::clicked, this, &CatalogDialog::startNew);
    connect(m_saveButton, &QPushButton::clicked, this, &CatalogDialog::saveItem);
    connect(m_retireButton, &QPushButton::clicked, this, &CatalogDialog::retireItem);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showItem(current); });
    connect(m_editor, &desk::CatalogEditor::loaded, this, [this] {
        setStatus(
            tr("%n item(s). Choose one to change it, or start a new one.", nullptr, m_editor->model()->rowCount()),
            false);
        if (m_editor->model()->rowCount() > 0)
            m_view->setCurrentIndex(m_editor->model()->index(0, 0));
    });
    connect(m_editor, &desk::CatalogEditor::loadFailed, this, [this](const QString &m) { setStatus(m, true); });
    connect(m_editor, &desk::CatalogEditor::saveFailed, this, [this](const QString &m) { setStatus(m, true); });
    connect(m_editor, &desk::CatalogEditor::saved, this, [this](const core::Amenity &item) {
        setStatus(item.active ? tr("“%1” is saved.").arg(item.name)
                              : tr("“%1” is retired: old orders keep it, new ones cannot use it.").arg(item.name),
                  false);
        // The form now edits the item as stored, whether or not the view's
        // current row changes.
        m_editing = item.id;
        m_editingVersion = item.version;
        const int row = m_editor->model()->rowOf(item.id);
        if (row >= 0)
            m_view->setCurrentIndex(m_editor->model()->index(row, 0));
    });

    resize(720, 520);
    startNew();
    m_editor->load();
}

CatalogDialog::~CatalogDialog() = default;

QString CatalogDialog::statusText() const
{
    return m_status->text();
}

void CatalogDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setAccessibleDescription(problem ? tr("Problem") : QString());
}

void CatalogDialog::startNew()
{
    m_editing = core::InvalidId;
    m_view->clearSelection();
    m_name->clear();
    m_department->setCurrentIndex(0);
    m_cost->clear();
    m_note->clear();
    m_retireButton->setEnabled(false);
    m_saveButton->setText(tr("&Add item"));
    m_name->setFocus(Qt::OtherFocusReason);
}

void CatalogDialog::showItem(const QModelIndex &index)
{
    const core::Amenity *item = index.isValid() ? m_editor->model()->itemAt(index.row()) : nullptr;
    if (!item)
        return;
    m_editing = item->id;
    m_editingVersion = item->version;
    m_name->setText(item->name);
    m_department->setCurrentIndex(std::max(0, m_department->findData(int(item->department))));
    m_cost->setText(desk::OrderWording::money(item->unitCostCents));
    m_note->setPlainText(item->noteTemplate);
    m_retireButton->setEnabled(item->active);
    m_saveButton->setText(tr("&Save item"));
}

bool CatalogDialog::saveItem()
{
    if (m_editor->isBusy())
        return false;
    const QString name = m_name->text().simplified();
    if (name.isEmpty()) {
        setStatus(tr("Give the item a name, as staff will ask for it (“Bath salts”)."), true);
        m_name->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const core::Result<qint64> cost = core::Money::parse(m_cost->text());
    if (!cost) {
        setStatus(cost.error(), true);
        m_cost->setFocus(Qt::OtherFocusReason);
        return false;
    }
    core::Amenity item;
    if (const int row = m_editor->model()->rowOf(m_editing); row >= 0)
        item = *m_editor->model()->itemAt(row);
    item.id = m_editing;
    if (m_editing != core::InvalidId)
        item.version = m_editingVersion;
    item.name = name;
    item.department = core::Department(m_department->currentData().toInt());
    item.unitCostCents = cost.value();
    item.noteTemplate = m_note->toPlainText().trimmed();
    if (item.id == core::InvalidId)
        item.active = true;
    setStatus(tr("Saving “%1”…").arg(name), false);
    return m_editor->save(item, desk::ActorName::resolve(m_settings.staffName()));
}

bool CatalogDialog::retireItem()
{
    if (m_editing == core::InvalidId || m_editor->isBusy())
        return false;
    return m_editor->retire(m_editing, desk::ActorName::resolve(m_settings.staffName()), m_editingVersion);
}

} // namespace tw::ui
