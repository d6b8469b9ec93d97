#include <pms/stayimporter.h>

#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <testdatabase.h>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace tw;
using pms::ImportOptions;
using pms::ImportReport;
using pms::StayImporter;

namespace {

core::Property addProperty(storage::Database &db, const QString &code, const QString &zone = u"Europe/Lisbon"_s)
{
    core::Property p;
    p.code = code;
    p.name = u"Hotel "_s + code;
    p.timeZone = zone;
    auto added = storage::PropertyRepository(db).add(p);
    if (!added)
        qFatal("cannot add property %s: %s", qPrintable(code), qPrintable(added.error()));
    return added.value();
}

ImportOptions into(const QString &propertyCode)
{
    ImportOptions options;
    options.propertyCode = propertyCode;
    return options;
}

// "line: reason" of every rejected row, for comparisons that show all of them.
QStringList rejections(const ImportReport &report)
{
    QStringList out;
    for (const auto &row : report.rejected)
        out.append(row.toString());
    return out;
}

// A semicolon export with a byte order mark, CRLF line ends, headers in mixed
// case, an unknown column, quoted fields over several lines and a good share of
// broken records.
const QByteArray kMessy
    = "\xEF\xBB\xBF"
      "Confirmation;PROPERTY;First Name;last_name;E-Mail;Rate Code;Arrival;Departure;Room;Status;Notes;X Handle\r\n" // 1
      "A100;PAL;Anna;Berg;anna@example.com;BAR;2026-03-04;2026-03-06;101;reserved;;@AnnaBerg\r\n"    // 2
      ";PAL;No;Number;nn@example.com;BAR;2026-03-04;2026-03-06;102;reserved;;\r\n"                   // 3
      "A101;PAL;Bruno;Costa;bruno@example.com;BAR;2026-03-04;2026-03-01;103;;;\r\n"                  // 4
      "A102;PAL;Chloé;Dubois;chloe@example.com;BAR;2026-03-05;2026-03-08;104;In House;\"Prefers\r\n" // 5
      "a quiet room; late check-out\";\r\n"                                                          // 6
      "A103;XYZ;Dan;Evans;dan@example.com;BAR;2026-03-05;2026-03-08;105;;;\r\n"                      // 7
      "\r\n"                                                                                         // 8
      "A104;PAL;Eva;Fox;eva@example.com;BAR;31/02/2026;2026-03-08;106;;;\r\n"                        // 9
      "A105;PAL;Finn;Gray;finn@example.com;BAR;2026-03-05;2026-03-08;107;gone;;\r\n"                 // 10
      "A106;PAL;Gil;Hart;gil@example.com;BAR;2026-03-05;2026-03-08;108;;;@not a handle\r\n"          // 11
      "A107;PAL;Hana;Ito;hana@example.com;BAR;2026-03-05;2026-03-08;109;checked_out;\"multi\r\n"     // 12
      "line\r\n"                                                                                     // 13
      "note\";\r\n"                                                                                  // 14
      "A108;PAL;Ivo;\"Jansen\"x;ivo@example.com;BAR;2026-03-05;2026-03-08;110;;;\r\n"                // 15
      "A109;PAL;Jon;Kim;jon@example.com;BAR;2026-03-05;2026-03-09;111;;;\r\n"                        // 16
      "\"A110\";\"PAL\";\"Kai\";\"Lee\";kai@example.com;BAR;2026-03-05;2026-03-09;112;;;\r\n"        // 17
      ";;;;;;;;;;;\r\n"                                                                              // 18
      "A111;PAL;Lia;Moe;lia@example.com;BAR;2026-03-05;2026-03-09;113;;\"never closed;\r\n"          // 19
      "A112;PAL;Max;Noe;max@example.com;BAR;2026-03-05;2026-03-09;114;;;\r\n";                       // 20

QByteArray manyRows(int count)
{
    QByteArray csv = "confirmation,first_name,last_name,email,room,arrival,departure\n";
    for (int i = 0; i < count; ++i) {
        csv += "R" + QByteArray::number(i) + ",Guest,Number " + QByteArray::number(i) + ",guest" + QByteArray::number(i)
            + "@example.com," + QByteArray::number(100 + i % 700) + ",2026-05-01,2026-05-03\n";
    }
    return csv;
}

} // namespace

class TestStayImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messyFileLandsGoodRowsAndReportsBadOnes();
    void reimportChangesNothing();
    void changedRoomIsAnUpdate();
    void dryRunWritesNothing();
    void guestsMatchByEmail();
    void guestsMatchByLoyaltyNumber();
    void guestWithoutKeysFoundThroughTheReservation();
    void contactFieldsUpdatedNeverBlanked();
    void handlesLinkedAsConfirmed();
    void handleOfAnotherGuestRejectsTheRow();
    void cancelRollsBack();
    void progressAtMostEvery500Records();
    void propertyFromColumnOrOption();
    void missingPropertyFailsTheImport();
    void missingColumnsFailTheImport_data();
    void missingColumnsFailTheImport();
    void emptyFileFails();
    void namedMapping();
    void emptyStatusKeepsTheStoredOne();
    void importsFromAFile();
    void reservationTwiceInOneFile();
    void reasonsStayOnOneLine();
    void recordRefusedMidwayLeavesNothing();
    void largeImportsArePlannedForGrowth();
};

