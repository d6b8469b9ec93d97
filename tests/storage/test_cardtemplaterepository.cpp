#include <storage/auditlog.h>
#include <storage/cardrepository.h>
#include <storage/cardtemplaterepository.h>
#include <storage/changenotifier.h>
#include <storage/database.h>
#include <storage/guestrepository.h>

#include <core/cardmerge.h>

#include <testdatabase.h>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;

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

core::CardTemplate tmpl(const QString &name, const QString &body)
{
    core::CardTemplate t;
    t.name = name;
    t.body = body;
    return t;
}

QStringList names(const QList<core::CardTemplate> &list)
{
    QStringList out;
    for (const core::CardTemplate &t : list)
        out.append(t.name);
    return out;
}

// Audit rows of one action, whatever they are about.
qint64 auditRows(storage::Database &db, const QString &action)
{
    storage::PreparedQuery q = db.prepare(u"SELECT COUNT(*) FROM audit_log WHERE action = ?"_s);
    q.bind(action);
    return q.scalar().value_or(QVariant(-1)).toLongLong();
}

qsizetype auditCount(storage::Database &db, core::Id id)
{
    return storage::AuditLog(db).forEntity(u"card_template"_s, id).size();
}

} // namespace

class TestCardTemplateRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDatabaseHasTheBuiltInTemplates();
    void builtInTemplatesMergeCleanly_data();
    void builtInTemplatesMergeCleanly();
    void addOwnTemplate();
    void addRefused_data();
    void addRefused();
    void byNameIgnoresCase_data();
    void byNameIgnoresCase();
    void updateWording();
    void updateWithoutChangeWritesNothing();
    void conflictingEditsAreRefused();
    void conflictFromAnotherDesk();
    void renameToDuplicateIsRefused();
    void builtInKeepsItsName();
    void removeOwnTemplate();
    void builtInCannotBeRemoved();
    void removeUnknown();
};

void TestCardTemplateRepository::newDatabaseHasTheBuiltInTemplates()
{
    TW_TEST_DATABASE(t);
    const QList<core::CardTemplate> all = storage::CardTemplateRepository(t->db()).all();
    QCOMPARE(names(all), (QStringList{u"anniversary"_s, u"apology"_s, u"birthday"_s, u"thank_you"_s, u"welcome"_s}));
    for (const core::CardTemplate &builtIn : all) {
        QVERIFY(builtIn.builtIn);
        QCOMPARE(builtIn.version, 1);
        QVERIFY(!builtIn.updatedAt.isValid()); // never edited
    }
}

void TestCardTemplateRepository::builtInTemplatesMergeCleanly_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"welcome", "thank_you", "apology", "birthday", "anniversary"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestCardTemplateRepository::builtInTemplatesMergeCleanly()
{
    QFETCH(QString, name);
    TW_TEST_DATABASE(t);
    const auto found = storage::CardTemplateRepository(t->db()).byName(name);
    QVERIFY(found);
    QVERIFY(found->body.startsWith(u"Dear {first_name},"_s));
    QVERIFY(found->body.trimmed().endsWith(u"{signature}"_s));
    QVERIFY2(found->body.size() < 400, "a card has room for a short note only");

    core::CardMerge::Values values;
    values.firstName = u"Anna"_s;
    values.lastName = u"Smith"_s;
    values.room = u"412"_s;
    values.arrival = QDate(2025, 6, 3);
    values.departure = QDate(2025, 6, 7);
    values.property = u"Harbour View"_s;
    values.signature = u"Maria"_s;
    const core::CardMerge::Outcome out = core::CardMerge(QLocale(u"en_GB"_s)).merge(found->body, values);
    QVERIFY2(out.ok(), qPrintable(out.issues.isEmpty() ? QString() : out.issues.first().message()));
    QVERIFY(out.text.startsWith(u"Dear Anna,"_s));
    QVERIFY(!out.text.contains(u'{'));
    QVERIFY(!out.text.contains(u'}'));
}

void TestCardTemplateRepository::addOwnTemplate()
{
    TW_TEST_DATABASE(t);
    storage::ChangeNotifier notifier(t->db());
    QSignalSpy spy(&notifier, &storage::ChangeNotifier::changed);
    storage::CardTemplateRepository repo(t->db());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto added
        = repo.add(tmpl(u"  Spa   day "_s, u"Dear {first_name}, enjoy the spa.\n{signature}"_s), u"maria"_s);
    QVERIFY2(added, qPrintable(added.error()));
    QVERIFY(added->id != core::InvalidId);
    QCOMPARE(added->name, u"Spa day"_s);
    QVERIFY(!added->builtIn);
    QCOMPARE(added->version, 1);
    QCOMPARE(added->updatedBy, u"maria"_s);

    const auto read = repo.byId(added->id);
    QVERIFY(read);
    QCOMPARE(read->name, u"Spa day"_s);
    QCOMPARE(read->body, u"Dear {first_name}, enjoy the spa.\n{signature}"_s);
    QVERIFY(read->updatedAt >= before);
    QCOMPARE(read->updatedBy, u"maria"_s);
    // The staff's own come after the built-in ones.
    QCOMPARE(names(repo.all()).constLast(), u"Spa day"_s);

    const QList<core::AuditEntry> audit = storage::AuditLog(t->db()).forEntity(u"card_template"_s, added->id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, u"card_template.add"_s);
    QCOMPARE(audit.first().actor, u"maria"_s);
    QCOMPARE(audit.first().guestId, core::InvalidId);
    QVERIFY(audit.first().detail.contains(u"Spa day"_s));
    QVERIFY(waitFor(spy, u"card_templates"_s, added->id));
}

