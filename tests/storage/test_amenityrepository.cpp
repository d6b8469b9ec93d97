#include <storage/amenityrepository.h>
#include <storage/auditlog.h>
#include <storage/changenotifier.h>
#include <storage/database.h>

#include <testdatabase.h>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using core::Department;

Q_DECLARE_METATYPE(tw::core::Department)

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

core::Amenity item(const QString &name, Department department, qint64 cents, const QString &note = {})
{
    core::Amenity a;
    a.name = name;
    a.department = department;
    a.unitCostCents = cents;
    a.noteTemplate = note;
    return a;
}

QStringList names(const QList<core::Amenity> &list)
{
    QStringList out;
    for (const core::Amenity &a : list)
        out.append(a.name);
    return out;
}

qint64 auditRows(storage::Database &db, const QString &action)
{
    storage::PreparedQuery q = db.prepare(u"SELECT COUNT(*) FROM audit_log WHERE action = ?"_s);
    q.bind(action);
    return q.scalar().value_or(QVariant(-1)).toLongLong();
}

} // namespace

class TestAmenityRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void starterCatalog_data();
    void starterCatalog();
    void starterCatalogIsSortedByName();
    void add();
    void addRefused_data();
    void addRefused();
    void byNameIsLenient_data();
    void byNameIsLenient();
    void update();
    void updateWithoutChangeWritesNothing();
    void renameToDuplicateIsRefused();
    void updateUnknown();
    void retire();
    void offerRetiredItemAgain();
    void versionCountsChanges();
    void concurrentEditIsRefused();
    void retireAfterAnEditIsRefused();
};

void TestAmenityRepository::starterCatalog_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Department>("department");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("bath salts") << u"Bath salts"_s << Department::Housekeeping << qint64(1800);
    QTest::newRow("wine and strawberries") << u"Wine and strawberries"_s << Department::FoodAndBeverage << qint64(5800);
    QTest::newRow("beer and snacks") << u"Beer and snacks"_s << Department::FoodAndBeverage << qint64(2400);
    QTest::newRow("signature drinks") << u"Signature drinks"_s << Department::FoodAndBeverage << qint64(3200);
    QTest::newRow("fruit plate") << u"Fruit plate"_s << Department::FoodAndBeverage << qint64(1600);
    QTest::newRow("flowers") << u"Flowers"_s << Department::Concierge << qint64(4500);
}

void TestAmenityRepository::starterCatalog()
{
    QFETCH(QString, name);
    QFETCH(Department, department);
    QFETCH(qint64, cents);
    TW_TEST_DATABASE(t);
    const auto found = storage::AmenityRepository(t->db()).byName(name);
    QVERIFY(found);
    QCOMPARE(found->name, name);
    QCOMPARE(found->department, department);
    QCOMPARE(found->unitCostCents, cents);
    QVERIFY(found->active);
    QVERIFY(!found->noteTemplate.isEmpty());
}

void TestAmenityRepository::starterCatalogIsSortedByName()
{
    TW_TEST_DATABASE(t);
    QCOMPARE(names(storage::AmenityRepository(t->db()).all()),
             (QStringList{u"Bath salts"_s, u"Beer and snacks"_s, u"Flowers"_s, u"Fruit plate"_s, u"Signature drinks"_s,
                          u"Wine and strawberries"_s}));
}

