#include "clifixtures.h"
#include "clirunner.h"

#include <storage/auditlog.h>
#include <storage/cardrepository.h>
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

// A day of arrivals far from any real "today", for the batch.
const QDate kArrivalDay(2031, 8, 1);

struct Guests
{
    core::Id anna = core::InvalidId; // in house now, room 412, VIP V1
    core::Id carl = core::InvalidId; // arrives on kArrivalDay, room 9, first stay
    core::Id dora = core::InvalidId; // arrives on kArrivalDay, room 10, VIP V1, anniversary
    core::Id erik = core::InvalidId; // arrives on kArrivalDay, room 11, VIP V2, stayed before
    core::Id gus = core::InvalidId;  // no stay at all
};

// The words of a PDF without line breaks and with single spaces, as a reader
// would copy them.
QString wordsOf(const QString &pdf)
{
    return PdfTools::words(pdf);
}

bool allFontsEmbedded(const QString &pdf)
{
    const QList<PdfTools::Font> fonts = PdfTools::fonts(pdf);
    if (fonts.isEmpty())
        return false;
    for (const PdfTools::Font &font : fonts) {
        if (!font.embedded)
            return false;
    }
    return true;
}

bool sameSize(const QSizeF &actual, const QSizeF &expected)
{
    // pdfinfo rounds; a point either way is the same paper.
    return qAbs(actual.width() - expected.width()) <= 1.0 && qAbs(actual.height() - expected.height()) <= 1.0;
}

} // namespace

// "card render", "card batch", "card reprint" and "card list" as scripts use
// them, with the PDFs read back by poppler's tools.
class TestCliCards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void renderWritesTheMergedCard_data();
    void renderWritesTheMergedCard();
    void renderIsRecordedOnTheTimeline();
    void mergeProblemsAreRefused_data();
    void mergeProblemsAreRefused();
    void textThatDoesNotFitIsRefused();
    void wrongArguments_data();
    void wrongArguments();
    void reprintIsIdenticalAndAnotherCardIsNot();
    void batchWritesOneCardPerArrival_data();
    void batchWritesOneCardPerArrival();
    void batchWithoutArrivalsWritesNothing();
    void batchRefusesWhenOneCardCannotBeMerged();

private:
    CliResult run(const QStringList &arguments) const { return m_cli->run(arguments); }
    QString path(const QString &name) const { return m_cli->filePath(name); }
    int outputCards(core::Id guest) const
    {
        return int(storage::CardRepository(m_db->db()).outputForGuest(guest).size());
    }

    std::unique_ptr<tw::test::TestDatabase> m_db;
    std::unique_ptr<CliRunner> m_cli;
    Guests m_guests;
};

