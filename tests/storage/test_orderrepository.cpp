#include <storage/amenityrepository.h>
#include <storage/auditlog.h>
#include <storage/cardrepository.h>
#include <storage/changenotifier.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/orderrepository.h>
#include <storage/propertyrepository.h>
#include <storage/stayrepository.h>

#include <testdatabase.h>

#include <core/money.h>

#include <QSignalSpy>
#include <QTest>

#include <climits>

using namespace Qt::StringLiterals;
using namespace tw;
using core::Department;
using core::OrderState;

Q_DECLARE_METATYPE(tw::core::OrderState)

namespace {

bool waitFor(QSignalSpy &spy, const QString &table, qint64 id)
{
    const auto seen = [&] {
        for (const QList<QVariant> &args : std::as_const(spy)) {
            if (args.at(0).toString() == table && args.at(1).toLongLong() == id)
                return true;
        }
        return false;
    };
    for (int attempt = 0; attempt < 50 && !seen(); ++attempt)
        spy.wait(200);
    return seen();
}

struct Fixture
{
    core::Id harbour = core::InvalidId;
    core::Id lodge = core::InvalidId;
    core::Id anna = core::InvalidId; // in house at the harbour, room 412
    core::Id annasStay = core::InvalidId;
    core::Id john = core::InvalidId; // arrives at the harbour next week, room 101
    core::Id johnsStay = core::InvalidId;
    core::Id lee = core::InvalidId; // stayed last month, nothing ahead
    core::Id kim = core::InvalidId; // in house at the lodge, room 7
    core::Id kimsStay = core::InvalidId;
};

core::Id addGuest(storage::Database &db, const QString &first, const QString &last)
{
    core::Guest g;
    g.firstName = first;
    g.lastName = last;
    return storage::GuestRepository(db).create(g, u"test"_s).value().id;
}

core::Id addStay(storage::Database &db, core::Id property, core::Id guest, const QString &confirmation,
                 const QString &room, int fromDays, int toDays, core::StayStatus status)
{
    core::Stay s;
    s.propertyId = property;
    s.guestId = guest;
    s.confirmation = confirmation;
    s.room = room;
    s.arrival = QDate::currentDate().addDays(fromDays);
    s.departure = QDate::currentDate().addDays(toDays);
    s.status = status;
    if (!storage::StayRepository(db).upsert(s, u"test"_s))
        return core::InvalidId;
    return s.id;
}

core::Id addProperty(storage::Database &db, const QString &code, const QString &name)
{
    core::Property p;
    p.code = code;
    p.name = name;
    p.timeZone = u"Europe/Lisbon"_s;
    return storage::PropertyRepository(db).add(p).value().id;
}

Fixture makeFixture(storage::Database &db)
{
    Fixture f;
    f.harbour = addProperty(db, u"HBV"_s, u"Harbour View"_s);
    f.lodge = addProperty(db, u"LOD"_s, u"The Lodge"_s);
    f.anna = addGuest(db, u"Anna"_s, u"Smith"_s);
    f.john = addGuest(db, u"John"_s, u"Doe"_s);
    f.lee = addGuest(db, u"Lee"_s, u"Park"_s);
    f.kim = addGuest(db, u"Kim"_s, u"Lund"_s);
    f.annasStay = addStay(db, f.harbour, f.anna, u"C1"_s, u"412"_s, -2, 2, core::StayStatus::InHouse);
    // An older stay of Anna's must not be chosen.
    addStay(db, f.harbour, f.anna, u"C0"_s, u"300"_s, -40, -37, core::StayStatus::CheckedOut);
    f.johnsStay = addStay(db, f.harbour, f.john, u"C2"_s, u"101"_s, 7, 9, core::StayStatus::Reserved);
    addStay(db, f.harbour, f.john, u"C3"_s, u"102"_s, 20, 22, core::StayStatus::Reserved);
    addStay(db, f.harbour, f.lee, u"C4"_s, u"200"_s, -30, -27, core::StayStatus::CheckedOut);
    addStay(db, f.harbour, f.lee, u"C5"_s, u"201"_s, 5, 6, core::StayStatus::Cancelled);
    f.kimsStay = addStay(db, f.lodge, f.kim, u"L1"_s, u"7"_s, -1, 3, core::StayStatus::InHouse);
    return f;
}

storage::OrderRequest request(core::Id guest, const QList<storage::OrderRequestItem> &items)
{
    storage::OrderRequest r;
    r.guestId = guest;
    r.items = items;
    return r;
}

qint64 count(storage::Database &db, const QString &sql)
{
    storage::PreparedQuery q = db.prepare(sql);
    return q.scalar().value_or(QVariant(-1)).toLongLong();
}

QList<core::Id> ids(const QList<core::AmenityOrder> &orders)
{
    QList<core::Id> out;
    for (const core::AmenityOrder &o : orders)
        out.append(o.id);
    return out;
}

// Takes a new order for Anna to `state` the way staff would.
core::AmenityOrder orderIn(storage::Database &db, const Fixture &f, OrderState state)
{
    storage::OrderRepository repo(db);
    core::AmenityOrder order = repo.create(request(f.anna, {{u"Fruit plate"_s, 1}}), u"maria"_s).value();
    const QList<OrderState> path = state == OrderState::Cancelled
        ? QList<OrderState>{OrderState::Cancelled}
        : QList<OrderState>{OrderState::Accepted, OrderState::InProgress, OrderState::Delivered};
    for (OrderState next : path) {
        if (order.state == state)
            break;
        order = repo.advance(order.id, next, u"maria"_s, order.version).value();
    }
    return order;
}

} // namespace

class TestOrderRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createForGuestInHouse();
    void createCopiesNamesAndPrices();
    void createWithChoices();
    void sameItemTwiceIsOneLine();
    void createForNextArrival();
    void createAtAGivenTime();
    void quantityIsCapped_data();
    void quantityIsCapped();
    void totalIsCapped();
    void defaultNoteWithoutAField_data();
    void defaultNoteWithoutAField();
    void typedNoteIsMerged();
    void typedNoteWithAnUnfillableFieldIsRefused_data();
    void typedNoteWithAnUnfillableFieldIsRefused();
    void createRefused_data();
    void createRefused();
    void unknownItemsAreNamed();
    void advanceThroughTheStates();
    void skipAhead();
    void refusedTransitions_data();
    void refusedTransitions();
    void conflictingEditsAreRefused();
    void conflictFromAnotherDesk();
    void listFilters_data();
    void listFilters();
    void listIsByDueTime();
    void forGuestOldestFirst();
    void openCountsByStay();
};

void TestOrderRepository::createForGuestInHouse()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::ChangeNotifier notifier(t->db());
    QSignalSpy spy(&notifier, &storage::ChangeNotifier::changed);
    storage::OrderRepository repo(t->db());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto created = repo.create(request(f.anna, {{u"wine and strawberries"_s, 2}, {u"Flowers"_s, 1}}), u"maria"_s);
    QVERIFY2(created, qPrintable(created.error()));
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    QVERIFY(created->id != core::InvalidId);
    QCOMPARE(created->state, OrderState::Requested);
    QCOMPARE(created->version, 1);

    const core::AmenityOrder read = repo.byId(created->id).value();
    QCOMPARE(read.guestId, f.anna);
    QCOMPARE(read.stayId, f.annasStay);
    QCOMPARE(read.propertyId, f.harbour);
    QCOMPARE(read.room, u"412"_s);
    QCOMPARE(read.department, Department::FoodAndBeverage); // the first item's
    QCOMPARE(read.state, OrderState::Requested);
    QCOMPARE(read.createdBy, u"maria"_s);
    QCOMPARE(read.updatedBy, u"maria"_s);
    QVERIFY(read.createdAt >= before && read.createdAt <= after);
    const qint64 lead = qint64(storage::OrderRepository::DefaultLeadMinutes) * 60;
    QVERIFY(read.dueAt >= before.addSecs(lead) && read.dueAt <= after.addSecs(lead)); // due after the default lead
    QCOMPARE(read.cardId, core::InvalidId);
    QCOMPARE(read.version, 1);
    QCOMPARE(read.lines.size(), 2);
    QCOMPARE(read.lines.at(0).name, u"Wine and strawberries"_s);
    QCOMPARE(read.lines.at(0).quantity, 2);
    QCOMPARE(read.lines.at(0).unitCostCents, qint64(5800));
    QCOMPARE(read.lines.at(1).name, u"Flowers"_s);
    QCOMPARE(read.costCents(), qint64(2 * 5800 + 4500));
    // The first item's note, merged for the guest.
    QCOMPARE(read.note, u"A bottle of wine and fresh strawberries, with our compliments."_s);

    QList<core::AuditEntry> timeline;
    for (const core::AuditEntry &e : storage::AuditLog(t->db()).forGuest(f.anna)) {
        if (e.entityType == u"order")
            timeline.append(e);
    }
    QCOMPARE(timeline.size(), 1);
    const core::AuditEntry &entry = timeline.first();
    QCOMPARE(entry.action, u"order.create"_s);
    QCOMPARE(entry.entityType, u"order"_s);
    QCOMPARE(entry.entityId, created->id);
    QCOMPARE(entry.actor, u"maria"_s);
    QVERIFY2(entry.detail.startsWith(u"2 \u00d7 Wine and strawberries, 1 \u00d7 Flowers; cost 161.00; "
                                     "food_and_beverage; due "_s),
             qPrintable(entry.detail));
    QVERIFY(waitFor(spy, u"amenity_orders"_s, created->id));
}

