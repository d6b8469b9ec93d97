#include "clifixtures.h"
#include "clirunner.h"

#include <storage/auditlog.h>
#include <storage/orderrepository.h>
#include <testdatabase.h>

#include <pdftools.h>

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using tw::test::CliFixtures;
using tw::test::CliResult;
using tw::test::CliRunner;
using tw::test::keysOf;

namespace core = tw::core;
namespace storage = tw::storage;

namespace {

QJsonObject findByName(const QJsonArray &items, const QString &name)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value(u"name"_s).toString() == name)
            return item.toObject();
    }
    return {};
}

QStringList names(const QJsonArray &items)
{
    QStringList result;
    for (const QJsonValue &item : items)
        result.append(item.toObject().value(u"name"_s).toString());
    return result;
}

} // namespace

// "catalog list/add/retire" and "order create/advance/list/slip" as scripts
// use them; slips are read back with poppler's tools.
class TestCliOrders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void starterCatalog();
    void catalogAddAndRetire();
    void catalogAddRefuses_data();
    void catalogAddRefuses();
    void createPrintsTheOrderNumber();
    void createWithoutDueIsDueLater();
    void createMergesTheNote();
    void createRefuses_data();
    void createRefuses();
    void advanceFollowsTheStateMachine();
    void refusedTransitions_data();
    void refusedTransitions();
    void listFilters();
    void slip_data();
    void slip();

private:
    CliResult run(const QStringList &arguments) const { return m_cli->run(arguments); }
    // Creates an order and returns its number, or an empty string.
    QString create(const QStringList &arguments) const;
    QJsonArray orders(const QStringList &filter = {}) const;

    std::unique_ptr<tw::test::TestDatabase> m_db;
    std::unique_ptr<CliRunner> m_cli;
    core::Id m_anna = core::InvalidId; // in house now, room 412
    core::Id m_carl = core::InvalidId; // no stay
};

