#include "profilefixture.h"

#include <desk/profile/actorname.h>
#include <desk/profile/guestprofile.h>
#include <desk/profile/socialaccountlistmodel.h>
#include <desk/profile/staylistmodel.h>
#include <desk/profile/timelinemodel.h>

#include <storage/auditlog.h>
#include <storage/guestrepository.h>
#include <storage/socialaccountrepository.h>

#include <testdatabase.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::GuestProfile;
using desk::SocialAccountListModel;
using desk::StayListModel;
using desk::TimelineModel;

namespace {

// Seeds the fixture into `var##Fixture`, or fails the current test.
#define TW_SEED_PROFILE(t)                                                                                             \
    QString t##SeedError;                                                                                              \
    const std::optional<test::ProfileFixture> t##Seeded = test::ProfileFixture::seed(t->db(), &t##SeedError);          \
    QVERIFY2(t##Seeded, qPrintable(t##SeedError));                                                                     \
    const test::ProfileFixture &fixture = *t##Seeded

// A presenter with testers on its models; loaded before it is handed out.
struct Presenter
{
    std::unique_ptr<GuestProfile> profile;
    std::unique_ptr<QAbstractItemModelTester> staysTester;
    std::unique_ptr<QAbstractItemModelTester> accountsTester;
    std::unique_ptr<QAbstractItemModelTester> timelineTester;
};

Presenter makePresenter(const storage::DatabaseUrl &url, core::Id guestId, const QString &staff = u"Maria Lopez"_s)
{
    Presenter p;
    p.profile = std::make_unique<GuestProfile>(url, guestId);
    p.profile->setActor(staff);
    p.profile->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    p.staysTester = std::make_unique<QAbstractItemModelTester>(p.profile->stays(), mode);
    p.accountsTester = std::make_unique<QAbstractItemModelTester>(p.profile->accounts(), mode);
    p.timelineTester = std::make_unique<QAbstractItemModelTester>(p.profile->timeline(), mode);
    return p;
}

bool loadAndWait(GuestProfile &profile)
{
    QSignalSpy loaded(&profile, &GuestProfile::loaded);
    QSignalSpy failed(&profile, &GuestProfile::loadFailed);
    profile.load();
    return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 10000) && !loaded.isEmpty();
}

QStringList timelineKinds(const TimelineModel &model)
{
    QStringList kinds;
    for (int row = 0; row < model.rowCount(); ++row)
        kinds.append(model.entry(row).kind);
    return kinds;
}

core::AuditEntry lastAudit(storage::Database &db, core::Id guestId)
{
    const QList<core::AuditEntry> entries = storage::AuditLog(db).forGuest(guestId);
    return entries.isEmpty() ? core::AuditEntry{} : entries.last();
}

} // namespace

// The profile presenter on a real database: loading, saving with optimistic
// concurrency and an audit row naming the staff member, and handles linked,
// confirmed and unlinked -- all off the calling thread.
class TestGuestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsGuestStaysAccountsAndTimeline();
    void unknownGuestFailsToLoad();
    void saveWritesAuditRowWithTheActor();
    void emptyStaffNameRecordsTheWorkstationUser();
    void invalidEditIsRefusedBeforeTheDatabase();
    void staleVersionIsRefusedAndReported();
    void linkConfirmUnlink();
    void invalidHandleFailsAtOnce();
    void handleOfAnotherGuestIsReported();
    void changesElsewhereReload();
};

