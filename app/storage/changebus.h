#pragma once

#include <core/types.h>

#include <QList>
#include <QString>

namespace tw::storage {

class ChangeNotifier;

// In-process delivery of committed changes to the ChangeNotifiers of every
// connection to the same SQLite database, whichever thread they live in. (On
// PostgreSQL the server delivers them: LISTEN/NOTIFY.)
class ChangeBus
{
public:
    struct Change
    {
        QString table;
        core::Id id = core::InvalidId;
    };

    // scope: the database file's canonical path, or the connection name for a
    // private in-memory database.
    static void subscribe(const QString &scope, ChangeNotifier *notifier);
    static void unsubscribe(ChangeNotifier *notifier);
    // Queued to each notifier's thread, so slots never run inside the writer's call.
    static void publish(const QString &scope, const QList<Change> &changes);
};

} // namespace tw::storage