void TestStayImporter::messyFileLandsGoodRowsAndReportsBadOnes()
{
    TW_TEST_DATABASE(t);
    const core::Property pal = addProperty(t->db(), u"PAL"_s);

    auto imported = StayImporter(t->db()).importData(kMessy, into(u"PAL"_s));
    QVERIFY2(imported, qPrintable(imported.error()));
    const ImportReport &report = imported.value();

    QCOMPARE(report.created, 6);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.unchanged, 0);
    QCOMPARE(report.records, 14);
    QCOMPARE(report.ignoredColumns, QStringList{u"Rate Code"_s});
    const QStringList rejected = rejections(report);
    QCOMPARE(rejected.size(), 8);
    QCOMPARE(rejected.at(0), u"line 3: missing confirmation number"_s);
    QCOMPARE(rejected.at(1), u"line 4: departure 2026-03-01 is before arrival 2026-03-04"_s);
    QCOMPARE(rejected.at(2), u"line 7: unknown property \"XYZ\""_s);
    QCOMPARE(rejected.at(3), u"line 9: bad arrival date \"31/02/2026\" (expected YYYY-MM-DD)"_s);
    QVERIFY2(rejected.at(4).startsWith(u"line 10: unknown status \"gone\""_s), qPrintable(rejected.at(4)));
    QVERIFY2(rejected.at(5).startsWith(u"line 11: bad X handle"_s), qPrintable(rejected.at(5)));
    QVERIFY2(rejected.at(6).startsWith(u"line 15: unexpected text after the closing quote"_s),
             qPrintable(rejected.at(6)));
    QCOMPARE(rejected.at(7),
             u"line 19: the quoted field that starts on line 19 is never closed; the record is skipped and reading "
             "goes on with line 20"_s);

    storage::StayRepository stays(t->db());
    storage::GuestRepository guests(t->db());
    QCOMPARE(stays.count(), 6);
    QCOMPARE(guests.count(), 6);

    const auto anna = stays.byConfirmation(pal.id, u"A100"_s);
    QVERIFY(anna);
    QCOMPARE(anna->room, u"101"_s);
    QCOMPARE(anna->arrival, QDate(2026, 3, 4));
    QCOMPARE(anna->departure, QDate(2026, 3, 6));
    QCOMPARE(anna->status, core::StayStatus::Reserved);

    const auto chloe = guests.byEmail(u"chloe@example.com"_s);
    QVERIFY(chloe);
    QCOMPARE(chloe->firstName, u"Chloé"_s);
    QCOMPARE(chloe->notes, u"Prefers\na quiet room; late check-out"_s);
    QCOMPARE(stays.byConfirmation(pal.id, u"A102"_s)->status, core::StayStatus::InHouse);

    const auto hana = stays.byConfirmation(pal.id, u"A107"_s);
    QVERIFY(hana);
    QCOMPARE(hana->status, core::StayStatus::CheckedOut);
    QVERIFY(stays.byConfirmation(pal.id, u"A109"_s));
    QVERIFY(stays.byConfirmation(pal.id, u"A110"_s)); // quoted cells
    QVERIFY(!stays.byConfirmation(pal.id, u"A101"_s));
    QVERIFY(!stays.byConfirmation(pal.id, u"A111"_s));
    // The unterminated quote costs its own record only, not the one after it.
    QVERIFY(stays.byConfirmation(pal.id, u"A112"_s));
}

void TestStayImporter::reimportChangesNothing()
{
    TW_TEST_DATABASE(t);
    const core::Property pal = addProperty(t->db(), u"PAL"_s);
    StayImporter importer(t->db());
    auto first = importer.importData(kMessy, into(u"PAL"_s));
    QVERIFY2(first, qPrintable(first.error()));

    storage::GuestRepository guests(t->db());
    storage::StayRepository stays(t->db());
    storage::AuditLog audit(t->db());
    const auto anna = guests.byEmail(u"anna@example.com"_s);
    QVERIFY(anna);
    const auto annaStay = stays.byConfirmation(pal.id, u"A100"_s);
    const qsizetype annaAudit = audit.forGuest(anna->id).size();
    const qint64 guestCount = guests.count();

    auto second = importer.importData(kMessy, into(u"PAL"_s));
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->created, 0);
    QCOMPARE(second->updated, 0);
    QCOMPARE(second->unchanged, 6);
    QCOMPARE(second->rejected.size(), 8);
    QCOMPARE(second->guestsCreated, 0);
    QCOMPARE(second->guestsUpdated, 0);
    QCOMPARE(second->handlesLinked, 0);

    // Nothing was written: versions and the audit trail are as they were.
    QCOMPARE(guests.count(), guestCount);
    QCOMPARE(guests.byId(anna->id)->version, anna->version);
    QCOMPARE(stays.byConfirmation(pal.id, u"A100"_s)->version, annaStay->version);
    QCOMPARE(audit.forGuest(anna->id).size(), annaAudit);
}

