#pragma once

#include <core/result.h>
#include <core/types.h>
#include <storage/databaseurl.h>

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

namespace tw::desk {

class CatalogModel;

// The catalog editor's work, without widgets: reads every item (retired ones
// too) and adds, changes and retires items off the UI thread over a
// connection of its own, one change at a time. The repository checks names
// and costs; its messages reach the editor as they are.
class CatalogEditor : public QObject
{
    Q_OBJECT

public:
    explicit CatalogEditor(storage::DatabaseUrl url, QObject *parent = nullptr);
    ~CatalogEditor() override;

    CatalogModel *model() const { return m_model; }
    bool isBusy() const { return m_load.isRunning() || m_change.isRunning(); }
    bool hasLoaded() const { return m_loaded; }

    // False while another change runs. An item with id InvalidId is added.
    bool save(const core::Amenity &item, const QString &actor);
    // expectedVersion: the version the person saw (-1: the one loaded last); an
    // item another desk changed since is not retired, and saveFailed() says who.
    bool retire(core::Id id, const QString &actor, int expectedVersion = -1);

public Q_SLOTS:
    void load();

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    // The item as stored (retired items have active false).
    void saved(const core::Amenity &item);
    void saveFailed(const QString &message);

private:
    void finishChange();

    storage::DatabaseUrl m_url;
    CatalogModel *m_model = nullptr;
    QFutureWatcher<core::Result<QList<core::Amenity>>> m_load;
    QFutureWatcher<core::Result<core::Amenity>> m_change;
    bool m_loaded = false;
};

} // namespace tw::desk
