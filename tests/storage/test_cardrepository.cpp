#include <storage/auditlog.h>
#include <storage/cardrepository.h>
#include <storage/cardtemplaterepository.h>
#include <storage/changenotifier.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/orderrepository.h>
#include <storage/propertyrepository.h>
#include <storage/sqlvalue.h>
#include <storage/stayrepository.h>

#include <testdatabase.h>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using core::CardStatus;

Q_DECLARE_METATYPE(tw::core::CardStatus)

namespace {

bool waitFor(QSignalSpy &spy, const QString &table, qint64 id)
{
    const auto seen = [&] {
        for (const QList<QVariant> &args : std::as_const(spy)) {
            if (args.at(0).toString() == table && args.at(1).toLongLong() == id)
                return true;
        }
        return false;
    };
    for (int attempt = 0; attempt < 50 && !seen(); ++attempt)
        spy.wait(200);
    return seen();
}

struct Fixture
{
    core::Id property = core::InvalidId;
    core::Id anna = core::InvalidId;
    core::Id john = core::InvalidId;
    core::Id annasStay = core::InvalidId;
    core::Id johnsStay = core::InvalidId;
    core::Id welcome = core::InvalidId;
};

core::Id addGuest(storage::Database &db, const QString &first, const QString &last)
{
    core::Guest g;
    g.firstName = first;
    g.lastName = last;
    return storage::GuestRepository(db).create(g, u"test"_s).value().id;
}

core::Id addStay(storage::Database &db, core::Id property, core::Id guest, const QString &confirmation,
                 const QString &room)
{
    core::Stay s;
    s.propertyId = property;
    s.guestId = guest;
    s.confirmation = confirmation;
    s.room = room;
    s.arrival = QDate::currentDate().addDays(-2);
    s.departure = QDate::currentDate().addDays(2);
    s.status = core::StayStatus::InHouse;
    if (!storage::StayRepository(db).upsert(s, u"test"_s))
        return core::InvalidId;
    return s.id;
}

Fixture makeFixture(storage::Database &db)
{
    Fixture f;
    core::Property p;
    p.code = u"HBV"_s;
    p.name = u"Harbour View"_s;
    p.timeZone = u"Europe/Lisbon"_s;
    f.property = storage::PropertyRepository(db).add(p).value().id;
    f.anna = addGuest(db, u"Anna"_s, u"Smith"_s);
    f.john = addGuest(db, u"John"_s, u"Doe"_s);
    f.annasStay = addStay(db, f.property, f.anna, u"C1"_s, u"412"_s);
    f.johnsStay = addStay(db, f.property, f.john, u"C2"_s, u"101"_s);
    f.welcome = storage::CardTemplateRepository(db).byName(u"welcome"_s).value().id;
    return f;
}

core::Card draftFor(const Fixture &f, const QString &text = u"Dear Anna, welcome!"_s)
{
    core::Card c;
    c.guestId = f.anna;
    c.stayId = f.annasStay;
    c.templateId = f.welcome;
    c.text = text;
    c.signature = u"Maria"_s;
    c.format = u"a2"_s;
    c.fontFamily = u"Dancing Script"_s;
    return c;
}

// What the guest's timeline holds about cards (the fixture's guests and stays are there too).
QList<core::AuditEntry> cardTimeline(storage::Database &db, core::Id guestId)
{
    QList<core::AuditEntry> entries;
    for (const core::AuditEntry &e : storage::AuditLog(db).forGuest(guestId)) {
        if (e.entityType == u"card")
            entries.append(e);
    }
    return entries;
}

qint64 auditRows(storage::Database &db, const QString &action)
{
    storage::PreparedQuery q = db.prepare(u"SELECT COUNT(*) FROM audit_log WHERE action = ?"_s);
    q.bind(action);
    return q.scalar().value_or(QVariant(-1)).toLongLong();
}

} // namespace

class TestCardRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createDraft();
    void createDraftRefused_data();
    void createDraftRefused();
    void draftWithoutTemplate();
    void updateDraft();
    void recordOutput_data();
    void recordOutput();
    void recordOutputWithChangedDraftText();
    void auditRecordsWhatWentOnPaper_data();
    void auditRecordsWhatWentOnPaper();
    void messagesSayWhenInWords();
    void reprintAndExport();
    void printedCardKeepsItsText_data();
    void printedCardKeepsItsText();
    void outputRefused_data();
    void outputRefused();
    void removeDraft();
    void removeDraftUnlinksOrders();
    void printedCardsCannotBeRemoved();
    void outputForGuest();
};

