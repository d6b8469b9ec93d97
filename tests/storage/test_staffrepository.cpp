#include <storage/staffrepository.h>

#include <testdatabase.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;

class TestStaffRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ensureAddsOnce();
    void ensureSimplifiesSpaces();
    void emptyNameIsRefused();
    void listIsOrderedByName();
    void twoConnectionsAgree();
};

void TestStaffRepository::ensureAddsOnce()
{
    TW_TEST_DATABASE(t);
    storage::StaffRepository repo(t->db());
    const auto maria = repo.ensure(u"Maria Lopez"_s);
    QVERIFY2(maria, qPrintable(maria.error()));
    QVERIFY(maria->id != core::InvalidId);
    QCOMPARE(maria->name, u"Maria Lopez"_s);
    QVERIFY(maria->active);
    const auto again = repo.ensure(u"Maria Lopez"_s);
    QVERIFY(again);
    QCOMPARE(again->id, maria->id);
    QCOMPARE(repo.list().size(), 1);
}

void TestStaffRepository::ensureSimplifiesSpaces()
{
    TW_TEST_DATABASE(t);
    storage::StaffRepository repo(t->db());
    const auto a = repo.ensure(u"  Maria   Lopez "_s);
    QVERIFY(a);
    QCOMPARE(a->name, u"Maria Lopez"_s);
    QCOMPARE(repo.ensure(u"Maria Lopez"_s)->id, a->id);
}

void TestStaffRepository::emptyNameIsRefused()
{
    TW_TEST_DATABASE(t);
    storage::StaffRepository repo(t->db());
    const auto none = repo.ensure(u"   "_s);
    QVERIFY(!none);
    QVERIFY(!none.error().isEmpty());
    QVERIFY(repo.list().isEmpty());
}

void TestStaffRepository::listIsOrderedByName()
{
    TW_TEST_DATABASE(t);
    storage::StaffRepository repo(t->db());
    for (const QString &name : {u"Tom"_s, u"Anna"_s, u"Maria"_s})
        QVERIFY(repo.ensure(name));
    QStringList names;
    const QList<core::Staff> staff = repo.list();
    for (const core::Staff &s : staff)
        names.append(s.name);
    QCOMPARE(names, (QStringList{u"Anna"_s, u"Maria"_s, u"Tom"_s}));
}

void TestStaffRepository::twoConnectionsAgree()
{
    TW_TEST_DATABASE(t);
    auto other = t->openAnother();
    QVERIFY(other);
    const auto here = storage::StaffRepository(t->db()).ensure(u"Maria"_s);
    const auto there = storage::StaffRepository(*other).ensure(u"Maria"_s);
    QVERIFY(here && there);
    QCOMPARE(there->id, here->id);
}

QTEST_GUILESS_MAIN(TestStaffRepository)
#include "test_staffrepository.moc"