void TestAmenityRepository::add()
{
    TW_TEST_DATABASE(t);
    storage::ChangeNotifier notifier(t->db());
    QSignalSpy spy(&notifier, &storage::ChangeNotifier::changed);
    storage::AmenityRepository repo(t->db());
    const auto added = repo.add(
        item(u"  Chocolate   truffles "_s, Department::FoodAndBeverage, 1250, u" Sweet dreams, {first_name}. "_s),
        u"maria"_s);
    QVERIFY2(added, qPrintable(added.error()));
    QVERIFY(added->id != core::InvalidId);
    QCOMPARE(added->name, u"Chocolate truffles"_s);
    QCOMPARE(added->noteTemplate, u"Sweet dreams, {first_name}."_s);

    const auto read = repo.byId(added->id);
    QVERIFY(read);
    QCOMPARE(read->name, u"Chocolate truffles"_s);
    QCOMPARE(read->department, Department::FoodAndBeverage);
    QCOMPARE(read->unitCostCents, qint64(1250));
    QVERIFY(read->active);
    QVERIFY(names(repo.all()).contains(u"Chocolate truffles"_s));

    const QList<core::AuditEntry> audit = storage::AuditLog(t->db()).forEntity(u"amenity"_s, added->id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, u"amenity.add"_s);
    QCOMPARE(audit.first().actor, u"maria"_s);
    QCOMPARE(audit.first().guestId, core::InvalidId);
    QCOMPARE(audit.first().detail, u"Chocolate truffles, food_and_beverage, 12.50"_s);
    QVERIFY(waitFor(spy, u"amenities"_s, added->id));
}

void TestAmenityRepository::addRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<bool>("retireFirst"); // retire "Flowers" before adding
    QTest::addColumn<QString>("message");
    QTest::newRow("no name") << u" "_s << qint64(100) << false << u"needs a name"_s;
    QTest::newRow("name too long") << QString(81, u'x') << qint64(100) << false << u"at most 80"_s;
    QTest::newRow("negative cost") << u"Refund"_s << qint64(-1) << false << u"less than nothing"_s;
    QTest::newRow("duplicate") << u"Flowers"_s << qint64(100) << false << u"already has \"Flowers\""_s;
    QTest::newRow("duplicate, other case and spaces")
        << u" bath   SALTS"_s << qint64(100) << false << u"already has \"Bath salts\""_s;
    QTest::newRow("duplicate of a retired item") << u"flowers"_s << qint64(100) << true << u"retired"_s;
}

void TestAmenityRepository::addRefused()
{
    QFETCH(QString, name);
    QFETCH(qint64, cents);
    QFETCH(bool, retireFirst);
    QFETCH(QString, message);
    TW_TEST_DATABASE(t);
    storage::AmenityRepository repo(t->db());
    if (retireFirst)
        QVERIFY(repo.retire(repo.byName(u"Flowers"_s)->id, u"maria"_s));
    const auto added = repo.add(item(name, Department::Concierge, cents), u"maria"_s);
    QVERIFY(!added);
    QVERIFY2(added.error().contains(message), qPrintable(added.error()));
    QCOMPARE(repo.all(true).size(), 6);
    QCOMPARE(auditRows(t->db(), u"amenity.add"_s), 0);
}

void TestAmenityRepository::byNameIsLenient_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("found");
    QTest::newRow("exact") << u"Fruit plate"_s << u"Fruit plate"_s;
    QTest::newRow("lower case") << u"fruit plate"_s << u"Fruit plate"_s;
    QTest::newRow("spaces") << u"  FRUIT   plate "_s << u"Fruit plate"_s;
    QTest::newRow("unknown") << u"Champagne"_s << QString();
    QTest::newRow("empty") << u" "_s << QString();
}

void TestAmenityRepository::byNameIsLenient()
{
    QFETCH(QString, typed);
    QFETCH(QString, found);
    TW_TEST_DATABASE(t);
    const auto hit = storage::AmenityRepository(t->db()).byName(typed);
    QCOMPARE(hit ? hit->name : QString(), found);
}