void TestCardRepository::createDraft()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::ChangeNotifier notifier(t->db());
    QSignalSpy spy(&notifier, &storage::ChangeNotifier::changed);
    storage::CardRepository repo(t->db());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto created = repo.createDraft(draftFor(f), u"maria"_s);
    QVERIFY2(created, qPrintable(created.error()));
    QVERIFY(created->id != core::InvalidId);
    QCOMPARE(created->status, CardStatus::Draft);
    QCOMPARE(created->templateName, u"welcome"_s);

    const core::Card read = repo.byId(created->id).value();
    QCOMPARE(read.guestId, f.anna);
    QCOMPARE(read.stayId, f.annasStay);
    QCOMPARE(read.templateId, f.welcome);
    QCOMPARE(read.templateName, u"welcome"_s);
    QCOMPARE(read.text, u"Dear Anna, welcome!"_s);
    QCOMPARE(read.signature, u"Maria"_s);
    QCOMPARE(read.format, u"a2"_s);
    QCOMPARE(read.fontFamily, u"Dancing Script"_s);
    QCOMPARE(read.status, CardStatus::Draft);
    QCOMPARE(read.createdBy, u"maria"_s);
    QVERIFY(read.createdAt >= before);
    QVERIFY(!read.outputAt);
    QCOMPARE(read.outputCount, 0);

    // A draft is not on the timeline: only what reached paper or a PDF is.
    QVERIFY(cardTimeline(t->db(), f.anna).isEmpty());
    QVERIFY(repo.outputForGuest(f.anna).isEmpty());
    QVERIFY(waitFor(spy, u"cards"_s, created->id));

    // Every card gets an id of its own, which seeds its handwriting.
    const auto second = repo.createDraft(draftFor(f), u"maria"_s);
    QVERIFY(second);
    QVERIFY(second->id != created->id);
}

void TestCardRepository::createDraftRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("no guest") << u"guest"_s << u"no guest #4242"_s;
    QTest::newRow("stay of another guest") << u"stay"_s << u"is not a stay of guest"_s;
    QTest::newRow("unknown template") << u"template"_s << u"no card template #4242"_s;
}

void TestCardRepository::createDraftRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, message);
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    core::Card card = draftFor(f);
    if (change == u"guest")
        card.guestId = 4242;
    else if (change == u"stay")
        card.stayId = f.johnsStay;
    else if (change == u"template")
        card.templateId = 4242;
    const auto created = storage::CardRepository(t->db()).createDraft(card, u"maria"_s);
    QVERIFY(!created);
    QVERIFY2(created.error().contains(message), qPrintable(created.error()));
    storage::PreparedQuery q = t->db().prepare(u"SELECT COUNT(*) FROM cards"_s);
    QCOMPARE(q.scalar().value_or(QVariant(-1)).toLongLong(), 0);
}

void TestCardRepository::draftWithoutTemplate()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    core::Card card = draftFor(f, u"Thank you for the lovely words about our spa."_s);
    card.templateId = core::InvalidId;
    card.stayId = core::InvalidId;
    const auto created = storage::CardRepository(t->db()).createDraft(card, u"maria"_s);
    QVERIFY2(created, qPrintable(created.error()));
    const core::Card read = storage::CardRepository(t->db()).byId(created->id).value();
    QCOMPARE(read.templateId, core::InvalidId);
    QCOMPARE(read.stayId, core::InvalidId);
    QVERIFY(read.templateName.isEmpty());
}

void TestCardRepository::updateDraft()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::CardRepository repo(t->db());
    core::Card card = repo.createDraft(draftFor(f), u"maria"_s).value();
    card.text = u"Dear Anna, welcome back!"_s;
    card.signature = u"Maria Costa"_s;
    card.format = u"a6"_s;
    card.fontFamily = u"Caveat"_s;
    const auto updated = repo.updateDraft(card);
    QVERIFY2(updated, qPrintable(updated.error()));
    const core::Card read = repo.byId(card.id).value();
    QCOMPARE(read.text, u"Dear Anna, welcome back!"_s);
    QCOMPARE(read.signature, u"Maria Costa"_s);
    QCOMPARE(read.format, u"a6"_s);
    QCOMPARE(read.fontFamily, u"Caveat"_s);
    QCOMPARE(read.status, CardStatus::Draft);

    QVERIFY(repo.recordOutput(card.id, CardStatus::Printed, QString(), u"maria"_s));
    card.text = u"Something else"_s;
    const auto refused = repo.updateDraft(card);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"printed by maria"_s), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"write a new card"_s), qPrintable(refused.error()));
    QCOMPARE(repo.byId(card.id)->text, u"Dear Anna, welcome back!"_s);

    core::Card ghost = card;
    ghost.id = 4242;
    QVERIFY(!repo.updateDraft(ghost));
}