void TestOrderRepository::createCopiesNamesAndPrices()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::OrderRepository repo(t->db());
    const core::AmenityOrder order = repo.create(request(f.anna, {{u"Bath salts"_s, 3}}), u"maria"_s).value();
    QCOMPARE(order.department, Department::Housekeeping);
    QCOMPARE(order.note, u"A little something for a long, slow soak. Enjoy, Anna."_s);

    // The catalog changes afterwards; the order keeps what was ordered.
    storage::AmenityRepository catalog(t->db());
    core::Amenity salts = catalog.byName(u"Bath salts"_s).value();
    salts.name = u"Lavender bath salts"_s;
    salts.unitCostCents = 2500;
    QVERIFY(catalog.update(salts, u"john"_s));
    QVERIFY(catalog.retire(salts.id, u"john"_s));
    const core::AmenityOrder read = repo.byId(order.id).value();
    QCOMPARE(read.lines.first().name, u"Bath salts"_s);
    QCOMPARE(read.lines.first().unitCostCents, qint64(1800));
    QCOMPARE(read.lines.first().amenityId, salts.id);
    QCOMPARE(read.costCents(), qint64(5400));
}

void TestOrderRepository::createWithChoices()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    core::Card card;
    card.guestId = f.anna;
    card.text = u"Happy anniversary!"_s;
    const core::Id cardId = storage::CardRepository(t->db()).createDraft(card, u"maria"_s).value().id;

    storage::OrderRequest r = request(f.anna, {{u"Beer and snacks"_s, 1}});
    r.department = Department::Concierge;
    r.dueAt = QDateTime(QDate(2030, 5, 1), QTime(18, 30, 15, 250), Qt::OffsetFromUTC, 3600);
    r.note = u"  Leave it with the doorman.  "_s;
    r.cardId = cardId;
    const auto created = storage::OrderRepository(t->db()).create(r, u"john"_s);
    QVERIFY2(created, qPrintable(created.error()));
    const core::AmenityOrder read = storage::OrderRepository(t->db()).byId(created->id).value();
    QCOMPARE(read.department, Department::Concierge);
    QCOMPARE(read.dueAt, QDateTime(QDate(2030, 5, 1), QTime(17, 30, 15, 250), Qt::UTC));
    QCOMPARE(read.dueAt.timeSpec(), Qt::UTC);
    QCOMPARE(read.note, u"Leave it with the doorman."_s);
    QCOMPARE(read.cardId, cardId);
    QCOMPARE(read.createdBy, u"john"_s);
}

void TestOrderRepository::sameItemTwiceIsOneLine()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    const auto created = storage::OrderRepository(t->db()).create(
        request(f.anna, {{u"Flowers"_s, 1}, {u"Fruit plate"_s, 1}, {u"flowers"_s, 2}}), u"maria"_s);
    QVERIFY2(created, qPrintable(created.error()));
    QCOMPARE(created->lines.size(), 2);
    QCOMPARE(created->lines.at(0).name, u"Flowers"_s);
    QCOMPARE(created->lines.at(0).quantity, 3);
    QCOMPARE(created->department, Department::Concierge);
    QCOMPARE(storage::OrderRepository(t->db()).byId(created->id)->lines.size(), 2);
}

void TestOrderRepository::createForNextArrival()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    const auto created
        = storage::OrderRepository(t->db()).create(request(f.john, {{u"Signature drinks"_s, 2}}), u"maria"_s);
    QVERIFY2(created, qPrintable(created.error()));
    QCOMPARE(created->stayId, f.johnsStay);
    QCOMPARE(created->room, u"101"_s);
}

void TestOrderRepository::createAtAGivenTime()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    // Ten days from now John's first reservation is over; the next one is chosen.
    storage::OrderRequest r = request(f.john, {{u"Flowers"_s, 1}});
    r.now = QDateTime(QDate::currentDate().addDays(10), QTime(12, 0), Qt::UTC);
    const auto created = storage::OrderRepository(t->db()).create(r, u"maria"_s);
    QVERIFY2(created, qPrintable(created.error()));
    QCOMPARE(created->room, u"102"_s);
    const QDateTime due = r.now.addSecs(qint64(storage::OrderRepository::DefaultLeadMinutes) * 60);
    QCOMPARE(created->dueAt, due);
    QCOMPARE(storage::OrderRepository(t->db()).byId(created->id)->dueAt, due);
}

void TestOrderRepository::quantityIsCapped_data()
{
    QTest::addColumn<QList<int>>("quantities"); // of Flowers, as asked
    QTest::addColumn<QString>("refusal");       // empty: accepted

    const int max = storage::OrderRepository::MaxQuantity;
    QTest::newRow("the most") << QList<int>{max} << QString();
    QTest::newRow("one too many") << QList<int>{max + 1} << u"\"Flowers\" is ordered 1000 times"_s;
    QTest::newRow("largest int") << QList<int>{INT_MAX} << u"at most 999"_s;
    QTest::newRow("merged to the most") << QList<int>{max - 1, 1} << QString();
    QTest::newRow("merged past the most") << QList<int>{600, 600} << u"\"Flowers\" is ordered 1200 times"_s;
    QTest::newRow("merged largest ints") << QList<int>{INT_MAX, INT_MAX} << u"at most 999"_s;
}

