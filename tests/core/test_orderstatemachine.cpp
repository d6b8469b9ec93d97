#include <core/orderstatemachine.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::core::OrderState;
using tw::core::OrderStateMachine;

Q_DECLARE_METATYPE(tw::core::OrderState)

namespace {

constexpr OrderState kAll[] = {OrderState::Requested, OrderState::Accepted, OrderState::InProgress,
                               OrderState::Delivered, OrderState::Cancelled};

} // namespace

class TestOrderStateMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowedTransitions_data();
    void allowedTransitions();
    void refusedTransitions_data();
    void refusedTransitions();
    void everyPairAgreesWithNextStates();
    void nextStates_data();
    void nextStates();
    void labels_data();
    void labels();
};

void TestOrderStateMachine::allowedTransitions_data()
{
    QTest::addColumn<OrderState>("from");
    QTest::addColumn<OrderState>("to");
    QTest::newRow("requested -> accepted") << OrderState::Requested << OrderState::Accepted;
    QTest::newRow("accepted -> in progress") << OrderState::Accepted << OrderState::InProgress;
    QTest::newRow("in progress -> delivered") << OrderState::InProgress << OrderState::Delivered;
    QTest::newRow("requested -> in progress (skip)") << OrderState::Requested << OrderState::InProgress;
    QTest::newRow("requested -> delivered (skip)") << OrderState::Requested << OrderState::Delivered;
    QTest::newRow("accepted -> delivered (skip)") << OrderState::Accepted << OrderState::Delivered;
    QTest::newRow("requested -> cancelled") << OrderState::Requested << OrderState::Cancelled;
    QTest::newRow("accepted -> cancelled") << OrderState::Accepted << OrderState::Cancelled;
    QTest::newRow("in progress -> cancelled") << OrderState::InProgress << OrderState::Cancelled;
}

void TestOrderStateMachine::allowedTransitions()
{
    QFETCH(OrderState, from);
    QFETCH(OrderState, to);
    QVERIFY(OrderStateMachine::canAdvance(from, to));
    const tw::core::Status checked = OrderStateMachine::check(12, from, to);
    QVERIFY2(checked, qPrintable(checked.error()));
}

void TestOrderStateMachine::refusedTransitions_data()
{
    QTest::addColumn<OrderState>("from");
    QTest::addColumn<OrderState>("to");
    QTest::addColumn<QStringList>("parts"); // what the message must say
    QTest::newRow("delivered is final") << OrderState::Delivered << OrderState::Cancelled
                                        << QStringList{u"Order 12 is delivered; a delivered order cannot change."_s};
    QTest::newRow("delivered cannot go back") << OrderState::Delivered << OrderState::InProgress
                                              << QStringList{u"Order 12"_s, u"delivered"_s, u"cannot change"_s};
    QTest::newRow("cancelled is final") << OrderState::Cancelled << OrderState::Requested
                                        << QStringList{u"Order 12 is cancelled"_s, u"new order"_s};
    QTest::newRow("cancelled cannot be delivered")
        << OrderState::Cancelled << OrderState::Delivered << QStringList{u"cancelled"_s, u"cannot change"_s};
    QTest::newRow("accepted cannot go back") << OrderState::Accepted << OrderState::Requested
                                             << QStringList{u"Order 12 is accepted and cannot go back to requested"_s,
                                                            u"in progress, delivered or cancelled"_s};
    QTest::newRow("in progress cannot go back")
        << OrderState::InProgress << OrderState::Accepted
        << QStringList{u"is in progress"_s, u"back to accepted"_s, u"delivered or cancelled"_s};
    QTest::newRow("in progress cannot go back to requested")
        << OrderState::InProgress << OrderState::Requested << QStringList{u"back to requested"_s};
    QTest::newRow("same state") << OrderState::Accepted << OrderState::Accepted
                                << QStringList{u"Order 12 is already accepted"_s, u"in progress"_s};
    QTest::newRow("requested again") << OrderState::Requested << OrderState::Requested
                                     << QStringList{u"already requested"_s,
                                                    u"accepted, in progress, delivered or cancelled"_s};
    QTest::newRow("delivered again") << OrderState::Delivered << OrderState::Delivered
                                     << QStringList{u"cannot change"_s};
    QTest::newRow("cancelled again") << OrderState::Cancelled << OrderState::Cancelled
                                     << QStringList{u"cannot change"_s};
}

void TestOrderStateMachine::refusedTransitions()
{
    QFETCH(OrderState, from);
    QFETCH(OrderState, to);
    QFETCH(QStringList, parts);
    QVERIFY(!OrderStateMachine::canAdvance(from, to));
    const tw::core::Status checked = OrderStateMachine::check(12, from, to);
    QVERIFY(!checked);
    for (const QString &part : std::as_const(parts))
        QVERIFY2(checked.error().contains(part), qPrintable(checked.error() + u" lacks "_s + part));
}

void TestOrderStateMachine::everyPairAgreesWithNextStates()
{
    for (OrderState from : kAll) {
        const QList<OrderState> next = OrderStateMachine::nextStates(from);
        for (OrderState to : kAll) {
            QCOMPARE(OrderStateMachine::canAdvance(from, to), next.contains(to));
            QCOMPARE(bool(OrderStateMachine::check(7, from, to)), next.contains(to));
        }
    }
}

void TestOrderStateMachine::nextStates_data()
{
    QTest::addColumn<OrderState>("from");
    QTest::addColumn<QList<OrderState>>("next");
    QTest::newRow("requested") << OrderState::Requested
                               << QList<OrderState>{OrderState::Accepted, OrderState::InProgress, OrderState::Delivered,
                                                    OrderState::Cancelled};
    QTest::newRow("accepted") << OrderState::Accepted
                              << QList<OrderState>{OrderState::InProgress, OrderState::Delivered,
                                                   OrderState::Cancelled};
    QTest::newRow("in progress") << OrderState::InProgress
                                 << QList<OrderState>{OrderState::Delivered, OrderState::Cancelled};
    QTest::newRow("delivered") << OrderState::Delivered << QList<OrderState>{};
    QTest::newRow("cancelled") << OrderState::Cancelled << QList<OrderState>{};
}

void TestOrderStateMachine::nextStates()
{
    QFETCH(OrderState, from);
    QFETCH(QList<OrderState>, next);
    QCOMPARE(OrderStateMachine::nextStates(from), next);
}

void TestOrderStateMachine::labels_data()
{
    QTest::addColumn<OrderState>("state");
    QTest::addColumn<QString>("label");
    QTest::newRow("requested") << OrderState::Requested << u"Requested"_s;
    QTest::newRow("accepted") << OrderState::Accepted << u"Accepted"_s;
    QTest::newRow("in progress") << OrderState::InProgress << u"In progress"_s;
    QTest::newRow("delivered") << OrderState::Delivered << u"Delivered"_s;
    QTest::newRow("cancelled") << OrderState::Cancelled << u"Cancelled"_s;
}

void TestOrderStateMachine::labels()
{
    QFETCH(OrderState, state);
    QFETCH(QString, label);
    QCOMPARE(OrderStateMachine::label(state), label);
}

QTEST_GUILESS_MAIN(TestOrderStateMachine)
#include "test_orderstatemachine.moc"
