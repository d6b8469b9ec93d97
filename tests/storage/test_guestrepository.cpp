#include <storage/auditlog.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <testdatabase.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;

namespace {

core::Guest makeGuest(const QString &first, const QString &last, const QString &email = {}, const QString &phone = {},
                      const QString &loyalty = {})
{
    core::Guest g;
    g.firstName = first;
    g.lastName = last;
    g.email = email;
    g.phone = phone;
    g.loyaltyNumber = loyalty;
    return g;
}

QStringList names(const QList<core::Guest> &guests)
{
    QStringList list;
    for (const core::Guest &g : guests)
        list.append(g.displayName());
    return list;
}

} // namespace

class TestGuestRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createStoresEveryField();
    void createWritesAuditRow();
    void createNeedsNameOrEmail();
    void updateChangesFieldsAndVersion();
    void updateWithoutChangesWritesNothing();
    void staleVersionIsAConflict();
    void conflictAcrossConnections();
    void updateOfMissingGuestFails();
    void lookupByEmailAndLoyalty();
    void byIdsReadsManyAtOnce();
    void search_data();
    void search();
    void searchRespectsLimit();
    void searchIgnoresBlankText();
    void count();

private:
    // The search fixture: a handful of guests with names, contacts, handles and stays.
    void fillSearchFixture(storage::Database &db);
};

void TestGuestRepository::createStoresEveryField()
{
    TW_TEST_DATABASE(t);
    storage::GuestRepository repo(t->db());
    core::Guest g = makeGuest(u" Anna "_s, u"Smith"_s, u"Anna.Smith@Example.com"_s, u"+1 555 0100"_s, u"GX 1001"_s);
    g.vipCode = u"V2"_s;
    g.preferences = u"Feather pillows; no nuts"_s;
    g.socialConsent = true;
    g.notes = u"Celebrating an anniversary"_s;
    const auto created = repo.create(g, u"desk"_s);
    QVERIFY2(created, qPrintable(created.error()));
    QVERIFY(created->id != core::InvalidId);
    QCOMPARE(created->version, 1);
    QVERIFY(created->createdAt.isValid());
    QCOMPARE(created->createdAt.timeSpec(), Qt::UTC);

    const auto read = repo.byId(created->id);
    QVERIFY(read);
    QCOMPARE(read->firstName, u"Anna"_s);
    QCOMPARE(read->lastName, u"Smith"_s);
    QCOMPARE(read->email, u"Anna.Smith@Example.com"_s);
    QCOMPARE(read->phone, u"+1 555 0100"_s);
    QCOMPARE(read->loyaltyNumber, u"GX 1001"_s);
    QCOMPARE(read->vipCode, u"V2"_s);
    QCOMPARE(read->preferences, u"Feather pillows; no nuts"_s);
    QCOMPARE(read->socialConsent, true);
    QCOMPARE(read->notes, u"Celebrating an anniversary"_s);
    QCOMPARE(read->version, 1);
    QCOMPARE(read->createdAt, created->createdAt);
    QCOMPARE(read->updatedAt, created->updatedAt);
    QVERIFY(!repo.byId(created->id + 1));
}

void TestGuestRepository::createWritesAuditRow()
{
    TW_TEST_DATABASE(t);
    storage::GuestRepository repo(t->db());
    const auto created = repo.create(makeGuest(u"Anna"_s, u"Smith"_s), u"maria"_s);
    QVERIFY(created);
    const QList<core::AuditEntry> timeline = storage::AuditLog(t->db()).forGuest(created->id);
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.first().action, u"guest.create"_s);
    QCOMPARE(timeline.first().actor, u"maria"_s);
    QCOMPARE(timeline.first().entityType, u"guest"_s);
    QCOMPARE(timeline.first().entityId, created->id);
    QVERIFY(timeline.first().detail.contains(u"Anna Smith"_s));
}

