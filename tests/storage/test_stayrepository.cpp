#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/stayrepository.h>

#include <testdatabase.h>

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace tw;
using Outcome = storage::StayRepository::UpsertOutcome;

namespace {

struct Fixture
{
    core::Id palace = core::InvalidId;
    core::Id lodge = core::InvalidId;
    core::Id anna = core::InvalidId;
    core::Id john = core::InvalidId;
};

Fixture makeFixture(storage::Database &db)
{
    Fixture f;
    storage::PropertyRepository properties(db);
    storage::GuestRepository guests(db);
    for (const auto &[code, id] : {std::pair{u"PAL"_s, &f.palace}, std::pair{u"LOD"_s, &f.lodge}}) {
        core::Property p;
        p.code = code;
        p.name = code;
        p.timeZone = u"Europe/Paris"_s;
        *id = properties.add(p).value().id;
    }
    core::Guest g;
    g.firstName = u"Anna"_s;
    g.lastName = u"Smith"_s;
    f.anna = guests.create(g, u"test"_s).value().id;
    g.firstName = u"John"_s;
    g.lastName = u"Doe"_s;
    f.john = guests.create(g, u"test"_s).value().id;
    return f;
}

core::Stay makeStay(core::Id property, core::Id guest, const QString &confirmation, QDate arrival, int nights,
                    const QString &room = u"412"_s, core::StayStatus status = core::StayStatus::Reserved)
{
    core::Stay s;
    s.propertyId = property;
    s.guestId = guest;
    s.confirmation = confirmation;
    s.room = room;
    s.arrival = arrival;
    s.departure = arrival.addDays(nights);
    s.status = status;
    return s;
}

QStringList confirmations(const QList<core::Stay> &stays)
{
    QStringList list;
    for (const core::Stay &s : stays)
        list.append(s.confirmation);
    return list;
}

} // namespace

class TestStayRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upsertCreates();
    void upsertSameDataIsUnchanged();
    void upsertChangedDataUpdates_data();
    void upsertChangedDataUpdates();
    void confirmationIsPerProperty();
    void invalidStayIsRefused_data();
    void invalidStayIsRefused();
    void upsertInsideOuterTransaction();
    void failedUpsertKeepsOuterTransactionUsable();
    void forGuestNewestFirst();
    void forGuestsAsForGuest();
    void overlapping();
    void arrivalsAndDepartures();
    void count();
};

void TestStayRepository::upsertCreates()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::StayRepository repo(t->db());
    core::Stay stay = makeStay(f.palace, f.anna, u" ABC123 "_s, QDate(2024, 5, 1), 3);
    stay.actualCheckIn = QDateTime(QDate(2024, 5, 1), QTime(14, 5, 30, 250), Qt::UTC);
    const auto outcome = repo.upsert(stay, u"import"_s);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    QCOMPARE(outcome.value(), Outcome::Created);
    QVERIFY(stay.id != core::InvalidId);
    QCOMPARE(stay.version, 1);
    QCOMPARE(stay.confirmation, u"ABC123"_s);

    const auto read = repo.byConfirmation(f.palace, u"ABC123"_s);
    QVERIFY(read);
    QCOMPARE(read->id, stay.id);
    QCOMPARE(read->guestId, f.anna);
    QCOMPARE(read->room, u"412"_s);
    QCOMPARE(read->arrival, QDate(2024, 5, 1));
    QCOMPARE(read->departure, QDate(2024, 5, 4));
    QCOMPARE(read->nights(), 3);
    QCOMPARE(read->status, core::StayStatus::Reserved);
    QVERIFY(read->actualCheckIn);
    QCOMPARE(*read->actualCheckIn, QDateTime(QDate(2024, 5, 1), QTime(14, 5, 30, 250), Qt::UTC));
    QVERIFY(!read->actualCheckOut);
    QCOMPARE(repo.byId(stay.id)->confirmation, u"ABC123"_s);

    const QList<core::AuditEntry> timeline = storage::AuditLog(t->db()).forGuest(f.anna);
    QCOMPARE(timeline.last().action, u"stay.create"_s);
    QCOMPARE(timeline.last().entityType, u"stay"_s);
    QCOMPARE(timeline.last().entityId, stay.id);
    QCOMPARE(timeline.last().actor, u"import"_s);
}