void TestCardTemplateRepository::addRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("no name") << u"  "_s << u"Hello"_s << u"needs a name"_s;
    QTest::newRow("name too long") << QString(61, u'x') << u"Hello"_s << u"at most 60"_s;
    QTest::newRow("no text") << u"blank"_s << u" \n "_s << u"has no text"_s;
    QTest::newRow("same name as a built-in")
        << u"welcome"_s << u"Hi"_s << u"already a card template named \"welcome\""_s;
    QTest::newRow("same name, other case") << u" WELCOME "_s << u"Hi"_s << u"named \"welcome\""_s;
}

void TestCardTemplateRepository::addRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, body);
    QFETCH(QString, message);
    TW_TEST_DATABASE(t);
    storage::CardTemplateRepository repo(t->db());
    const auto added = repo.add(tmpl(name, body), u"maria"_s);
    QVERIFY(!added);
    QVERIFY2(added.error().contains(message), qPrintable(added.error()));
    QCOMPARE(repo.all().size(), 5);
    QCOMPARE(auditRows(t->db(), u"card_template.add"_s), 0);
}

void TestCardTemplateRepository::byNameIgnoresCase_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("found");
    QTest::newRow("exact") << u"birthday"_s << u"birthday"_s;
    QTest::newRow("upper") << u"BIRTHDAY"_s << u"birthday"_s;
    QTest::newRow("padded") << u" Thank_You "_s << u"thank_you"_s;
    QTest::newRow("unknown") << u"farewell"_s << QString();
    QTest::newRow("empty") << u""_s << QString();
}

void TestCardTemplateRepository::byNameIgnoresCase()
{
    QFETCH(QString, typed);
    QFETCH(QString, found);
    TW_TEST_DATABASE(t);
    const auto hit = storage::CardTemplateRepository(t->db()).byName(typed);
    QCOMPARE(hit ? hit->name : QString(), found);
}

void TestCardTemplateRepository::updateWording()
{
    TW_TEST_DATABASE(t);
    storage::CardTemplateRepository repo(t->db());
    core::CardTemplate welcome = repo.byName(u"welcome"_s).value();
    welcome.body = u"Dear {first_name}, welcome back!\n{signature}"_s;
    const auto updated = repo.update(welcome, u"john"_s);
    QVERIFY2(updated, qPrintable(updated.error()));
    QCOMPARE(updated->version, 2);
    QVERIFY(updated->builtIn);
    QCOMPARE(updated->updatedBy, u"john"_s);
    const auto read = repo.byId(welcome.id).value();
    QCOMPARE(read.body, welcome.body);
    QCOMPARE(read.version, 2);
    QCOMPARE(read.updatedBy, u"john"_s);
    QVERIFY(read.updatedAt.isValid());

    const QList<core::AuditEntry> audit = storage::AuditLog(t->db()).forEntity(u"card_template"_s, welcome.id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, u"card_template.update"_s);
    QCOMPARE(audit.first().actor, u"john"_s);
    QVERIFY(audit.first().detail.contains(u"welcome"_s));
}

void TestCardTemplateRepository::updateWithoutChangeWritesNothing()
{
    TW_TEST_DATABASE(t);
    storage::CardTemplateRepository repo(t->db());
    const core::CardTemplate apology = repo.byName(u"apology"_s).value();
    const auto same = repo.update(apology, u"john"_s);
    QVERIFY2(same, qPrintable(same.error()));
    QCOMPARE(same->version, 1);
    QCOMPARE(auditCount(t->db(), apology.id), 0);
}

void TestCardTemplateRepository::conflictingEditsAreRefused()
{
    TW_TEST_DATABASE(t);
    storage::CardTemplateRepository repo(t->db());
    core::CardTemplate mine = repo.byName(u"birthday"_s).value();
    core::CardTemplate theirs = mine;

    theirs.body = u"Happy birthday, {first_name}! {signature}"_s;
    QVERIFY(repo.update(theirs, u"john"_s));

    mine.body = u"Many happy returns, {first_name}. {signature}"_s;
    const auto refused = repo.update(mine, u"maria"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"john"_s), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"birthday"_s), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(u"reload"_s), qPrintable(refused.error()));
    const core::CardTemplate stored = repo.byId(mine.id).value();
    QCOMPARE(stored.body, theirs.body);
    QCOMPARE(stored.version, 2);
    QCOMPARE(auditCount(t->db(), mine.id), 1);
}