void TestGuestRepository::createNeedsNameOrEmail()
{
    TW_TEST_DATABASE(t);
    storage::GuestRepository repo(t->db());
    core::Guest g;
    g.phone = u"+1 555 0100"_s;
    const auto created = repo.create(g, u"desk"_s);
    QVERIFY(!created);
    QVERIFY(!created.error().isEmpty());
    QCOMPARE(repo.count(), 0);
    QVERIFY(repo.create(makeGuest({}, {}, u"someone@example.com"_s), u"desk"_s));
}

void TestGuestRepository::updateChangesFieldsAndVersion()
{
    TW_TEST_DATABASE(t);
    storage::GuestRepository repo(t->db());
    auto created = repo.create(makeGuest(u"Anna"_s, u"Smith"_s, u"anna@example.com"_s), u"desk"_s);
    QVERIFY(created);
    core::Guest g = created.value();
    g.lastName = u"Smith-Jones"_s;
    g.email = u"anna@example.org"_s;
    const auto updated = repo.update(g, u"maria"_s);
    QVERIFY2(updated, qPrintable(updated.error()));
    QCOMPARE(updated->version, 2);
    QVERIFY(updated->updatedAt >= created->updatedAt);
    QCOMPARE(updated->createdAt, created->createdAt);

    const auto read = repo.byId(g.id);
    QCOMPARE(read->lastName, u"Smith-Jones"_s);
    QCOMPARE(read->email, u"anna@example.org"_s);
    QCOMPARE(read->version, 2);
    // Lookup keys follow the change.
    QVERIFY(repo.byEmail(u"ANNA@example.org"_s));
    QVERIFY(!repo.byEmail(u"anna@example.com"_s));
    QCOMPARE(names(repo.search(u"smith-j"_s)), QStringList{u"Anna Smith-Jones"_s});

    const QList<core::AuditEntry> timeline = storage::AuditLog(t->db()).forGuest(g.id);
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.last().action, u"guest.update"_s);
    QCOMPARE(timeline.last().actor, u"maria"_s);
    QVERIFY2(timeline.last().detail.contains(u"last name"_s), qPrintable(timeline.last().detail));
    QVERIFY2(timeline.last().detail.contains(u"e-mail"_s), qPrintable(timeline.last().detail));
    QVERIFY2(!timeline.last().detail.contains(u"phone"_s), qPrintable(timeline.last().detail));
}

void TestGuestRepository::updateWithoutChangesWritesNothing()
{
    TW_TEST_DATABASE(t);
    storage::GuestRepository repo(t->db());
    auto created = repo.create(makeGuest(u"Anna"_s, u"Smith"_s), u"desk"_s);
    QVERIFY(created);
    const auto updated = repo.update(created.value(), u"desk"_s);
    QVERIFY(updated);
    QCOMPARE(updated->version, 1);
    QCOMPARE(storage::AuditLog(t->db()).forGuest(created->id).size(), 1);
}

void TestGuestRepository::staleVersionIsAConflict()
{
    TW_TEST_DATABASE(t);
    storage::GuestRepository repo(t->db());
    auto created = repo.create(makeGuest(u"Anna"_s, u"Smith"_s), u"desk"_s);
    QVERIFY(created);
    core::Guest first = created.value();
    core::Guest second = created.value();

    first.phone = u"+1 555 0100"_s;
    QVERIFY(repo.update(first, u"maria"_s));

    second.notes = u"Allergic to feathers"_s;
    const auto stale = repo.update(second, u"tom"_s);
    QVERIFY(!stale);
    QCOMPARE(stale.error(),
             u"someone else changed this guest since you opened it; reload and apply your change again"_s);

    const auto read = repo.byId(created->id);
    QCOMPARE(read->phone, u"+1 555 0100"_s);
    QVERIFY(read->notes.isEmpty());
    QCOMPARE(read->version, 2);
    QCOMPARE(storage::AuditLog(t->db()).forGuest(created->id).size(), 2);
}

