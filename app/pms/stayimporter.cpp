#include "stayimporter.h"

#include "csvreader.h"
#include "logging.h"
#include "stayrowparser.h"

#include <core/guestidentity.h>
#include <core/handlenormalizer.h>
#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace tw::pms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::pms::StayImporter", text);
}

QString quoted(const QString &text)
{
    return u'"' + text + u'"';
}

// Rejected rows are listed one per line ("line N: reason"); a cell quoted in a
// reason may hold line breaks of its own.
QString singleLine(QString text)
{
    text.replace(u"\r\n"_s, u"\\n"_s);
    text.replace(u'\n', u"\\n"_s);
    text.replace(u'\r', u"\\n"_s);
    return text;
}

core::Result<ImportReport> failure(const QString &message)
{
    return core::Result<ImportReport>::failure(message);
}

enum class Outcome { Created, Updated, Unchanged, Rejected, Failed };

// The state of one import run: repositories, and what it has learnt about
// properties and guests so that rows of the same file find each other without
// asking the database again.
class ImportRun
{
public:
    ImportRun(storage::Database &db, const ImportOptions &options, ImportReport &report)
        : m_db(db)
        , m_properties(db)
        , m_guests(db)
        , m_stays(db)
        , m_accounts(db)
        , m_report(report)
        , m_actor(options.actor.trimmed().isEmpty() ? u"import"_s : options.actor.trimmed())
    {
    }

    QString actor() const { return m_actor; }

    std::optional<core::Property> property(const QString &code)
    {
        const QString key = code.trimmed().toUpper();
        if (const auto it = m_propertyCache.constFind(key); it != m_propertyCache.constEnd())
            return it.value();
        std::optional<core::Property> found = m_properties.byCode(code.trimmed());
        if (!found && key != code.trimmed())
            found = m_properties.byCode(key);
        m_propertyCache.insert(key, found);
        return found;
    }

    // Imports one row; on Rejected or Failed, `message` says why.
    Outcome import(const StayRow &row, const core::Property &property, QString &message);

    // The summary entry on the audit log; a failure to write it is logged and
    // does not cost the import.
    void recordSummary();

private:
    std::optional<core::Guest> guestById(core::Id id)
    {
        if (const auto it = m_guestCache.constFind(id); it != m_guestCache.constEnd())
            return it.value();
        auto guest = m_guests.byId(id);
        if (guest)
            m_guestCache.insert(id, *guest);
        return guest;
    }

    core::Id guestIdByEmail(const QString &key, const QString &email)
    {
        return guestIdByKey(m_byEmail, key, [&] { return m_guests.byEmail(email); });
    }

    core::Id guestIdByLoyalty(const QString &key, const QString &number)
    {
        return guestIdByKey(m_byLoyalty, key, [&] { return m_guests.byLoyaltyNumber(number); });
    }

    // The guest with an identity key, from what this run already knows or else
    // from the database; the answer, found or not, is remembered.
    template <typename Lookup>
    core::Id guestIdByKey(QHash<QString, core::Id> &known, const QString &key, const Lookup &lookup)
    {
        if (key.isEmpty())
            return core::InvalidId;
        if (const auto it = known.constFind(key); it != known.constEnd())
            return it.value();
        const std::optional<core::Guest> guest = lookup();
        const core::Id id = guest ? guest->id : core::InvalidId;
        if (guest)
            m_guestCache.insert(id, *guest);
        known.insert(key, id);
        return id;
    }

    storage::Database &m_db;
    storage::PropertyRepository m_properties;
    storage::GuestRepository m_guests;
    storage::StayRepository m_stays;
    storage::SocialAccountRepository m_accounts;
    ImportReport &m_report;
    QString m_actor;

    QHash<QString, std::optional<core::Property>> m_propertyCache;
    QHash<QString, core::Id> m_byEmail;   // e-mail key -> guest, InvalidId when known to be absent
    QHash<QString, core::Id> m_byLoyalty; // loyalty key -> guest, likewise
    QHash<core::Id, core::Guest> m_guestCache;
};

