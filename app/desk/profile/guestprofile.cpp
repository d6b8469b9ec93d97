#include "guestprofile.h"

#include "actorname.h"
#include "audittimelinesource.h"
#include "socialaccountlistmodel.h"
#include "staylistmodel.h"
#include "staytimelinesource.h"
#include "timelinemodel.h"

#include <desk/feed/posttimelinesource.h>
#include <desk/logging.h>

#include <core/handlenormalizer.h>
#include <core/inhouserule.h>
#include <storage/auditlog.h>
#include <storage/changenotifier.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <QHash>
#include <QMetaObject>

#include <utility>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

// Several changes in a row (an import, a save and its audit row) reload once.
constexpr int kReloadDelayMs = 150;

struct TimelinePart
{
    QString source;
    core::Result<QList<TimelineEntry>> entries;
};

struct Snapshot
{
    core::Guest guest;
    core::Property property;
    QList<StayListModel::Row> stays;
    QList<core::SocialAccount> accounts;
    QList<TimelinePart> timeline;
};

struct SaveOutcome
{
    bool conflict = false;
    core::Guest guest; // as saved, or as stored now on a conflict
    QString changedBy; // on a conflict: who made the newer version, when the audit log says
    QDateTime changedAt;
};

struct AccountOutcome
{
    core::SocialAccount account;
    QList<core::SocialAccount> accounts;
};

QString guestGone()
{
    return QCoreApplication::translate("tw::desk::GuestProfile",
                                       "This guest no longer exists; someone may have removed them. Close this "
                                       "window and search for the guest again.");
}

QString linkGone()
{
    return QCoreApplication::translate("tw::desk::GuestProfile",
                                       "This link to a social account no longer exists; someone may have removed "
                                       "it. The list now shows what is stored.");
}

core::Result<Snapshot> readSnapshot(storage::Database &db, core::Id guestId, const QString &propertyCode,
                                    const QList<std::shared_ptr<const TimelineSource>> &sources)
{
    const std::optional<core::Guest> guest = storage::GuestRepository(db).byId(guestId);
    if (!guest)
        return core::Result<Snapshot>::failure(guestGone());

    Snapshot s;
    s.guest = *guest;
    storage::PropertyRepository properties(db);
    const QList<core::Property> all = properties.list();
    QHash<core::Id, core::Property> byId;
    for (const core::Property &p : all)
        byId.insert(p.id, p);
    std::optional<core::Property> desk;
    if (!propertyCode.isEmpty())
        desk = properties.byCode(propertyCode);
    if (!desk && !all.isEmpty())
        desk = all.first();
    s.property = desk.value_or(core::Property{});

    for (const core::Stay &stay : storage::StayRepository(db).forGuest(guestId)) {
        const core::Property p = byId.value(stay.propertyId);
        s.stays.append(StayListModel::Row{stay, p.code, p.name});
    }
    s.accounts = storage::SocialAccountRepository(db).forGuest(guestId);
    for (const auto &source : sources)
        s.timeline.append(TimelinePart{source->key(), source->entries(db, guestId)});
    return s;
}

} // namespace

// Owns the profile's connection; lives on the profile's thread and is deleted
// there, since a QSqlDatabase connection must be closed on the thread that
// opened it.
class GuestProfile::Worker : public QObject
{
public:
    Worker(storage::DatabaseUrl url, GuestProfile *profile)
        : m_url(std::move(url))
        , m_profile(profile)
    {
    }

    ~Worker() override
    {
        m_notifier.reset();
        m_db.reset();
    }

    core::Result<storage::Database *> database()
    {
        if (m_db)
            return m_db.get();
        auto opened = storage::Database::open(m_url);
        if (!opened) {
            qCWarning(lcDesk) << "the guest profile cannot open the database:" << opened.error();
            return core::Result<storage::Database *>::failure(
                QCoreApplication::translate("tw::desk::GuestProfile",
                                            "The database %1 cannot be opened: %2 Check the connection and "
                                            "press F5 to try again.")
                    .arg(m_url.toDisplayString(), opened.error()));
        }
        m_db = std::move(opened).value();
        m_notifier = std::make_unique<storage::ChangeNotifier>(*m_db);
        GuestProfile *profile = m_profile;
        // Delivered on the profile's thread: the receiver context lives there.
        QObject::connect(m_notifier.get(), &storage::ChangeNotifier::changed, profile,
                         [profile](const QString &table, qint64 id) { profile->databaseChanged(table, id); });
        return m_db.get();
    }

private:
    storage::DatabaseUrl m_url;
    GuestProfile *m_profile = nullptr;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::ChangeNotifier> m_notifier;
};