void TestCliCards::initTestCase()
{
    const QString missing = PdfTools::missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void TestCliCards::init()
{
    QString error;
    m_db = tw::test::TestDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    storage::Database &db = m_db->db();
    const core::Id lisbon = CliFixtures::addProperty(db, u"LIS"_s, u"Europe/Lisbon"_s);
    QVERIFY(lisbon);

    core::Guest anna = CliFixtures::guest(u"Anna"_s, u"Berg"_s, u"anna@example.com"_s);
    anna.vipCode = u"V1"_s;
    m_guests.anna = CliFixtures::addGuest(db, anna);
    m_guests.carl = CliFixtures::addGuest(db, CliFixtures::guest(u"Carl"_s, u"Olsen"_s, u"carl@example.com"_s));
    core::Guest dora = CliFixtures::guest(u"Dora"_s, u"Alves"_s, u"dora@example.com"_s);
    dora.vipCode = u"V1"_s;
    dora.notes = u"Celebrating their anniversary"_s;
    m_guests.dora = CliFixtures::addGuest(db, dora);
    core::Guest erik = CliFixtures::guest(u"Erik"_s, u"Lund"_s, u"erik@example.com"_s);
    erik.vipCode = u"V2"_s;
    m_guests.erik = CliFixtures::addGuest(db, erik);
    m_guests.gus = CliFixtures::addGuest(db, CliFixtures::guest(u"Gus"_s, u"Nilsen"_s, u"gus@example.com"_s));
    QVERIFY(m_guests.anna && m_guests.carl && m_guests.dora && m_guests.erik && m_guests.gus);

    // The tool reads the real clock: Anna's stay is around today.
    const QDate today = QDate::currentDate();
    QVERIFY(CliFixtures::addStay(db, lisbon, m_guests.anna, u"HV-1"_s, u"412"_s, today.addDays(-1), today.addDays(3),
                                 core::StayStatus::InHouse));
    QVERIFY(CliFixtures::addStay(db, lisbon, m_guests.carl, u"HV-2"_s, u"9"_s, kArrivalDay, kArrivalDay.addDays(2),
                                 core::StayStatus::Reserved));
    QVERIFY(CliFixtures::addStay(db, lisbon, m_guests.dora, u"HV-3"_s, u"10"_s, kArrivalDay, kArrivalDay.addDays(4),
                                 core::StayStatus::Reserved));
    QVERIFY(CliFixtures::addStay(db, lisbon, m_guests.erik, u"HV-4"_s, u"11"_s, kArrivalDay, kArrivalDay.addDays(1),
                                 core::StayStatus::Reserved));
    QVERIFY(CliFixtures::addStay(db, lisbon, m_guests.erik, u"HV-0"_s, u"11"_s, QDate(2030, 2, 1), QDate(2030, 2, 3),
                                 core::StayStatus::CheckedOut));
    m_cli = std::make_unique<CliRunner>(m_db->url());
    m_cli->setEnvironment(u"TWEETWORTHY_ACTOR"_s, u"Maria Silva"_s);
}

void TestCliCards::cleanup()
{
    m_cli.reset();
    m_db.reset();
}

void TestCliCards::renderWritesTheMergedCard_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QSizeF>("pageSize"); // points, as the sheet goes through the printer

    QTest::newRow("a2") << u"a2"_s << QSizeF(306, 396);
    QTest::newRow("a7") << u"a7"_s << QSizeF(360, 504);
    QTest::newRow("a6") << u"a6"_s << QSizeF(297.6, 419.5);
    QTest::newRow("postcard") << u"postcard"_s << QSizeF(432, 288);
    QTest::newRow("a4-4up") << u"a4-4up"_s << QSizeF(595.3, 841.9);
    QTest::newRow("letter-4up") << u"letter-4up"_s << QSizeF(612, 792);
}

void TestCliCards::renderWritesTheMergedCard()
{
    QFETCH(QString, format);
    QFETCH(QSizeF, pageSize);
    const QString pdf = path(format + u".pdf"_s);
    m_cli->setEnvironment(u"XDG_RUNTIME_DIR"_s, QString());

    const CliResult result = run({u"card"_s, u"render"_s, u"--guest"_s, QString::number(m_guests.anna), u"--template"_s,
                                  u"welcome"_s, u"--format"_s, format, u"--out"_s, pdf});
    TW_EXPECT_EXIT(result, 0);
    // stdout is the card id and nothing else.
    bool isNumber = false;
    const core::Id id = result.out.trimmed().toLongLong(&isNumber);
    QVERIFY2(isNumber && id > 0, result.describe().constData());
    QCOMPARE(result.out, QString::number(id) + u'\n');
    // stderr is for problems only, even on a server without a runtime folder.
    QVERIFY2(result.err.isEmpty(), result.describe().constData());

    QCOMPARE(PdfTools::pageCount(pdf), 1);
    const QSizeF size = PdfTools::pageSize(pdf, 1);
    QVERIFY2(sameSize(size, pageSize), qPrintable(u"%1 x %2"_s.arg(size.width()).arg(size.height())));
    const QString words = wordsOf(pdf);
    QVERIFY2(words.contains(u"Anna"_s), qPrintable(words));
    QVERIFY2(words.contains(u"412"_s), qPrintable(words));
    QVERIFY2(words.contains(u"Maria Silva"_s), qPrintable(words));
    QVERIFY2(!words.contains(u'{') && !words.contains(u'}'), qPrintable(words));
    QVERIFY(allFontsEmbedded(pdf));

    const auto card = storage::CardRepository(m_db->db()).byId(id);
    QVERIFY(card);
    QCOMPARE(card->guestId, m_guests.anna);
    QCOMPARE(card->format, format);
    QCOMPARE(card->status, core::CardStatus::Exported);
    QCOMPARE(card->outputCount, 1);
    QVERIFY(card->text.contains(u"Anna"_s));
}