void TestStayImporter::changedRoomIsAnUpdate()
{
    TW_TEST_DATABASE(t);
    const core::Property pal = addProperty(t->db(), u"PAL"_s);
    StayImporter importer(t->db());
    QVERIFY(importer.importData(kMessy, into(u"PAL"_s)));

    QByteArray changed = kMessy;
    changed.replace("2026-03-09;111;", "2026-03-09;711;");
    auto second = importer.importData(changed, into(u"PAL"_s));
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->created, 0);
    QCOMPARE(second->updated, 1);
    QCOMPARE(second->unchanged, 5);
    QCOMPARE(storage::StayRepository(t->db()).byConfirmation(pal.id, u"A109"_s)->room, u"711"_s);
}

void TestStayImporter::dryRunWritesNothing()
{
    TW_TEST_DATABASE(t);
    addProperty(t->db(), u"PAL"_s);
    StayImporter importer(t->db());

    ImportOptions options = into(u"PAL"_s);
    options.dryRun = true;
    auto dry = importer.importData(kMessy, options);
    QVERIFY2(dry, qPrintable(dry.error()));
    QVERIFY(dry->dryRun);
    QCOMPARE(dry->created, 6);
    QCOMPARE(dry->rejected.size(), 8);
    QCOMPARE(dry->guestsCreated, 6);
    QCOMPARE(storage::StayRepository(t->db()).count(), 0);
    QCOMPARE(storage::GuestRepository(t->db()).count(), 0);

    auto real = importer.importData(kMessy, into(u"PAL"_s));
    QVERIFY2(real, qPrintable(real.error()));
    QCOMPARE(real->created, dry->created);
    QCOMPARE(real->updated, dry->updated);
    QCOMPARE(real->unchanged, dry->unchanged);
    QCOMPARE(rejections(real.value()), rejections(dry.value()));
}

void TestStayImporter::guestsMatchByEmail()
{
    TW_TEST_DATABASE(t);
    const core::Property pal = addProperty(t->db(), u"PAL"_s);
    StayImporter importer(t->db());
    auto first = importer.importData("confirmation,first_name,last_name,email,arrival,departure\n"
                                     "B1,Anna,Berg,anna@example.com,2026-03-04,2026-03-06\n"
                                     "B2,Anna,Berg, ANNA@Example.COM ,2026-04-04,2026-04-06\n"_ba,
                                     into(u"PAL"_s));
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->created, 2);
    QCOMPARE(first->guestsCreated, 1);

    auto second = importer.importData("confirmation,last_name,email,arrival,departure\n"
                                      "B3,Berg,Anna@example.com,2026-05-04,2026-05-06\n"_ba,
                                      into(u"PAL"_s));
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->guestsCreated, 0);

    storage::StayRepository stays(t->db());
    QCOMPARE(storage::GuestRepository(t->db()).count(), 1);
    const core::Id guestId = stays.byConfirmation(pal.id, u"B1"_s)->guestId;
    QCOMPARE(stays.byConfirmation(pal.id, u"B2"_s)->guestId, guestId);
    QCOMPARE(stays.byConfirmation(pal.id, u"B3"_s)->guestId, guestId);
    QCOMPARE(stays.forGuest(guestId).size(), 3);
}

void TestStayImporter::guestsMatchByLoyaltyNumber()
{
    TW_TEST_DATABASE(t);
    const core::Property pal = addProperty(t->db(), u"PAL"_s);
    auto imported
        = StayImporter(t->db()).importData("confirmation,first_name,last_name,email,loyalty_number,arrival,departure\n"
                                           "L1,Ben,Cruz,ben@example.com,HV 0001,2026-03-04,2026-03-06\n"
                                           "L2,Ben,Cruz,,hv0001,2026-04-04,2026-04-06\n"
                                           "L3,Benjamin,Cruz,ben.cruz@work.example.com,HV0001,2026-05-04,2026-05-06\n"
                                           "L4,Carla,Cruz,,HV0002,2026-05-04,2026-05-06\n"_ba,
                                           into(u"PAL"_s));
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->created, 4);
    QCOMPARE(imported->guestsCreated, 2);

    storage::StayRepository stays(t->db());
    storage::GuestRepository guests(t->db());
    QCOMPARE(guests.count(), 2);
    const core::Id ben = stays.byConfirmation(pal.id, u"L1"_s)->guestId;
    QCOMPARE(stays.byConfirmation(pal.id, u"L2"_s)->guestId, ben);
    QCOMPARE(stays.byConfirmation(pal.id, u"L3"_s)->guestId, ben);
    QVERIFY(stays.byConfirmation(pal.id, u"L4"_s)->guestId != ben);
    // The newest details from the PMS win.
    const auto stored = guests.byId(ben);
    QCOMPARE(stored->firstName, u"Benjamin"_s);
    QCOMPARE(stored->email, u"ben.cruz@work.example.com"_s);
}

