#pragma once

#include <core/types.h>

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTableView;

namespace tw::desk {
class FeedController;
class ListeningRuleEditor;
} // namespace tw::desk

namespace tw::social {
class XRulesClient;
}

namespace tw::ui {

// What a property listens for: its rules on X (a rule in the filtered
// stream's syntax, with an optional tag) and on Mastodon (a hashtag followed
// on one instance). Adding an X rule asks X first (dry_run) when a token is
// available and shows X's own words for a rule it refuses. Reads and writes
// happen off the UI thread; the listeners pick the rules up when the dialog
// closes.
class ListeningRulesDialog : public QDialog
{
    Q_OBJECT

public:
    // propertyCode: whose rules (empty: the first property). The controller
    // gives the database, the tokens and X's address.
    ListeningRulesDialog(const QString &propertyCode, desk::FeedController *controller, QWidget *parent = nullptr);
    ~ListeningRulesDialog() override;

    void setActor(const QString &staffName);
    // Reads the rules and, for X, whether a token is at hand to check rules.
    void load();
    // Rules were added or removed since the dialog opened.
    bool hasChanges() const { return m_changed; }
    bool isBusy() const;
    // A token for X was found: new X rules are checked with X first.
    bool canValidate() const { return !m_xToken.isEmpty(); }

    desk::ListeningRuleEditor *editor() const { return m_editor; }
    QTableView *view() const { return m_view; }
    QComboBox *networkChoice() const { return m_network; }
    QLineEdit *valueField() const { return m_value; }
    QLineEdit *tagField() const { return m_tag; }
    QLineEdit *instanceField() const { return m_instance; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    // The line under the form: what happened to the last add or remove.
    QString messageText() const;

public Q_SLOTS:
    // Checks the form (and, for X, asks X), then saves the rule.
    void addRule();
    void removeSelected();

Q_SIGNALS:
    // A rule was checked, saved, refused or removed: the message line changed.
    void messageChanged(const QString &text);

private:
    void updateForm();
    void updateButtons();
    void save(const core::ListeningRule &rule, const QString &note);
    void setMessage(const QString &text, bool problem);
    void setChecking(bool checking);

    QPointer<desk::FeedController> m_controller;
    desk::ListeningRuleEditor *m_editor = nullptr;
    QNetworkAccessManager *m_access = nullptr;
    social::XRulesClient *m_xRules = nullptr;
    QString m_xToken;
    bool m_changed = false;
    bool m_checking = false;

    QLabel *m_heading = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_removeButton = nullptr;
    QComboBox *m_network = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_tag = nullptr;
    QLabel *m_instanceLabel = nullptr;
    QLineEdit *m_instance = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_checkNote = nullptr;
    QLabel *m_messageIcon = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace tw::ui