void TestCardRepository::recordOutput_data()
{
    QTest::addColumn<CardStatus>("output");
    QTest::addColumn<QString>("action");
    QTest::newRow("printed") << CardStatus::Printed << u"card.printed"_s;
    QTest::newRow("exported") << CardStatus::Exported << u"card.exported"_s;
}

void TestCardRepository::recordOutput()
{
    QFETCH(CardStatus, output);
    QFETCH(QString, action);
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::ChangeNotifier notifier(t->db());
    QSignalSpy spy(&notifier, &storage::ChangeNotifier::changed);
    storage::CardRepository repo(t->db());
    const core::Card draft = repo.createDraft(draftFor(f), u"maria"_s).value();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto recorded = repo.recordOutput(draft.id, output, draft.text, u"john"_s);
    QVERIFY2(recorded, qPrintable(recorded.error()));
    QCOMPARE(recorded->status, output);
    QCOMPARE(recorded->outputCount, 1);
    QCOMPARE(recorded->outputBy, u"john"_s);

    const core::Card read = repo.byId(draft.id).value();
    QCOMPARE(read.status, output);
    QCOMPARE(read.outputCount, 1);
    QCOMPARE(read.outputBy, u"john"_s);
    QVERIFY(read.outputAt && *read.outputAt >= before);
    QCOMPARE(read.createdBy, u"maria"_s);

    const QList<core::AuditEntry> timeline = cardTimeline(t->db(), f.anna);
    QCOMPARE(timeline.size(), 1);
    const core::AuditEntry &entry = timeline.first();
    QCOMPARE(entry.action, action);
    QCOMPARE(entry.entityType, u"card"_s);
    QCOMPARE(entry.entityId, draft.id);
    QCOMPARE(entry.actor, u"john"_s);
    QVERIFY2(entry.detail.contains(u"welcome"_s), qPrintable(entry.detail));
    QVERIFY2(entry.detail.contains(u"a2"_s), qPrintable(entry.detail));
    QVERIFY2(entry.detail.contains(u"Dear Anna, welcome!"_s), qPrintable(entry.detail));
    QVERIFY(waitFor(spy, u"cards"_s, draft.id));
}

void TestCardRepository::recordOutputWithChangedDraftText()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::CardRepository repo(t->db());
    const core::Card draft = repo.createDraft(draftFor(f), u"maria"_s).value();
    const QString edited = u"Dear Anna, welcome! The bath salts are on us."_s;
    const auto recorded = repo.recordOutput(draft.id, CardStatus::Printed, edited, u"maria"_s);
    QVERIFY2(recorded, qPrintable(recorded.error()));
    QCOMPARE(repo.byId(draft.id)->text, edited);
    QVERIFY(cardTimeline(t->db(), f.anna).first().detail.contains(edited));
}

void TestCardRepository::auditRecordsWhatWentOnPaper_data()
{
    QTest::addColumn<QString>("draftSignature");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("signature"); // as passed by the renderer's caller
    QTest::addColumn<QString>("signedAs");
    QTest::addColumn<QString>("onPaper");

    QTest::newRow("signed under the text") << u"Maria"_s << u"Dear Anna, welcome!"_s << u"Maria Lopes"_s
                                           << u", signed Maria Lopes\n"_s << u"\nDear Anna, welcome!\nMaria Lopes"_s;
    QTest::newRow("the draft's signature") << u"Maria"_s << u"Dear Anna, welcome!"_s << QString()
                                           << u", signed Maria\n"_s << u"\nDear Anna, welcome!\nMaria"_s;
    QTest::newRow("text signs itself") << u"Maria Lopes"_s << u"Warm regards,\nMaria Lopes"_s << u"Maria Lopes"_s
                                       << u", signed Maria Lopes\n"_s << u"\nWarm regards,\nMaria Lopes"_s;
    QTest::newRow("unsigned") << QString() << u"Dear Anna, welcome!"_s << QString() << u", unsigned\n"_s
                              << u"\nDear Anna, welcome!"_s;
}