// Fills the guest's empty or different fields from the row, never clearing one
// because the file's cell is empty. Returns whether anything changed.
bool mergeInto(core::Guest &guest, const StayRow &row, bool mayTakeLoyaltyNumber)
{
    bool changed = false;
    const auto take = [&changed](QString &field, const QString &value) {
        if (!value.isEmpty() && field != value) {
            field = value;
            changed = true;
        }
    };
    take(guest.firstName, row.firstName);
    take(guest.lastName, row.lastName);
    if (!row.email.isEmpty() && core::GuestIdentity::emailKey(guest.email) != core::GuestIdentity::emailKey(row.email))
        take(guest.email, row.email);
    if (!row.phone.isEmpty() && core::GuestIdentity::phoneKey(guest.phone) != core::GuestIdentity::phoneKey(row.phone))
        take(guest.phone, row.phone);
    if (mayTakeLoyaltyNumber && !row.loyaltyNumber.isEmpty()
        && core::GuestIdentity::loyaltyKey(guest.loyaltyNumber) != core::GuestIdentity::loyaltyKey(row.loyaltyNumber)) {
        take(guest.loyaltyNumber, row.loyaltyNumber);
    }
    take(guest.vipCode, row.vipCode);
    take(guest.preferences, row.preferences);
    // Guest notes also hold what staff wrote: the file's note is added, never
    // put in their place, and only once.
    if (!row.notes.isEmpty() && !guest.notes.contains(row.notes)) {
        guest.notes = guest.notes.isEmpty() ? row.notes : guest.notes + u'\n' + row.notes;
        changed = true;
    }
    if (row.socialConsent && guest.socialConsent != *row.socialConsent) {
        guest.socialConsent = *row.socialConsent;
        changed = true;
    }
    return changed;
}