void TestGuestProfile::loadsGuestStaysAccountsAndTimeline()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Presenter p = makePresenter(t->url(), fixture.anna.id);
    GuestProfile &profile = *p.profile;
    QVERIFY(!profile.hasGuest());
    QVERIFY(loadAndWait(profile));

    QVERIFY(profile.hasGuest());
    QCOMPARE(profile.guest().email, fixture.anna.email);
    QCOMPARE(profile.guest().vipCode, u"V2"_s);
    QCOMPARE(profile.guest().version, fixture.anna.version);
    QCOMPARE(profile.property().code, u"HVH"_s);
    QCOMPARE(profile.timeZone().id(), QByteArray("Europe/Lisbon"));

    // Stays: newest arrival first, dates in the user's locale.
    const StayListModel &stays = *profile.stays();
    QCOMPARE(stays.rowCount(), 2);
    QCOMPARE(stays.index(0, StayListModel::ConfirmationColumn).data().toString(), u"HV-2002"_s);
    QCOMPARE(stays.index(1, StayListModel::ConfirmationColumn).data().toString(), u"HV-1001"_s);
    QCOMPARE(stays.index(1, StayListModel::PropertyColumn).data().toString(), u"Harbour View Hotel"_s);
    QCOMPARE(stays.index(1, StayListModel::RoomColumn).data().toString(), u"412"_s);
    QCOMPARE(stays.index(1, StayListModel::ArrivalColumn).data().toString(), u"10/03/2024"_s);
    QCOMPARE(stays.index(1, StayListModel::DepartureColumn).data().toString(), u"13/03/2024"_s);
    QCOMPARE(stays.index(1, StayListModel::NightsColumn).data().toString(), u"3"_s);
    QCOMPARE(stays.index(1, StayListModel::StatusColumn).data().toString(), u"Checked out"_s);
    QCOMPARE(stays.index(0, StayListModel::StatusColumn).data().toString(), u"Reserved"_s);

    // Accounts: ordered by network, the state in words.
    const SocialAccountListModel &accounts = *profile.accounts();
    QCOMPARE(accounts.rowCount(), 2);
    const int onX = accounts.rowOf(fixture.annaOnX.id);
    const int onMastodon = accounts.rowOf(fixture.annaOnMastodon.id);
    QVERIFY(onX >= 0 && onMastodon >= 0);
    QCOMPARE(accounts.index(onX, SocialAccountListModel::HandleColumn).data().toString(), u"@anna_berg"_s);
    QCOMPARE(accounts.index(onX, SocialAccountListModel::StateColumn).data().toString(), u"Confirmed"_s);
    QCOMPARE(accounts.index(onMastodon, SocialAccountListModel::HandleColumn).data().toString(),
             u"@anna@mastodon.social"_s);
    QCOMPARE(accounts.index(onMastodon, 0).data(SocialAccountListModel::StateRole),
             QVariant(int(core::LinkState::Suggested)));
    QVERIFY(accounts.index(onMastodon, SocialAccountListModel::StateColumn).data().toString().contains(u"Suggested"_s));

    // Timeline: both stays (the past one with its actual times) and the audit
    // entries, in time order.
    const TimelineModel &timeline = *profile.timeline();
    const QStringList kinds = timelineKinds(timeline);
    QVERIFY2(kinds.mid(0, 4)
                 == QStringList({u"stay.checkin"_s, u"stay.arrival"_s, u"stay.checkout"_s, u"stay.departure"_s}),
             qPrintable(kinds.join(u", "_s)));
    QVERIFY2(kinds.contains(u"audit.guest.create"_s) && kinds.contains(u"audit.handle.link"_s),
             qPrintable(kinds.join(u", "_s)));
    QCOMPARE(kinds.last(), u"stay.departure"_s); // the upcoming stay ends the list
    for (int row = 1; row < timeline.rowCount(); ++row)
        QVERIFY(timeline.entry(row - 1).at <= timeline.entry(row).at);
    // Lisbon is on UTC in March: the planned arrival is 15:00 local, 15:00 UTC.
    QCOMPARE(timeline.entry(1).at, QDateTime(QDate(2024, 3, 10), QTime(15, 0), Qt::UTC));
    QCOMPARE(timeline.timeZone().id(), QByteArray("Europe/Lisbon"));
}

void TestGuestProfile::unknownGuestFailsToLoad()
{
    TW_TEST_DATABASE(t);
    GuestProfile profile(t->url(), 4242);
    QSignalSpy failed(&profile, &GuestProfile::loadFailed);
    profile.load();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(u"no longer exists"_s));
    QVERIFY(!profile.hasGuest());
}

