#pragma once

#include <core/types.h>

#include <QObject>
#include <QString>

namespace tw::storage {

class Database;

// Tells views that rows changed so they can reload: every committed change made
// through the repositories on any connection to the same database -- other
// threads of this process on SQLite, any workstation on PostgreSQL
// (LISTEN/NOTIFY on channel "tw_changes", payload "table:id") -- including this
// connection's own. Signals arrive through the event loop of the thread that
// owns the connection, never inside the call that made the change.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    // Listens on db's connection; create it in the thread that owns db. The
    // notifier may outlive db: it then simply goes quiet.
    explicit ChangeNotifier(Database &db, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    // False when the database could not start listening (the reason is logged).
    bool isListening() const { return m_listening; }

    static QString channel(); // "tw_changes"

Q_SIGNALS:
    // id is core::InvalidId (0) when many rows of the table changed at once (an
    // import, for instance): reload the whole view.
    void changed(const QString &table, qint64 id);

private:
    friend class ChangeBus;
    void deliver(const QString &table, qint64 id);

    bool m_listening = false;
};

} // namespace tw::storage