Outcome ImportRun::import(const StayRow &row, const core::Property &property, QString &message)
{
    const QString emailKey = core::GuestIdentity::emailKey(row.email);
    const QString loyaltyKey = core::GuestIdentity::loyaltyKey(row.loyaltyNumber);

    // The same person: same e-mail, else same loyalty number, else whoever the
    // reservation already belongs to.
    std::optional<core::Guest> guest;
    if (const core::Id id = guestIdByEmail(emailKey, row.email); id != core::InvalidId)
        guest = guestById(id);
    core::Id byLoyalty = core::InvalidId;
    if (!loyaltyKey.isEmpty()) {
        byLoyalty = guest && core::GuestIdentity::loyaltyKey(guest->loyaltyNumber) == loyaltyKey
            ? guest->id
            : guestIdByLoyalty(loyaltyKey, row.loyaltyNumber);
    }
    if (!guest && byLoyalty != core::InvalidId)
        guest = guestById(byLoyalty);

    const std::optional<core::Stay> existingStay = m_stays.byConfirmation(property.id, row.confirmation);
    if (!guest && existingStay) {
        // The reservation's guest, unless the file names someone else (another
        // e-mail or loyalty number than the stored ones).
        const auto holder = guestById(existingStay->guestId);
        const auto contradicts = [](const QString &stored, const QString &fromFile) {
            return !stored.isEmpty() && !fromFile.isEmpty() && stored != fromFile;
        };
        if (holder && !contradicts(core::GuestIdentity::emailKey(holder->email), emailKey)
            && !contradicts(core::GuestIdentity::loyaltyKey(holder->loyaltyNumber), loyaltyKey)) {
            guest = holder;
        }
    }
    // A loyalty number that another guest already holds stays with that guest.
    const bool mayTakeLoyalty = byLoyalty == core::InvalidId || (guest && byLoyalty == guest->id);

    // Handles are checked before anything is written, so that a refused row writes nothing.
    struct HandleLink
    {
        core::Network network;
        QString handle;
        bool needed = false;
    };
    std::array<HandleLink, 2> links{{{core::Network::X, row.xHandle}, {core::Network::Mastodon, row.mastodonHandle}}};
    for (HandleLink &link : links) {
        if (link.handle.isEmpty())
            continue;
        const auto account = m_accounts.find(link.network, {}, link.handle);
        if (account && (!guest || account->guestId != guest->id)) {
            const auto owner = guestById(account->guestId);
            message = tr("the %1 handle %2 already belongs to another guest (%3, id %4)")
                          .arg(link.network == core::Network::X ? u"X"_s : u"Mastodon"_s,
                               core::HandleNormalizer::display(link.network, link.handle),
                               owner ? owner->displayName() : tr("unknown"))
                          .arg(account->guestId);
            return Outcome::Rejected;
        }
        link.needed = !account || account->state != core::LinkState::Confirmed;
    }

    // What the record would change, worked out before writing, so that a record
    // that changes nothing costs no write at all (re-imports are mostly that).
    core::Guest merged = guest.value_or(core::Guest{});
    const bool guestChanged = mergeInto(merged, row, mayTakeLoyalty);
    core::Stay stay = existingStay.value_or(core::Stay{});
    stay.propertyId = property.id;
    stay.confirmation = row.confirmation;
    if (!row.room.isEmpty())
        stay.room = row.room;
    stay.arrival = row.arrival;
    stay.departure = row.departure;
    if (row.status)
        stay.status = *row.status;
    else if (!existingStay)
        stay.status = core::StayStatus::Reserved;
    const bool stayChanged = !existingStay || !guest || existingStay->guestId != guest->id
        || existingStay->room != stay.room || existingStay->arrival != stay.arrival
        || existingStay->departure != stay.departure || existingStay->status != stay.status;
    const bool linksNeeded = std::any_of(links.cbegin(), links.cend(), [](const HandleLink &l) { return l.needed; });
    if (guest && !guestChanged && !stayChanged && !linksNeeded)
        return Outcome::Unchanged;

    // One savepoint per record: a record the database refuses leaves no trace,
    // and the records before and after it still land. The repositories' own
    // transactions join it rather than each opening a savepoint.
    storage::Transaction rowTransaction(m_db, storage::Transaction::Nesting::Joined);
    if (!rowTransaction.isActive()) {
        message = tr("the database refused to start the record: %1").arg(rowTransaction.error());
        return Outcome::Failed;
    }
    const auto refuse = [&rowTransaction, &message](const QString &reason) {
        rowTransaction.rollback();
        message = reason;
        return Outcome::Rejected;
    };

    core::Guest stored = merged;
    if (!guest) {
        auto created = m_guests.create(merged, m_actor);
        if (!created)
            return refuse(tr("the guest could not be saved: %1").arg(created.error()));
        stored = created.value();
    } else if (guestChanged) {
        auto updated = m_guests.update(merged, m_actor);
        if (!updated)
            return refuse(tr("the guest could not be updated: %1").arg(updated.error()));
        stored = updated.value();
    }

    auto outcome = storage::StayRepository::UpsertOutcome::Unchanged;
    if (stayChanged) {
        stay.guestId = stored.id;
        auto upserted = m_stays.upsert(stay, existingStay, m_actor);
        if (!upserted)
            return refuse(tr("the stay could not be saved: %1").arg(upserted.error()));
        outcome = upserted.value();
    }

    int linked = 0;
    for (const HandleLink &link : links) {
        if (!link.needed)
            continue;
        auto account = m_accounts.link(stored.id, link.network, link.handle, core::LinkState::Confirmed, m_actor);
        if (!account)
            return refuse(tr("the handle %1 could not be linked: %2")
                              .arg(core::HandleNormalizer::display(link.network, link.handle), account.error()));
        ++linked;
    }

    if (auto committed = rowTransaction.commit(); !committed) {
        message = tr("the database refused the record: %1").arg(committed.error());
        return Outcome::Failed;
    }

    // The row's writes stand: remember what they taught us.
    if (guest) {
        if (const QString old = core::GuestIdentity::emailKey(guest->email); !old.isEmpty())
            m_byEmail.insert(old, core::InvalidId);
        if (const QString old = core::GuestIdentity::loyaltyKey(guest->loyaltyNumber); !old.isEmpty())
            m_byLoyalty.insert(old, core::InvalidId);
    }
    m_guestCache.insert(stored.id, stored);
    if (const QString key = core::GuestIdentity::emailKey(stored.email); !key.isEmpty())
        m_byEmail.insert(key, stored.id);
    if (const QString key = core::GuestIdentity::loyaltyKey(stored.loyaltyNumber); !key.isEmpty())
        m_byLoyalty.insert(key, stored.id);
    m_report.guestsCreated += guest ? 0 : 1;
    m_report.guestsUpdated += guest && guestChanged ? 1 : 0;
    m_report.handlesLinked += linked;

    if (outcome == storage::StayRepository::UpsertOutcome::Created)
        return Outcome::Created;
    const bool wrote
        = !guest || guestChanged || linked > 0 || outcome == storage::StayRepository::UpsertOutcome::Updated;
    return wrote ? Outcome::Updated : Outcome::Unchanged;
}