void TestGuestRepository::conflictAcrossConnections()
{
    TW_TEST_DATABASE(t);
    auto other = t->openAnother();
    QVERIFY(other);
    storage::GuestRepository here(t->db());
    storage::GuestRepository there(*other);
    auto created = here.create(makeGuest(u"Anna"_s, u"Smith"_s), u"desk"_s);
    QVERIFY(created);

    core::Guest theirs = there.byId(created->id).value();
    theirs.vipCode = u"V1"_s;
    QVERIFY(there.update(theirs, u"front office"_s));

    core::Guest ours = created.value();
    ours.vipCode = u"V3"_s;
    const auto updated = here.update(ours, u"desk"_s);
    QVERIFY(!updated);
    QVERIFY(updated.error().contains(u"someone else changed this guest"_s));
    QCOMPARE(here.byId(created->id)->vipCode, u"V1"_s);
}

void TestGuestRepository::updateOfMissingGuestFails()
{
    TW_TEST_DATABASE(t);
    storage::GuestRepository repo(t->db());
    core::Guest g = makeGuest(u"Nobody"_s, u"Here"_s);
    const auto unsaved = repo.update(g, u"desk"_s);
    QVERIFY(!unsaved);
    g.id = 4242;
    g.version = 1;
    const auto missing = repo.update(g, u"desk"_s);
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(u"no longer exists"_s));
}

void TestGuestRepository::lookupByEmailAndLoyalty()
{
    TW_TEST_DATABASE(t);
    storage::GuestRepository repo(t->db());
    auto anna = repo.create(makeGuest(u"Anna"_s, u"Smith"_s, u"Anna@Example.com"_s, {}, u"gx 1001"_s), u"desk"_s);
    QVERIFY(anna);
    QVERIFY(repo.create(makeGuest(u"John"_s, u"Doe"_s), u"desk"_s));

    QCOMPARE(repo.byEmail(u"  anna@example.COM "_s)->id, anna->id);
    QCOMPARE(repo.byLoyaltyNumber(u"GX1001"_s)->id, anna->id);
    QCOMPARE(repo.byLoyaltyNumber(u"GX 10 01"_s)->id, anna->id);
    QVERIFY(!repo.byEmail(u"anna@example"_s));
    QVERIFY(!repo.byEmail(QString()));
    QVERIFY(!repo.byLoyaltyNumber(u"GX100"_s));
    QVERIFY(!repo.byLoyaltyNumber(QString()));
}

void TestGuestRepository::byIdsReadsManyAtOnce()
{
    TW_TEST_DATABASE(t);
    storage::GuestRepository repo(t->db());
    QList<core::Id> ids;
    for (int i = 0; i < 150; ++i) {
        core::Guest g = makeGuest(u"Guest"_s, QString::number(i), u"guest%1@example.com"_s.arg(i));
        g.socialConsent = i % 2 == 0;
        g.vipCode = i == 149 ? u"V3"_s : QString();
        const auto created = repo.create(g, u"desk"_s);
        QVERIFY2(created, qPrintable(created.error()));
        ids.append(created->id);
    }
    const core::Id unknown = ids.constLast() + 1000;
    // More than one query takes, with a repeat and an unknown id.
    QList<core::Id> asked = ids;
    asked.append(ids.constFirst());
    asked.append(unknown);
    const QHash<core::Id, core::Guest> guests = repo.byIds(asked);
    QCOMPARE(guests.size(), ids.size());
    QVERIFY(!guests.contains(unknown));
    for (const core::Id id : std::as_const(ids)) {
        const core::Guest one = repo.byId(id).value();
        const core::Guest many = guests.value(id);
        QCOMPARE(many.id, id);
        QCOMPARE(many.lastName, one.lastName);
        QCOMPARE(many.email, one.email);
        QCOMPARE(many.socialConsent, one.socialConsent);
        QCOMPARE(many.vipCode, one.vipCode);
        QCOMPARE(many.version, one.version);
        QCOMPARE(many.createdAt, one.createdAt);
    }
    QCOMPARE(guests.value(ids.constLast()).vipCode, u"V3"_s);
    QVERIFY(repo.byIds({}).isEmpty());
}