void TestStayImporter::guestWithoutKeysFoundThroughTheReservation()
{
    TW_TEST_DATABASE(t);
    const core::Property pal = addProperty(t->db(), u"PAL"_s);
    StayImporter importer(t->db());
    const QByteArray csv = "confirmation,first_name,last_name,arrival,departure\n"
                           "N1,Nadia,Oz,2026-03-04,2026-03-06\n"_ba;
    QVERIFY(importer.importData(csv, into(u"PAL"_s)));
    auto again = importer.importData(csv, into(u"PAL"_s));
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->unchanged, 1);
    QCOMPARE(storage::GuestRepository(t->db()).count(), 1);

    // The PMS learnt her e-mail: the same guest gets it.
    auto withEmail = importer.importData("confirmation,first_name,last_name,email,arrival,departure\n"
                                         "N1,Nadia,Oz,nadia@example.com,2026-03-04,2026-03-06\n"_ba,
                                         into(u"PAL"_s));
    QVERIFY2(withEmail, qPrintable(withEmail.error()));
    QCOMPARE(withEmail->updated, 1);
    QCOMPARE(withEmail->guestsCreated, 0);
    QCOMPARE(storage::GuestRepository(t->db()).count(), 1);
    const auto stay = storage::StayRepository(t->db()).byConfirmation(pal.id, u"N1"_s);
    QCOMPARE(storage::GuestRepository(t->db()).byId(stay->guestId)->email, u"nadia@example.com"_s);
}

void TestStayImporter::contactFieldsUpdatedNeverBlanked()
{
    TW_TEST_DATABASE(t);
    const core::Property pal = addProperty(t->db(), u"PAL"_s);
    StayImporter importer(t->db());
    QVERIFY(
        importer.importData("confirmation,first_name,last_name,email,phone,vip,preferences,notes,arrival,departure\n"
                            "C1,Dora,Ek,dora@example.com,+46 70 123 45 67,VIP1,firm pillows,Regular guest,"
                            "2026-03-04,2026-03-06\n"_ba,
                            into(u"PAL"_s)));
    auto second = importer.importData(
        "confirmation,first_name,last_name,email,phone,vip,preferences,notes,arrival,departure\n"
        "C1,Dora,Ek,dora@example.com,,,,,2026-03-04,2026-03-06\n"
        "C2,Dora,Ek,dora@example.com,+46 70 999 00 00,VIP2,,Birthday on the 5th,2026-06-04,2026-06-06\n"_ba,
        into(u"PAL"_s));
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->unchanged, 1);
    QCOMPARE(second->created, 1);
    QCOMPARE(second->guestsUpdated, 1);

    const auto dora = storage::GuestRepository(t->db()).byEmail(u"dora@example.com"_s);
    QVERIFY(dora);
    QCOMPARE(dora->phone, u"+46 70 999 00 00"_s);
    QCOMPARE(dora->vipCode, u"VIP2"_s);
    QCOMPARE(dora->preferences, u"firm pillows"_s);
    QCOMPARE(dora->notes, u"Regular guest\nBirthday on the 5th"_s);
    QCOMPARE(storage::StayRepository(t->db()).forGuest(dora->id).size(), 2);
    Q_UNUSED(pal);
}

void TestStayImporter::handlesLinkedAsConfirmed()
{
    TW_TEST_DATABASE(t);
    addProperty(t->db(), u"PAL"_s);
    StayImporter importer(t->db());
    const QByteArray csv = "confirmation,last_name,email,x_handle,mastodon_handle,arrival,departure\n"
                           "H1,Ito,hana@example.com,@HanaIto,https://mastodon.social/@hana,2026-03-04,2026-03-06\n"
                           "H2,Kim,jon@example.com,jonkim,,2026-03-04,2026-03-06\n"_ba;
    ImportOptions options = into(u"PAL"_s);
    auto imported = importer.importData(csv, options);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->handlesLinked, 3);

    storage::SocialAccountRepository accounts(t->db());
    storage::GuestRepository guests(t->db());
    const auto hana = guests.byEmail(u"hana@example.com"_s);
    QVERIFY(hana);
    const QList<core::SocialAccount> linked = accounts.forGuest(hana->id);
    QCOMPARE(linked.size(), 2);
    for (const core::SocialAccount &account : linked) {
        QCOMPARE(account.state, core::LinkState::Confirmed);
        QCOMPARE(account.linkedBy, u"import"_s);
        QCOMPARE(account.handle, account.network == core::Network::X ? u"hanaito"_s : u"hana@mastodon.social"_s);
    }

    // Linked once: importing again writes no link.
    auto again = importer.importData(csv, options);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->handlesLinked, 0);
    QCOMPARE(again->unchanged, 2);

    // A suggested link becomes confirmed, signed by the importing actor.
    const auto jon = guests.byEmail(u"jon@example.com"_s);
    QVERIFY(accounts.unlink(jon->id, core::Network::X, u"jonkim"_s, u"test"_s));
    QVERIFY(accounts.link(jon->id, core::Network::X, u"jonkim"_s, core::LinkState::Suggested, u"test"_s));
    options.actor = u"night audit"_s;
    auto confirmed = importer.importData(csv, options);
    QVERIFY2(confirmed, qPrintable(confirmed.error()));
    QCOMPARE(confirmed->handlesLinked, 1);
    QCOMPARE(confirmed->updated, 1);
    const QList<core::SocialAccount> jons = accounts.forGuest(jon->id);
    QCOMPARE(jons.size(), 1);
    QCOMPARE(jons.constFirst().state, core::LinkState::Confirmed);
}