void TestCliCards::renderIsRecordedOnTheTimeline()
{
    // A server without a display: the tool picks the offscreen platform itself.
    m_cli->setEnvironment(u"QT_QPA_PLATFORM"_s, QString());
    m_cli->setEnvironment(u"DISPLAY"_s, QString());
    const QString pdf = path(u"card.pdf"_s);
    const CliResult result
        = run({u"--actor"_s, u"Rita"_s, u"card"_s, u"render"_s, u"--guest"_s, QString::number(m_guests.anna),
               u"--template"_s, u"anniversary"_s, u"--format"_s, u"a6"_s, u"--out"_s, pdf, u"--signed-by"_s,
               u"Rita, Concierge"_s, u"--text"_s, u"Dear {first_name},\\nenjoy room {room}.\\n{signature}"_s});
    TW_EXPECT_EXIT(result, 0);
    const QString id = result.out.trimmed();
    QVERIFY(PdfTools::words(pdf).contains(u"enjoy room 412."_s));

    const CliResult listed = run({u"card"_s, u"list"_s, u"--guest"_s, QString::number(m_guests.anna), u"--json"_s});
    TW_EXPECT_EXIT(listed, 0);
    const QJsonArray cards = listed.json().array();
    QCOMPARE(cards.size(), 1);
    const QJsonObject card = cards.at(0).toObject();
    QCOMPARE(keysOf(card),
             (QSet<QString>{u"id"_s, u"guest_id"_s, u"stay_id"_s, u"template"_s, u"text"_s, u"signature"_s, u"format"_s,
                            u"font"_s, u"status"_s, u"created_at"_s, u"created_by"_s, u"output_at"_s, u"output_by"_s,
                            u"output_count"_s}));
    QCOMPARE(QString::number(card.value(u"id"_s).toInteger()), id);
    QCOMPARE(card.value(u"template"_s).toString(), u"anniversary"_s);
    QCOMPARE(card.value(u"text"_s).toString(), u"Dear Anna,\nenjoy room 412.\nRita, Concierge"_s);
    QCOMPARE(card.value(u"signature"_s).toString(), u"Rita, Concierge"_s);
    QCOMPARE(card.value(u"status"_s).toString(), u"exported"_s);
    QCOMPARE(card.value(u"output_by"_s).toString(), u"Rita"_s);
    QVERIFY(!card.value(u"font"_s).toString().isEmpty());

    // On the guest's timeline: who, the template and the final text.
    const QList<core::AuditEntry> audit = storage::AuditLog(m_db->db()).forGuest(m_guests.anna);
    const auto exported = std::find_if(
        audit.begin(), audit.end(), [](const core::AuditEntry &entry) { return entry.action == u"card.exported"_s; });
    QVERIFY(exported != audit.end());
    QCOMPARE(exported->actor, u"Rita"_s);
    QCOMPARE(QString::number(exported->entityId), id);
    QVERIFY2(exported->detail.contains(u"anniversary"_s), qPrintable(exported->detail));
    QVERIFY2(exported->detail.contains(u"enjoy room 412."_s), qPrintable(exported->detail));
}