void TestCliOrders::initTestCase()
{
    const QString missing = PdfTools::missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void TestCliOrders::init()
{
    QString error;
    m_db = tw::test::TestDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    storage::Database &db = m_db->db();
    const core::Id lisbon = CliFixtures::addProperty(db, u"LIS"_s, u"Europe/Lisbon"_s);
    QVERIFY(lisbon);
    m_anna = CliFixtures::addGuest(db, CliFixtures::guest(u"Anna"_s, u"Berg"_s, u"anna@example.com"_s));
    m_carl = CliFixtures::addGuest(db, CliFixtures::guest(u"Carl"_s, u"Olsen"_s, u"carl@example.com"_s));
    QVERIFY(m_anna && m_carl);
    const QDate today = QDate::currentDate();
    QVERIFY(CliFixtures::addStay(db, lisbon, m_anna, u"HV-1"_s, u"412"_s, today.addDays(-1), today.addDays(3),
                                 core::StayStatus::InHouse));
    m_cli = std::make_unique<CliRunner>(m_db->url());
    m_cli->setEnvironment(u"TWEETWORTHY_ACTOR"_s, u"Rita"_s);
}

void TestCliOrders::cleanup()
{
    m_cli.reset();
    m_db.reset();
}

QString TestCliOrders::create(const QStringList &arguments) const
{
    const CliResult result
        = run(QStringList{u"order"_s, u"create"_s, u"--guest"_s, QString::number(m_anna)} + arguments);
    if (result.exitCode != 0 || result.crashed) {
        qWarning().noquote() << result.describe();
        return {};
    }
    return result.out.trimmed();
}

QJsonArray TestCliOrders::orders(const QStringList &filter) const
{
    const CliResult result = run(QStringList{u"order"_s, u"list"_s, u"--json"_s} + filter);
    if (result.exitCode != 0)
        qWarning().noquote() << result.describe();
    return result.json().array();
}

void TestCliOrders::starterCatalog()
{
    const CliResult result = run({u"catalog"_s, u"list"_s, u"--json"_s});
    TW_EXPECT_EXIT(result, 0);
    const QJsonArray items = result.json().array();
    for (const QString &name : {u"Bath salts"_s, u"Wine and strawberries"_s, u"Beer and snacks"_s,
                                u"Signature drinks"_s, u"Fruit plate"_s, u"Flowers"_s}) {
        QVERIFY2(!findByName(items, name).isEmpty(), qPrintable(name));
    }
    const QJsonObject salts = findByName(items, u"Bath salts"_s);
    QCOMPARE(keysOf(salts),
             (QSet<QString>{u"id"_s, u"name"_s, u"department"_s, u"unit_cost"_s, u"unit_cost_cents"_s,
                            u"note_template"_s, u"active"_s}));
    QCOMPARE(salts.value(u"department"_s).toString(), u"housekeeping"_s);
    QCOMPARE(salts.value(u"unit_cost"_s).toString(),
             u"%1.%2"_s.arg(salts.value(u"unit_cost_cents"_s).toInteger() / 100)
                 .arg(salts.value(u"unit_cost_cents"_s).toInteger() % 100, 2, 10, QChar(u'0')));
    QVERIFY(salts.value(u"active"_s).toBool());

    const CliResult human = run({u"catalog"_s, u"list"_s});
    TW_EXPECT_EXIT(human, 0);
    QVERIFY(human.out.contains(u"Wine and strawberries"_s));
    QVERIFY(human.out.contains(u"food_and_beverage"_s));
}

void TestCliOrders::catalogAddAndRetire()
{
    const CliResult added
        = run({u"catalog"_s, u"add"_s, u"Champagne"_s, u"and"_s, u"macarons"_s, u"--department"_s,
               u"food-and-beverage"_s, u"--cost"_s, u"85,50"_s, u"--note"_s, u"Congratulations, {first_name}!"_s});
    TW_EXPECT_EXIT(added, 0);
    QVERIFY2(added.out.contains(u"Champagne and macarons"_s), added.describe().constData());

    QJsonObject item
        = findByName(run({u"catalog"_s, u"list"_s, u"--json"_s}).json().array(), u"Champagne and macarons"_s);
    QCOMPARE(item.value(u"unit_cost_cents"_s).toInteger(), 8550);
    QCOMPARE(item.value(u"unit_cost"_s).toString(), u"85.50"_s);
    QCOMPARE(item.value(u"department"_s).toString(), u"food_and_beverage"_s);
    QCOMPARE(item.value(u"note_template"_s).toString(), u"Congratulations, {first_name}!"_s);
    // The catalog's changes are audited under the staff name.
    const QList<core::AuditEntry> audit
        = storage::AuditLog(m_db->db()).forEntity(u"amenity"_s, item.value(u"id"_s).toInteger());
    QVERIFY(!audit.isEmpty());
    QCOMPARE(audit.constFirst().action, u"amenity.add"_s);
    QCOMPARE(audit.constFirst().actor, u"Rita"_s);

    const QString orderId = create({u"--item"_s, u"champagne and macarons:2"_s});
    QVERIFY(!orderId.isEmpty());

    TW_EXPECT_EXIT(run({u"catalog"_s, u"retire"_s, u"Champagne"_s, u"and"_s, u"macarons"_s}), 0);
    QVERIFY(
        findByName(run({u"catalog"_s, u"list"_s, u"--json"_s}).json().array(), u"Champagne and macarons"_s).isEmpty());
    item = findByName(run({u"catalog"_s, u"list"_s, u"--all"_s, u"--json"_s}).json().array(),
                      u"Champagne and macarons"_s);
    QVERIFY(!item.isEmpty());
    QVERIFY(!item.value(u"active"_s).toBool());

    // Retired: old orders keep it, new ones cannot have it.
    const CliResult refused = run(
        {u"order"_s, u"create"_s, u"--guest"_s, QString::number(m_anna), u"--item"_s, u"Champagne and macarons"_s});
    TW_EXPECT_EXIT(refused, 1);
    QVERIFY2(refused.err.contains(u"Champagne and macarons"_s), refused.describe().constData());
    const QJsonArray all = orders();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).toObject().value(u"cost"_s).toString(), u"171.00"_s);
}

void TestCliOrders::catalogAddRefuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("duplicate name") << QStringList{u"bath SALTS"_s, u"--department"_s, u"housekeeping"_s, u"--cost"_s,
                                                   u"10"_s}
                                    << 1 << u"bath SALTS"_s;
    QTest::newRow("unknown department") << QStringList{u"Spa voucher"_s, u"--department"_s, u"spa"_s, u"--cost"_s,
                                                       u"10"_s}
                                        << 2 << u"housekeeping, food_and_beverage, concierge"_s;
    QTest::newRow("not an amount") << QStringList{u"Spa voucher"_s, u"--department"_s, u"concierge"_s, u"--cost"_s,
                                                  u"ten"_s}
                                   << 2 << u"ten"_s;
    QTest::newRow("negative amount") << QStringList{u"Spa voucher"_s, u"--department"_s, u"concierge"_s, u"--cost"_s,
                                                    u"-5"_s}
                                     << 2 << u"-5"_s;
    QTest::newRow("no cost") << QStringList{u"Spa voucher"_s, u"--department"_s, u"concierge"_s} << 2 << u"--cost"_s;
}

