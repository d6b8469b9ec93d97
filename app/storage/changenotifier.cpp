#include "changenotifier.h"

#include "changebus.h"
#include "database.h"
#include "logging.h"

#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace tw::storage {

ChangeNotifier::ChangeNotifier(Database &db, QObject *parent)
    : QObject(parent)
{
    if (db.engine() == Engine::Sqlite) {
        ChangeBus::subscribe(db.m_changeScope, this);
        m_listening = true;
        return;
    }

    QSqlDriver *driver = db.connection().driver();
    if (!driver) {
        qCWarning(lcStorage) << "cannot listen for changes: the connection is closed";
        return;
    }
    // Several notifiers may share one connection; it listens once.
    m_listening = driver->subscribedToNotifications().contains(channel()) || driver->subscribeToNotification(channel());
    if (!m_listening) {
        qCWarning(lcStorage) << "cannot listen for changes on" << db.connectionName() << ":"
                             << driver->lastError().text();
        return;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name != channel())
                    return;
                const QString text = payload.toString();
                const qsizetype colon = text.lastIndexOf(u':');
                bool ok = false;
                const qint64 id = colon > 0 ? QStringView(text).mid(colon + 1).toLongLong(&ok) : 0;
                if (!ok) {
                    qCWarning(lcStorage) << "ignoring a change notification with an unexpected payload:" << text;
                    return;
                }
                deliver(text.left(colon), id);
            });
}

ChangeNotifier::~ChangeNotifier()
{
    ChangeBus::unsubscribe(this);
}

QString ChangeNotifier::channel()
{
    return u"tw_changes"_s;
}

void ChangeNotifier::deliver(const QString &table, qint64 id)
{
    Q_EMIT changed(table, id);
}

} // namespace tw::storage
