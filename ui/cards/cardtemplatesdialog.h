#pragma once

#include <core/types.h>
#include <storage/databaseurl.h>

#include <QDialog>
#include <QList>
#include <QTimeZone>

#include <functional>

class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace tw::ui {

class CardWorker;
class MergeHighlighter;
class Settings;

// The note card templates: the built-in ones (editable, never removed) and the
// staff's own, to add, edit and remove, with the merge fields marked in the
// wording as in the card editor. A save names the version it was based on:
// when someone else changed the template in the meantime, nothing is
// overwritten and the window says who changed it and offers their version.
class CardTemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    // Asked before a template is removed; the default shows a message box.
    using RemoveQuestion = std::function<bool(QWidget *parent, const core::CardTemplate &cardTemplate)>;

    CardTemplatesDialog(const storage::DatabaseUrl &url, Settings &settings, QWidget *parent = nullptr);
    ~CardTemplatesDialog() override;

    bool isLoaded() const { return m_loaded; }
    bool isBusy() const;
    bool hasUnsavedChanges() const;
    bool hasConflict() const { return m_conflict; }
    const QList<core::CardTemplate> &templates() const { return m_templates; }
    // The template the form shows (id InvalidId: a new one not saved yet).
    core::CardTemplate editedTemplate() const;
    void setRemoveQuestion(RemoveQuestion question);
    // Asked when the window closes with unsaved edits: true closes and drops
    // them. The default shows a message box.
    using DiscardQuestion = std::function<bool(QWidget *parent)>;
    void setDiscardQuestion(DiscardQuestion question);

public Q_SLOTS:
    // Shows the template with that name when it exists; false when not.
    bool selectTemplate(const QString &name);
    void addTemplate();
    bool save();
    void revert();
    void removeTemplate();
    // Reads the templates again; after a conflict the form shows what is stored.
    void reload();

Q_SIGNALS:
    void loaded();
    void saved(const tw::core::CardTemplate &cardTemplate);
    void removed(tw::core::Id id);
    void conflict(const QString &message);
    void failed(const QString &message);

public:
    void reject() override;

protected:
    // Closes without QDialog's detour through reject(), asking first about
    // unsaved edits.
    void closeEvent(QCloseEvent *event) override;

private:
    void createWidgets();
    void showTemplates(const QList<core::CardTemplate> &templates, core::Id select);
    void showTemplate(int row);
    void updateIssues();
    void updateActions();
    void setStatus(const QString &text);
    void showConflict(const QString &message);
    int rowOf(core::Id id) const;

    storage::DatabaseUrl m_url;
    Settings &m_settings;
    CardWorker *m_worker = nullptr;
    RemoveQuestion m_askRemove;
    DiscardQuestion m_askDiscard;

    bool m_loaded = false;
    bool m_conflict = false;
    bool m_saving = false;
    QList<core::CardTemplate> m_templates;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    core::CardTemplate m_base; // what the form started from (id InvalidId: a new template)

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_body = nullptr;
    MergeHighlighter *m_highlighter = nullptr;
    QToolButton *m_insertFieldButton = nullptr;
    QLabel *m_issuesLabel = nullptr;
    QLabel *m_changedLabel = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
};

} // namespace tw::ui