void TestCliOrders::catalogAddRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const qsizetype before = run({u"catalog"_s, u"list"_s, u"--json"_s}).json().array().size();
    const CliResult result = run(QStringList{u"catalog"_s, u"add"_s} + arguments);
    TW_EXPECT_EXIT(result, exitCode);
    QVERIFY2(result.err.contains(message), result.describe().constData());
    QCOMPARE(run({u"catalog"_s, u"list"_s, u"--json"_s}).json().array().size(), before);
}

void TestCliOrders::createPrintsTheOrderNumber()
{
    const CliResult result = run({u"order"_s, u"create"_s, u"--guest"_s, QString::number(m_anna), u"--item"_s,
                                  u"Bath salts"_s, u"--item"_s, u"Fruit plate:2"_s, u"--due"_s,
                                  u"2031-03-02T18:30:00+01:00"_s, u"--note"_s, u"By the tub, please"_s});
    TW_EXPECT_EXIT(result, 0);
    bool isNumber = false;
    const qint64 id = result.out.trimmed().toLongLong(&isNumber);
    QVERIFY2(isNumber && id > 0, result.describe().constData());
    QCOMPARE(result.out, QString::number(id) + u'\n');

    const QJsonArray list = orders();
    QCOMPARE(list.size(), 1);
    const QJsonObject order = list.at(0).toObject();
    QCOMPARE(
        keysOf(order),
        (QSet<QString>{u"id"_s, u"guest_id"_s, u"guest_name"_s, u"stay_id"_s, u"property"_s, u"room"_s, u"department"_s,
                       u"items"_s, u"cost"_s, u"cost_cents"_s, u"due_at"_s, u"overdue"_s, u"note"_s, u"card_id"_s,
                       u"state"_s, u"created_at"_s, u"created_by"_s, u"updated_at"_s, u"updated_by"_s}));
    QCOMPARE(order.value(u"id"_s).toInteger(), id);
    QCOMPARE(order.value(u"guest_id"_s).toInteger(), m_anna);
    QCOMPARE(order.value(u"guest_name"_s).toString(), u"Anna Berg"_s);
    QCOMPARE(order.value(u"property"_s).toString(), u"LIS"_s);
    QCOMPARE(order.value(u"room"_s).toString(), u"412"_s);
    // The first item's department when none is given.
    QCOMPARE(order.value(u"department"_s).toString(), u"housekeeping"_s);
    QCOMPARE(order.value(u"due_at"_s).toString(), u"2031-03-02T17:30:00Z"_s);
    QCOMPARE(order.value(u"overdue"_s).toBool(), false);
    QCOMPARE(order.value(u"note"_s).toString(), u"By the tub, please"_s);
    QVERIFY(order.value(u"card_id"_s).isNull());
    QCOMPARE(order.value(u"state"_s).toString(), u"requested"_s);
    QCOMPARE(order.value(u"created_by"_s).toString(), u"Rita"_s);
    const QJsonArray items = order.value(u"items"_s).toArray();
    QCOMPARE(names(items), (QStringList{u"Bath salts"_s, u"Fruit plate"_s}));
    QCOMPARE(items.at(1).toObject().value(u"quantity"_s).toInt(), 2);
    const qint64 expected = items.at(0).toObject().value(u"unit_cost_cents"_s).toInteger()
        + 2 * items.at(1).toObject().value(u"unit_cost_cents"_s).toInteger();
    QCOMPARE(order.value(u"cost_cents"_s).toInteger(), expected);

    // On the guest's timeline with the staff name and the cost.
    const QList<core::AuditEntry> audit = storage::AuditLog(m_db->db()).forGuest(m_anna);
    const auto created = std::find_if(audit.begin(), audit.end(),
                                      [](const core::AuditEntry &entry) { return entry.action == u"order.create"_s; });
    QVERIFY(created != audit.end());
    QCOMPARE(created->actor, u"Rita"_s);
    QVERIFY2(created->detail.contains(order.value(u"cost"_s).toString()), qPrintable(created->detail));

    // The department may be named, and the note defaults to the item's.
    const QString second = create({u"--item"_s, u"Flowers"_s, u"--department"_s, u"housekeeping"_s});
    QVERIFY(!second.isEmpty());
    const QJsonArray both = orders();
    QCOMPARE(both.size(), 2);
    const auto flowers = std::find_if(both.begin(), both.end(), [&second](const QJsonValue &value) {
        return QString::number(value.toObject().value(u"id"_s).toInteger()) == second;
    });
    QVERIFY(flowers != both.end());
    QCOMPARE(flowers->toObject().value(u"department"_s).toString(), u"housekeeping"_s);
    QVERIFY(!flowers->toObject().value(u"note"_s).toString().isEmpty());
    QVERIFY(!flowers->toObject().value(u"note"_s).toString().contains(u'{'));
}