void TestCliCards::mergeProblemsAreRefused_data()
{
    QTest::addColumn<QString>("guest"); // "anna" or "gus"
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown field") << u"anna"_s << QStringList{u"--text"_s, u"Hello {nickname}!"_s} << u"{nickname}"_s;
    QTest::newRow("unclosed field") << u"anna"_s << QStringList{u"--text"_s, u"Hello {first_name"_s}
                                    << u"{first_name"_s;
    QTest::newRow("empty signature") << u"anna"_s << QStringList{u"--signed-by"_s, u" "_s} << u"{signature}"_s;
    // A guest with no stay has no room to name.
    QTest::newRow("empty room") << u"gus"_s << QStringList{} << u"{room}"_s;
}

void TestCliCards::mergeProblemsAreRefused()
{
    QFETCH(QString, guest);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    const core::Id guestId = guest == u"gus"_s ? m_guests.gus : m_guests.anna;
    const QString pdf = path(u"refused.pdf"_s);

    const CliResult result = run(QStringList{u"card"_s, u"render"_s, u"--guest"_s, QString::number(guestId),
                                             u"--template"_s, u"welcome"_s, u"--format"_s, u"a6"_s, u"--out"_s, pdf}
                                 + extra);
    TW_EXPECT_EXIT(result, 1);
    QVERIFY2(result.err.contains(message), result.describe().constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(outputCards(guestId), 0);
}

void TestCliCards::textThatDoesNotFitIsRefused()
{
    QString tooLong;
    for (int i = 0; i < 60; ++i)
        tooLong += u"We are so very glad you are here with us this week. "_s;
    const QString pdf = path(u"long.pdf"_s);
    const CliResult result = run({u"card"_s, u"render"_s, u"--guest"_s, QString::number(m_guests.anna), u"--template"_s,
                                  u"welcome"_s, u"--format"_s, u"a2"_s, u"--out"_s, pdf, u"--text"_s, tooLong});
    TW_EXPECT_EXIT(result, 1);
    QVERIFY2(result.err.contains(u"does not fit"_s), result.describe().constData());
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(outputCards(m_guests.anna), 0);
    // The refused draft is gone too: the next card is the only one.
    TW_EXPECT_EXIT(run({u"card"_s, u"render"_s, u"--guest"_s, QString::number(m_guests.anna), u"--template"_s,
                        u"welcome"_s, u"--format"_s, u"a2"_s, u"--out"_s, pdf}),
                   0);
    QCOMPARE(outputCards(m_guests.anna), 1);
}

void TestCliCards::wrongArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown template") << QStringList{u"--template"_s, u"sonnet"_s, u"--format"_s, u"a6"_s} << 1
                                      << u"sonnet"_s;
    QTest::newRow("unknown format") << QStringList{u"--template"_s, u"welcome"_s, u"--format"_s, u"a5"_s} << 2
                                    << u"a2, a7, a6, postcard, a4-4up, letter-4up"_s;
    QTest::newRow("unknown font") << QStringList{u"--template"_s, u"welcome"_s, u"--format"_s,
                                                 u"a6"_s,         u"--font"_s,  u"No Such Hand"_s}
                                  << 1 << u"No Such Hand"_s;
    QTest::newRow("missing template") << QStringList{u"--format"_s, u"a6"_s} << 2 << u"--template"_s;
}

void TestCliCards::wrongArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString pdf = path(u"wrong.pdf"_s);
    const CliResult result = run(
        QStringList{u"card"_s, u"render"_s, u"--guest"_s, QString::number(m_guests.anna), u"--out"_s, pdf} + arguments);
    TW_EXPECT_EXIT(result, exitCode);
    QVERIFY2(result.err.contains(message), result.describe().constData());
    QVERIFY(!QFile::exists(pdf));

    const CliResult noGuest = run({u"card"_s, u"render"_s, u"--guest"_s, u"999999"_s, u"--template"_s, u"welcome"_s,
                                   u"--format"_s, u"a6"_s, u"--out"_s, pdf});
    TW_EXPECT_EXIT(noGuest, 1);
    QVERIFY2(noGuest.err.contains(u"999999"_s), noGuest.describe().constData());
    TW_EXPECT_EXIT(run({u"card"_s, u"reprint"_s, u"999999"_s, u"--out"_s, pdf}), 1);
    TW_EXPECT_EXIT(run({u"card"_s, u"reprint"_s, u"first"_s, u"--out"_s, pdf}), 2);
    QVERIFY(!QFile::exists(pdf));
}

