#include <desk/importing/importpropertymodel.h>

#include <storage/propertyrepository.h>

#include <testdatabase.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::ImportPropertyModel;

namespace {

void addProperty(storage::Database &db, const QString &code, const QString &name)
{
    core::Property p;
    p.code = code;
    p.name = name;
    p.timeZone = u"Europe/Lisbon"_s;
    auto added = storage::PropertyRepository(db).add(p);
    if (!added)
        qFatal("cannot add property %s: %s", qPrintable(code), qPrintable(added.error()));
}

} // namespace

class TestImportPropertyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsPropertiesByName();
    void emptyDatabaseHasNoRows();
    void unreachableDatabaseSaysWhy();
};

void TestImportPropertyModel::loadsPropertiesByName()
{
    TW_TEST_DATABASE(t);
    addProperty(t->db(), u"ZEN"_s, u"Zenith Lodge"_s);
    addProperty(t->db(), u"PAL"_s, u"Palácio do Mar"_s);
    addProperty(t->db(), u"ALP"_s, u"Hotel Alpina"_s);

    ImportPropertyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ImportPropertyModel::loaded);
    model.load(t->url());
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait(30000));
    QVERIFY(!model.isLoading());
    QCOMPARE(model.loadError(), QString());

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), u"Hotel Alpina (ALP)"_s);
    QCOMPARE(model.index(1).data(ImportPropertyModel::CodeRole).toString(), u"PAL"_s);
    QCOMPARE(model.index(1).data(ImportPropertyModel::NameRole).toString(), u"Palácio do Mar"_s);
    QCOMPARE(model.index(2).data(ImportPropertyModel::CodeRole).toString(), u"ZEN"_s);
    QCOMPARE(model.index(2).data(ImportPropertyModel::TimeZoneRole).toString(), u"Europe/Lisbon"_s);
    QCOMPARE(model.rowOfCode(u"pal"_s), 1);
    QCOMPARE(model.rowOfCode(u"XYZ"_s), -1);
    QCOMPARE(model.codeAt(2), u"ZEN"_s);
    QCOMPARE(model.codeAt(3), QString());
}

void TestImportPropertyModel::emptyDatabaseHasNoRows()
{
    TW_TEST_DATABASE(t);
    ImportPropertyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ImportPropertyModel::loaded);
    model.load(t->url());
    QVERIFY(loaded.wait(30000));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.loadError(), QString());
}

void TestImportPropertyModel::unreachableDatabaseSaysWhy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile plain(dir.filePath(u"plain.txt"_s));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    storage::DatabaseUrl url;
    url.engine = storage::Engine::Sqlite;
    url.path = plain.fileName() + u"/tweetworthy.db"_s;

    ImportPropertyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ImportPropertyModel::loaded);
    model.load(url);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.loadError().isEmpty());
}

QTEST_GUILESS_MAIN(TestImportPropertyModel)
#include "test_importpropertymodel.moc"