void TestGuestRepository::fillSearchFixture(storage::Database &db)
{
    storage::GuestRepository guests(db);
    storage::PropertyRepository properties(db);
    storage::StayRepository stays(db);
    storage::SocialAccountRepository handles(db);

    core::Property hotel;
    hotel.code = u"PAL"_s;
    hotel.name = u"Palace"_s;
    hotel.timeZone = u"Europe/Paris"_s;
    const auto property = properties.add(hotel);
    QVERIFY(property);

    const QList<core::Guest> fixture{
        makeGuest(u"Anna"_s, u"Smith"_s, u"anna.smith@example.com"_s, u"+1 555 0100"_s, u"GX 1001"_s),
        makeGuest(u"Zoë"_s, u"Ångström"_s, u"zoe@example.se"_s, u"+46 70 123 45 67"_s),
        makeGuest(u"John"_s, u"Smithers"_s, u"john@example.org"_s),
        makeGuest(u"Mary Ann"_s, u"Jones"_s),
        makeGuest(u"Bob"_s, u"O'Brien"_s),
        makeGuest(u"Andrea"_s, u"Smith"_s),
    };
    QList<core::Id> ids;
    for (const core::Guest &g : fixture) {
        const auto created = guests.create(g, u"test"_s);
        QVERIFY2(created, qPrintable(created.error()));
        ids.append(created->id);
    }
    QVERIFY(handles.link(ids[0], core::Network::X, u"@AnnaS"_s, core::LinkState::Confirmed, u"test"_s));
    QVERIFY(handles.link(ids[1], core::Network::Mastodon, u"@zoe@mastodon.social"_s, core::LinkState::Suggested,
                         u"test"_s));

    const auto addStay = [&](core::Id guest, const QString &confirmation, const QString &room, QDate arrival) {
        core::Stay s;
        s.propertyId = property->id;
        s.guestId = guest;
        s.confirmation = confirmation;
        s.room = room;
        s.arrival = arrival;
        s.departure = arrival.addDays(2);
        return stays.upsert(s, u"test"_s).ok();
    };
    QVERIFY(addStay(ids[0], u"C1"_s, u"412"_s, QDate(2024, 3, 1)));
    QVERIFY(addStay(ids[2], u"C2"_s, u"412"_s, QDate(2024, 6, 1)));
    QVERIFY(addStay(ids[3], u"C3"_s, u"12"_s, QDate(2024, 6, 1)));
}