void TestStayRepository::upsertSameDataIsUnchanged()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::StayRepository repo(t->db());
    core::Stay first = makeStay(f.palace, f.anna, u"ABC123"_s, QDate(2024, 5, 1), 3);
    first.actualCheckIn = QDateTime(QDate(2024, 5, 1), QTime(16, 0), QTimeZone(3600)); // not UTC on purpose
    QCOMPARE(repo.upsert(first, u"import"_s).value(), Outcome::Created);
    const qsizetype auditRows = storage::AuditLog(t->db()).forGuest(f.anna).size();

    core::Stay again = makeStay(f.palace, f.anna, u"ABC123"_s, QDate(2024, 5, 1), 3);
    again.actualCheckIn = QDateTime(QDate(2024, 5, 1), QTime(15, 0), Qt::UTC); // the same instant
    const auto outcome = repo.upsert(again, u"import"_s);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    QCOMPARE(outcome.value(), Outcome::Unchanged);
    QCOMPARE(again.id, first.id);
    QCOMPARE(again.version, 1);
    QCOMPARE(storage::AuditLog(t->db()).forGuest(f.anna).size(), auditRows);
    QCOMPARE(repo.count(), 1);
}

void TestStayRepository::upsertChangedDataUpdates_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expectedDetail");
    QTest::newRow("room") << u"room"_s << u"room 412 -> 514"_s;
    QTest::newRow("arrival") << u"arrival"_s << u"arrival 2024-05-01 -> 2024-04-30"_s;
    QTest::newRow("departure") << u"departure"_s << u"departure 2024-05-04 -> 2024-05-05"_s;
    QTest::newRow("status") << u"status"_s << u"status reserved -> in_house"_s;
    QTest::newRow("check-out") << u"checkout"_s << u"checked out 2024-05-04T09:30:00.000Z"_s;
    QTest::newRow("guest") << u"guest"_s << u"guest #"_s;
}

void TestStayRepository::upsertChangedDataUpdates()
{
    QFETCH(QString, field);
    QFETCH(QString, expectedDetail);
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::StayRepository repo(t->db());
    core::Stay stay = makeStay(f.palace, f.anna, u"ABC123"_s, QDate(2024, 5, 1), 3);
    QCOMPARE(repo.upsert(stay, u"import"_s).value(), Outcome::Created);
    const core::Id id = stay.id;

    core::Stay changed = makeStay(f.palace, f.anna, u"ABC123"_s, QDate(2024, 5, 1), 3);
    if (field == u"room"_s)
        changed.room = u"514"_s;
    else if (field == u"arrival"_s)
        changed.arrival = QDate(2024, 4, 30);
    else if (field == u"departure"_s)
        changed.departure = QDate(2024, 5, 5);
    else if (field == u"status"_s)
        changed.status = core::StayStatus::InHouse;
    else if (field == u"checkout"_s)
        changed.actualCheckOut = QDateTime(QDate(2024, 5, 4), QTime(9, 30), Qt::UTC);
    else if (field == u"guest"_s)
        changed.guestId = f.john;

    const auto outcome = repo.upsert(changed, u"night audit"_s);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    QCOMPARE(outcome.value(), Outcome::Updated);
    QCOMPARE(changed.id, id);
    QCOMPARE(changed.version, 2);

    const auto read = repo.byId(id);
    QCOMPARE(read->room, changed.room);
    QCOMPARE(read->arrival, changed.arrival);
    QCOMPARE(read->departure, changed.departure);
    QCOMPARE(read->status, changed.status);
    QCOMPARE(read->actualCheckOut, changed.actualCheckOut);
    QCOMPARE(read->guestId, changed.guestId);
    QCOMPARE(read->version, 2);

    const QList<core::AuditEntry> timeline = storage::AuditLog(t->db()).forEntity(u"stay"_s, id);
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline.last().action, u"stay.update"_s);
    QCOMPARE(timeline.last().actor, u"night audit"_s);
    QCOMPARE(timeline.last().guestId, changed.guestId);
    QVERIFY2(timeline.last().detail.contains(expectedDetail), qPrintable(timeline.last().detail));

    // Applying the same data again changes nothing.
    QCOMPARE(repo.upsert(changed, u"night audit"_s).value(), Outcome::Unchanged);
}

