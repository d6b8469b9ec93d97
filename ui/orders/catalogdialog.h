#pragma once

#include <core/types.h>
#include <storage/databaseurl.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace tw::desk {
class CatalogEditor;
}

namespace tw::ui {

class Settings;

// The amenity catalog: every item with its department, unit cost and the note
// that goes on its slips; add an item, change the one with the cursor, or
// retire it (old orders keep it, new ones cannot use it). Costs are typed as
// people write them ("12.50", "12,50"). Changes are saved off the UI thread
// with the staff name; what the database refuses is said in the window.
class CatalogDialog : public QDialog
{
    Q_OBJECT

public:
    CatalogDialog(const storage::DatabaseUrl &url, Settings &settings, QWidget *parent = nullptr);
    ~CatalogDialog() override;

    desk::CatalogEditor *editor() const { return m_editor; }
    QTableView *view() const { return m_view; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *departmentBox() const { return m_department; }
    QLineEdit *costEdit() const { return m_cost; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QString statusText() const;

public Q_SLOTS:
    // Clears the form for a new item.
    void startNew();
    // Adds or changes the item in the form; false when the form has a problem
    // (said in the window) or a change is running.
    bool saveItem();
    bool retireItem();

private:
    void showItem(const QModelIndex &index);
    void setStatus(const QString &text, bool problem);

    desk::CatalogEditor *m_editor = nullptr;
    Settings &m_settings;
    core::Id m_editing = core::InvalidId;
    // The version of the item as shown: a reload after another desk's change
    // must not let this form overwrite that change.
    int m_editingVersion = 0;
    QTableView *m_view = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_department = nullptr;
    QLineEdit *m_cost = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_retireButton = nullptr;
};

} // namespace tw::ui