void TestOrderRepository::quantityIsCapped()
{
    QFETCH(QList<int>, quantities);
    QFETCH(QString, refusal);
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    QList<storage::OrderRequestItem> items;
    for (const int quantity : std::as_const(quantities))
        items.append({u"Flowers"_s, quantity});
    const auto created = storage::OrderRepository(t->db()).create(request(f.anna, items), u"maria"_s);
    if (refusal.isEmpty()) {
        QVERIFY2(created, qPrintable(created.error()));
        QCOMPARE(created->lines.size(), 1);
        QCOMPARE(created->lines.at(0).quantity, storage::OrderRepository::MaxQuantity);
        QCOMPARE(created->costCents(), qint64(storage::OrderRepository::MaxQuantity) * 4500);
        return;
    }
    QVERIFY(!created);
    QVERIFY2(created.error().contains(refusal), qPrintable(created.error()));
    QVERIFY2(created.error().contains(u"\"Flowers\""_s), qPrintable(created.error()));
    QCOMPARE(count(t->db(), u"SELECT COUNT(*) FROM amenity_orders"_s), qint64(0));
}

void TestOrderRepository::totalIsCapped()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::AmenityRepository catalog(t->db());
    core::Amenity yacht;
    yacht.name = u"Yacht charter"_s;
    yacht.department = Department::Concierge;
    yacht.unitCostCents = core::Money::MaxCents;
    QVERIFY(catalog.add(yacht, u"john"_s));

    storage::OrderRepository repo(t->db());
    const auto one = repo.create(request(f.anna, {{u"Yacht charter"_s, 1}}), u"maria"_s);
    QVERIFY2(one, qPrintable(one.error()));
    QCOMPARE(one->costCents(), core::Money::MaxCents);

    const auto refused = repo.create(request(f.anna, {{u"Yacht charter"_s, 1}, {u"Flowers"_s, 1}}), u"maria"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"the most one order can cost"_s), qPrintable(refused.error()));
    const auto many = repo.create(request(f.anna, {{u"Yacht charter"_s, 999}}), u"maria"_s);
    QVERIFY(!many);
    QCOMPARE(count(t->db(), u"SELECT COUNT(*) FROM amenity_orders"_s), qint64(1));
}

void TestOrderRepository::defaultNoteWithoutAField_data()
{
    QTest::addColumn<QString>("noteTemplate");
    QTest::addColumn<QString>("note");

    // Starter catalog wording, for a guest known by last name only.
    QTest::newRow("name at the end") << u"A little something for a long, slow soak. Enjoy, {first_name}."_s
                                     << u"A little something for a long, slow soak. Enjoy."_s;
    QTest::newRow("name before an exclamation") << u"Cold beer and a few snacks, on us. Cheers, {first_name}!"_s
                                                << u"Cold beer and a few snacks, on us. Cheers!"_s;
    QTest::newRow("only sentence, name at the end")
        << u"A few flowers to brighten your room, {first_name}."_s << u"A few flowers to brighten your room."_s;
    QTest::newRow("field inside a sentence")
        << u"Fresh fruit. Picked for {first_name} this morning. Enjoy!"_s << u"Fresh fruit. Enjoy!"_s;
    QTest::newRow("unknown field in the last sentence") << u"Fresh fruit. Picked for {nickname}"_s << u"Fresh fruit."_s;
    QTest::newRow("nothing left") << u"Made for {first_name} alone."_s << QString();
    QTest::newRow("filled fields stay") << u"For room {room}. Enjoy, {first_name}."_s << u"For room 412. Enjoy."_s;
}

void TestOrderRepository::defaultNoteWithoutAField()
{
    QFETCH(QString, noteTemplate);
    QFETCH(QString, note);
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    core::Guest guest = storage::GuestRepository(t->db()).byId(f.anna).value();
    guest.firstName.clear();
    QVERIFY(storage::GuestRepository(t->db()).update(guest, u"test"_s));

    storage::AmenityRepository catalog(t->db());
    core::Amenity plate = catalog.byName(u"Fruit plate"_s).value();
    plate.noteTemplate = noteTemplate;
    QVERIFY(catalog.update(plate, u"john"_s));
    const auto created = storage::OrderRepository(t->db()).create(request(f.anna, {{u"Fruit plate"_s, 1}}), u"maria"_s);
    QVERIFY2(created, qPrintable(created.error()));
    QCOMPARE(created->note, note);
    QCOMPARE(storage::OrderRepository(t->db()).byId(created->id)->note, note);
}