void TestGuestProfile::saveWritesAuditRowWithTheActor()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Presenter p = makePresenter(t->url(), fixture.anna.id);
    GuestProfile &profile = *p.profile;
    QVERIFY(loadAndWait(profile));
    const int rowsBefore = profile.timeline()->rowCount();

    core::Guest edited = profile.guest();
    edited.email = u"anna@berg.example"_s;
    edited.phone = u"+351 21 999 9999"_s;
    edited.notes = u"Allergic to lilies"_s;
    QSignalSpy saved(&profile, &GuestProfile::saved);
    QSignalSpy busy(&profile, &GuestProfile::busyChanged);
    QVERIFY(profile.save(edited));
    QVERIFY(profile.isBusy());
    QTRY_COMPARE(saved.size(), 1);
    const auto result = saved.first().first().value<core::Guest>();
    QCOMPARE(result.version, fixture.anna.version + 1);
    QCOMPARE(result.email, u"anna@berg.example"_s);
    QCOMPARE(profile.guest().version, result.version);

    const std::optional<core::Guest> stored = storage::GuestRepository(t->db()).byId(fixture.anna.id);
    QVERIFY(stored);
    QCOMPARE(stored->email, u"anna@berg.example"_s);
    QCOMPARE(stored->notes, u"Allergic to lilies"_s);
    QCOMPARE(stored->version, result.version);
    const core::AuditEntry audit = lastAudit(t->db(), fixture.anna.id);
    QCOMPARE(audit.action, u"guest.update"_s);
    QCOMPARE(audit.actor, u"Maria Lopez"_s);
    QVERIFY2(audit.detail.contains(u"e-mail"_s) && audit.detail.contains(u"notes"_s), qPrintable(audit.detail));

    // The timeline picks the audit row up by itself.
    QTRY_COMPARE(profile.timeline()->rowCount(), rowsBefore + 1);
    QTRY_VERIFY(!profile.isBusy());
    const QStringList kinds = timelineKinds(*profile.timeline());
    const int updateRow = int(kinds.indexOf(u"audit.guest.update"_s));
    QVERIFY2(updateRow >= 0, qPrintable(kinds.join(u", "_s)));
    QCOMPARE(profile.timeline()->entry(updateRow).actor, u"Maria Lopez"_s);
    QCOMPARE(profile.timeline()->entry(updateRow).title, u"Profile changed"_s);
    QVERIFY(busy.size() >= 2);
    QCOMPARE(busy.first().first().toBool(), true);
    QCOMPARE(busy.last().first().toBool(), false);
}

void TestGuestProfile::emptyStaffNameRecordsTheWorkstationUser()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Presenter p = makePresenter(t->url(), fixture.anna.id, u"  "_s);
    GuestProfile &profile = *p.profile;
    QCOMPARE(profile.actor(), desk::ActorName::workstationUser());
    QVERIFY(!profile.actor().isEmpty());
    QVERIFY(loadAndWait(profile));
    core::Guest edited = profile.guest();
    edited.vipCode = u"V1"_s;
    QSignalSpy saved(&profile, &GuestProfile::saved);
    QVERIFY(profile.save(edited));
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(lastAudit(t->db(), fixture.anna.id).actor, desk::ActorName::workstationUser());
}

void TestGuestProfile::invalidEditIsRefusedBeforeTheDatabase()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Presenter p = makePresenter(t->url(), fixture.anna.id);
    GuestProfile &profile = *p.profile;
    QVERIFY(loadAndWait(profile));

    core::Guest edited = profile.guest();
    edited.firstName.clear();
    edited.lastName = u"  "_s;
    edited.email = u"anna.example.com"_s;
    QSignalSpy refused(&profile, &GuestProfile::saveRefused);
    QSignalSpy saved(&profile, &GuestProfile::saved);
    QVERIFY(!profile.save(edited));
    QCOMPARE(refused.size(), 1);
    QVERIFY(!profile.isBusy());
    const auto problems = refused.first().first().value<QList<desk::GuestValidator::Problem>>();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).field, desk::GuestValidator::Field::FirstName);
    QCOMPARE(problems.at(1).field, desk::GuestValidator::Field::Email);

    QTest::qWait(50);
    QCOMPARE(saved.size(), 0);
    const std::optional<core::Guest> stored = storage::GuestRepository(t->db()).byId(fixture.anna.id);
    QVERIFY(stored);
    QCOMPARE(stored->firstName, u"Anna"_s);
    QCOMPARE(stored->version, fixture.anna.version);
}