void TestCliCards::reprintIsIdenticalAndAnotherCardIsNot()
{
    const QStringList sameText{u"card"_s,       u"render"_s,
                               u"--guest"_s,    QString::number(m_guests.anna),
                               u"--template"_s, u"welcome"_s,
                               u"--format"_s,   u"a6"_s,
                               u"--text"_s,     u"Dear {first_name}, a little welcome from all of us. {signature}"_s,
                               u"--out"_s};
    const QString first = path(u"first.pdf"_s);
    const QString second = path(u"second.pdf"_s);
    const QString again = path(u"again.pdf"_s);
    const CliResult one = run(sameText + QStringList{first});
    TW_EXPECT_EXIT(one, 0);
    const CliResult two = run(sameText + QStringList{second});
    TW_EXPECT_EXIT(two, 0);
    QVERIFY(one.out != two.out);

    const QString id = one.out.trimmed();
    const CliResult reprinted = run({u"card"_s, u"reprint"_s, id, u"--out"_s, again});
    TW_EXPECT_EXIT(reprinted, 0);
    QCOMPARE(reprinted.out.trimmed(), id);

    const QImage firstImage = PdfTools::rasterize(first, 1, 72);
    const QImage againImage = PdfTools::rasterize(again, 1, 72);
    const QImage secondImage = PdfTools::rasterize(second, 1, 72);
    QVERIFY(!firstImage.isNull());
    QCOMPARE(PdfTools::differingPixels(firstImage, againImage), 0);
    // Not a few stray pixels: the writing itself is placed differently.
    const qsizetype differing = PdfTools::differingPixels(firstImage, secondImage);
    QVERIFY2(differing > firstImage.width() * firstImage.height() / 100, qPrintable(QString::number(differing)));
    QCOMPARE(PdfTools::words(again), PdfTools::words(first));

    const auto card = storage::CardRepository(m_db->db()).byId(id.toLongLong());
    QVERIFY(card);
    QCOMPARE(card->outputCount, 2);
    QCOMPARE(outputCards(m_guests.anna), 2);
}

void TestCliCards::batchWritesOneCardPerArrival_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("names"); // first names, in room order
    QTest::addColumn<int>("pages");

    QTest::newRow("all arrivals") << QStringList{} << u"a6"_s << QStringList{u"Carl"_s, u"Dora"_s, u"Erik"_s} << 3;
    QTest::newRow("four to a sheet") << QStringList{} << u"letter-4up"_s << QStringList{u"Carl"_s, u"Dora"_s, u"Erik"_s}
                                     << 1;
    QTest::newRow("VIP V1") << QStringList{u"--vip"_s, u"V1"_s} << u"a6"_s << QStringList{u"Dora"_s} << 1;
    QTest::newRow("any VIP") << QStringList{u"--vip"_s, u"*"_s} << u"a2"_s << QStringList{u"Dora"_s, u"Erik"_s} << 2;
    QTest::newRow("first stay") << QStringList{u"--first-stay"_s} << u"a6"_s << QStringList{u"Carl"_s, u"Dora"_s} << 2;
    QTest::newRow("anniversary") << QStringList{u"--anniversary"_s} << u"a6"_s << QStringList{u"Dora"_s} << 1;
    QTest::newRow("property") << QStringList{u"--property"_s, u"lis"_s, u"--vip"_s, u"V2"_s} << u"a6"_s
                              << QStringList{u"Erik"_s} << 1;
}