void TestCliOrders::createWithoutDueIsDueLater()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString id = create({u"--item"_s, u"Flowers"_s});
    QVERIFY(!id.isEmpty());
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    const QJsonArray list = orders();
    QCOMPARE(list.size(), 1);
    const QJsonObject order = list.at(0).toObject();
    const QDateTime due = QDateTime::fromString(order.value(u"due_at"_s).toString(), Qt::ISODate);
    QVERIFY2(due.isValid(), qPrintable(order.value(u"due_at"_s).toString()));
    const qint64 lead = qint64(storage::OrderRepository::DefaultLeadMinutes) * 60;
    // Whole seconds on the wire.
    QVERIFY2(due >= before.addSecs(lead - 1) && due <= after.addSecs(lead),
             qPrintable(order.value(u"due_at"_s).toString()));
    QCOMPARE(order.value(u"overdue"_s).toBool(), false);

    const CliResult help = run({u"order"_s, u"create"_s, u"--help"_s});
    TW_EXPECT_EXIT(help, 0);
    QVERIFY2(help.out.simplified().contains(u"default: 30 minutes from now"_s), help.describe().constData());
}

void TestCliOrders::createMergesTheNote()
{
    const QString id = create({u"--item"_s, u"Flowers"_s, u"--note"_s, u"For {first_name} in {room}"_s});
    QVERIFY(!id.isEmpty());
    const QJsonArray list = orders();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(u"note"_s).toString(), u"For Anna in 412"_s);
}

void TestCliOrders::createRefuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown item") << QStringList{u"--item"_s, u"Bath salts"_s, u"--item"_s, u"Caviar"_s} << 1
                                  << u"Caviar"_s;
    QTest::newRow("no item") << QStringList{} << 2 << u"--item"_s;
    QTest::newRow("quantity zero") << QStringList{u"--item"_s, u"Flowers:0"_s} << 2 << u"Flowers:0"_s;
    QTest::newRow("negative quantity") << QStringList{u"--item"_s, u"Flowers:-2"_s} << 2 << u"Flowers:-2"_s;
    QTest::newRow("quantity above the most") << QStringList{u"--item"_s, u"Flowers:1000"_s} << 2 << u"from 1 to 999"_s;
    QTest::newRow("quantity beyond a number")
        << QStringList{u"--item"_s, u"Flowers:99999999999"_s} << 2 << u"Flowers:99999999999"_s;
    QTest::newRow("same item past the most")
        << QStringList{u"--item"_s, u"Flowers:600"_s, u"--item"_s, u"flowers:600"_s} << 1
        << u"\"Flowers\" is ordered 1200 times"_s;
    QTest::newRow("note with an unknown field")
        << QStringList{u"--item"_s, u"Flowers"_s, u"--note"_s, u"For {nickname}"_s} << 1 << u"{nickname}"_s;
    QTest::newRow("due without offset") << QStringList{u"--item"_s, u"Flowers"_s, u"--due"_s, u"2031-03-02T18:30"_s}
                                        << 2 << u"2031-03-02T18:30"_s;
    QTest::newRow("unknown department") << QStringList{u"--item"_s, u"Flowers"_s, u"--department"_s, u"spa"_s} << 2
                                        << u"spa"_s;
    QTest::newRow("guest without a stay")
        << QStringList{u"--item"_s, u"Flowers"_s, u"--guest"_s, u"CARL"_s} << 1 << QString();
    QTest::newRow("unknown guest") << QStringList{u"--item"_s, u"Flowers"_s, u"--guest"_s, u"999999"_s} << 1
                                   << u"999999"_s;
}