void TestStayRepository::confirmationIsPerProperty()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::StayRepository repo(t->db());
    core::Stay a = makeStay(f.palace, f.anna, u"ABC123"_s, QDate(2024, 5, 1), 3);
    core::Stay b = makeStay(f.lodge, f.john, u"ABC123"_s, QDate(2024, 5, 1), 3);
    QCOMPARE(repo.upsert(a, u"import"_s).value(), Outcome::Created);
    QCOMPARE(repo.upsert(b, u"import"_s).value(), Outcome::Created);
    QVERIFY(a.id != b.id);
    QCOMPARE(repo.byConfirmation(f.palace, u"ABC123"_s)->guestId, f.anna);
    QCOMPARE(repo.byConfirmation(f.lodge, u"ABC123"_s)->guestId, f.john);
    QVERIFY(!repo.byConfirmation(f.palace, u"abc123"_s)); // confirmation numbers are exact
}

void TestStayRepository::invalidStayIsRefused_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("departure before arrival") << u"dates"_s << u"before it arrives"_s;
    QTest::newRow("no confirmation") << u"confirmation"_s << u"confirmation"_s;
    QTest::newRow("no guest") << u"guest"_s << u"guest"_s;
    QTest::newRow("no property") << u"property"_s << u"property"_s;
    QTest::newRow("no arrival") << u"arrival"_s << u"dates"_s;
    QTest::newRow("unknown guest") << u"unknown guest"_s << u"not saved"_s;
}

void TestStayRepository::invalidStayIsRefused()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::StayRepository repo(t->db());
    core::Stay s = makeStay(f.palace, f.anna, u"ABC123"_s, QDate(2024, 5, 1), 3);
    if (what == u"dates"_s)
        s.departure = QDate(2024, 4, 30);
    else if (what == u"confirmation"_s)
        s.confirmation = u"  "_s;
    else if (what == u"guest"_s)
        s.guestId = core::InvalidId;
    else if (what == u"property"_s)
        s.propertyId = core::InvalidId;
    else if (what == u"arrival"_s)
        s.arrival = QDate();
    else if (what == u"unknown guest"_s)
        s.guestId = 987654;
    const auto outcome = repo.upsert(s, u"import"_s);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().contains(expected), qPrintable(outcome.error()));
    QCOMPARE(repo.count(), 0);
}

void TestStayRepository::upsertInsideOuterTransaction()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::StayRepository repo(t->db());
    {
        storage::Transaction outer(t->db());
        QVERIFY(outer.isActive());
        for (int i = 0; i < 5; ++i) {
            core::Stay s = makeStay(f.palace, f.anna, u"R%1"_s.arg(i), QDate(2024, 5, 1 + i), 1);
            QCOMPARE(repo.upsert(s, u"import"_s).value(), Outcome::Created);
        }
        QCOMPARE(repo.count(), 5); // visible inside
        QCOMPARE(t->db().transactionDepth(), 1);
        // no commit: everything goes
    }
    QCOMPARE(t->db().transactionDepth(), 0);
    QCOMPARE(repo.count(), 0);
    QVERIFY(storage::AuditLog(t->db()).forEntity(u"stay"_s, 1).isEmpty());

    storage::Transaction outer(t->db());
    core::Stay s = makeStay(f.palace, f.anna, u"KEEP"_s, QDate(2024, 5, 1), 1);
    QCOMPARE(repo.upsert(s, u"import"_s).value(), Outcome::Created);
    QVERIFY(outer.commit());
    QCOMPARE(repo.count(), 1);
}

