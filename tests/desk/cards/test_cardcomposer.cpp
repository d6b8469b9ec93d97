#include <core/cardmerge.h>
#include <desk/cards/cardcomposer.h>
#include <storage/cardtemplaterepository.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/stayrepository.h>

#include <testdatabase.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;

namespace {

const QString kBody = u"Dear {first_name} {last_name}, welcome to {property}. Room {room} is ready for {arrival}; "
                      "we look forward to {departure}. {signature}"_s;
const QLocale kLocale(QLocale::English, QLocale::UnitedKingdom);

// A hotel in Lisbon, a template of our own wording, and guests arriving on
// 2031-08-01 with everything the batch filters look at.
struct Hotel
{
    core::Property lisbon;
    core::Property porto;
    core::CardTemplate note;
    core::Guest anna; // VIP V2, anniversary in her notes, a past stay: not a first stay
    core::Guest carl; // no VIP code, first stay, room 9
    core::Guest dora; // VIP V1, first stay, room 10, at Porto
    core::Guest eve;  // VIP V1, her arrival is cancelled
    core::Guest finn; // a cancelled earlier stay only: still a first stay; anniversary in preferences
    core::Stay annaPast;
    core::Stay annaNext;
};

const QDate kDay(2031, 8, 1);

core::Guest addGuest(storage::Database &db, const QString &first, const QString &last, const QString &vip,
                     const QString &preferences = {}, const QString &notes = {})
{
    core::Guest guest;
    guest.firstName = first;
    guest.lastName = last;
    guest.vipCode = vip;
    guest.preferences = preferences;
    guest.notes = notes;
    auto created = storage::GuestRepository(db).create(guest, u"setup"_s);
    if (!created)
        qWarning().noquote() << created.error();
    return created ? created.value() : core::Guest();
}

core::Stay addStay(storage::Database &db, core::Id property, core::Id guest, const QString &confirmation,
                   const QString &room, const QDate &arrival, int nights, core::StayStatus status)
{
    core::Stay stay;
    stay.propertyId = property;
    stay.guestId = guest;
    stay.confirmation = confirmation;
    stay.room = room;
    stay.arrival = arrival;
    stay.departure = arrival.addDays(nights);
    stay.status = status;
    if (auto done = storage::StayRepository(db).upsert(stay, u"setup"_s); !done)
        qWarning().noquote() << done.error();
    return stay;
}

std::optional<Hotel> seed(storage::Database &db)
{
    Hotel h;
    storage::PropertyRepository properties(db);
    core::Property lisbon;
    lisbon.code = u"HVH"_s;
    lisbon.name = u"Harbour View Hotel"_s;
    lisbon.timeZone = u"Europe/Lisbon"_s;
    auto addedLisbon = properties.add(lisbon);
    core::Property porto;
    porto.code = u"RVP"_s;
    porto.name = u"River View Porto"_s;
    porto.timeZone = u"Europe/Lisbon"_s;
    auto addedPorto = properties.add(porto);
    if (!addedLisbon || !addedPorto)
        return std::nullopt;
    h.lisbon = *addedLisbon;
    h.porto = *addedPorto;

    core::CardTemplate note;
    note.name = u"house_note"_s;
    note.body = kBody;
    auto addedTemplate = storage::CardTemplateRepository(db).add(note, u"setup"_s);
    if (!addedTemplate) {
        qWarning().noquote() << addedTemplate.error();
        return std::nullopt;
    }
    h.note = *addedTemplate;

    h.anna = addGuest(db, u"Anna"_s, u"Berg"_s, u"V2"_s, {}, u"Wedding Anniversary on the 3rd"_s);
    h.carl = addGuest(db, u"Carl"_s, u"Olsen"_s, {});
    h.dora = addGuest(db, u"Dora"_s, u"Alves"_s, u"V1"_s);
    h.eve = addGuest(db, u"Eve"_s, u"Lund"_s, u"V1"_s);
    h.finn = addGuest(db, u"Finn"_s, u"Moe"_s, {}, u"anniversary dinner booked"_s);
    if (h.anna.id == core::InvalidId || h.finn.id == core::InvalidId)
        return std::nullopt;

    h.annaPast
        = addStay(db, h.lisbon.id, h.anna.id, u"HV-1"_s, u"412"_s, QDate(2030, 3, 10), 3, core::StayStatus::CheckedOut);
    h.annaNext = addStay(db, h.lisbon.id, h.anna.id, u"HV-2"_s, u"508"_s, kDay, 4, core::StayStatus::Reserved);
    addStay(db, h.lisbon.id, h.carl.id, u"HV-3"_s, u"9"_s, kDay, 2, core::StayStatus::Reserved);
    addStay(db, h.porto.id, h.dora.id, u"RV-1"_s, u"10"_s, kDay, 2, core::StayStatus::Reserved);
    addStay(db, h.lisbon.id, h.eve.id, u"HV-4"_s, u"301"_s, kDay, 2, core::StayStatus::Cancelled);
    addStay(db, h.lisbon.id, h.finn.id, u"HV-5"_s, u"301"_s, QDate(2029, 5, 1), 2, core::StayStatus::Cancelled);
    addStay(db, h.lisbon.id, h.finn.id, u"HV-6"_s, QString(), kDay, 3, core::StayStatus::Reserved);
    return h;
}

QStringList firstNames(storage::Database &db, const QList<core::Stay> &stays)
{
    QStringList names;
    storage::GuestRepository guests(db);
    for (const core::Stay &stay : stays)
        names.append(guests.byId(stay.guestId).value_or(core::Guest()).firstName);
    return names;
}

QDateTime utc(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

// How cards are composed for the card editor and the command line: the
// merged text, the stay a card is written for, merge problems reported rather
// than printed, and which of a day's arrivals a batch takes. On both engines.
class TestCardComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesTheNextArrival();
    void prefersTheStayInHouse();
    void fallsBackToTheLastStay();
    void guestWithoutStaysHasAnEmptyRoom();
    void bodyOverrideIsMergedAndChecked();
    void unknownTemplateOrGuestFails();
    void builtInTemplatesMergeCleanly();
    void composeForStayUsesThatStay();
    void arrivals_data();
    void arrivals();
    void arrivalsAtAnUnknownPropertyFail();
};

void TestCardComposer::mergesTheNextArrival()
{
    TW_TEST_DATABASE(t);
    const auto h = seed(t->db());
    QVERIFY(h);
    desk::CardComposer composer(t->db(), kLocale);
    composer.setNow(utc(2031, 7, 20, 12));

    const auto card = composer.compose(h->anna.id, u"House_Note"_s, u"  Maria   Silva "_s);
    QVERIFY2(card, qPrintable(card.error()));
    QVERIFY(card->merge.ok());
    QVERIFY(card->stay);
    QCOMPARE(card->stay->confirmation, u"HV-2"_s);
    QVERIFY(card->property);
    QCOMPARE(card->property->code, u"HVH"_s);
    QCOMPARE(card->cardTemplate.id, h->note.id);
    QCOMPARE(card->signature, u"Maria Silva"_s);
    const core::CardMerge merge(kLocale);
    const QString expected
        = u"Dear Anna Berg, welcome to Harbour View Hotel. Room 508 is ready for %1; we look "
          "forward to %2. Maria Silva"_s.arg(merge.guestFacingDate(kDay), merge.guestFacingDate(kDay.addDays(4)));
    QCOMPARE(card->merge.text, expected);
    QVERIFY(!card->merge.text.contains(u'{'));
}

void TestCardComposer::prefersTheStayInHouse()
{
    TW_TEST_DATABASE(t);
    const auto h = seed(t->db());
    QVERIFY(h);
    // In house at Porto now, with the Lisbon arrival still ahead.
    core::Stay porto = addStay(t->db(), h->porto.id, h->anna.id, u"RV-9"_s, u"77"_s, QDate(2031, 7, 18), 5,
                               core::StayStatus::InHouse);
    desk::CardComposer composer(t->db(), kLocale);
    composer.setNow(utc(2031, 7, 20, 12));
    const auto card = composer.compose(h->anna.id, h->note.id, u"Maria"_s);
    QVERIFY2(card, qPrintable(card.error()));
    QVERIFY(card->stay);
    QCOMPARE(card->stay->confirmation, porto.confirmation);
    QCOMPARE(card->property->name, u"River View Porto"_s);
    QVERIFY(card->merge.text.contains(u"Room 77"_s));
}

void TestCardComposer::fallsBackToTheLastStay()
{
    TW_TEST_DATABASE(t);
    const auto h = seed(t->db());
    QVERIFY(h);
    desk::CardComposer composer(t->db(), kLocale);
    // After both of Anna's stays: the last one, not the first.
    composer.setNow(utc(2032, 1, 1, 12));
    const auto card = composer.compose(h->anna.id, h->note.id, u"Maria"_s);
    QVERIFY2(card, qPrintable(card.error()));
    QVERIFY(card->stay);
    QCOMPARE(card->stay->confirmation, u"HV-2"_s);

    // Finn's only stays: a cancelled one long ago and one with no room yet.
    composer.setNow(utc(2031, 7, 1, 12));
    const auto finn = composer.compose(h->finn.id, h->note.id, u"Maria"_s);
    QVERIFY2(finn, qPrintable(finn.error()));
    QCOMPARE(finn->stay->confirmation, u"HV-6"_s);
    QCOMPARE(finn->merge.issues.size(), 1);
    QCOMPARE(finn->merge.issues.constFirst().kind, core::CardMerge::IssueKind::EmptyField);
    QCOMPARE(finn->merge.issues.constFirst().field, u"room"_s);
    QVERIFY(!finn->merge.text.contains(u"{room}"_s));
}

void TestCardComposer::guestWithoutStaysHasAnEmptyRoom()
{
    TW_TEST_DATABASE(t);
    const auto h = seed(t->db());
    QVERIFY(h);
    const core::Guest nobody = addGuest(t->db(), u"Gus"_s, u"Nilsen"_s, {});
    desk::CardComposer composer(t->db(), kLocale);
    const auto card = composer.compose(nobody.id, h->note.id, u"Maria"_s);
    QVERIFY2(card, qPrintable(card.error()));
    QVERIFY(!card->stay);
    QVERIFY(!card->property);
    QStringList empty;
    for (const core::CardMerge::Issue &issue : card->merge.issues) {
        QCOMPARE(issue.kind, core::CardMerge::IssueKind::EmptyField);
        empty.append(issue.field);
    }
    QCOMPARE(empty, (QStringList{u"property"_s, u"room"_s, u"arrival"_s, u"departure"_s}));
}

void TestCardComposer::bodyOverrideIsMergedAndChecked()
{
    TW_TEST_DATABASE(t);
    const auto h = seed(t->db());
    QVERIFY(h);
    desk::CardComposer composer(t->db(), kLocale);
    composer.setNow(utc(2031, 7, 20, 12));

    const auto plain = composer.compose(h->anna.id, u"house_note"_s, u"Maria"_s, u"Hello {First_Name}!"_s);
    QVERIFY2(plain, qPrintable(plain.error()));
    QVERIFY(plain->merge.ok());
    QCOMPARE(plain->merge.text, u"Hello Anna!"_s);

    const auto unknown = composer.compose(h->anna.id, u"house_note"_s, u"Maria"_s, u"Hello {nickname}!"_s);
    QVERIFY2(unknown, qPrintable(unknown.error()));
    QVERIFY(!unknown->merge.ok());
    QCOMPARE(unknown->merge.issues.size(), 1);
    QCOMPARE(unknown->merge.issues.constFirst().kind, core::CardMerge::IssueKind::UnknownField);
    QCOMPARE(unknown->merge.issues.constFirst().field, u"nickname"_s);
    QVERIFY(unknown->merge.issues.constFirst().message().contains(u"{nickname}"_s));
    QVERIFY(!unknown->merge.text.contains(u"nickname"_s));

    // No signature to write: reported, not left blank silently.
    const auto unsigned_ = composer.compose(h->anna.id, u"house_note"_s, u"  "_s);
    QVERIFY2(unsigned_, qPrintable(unsigned_.error()));
    QCOMPARE(unsigned_->merge.issues.size(), 1);
    QCOMPARE(unsigned_->merge.issues.constFirst().field, u"signature"_s);
}

void TestCardComposer::unknownTemplateOrGuestFails()
{
    TW_TEST_DATABASE(t);
    const auto h = seed(t->db());
    QVERIFY(h);
    desk::CardComposer composer(t->db(), kLocale);

    const auto noTemplate = composer.compose(h->anna.id, u"sonnet"_s, u"Maria"_s);
    QVERIFY(!noTemplate);
    QVERIFY2(noTemplate.error().contains(u"\"sonnet\""_s), qPrintable(noTemplate.error()));
    // The message says which templates there are.
    QVERIFY2(noTemplate.error().contains(u"welcome"_s), qPrintable(noTemplate.error()));
    QVERIFY2(noTemplate.error().contains(u"house_note"_s), qPrintable(noTemplate.error()));

    const auto noTemplateId = composer.compose(h->anna.id, h->note.id + 1000, u"Maria"_s);
    QVERIFY(!noTemplateId);

    const auto noGuest = composer.compose(h->finn.id + 1000, u"welcome"_s, u"Maria"_s);
    QVERIFY(!noGuest);
    QVERIFY2(noGuest.error().contains(QString::number(h->finn.id + 1000)), qPrintable(noGuest.error()));
}

void TestCardComposer::builtInTemplatesMergeCleanly()
{
    TW_TEST_DATABASE(t);
    const auto h = seed(t->db());
    QVERIFY(h);
    desk::CardComposer composer(t->db(), kLocale);
    composer.setNow(utc(2031, 7, 20, 12));
    for (const QString &name : {u"welcome"_s, u"thank_you"_s, u"apology"_s, u"birthday"_s, u"anniversary"_s}) {
        const auto card = composer.compose(h->anna.id, name, u"Maria"_s);
        QVERIFY2(card, qPrintable(card.error()));
        QVERIFY2(card->merge.ok(), qPrintable(name));
        QVERIFY2(card->merge.text.contains(u"Anna"_s), qPrintable(name));
        QVERIFY2(card->merge.text.contains(u"Maria"_s), qPrintable(name));
        QVERIFY2(!card->merge.text.contains(u'{'), qPrintable(card->merge.text));
    }
}

void TestCardComposer::composeForStayUsesThatStay()
{
    TW_TEST_DATABASE(t);
    const auto h = seed(t->db());
    QVERIFY(h);
    desk::CardComposer composer(t->db(), kLocale);
    // compose() would take the next arrival (508); the batch asks for the past stay.
    composer.setNow(utc(2031, 7, 20, 12));
    const auto stay = storage::StayRepository(t->db()).byConfirmation(h->lisbon.id, u"HV-1"_s);
    QVERIFY(stay);
    const auto card = composer.composeForStay(*stay, h->note.id, u"Maria"_s);
    QVERIFY2(card, qPrintable(card.error()));
    QCOMPARE(card->guest.id, h->anna.id);
    QCOMPARE(card->stay->id, stay->id);
    QVERIFY(card->merge.text.contains(u"Room 412"_s));
}

void TestCardComposer::arrivals_data()
{
    QTest::addColumn<QString>("vip");
    QTest::addColumn<bool>("firstStay");
    QTest::addColumn<bool>("anniversary");
    QTest::addColumn<QString>("property"); // code, or empty for all
    QTest::addColumn<QStringList>("expected");

    // Room order: 9, 10, 508, then Finn without a room; Eve's arrival is cancelled.
    QTest::newRow("everyone") << QString() << false << false << QString()
                              << QStringList{u"Carl"_s, u"Dora"_s, u"Anna"_s, u"Finn"_s};
    QTest::newRow("one property") << QString() << false << false << u"HVH"_s
                                  << QStringList{u"Carl"_s, u"Anna"_s, u"Finn"_s};
    QTest::newRow("VIP V1") << u"V1"_s << false << false << QString() << QStringList{u"Dora"_s};
    QTest::newRow("VIP code in any case") << u"v2"_s << false << false << QString() << QStringList{u"Anna"_s};
    QTest::newRow("any VIP") << u"*"_s << false << false << QString() << QStringList{u"Dora"_s, u"Anna"_s};
    QTest::newRow("first stay") << QString() << true << false << QString()
                                << QStringList{u"Carl"_s, u"Dora"_s, u"Finn"_s};
    QTest::newRow("anniversary") << QString() << false << true << QString() << QStringList{u"Anna"_s, u"Finn"_s};
    QTest::newRow("first stay and anniversary") << QString() << true << true << QString() << QStringList{u"Finn"_s};
    QTest::newRow("VIP and first stay") << u"*"_s << true << false << QString() << QStringList{u"Dora"_s};
    QTest::newRow("no match") << u"V9"_s << false << false << QString() << QStringList{};
}

void TestCardComposer::arrivals()
{
    QFETCH(QString, vip);
    QFETCH(bool, firstStay);
    QFETCH(bool, anniversary);
    QFETCH(QString, property);
    QFETCH(QStringList, expected);
    TW_TEST_DATABASE(t);
    const auto h = seed(t->db());
    QVERIFY(h);

    desk::ArrivalFilter filter;
    filter.vipCode = vip;
    filter.firstStayOnly = firstStay;
    filter.anniversaryOnly = anniversary;
    if (!property.isEmpty())
        filter.propertyId = property == u"HVH"_s ? h->lisbon.id : h->porto.id;
    const desk::CardComposer composer(t->db(), kLocale);
    const auto stays = composer.arrivals(kDay, filter);
    QVERIFY2(stays, qPrintable(stays.error()));
    QCOMPARE(firstNames(t->db(), *stays), expected);
    for (const core::Stay &stay : *stays)
        QCOMPARE(stay.arrival, kDay);

    const auto otherDay = composer.arrivals(kDay.addDays(1), filter);
    QVERIFY2(otherDay, qPrintable(otherDay.error()));
    QVERIFY(otherDay->isEmpty());
}

void TestCardComposer::arrivalsAtAnUnknownPropertyFail()
{
    TW_TEST_DATABASE(t);
    const auto h = seed(t->db());
    QVERIFY(h);
    desk::ArrivalFilter filter;
    filter.propertyId = h->porto.id + 100;
    const auto stays = desk::CardComposer(t->db(), kLocale).arrivals(kDay, filter);
    QVERIFY(!stays);
    QVERIFY(!stays.error().isEmpty());
    QVERIFY(!desk::CardComposer(t->db(), kLocale).arrivals(QDate(), {}));
}

QTEST_GUILESS_MAIN(TestCardComposer)
#include "test_cardcomposer.moc"