void TestCardRepository::auditRecordsWhatWentOnPaper()
{
    QFETCH(QString, draftSignature);
    QFETCH(QString, text);
    QFETCH(QString, signature);
    QFETCH(QString, signedAs);
    QFETCH(QString, onPaper);
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::CardRepository repo(t->db());
    core::Card card = draftFor(f, text);
    card.signature = draftSignature;
    const core::Card draft = repo.createDraft(card, u"maria"_s).value();
    const auto recorded = repo.recordOutput(draft.id, CardStatus::Printed, text, u"maria"_s, signature);
    QVERIFY2(recorded, qPrintable(recorded.error()));
    const QString detail = cardTimeline(t->db(), f.anna).first().detail;
    QVERIFY2(detail.startsWith(u"template welcome, format a2"_s + signedAs), qPrintable(detail));
    QVERIFY2(detail.endsWith(onPaper), qPrintable(detail));
}

void TestCardRepository::messagesSayWhenInWords()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::CardRepository repo(t->db());
    core::Card card = repo.createDraft(draftFor(f), u"maria"_s).value();
    QVERIFY(repo.recordOutput(card.id, CardStatus::Printed, card.text, u"maria"_s));
    card.text = u"Something else"_s;
    const auto refused = repo.updateDraft(card);
    QVERIFY(!refused);
    QVERIFY2(!refused.error().contains(u"UTC"_s), qPrintable(refused.error()));
    // Plurals come from the translations; without them the word reads "minute(s)".
    QVERIFY2(refused.error().contains(u"printed by maria just now"_s)
                 || refused.error().contains(u"printed by maria 1 minute"_s),
             qPrintable(refused.error()));

    // Printed a few days ago.
    storage::PreparedQuery q = t->db().prepare(u"UPDATE cards SET output_at = ? WHERE id = ?"_s);
    q.bind(storage::SqlValue::timestamp(QDateTime::currentDateTimeUtc().addDays(-3).addSecs(-3600)))
        .bind(qint64(card.id));
    QVERIFY(q.exec());
    q.finish();
    const auto older = repo.updateDraft(card);
    QVERIFY(!older);
    QVERIFY2(older.error().contains(u"printed by maria 3 day"_s), qPrintable(older.error()));
    QVERIFY2(!older.error().contains(u"UTC"_s), qPrintable(older.error()));
}

void TestCardRepository::reprintAndExport()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::CardRepository repo(t->db());
    const core::Card draft = repo.createDraft(draftFor(f), u"maria"_s).value();
    QVERIFY(repo.recordOutput(draft.id, CardStatus::Printed, draft.text, u"maria"_s));
    QVERIFY(repo.recordOutput(draft.id, CardStatus::Printed, QString(), u"maria"_s)); // the same card again
    const auto exported = repo.recordOutput(draft.id, CardStatus::Exported, draft.text, u"john"_s);
    QVERIFY2(exported, qPrintable(exported.error()));
    QCOMPARE(exported->outputCount, 3);
    QCOMPARE(repo.byId(draft.id)->status, CardStatus::Exported);
    QCOMPARE(repo.byId(draft.id)->text, draft.text);
    QCOMPARE(auditRows(t->db(), u"card.printed"_s), 2);
    QCOMPARE(auditRows(t->db(), u"card.exported"_s), 1);
}

void TestCardRepository::printedCardKeepsItsText_data()
{
    QTest::addColumn<CardStatus>("first");
    QTest::addColumn<CardStatus>("second");
    QTest::addColumn<QString>("message");
    QTest::newRow("print, then print other text") << CardStatus::Printed << CardStatus::Printed << u"printed by"_s;
    QTest::newRow("export, then print other text")
        << CardStatus::Exported << CardStatus::Printed << u"saved as a PDF by"_s;
}

void TestCardRepository::printedCardKeepsItsText()
{
    QFETCH(CardStatus, first);
    QFETCH(CardStatus, second);
    QFETCH(QString, message);
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::CardRepository repo(t->db());
    const core::Card draft = repo.createDraft(draftFor(f), u"maria"_s).value();
    QVERIFY(repo.recordOutput(draft.id, first, draft.text, u"maria"_s));
    const auto refused = repo.recordOutput(draft.id, second, u"Other words"_s, u"john"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"other wording"_s), qPrintable(refused.error()));
    const core::Card read = repo.byId(draft.id).value();
    QCOMPARE(read.text, draft.text);
    QCOMPARE(read.outputCount, 1);
    QCOMPARE(read.status, first);
    QCOMPARE(cardTimeline(t->db(), f.anna).size(), 1);
}