void TestCliOrders::createRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const qsizetype guest = arguments.indexOf(u"CARL"_s);
    if (guest >= 0)
        arguments[guest] = QString::number(m_carl);
    QStringList command{u"order"_s, u"create"_s};
    if (!arguments.contains(u"--guest"_s))
        command += QStringList{u"--guest"_s, QString::number(m_anna)};
    const CliResult result = run(command + arguments);
    TW_EXPECT_EXIT(result, exitCode);
    QVERIFY2(result.err.contains(message), result.describe().constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(orders().size(), 0);
}

void TestCliOrders::advanceFollowsTheStateMachine()
{
    const QString id = create({u"--item"_s, u"Beer and snacks"_s});
    QVERIFY(!id.isEmpty());
    for (const auto &[typed, key] :
         {std::pair{u"accepted"_s, u"accepted"_s}, std::pair{u"In-Progress"_s, u"in_progress"_s},
          std::pair{u"delivered"_s, u"delivered"_s}}) {
        const CliResult result = run({u"--actor"_s, u"Joao"_s, u"order"_s, u"advance"_s, id, typed});
        TW_EXPECT_EXIT(result, 0);
        QCOMPARE(orders().at(0).toObject().value(u"state"_s).toString(), key);
    }
    const QJsonObject order = orders().at(0).toObject();
    QCOMPARE(order.value(u"updated_by"_s).toString(), u"Joao"_s);

    // Each change is on the timeline, by whom.
    const QList<core::AuditEntry> audit = storage::AuditLog(m_db->db()).forGuest(m_anna);
    QStringList actions;
    for (const core::AuditEntry &entry : audit) {
        if (entry.action.startsWith(u"order."_s)) {
            actions.append(entry.action);
            if (entry.action != u"order.create"_s)
                QCOMPARE(entry.actor, u"Joao"_s);
        }
    }
    QCOMPARE(actions,
             (QStringList{u"order.create"_s, u"order.accepted"_s, u"order.in_progress"_s, u"order.delivered"_s}));

    // Skipping ahead is allowed; so is cancelling an open order.
    const QString skip = create({u"--item"_s, u"Flowers"_s});
    TW_EXPECT_EXIT(run({u"order"_s, u"advance"_s, skip, u"delivered"_s}), 0);
    const QString cancel = create({u"--item"_s, u"Flowers"_s});
    TW_EXPECT_EXIT(run({u"order"_s, u"advance"_s, cancel, u"accepted"_s}), 0);
    TW_EXPECT_EXIT(run({u"order"_s, u"advance"_s, cancel, u"canceled"_s}), 0);
    const QJsonArray all = orders();
    QCOMPARE(all.size(), 3);
}

void TestCliOrders::refusedTransitions_data()
{
    QTest::addColumn<QStringList>("path"); // states to reach first
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("delivered is final") << QStringList{u"delivered"_s} << u"accepted"_s << 1 << u"delivered"_s;
    QTest::newRow("delivered cannot be cancelled")
        << QStringList{u"delivered"_s} << u"cancelled"_s << 1 << u"delivered"_s;
    QTest::newRow("cancelled is final") << QStringList{u"cancelled"_s} << u"in_progress"_s << 1 << u"cancelled"_s;
    QTest::newRow("never back") << QStringList{u"in_progress"_s} << u"accepted"_s << 1 << u"in progress"_s;
    QTest::newRow("unknown state") << QStringList{} << u"lost"_s << 2 << u"lost"_s;
}

void TestCliOrders::refusedTransitions()
{
    QFETCH(QStringList, path);
    QFETCH(QString, target);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString id = create({u"--item"_s, u"Flowers"_s});
    QVERIFY(!id.isEmpty());
    for (const QString &state : std::as_const(path))
        TW_EXPECT_EXIT(run({u"order"_s, u"advance"_s, id, state}), 0);
    const QString before = orders().at(0).toObject().value(u"state"_s).toString();

    const CliResult result = run({u"order"_s, u"advance"_s, id, target});
    TW_EXPECT_EXIT(result, exitCode);
    QVERIFY2(result.err.contains(message, Qt::CaseInsensitive), result.describe().constData());
    if (exitCode == 1)
        QVERIFY2(result.err.contains(id), result.describe().constData());
    QCOMPARE(orders().at(0).toObject().value(u"state"_s).toString(), before);

    TW_EXPECT_EXIT(run({u"order"_s, u"advance"_s, u"999999"_s, u"accepted"_s}), 1);
}