void TestStayRepository::failedUpsertKeepsOuterTransactionUsable()
{
    // An import carries on past a bad row: the row's savepoint is rolled back,
    // the import's transaction is not (PostgreSQL would otherwise abort it).
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::StayRepository repo(t->db());
    storage::Transaction outer(t->db());
    core::Stay good = makeStay(f.palace, f.anna, u"GOOD1"_s, QDate(2024, 5, 1), 1);
    QVERIFY(repo.upsert(good, u"import"_s));
    core::Stay bad = makeStay(f.palace, 987654, u"BAD"_s, QDate(2024, 5, 1), 1); // foreign key fails in SQL
    QVERIFY(!repo.upsert(bad, u"import"_s));
    core::Stay after = makeStay(f.palace, f.anna, u"GOOD2"_s, QDate(2024, 5, 2), 1);
    const auto outcome = repo.upsert(after, u"import"_s);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    const auto committed = outer.commit();
    QVERIFY2(committed, qPrintable(committed.error()));
    QCOMPARE(confirmations(repo.forGuest(f.anna)), (QStringList{u"GOOD2"_s, u"GOOD1"_s}));
}

void TestStayRepository::forGuestNewestFirst()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::StayRepository repo(t->db());
    for (const auto &[conf, date] : {std::pair{u"OLD"_s, QDate(2023, 1, 5)}, std::pair{u"NEW"_s, QDate(2024, 8, 1)},
                                     std::pair{u"MID"_s, QDate(2024, 2, 1)}}) {
        core::Stay s = makeStay(f.palace, f.anna, conf, date, 2);
        QVERIFY(repo.upsert(s, u"import"_s));
    }
    core::Stay other = makeStay(f.lodge, f.john, u"JOHN"_s, QDate(2024, 3, 1), 2);
    QVERIFY(repo.upsert(other, u"import"_s));
    QCOMPARE(confirmations(repo.forGuest(f.anna)), (QStringList{u"NEW"_s, u"MID"_s, u"OLD"_s}));
    QCOMPARE(confirmations(repo.forGuest(f.john)), QStringList{u"JOHN"_s});
}

void TestStayRepository::forGuestsAsForGuest()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::StayRepository repo(t->db());
    // Same arrival twice: the newer stay (higher id) comes first, as in forGuest().
    for (const auto &[conf, date] : {std::pair{u"OLD"_s, QDate(2023, 1, 5)}, std::pair{u"NEW"_s, QDate(2024, 8, 1)},
                                     std::pair{u"MID"_s, QDate(2024, 2, 1)}, std::pair{u"MID2"_s, QDate(2024, 2, 1)}}) {
        core::Stay s = makeStay(f.palace, f.anna, conf, date, 2);
        QVERIFY(repo.upsert(s, u"import"_s));
    }
    core::Stay other = makeStay(f.lodge, f.john, u"JOHN"_s, QDate(2024, 3, 1), 2);
    QVERIFY(repo.upsert(other, u"import"_s));
    const core::Id nobody = f.john + 1000;

    const QHash<core::Id, QList<core::Stay>> stays = repo.forGuests({f.anna, f.john, nobody, f.anna});
    QCOMPARE(stays.size(), 3);
    QCOMPARE(confirmations(stays.value(f.anna)), confirmations(repo.forGuest(f.anna)));
    QCOMPARE(confirmations(stays.value(f.anna)), (QStringList{u"NEW"_s, u"MID2"_s, u"MID"_s, u"OLD"_s}));
    QCOMPARE(confirmations(stays.value(f.john)), QStringList{u"JOHN"_s});
    QCOMPARE(stays.value(f.john).constFirst().room, other.room);
    QCOMPARE(stays.value(f.john).constFirst().id, other.id);
    QVERIFY(stays.contains(nobody));
    QVERIFY(stays.value(nobody).isEmpty());
    QVERIFY(repo.forGuests({}).isEmpty());

    // More guests than one query takes: Anna in the first, John in the last.
    QList<core::Id> many{f.anna};
    for (core::Id id = 100'000; many.size() < 299; ++id)
        many.append(id);
    many.append(f.john);
    const QHash<core::Id, QList<core::Stay>> all = repo.forGuests(many);
    QCOMPARE(all.size(), 300);
    QCOMPARE(confirmations(all.value(f.anna)), (QStringList{u"NEW"_s, u"MID2"_s, u"MID"_s, u"OLD"_s}));
    QCOMPARE(confirmations(all.value(f.john)), QStringList{u"JOHN"_s});
}

