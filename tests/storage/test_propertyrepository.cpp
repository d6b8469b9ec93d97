#include <storage/propertyrepository.h>

#include <testdatabase.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;

namespace {

core::Property makeProperty(const QString &code, const QString &zone = u"Europe/Paris"_s)
{
    core::Property p;
    p.code = code;
    p.name = u"Hotel "_s + code;
    p.timeZone = zone;
    p.checkIn = QTime(14, 30);
    p.checkOut = QTime(11, 0);
    return p;
}

} // namespace

class TestPropertyRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addAndRead();
    void codesAreCaseInsensitive();
    void duplicateCodeIsRefused();
    void invalidPropertyIsRefused_data();
    void invalidPropertyIsRefused();
    void listIsOrderedByCode();
    void update();
    void updateToTakenCodeIsRefused();
    void updateOfMissingPropertyFails();
};

void TestPropertyRepository::addAndRead()
{
    TW_TEST_DATABASE(t);
    storage::PropertyRepository repo(t->db());
    const auto added = repo.add(makeProperty(u"PAL"_s, u"America/Los_Angeles"_s));
    QVERIFY2(added, qPrintable(added.error()));
    QVERIFY(added->id != core::InvalidId);

    const auto byId = repo.byId(added->id);
    QVERIFY(byId);
    QCOMPARE(byId->code, u"PAL"_s);
    QCOMPARE(byId->name, u"Hotel PAL"_s);
    QCOMPARE(byId->timeZone, u"America/Los_Angeles"_s);
    QCOMPARE(byId->checkIn, QTime(14, 30));
    QCOMPARE(byId->checkOut, QTime(11, 0));
    QVERIFY(!repo.byId(added->id + 1000));
}

void TestPropertyRepository::codesAreCaseInsensitive()
{
    TW_TEST_DATABASE(t);
    storage::PropertyRepository repo(t->db());
    const auto added = repo.add(makeProperty(u" pal "_s));
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(added->code, u"PAL"_s);
    QVERIFY(repo.byCode(u"pal"_s));
    QCOMPARE(repo.byCode(u"Pal"_s)->id, added->id);
    QVERIFY(!repo.byCode(u"PALACE"_s));
}

void TestPropertyRepository::duplicateCodeIsRefused()
{
    TW_TEST_DATABASE(t);
    storage::PropertyRepository repo(t->db());
    QVERIFY(repo.add(makeProperty(u"PAL"_s)));
    const auto again = repo.add(makeProperty(u"pal"_s));
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"PAL"_s), qPrintable(again.error()));
    QVERIFY2(again.error().contains(u"already exists"_s), qPrintable(again.error()));
    QCOMPARE(repo.list().size(), 1);
}

void TestPropertyRepository::invalidPropertyIsRefused_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown zone") << u"PAL"_s << u"Palace"_s << u"Mars/Olympus_Mons"_s << u"Mars/Olympus_Mons"_s;
    QTest::newRow("empty zone") << u"PAL"_s << u"Palace"_s << QString() << u"time zone"_s;
    QTest::newRow("empty code") << u"  "_s << u"Palace"_s << u"Europe/Paris"_s << u"code"_s;
    QTest::newRow("code with space") << u"PA L"_s << u"Palace"_s << u"Europe/Paris"_s << u"spaces"_s;
    QTest::newRow("empty name") << u"PAL"_s << u""_s << u"Europe/Paris"_s << u"name"_s;
}

void TestPropertyRepository::invalidPropertyIsRefused()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, zone);
    QFETCH(QString, expected);
    TW_TEST_DATABASE(t);
    storage::PropertyRepository repo(t->db());
    core::Property p = makeProperty(code, zone);
    p.name = name;
    const auto added = repo.add(p);
    QVERIFY(!added);
    QVERIFY2(added.error().contains(expected), qPrintable(added.error()));
    QVERIFY(repo.list().isEmpty());
}

void TestPropertyRepository::listIsOrderedByCode()
{
    TW_TEST_DATABASE(t);
    storage::PropertyRepository repo(t->db());
    for (const QString &code : {u"ZUR"_s, u"AMS"_s, u"LIS"_s})
        QVERIFY(repo.add(makeProperty(code)));
    QStringList codes;
    const QList<core::Property> all = repo.list();
    for (const core::Property &p : all)
        codes.append(p.code);
    QCOMPARE(codes, (QStringList{u"AMS"_s, u"LIS"_s, u"ZUR"_s}));
}

void TestPropertyRepository::update()
{
    TW_TEST_DATABASE(t);
    storage::PropertyRepository repo(t->db());
    auto added = repo.add(makeProperty(u"PAL"_s));
    QVERIFY(added);
    core::Property p = added.value();
    p.code = u"PAL2"_s;
    p.name = u"Palace Two"_s;
    p.timeZone = u"Asia/Tokyo"_s;
    p.checkIn = QTime(16, 0);
    p.checkOut = QTime(10, 15);
    const auto updated = repo.update(p);
    QVERIFY2(updated, qPrintable(updated.error()));

    const auto read = repo.byId(p.id);
    QVERIFY(read);
    QCOMPARE(read->code, u"PAL2"_s);
    QCOMPARE(read->name, u"Palace Two"_s);
    QCOMPARE(read->timeZone, u"Asia/Tokyo"_s);
    QCOMPARE(read->checkIn, QTime(16, 0));
    QCOMPARE(read->checkOut, QTime(10, 15));
    QVERIFY(!repo.byCode(u"PAL"_s));
}

void TestPropertyRepository::updateToTakenCodeIsRefused()
{
    TW_TEST_DATABASE(t);
    storage::PropertyRepository repo(t->db());
    QVERIFY(repo.add(makeProperty(u"AMS"_s)));
    auto lis = repo.add(makeProperty(u"LIS"_s));
    QVERIFY(lis);
    core::Property p = lis.value();
    p.code = u"ams"_s;
    const auto updated = repo.update(p);
    QVERIFY(!updated);
    QVERIFY2(updated.error().contains(u"AMS"_s), qPrintable(updated.error()));
    QCOMPARE(repo.byId(p.id)->code, u"LIS"_s);
}

void TestPropertyRepository::updateOfMissingPropertyFails()
{
    TW_TEST_DATABASE(t);
    storage::PropertyRepository repo(t->db());
    core::Property p = makeProperty(u"GHOST"_s);
    p.id = 9999;
    const auto updated = repo.update(p);
    QVERIFY(!updated);
    QVERIFY2(updated.error().contains(u"GHOST"_s), qPrintable(updated.error()));
}

QTEST_GUILESS_MAIN(TestPropertyRepository)
#include "test_propertyrepository.moc"