void TestOrderRepository::typedNoteIsMerged()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::OrderRequest r = request(f.anna, {{u"Flowers"_s, 1}});
    r.note = u"For {First_Name} in {room}, with {{love}}."_s;
    const auto created = storage::OrderRepository(t->db()).create(r, u"maria"_s);
    QVERIFY2(created, qPrintable(created.error()));
    QCOMPARE(created->note, u"For Anna in 412, with {love}."_s);
    QCOMPARE(storage::OrderRepository(t->db()).byId(created->id)->note, created->note);
}

void TestOrderRepository::typedNoteWithAnUnfillableFieldIsRefused_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("refusal");

    QTest::newRow("unknown field") << u"Hello {nickname}"_s << u"{nickname} is not known"_s;
    QTest::newRow("empty field") << u"Welcome, {first_name}."_s << u"{first_name} (Guest's first name) has no value"_s;
    QTest::newRow("unclosed") << u"Welcome {first_name"_s << u"{first_name is never closed"_s;
}

void TestOrderRepository::typedNoteWithAnUnfillableFieldIsRefused()
{
    QFETCH(QString, note);
    QFETCH(QString, refusal);
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    core::Guest guest = storage::GuestRepository(t->db()).byId(f.anna).value();
    guest.firstName.clear();
    QVERIFY(storage::GuestRepository(t->db()).update(guest, u"test"_s));

    storage::OrderRequest r = request(f.anna, {{u"Flowers"_s, 1}});
    r.note = note;
    const auto refused = storage::OrderRepository(t->db()).create(r, u"maria"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(refusal), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"note"_s), qPrintable(refused.error()));
    QCOMPARE(count(t->db(), u"SELECT COUNT(*) FROM amenity_orders"_s), qint64(0));
}

void TestOrderRepository::createRefused_data()
{
    QTest::addColumn<QString>("case_");
    QTest::addColumn<QString>("message");
    QTest::newRow("no items") << u"no items"_s << u"at least one item"_s;
    QTest::newRow("quantity 0") << u"quantity 0"_s << u"\"Flowers\" is ordered 0 times"_s;
    QTest::newRow("negative quantity") << u"quantity -2"_s << u"at least 1"_s;
    QTest::newRow("blank item") << u"blank item"_s << u"needs a name"_s;
    QTest::newRow("retired item") << u"retired"_s << u"\"Fruit plate\" was retired"_s;
    QTest::newRow("unknown guest") << u"unknown guest"_s << u"no guest #4242"_s;
    QTest::newRow("guest with nothing ahead") << u"no stay"_s << u"Lee Park is not in house"_s;
    QTest::newRow("stay of another guest") << u"other stay"_s << u"is not a stay of Anna Smith"_s;
    QTest::newRow("card of another guest") << u"other card"_s << u"is not a card for Anna Smith"_s;
    QTest::newRow("nobody placing it") << u"no actor"_s << u"Choose who is placing"_s;
}