void TestStayImporter::handleOfAnotherGuestRejectsTheRow()
{
    TW_TEST_DATABASE(t);
    const core::Property pal = addProperty(t->db(), u"PAL"_s);
    auto imported = StayImporter(t->db()).importData("confirmation,last_name,email,x_handle,arrival,departure\n"
                                                     "G1,Berg,anna@example.com,annab,2026-03-04,2026-03-06\n"
                                                     "G2,Costa,bruno@example.com,@AnnaB,2026-03-04,2026-03-06\n"
                                                     "G3,Dubois,chloe@example.com,,2026-03-04,2026-03-06\n"_ba,
                                                     into(u"PAL"_s));
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->created, 2);
    QCOMPARE(imported->rejected.size(), 1);
    QCOMPARE(imported->rejected.constFirst().line, 3);
    QVERIFY2(imported->rejected.constFirst().reason.contains(u"@annab already belongs to another guest"_s),
             qPrintable(imported->rejected.constFirst().reason));
    // The refused row left nothing behind.
    QVERIFY(!storage::GuestRepository(t->db()).byEmail(u"bruno@example.com"_s));
    QVERIFY(!storage::StayRepository(t->db()).byConfirmation(pal.id, u"G2"_s));
}

void TestStayImporter::cancelRollsBack()
{
    TW_TEST_DATABASE(t);
    addProperty(t->db(), u"PAL"_s);
    std::atomic_bool cancel = false;
    int calls = 0;
    const auto progress = [&](qint64, qint64) {
        ++calls;
        cancel = true;
    };
    auto imported = StayImporter(t->db()).importData(manyRows(1200), into(u"PAL"_s), progress, &cancel);
    QVERIFY2(imported, qPrintable(imported.error()));
    QVERIFY(imported->cancelled);
    QCOMPARE(calls, 1);
    QCOMPARE(imported->records, StayImporter::ProgressInterval);
    QCOMPARE(storage::StayRepository(t->db()).count(), 0);
    QCOMPARE(storage::GuestRepository(t->db()).count(), 0);
}

void TestStayImporter::progressAtMostEvery500Records()
{
    TW_TEST_DATABASE(t);
    addProperty(t->db(), u"PAL"_s);
    const QByteArray csv = manyRows(1200);
    QList<std::pair<qint64, qint64>> calls;
    auto imported = StayImporter(t->db()).importData(csv, into(u"PAL"_s), [&](qint64 done, qint64 total) {
        calls.append({done, total});
    });
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->created, 1200);
    QCOMPARE(calls.size(), 3); // after 500 and 1000 records, and at the end
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls.at(i).second, qint64(csv.size()));
        QVERIFY(calls.at(i).first <= calls.at(i).second);
        if (i > 0)
            QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
    }
    QCOMPARE(calls.constLast().first, qint64(csv.size()));
    QCOMPARE(storage::StayRepository(t->db()).count(), 1200);
}

void TestStayImporter::propertyFromColumnOrOption()
{
    TW_TEST_DATABASE(t);
    const core::Property pal = addProperty(t->db(), u"PAL"_s);
    const core::Property lis = addProperty(t->db(), u"LIS"_s);
    const QByteArray csv = "property,confirmation,last_name,arrival,departure\n"
                           "PAL,P1,Berg,2026-03-04,2026-03-06\n"
                           "lis,P1,Costa,2026-03-04,2026-03-06\n"
                           ",P2,Dubois,2026-03-04,2026-03-06\n"
                           "XYZ,P3,Evans,2026-03-04,2026-03-06\n"_ba;

    auto imported = StayImporter(t->db()).importData(csv, into(u"LIS"_s));
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->created, 3);
    QCOMPARE(rejections(imported.value()), QStringList{u"line 5: unknown property \"XYZ\""_s});

    storage::StayRepository stays(t->db());
    storage::GuestRepository guests(t->db());
    QCOMPARE(guests.byId(stays.byConfirmation(pal.id, u"P1"_s)->guestId)->lastName, u"Berg"_s);
    QCOMPARE(guests.byId(stays.byConfirmation(lis.id, u"P1"_s)->guestId)->lastName, u"Costa"_s);
    QVERIFY(stays.byConfirmation(lis.id, u"P2"_s)); // empty cell: the default property
    QVERIFY(!stays.byConfirmation(pal.id, u"P2"_s));

    // Without a default, a row with an empty property cell is refused alone.
    auto noDefault = StayImporter(t->db()).importData(csv, ImportOptions{});
    QVERIFY2(noDefault, qPrintable(noDefault.error()));
    QCOMPARE(rejections(noDefault.value()),
             (QStringList{u"line 4: missing property"_s, u"line 5: unknown property \"XYZ\""_s}));
}

