#include <cli/arguments.h>
#include <cli/inhousecommand.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::cli::Arguments;
using tw::cli::OptionSpec;

// The argument parser of every command and the --at instant parser, in process.
class TestCliArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void repeatedValues();
    void errors_data();
    void errors();
    void parseInstant_data();
    void parseInstant();
};

namespace {

const QList<OptionSpec> Options{
    {u"name"_s, u"NAME"_s, {}},
    {u"json"_s, {}, {}},
};

} // namespace

void TestCliArguments::parse_data()
{
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<QStringList>("positional");
    QTest::addColumn<QString>("name"); // value of --name; "<unset>" when not given
    QTest::addColumn<bool>("json");

    const QString unset = u"<unset>"_s;
    QTest::newRow("nothing") << QStringList{} << QStringList{} << unset << false;
    QTest::newRow("positional only") << QStringList{u"a"_s, u"b"_s} << QStringList{u"a"_s, u"b"_s} << unset << false;
    QTest::newRow("value separate") << QStringList{u"PAL"_s, u"--name"_s, u"Palace Hotel"_s} << QStringList{u"PAL"_s}
                                    << u"Palace Hotel"_s << false;
    QTest::newRow("value after =") << QStringList{u"--name=A=B"_s} << QStringList{} << u"A=B"_s << false;
    QTest::newRow("empty value after =") << QStringList{u"--name="_s} << QStringList{} << QString() << false;
    QTest::newRow("flag anywhere") << QStringList{u"--json"_s, u"x"_s} << QStringList{u"x"_s} << unset << true;
    QTest::newRow("last value wins") << QStringList{u"--name"_s, u"A"_s, u"--name"_s, u"B"_s} << QStringList{} << u"B"_s
                                     << false;
    QTest::newRow("value may start with a dash")
        << QStringList{u"--name"_s, u"--json"_s} << QStringList{} << u"--json"_s << false;
    QTest::newRow("double dash ends options")
        << QStringList{u"--"_s, u"--json"_s, u"-x"_s} << QStringList{u"--json"_s, u"-x"_s} << unset << false;
    QTest::newRow("negative number is a value") << QStringList{u"-5"_s} << QStringList{u"-5"_s} << unset << false;
    QTest::newRow("lone dash is a value") << QStringList{u"-"_s} << QStringList{u"-"_s} << unset << false;
    QTest::newRow("handle with @") << QStringList{u"@anna"_s} << QStringList{u"@anna"_s} << unset << false;
}

void TestCliArguments::parse()
{
    QFETCH(QStringList, tokens);
    QFETCH(QStringList, positional);
    QFETCH(QString, name);
    QFETCH(bool, json);
    const auto parsed = Arguments::parse(tokens, Options);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->positional(), positional);
    if (name == "<unset>"_L1) {
        QVERIFY(!parsed->isSet(u"name"_s));
    } else {
        QVERIFY(parsed->isSet(u"name"_s));
        QCOMPARE(parsed->value(u"name"_s), name);
    }
    QCOMPARE(parsed->isSet(u"json"_s), json);
}

void TestCliArguments::repeatedValues()
{
    // "order create --item A --item B:2": every value in order, the last as value().
    const auto parsed = Arguments::parse(
        {u"--name"_s, u"Bath salts"_s, u"x"_s, u"--name=Fruit plate:2"_s, u"--json"_s, u"--name"_s, u"-"_s}, Options);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->values(u"name"_s), (QStringList{u"Bath salts"_s, u"Fruit plate:2"_s, u"-"_s}));
    QCOMPARE(parsed->value(u"name"_s), u"-"_s);
    QCOMPARE(parsed->positional(), QStringList{u"x"_s});
    QVERIFY(parsed->values(u"other"_s).isEmpty());
    QVERIFY(parsed->value(u"other"_s).isNull());
}

void TestCliArguments::errors_data()
{
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown long option") << QStringList{u"--frob"_s} << u"--frob"_s;
    QTest::newRow("unknown long option with value") << QStringList{u"--frob=1"_s} << u"--frob"_s;
    QTest::newRow("short option") << QStringList{u"-j"_s} << u"-j"_s;
    QTest::newRow("missing value") << QStringList{u"x"_s, u"--name"_s} << u"NAME"_s;
    QTest::newRow("flag with value") << QStringList{u"--json=1"_s} << u"--json"_s;
}

void TestCliArguments::errors()
{
    QFETCH(QStringList, tokens);
    QFETCH(QString, mentions);
    const auto parsed = Arguments::parse(tokens, Options);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(mentions), qPrintable(parsed.error()));
}

void TestCliArguments::parseInstant_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid when the text must be refused

    const QDateTime refused;
    const QDateTime sevenUtc(QDate(2026, 3, 2), QTime(7, 0), Qt::UTC);
    QTest::newRow("Z") << u"2026-03-02T07:00:00Z"_s << sevenUtc;
    QTest::newRow("positive offset") << u"2026-03-02T08:00:00+01:00"_s << sevenUtc;
    QTest::newRow("negative offset") << u"2026-03-02T02:00:00-05:00"_s << sevenUtc;
    QTest::newRow("without seconds") << u"2026-03-02T08:00+01:00"_s << sevenUtc;
    QTest::newRow("milliseconds") << u"2026-03-02T07:00:00.250Z"_s << sevenUtc.addMSecs(250);
    QTest::newRow("offset across midnight")
        << u"2026-03-01T23:30:00-08:00"_s << QDateTime(QDate(2026, 3, 2), QTime(7, 30), Qt::UTC);
    QTest::newRow("no offset") << u"2026-03-02T08:00:00"_s << refused;
    QTest::newRow("date only") << u"2026-03-02"_s << refused;
    QTest::newRow("impossible date") << u"2026-02-30T08:00:00Z"_s << refused;
    QTest::newRow("impossible time") << u"2026-03-02T25:00:00Z"_s << refused;
    QTest::newRow("words") << u"now"_s << refused;
    QTest::newRow("space instead of T") << u"2026-03-02 08:00:00Z"_s << refused;
}

void TestCliArguments::parseInstant()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const auto parsed = tw::cli::InHouseCommand::parseInstant(text);
    if (!expected.isValid()) {
        QVERIFY2(!parsed, qPrintable(parsed ? parsed->toString(Qt::ISODateWithMs) : QString()));
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestCliArguments)
#include "test_cli_arguments.moc"
