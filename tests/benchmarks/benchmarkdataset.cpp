#include "benchmarkdataset.h"

#include <core/guestidentity.h>
#include <storage/propertyrepository.h>
#include <storage/sqlvalue.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

namespace tw::bench {

namespace {

using storage::SqlValue;

void progress(const QString &message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    std::fflush(stderr);
}

core::Status fail(const QString &what, const QSqlQuery &query)
{
    return core::Status::failure(what + u": "_s + query.lastError().text());
}

core::Status fail(const QString &what, const storage::PreparedQuery &query)
{
    return core::Status::failure(what + u": "_s + query.errorText());
}

storage::DatabaseUrl sqliteUrl(const QString &path)
{
    storage::DatabaseUrl url;
    url.engine = storage::Engine::Sqlite;
    url.path = path;
    return url;
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

// Everything the migrations created, so a file built by an older schema (or a
// migration edited in place) is not mistaken for a current one.
QString schemaFingerprint(storage::Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master "
                "WHERE name NOT LIKE 'sqlite_%' AND name <> 'bench_meta' ORDER BY type, name"_s))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next()) {
        for (int column = 0; column < 4; ++column) {
            hash.addData(q.value(column).toString().toUtf8());
            hash.addData(QByteArrayView("\n"));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

core::Result<QString> currentSchemaFingerprint()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return core::Result<QString>::failure(u"cannot create a temporary folder"_s);
    auto db = storage::Database::open(sqliteUrl(dir.filePath(u"schema.db"_s)));
    if (!db)
        return core::Result<QString>::failure(db.error());
    if (auto migrated = db.value()->migrate(); !migrated)
        return core::Result<QString>::failure(migrated.error());
    return schemaFingerprint(*db.value());
}

QString metaValue(storage::Database &db, const QString &key)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT value FROM bench_meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

struct Expected
{
    QString dataSetVersion;
    QString guests;
    QString fingerprint;
};

bool isCurrent(const QString &path, const Expected &expected)
{
    if (!QFile::exists(path))
        return false;
    auto db = storage::Database::open(sqliteUrl(path));
    if (!db)
        return false;
    storage::Database &d = *db.value();
    return metaValue(d, u"complete"_s) == u"yes"_s && metaValue(d, u"data_set_version"_s) == expected.dataSetVersion
        && metaValue(d, u"guests"_s) == expected.guests
        && metaValue(d, u"schema_fingerprint"_s) == expected.fingerprint;
}

// Inserts the generated rows with one prepared statement per table inside one
// transaction; secondary indexes are dropped first and rebuilt at the end, which
// is several times faster than maintaining them row by row.
class Builder
{
public:
    Builder(storage::Database &db, const SyntheticHotels &hotels)
        : m_db(db)
        , m_hotels(hotels)
    {
    }

    core::Status run(const Expected &expected)
    {
        QElapsedTimer timer;
        timer.start();
        for (const QString &pragma :
             {u"PRAGMA foreign_keys = OFF"_s, u"PRAGMA journal_mode = OFF"_s, u"PRAGMA synchronous = OFF"_s,
              u"PRAGMA cache_size = -524288"_s, u"PRAGMA temp_store = MEMORY"_s}) {
            if (auto done = m_db.exec(pragma); !done)
                return done;
        }
        if (auto done = addProperties(); !done)
            return done;
        const auto indexes = dropIndexes();
        if (!indexes)
            return core::Status::failure(indexes.error());

        QSqlDatabase connection = m_db.connection();
        if (!connection.transaction())
            return core::Status::failure(u"cannot begin: "_s + connection.lastError().text());
        if (auto done = insertGuests(); !done)
            return done;
        progress(u"  guests and social accounts after %1 s"_s.arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        if (auto done = insertStays(); !done)
            return done;
        progress(u"  stays after %1 s"_s.arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        if (!connection.commit())
            return core::Status::failure(u"cannot commit: "_s + connection.lastError().text());

        for (const QString &sql : indexes.value()) {
            if (auto done = m_db.exec(sql); !done)
                return done;
        }
        progress(u"  indexes after %1 s"_s.arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));

        if (auto done = m_db.exec(u"CREATE TABLE bench_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s); !done)
            return done;
        QSqlQuery meta(connection);
        meta.prepare(u"INSERT INTO bench_meta (key, value) VALUES (?, ?)"_s);
        const QList<std::pair<QString, QString>> values{
            {u"data_set_version"_s, expected.dataSetVersion},
            {u"guests"_s, expected.guests},
            {u"stays"_s, QString::number(m_hotels.stayCount())},
            {u"schema_version"_s, QString::number(m_db.schemaVersion())},
            {u"schema_fingerprint"_s, expected.fingerprint},
            {u"complete"_s, u"yes"_s},
        };
        for (const auto &[key, value] : values) {
            meta.addBindValue(key);
            meta.addBindValue(value);
            if (!meta.exec())
                return fail(u"cannot record the data set"_s, meta);
        }
        // Back to how the application runs its databases.
        for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA foreign_keys = ON"_s}) {
            if (auto done = m_db.exec(pragma); !done)
                return done;
        }
        return {};
    }

private:
    core::Status addProperties()
    {
        storage::PropertyRepository repository(m_db);
        for (const core::Property &property : m_hotels.properties()) {
            auto added = repository.add(property);
            if (!added)
                return core::Status::failure(added.error());
            if (added->id != property.id) {
                return core::Status::failure(
                    u"property %1 got id %2, expected %3"_s.arg(property.code).arg(added->id).arg(property.id));
            }
        }
        return {};
    }

    core::Result<QStringList> dropIndexes()
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                    "AND tbl_name IN ('guests', 'social_accounts', 'stays') ORDER BY name"_s)) {
            return core::Result<QStringList>::failure(q.lastError().text());
        }
        QStringList names;
        QStringList creates;
        while (q.next()) {
            names.append(q.value(0).toString());
            creates.append(q.value(1).toString());
        }
        q.finish();
        for (const QString &name : std::as_const(names)) {
            if (auto done = m_db.exec(u"DROP INDEX \"%1\""_s.arg(name)); !done)
                return core::Result<QStringList>::failure(done.error());
        }
        return creates;
    }

    core::Status insertGuests()
    {
        storage::PreparedQuery guests
            = m_db.prepare(u"INSERT INTO guests (id, first_name, last_name, email, phone, loyalty_number, vip_code, "
                           "preferences, social_consent, notes, first_name_key, last_name_key, email_key, "
                           "phone_key, loyalty_key, created_at, updated_at, version) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        storage::PreparedQuery accounts
            = m_db.prepare(u"INSERT INTO social_accounts (id, guest_id, network, handle, account_id, state, "
                           "linked_by, linked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);

        qint64 accountId = 0;
        const qint64 count = m_hotels.guestCount();
        for (qint64 i = 0; i < count; ++i) {
            const core::Guest g = m_hotels.guest(i);
            guests.bind(g.id);
            guests.bind(g.firstName);
            guests.bind(g.lastName);
            guests.bind(g.email);
            guests.bind(g.phone);
            guests.bind(g.loyaltyNumber);
            guests.bind(g.vipCode);
            guests.bind(g.preferences);
            guests.bind(g.socialConsent ? 1 : 0);
            guests.bind(g.notes);
            guests.bind(core::GuestIdentity::searchKey(g.firstName));
            guests.bind(core::GuestIdentity::searchKey(g.lastName));
            guests.bind(SqlValue::nullableText(core::GuestIdentity::emailKey(g.email)));
            guests.bind(SqlValue::nullableText(core::GuestIdentity::phoneKey(g.phone)));
            guests.bind(SqlValue::nullableText(core::GuestIdentity::loyaltyKey(g.loyaltyNumber)));
            guests.bind(SqlValue::timestamp(g.createdAt));
            guests.bind(SqlValue::timestamp(g.updatedAt));
            guests.bind(g.version);
            if (!guests.exec())
                return fail(u"cannot insert guest %1"_s.arg(g.id), guests);

            const QList<core::SocialAccount> linked = m_hotels.accounts(i);
            for (const core::SocialAccount &a : linked) {
                accounts.bind(++accountId);
                accounts.bind(a.guestId);
                accounts.bind(core::networkKey(a.network));
                accounts.bind(a.handle);
                accounts.bind(SqlValue::nullableText(a.accountId));
                accounts.bind(core::linkStateKey(a.state));
                accounts.bind(a.linkedBy);
                accounts.bind(SqlValue::timestamp(a.linkedAt));
                if (!accounts.exec())
                    return fail(u"cannot insert a social account of guest %1"_s.arg(a.guestId), accounts);
            }
            reportProgress(u"guests"_s, i, count);
        }
        return {};
    }

    core::Status insertStays()
    {
        storage::PreparedQuery stays
            = m_db.prepare(u"INSERT INTO stays (id, property_id, guest_id, confirmation, room, arrival, departure, "
                           "nights, status, actual_check_in, actual_check_out, created_at, updated_at, version) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        const qint64 count = m_hotels.stayCount();
        for (qint64 i = 0; i < count; ++i) {
            const core::Stay s = m_hotels.stay(i);
            const QString created = SqlValue::timestamp(QDateTime(s.arrival.addDays(-30), QTime(12, 0), Qt::UTC));
            stays.bind(s.id);
            stays.bind(s.propertyId);
            stays.bind(s.guestId);
            stays.bind(s.confirmation);
            stays.bind(s.room);
            stays.bind(SqlValue::date(s.arrival));
            stays.bind(SqlValue::date(s.departure));
            stays.bind(s.nights());
            stays.bind(core::stayStatusKey(s.status));
            stays.bind(SqlValue::nullableTimestamp(s.actualCheckIn));
            stays.bind(SqlValue::nullableTimestamp(s.actualCheckOut));
            stays.bind(created);
            stays.bind(created);
            stays.bind(s.version);
            if (!stays.exec())
                return fail(u"cannot insert stay %1"_s.arg(s.id), stays);
            reportProgress(u"stays"_s, i, count);
        }
        return {};
    }

    static void reportProgress(const QString &what, qint64 index, qint64 count)
    {
        const qint64 step = qMax<qint64>(count / 10, 1);
        if ((index + 1) % step == 0)
            progress(u"  %1: %2 of %3"_s.arg(what).arg(index + 1).arg(count));
    }

    storage::Database &m_db;
    const SyntheticHotels &m_hotels;
};

} // namespace

BenchmarkDataSet::BenchmarkDataSet(qint64 guestCount, QString path)
    : m_hotels(guestCount)
    , m_path(std::move(path))
{
}

core::Result<std::unique_ptr<BenchmarkDataSet>> BenchmarkDataSet::open(qint64 guestCount, const QString &directory)
{
    using R = core::Result<std::unique_ptr<BenchmarkDataSet>>;
    if (!QDir().mkpath(directory))
        return R::failure(u"cannot create the data folder %1"_s.arg(directory));

    std::unique_ptr<BenchmarkDataSet> set(
        new BenchmarkDataSet(guestCount, QDir(directory).filePath(u"guests-%1.sqlite"_s.arg(guestCount))));

    const auto fingerprint = currentSchemaFingerprint();
    if (!fingerprint)
        return R::failure(u"cannot migrate a scratch database: "_s + fingerprint.error());
    const Expected expected{QString::number(SyntheticHotels::DataSetVersion), QString::number(guestCount),
                            fingerprint.value()};

    if (!isCurrent(set->m_path, expected)) {
        removeDatabaseFiles(set->m_path);
        const QString partial = set->m_path + u".partial"_s;
        removeDatabaseFiles(partial);
        progress(
            u"Building %1 guests and %2 stays in %3"_s.arg(guestCount).arg(set->m_hotels.stayCount()).arg(set->m_path));
        {
            auto db = storage::Database::open(sqliteUrl(partial));
            if (!db)
                return R::failure(db.error());
            if (auto migrated = db.value()->migrate(); !migrated)
                return R::failure(migrated.error());
            Builder builder(*db.value(), set->m_hotels);
            if (auto built = builder.run(expected); !built)
                return R::failure(u"cannot build the data set: "_s + built.error());
        }
        // The last connection checkpointed the journal into the file; anything left is stale.
        QFile::remove(partial + u"-wal"_s);
        QFile::remove(partial + u"-shm"_s);
        if (!QFile::rename(partial, set->m_path))
            return R::failure(u"cannot move the data set into place at %1"_s.arg(set->m_path));
        set->m_built = true;
    }

    auto db = storage::Database::open(sqliteUrl(set->m_path));
    if (!db)
        return R::failure(db.error());
    set->m_db = std::move(db).value();
    return set;
}

} // namespace tw::bench