void TestCardTemplateRepository::conflictFromAnotherDesk()
{
    TW_TEST_DATABASE(t);
    auto other = t->openAnother();
    QVERIFY(other);
    storage::CardTemplateRepository here(t->db());
    storage::CardTemplateRepository there(*other);
    core::CardTemplate mine = here.add(tmpl(u"late checkout"_s, u"Stay a little longer."_s), u"maria"_s).value();
    core::CardTemplate theirs = there.byId(mine.id).value();
    theirs.name = u"Late check-out"_s;
    QVERIFY(there.update(theirs, u"john"_s));

    mine.body = u"Take your time, {first_name}."_s;
    const auto refused = here.update(mine, u"maria"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"john changed the template \"Late check-out\""_s), qPrintable(refused.error()));
    QCOMPARE(here.byId(mine.id)->body, u"Stay a little longer."_s);
}

void TestCardTemplateRepository::renameToDuplicateIsRefused()
{
    TW_TEST_DATABASE(t);
    storage::CardTemplateRepository repo(t->db());
    core::CardTemplate own = repo.add(tmpl(u"spa"_s, u"Relax."_s), u"maria"_s).value();
    own.name = u"Apology"_s;
    const auto refused = repo.update(own, u"maria"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"\"apology\""_s), qPrintable(refused.error()));
    QCOMPARE(repo.byId(own.id)->name, u"spa"_s);
}

void TestCardTemplateRepository::builtInKeepsItsName()
{
    TW_TEST_DATABASE(t);
    storage::CardTemplateRepository repo(t->db());
    core::CardTemplate welcome = repo.byName(u"welcome"_s).value();
    welcome.name = u"hello"_s;
    const auto refused = repo.update(welcome, u"maria"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"keeps its name"_s), qPrintable(refused.error()));
    QVERIFY(repo.byName(u"welcome"_s));
    QVERIFY(!repo.byName(u"hello"_s));
}

void TestCardTemplateRepository::removeOwnTemplate()
{
    TW_TEST_DATABASE(t);
    storage::CardTemplateRepository repo(t->db());
    const core::CardTemplate own = repo.add(tmpl(u"farewell"_s, u"Safe travels, {first_name}."_s), u"maria"_s).value();

    // A card written with it keeps the template's name after it is gone.
    core::Guest guest;
    guest.firstName = u"Anna"_s;
    guest.lastName = u"Smith"_s;
    const core::Id guestId = storage::GuestRepository(t->db()).create(guest, u"test"_s).value().id;
    core::Card card;
    card.guestId = guestId;
    card.templateId = own.id;
    card.text = u"Safe travels, Anna."_s;
    const core::Card draft = storage::CardRepository(t->db()).createDraft(card, u"maria"_s).value();
    QCOMPARE(draft.templateName, u"farewell"_s);

    const auto removed = repo.remove(own.id, u"john"_s);
    QVERIFY2(removed, qPrintable(removed.error()));
    QVERIFY(!repo.byId(own.id));
    QVERIFY(!repo.byName(u"farewell"_s));
    const QList<core::AuditEntry> audit = storage::AuditLog(t->db()).forEntity(u"card_template"_s, own.id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.last().action, u"card_template.remove"_s);
    QCOMPARE(audit.last().actor, u"john"_s);
    QVERIFY(audit.last().detail.contains(u"farewell"_s));

    const core::Card kept = storage::CardRepository(t->db()).byId(draft.id).value();
    QCOMPARE(kept.templateId, core::InvalidId);
    QCOMPARE(kept.templateName, u"farewell"_s);
}

void TestCardTemplateRepository::builtInCannotBeRemoved()
{
    TW_TEST_DATABASE(t);
    storage::CardTemplateRepository repo(t->db());
    const core::CardTemplate welcome = repo.byName(u"welcome"_s).value();
    const auto refused = repo.remove(welcome.id, u"maria"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"built-in"_s), qPrintable(refused.error()));
    QVERIFY(repo.byId(welcome.id));
    QCOMPARE(auditCount(t->db(), welcome.id), 0);
}

void TestCardTemplateRepository::removeUnknown()
{
    TW_TEST_DATABASE(t);
    const auto refused = storage::CardTemplateRepository(t->db()).remove(4242, u"maria"_s);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"#4242"_s), qPrintable(refused.error()));
}

QTEST_GUILESS_MAIN(TestCardTemplateRepository)
#include "test_cardtemplaterepository.moc"