void TestCardRepository::outputRefused_data()
{
    QTest::addColumn<QString>("cardText");
    QTest::addColumn<QString>("outputText");
    QTest::addColumn<CardStatus>("output");
    QTest::addColumn<bool>("unknownCard");
    QTest::addColumn<QString>("message");
    QTest::newRow("as a draft") << u"Hello"_s << u"Hello"_s << CardStatus::Draft << false << u"not as a draft"_s;
    QTest::newRow("no text at all") << u""_s << u""_s << CardStatus::Printed << false << u"has no text"_s;
    QTest::newRow("blank text") << u"Hello"_s << u"  \n"_s << CardStatus::Printed << false << u"has no text"_s;
    QTest::newRow("unknown card") << u"Hello"_s << u"Hello"_s << CardStatus::Printed << true << u"#4242"_s;
}

void TestCardRepository::outputRefused()
{
    QFETCH(QString, cardText);
    QFETCH(QString, outputText);
    QFETCH(CardStatus, output);
    QFETCH(bool, unknownCard);
    QFETCH(QString, message);
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::CardRepository repo(t->db());
    const core::Card draft = repo.createDraft(draftFor(f, cardText), u"maria"_s).value();
    const auto refused = repo.recordOutput(unknownCard ? 4242 : draft.id, output, outputText, u"maria"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(message), qPrintable(refused.error()));
    QCOMPARE(repo.byId(draft.id)->status, CardStatus::Draft);
    QCOMPARE(repo.byId(draft.id)->outputCount, 0);
    QVERIFY(cardTimeline(t->db(), f.anna).isEmpty());
}

void TestCardRepository::removeDraft()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::CardRepository repo(t->db());
    const core::Card draft = repo.createDraft(draftFor(f), u"maria"_s).value();
    const auto removed = repo.removeDraft(draft.id);
    QVERIFY2(removed, qPrintable(removed.error()));
    QVERIFY(!repo.byId(draft.id));
    const auto again = repo.removeDraft(draft.id);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"#%1"_s.arg(draft.id)), qPrintable(again.error()));
}

void TestCardRepository::removeDraftUnlinksOrders()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::CardRepository repo(t->db());
    const core::Card draft = repo.createDraft(draftFor(f), u"maria"_s).value();
    storage::OrderRequest request;
    request.guestId = f.anna;
    request.items = {{u"Flowers"_s, 1}};
    request.cardId = draft.id;
    const auto order = storage::OrderRepository(t->db()).create(request, u"maria"_s);
    QVERIFY2(order, qPrintable(order.error()));
    QCOMPARE(order->cardId, draft.id);

    QVERIFY(repo.removeDraft(draft.id));
    const core::AmenityOrder read = storage::OrderRepository(t->db()).byId(order->id).value();
    QCOMPARE(read.cardId, core::InvalidId);
    QCOMPARE(read.lines.size(), 1);
}

void TestCardRepository::printedCardsCannotBeRemoved()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::CardRepository repo(t->db());
    const core::Card draft = repo.createDraft(draftFor(f), u"maria"_s).value();
    QVERIFY(repo.recordOutput(draft.id, CardStatus::Printed, draft.text, u"maria"_s));
    const auto refused = repo.removeDraft(draft.id);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"timeline"_s), qPrintable(refused.error()));
    QVERIFY(repo.byId(draft.id));
}

void TestCardRepository::outputForGuest()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::CardRepository repo(t->db());
    const core::Card first = repo.createDraft(draftFor(f, u"First"_s), u"maria"_s).value();
    const core::Card draftOnly = repo.createDraft(draftFor(f, u"Never printed"_s), u"maria"_s).value();
    const core::Card second = repo.createDraft(draftFor(f, u"Second"_s), u"maria"_s).value();
    core::Card johns = draftFor(f, u"For John"_s);
    johns.guestId = f.john;
    johns.stayId = f.johnsStay;
    const core::Card forJohn = repo.createDraft(johns, u"maria"_s).value();
    QVERIFY(repo.recordOutput(second.id, CardStatus::Exported, QString(), u"maria"_s));
    QVERIFY(repo.recordOutput(first.id, CardStatus::Printed, QString(), u"maria"_s));
    QVERIFY(repo.recordOutput(forJohn.id, CardStatus::Printed, QString(), u"maria"_s));

    const QList<core::Card> annas = repo.outputForGuest(f.anna);
    QCOMPARE(annas.size(), 2);
    QCOMPARE(annas.at(0).id, first.id);
    QCOMPARE(annas.at(1).id, second.id);
    Q_UNUSED(draftOnly);
    QCOMPARE(repo.outputForGuest(f.john).size(), 1);
    QVERIFY(repo.outputForGuest(4242).isEmpty());
}

QTEST_GUILESS_MAIN(TestCardRepository)
#include "test_cardrepository.moc"
