#include <desk/importing/rejectedrowsmodel.h>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::RejectedRowsModel;

namespace {

QList<pms::RejectedRow> rejected(int count)
{
    QList<pms::RejectedRow> rows;
    for (int i = 0; i < count; ++i)
        rows.append(pms::RejectedRow{i + 2, u"reason %1"_s.arg(i)});
    return rows;
}

} // namespace

class TestRejectedRowsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsLineAndReason();
    void manyRows();
};

void TestRejectedRowsModel::showsLineAndReason()
{
    RejectedRowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setRows({{4, u"departure 2026-03-01 is before arrival 2026-03-04"_s}, {9, u"missing confirmation number"_s}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(RejectedRowsModel::LineColumn, Qt::Horizontal).toString(), u"Line"_s);
    QCOMPARE(model.headerData(RejectedRowsModel::ReasonColumn, Qt::Horizontal).toString(), u"Reason"_s);
    QCOMPARE(model.index(0, RejectedRowsModel::LineColumn).data().toInt(), 4);
    QCOMPARE(model.index(1, RejectedRowsModel::LineColumn).data().toInt(), 9);
    QCOMPARE(model.index(1, RejectedRowsModel::ReasonColumn).data().toString(), u"missing confirmation number"_s);
    QCOMPARE(model.index(1, RejectedRowsModel::ReasonColumn).data(Qt::ToolTipRole).toString(),
             u"line 9: missing confirmation number"_s);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TestRejectedRowsModel::manyRows()
{
    RejectedRowsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int total = 5000;
    model.setRows(rejected(total));
    QCOMPARE(model.rows().size(), total);
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(model.index(total - 1, RejectedRowsModel::LineColumn).data().toInt(), total + 1);
    QCOMPARE(model.index(total - 1, RejectedRowsModel::ReasonColumn).data().toString(), u"reason 4999"_s);
}

QTEST_GUILESS_MAIN(TestRejectedRowsModel)
#include "test_rejectedrowsmodel.moc"