void TestCliCards::batchWritesOneCardPerArrival()
{
    QFETCH(QStringList, filter);
    QFETCH(QString, format);
    QFETCH(QStringList, names);
    QFETCH(int, pages);
    const QString pdf = path(u"batch.pdf"_s);

    const CliResult result = run(QStringList{u"card"_s, u"batch"_s, u"--date"_s, kArrivalDay.toString(Qt::ISODate),
                                             u"--template"_s, u"welcome"_s, u"--format"_s, format, u"--out"_s, pdf}
                                 + filter);
    TW_EXPECT_EXIT(result, 0);
    QCOMPARE(result.out, QString::number(names.size()) + u'\n');
    QCOMPARE(PdfTools::pageCount(pdf), pages);
    QVERIFY(allFontsEmbedded(pdf));
    const QString words = wordsOf(pdf);
    QVERIFY2(!words.contains(u'{'), qPrintable(words));
    // Each named guest once, in room order; nobody else.
    qsizetype at = -1;
    for (const QString &name : std::as_const(names)) {
        const qsizetype found = words.indexOf(u"Dear "_s + name);
        QVERIFY2(found > at, qPrintable(name + u": "_s + words));
        at = found;
    }
    for (const QString &other : {u"Anna"_s, u"Carl"_s, u"Dora"_s, u"Erik"_s, u"Gus"_s}) {
        if (!names.contains(other))
            QVERIFY2(!words.contains(u"Dear "_s + other), qPrintable(other));
    }
    QCOMPARE(outputCards(m_guests.dora), names.contains(u"Dora"_s) ? 1 : 0);
    QCOMPARE(outputCards(m_guests.anna), 0);
}

void TestCliCards::batchWithoutArrivalsWritesNothing()
{
    const QString pdf = path(u"none.pdf"_s);
    const CliResult result = run({u"card"_s, u"batch"_s, u"--date"_s, u"2031-08-02"_s, u"--template"_s, u"welcome"_s,
                                  u"--format"_s, u"a6"_s, u"--out"_s, pdf});
    TW_EXPECT_EXIT(result, 0);
    QCOMPARE(result.out, u"0\n"_s);
    QVERIFY(!QFile::exists(pdf));

    TW_EXPECT_EXIT(run({u"card"_s, u"batch"_s, u"--date"_s, u"2031-02-30"_s, u"--template"_s, u"welcome"_s,
                        u"--format"_s, u"a6"_s, u"--out"_s, pdf}),
                   2);
    TW_EXPECT_EXIT(run({u"card"_s, u"batch"_s, u"--date"_s, kArrivalDay.toString(Qt::ISODate), u"--template"_s,
                        u"welcome"_s, u"--format"_s, u"a6"_s, u"--out"_s, pdf, u"--property"_s, u"NOPE"_s}),
                   1);
    QVERIFY(!QFile::exists(pdf));
}

void TestCliCards::batchRefusesWhenOneCardCannotBeMerged()
{
    // Gus arrives at another hotel the same day, before a room is assigned.
    QVERIFY(CliFixtures::addStay(m_db->db(), CliFixtures::addProperty(m_db->db(), u"OPO"_s, u"Europe/Lisbon"_s),
                                 m_guests.gus, u"OP-1"_s, QString(), kArrivalDay, kArrivalDay.addDays(2),
                                 core::StayStatus::Reserved));
    const QString pdf = path(u"batch.pdf"_s);
    const CliResult result = run({u"card"_s, u"batch"_s, u"--date"_s, kArrivalDay.toString(Qt::ISODate),
                                  u"--template"_s, u"welcome"_s, u"--format"_s, u"a6"_s, u"--out"_s, pdf});
    TW_EXPECT_EXIT(result, 1);
    QVERIFY2(result.err.contains(u"Gus Nilsen"_s), result.describe().constData());
    QVERIFY2(result.err.contains(u"{room}"_s), result.describe().constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFile::exists(pdf));
    for (const core::Id guest : {m_guests.carl, m_guests.dora, m_guests.erik, m_guests.gus})
        QCOMPARE(outputCards(guest), 0);
}

QTEST_GUILESS_MAIN(TestCliCards)
#include "test_cli_cards.moc"
