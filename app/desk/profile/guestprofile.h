#pragma once

#include "guestvalidator.h"
#include "timelinesource.h"

#include <core/result.h>
#include <core/types.h>
#include <storage/databaseurl.h>

#include <QList>
#include <QLocale>
#include <QObject>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <memory>

namespace tw::desk {

class SocialAccountListModel;
class StayListModel;
class TimelineModel;

// Everything the guest profile shows and does, without widgets: it loads the
// guest, their stays, linked social accounts and timeline, saves edits with
// optimistic concurrency, and links, unlinks and confirms handles. All
// database work runs on a worker thread of its own, over its own connection
// (opened on first use); results come back as signals on the thread that
// created the profile. Changes made elsewhere -- another window, another
// workstation -- reload the profile by themselves.
class GuestProfile : public QObject
{
    Q_OBJECT

public:
    GuestProfile(const storage::DatabaseUrl &url, core::Id guestId, QObject *parent = nullptr);
    // Waits for the database work in progress, then closes the worker's connection.
    ~GuestProfile() override;

    core::Id guestId() const { return m_guestId; }
    const storage::DatabaseUrl &url() const { return m_url; }

    // The staff member at the desk, recorded as the actor of every change; an
    // empty name falls back to ActorName::workstationUser().
    void setActor(const QString &staffName);
    QString actor() const { return m_actor; }
    // Whose time zone the timeline and link times use; empty means the first
    // property of the database. Takes effect at the next load().
    void setPropertyCode(const QString &code);
    void setLocale(const QLocale &locale);

    // Stays, audit entries and posts are there from the start; later kinds of entry
    // add their source here. Takes effect at the next load().
    void addTimelineSource(std::shared_ptr<const TimelineSource> source);
    static QList<std::shared_ptr<const TimelineSource>> standardTimelineSources();

    // The guest as last loaded or saved (the version edits must be based on).
    bool hasGuest() const { return m_hasGuest; }
    const core::Guest &guest() const { return m_guest; }
    const core::Property &property() const { return m_property; }
    QTimeZone timeZone() const;
    bool isBusy() const { return m_pending > 0; }

    StayListModel *stays() const { return m_stays; }
    SocialAccountListModel *accounts() const { return m_accounts; }
    TimelineModel *timeline() const { return m_timeline; }

public Q_SLOTS:
    // Reads the guest, stays, accounts and timeline; loaded() or loadFailed().
    void load();
    // edited.version must be the version the edits are based on. Checks the
    // fields first: false, with saveRefused(), when they are not valid (nothing
    // is sent to the database). Otherwise saved(), saveConflict() when someone
    // else changed the guest in the meantime (nothing is overwritten), or
    // saveFailed().
    bool save(const tw::core::Guest &edited);
    // Links a handle staff entered as confirmed. Fails at once, without
    // touching the database, when the handle is not one on that network;
    // otherwise linked() or accountActionFailed().
    core::Status link(tw::core::Network network, const QString &handle);
    // accountId is SocialAccount::id. unlinked() / confirmed() or accountActionFailed().
    void unlink(tw::core::Id accountId);
    void confirm(tw::core::Id accountId);

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    void saved(const tw::core::Guest &guest);
    void saveRefused(const QList<tw::desk::GuestValidator::Problem> &problems);
    // latest is what is stored now; guest() is latest from here on.
    void saveConflict(const tw::core::Guest &latest, const QString &message);
    void saveFailed(const QString &message);
    // The accounts model already shows the change when these arrive.
    void linked(const tw::core::SocialAccount &account);
    void unlinked(const tw::core::SocialAccount &account);
    void confirmed(const tw::core::SocialAccount &account);
    void accountActionFailed(const QString &message);
    void busyChanged(bool busy);

private:
    class Worker;

    template <typename Value, typename Job, typename Done>
    void submit(Job job, Done done);
    void beginWork();
    void endWork();
    void databaseChanged(const QString &table, qint64 id);
    bool watches(const QString &table, qint64 id) const;

    storage::DatabaseUrl m_url;
    core::Id m_guestId = core::InvalidId;
    QString m_actor;
    QString m_propertyCode;
    QList<std::shared_ptr<const TimelineSource>> m_sources;

    bool m_hasGuest = false;
    core::Guest m_guest;
    core::Property m_property;
    int m_pending = 0;

    StayListModel *m_stays = nullptr;
    SocialAccountListModel *m_accounts = nullptr;
    TimelineModel *m_timeline = nullptr;
    QTimer m_reloadTimer;

    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread, deleted there when it finishes
};

} // namespace tw::desk