void TestStayImporter::missingPropertyFailsTheImport()
{
    TW_TEST_DATABASE(t);
    addProperty(t->db(), u"PAL"_s);
    const QByteArray csv = "confirmation,last_name,arrival,departure\nP1,Berg,2026-03-04,2026-03-06\n"_ba;

    auto noProperty = StayImporter(t->db()).importData(csv, ImportOptions{});
    QVERIFY(!noProperty);
    QVERIFY2(noProperty.error().contains(u"no property column"_s), qPrintable(noProperty.error()));

    auto unknown = StayImporter(t->db()).importData(csv, into(u"NOPE"_s));
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(u"no property with the code \"NOPE\""_s), qPrintable(unknown.error()));
    QCOMPARE(storage::StayRepository(t->db()).count(), 0);
}

void TestStayImporter::missingColumnsFailTheImport_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("named");

    QTest::newRow("confirmation") << "Conf No,last_name,arrival,departure\nP1,Berg,2026-03-04,2026-03-06\n"_ba
                                  << QStringList{u"confirmation"_s};
    QTest::newRow("dates") << "confirmation,last_name,Arrival Date\nP1,Berg,2026-03-04\n"_ba
                           << QStringList{u"arrival"_s, u"departure"_s};
    QTest::newRow("guest") << "confirmation,room,arrival,departure\nP1,101,2026-03-04,2026-03-06\n"_ba
                           << QStringList{u"name or e-mail"_s};
}

void TestStayImporter::missingColumnsFailTheImport()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, named);
    TW_TEST_DATABASE(t);
    addProperty(t->db(), u"PAL"_s);
    auto imported = StayImporter(t->db()).importData(csv, into(u"PAL"_s));
    QVERIFY(!imported);
    for (const QString &column : named)
        QVERIFY2(imported.error().contains(column), qPrintable(imported.error()));
    QVERIFY2(imported.error().contains(u"column mapping"_s), qPrintable(imported.error()));
    QCOMPARE(storage::StayRepository(t->db()).count(), 0);
}

void TestStayImporter::emptyFileFails()
{
    TW_TEST_DATABASE(t);
    addProperty(t->db(), u"PAL"_s);
    auto imported = StayImporter(t->db()).importData("\xEF\xBB\xBF\r\n"_ba, into(u"PAL"_s));
    QVERIFY(!imported);
    QVERIFY2(imported.error().contains(u"empty"_s), qPrintable(imported.error()));
}

void TestStayImporter::namedMapping()
{
    TW_TEST_DATABASE(t);
    const core::Property ber = addProperty(t->db(), u"BER"_s, u"Europe/Berlin"_s);
    auto mapping = pms::ColumnMapping::load(u"de"_s);
    QVERIFY2(mapping, qPrintable(mapping.error()));
    ImportOptions options = into(u"BER"_s);
    options.mapping = mapping.value();
    auto imported = StayImporter(t->db()).importData(
        "Reservierungsnummer;Vorname;Nachname;E-Mail;Zimmer;Anreise;Abreise;Status;Bemerkungen\r\n"
        "D1;Jürgen;Groß;juergen@example.de;301;04.03.2026;07.03.2026;Angereist;\"Allergie: Nüsse; Kissen fest\"\r\n"
        "D2;Käthe;Weiß;kaethe@example.de;302;2026-03-04;07.03.2026;Reserviert;\r\n"
        "D3;Jörg;Köhler;joerg@example.de;;05.03.2026;06.03.2026;Storniert;\r\n"_ba,
        options);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->created, 2);
    QCOMPARE(rejections(imported.value()),
             QStringList{u"line 3: bad arrival date \"2026-03-04\" (expected DD.MM.YYYY)"_s});
    storage::StayRepository stays(t->db());
    const auto d1 = stays.byConfirmation(ber.id, u"D1"_s);
    QVERIFY(d1);
    QCOMPARE(d1->arrival, QDate(2026, 3, 4));
    QCOMPARE(d1->departure, QDate(2026, 3, 7));
    QCOMPARE(d1->status, core::StayStatus::InHouse);
    QCOMPARE(stays.byConfirmation(ber.id, u"D3"_s)->status, core::StayStatus::Cancelled);
    QCOMPARE(storage::GuestRepository(t->db()).byId(d1->guestId)->notes, u"Allergie: Nüsse; Kissen fest"_s);

    // The mapping expects semicolons, but a comma export with the same headers reads as well.
    auto commas = StayImporter(t->db()).importData("Reservierungsnummer,Vorname,Nachname,Anreise,Abreise\n"
                                                   "D4,Lena,Vogel,10.03.2026,12.03.2026\n"_ba,
                                                   options);
    QVERIFY2(commas, qPrintable(commas.error()));
    QCOMPARE(commas->created, 1);
    QCOMPARE(stays.byConfirmation(ber.id, u"D4"_s)->departure, QDate(2026, 3, 12));
}

