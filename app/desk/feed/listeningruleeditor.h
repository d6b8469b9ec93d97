#pragma once

#include "listeningrulelistmodel.h"

#include <core/result.h>
#include <core/types.h>
#include <storage/databaseurl.h>

#include <QFutureWatcherBase>
#include <QList>
#include <QObject>

#include <functional>

namespace tw::desk {

// What the listening rules dialog does, without widgets: loads the desk
// property's rules, adds and removes rules (validated and audited by
// ListeningRuleRepository), each off the UI thread over a connection of its
// own, and keeps the list model in step.
class ListeningRuleEditor : public QObject
{
    Q_OBJECT

public:
    explicit ListeningRuleEditor(storage::DatabaseUrl url, QObject *parent = nullptr);
    // Waits for work still running: it holds a connection to the database.
    ~ListeningRuleEditor() override;

    ListeningRuleListModel *model() const { return m_model; }
    // Whose rules: empty means the first property. Takes effect with load().
    void setPropertyCode(const QString &code);
    // The staff member recorded in the audit log; empty: the workstation's user.
    void setActor(const QString &staffName);
    const core::Property &property() const { return m_property; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_pending > 0; }

    struct Contents
    {
        core::Property property;
        QList<core::ListeningRule> rules;
    };
    // Run on a worker thread, over their own connection.
    static core::Result<Contents> read(const storage::DatabaseUrl &url, const QString &propertyCode);
    static core::Result<core::ListeningRule> write(const storage::DatabaseUrl &url, const core::ListeningRule &rule,
                                                   const QString &actor);
    static core::Status erase(const storage::DatabaseUrl &url, core::Id ruleId, const QString &actor);

public Q_SLOTS:
    void load();
    // rule.propertyId is filled in with the loaded property's.
    void add(const tw::core::ListeningRule &rule);
    void remove(tw::core::Id ruleId);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    void added(const tw::core::ListeningRule &rule);
    void removed(tw::core::Id ruleId);
    // An add or remove was refused or failed; message says why and what to do.
    void failed(const QString &message);
    void busyChanged(bool busy);
    // Rules were added or removed: listeners pick them up on their next start.
    void rulesChanged();

private:
    template <typename Value>
    void run(std::function<Value()> job, std::function<void(const Value &)> done);
    void beginWork();
    void endWork();

    storage::DatabaseUrl m_url;
    QString m_propertyCode;
    QString m_actor;
    core::Property m_property;
    bool m_loaded = false;
    int m_pending = 0;
    ListeningRuleListModel *m_model = nullptr;
    QList<QFutureWatcherBase *> m_watchers;
};

} // namespace tw::desk