void ImportRun::recordSummary()
{
    core::AuditEntry entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.actor = m_actor;
    entry.action = u"import.stays"_s;
    entry.entityType = u"import"_s;
    entry.detail = u"%1 created, %2 updated, %3 unchanged, %4 rejected"_s.arg(m_report.created)
                       .arg(m_report.updated)
                       .arg(m_report.unchanged)
                       .arg(m_report.rejected.size());
    storage::Transaction transaction(m_db);
    auto appended = storage::AuditLog(m_db).append(entry);
    if (!appended) {
        qCWarning(lcPms) << "cannot record the import on the audit log:" << appended.error();
        return;
    }
    if (auto committed = transaction.commit(); !committed)
        qCWarning(lcPms) << "cannot record the import on the audit log:" << committed.error();
}

} // namespace

QString RejectedRow::toString() const
{
    return QCoreApplication::translate("tw::pms::StayImporter", "line %1: %2").arg(line).arg(reason);
}

StayImporter::StayImporter(storage::Database &db)
    : m_db(db)
{
}

core::Result<ImportReport> StayImporter::importFile(const QString &path, const ImportOptions &options,
                                                    const Progress &progress, const std::atomic_bool *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(tr("Cannot open the file %1: %2.").arg(quoted(QFileInfo(path).fileName()), file.errorString()));
    }
    return importDevice(&file, options, progress, cancel);
}

core::Result<ImportReport> StayImporter::importData(const QByteArray &data, const ImportOptions &options,
                                                    const Progress &progress, const std::atomic_bool *cancel)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(&buffer, options, progress, cancel);
}

