#include "clirunner.h"

#include <testdatabase.h>

#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::test::CliResult;
using tw::test::CliRunner;
using tw::test::keysOf;

// "demo seed": a believable hotel that the other commands can work with right
// away, with guests in house now.
class TestCliDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedThenInHouse();
};

void TestCliDemo::seedThenInHouse()
{
    TW_TEST_DATABASE(t);
    const CliRunner cli(t->url());
    const CliResult seeded = cli.run({u"demo"_s, u"seed"_s});
    TW_EXPECT_EXIT(seeded, 0);
    QVERIFY(!seeded.out.isEmpty());

    const QList<tw::core::Property> properties = tw::storage::PropertyRepository(t->db()).list();
    QVERIFY(!properties.isEmpty());
    QVERIFY(tw::storage::GuestRepository(t->db()).count() >= 100);

    const CliResult inHouse = cli.run({u"inhouse"_s, u"--json"_s});
    TW_EXPECT_EXIT(inHouse, 0);
    const QJsonArray guests = inHouse.json().array();
    QVERIFY2(!guests.isEmpty(), inHouse.describe().constData());
    const QSet<QString> keys{u"property"_s,  u"confirmation"_s, u"guest_id"_s, u"first_name"_s,
                             u"last_name"_s, u"room"_s,         u"arrival"_s,  u"departure"_s,
                             u"status"_s,    u"vip"_s,          u"handles"_s};
    bool someoneHasAHandle = false;
    for (const auto &value : guests) {
        const QJsonObject guest = value.toObject();
        QCOMPARE(keysOf(guest), keys);
        someoneHasAHandle = someoneHasAHandle || !guest.value(u"handles"_s).toArray().isEmpty();
    }
    QVERIFY(someoneHasAHandle);

    // The in-house guests are real guests with a profile and that stay.
    const QJsonObject first = guests.at(0).toObject();
    const CliResult shown
        = cli.run({u"guest"_s, u"show"_s, QString::number(first.value(u"guest_id"_s).toInteger()), u"--json"_s});
    TW_EXPECT_EXIT(shown, 0);
    bool stayFound = false;
    const QJsonArray stays = shown.json().object().value(u"stays"_s).toArray();
    for (const auto &stay : stays)
        stayFound = stayFound
            || stay.toObject().value(u"confirmation"_s).toString() == first.value(u"confirmation"_s).toString();
    QVERIFY(stayFound);
}

QTEST_GUILESS_MAIN(TestCliDemo)
#include "test_cli_demo.moc"