void TestGuestRepository::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("last name prefix") << u"smi"_s
                                      << QStringList{u"Andrea Smith"_s, u"Anna Smith"_s, u"John Smithers"_s};
    QTest::newRow("first name prefix") << u"joh"_s << QStringList{u"John Smithers"_s};
    QTest::newRow("case") << u"SMITHERS"_s << QStringList{u"John Smithers"_s};
    QTest::newRow("first last") << u"ann smi"_s << QStringList{u"Anna Smith"_s};
    QTest::newRow("last first") << u"smith anna"_s << QStringList{u"Anna Smith"_s};
    QTest::newRow("last, first") << u"Smith, An"_s << QStringList{u"Andrea Smith"_s, u"Anna Smith"_s};
    QTest::newRow("two-word first name") << u"mary ann"_s << QStringList{u"Mary Ann Jones"_s};
    QTest::newRow("two-word first name and last") << u"mary ann jo"_s << QStringList{u"Mary Ann Jones"_s};
    QTest::newRow("accent typed") << u"Zoë"_s << QStringList{u"Zoë Ångström"_s};
    QTest::newRow("accent left out") << u"zoe"_s << QStringList{u"Zoë Ångström"_s};
    QTest::newRow("accented last name") << u"ÅNGSTRÖM"_s << QStringList{u"Zoë Ångström"_s};
    QTest::newRow("accents, first last") << u"zoe ang"_s << QStringList{u"Zoë Ångström"_s};
    QTest::newRow("apostrophe") << u"o'br"_s << QStringList{u"Bob O'Brien"_s};
    QTest::newRow("email prefix") << u"anna.smith@"_s << QStringList{u"Anna Smith"_s};
    QTest::newRow("email any case") << u"JOHN@EXAMPLE.ORG"_s << QStringList{u"John Smithers"_s};
    QTest::newRow("phone") << u"+1 555"_s << QStringList{u"Anna Smith"_s};
    QTest::newRow("phone with punctuation") << u"+46 (70) 123-45"_s << QStringList{u"Zoë Ångström"_s};
    QTest::newRow("loyalty") << u"gx1001"_s << QStringList{u"Anna Smith"_s};
    QTest::newRow("loyalty in groups") << u"GX 10"_s << QStringList{u"Anna Smith"_s};
    QTest::newRow("x handle with @") << u"@annas"_s << QStringList{u"Anna Smith"_s};
    QTest::newRow("x handle") << u"AnnaS"_s << QStringList{u"Anna Smith"_s};
    QTest::newRow("mastodon handle") << u"@zoe@mastodon"_s << QStringList{u"Zoë Ångström"_s};
    QTest::newRow("room, newest stay first") << u"412"_s << QStringList{u"John Smithers"_s, u"Anna Smith"_s};
    QTest::newRow("room is exact") << u"41"_s << QStringList{};
    QTest::newRow("short room") << u"12"_s << QStringList{u"Mary Ann Jones"_s};
    QTest::newRow("nothing") << u"nobody"_s << QStringList{};
}

void TestGuestRepository::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    TW_TEST_DATABASE(t);
    fillSearchFixture(t->db());
    if (QTest::currentTestFailed())
        return;
    storage::GuestRepository repo(t->db());
    QCOMPARE(names(repo.search(text)), expected);
}

void TestGuestRepository::searchRespectsLimit()
{
    TW_TEST_DATABASE(t);
    storage::GuestRepository repo(t->db());
    storage::Transaction tx(t->db());
    for (int i = 0; i < 30; ++i)
        QVERIFY(repo.create(makeGuest(u"Guest"_s, u"Person %1"_s.arg(i, 2, 10, QChar(u'0'))), u"test"_s));
    QVERIFY(tx.commit());

    const QList<core::Guest> five = repo.search(u"person"_s, 5);
    QCOMPARE(five.size(), 5);
    QCOMPARE(five.first().lastName, u"Person 00"_s);
    QCOMPARE(five.last().lastName, u"Person 04"_s);
    QCOMPARE(repo.search(u"person"_s).size(), 30);
    QCOMPARE(repo.search(u"person"_s, 0).size(), 1); // at least one
    QCOMPARE(repo.search(u"guest person"_s, 7).size(), 7);
}

void TestGuestRepository::searchIgnoresBlankText()
{
    TW_TEST_DATABASE(t);
    storage::GuestRepository repo(t->db());
    QVERIFY(repo.create(makeGuest(u"Anna"_s, u"Smith"_s), u"desk"_s));
    QVERIFY(repo.search(QString()).isEmpty());
    QVERIFY(repo.search(u"   "_s).isEmpty());
}

void TestGuestRepository::count()
{
    TW_TEST_DATABASE(t);
    storage::GuestRepository repo(t->db());
    QCOMPARE(repo.count(), 0);
    QVERIFY(repo.create(makeGuest(u"Anna"_s, u"Smith"_s), u"desk"_s));
    QVERIFY(repo.create(makeGuest(u"John"_s, u"Doe"_s), u"desk"_s));
    QCOMPARE(repo.count(), 2);
}

QTEST_GUILESS_MAIN(TestGuestRepository)
#include "test_guestrepository.moc"