void TestOrderRepository::createRefused()
{
    QFETCH(QString, case_);
    QFETCH(QString, message);
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::OrderRequest r = request(f.anna, {{u"Flowers"_s, 1}});
    QString actor = u"maria"_s;
    if (case_ == u"no items") {
        r.items.clear();
    } else if (case_ == u"quantity 0") {
        r.items.first().quantity = 0;
    } else if (case_ == u"quantity -2") {
        r.items.first().quantity = -2;
    } else if (case_ == u"blank item") {
        r.items.append({u"  "_s, 1});
    } else if (case_ == u"retired") {
        storage::AmenityRepository catalog(t->db());
        QVERIFY(catalog.retire(catalog.byName(u"Fruit plate"_s)->id, u"john"_s));
        r.items.append({u"fruit plate"_s, 1});
    } else if (case_ == u"unknown guest") {
        r.guestId = 4242;
    } else if (case_ == u"no stay") {
        r.guestId = f.lee;
    } else if (case_ == u"other stay") {
        r.stayId = f.kimsStay;
    } else if (case_ == u"other card") {
        core::Card card;
        card.guestId = f.kim;
        card.text = u"Hello"_s;
        r.cardId = storage::CardRepository(t->db()).createDraft(card, u"maria"_s).value().id;
    } else if (case_ == u"no actor") {
        actor = u"  "_s;
    }
    const auto created = storage::OrderRepository(t->db()).create(r, actor);
    QVERIFY(!created);
    QVERIFY2(created.error().contains(message), qPrintable(created.error()));
    QCOMPARE(count(t->db(), u"SELECT COUNT(*) FROM amenity_orders"_s), 0);
    QCOMPARE(count(t->db(), u"SELECT COUNT(*) FROM amenity_order_lines"_s), 0);
    QCOMPARE(count(t->db(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'order.create'"_s), 0);
}

void TestOrderRepository::unknownItemsAreNamed()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::OrderRepository repo(t->db());
    const auto one = repo.create(request(f.anna, {{u"Flowers"_s, 1}, {u" Champagne "_s, 1}}), u"maria"_s);
    QVERIFY(!one);
    QVERIFY2(one.error().startsWith(u"\"Champagne\" is not in the amenity catalog"_s), qPrintable(one.error()));
    // Says what can be ordered instead.
    QVERIFY2(one.error().contains(u"Bath salts"_s) && one.error().contains(u"Wine and strawberries"_s),
             qPrintable(one.error()));

    const auto two = repo.create(request(f.anna, {{u"Champagne"_s, 1}, {u"Caviar"_s, 2}}), u"maria"_s);
    QVERIFY(!two);
    QVERIFY2(two.error().contains(u"\"Champagne\" and \"Caviar\" are not in the amenity catalog"_s),
             qPrintable(two.error()));
    QVERIFY(repo.list().isEmpty());
}

void TestOrderRepository::advanceThroughTheStates()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::ChangeNotifier notifier(t->db());
    QSignalSpy spy(&notifier, &storage::ChangeNotifier::changed);
    storage::OrderRepository repo(t->db());
    core::AmenityOrder order = repo.create(request(f.anna, {{u"Wine and strawberries"_s, 1}}), u"maria"_s).value();

    const QList<std::pair<OrderState, QString>> steps{
        {OrderState::Accepted, u"john"_s}, {OrderState::InProgress, u"lee"_s}, {OrderState::Delivered, u"john"_s}};
    int version = 1;
    for (const auto &[state, who] : steps) {
        spy.clear();
        const auto advanced = repo.advance(order.id, state, who, version);
        QVERIFY2(advanced, qPrintable(advanced.error()));
        QCOMPARE(advanced->state, state);
        QCOMPARE(advanced->version, version + 1);
        QCOMPARE(advanced->updatedBy, who);
        QCOMPARE(advanced->lines.size(), 1);
        const core::AmenityOrder read = repo.byId(order.id).value();
        QCOMPARE(read.state, state);
        QCOMPARE(read.version, version + 1);
        QCOMPARE(read.updatedBy, who);
        QCOMPARE(read.createdBy, u"maria"_s);
        QVERIFY(waitFor(spy, u"amenity_orders"_s, order.id));
        ++version;
    }

    const QList<core::AuditEntry> audit = storage::AuditLog(t->db()).forEntity(u"order"_s, order.id);
    QCOMPARE(audit.size(), 4);
    QCOMPARE(audit.at(0).action, u"order.create"_s);
    QCOMPARE(audit.at(1).action, u"order.accepted"_s);
    QCOMPARE(audit.at(1).actor, u"john"_s);
    QCOMPARE(audit.at(1).guestId, f.anna);
    QCOMPARE(audit.at(1).detail, u"requested \u2192 accepted; cost 58.00"_s);
    QCOMPARE(audit.at(2).action, u"order.in_progress"_s);
    QCOMPARE(audit.at(2).detail, u"accepted \u2192 in_progress; cost 58.00"_s);
    QCOMPARE(audit.at(3).action, u"order.delivered"_s);
    QCOMPARE(audit.at(3).actor, u"john"_s);
}

void TestOrderRepository::skipAhead()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::OrderRepository repo(t->db());
    const core::AmenityOrder order = repo.create(request(f.anna, {{u"Flowers"_s, 1}}), u"maria"_s).value();
    // The command line names no version: whatever is stored.
    const auto delivered = repo.advance(order.id, OrderState::Delivered, u"john"_s);
    QVERIFY2(delivered, qPrintable(delivered.error()));
    QCOMPARE(repo.byId(order.id)->state, OrderState::Delivered);
    const QList<core::AuditEntry> audit = storage::AuditLog(t->db()).forEntity(u"order"_s, order.id);
    QCOMPARE(audit.last().action, u"order.delivered"_s);
    QCOMPARE(audit.last().detail, u"requested \u2192 delivered; cost 45.00"_s);
}

void TestOrderRepository::refusedTransitions_data()
{
    QTest::addColumn<OrderState>("from");
    QTest::addColumn<OrderState>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("delivered -> cancelled")
        << OrderState::Delivered << OrderState::Cancelled << u"a delivered order cannot change"_s;
    QTest::newRow("delivered -> in progress")
        << OrderState::Delivered << OrderState::InProgress << u"a delivered order cannot change"_s;
    QTest::newRow("cancelled -> accepted")
        << OrderState::Cancelled << OrderState::Accepted << u"a cancelled order cannot change"_s;
    QTest::newRow("accepted -> requested")
        << OrderState::Accepted << OrderState::Requested << u"cannot go back to requested"_s;
    QTest::newRow("in progress -> accepted")
        << OrderState::InProgress << OrderState::Accepted << u"cannot go back to accepted"_s;
    QTest::newRow("requested -> requested") << OrderState::Requested << OrderState::Requested << u"already requested"_s;
}

