#include "desksetup.h"

#include <ui/logging.h>
#include <ui/startup.h>

#include <storage/database.h>
#include <storage/propertyrepository.h>
#include <storage/staffrepository.h>

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tw::ui {

core::Result<QString> DeskSetup::testConnection(const storage::DatabaseUrl &url)
{
    using R = core::Result<QString>;
    if (url.engine == storage::Engine::Sqlite && !url.isInMemory() && !QFileInfo::exists(url.path)) {
        const QFileInfo folder(QFileInfo(url.path).absolutePath());
        if (folder.exists() && (!folder.isDir() || !folder.isWritable())) {
            return R::failure(tr("The folder %1 cannot hold a new database: it is not a folder you may write to. "
                                 "Choose a file in another folder.")
                                  .arg(QDir::toNativeSeparators(folder.filePath())));
        }
        return tr("The file does not exist yet; Tweetworthy creates it when you save.");
    }

    auto database = storage::Database::open(url);
    if (!database)
        return R::failure(database.error());
    const int version = database.value()->schemaVersion();
    const int latest = storage::Database::latestSchemaVersion();
    if (version == 0)
        return tr("Connected. The database is empty; Tweetworthy sets it up when you save.");
    if (version < latest)
        return tr("Connected. Tweetworthy brings the database up to date when you save.");
    return tr("Connected. The database is ready.");
}

core::Result<DeskSetup::Contents> DeskSetup::load(const storage::DatabaseUrl &url)
{
    using R = core::Result<Contents>;
    auto database = storage::Database::open(url);
    if (!database)
        return R::failure(tr("Could not read the database %1: %2").arg(url.toDisplayString(), database.error()));
    Contents contents;
    contents.properties = storage::PropertyRepository(*database.value()).list();
    for (const core::Staff &member : storage::StaffRepository(*database.value()).list()) {
        if (member.active)
            contents.staffNames.append(member.name);
    }
    return contents;
}

core::Result<DeskSetup::Saved> DeskSetup::save(const storage::DatabaseUrl &url, const Change &change)
{
    using R = core::Result<Saved>;
    auto database = storage::Database::open(url);
    if (!database)
        return R::failure(tr("Could not save to the database %1: %2").arg(url.toDisplayString(), database.error()));
    storage::Database &db = *database.value();

    storage::Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(tr("Could not save to the database %1: %2").arg(url.toDisplayString(), transaction.error()));

    Saved saved;
    if (change.property) {
        storage::PropertyRepository properties(db);
        if (change.property->id == core::InvalidId) {
            auto added = properties.add(*change.property);
            if (!added)
                return R::failure(added.error());
            saved.property = std::move(added).value();
        } else {
            if (auto updated = properties.update(*change.property); !updated)
                return R::failure(updated.error());
            saved.property = properties.byId(change.property->id);
        }
    }
    if (!change.staffName.trimmed().isEmpty()) {
        auto staff = storage::StaffRepository(db).ensure(change.staffName);
        if (!staff)
            return R::failure(staff.error());
        saved.staffName = staff->name;
    }
    if (auto committed = transaction.commit(); !committed)
        return R::failure(tr("Could not save to the database %1: %2").arg(url.toDisplayString(), committed.error()));
    return saved;
}

core::Status DeskSetup::prepare(const storage::DatabaseUrl &url)
{
    auto database = Startup::openDatabase(url);
    if (!database)
        return core::Status::failure(database.error());
    return {};
}

core::Result<pms::DemoSummary> DeskSetup::seedDemoHotel(const storage::DatabaseUrl &url, const QDate &today)
{
    using R = core::Result<pms::DemoSummary>;
    auto database = storage::Database::open(url);
    if (!database)
        return R::failure(tr("Could not open the database %1: %2").arg(url.toDisplayString(), database.error()));
    auto seeded = pms::DemoHotel::seed(*database.value(), today);
    if (!seeded) {
        qCWarning(lcUi) << "cannot seed the demo hotel:" << seeded.error();
        return R::failure(tr("Could not set up the demo hotel: %1").arg(seeded.error()));
    }
    qCInfo(lcUi) << "demo hotel seeded with" << seeded->guests << "guests";
    return seeded;
}

} // namespace tw::ui