void TestCliOrders::listFilters()
{
    const QString past = create({u"--item"_s, u"Bath salts"_s, u"--due"_s, u"2020-01-01T10:00:00Z"_s});
    const QString future = create({u"--item"_s, u"Wine and strawberries"_s, u"--due"_s, u"2040-01-01T10:00:00Z"_s});
    const QString done = create({u"--item"_s, u"Flowers"_s, u"--due"_s, u"2020-01-02T10:00:00Z"_s});
    QVERIFY(!past.isEmpty() && !future.isEmpty() && !done.isEmpty());
    TW_EXPECT_EXIT(run({u"order"_s, u"advance"_s, done, u"delivered"_s}), 0);

    const auto ids = [](const QJsonArray &list) {
        QStringList result;
        for (const QJsonValue &value : list)
            result.append(QString::number(value.toObject().value(u"id"_s).toInteger()));
        return result;
    };
    // By due time.
    const QJsonArray all = orders();
    QCOMPARE(ids(all), (QStringList{past, done, future}));
    QCOMPARE(all.at(0).toObject().value(u"overdue"_s).toBool(), true);
    QCOMPARE(all.at(1).toObject().value(u"overdue"_s).toBool(), false); // delivered
    QCOMPARE(all.at(2).toObject().value(u"overdue"_s).toBool(), false);

    QCOMPARE(ids(orders({u"--open"_s})), (QStringList{past, future}));
    QCOMPARE(ids(orders({u"--department"_s, u"food_and_beverage"_s})), (QStringList{future}));
    QCOMPARE(ids(orders({u"--open"_s, u"--department"_s, u"concierge"_s})), QStringList{});
    QCOMPARE(ids(orders({u"--guest"_s, QString::number(m_carl)})), QStringList{});
    TW_EXPECT_EXIT(run({u"order"_s, u"list"_s, u"--department"_s, u"spa"_s}), 2);

    const CliResult human = run({u"order"_s, u"list"_s, u"--open"_s});
    TW_EXPECT_EXIT(human, 0);
    QVERIFY(human.out.contains(u"Wine and strawberries"_s));
    QVERIFY(human.out.contains(u"overdue"_s));
    QVERIFY(!human.out.contains(u"Flowers"_s));
}

void TestCliOrders::slip_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<double>("width"); // points

    QTest::newRow("a6") << u"a6"_s << 297.6;
    QTest::newRow("receipt-80mm") << u"receipt-80mm"_s << 226.8;
}

void TestCliOrders::slip()
{
    QFETCH(QString, format);
    QFETCH(double, width);
    const QString id = create({u"--item"_s, u"Wine and strawberries"_s, u"--item"_s, u"Fruit plate:2"_s, u"--note"_s,
                               u"Happy anniversary from all of us"_s, u"--due"_s, u"2031-03-02T18:30:00Z"_s});
    QVERIFY(!id.isEmpty());
    const QString pdf = m_cli->filePath(u"slip.pdf"_s);

    const CliResult result = run({u"order"_s, u"slip"_s, id, u"--format"_s, format, u"--out"_s, pdf});
    TW_EXPECT_EXIT(result, 0);
    QCOMPARE(PdfTools::pageCount(pdf), 1);
    const QSizeF size = PdfTools::pageSize(pdf, 1);
    QVERIFY2(qAbs(size.width() - width) <= 1.0, qPrintable(QString::number(size.width())));
    const QString words = PdfTools::words(pdf);
    for (const QString &expected : {id, u"412"_s, u"Anna Berg"_s, u"Wine and strawberries"_s, u"2 × Fruit plate"_s,
                                    u"Happy anniversary from all of us"_s}) {
        QVERIFY2(words.contains(expected), qPrintable(expected + u" in: "_s + words));
    }
    // 18:30 UTC is 18:30 in Lisbon in March (before summer time).
    QVERIFY2(words.contains(u"18:30"_s), qPrintable(words));
    const QList<PdfTools::Font> fonts = PdfTools::fonts(pdf);
    QVERIFY(!fonts.isEmpty());
    for (const PdfTools::Font &font : fonts)
        QVERIFY2(font.embedded, qPrintable(font.name));

    const QString other = m_cli->filePath(u"other.pdf"_s);
    TW_EXPECT_EXIT(run({u"order"_s, u"slip"_s, id, u"--format"_s, u"a5"_s, u"--out"_s, other}), 2);
    TW_EXPECT_EXIT(run({u"order"_s, u"slip"_s, u"999999"_s, u"--format"_s, format, u"--out"_s, other}), 1);
    QVERIFY(!QFile::exists(other));
}

QTEST_GUILESS_MAIN(TestCliOrders)
#include "test_cli_orders.moc"