void TestOrderRepository::refusedTransitions()
{
    QFETCH(OrderState, from);
    QFETCH(OrderState, to);
    QFETCH(QString, message);
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    const core::AmenityOrder order = orderIn(t->db(), f, from);
    QCOMPARE(order.state, from);
    const qsizetype audited = storage::AuditLog(t->db()).forEntity(u"order"_s, order.id).size();

    storage::OrderRepository repo(t->db());
    const auto refused = repo.advance(order.id, to, u"john"_s, order.version);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"Order %1"_s.arg(order.id)), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
    const core::AmenityOrder read = repo.byId(order.id).value();
    QCOMPARE(read.state, from);
    QCOMPARE(read.version, order.version);
    QCOMPARE(storage::AuditLog(t->db()).forEntity(u"order"_s, order.id).size(), audited);

    const auto unknown = repo.advance(4242, to, u"john"_s);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(u"#4242"_s), qPrintable(unknown.error()));
}

void TestOrderRepository::conflictingEditsAreRefused()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::OrderRepository repo(t->db());
    const core::AmenityOrder seen = repo.create(request(f.anna, {{u"Flowers"_s, 1}}), u"maria"_s).value();

    QVERIFY(repo.advance(seen.id, OrderState::Accepted, u"john"_s, seen.version));
    // Maria still looks at the requested order and cancels it.
    const auto refused = repo.advance(seen.id, OrderState::Cancelled, u"maria"_s, seen.version);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"john marked order %1 as accepted"_s.arg(seen.id)), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"reload"_s), qPrintable(refused.error()));
    const core::AmenityOrder read = repo.byId(seen.id).value();
    QCOMPARE(read.state, OrderState::Accepted);
    QCOMPARE(read.version, 2);
    QCOMPARE(read.updatedBy, u"john"_s);
    QCOMPARE(count(t->db(), u"SELECT COUNT(*) FROM audit_log WHERE action = 'order.cancelled'"_s), 0);
}

void TestOrderRepository::conflictFromAnotherDesk()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    auto other = t->openAnother();
    QVERIFY(other);
    storage::OrderRepository here(t->db());
    storage::OrderRepository there(*other);
    const core::AmenityOrder order = here.create(request(f.anna, {{u"Flowers"_s, 1}}), u"maria"_s).value();
    const core::AmenityOrder seenThere = there.byId(order.id).value();
    QVERIFY(here.advance(order.id, OrderState::InProgress, u"maria"_s, order.version));

    const auto refused = there.advance(order.id, OrderState::Accepted, u"john"_s, seenThere.version);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"maria marked order %1 as in progress"_s.arg(order.id)),
             qPrintable(refused.error()));
    QCOMPARE(there.byId(order.id)->state, OrderState::InProgress);
}

void TestOrderRepository::listFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QList<int>>("expected"); // indexes into the orders made below
    // 0: Anna, flowers (concierge), due in 1 h, requested
    // 1: Anna, bath salts (housekeeping), due in 3 h, delivered
    // 2: Kim at the lodge, fruit plate (f&b), due in 2 h, accepted
    // 3: John, beer (f&b), due in 5 h, cancelled
    QTest::newRow("everything") << u""_s << QList<int>{0, 2, 1, 3};
    QTest::newRow("open only") << u"open"_s << QList<int>{0, 2};
    QTest::newRow("department") << u"fnb"_s << QList<int>{2, 3};
    QTest::newRow("property") << u"lodge"_s << QList<int>{2};
    QTest::newRow("guest") << u"anna"_s << QList<int>{0, 1};
    QTest::newRow("due window") << u"window"_s << QList<int>{2, 1};
    QTest::newRow("open food and beverage") << u"open fnb"_s << QList<int>{2};
}

void TestOrderRepository::listFilters()
{
    QFETCH(QString, filter);
    QFETCH(QList<int>, expected);
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::OrderRepository repo(t->db());
    const QDateTime base = QDateTime(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC);
    const auto make = [&](core::Id guest, const QString &item, int hours, OrderState state) {
        storage::OrderRequest r = request(guest, {{item, 1}});
        r.dueAt = base.addSecs(hours * 3600);
        core::AmenityOrder o = repo.create(r, u"maria"_s).value();
        if (state != OrderState::Requested)
            o = repo.advance(o.id, state, u"maria"_s).value();
        return o.id;
    };
    const QList<core::Id> made{make(f.anna, u"Flowers"_s, 1, OrderState::Requested),
                               make(f.anna, u"Bath salts"_s, 3, OrderState::Delivered),
                               make(f.kim, u"Fruit plate"_s, 2, OrderState::Accepted),
                               make(f.john, u"Beer and snacks"_s, 5, OrderState::Cancelled)};

    storage::OrderFilter of;
    if (filter.contains(u"open"_s))
        of.openOnly = true;
    if (filter.contains(u"fnb"_s))
        of.department = Department::FoodAndBeverage;
    if (filter == u"lodge")
        of.propertyId = f.lodge;
    if (filter == u"anna")
        of.guestId = f.anna;
    if (filter == u"window") {
        of.dueFrom = base.addSecs(2 * 3600);
        of.dueTo = base.addSecs(5 * 3600); // exclusive
    }
    QList<core::Id> want;
    for (int i : std::as_const(expected))
        want.append(made.at(i));
    const QList<core::AmenityOrder> listed = repo.list(of);
    QCOMPARE(ids(listed), want);
    for (const core::AmenityOrder &o : listed)
        QCOMPARE(o.lines.size(), 1);
}