void TestStayImporter::emptyStatusKeepsTheStoredOne()
{
    TW_TEST_DATABASE(t);
    const core::Property pal = addProperty(t->db(), u"PAL"_s);
    StayImporter importer(t->db());
    QVERIFY(importer.importData("confirmation,last_name,room,arrival,departure,status\n"
                                "S1,Berg,101,2026-03-04,2026-03-06,checked_out\n"
                                "S2,Costa,102,2026-03-04,2026-03-06,\n"_ba,
                                into(u"PAL"_s)));
    storage::StayRepository stays(t->db());
    QCOMPARE(stays.byConfirmation(pal.id, u"S2"_s)->status, core::StayStatus::Reserved);

    // An export without status (or room) columns leaves both as they are.
    auto again = importer.importData("confirmation,last_name,arrival,departure\n"
                                     "S1,Berg,2026-03-04,2026-03-06\n"_ba,
                                     into(u"PAL"_s));
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->unchanged, 1);
    QCOMPARE(stays.byConfirmation(pal.id, u"S1"_s)->status, core::StayStatus::CheckedOut);
    QCOMPARE(stays.byConfirmation(pal.id, u"S1"_s)->room, u"101"_s);
}

void TestStayImporter::importsFromAFile()
{
    TW_TEST_DATABASE(t);
    addProperty(t->db(), u"PAL"_s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"export.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kMessy);
    file.close();

    auto imported = StayImporter(t->db()).importFile(path, into(u"PAL"_s));
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->created, 6);
    QCOMPARE(imported->rejected.size(), 8);

    auto missing = StayImporter(t->db()).importFile(dir.filePath(u"nope.csv"_s), into(u"PAL"_s));
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(u"nope.csv"_s), qPrintable(missing.error()));
}

void TestStayImporter::reservationTwiceInOneFile()
{
    TW_TEST_DATABASE(t);
    const core::Property pal = addProperty(t->db(), u"PAL"_s);
    addProperty(t->db(), u"BER"_s, u"Europe/Berlin"_s);
    // D1 twice with another room (line 4), once more exactly as first (line 5),
    // and once at another property, where it is another reservation.
    const QByteArray csv = "confirmation,property,last_name,email,room,arrival,departure\n"
                           "D1,PAL,Berg,anna@example.com,101,2026-03-04,2026-03-06\n"
                           "D2,PAL,Costa,bruno@example.com,102,2026-03-04,2026-03-06\n"
                           "D1,PAL,Berg,anna@example.com,301,2026-03-04,2026-03-06\n"
                           "D1,PAL,Berg,anna@example.com,101,2026-03-04,2026-03-06\n"
                           "D1,BER,Berg,anna@example.com,7,2026-03-04,2026-03-06\n"_ba;
    StayImporter importer(t->db());
    auto first = importer.importData(csv, ImportOptions{});
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->created, 3);
    QCOMPARE(first->unchanged, 1);
    QCOMPARE(rejections(first.value()),
             QStringList{u"line 4: confirmation \"D1\" is already on line 2 with other details; a reservation may "
                         "appear only once in a file"_s});
    storage::StayRepository stays(t->db());
    const auto d1 = stays.byConfirmation(pal.id, u"D1"_s);
    QVERIFY(d1);
    QCOMPARE(d1->room, u"101"_s);

    // The file means the same thing every time: importing it again writes nothing.
    auto again = importer.importData(csv, ImportOptions{});
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->created, 0);
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->unchanged, 4);
    QCOMPARE(rejections(again.value()), rejections(first.value()));
    QCOMPARE(stays.byConfirmation(pal.id, u"D1"_s)->version, d1->version);
}

void TestStayImporter::reasonsStayOnOneLine()
{
    TW_TEST_DATABASE(t);
    addProperty(t->db(), u"PAL"_s);
    auto imported = StayImporter(t->db()).importData("confirmation,last_name,email,arrival,departure\r\n"
                                                     "E1,Berg,\"anna\r\n@example.com\",2026-03-04,2026-03-06\r\n"
                                                     "E2,Costa,bruno@example.com,\"2026-03\n-04\",2026-03-06\n"_ba,
                                                     into(u"PAL"_s));
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(rejections(imported.value()),
             (QStringList{u"line 2: bad e-mail address \"anna\\n@example.com\""_s,
                          u"line 4: bad arrival date \"2026-03\\n-04\" (expected YYYY-MM-DD)"_s}));
}