void TestStayRepository::overlapping()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::StayRepository repo(t->db());
    const QList<core::Stay> stays{
        makeStay(f.palace, f.anna, u"A"_s, QDate(2024, 3, 1), 2),  // departs on the 3rd
        makeStay(f.palace, f.anna, u"B"_s, QDate(2024, 3, 3), 2),  // arrives on the 3rd
        makeStay(f.palace, f.anna, u"C"_s, QDate(2024, 3, 10), 2), // later
        makeStay(f.palace, f.anna, u"D"_s, QDate(2024, 3, 2), 2, u"1"_s, core::StayStatus::Cancelled),
        makeStay(f.palace, f.anna, u"E"_s, QDate(2024, 3, 2), 2, u"2"_s, core::StayStatus::NoShow),
        makeStay(f.palace, f.john, u"F"_s, QDate(2024, 1, 15), 60), // long stay, arrived long before
        makeStay(f.palace, f.john, u"G"_s, QDate(2024, 2, 20), 5),  // left before
        makeStay(f.lodge, f.john, u"H"_s, QDate(2024, 3, 3), 1),    // another property
    };
    for (core::Stay s : stays)
        QVERIFY(repo.upsert(s, u"import"_s));

    QCOMPARE(confirmations(repo.overlapping(f.palace, QDate(2024, 3, 3), QDate(2024, 3, 3))),
             (QStringList{u"F"_s, u"A"_s, u"B"_s}));
    QCOMPARE(confirmations(repo.overlapping(f.palace, QDate(2024, 3, 6), QDate(2024, 3, 10))),
             (QStringList{u"F"_s, u"C"_s}));
    QCOMPARE(confirmations(repo.overlapping(f.palace, QDate(2024, 3, 20), QDate(2024, 3, 25))), QStringList{});
    QCOMPARE(confirmations(repo.overlapping(f.lodge, QDate(2024, 3, 1), QDate(2024, 3, 31))), QStringList{u"H"_s});
    QCOMPARE(confirmations(repo.overlapping(f.palace, QDate(2024, 3, 5), QDate(2024, 3, 1))), QStringList{});
}

void TestStayRepository::arrivalsAndDepartures()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::StayRepository repo(t->db());
    const QList<core::Stay> stays{
        makeStay(f.palace, f.anna, u"A"_s, QDate(2024, 3, 1), 2),
        makeStay(f.palace, f.john, u"B"_s, QDate(2024, 3, 3), 2),
        makeStay(f.palace, f.john, u"C"_s, QDate(2024, 3, 3), 1, u"7"_s, core::StayStatus::Cancelled),
        makeStay(f.palace, f.anna, u"D"_s, QDate(2024, 3, 2), 1),
        makeStay(f.lodge, f.anna, u"E"_s, QDate(2024, 3, 3), 1),
    };
    for (core::Stay s : stays)
        QVERIFY(repo.upsert(s, u"import"_s));
    QCOMPARE(confirmations(repo.arrivingOn(f.palace, QDate(2024, 3, 3))), QStringList{u"B"_s});
    QCOMPARE(confirmations(repo.departingOn(f.palace, QDate(2024, 3, 3))), (QStringList{u"A"_s, u"D"_s}));
    QCOMPARE(confirmations(repo.arrivingOn(f.lodge, QDate(2024, 3, 3))), QStringList{u"E"_s});
    QVERIFY(repo.arrivingOn(f.palace, QDate(2024, 3, 4)).isEmpty());
}

void TestStayRepository::count()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::StayRepository repo(t->db());
    QCOMPARE(repo.count(), 0);
    core::Stay s = makeStay(f.palace, f.anna, u"A"_s, QDate(2024, 3, 1), 2);
    QVERIFY(repo.upsert(s, u"import"_s));
    QCOMPARE(repo.count(), 1);
}

QTEST_GUILESS_MAIN(TestStayRepository)
#include "test_stayrepository.moc"