void TestAmenityRepository::update()
{
    TW_TEST_DATABASE(t);
    storage::AmenityRepository repo(t->db());
    core::Amenity salts = repo.byName(u"Bath salts"_s).value();
    salts.unitCostCents = 2000;
    salts.department = Department::Concierge;
    const auto updated = repo.update(salts, u"john"_s);
    QVERIFY2(updated, qPrintable(updated.error()));
    const core::Amenity read = repo.byId(salts.id).value();
    QCOMPARE(read.unitCostCents, qint64(2000));
    QCOMPARE(read.department, Department::Concierge);

    const QList<core::AuditEntry> audit = storage::AuditLog(t->db()).forEntity(u"amenity"_s, salts.id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, u"amenity.update"_s);
    QCOMPARE(audit.first().actor, u"john"_s);
    QVERIFY2(audit.first().detail.contains(u"cost 18.00 -> 20.00"_s), qPrintable(audit.first().detail));
    QVERIFY2(audit.first().detail.contains(u"department housekeeping -> concierge"_s),
             qPrintable(audit.first().detail));
}

void TestAmenityRepository::updateWithoutChangeWritesNothing()
{
    TW_TEST_DATABASE(t);
    storage::AmenityRepository repo(t->db());
    const core::Amenity flowers = repo.byName(u"Flowers"_s).value();
    QVERIFY(repo.update(flowers, u"john"_s));
    QVERIFY(storage::AuditLog(t->db()).forEntity(u"amenity"_s, flowers.id).isEmpty());
}

void TestAmenityRepository::renameToDuplicateIsRefused()
{
    TW_TEST_DATABASE(t);
    storage::AmenityRepository repo(t->db());
    core::Amenity flowers = repo.byName(u"Flowers"_s).value();
    flowers.name = u"fruit PLATE"_s;
    const auto refused = repo.update(flowers, u"john"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"\"Fruit plate\""_s), qPrintable(refused.error()));
    QCOMPARE(repo.byId(flowers.id)->name, u"Flowers"_s);

    // A change of case only is the same item.
    flowers.name = u"FLOWERS"_s;
    const auto recased = repo.update(flowers, u"john"_s);
    QVERIFY2(recased, qPrintable(recased.error()));
    QCOMPARE(repo.byId(flowers.id)->name, u"FLOWERS"_s);
}

void TestAmenityRepository::updateUnknown()
{
    TW_TEST_DATABASE(t);
    core::Amenity ghost = item(u"Ghost"_s, Department::Concierge, 100);
    ghost.id = 4242;
    const auto refused = storage::AmenityRepository(t->db()).update(ghost, u"john"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"#4242"_s), qPrintable(refused.error()));
}

void TestAmenityRepository::retire()
{
    TW_TEST_DATABASE(t);
    storage::ChangeNotifier notifier(t->db());
    QSignalSpy spy(&notifier, &storage::ChangeNotifier::changed);
    storage::AmenityRepository repo(t->db());
    const core::Amenity beer = repo.byName(u"Beer and snacks"_s).value();
    QVERIFY(repo.retire(beer.id, u"maria"_s));
    QVERIFY(!names(repo.all()).contains(beer.name));
    QVERIFY(names(repo.all(true)).contains(beer.name));
    const auto found = repo.byName(u"beer and snacks"_s);
    QVERIFY(found);
    QVERIFY(!found->active);
    QVERIFY(waitFor(spy, u"amenities"_s, beer.id));

    QVERIFY(repo.retire(beer.id, u"maria"_s)); // again: nothing to do
    const QList<core::AuditEntry> audit = storage::AuditLog(t->db()).forEntity(u"amenity"_s, beer.id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, u"amenity.retire"_s);
    QCOMPARE(audit.first().actor, u"maria"_s);
    QVERIFY(audit.first().detail.contains(u"Beer and snacks"_s));

    const auto unknown = repo.retire(4242, u"maria"_s);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(u"#4242"_s), qPrintable(unknown.error()));
}