void TestStayImporter::recordRefusedMidwayLeavesNothing()
{
    // The database refuses a stay after the record's new guest was written: the
    // record is rejected and none of it stays, the records around
    // it land, and the import as a whole goes on (on PostgreSQL too, where the
    // failed statement would otherwise spoil the whole transaction).
    TW_TEST_DATABASE(t);
    const core::Property pal = addProperty(t->db(), u"PAL"_s);
    const bool postgres = t->engine() == storage::Engine::Postgres;
    const QStringList refuse = postgres
        ? QStringList{u"CREATE FUNCTION refuse_boom() RETURNS trigger AS $$ BEGIN "
                      "IF NEW.confirmation = 'BOOM' THEN RAISE EXCEPTION 'refused by the test'; END IF; "
                      "RETURN NEW; END $$ LANGUAGE plpgsql"_s,
                      u"CREATE TRIGGER refuse_boom BEFORE INSERT ON stays FOR EACH ROW EXECUTE FUNCTION refuse_boom()"_s}
        : QStringList{u"CREATE TRIGGER refuse_boom BEFORE INSERT ON stays WHEN NEW.confirmation = 'BOOM' "
                      "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s};
    for (const QString &sql : refuse)
        QVERIFY(t->db().exec(sql));

    auto imported = StayImporter(t->db()).importData("confirmation,last_name,email,x_handle,arrival,departure\n"
                                                     "K1,Berg,anna@example.com,annab,2026-03-04,2026-03-06\n"
                                                     "BOOM,Costa,bruno@example.com,brunoc,2026-03-04,2026-03-06\n"
                                                     "K3,Dubois,chloe@example.com,,2026-03-04,2026-03-06\n"_ba,
                                                     into(u"PAL"_s));
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(imported->created, 2);
    QCOMPARE(imported->guestsCreated, 2);
    QCOMPARE(imported->handlesLinked, 1);
    QCOMPARE(imported->rejected.size(), 1);
    QCOMPARE(imported->rejected.constFirst().line, 3);
    QVERIFY2(imported->rejected.constFirst().reason.contains(u"refused by the test"_s),
             qPrintable(imported->rejected.constFirst().reason));

    storage::GuestRepository guests(t->db());
    QVERIFY(!guests.byEmail(u"bruno@example.com"_s));
    QVERIFY(!storage::SocialAccountRepository(t->db()).byHandle(core::Network::X, u"brunoc"_s));
    QCOMPARE(guests.count(), 2);
    QVERIFY(storage::StayRepository(t->db()).byConfirmation(pal.id, u"K1"_s));
    QVERIFY(storage::StayRepository(t->db()).byConfirmation(pal.id, u"K3"_s));
    // Nothing of the refused record reached the audit log either.
    QSqlQuery audit(t->db().connection());
    QVERIFY(audit.exec(u"SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%Costa%' OR detail LIKE '%BOOM%'"_s));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 0);
    QVERIFY(audit.exec(u"SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%Berg%'"_s));
    QVERIFY(audit.next());
    QVERIFY(audit.value(0).toInt() > 0);
}

void TestStayImporter::largeImportsArePlannedForGrowth()
{
    // On PostgreSQL, once an import has added enough stays, the rest of it is
    // planned for the tables' growing size; re-importing, which adds nothing,
    // keeps the usual plans. (The progress report runs inside the import.)
    TW_TEST_DATABASE(t);
    addProperty(t->db(), u"PAL"_s);
    QString modeDuringImport;
    const auto progress = [&](qint64, qint64) {
        if (!modeDuringImport.isEmpty())
            return; // the last report comes after the commit
        QSqlQuery q(t->db().connection());
        modeDuringImport = q.exec(u"SHOW plan_cache_mode"_s) && q.next() ? q.value(0).toString() : u"n/a"_s;
    };
    const QByteArray csv = manyRows(StayImporter::ProgressInterval + 10);
    QVERIFY(StayImporter::GrowthBeforeReplanning < StayImporter::ProgressInterval);

    auto first = StayImporter(t->db()).importData(csv, into(u"PAL"_s), progress);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->created, StayImporter::ProgressInterval + 10);
    const QString growing = modeDuringImport;
    modeDuringImport.clear();
    auto again = StayImporter(t->db()).importData(csv, into(u"PAL"_s), progress);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again->unchanged, StayImporter::ProgressInterval + 10);
    if (t->engine() == storage::Engine::Postgres) {
        QCOMPARE(growing, u"force_custom_plan"_s);
        QCOMPARE(modeDuringImport, u"auto"_s);
    } else {
        QCOMPARE(growing, u"n/a"_s); // SQLite has no such setting, and nothing is changed
    }
}

QTEST_GUILESS_MAIN(TestStayImporter)
#include "test_stayimporter.moc"