void TestGuestProfile::staleVersionIsRefusedAndReported()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Presenter p = makePresenter(t->url(), fixture.anna.id);
    GuestProfile &profile = *p.profile;
    QVERIFY(loadAndWait(profile));
    core::Guest mine = profile.guest();

    // Another workstation saves first.
    std::unique_ptr<storage::Database> other = t->openAnother();
    QVERIFY(other);
    core::Guest theirs = mine;
    theirs.phone = u"+351 21 111 1111"_s;
    const auto theirSave = storage::GuestRepository(*other).update(theirs, u"Jonas at reception"_s);
    QVERIFY2(theirSave, qPrintable(theirSave.error()));

    mine.email = u"anna@mine.example"_s;
    QSignalSpy conflict(&profile, &GuestProfile::saveConflict);
    QSignalSpy saved(&profile, &GuestProfile::saved);
    QSignalSpy failed(&profile, &GuestProfile::saveFailed);
    QVERIFY(profile.save(mine));
    QTRY_COMPARE(conflict.size(), 1);
    QCOMPARE(saved.size(), 0);
    QCOMPARE(failed.size(), 0);

    const auto latest = conflict.first().at(0).value<core::Guest>();
    const QString message = conflict.first().at(1).toString();
    QCOMPARE(latest.version, theirSave->version);
    QCOMPARE(latest.phone, u"+351 21 111 1111"_s);
    QVERIFY2(message.contains(u"Jonas at reception"_s) && message.contains(u"Reload"_s), qPrintable(message));
    QCOMPARE(profile.guest().version, theirSave->version); // the next edit builds on theirs

    // Nothing of ours was written, and no audit row claims otherwise.
    const std::optional<core::Guest> stored = storage::GuestRepository(t->db()).byId(fixture.anna.id);
    QVERIFY(stored);
    QCOMPARE(stored->email, fixture.anna.email);
    QCOMPARE(stored->phone, u"+351 21 111 1111"_s);
    QCOMPARE(stored->version, theirSave->version);
    QCOMPARE(lastAudit(t->db(), fixture.anna.id).actor, u"Jonas at reception"_s);

    // Built on the current version, the same change goes through.
    core::Guest again = profile.guest();
    again.email = u"anna@mine.example"_s;
    QVERIFY(profile.save(again));
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(storage::GuestRepository(t->db()).byId(fixture.anna.id)->email, u"anna@mine.example"_s);
    QCOMPARE(storage::GuestRepository(t->db()).byId(fixture.anna.id)->phone, u"+351 21 111 1111"_s);
}