GuestProfile::GuestProfile(const storage::DatabaseUrl &url, core::Id guestId, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_guestId(guestId)
    , m_actor(ActorName::resolve({}))
    , m_sources(standardTimelineSources())
    , m_stays(new StayListModel(this))
    , m_accounts(new SocialAccountListModel(this))
    , m_timeline(new TimelineModel(this))
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(kReloadDelayMs);
    connect(&m_reloadTimer, &QTimer::timeout, this, &GuestProfile::load);

    m_thread.setObjectName(u"tw-guest-profile-%1"_s.arg(guestId));
    m_worker = new Worker(m_url, this);
    m_worker->moveToThread(&m_thread);
    // Deferred deletes still run when the thread finishes, on that thread.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

GuestProfile::~GuestProfile()
{
    m_thread.quit();
    m_thread.wait();
}

QList<std::shared_ptr<const TimelineSource>> GuestProfile::standardTimelineSources()
{
    return {std::make_shared<StayTimelineSource>(), std::make_shared<AuditTimelineSource>(),
            std::make_shared<PostTimelineSource>()};
}

void GuestProfile::setActor(const QString &staffName)
{
    m_actor = ActorName::resolve(staffName);
}

void GuestProfile::setPropertyCode(const QString &code)
{
    m_propertyCode = code.trimmed();
}

void GuestProfile::setLocale(const QLocale &locale)
{
    m_stays->setLocale(locale);
    m_accounts->setLocale(locale);
    m_timeline->setLocale(locale);
}

void GuestProfile::addTimelineSource(std::shared_ptr<const TimelineSource> source)
{
    if (source)
        m_sources.append(std::move(source));
}

QTimeZone GuestProfile::timeZone() const
{
    return core::InHouseRule(m_property).timeZone();
}

void GuestProfile::beginWork()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void GuestProfile::endWork()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

// Runs job(Database &) -> core::Result<Value> on the worker thread, then
// done(core::Result<Value>) back on this object's thread. Jobs run one at a
// time, in the order submitted. The destructor waits for the worker, and
// events posted to a destroyed object are dropped, so `this` is safe in both.
template <typename Value, typename Job, typename Done>
void GuestProfile::submit(Job job, Done done)
{
    beginWork();
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, job = std::move(job), done = std::move(done)]() mutable {
            core::Result<storage::Database *> db = worker->database();
            core::Result<Value> result = db ? job(*db.value()) : core::Result<Value>::failure(db.error());
            QMetaObject::invokeMethod(
                this,
                [this, result = std::move(result), done = std::move(done)]() mutable {
                    done(std::move(result));
                    endWork();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void GuestProfile::load()
{
    m_reloadTimer.stop();
    const core::Id guestId = m_guestId;
    const QString propertyCode = m_propertyCode;
    const auto sources = m_sources;
    const auto read = [guestId, propertyCode, sources](storage::Database &db) {
        return readSnapshot(db, guestId, propertyCode, sources);
    };
    const auto show = [this](core::Result<Snapshot> result) {
        if (!result) {
            qCWarning(lcDesk) << "cannot load guest" << m_guestId << ":" << result.error();
            Q_EMIT loadFailed(result.error());
            return;
        }
        Snapshot &s = result.value();
        m_guest = s.guest;
        m_hasGuest = true;
        m_property = s.property;
        const QTimeZone zone = timeZone();
        m_accounts->setTimeZone(zone);
        m_timeline->setTimeZone(zone);
        m_stays->setRows(s.stays);
        m_accounts->setAccounts(s.accounts);
        for (const TimelinePart &part : std::as_const(s.timeline)) {
            if (part.entries)
                m_timeline->setEntries(part.source, part.entries.value());
            else // the other sources still show; this one keeps what it showed
                qCWarning(lcDesk) << "timeline source" << part.source << "failed:" << part.entries.error();
        }
        Q_EMIT loaded();
    };
    submit<Snapshot>(read, show);
}

bool GuestProfile::save(const core::Guest &edited)
{
    const QList<GuestValidator::Problem> problems = GuestValidator::check(edited);
    if (!problems.isEmpty()) {
        Q_EMIT saveRefused(problems);
        return false;
    }
    core::Guest guest = edited;
    guest.id = m_guestId;
    const QString actor = m_actor;
    submit<SaveOutcome>(
        [guest, actor](storage::Database &db) -> core::Result<SaveOutcome> {
            storage::GuestRepository repository(db);
            const auto conflictWith = [&db](const core::Guest &stored) {
                SaveOutcome outcome;
                outcome.conflict = true;
                outcome.guest = stored;
                const QList<core::AuditEntry> audit = storage::AuditLog(db).forEntity(u"guest"_s, stored.id);
                for (auto it = audit.crbegin(); it != audit.crend(); ++it) {
                    if (it->action == u"guest.update"_s) {
                        outcome.changedBy = it->actor;
                        outcome.changedAt = it->at;
                        break;
                    }
                }
                return outcome;
            };
            const std::optional<core::Guest> stored = repository.byId(guest.id);
            if (!stored)
                return core::Result<SaveOutcome>::failure(guestGone());
            if (stored->version != guest.version)
                return conflictWith(*stored);
            core::Result<core::Guest> updated = repository.update(guest, actor);
            if (updated)
                return SaveOutcome{false, updated.value(), {}, {}};
            // Someone may have saved between the check above and the update:
            // the stored version tells a lost race from any other failure.
            if (const std::optional<core::Guest> now = repository.byId(guest.id); now && now->version != guest.version)
                return conflictWith(*now);
            return core::Result<SaveOutcome>::failure(updated.error());
        },
        [this](core::Result<SaveOutcome> result) {
            if (!result) {
                qCWarning(lcDesk) << "cannot save guest" << m_guestId << ":" << result.error();
                Q_EMIT saveFailed(
                    tr("The changes to this guest were not saved: %1 Your edits are still here; try again.")
                        .arg(result.error()));
                return;
            }
            const SaveOutcome &outcome = result.value();
            m_guest = outcome.guest;
            m_hasGuest = true;
            if (outcome.conflict) {
                QString who;
                if (!outcome.changedBy.isEmpty() && outcome.changedAt.isValid()) {
                    who = tr("%1 changed this guest at %2")
                              .arg(outcome.changedBy, m_timeline->displayTime(outcome.changedAt));
                } else {
                    who = tr("Someone else changed this guest");
                }
                Q_EMIT saveConflict(outcome.guest,
                                    tr("Not saved: %1, after you opened it, and your changes would overwrite "
                                       "theirs. Reload to see the current details, then make your change again.")
                                        .arg(who));
            } else {
                Q_EMIT saved(outcome.guest);
            }
            load(); // the timeline gains the audit row (or shows their change)
        });
    return true;
}

core::Status GuestProfile::link(core::Network network, const QString &handle)
{
    const core::Result<QString> normalized = core::HandleNormalizer::normalize(network, handle);
    if (!normalized)
        return core::Status::failure(normalized.error());
    const core::Id guestId = m_guestId;
    const QString actor = m_actor;
    const QString text = normalized.value();
    submit<AccountOutcome>(
        [guestId, network, text, actor](storage::Database &db) -> core::Result<AccountOutcome> {
            storage::SocialAccountRepository repository(db);
            core::Result<core::SocialAccount> account
                = repository.link(guestId, network, text, core::LinkState::Confirmed, actor);
            if (!account)
                return core::Result<AccountOutcome>::failure(account.error());
            return AccountOutcome{account.value(), repository.forGuest(guestId)};
        },
        [this](core::Result<AccountOutcome> result) {
            if (!result) {
                Q_EMIT accountActionFailed(result.error());
                return;
            }
            m_accounts->setAccounts(result->accounts);
            Q_EMIT linked(result->account);
            load();
        });
    return {};
}

void GuestProfile::unlink(core::Id accountId)
{
    const core::Id guestId = m_guestId;
    const QString actor = m_actor;
    submit<AccountOutcome>(
        [guestId, accountId, actor](storage::Database &db) -> core::Result<AccountOutcome> {
            storage::SocialAccountRepository repository(db);
            const std::optional<core::SocialAccount> account = repository.byId(accountId);
            if (!account || account->guestId != guestId)
                return core::Result<AccountOutcome>::failure(linkGone());
            if (core::Status done = repository.unlink(guestId, account->network, account->handle, actor); !done)
                return core::Result<AccountOutcome>::failure(done.error());
            return AccountOutcome{*account, repository.forGuest(guestId)};
        },
        [this](core::Result<AccountOutcome> result) {
            if (!result) {
                Q_EMIT accountActionFailed(result.error());
                load();
                return;
            }
            m_accounts->setAccounts(result->accounts);
            Q_EMIT unlinked(result->account);
            load();
        });
}

void GuestProfile::confirm(core::Id accountId)
{
    const core::Id guestId = m_guestId;
    const QString actor = m_actor;
    submit<AccountOutcome>(
        [guestId, accountId, actor](storage::Database &db) -> core::Result<AccountOutcome> {
            storage::SocialAccountRepository repository(db);
            const std::optional<core::SocialAccount> account = repository.byId(accountId);
            if (!account || account->guestId != guestId)
                return core::Result<AccountOutcome>::failure(linkGone());
            if (core::Status done = repository.confirm(accountId, actor); !done)
                return core::Result<AccountOutcome>::failure(done.error());
            return AccountOutcome{repository.byId(accountId).value_or(*account), repository.forGuest(guestId)};
        },
        [this](core::Result<AccountOutcome> result) {
            if (!result) {
                Q_EMIT accountActionFailed(result.error());
                load();
                return;
            }
            m_accounts->setAccounts(result->accounts);
            Q_EMIT confirmed(result->account);
            load();
        });
}

bool GuestProfile::watches(const QString &table, qint64 id) const
{
    if (table == u"guests"_s)
        return id == m_guestId || id == core::InvalidId;
    if (table == u"stays"_s || table == u"social_accounts"_s)
        return true;
    for (const auto &source : m_sources) {
        if (source->tables().contains(table))
            return true;
    }
    return false;
}

void GuestProfile::databaseChanged(const QString &table, qint64 id)
{
    if (m_hasGuest && watches(table, id) && !m_reloadTimer.isActive())
        m_reloadTimer.start();
}

} // namespace tw::desk
