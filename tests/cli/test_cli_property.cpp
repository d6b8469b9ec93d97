#include "clirunner.h"

#include <testdatabase.h>

#include <storage/propertyrepository.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::test::CliResult;
using tw::test::CliRunner;
using tw::test::keysOf;

// "property add" and "property list": what is stored, the JSON shape and the
// human table.
class TestCliProperty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addStoresTheProperty();
    void addWithDefaultTimes();
    void listJson();
    void listHumanIsAligned();
    void listEmpty();
    void duplicateCodeFails();
};

namespace {

const QSet<QString> PropertyKeys{u"id"_s, u"code"_s, u"name"_s, u"time_zone"_s, u"check_in"_s, u"check_out"_s};

QStringList addLisbon()
{
    return {u"property"_s,    u"add"_s,           u"LIS"_s,        u"--name"_s, u"Hotel Tejo Lisboa"_s,
            u"--time-zone"_s, u"Europe/Lisbon"_s, u"--check-in"_s, u"14:00"_s,  u"--check-out"_s,
            u"12:00"_s};
}

} // namespace

void TestCliProperty::addStoresTheProperty()
{
    TW_TEST_DATABASE(t);
    const CliResult result = CliRunner(t->url()).run(addLisbon());
    TW_EXPECT_EXIT(result, 0);
    QVERIFY2(result.out.contains("LIS"_L1), result.describe().constData());

    const auto stored = tw::storage::PropertyRepository(t->db()).byCode(u"LIS"_s);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"Hotel Tejo Lisboa"_s);
    QCOMPARE(stored->timeZone, u"Europe/Lisbon"_s);
    QCOMPARE(stored->checkIn, QTime(14, 0));
    QCOMPARE(stored->checkOut, QTime(12, 0));
}

void TestCliProperty::addWithDefaultTimes()
{
    TW_TEST_DATABASE(t);
    const CliResult result = CliRunner(t->url()).run({u"property"_s, u"add"_s, u"NYC"_s, u"--name"_s, u"Hudson House"_s,
                                                      u"--time-zone"_s, u"America/New_York"_s, u"--json"_s});
    TW_EXPECT_EXIT(result, 0);
    const QJsonObject object = result.json().object();
    QCOMPARE(keysOf(object), PropertyKeys);
    QCOMPARE(object.value(u"code"_s).toString(), u"NYC"_s);
    QCOMPARE(object.value(u"check_in"_s).toString(), u"15:00"_s);
    QCOMPARE(object.value(u"check_out"_s).toString(), u"11:00"_s);
    QVERIFY(object.value(u"id"_s).toInteger() > 0);
}

void TestCliProperty::listJson()
{
    TW_TEST_DATABASE(t);
    const CliRunner cli(t->url());
    TW_EXPECT_EXIT(cli.run(addLisbon()), 0);
    TW_EXPECT_EXIT(cli.run({u"property"_s, u"add"_s, u"NYC"_s, u"--name"_s, u"Hudson House"_s, u"--time-zone"_s,
                            u"America/New_York"_s, u"--check-in=16:00"_s}),
                   0);

    const CliResult result = cli.run({u"property"_s, u"list"_s, u"--json"_s});
    TW_EXPECT_EXIT(result, 0);
    QVERIFY(result.json().isArray());
    const QJsonArray array = result.json().array();
    QCOMPARE(array.size(), 2);
    QHash<QString, QJsonObject> byCode;
    for (const auto &value : array) {
        QCOMPARE(keysOf(value.toObject()), PropertyKeys);
        byCode.insert(value.toObject().value(u"code"_s).toString(), value.toObject());
    }
    QCOMPARE(byCode.value(u"LIS"_s).value(u"name"_s).toString(), u"Hotel Tejo Lisboa"_s);
    QCOMPARE(byCode.value(u"LIS"_s).value(u"time_zone"_s).toString(), u"Europe/Lisbon"_s);
    QCOMPARE(byCode.value(u"LIS"_s).value(u"check_in"_s).toString(), u"14:00"_s);
    QCOMPARE(byCode.value(u"LIS"_s).value(u"check_out"_s).toString(), u"12:00"_s);
    QCOMPARE(byCode.value(u"NYC"_s).value(u"time_zone"_s).toString(), u"America/New_York"_s);
    QCOMPARE(byCode.value(u"NYC"_s).value(u"check_in"_s).toString(), u"16:00"_s);
}

void TestCliProperty::listHumanIsAligned()
{
    TW_TEST_DATABASE(t);
    const CliRunner cli(t->url());
    TW_EXPECT_EXIT(cli.run(addLisbon()), 0);
    TW_EXPECT_EXIT(cli.run({u"property"_s, u"add"_s, u"N"_s, u"--name"_s, u"Tiny"_s, u"--time-zone"_s, u"UTC"_s}), 0);

    const CliResult result = cli.run({u"property"_s, u"list"_s});
    TW_EXPECT_EXIT(result, 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("CODE"_L1));
    // Every row starts its time zone column where the header's does.
    const qsizetype column = lines.at(0).indexOf("TIME ZONE"_L1);
    QVERIFY(column > 0);
    QVERIFY(lines.at(1).mid(column).startsWith("Europe/Lisbon"_L1)
            || lines.at(2).mid(column).startsWith("Europe/Lisbon"_L1));
    QVERIFY(lines.at(1).mid(column).startsWith("UTC"_L1) || lines.at(2).mid(column).startsWith("UTC"_L1));
}

void TestCliProperty::listEmpty()
{
    TW_TEST_DATABASE(t);
    const CliResult result = CliRunner(t->url()).run({u"property"_s, u"list"_s, u"--json"_s});
    TW_EXPECT_EXIT(result, 0);
    QVERIFY(result.json().isArray());
    QCOMPARE(result.json().array().size(), 0);
}

void TestCliProperty::duplicateCodeFails()
{
    TW_TEST_DATABASE(t);
    const CliRunner cli(t->url());
    TW_EXPECT_EXIT(cli.run(addLisbon()), 0);
    const CliResult again = cli.run(addLisbon());
    TW_EXPECT_EXIT(again, 1);
    QVERIFY2(again.err.contains("LIS"_L1), again.describe().constData());
    QCOMPARE(tw::storage::PropertyRepository(t->db()).list().size(), 1);
}

QTEST_GUILESS_MAIN(TestCliProperty)
#include "test_cli_property.moc"