void TestGuestProfile::linkConfirmUnlink()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Presenter p = makePresenter(t->url(), fixture.anna.id);
    GuestProfile &profile = *p.profile;
    QVERIFY(loadAndWait(profile));
    SocialAccountListModel &accounts = *profile.accounts();

    // Link: staff typing a handle confirm it.
    QSignalSpy linked(&profile, &GuestProfile::linked);
    const core::Status started = profile.link(core::Network::Bluesky, u"@Anna.bsky.social"_s);
    QVERIFY2(started, qPrintable(started.error()));
    QTRY_COMPARE(linked.size(), 1);
    const auto account = linked.first().first().value<core::SocialAccount>();
    QCOMPARE(account.handle, u"anna.bsky.social"_s);
    QCOMPARE(account.state, core::LinkState::Confirmed);
    QCOMPARE(account.linkedBy, u"Maria Lopez"_s);
    const int row = accounts.rowOf(account.id);
    QVERIFY(row >= 0);
    QCOMPARE(accounts.index(row, SocialAccountListModel::StateColumn).data().toString(), u"Confirmed"_s);
    QCOMPARE(lastAudit(t->db(), fixture.anna.id).action, u"handle.link"_s);

    // Confirm the suggestion.
    QSignalSpy confirmed(&profile, &GuestProfile::confirmed);
    profile.confirm(fixture.annaOnMastodon.id);
    QTRY_COMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.first().first().value<core::SocialAccount>().state, core::LinkState::Confirmed);
    const int mastodon = accounts.rowOf(fixture.annaOnMastodon.id);
    QCOMPARE(accounts.index(mastodon, 0).data(SocialAccountListModel::StateRole),
             QVariant(int(core::LinkState::Confirmed)));
    core::AuditEntry audit = lastAudit(t->db(), fixture.anna.id);
    QCOMPARE(audit.action, u"handle.confirm"_s);
    QCOMPARE(audit.actor, u"Maria Lopez"_s);

    // Unlink.
    QSignalSpy unlinked(&profile, &GuestProfile::unlinked);
    profile.unlink(fixture.annaOnX.id);
    QTRY_COMPARE(unlinked.size(), 1);
    QCOMPARE(accounts.rowOf(fixture.annaOnX.id), -1);
    QCOMPARE(accounts.rowCount(), 2);
    QVERIFY(!storage::SocialAccountRepository(t->db()).byId(fixture.annaOnX.id));
    audit = lastAudit(t->db(), fixture.anna.id);
    QCOMPARE(audit.action, u"handle.unlink"_s);
    QCOMPARE(audit.actor, u"Maria Lopez"_s);

    // Another guest's link is not this profile's to touch.
    QSignalSpy failed(&profile, &GuestProfile::accountActionFailed);
    profile.unlink(fixture.carlOnX.id);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(storage::SocialAccountRepository(t->db()).byId(fixture.carlOnX.id));
    profile.confirm(fixture.carlOnX.id);
    QTRY_COMPARE(failed.size(), 2);
}

void TestGuestProfile::invalidHandleFailsAtOnce()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Presenter p = makePresenter(t->url(), fixture.anna.id);
    GuestProfile &profile = *p.profile;
    QVERIFY(loadAndWait(profile));
    QSignalSpy linked(&profile, &GuestProfile::linked);
    const core::Status started = profile.link(core::Network::Mastodon, u"just-a-name"_s);
    QVERIFY(!started);
    QVERIFY(!started.error().isEmpty());
    QVERIFY(!profile.isBusy());
    QCOMPARE(storage::SocialAccountRepository(t->db()).forGuest(fixture.anna.id).size(), 2);
}

void TestGuestProfile::handleOfAnotherGuestIsReported()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Presenter p = makePresenter(t->url(), fixture.anna.id);
    GuestProfile &profile = *p.profile;
    QVERIFY(loadAndWait(profile));
    QSignalSpy failed(&profile, &GuestProfile::accountActionFailed);
    QVERIFY(profile.link(core::Network::X, u"@Carl_O"_s));
    QTRY_COMPARE(failed.size(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"Carl Olsen"_s), qPrintable(message));
    QCOMPARE(storage::SocialAccountRepository(t->db()).byId(fixture.carlOnX.id)->guestId, fixture.carl.id);
    QCOMPARE(profile.accounts()->rowCount(), 2);
}

void TestGuestProfile::changesElsewhereReload()
{
    TW_TEST_DATABASE(t);
    TW_SEED_PROFILE(t);
    Presenter p = makePresenter(t->url(), fixture.anna.id);
    GuestProfile &profile = *p.profile;
    QVERIFY(loadAndWait(profile));

    std::unique_ptr<storage::Database> other = t->openAnother();
    QVERIFY(other);
    QVERIFY(storage::SocialAccountRepository(*other).link(fixture.anna.id, core::Network::X, u"anna_travels"_s,
                                                          core::LinkState::Suggested, u"matcher"_s));
    QTRY_COMPARE(profile.accounts()->rowCount(), 3);

    core::Guest theirs = profile.guest();
    theirs.vipCode = u"V3"_s;
    QVERIFY(storage::GuestRepository(*other).update(theirs, u"Jonas"_s));
    QTRY_COMPARE(profile.guest().vipCode, u"V3"_s);
    QCOMPARE(profile.guest().version, fixture.anna.version + 1);
}

QTEST_GUILESS_MAIN(TestGuestProfile)
#include "test_guestprofile.moc"