void TestOrderRepository::listIsByDueTime()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::OrderRepository repo(t->db());
    const QDateTime due = QDateTime(QDate(2030, 1, 1), QTime(9, 0), Qt::UTC);
    QList<core::Id> made;
    for (int hours : {4, 1, 1, 2}) {
        storage::OrderRequest r = request(f.anna, {{u"Flowers"_s, hours}, {u"Bath salts"_s, 1}});
        r.dueAt = due.addSecs(hours * 3600);
        made.append(repo.create(r, u"maria"_s).value().id);
    }
    const QList<core::AmenityOrder> listed = repo.list();
    QCOMPARE(ids(listed), (QList<core::Id>{made.at(1), made.at(2), made.at(3), made.at(0)}));
    // Every order brings its own lines, in the order they were asked for.
    for (const core::AmenityOrder &o : listed) {
        QCOMPARE(o.lines.size(), 2);
        QCOMPARE(o.lines.at(0).name, u"Flowers"_s);
        QCOMPARE(o.lines.at(1).name, u"Bath salts"_s);
    }
    QCOMPARE(listed.last().lines.at(0).quantity, 4);
}

void TestOrderRepository::forGuestOldestFirst()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::OrderRepository repo(t->db());
    storage::OrderRequest later = request(f.anna, {{u"Flowers"_s, 1}});
    later.dueAt = QDateTime(QDate(2030, 1, 2), QTime(9, 0), Qt::UTC);
    storage::OrderRequest sooner = request(f.anna, {{u"Fruit plate"_s, 1}});
    sooner.dueAt = QDateTime(QDate(2030, 1, 1), QTime(9, 0), Qt::UTC);
    const core::Id first = repo.create(later, u"maria"_s).value().id;
    const core::Id second = repo.create(sooner, u"maria"_s).value().id;
    repo.create(request(f.kim, {{u"Flowers"_s, 1}}), u"maria"_s).value();
    QCOMPARE(ids(repo.forGuest(f.anna)), (QList<core::Id>{first, second}));
    QVERIFY(repo.forGuest(f.lee).isEmpty());
}

void TestOrderRepository::openCountsByStay()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::OrderRepository repo(t->db());
    repo.create(request(f.anna, {{u"Flowers"_s, 1}}), u"maria"_s).value();
    const core::Id accepted = repo.create(request(f.anna, {{u"Fruit plate"_s, 1}}), u"maria"_s).value().id;
    QVERIFY(repo.advance(accepted, OrderState::Accepted, u"maria"_s));
    const core::Id delivered = repo.create(request(f.anna, {{u"Bath salts"_s, 1}}), u"maria"_s).value().id;
    QVERIFY(repo.advance(delivered, OrderState::Delivered, u"maria"_s));
    const core::Id cancelled = repo.create(request(f.kim, {{u"Flowers"_s, 1}}), u"maria"_s).value().id;
    QVERIFY(repo.advance(cancelled, OrderState::Cancelled, u"maria"_s));
    repo.create(request(f.john, {{u"Flowers"_s, 1}}), u"maria"_s).value();

    const QHash<core::Id, int> counts
        = repo.openCountsByStay({f.annasStay, f.kimsStay, f.johnsStay, f.annasStay, 4242});
    QCOMPARE(counts.value(f.annasStay), 2);
    QCOMPARE(counts.value(f.kimsStay), 0);
    QCOMPARE(counts.value(f.johnsStay), 1);
    QCOMPARE(counts.value(4242), 0);
    QVERIFY(repo.openCountsByStay({}).isEmpty());

    // Many stays at once: more than one statement's worth of ids.
    QList<core::Id> many;
    for (core::Id id = 10000; id < 10300; ++id)
        many.append(id);
    many.append(f.johnsStay);
    QCOMPARE(repo.openCountsByStay(many).value(f.johnsStay), 1);
}

QTEST_GUILESS_MAIN(TestOrderRepository)
#include "test_orderrepository.moc"
