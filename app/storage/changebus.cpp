#include "changebus.h"

#include "changenotifier.h"

#include <QHash>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>

namespace tw::storage {

namespace {

struct Registry
{
    QMutex mutex;
    QMultiHash<QString, ChangeNotifier *> byScope;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

void ChangeBus::subscribe(const QString &scope, ChangeNotifier *notifier)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.byScope.insert(scope, notifier);
}

void ChangeBus::unsubscribe(ChangeNotifier *notifier)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    for (auto it = r.byScope.begin(); it != r.byScope.end();) {
        if (it.value() == notifier)
            it = r.byScope.erase(it);
        else
            ++it;
    }
}

void ChangeBus::publish(const QString &scope, const QList<Change> &changes)
{
    if (changes.isEmpty())
        return;
    Registry &r = registry();
    // Holding the lock while posting guarantees no notifier is deleted in
    // between; Qt drops events posted to an object that is deleted later.
    const QMutexLocker lock(&r.mutex);
    for (auto it = r.byScope.constFind(scope); it != r.byScope.cend() && it.key() == scope; ++it) {
        ChangeNotifier *notifier = it.value();
        QMetaObject::invokeMethod(
            notifier,
            [notifier, changes] {
                for (const Change &change : changes)
                    notifier->deliver(change.table, change.id);
            },
            Qt::QueuedConnection);
    }
}

} // namespace tw::storage