void TestAmenityRepository::offerRetiredItemAgain()
{
    TW_TEST_DATABASE(t);
    storage::AmenityRepository repo(t->db());
    core::Amenity fruit = repo.byName(u"Fruit plate"_s).value();
    QVERIFY(repo.retire(fruit.id, u"maria"_s));
    fruit = repo.byId(fruit.id).value(); // retiring changed it
    fruit.active = true;
    const auto back = repo.update(fruit, u"john"_s);
    QVERIFY2(back, qPrintable(back.error()));
    QVERIFY(repo.byId(fruit.id)->active);
    QVERIFY(names(repo.all()).contains(u"Fruit plate"_s));
    const QList<core::AuditEntry> audit = storage::AuditLog(t->db()).forEntity(u"amenity"_s, fruit.id);
    QCOMPARE(audit.size(), 2);
    QVERIFY2(audit.last().detail.contains(u"offered again"_s), qPrintable(audit.last().detail));
}

void TestAmenityRepository::versionCountsChanges()
{
    TW_TEST_DATABASE(t);
    storage::AmenityRepository repo(t->db());
    core::Amenity flowers = repo.byName(u"Flowers"_s).value();
    QCOMPARE(flowers.version, 1);
    const auto added = repo.add(item(u"Chocolates"_s, Department::FoodAndBeverage, 900), u"john"_s);
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(added->version, 1);
    QCOMPARE(repo.byId(added->id)->version, 1);

    flowers.unitCostCents = 5000;
    const auto updated = repo.update(flowers, u"john"_s);
    QVERIFY2(updated, qPrintable(updated.error()));
    QCOMPARE(updated->version, 2);
    QCOMPARE(repo.byId(flowers.id)->version, 2);
    // Unchanged: nothing written, the version stays.
    QCOMPARE(repo.update(*updated, u"john"_s)->version, 2);
    QVERIFY(repo.retire(flowers.id, u"john"_s, 2));
    QCOMPARE(repo.byId(flowers.id)->version, 3);
}

void TestAmenityRepository::concurrentEditIsRefused()
{
    TW_TEST_DATABASE(t);
    storage::AmenityRepository repo(t->db());
    // Two desks open the same item.
    core::Amenity atFrontDesk = repo.byName(u"Flowers"_s).value();
    core::Amenity atConcierge = atFrontDesk;
    atFrontDesk.unitCostCents = 5200;
    QVERIFY(repo.update(atFrontDesk, u"maria"_s));

    atConcierge.noteTemplate = u"Roses from the market."_s;
    const auto refused = repo.update(atConcierge, u"john"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"maria changed the catalog item \"Flowers\""_s), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"reload"_s), qPrintable(refused.error()));
    const core::Amenity stored = repo.byId(atConcierge.id).value();
    QCOMPARE(stored.unitCostCents, qint64(5200));
    QVERIFY(stored.noteTemplate != atConcierge.noteTemplate);
    QCOMPARE(storage::AuditLog(t->db()).forEntity(u"amenity"_s, stored.id).size(), 1);

    // Re-read, the change goes through.
    core::Amenity again = stored;
    again.noteTemplate = atConcierge.noteTemplate;
    const auto saved = repo.update(again, u"john"_s);
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(repo.byId(again.id)->noteTemplate, atConcierge.noteTemplate);
}

void TestAmenityRepository::retireAfterAnEditIsRefused()
{
    TW_TEST_DATABASE(t);
    storage::AmenityRepository repo(t->db());
    const core::Amenity read = repo.byName(u"Fruit plate"_s).value();
    core::Amenity edited = read;
    edited.unitCostCents = 1700;
    QVERIFY(repo.update(edited, u"maria"_s));

    const auto refused = repo.retire(read.id, u"john"_s, read.version);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"maria changed the catalog item \"Fruit plate\""_s),
             qPrintable(refused.error()));
    QVERIFY(repo.byId(read.id)->active);
    // The command line retires whatever is stored.
    QVERIFY(repo.retire(read.id, u"john"_s));
    QVERIFY(!repo.byId(read.id)->active);
}

QTEST_GUILESS_MAIN(TestAmenityRepository)
#include "test_amenityrepository.moc"
