#include "catalogeditor.h"

#include "catalogmodel.h"

#include <desk/logging.h>
#include <storage/amenityrepository.h>
#include <storage/database.h>

#include <QCoreApplication>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

QString cannotOpen(const storage::DatabaseUrl &url, const QString &error)
{
    return QCoreApplication::translate("tw::desk::CatalogEditor",
                                       "The catalog in %1 cannot be reached: %2 Try again once it can.")
        .arg(url.toDisplayString(), error);
}

core::Result<QList<core::Amenity>> readAll(const storage::DatabaseUrl &url)
{
    auto database = storage::Database::open(url);
    if (!database)
        return core::Result<QList<core::Amenity>>::failure(cannotOpen(url, database.error()));
    return storage::AmenityRepository(*database.value()).all(true);
}

core::Result<core::Amenity> write(const storage::DatabaseUrl &url, const core::Amenity &item, bool retire,
                                  const QString &actor)
{
    auto database = storage::Database::open(url);
    if (!database)
        return core::Result<core::Amenity>::failure(cannotOpen(url, database.error()));
    storage::AmenityRepository catalog(*database.value());
    if (retire) {
        const core::Status status = catalog.retire(item.id, actor, item.version);
        if (!status)
            return core::Result<core::Amenity>::failure(status.error());
        if (const std::optional<core::Amenity> stored = catalog.byId(item.id))
            return *stored;
        core::Amenity retired = item;
        retired.active = false;
        return retired;
    }
    if (item.id == core::InvalidId)
        return catalog.add(item, actor);
    return catalog.update(item, actor);
}

} // namespace

CatalogEditor::CatalogEditor(storage::DatabaseUrl url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_model(new CatalogModel(this))
{
    connect(&m_load, &QFutureWatcherBase::finished, this, [this] {
        const core::Result<QList<core::Amenity>> items = m_load.result();
        if (!items) {
            qCWarning(lcDesk) << "cannot read the catalog:" << items.error();
            Q_EMIT loadFailed(items.error());
            return;
        }
        m_model->setItems(items.value());
        m_loaded = true;
        Q_EMIT loaded();
    });
    connect(&m_change, &QFutureWatcherBase::finished, this, &CatalogEditor::finishChange);
}

CatalogEditor::~CatalogEditor()
{
    disconnect(&m_load, nullptr, this, nullptr);
    disconnect(&m_change, nullptr, this, nullptr);
    m_load.waitForFinished();
    m_change.waitForFinished();
}

void CatalogEditor::load()
{
    if (m_load.isRunning())
        return;
    m_load.setFuture(QtConcurrent::run(&readAll, m_url));
}

bool CatalogEditor::save(const core::Amenity &item, const QString &actor)
{
    if (m_change.isRunning())
        return false;
    m_change.setFuture(QtConcurrent::run(&write, m_url, item, false, actor));
    return true;
}

bool CatalogEditor::retire(core::Id id, const QString &actor, int expectedVersion)
{
    const int row = m_model->rowOf(id);
    if (row < 0 || m_change.isRunning())
        return false;
    core::Amenity item = *m_model->itemAt(row);
    if (expectedVersion >= 0)
        item.version = expectedVersion;
    m_change.setFuture(QtConcurrent::run(&write, m_url, item, true, actor));
    return true;
}

void CatalogEditor::finishChange()
{
    const core::Result<core::Amenity> result = m_change.result();
    if (!result) {
        Q_EMIT saveFailed(result.error());
        return;
    }
    m_model->upsert(result.value());
    Q_EMIT saved(result.value());
}

} // namespace tw::desk