core::Result<ImportReport> StayImporter::importDevice(QIODevice *device, const ImportOptions &options,
                                                      const Progress &progress, const std::atomic_bool *cancel)
{
    ImportReport report;
    report.dryRun = options.dryRun;

    CsvReader reader(device);
    if (!options.mapping.delimiter().isNull())
        reader.setPreferredDelimiter(options.mapping.delimiter());

    CsvRecord record;
    if (!reader.readNext(record)) {
        if (!reader.readError().isEmpty())
            return failure(tr("Cannot read the file: %1.").arg(reader.readError()));
        return failure(tr("The file is empty. A stay export starts with a header line that names its columns "
                          "(confirmation, arrival, departure, first_name, last_name, email, ...)."));
    }
    if (!record.isValid())
        return failure(tr("The header line (line %1) cannot be read: %2.").arg(record.line).arg(record.error));

    const ColumnMapping::Header header = options.mapping.resolve(record.fields);
    report.ignoredColumns = header.ignored;
    if (const QStringList missing = StayRowParser::missingColumns(header); !missing.isEmpty()) {
        QStringList found;
        for (const QString &cell : std::as_const(record.fields))
            found.append(quoted(cell.trimmed()));
        return failure(
            tr("The file has no column for %1. Its header line has %2. Rename those columns in the file, "
               "or import it with a column mapping that names them (built in: %3).")
                .arg(missing.join(u", "_s), found.join(u", "_s), ColumnMapping::builtInNames().join(u", "_s)));
    }

    ImportRun run(m_db, options, report);

    std::optional<core::Property> defaultProperty;
    if (!options.propertyCode.trimmed().isEmpty()) {
        defaultProperty = run.property(options.propertyCode);
        if (!defaultProperty) {
            return failure(tr("There is no property with the code %1. Add the property first, or check the code.")
                               .arg(quoted(options.propertyCode.trimmed())));
        }
    } else if (!header.has(ColumnMapping::Column::Property)) {
        return failure(tr("The file has no property column, so the property the stays belong to must be given."));
    }

    const StayRowParser parser(options.mapping, header);
    struct FirstRow
    {
        int line = 0;
        size_t content = 0; // hash of the record's cells
    };
    QHash<QString, FirstRow> firstSeen; // property id + confirmation -> where it first appeared

    storage::Transaction transaction(m_db);
    if (!transaction.isActive()) {
        return failure(tr("Cannot start a transaction on the database: %1.").arg(transaction.error()));
    }

    while (reader.readNext(record)) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            qCInfo(lcPms) << "import cancelled after" << report.records << "records; nothing was written";
            return report; // the transaction rolls back
        }
        if (StayRowParser::isBlank(record))
            continue;
        ++report.records;
        if (progress && report.records % ProgressInterval == 0)
            progress(reader.bytesRead(), reader.totalBytes());

        const auto reject = [&report, &record](const QString &reason) {
            report.rejected.append(RejectedRow{record.line, singleLine(reason)});
        };

        auto parsed = parser.parse(record);
        if (!parsed) {
            reject(parsed.error());
            continue;
        }
        const StayRow &row = parsed.value();

        std::optional<core::Property> property = defaultProperty;
        if (!row.propertyCode.isEmpty()) {
            property = run.property(row.propertyCode);
            if (!property) {
                reject(tr("unknown property %1").arg(quoted(row.propertyCode)));
                continue;
            }
        } else if (!property) {
            reject(tr("missing property"));
            continue;
        }

        // A reservation listed twice with different details would have the file
        // change the database on every import, the later row undoing the
        // earlier one; a repeated identical row changes nothing and passes.
        const QString reservationKey = QString::number(property->id) + u'\n' + row.confirmation;
        const size_t content = qHash(record.fields);
        if (const auto seen = firstSeen.constFind(reservationKey); seen != firstSeen.constEnd()) {
            if (seen->content != content) {
                reject(tr("confirmation %1 is already on line %2 with other details; a reservation may appear only "
                          "once in a file")
                           .arg(quoted(row.confirmation))
                           .arg(seen->line));
                continue;
            }
        } else {
            firstSeen.insert(reservationKey, {record.line, content});
        }

        QString message;
        switch (run.import(row, *property, message)) {
        case Outcome::Created:
            ++report.created;
            // Tables that grow by this many rows in one go may outgrow the plans
            // made for them; a file that changes little keeps the cheaper ones.
            if (report.created == GrowthBeforeReplanning) {
                if (auto planned = m_db.planForGrowingTables(); !planned)
                    return failure(tr("The import stopped at line %1 and saved nothing: %2.")
                                       .arg(record.line)
                                       .arg(planned.error()));
            }
            break;
        case Outcome::Updated:
            ++report.updated;
            break;
        case Outcome::Unchanged:
            ++report.unchanged;
            break;
        case Outcome::Rejected:
            reject(message);
            break;
        case Outcome::Failed:
            qCWarning(lcPms) << "import aborted at line" << record.line;
            return failure(tr("The import stopped at line %1 and saved nothing: %2.").arg(record.line).arg(message));
        }
    }
    if (!reader.readError().isEmpty())
        return failure(tr("Cannot read the whole file (%1); nothing was imported.").arg(reader.readError()));

    if (!options.dryRun && report.created + report.updated > 0)
        run.recordSummary();

    if (!options.dryRun) {
        if (auto committed = transaction.commit(); !committed)
            return failure(
                tr("The database did not save the import: %1. Nothing was imported.").arg(committed.error()));
    }
    if (progress)
        progress(reader.bytesRead(), reader.totalBytes());
    qCInfo(lcPms).nospace() << (options.dryRun ? "dry run: " : "import: ") << report.created << " created, "
                            << report.updated << " updated, " << report.unchanged << " unchanged, "
                            << report.rejected.size() << " rejected of " << report.records << " records";
    return report;
}

} // namespace tw::pms
