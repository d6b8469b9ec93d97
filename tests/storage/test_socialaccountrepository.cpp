#include <storage/auditlog.h>
#include <storage/guestrepository.h>
#include <storage/socialaccountrepository.h>

#include <testdatabase.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using core::LinkState;
using core::Network;

namespace {

core::Id addGuest(storage::Database &db, const QString &first, const QString &last)
{
    core::Guest g;
    g.firstName = first;
    g.lastName = last;
    const auto created = storage::GuestRepository(db).create(g, u"test"_s);
    return created ? created->id : core::InvalidId;
}

QStringList actions(storage::Database &db, core::Id guestId)
{
    QStringList list;
    const QList<core::AuditEntry> entries = storage::AuditLog(db).forGuest(guestId);
    for (const core::AuditEntry &e : entries) {
        if (e.entityType == u"social_account"_s)
            list.append(e.action);
    }
    return list;
}

} // namespace

class TestSocialAccountRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkNormalises_data();
    void linkNormalises();
    void linkRecordsWhoAndWhen();
    void linkingAgainChangesNothing();
    void invalidHandleIsRefused();
    void unknownGuestIsRefused();
    void handleOfAnotherGuestIsRefused();
    void sameHandleOnAnotherNetworkIsFine();
    void relinkConfirmsButNeverDowngrades();
    void confirm();
    void unlink();
    void unlinkRefusesOtherGuestsHandle();
    void findByAccountIdAfterRename();
    void findManyAnswersAsFindDoes();
    void findManyOverManyAuthors();
    void renameThroughLink();
    void accountIdOfAnotherGuestIsRefused();
    void setAccountId();
    void forGuestIsOrdered();
};

void TestSocialAccountRepository::linkNormalises_data()
{
    QTest::addColumn<int>("network");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("x with @") << int(Network::X) << u"@AnnaS"_s << u"annas"_s;
    QTest::newRow("x profile link") << int(Network::X) << u"https://x.com/AnnaS"_s << u"annas"_s;
    QTest::newRow("mastodon") << int(Network::Mastodon) << u"@Anna@Mastodon.Social"_s << u"anna@mastodon.social"_s;
    QTest::newRow("bluesky") << int(Network::Bluesky) << u"@Anna.bsky.social"_s << u"anna.bsky.social"_s;
}

void TestSocialAccountRepository::linkNormalises()
{
    QFETCH(int, network);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    TW_TEST_DATABASE(t);
    const core::Id anna = addGuest(t->db(), u"Anna"_s, u"Smith"_s);
    storage::SocialAccountRepository repo(t->db());
    const auto linked = repo.link(anna, Network(network), typed, LinkState::Suggested, u"desk"_s);
    QVERIFY2(linked, qPrintable(linked.error()));
    QCOMPARE(linked->handle, stored);
    QCOMPARE(linked->network, Network(network));
    const QList<core::SocialAccount> accounts = repo.forGuest(anna);
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().handle, stored);
    QCOMPARE(accounts.first().id, linked->id);
    QCOMPARE(repo.byHandle(Network(network), stored)->id, linked->id);
}

void TestSocialAccountRepository::linkRecordsWhoAndWhen()
{
    TW_TEST_DATABASE(t);
    const core::Id anna = addGuest(t->db(), u"Anna"_s, u"Smith"_s);
    storage::SocialAccountRepository repo(t->db());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto linked = repo.link(anna, Network::X, u"annas"_s, LinkState::Confirmed, u"maria"_s);
    QVERIFY(linked);
    const auto read = repo.byId(linked->id);
    QVERIFY(read);
    QCOMPARE(read->guestId, anna);
    QCOMPARE(read->state, LinkState::Confirmed);
    QCOMPARE(read->linkedBy, u"maria"_s);
    QVERIFY(read->linkedAt >= before);
    QVERIFY(read->accountId.isEmpty());

    const QList<core::AuditEntry> timeline = storage::AuditLog(t->db()).forEntity(u"social_account"_s, linked->id);
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.first().action, u"handle.link"_s);
    QCOMPARE(timeline.first().guestId, anna);
    QCOMPARE(timeline.first().actor, u"maria"_s);
    QVERIFY2(timeline.first().detail.contains(u"@annas on X"_s), qPrintable(timeline.first().detail));
}

void TestSocialAccountRepository::linkingAgainChangesNothing()
{
    TW_TEST_DATABASE(t);
    const core::Id anna = addGuest(t->db(), u"Anna"_s, u"Smith"_s);
    storage::SocialAccountRepository repo(t->db());
    const auto first = repo.link(anna, Network::X, u"@AnnaS"_s, LinkState::Confirmed, u"desk"_s);
    QVERIFY(first);
    const auto second = repo.link(anna, Network::X, u"https://twitter.com/annas"_s, LinkState::Confirmed, u"desk"_s);
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->id, first->id);
    QCOMPARE(repo.forGuest(anna).size(), 1);
    QCOMPARE(actions(t->db(), anna), QStringList{u"handle.link"_s});
}

void TestSocialAccountRepository::invalidHandleIsRefused()
{
    TW_TEST_DATABASE(t);
    const core::Id anna = addGuest(t->db(), u"Anna"_s, u"Smith"_s);
    storage::SocialAccountRepository repo(t->db());
    const auto linked = repo.link(anna, Network::Mastodon, u"anna"_s, LinkState::Suggested, u"desk"_s);
    QVERIFY(!linked);
    QVERIFY2(linked.error().contains(u"instance"_s), qPrintable(linked.error()));
    QVERIFY(repo.forGuest(anna).isEmpty());
}

void TestSocialAccountRepository::unknownGuestIsRefused()
{
    TW_TEST_DATABASE(t);
    storage::SocialAccountRepository repo(t->db());
    const auto linked = repo.link(4242, Network::X, u"annas"_s, LinkState::Suggested, u"desk"_s);
    QVERIFY(!linked);
    QVERIFY2(linked.error().contains(u"4242"_s), qPrintable(linked.error()));
}

void TestSocialAccountRepository::handleOfAnotherGuestIsRefused()
{
    TW_TEST_DATABASE(t);
    const core::Id anna = addGuest(t->db(), u"Anna"_s, u"Smith"_s);
    const core::Id john = addGuest(t->db(), u"John"_s, u"Doe"_s);
    storage::SocialAccountRepository repo(t->db());
    QVERIFY(repo.link(anna, Network::X, u"annas"_s, LinkState::Confirmed, u"desk"_s));

    const auto stolen = repo.link(john, Network::X, u"@ANNAS"_s, LinkState::Suggested, u"desk"_s);
    QVERIFY(!stolen);
    QVERIFY2(stolen.error().contains(u"@annas on X"_s), qPrintable(stolen.error()));
    QVERIFY2(stolen.error().contains(u"Anna Smith"_s), qPrintable(stolen.error()));
    QVERIFY(repo.forGuest(john).isEmpty());
    QCOMPARE(repo.byHandle(Network::X, u"annas"_s)->guestId, anna);
    QVERIFY(actions(t->db(), john).isEmpty());
}

void TestSocialAccountRepository::sameHandleOnAnotherNetworkIsFine()
{
    TW_TEST_DATABASE(t);
    const core::Id anna = addGuest(t->db(), u"Anna"_s, u"Smith"_s);
    const core::Id john = addGuest(t->db(), u"John"_s, u"Doe"_s);
    storage::SocialAccountRepository repo(t->db());
    QVERIFY(repo.link(anna, Network::X, u"annas"_s, LinkState::Confirmed, u"desk"_s));
    const auto other = repo.link(john, Network::Mastodon, u"annas@mastodon.social"_s, LinkState::Suggested, u"desk"_s);
    QVERIFY2(other, qPrintable(other.error()));
    QCOMPARE(repo.forGuest(john).size(), 1);
}

void TestSocialAccountRepository::relinkConfirmsButNeverDowngrades()
{
    TW_TEST_DATABASE(t);
    const core::Id anna = addGuest(t->db(), u"Anna"_s, u"Smith"_s);
    storage::SocialAccountRepository repo(t->db());
    const auto suggested = repo.link(anna, Network::X, u"annas"_s, LinkState::Suggested, u"matcher"_s);
    QVERIFY(suggested);
    QCOMPARE(suggested->state, LinkState::Suggested);

    const auto confirmed = repo.link(anna, Network::X, u"annas"_s, LinkState::Confirmed, u"maria"_s);
    QVERIFY(confirmed);
    QCOMPARE(confirmed->id, suggested->id);
    QCOMPARE(confirmed->state, LinkState::Confirmed);
    QCOMPARE(repo.byId(suggested->id)->state, LinkState::Confirmed);
    QCOMPARE(repo.byId(suggested->id)->linkedBy, u"matcher"_s); // who first linked it stays

    const auto suggestedAgain = repo.link(anna, Network::X, u"annas"_s, LinkState::Suggested, u"matcher"_s);
    QVERIFY(suggestedAgain);
    QCOMPARE(suggestedAgain->state, LinkState::Confirmed);
    QCOMPARE(actions(t->db(), anna), (QStringList{u"handle.link"_s, u"handle.confirm"_s}));
}

void TestSocialAccountRepository::confirm()
{
    TW_TEST_DATABASE(t);
    const core::Id anna = addGuest(t->db(), u"Anna"_s, u"Smith"_s);
    storage::SocialAccountRepository repo(t->db());
    const auto linked = repo.link(anna, Network::X, u"annas"_s, LinkState::Suggested, u"matcher"_s);
    QVERIFY(linked);

    const auto confirmed = repo.confirm(linked->id, u"maria"_s);
    QVERIFY2(confirmed, qPrintable(confirmed.error()));
    QCOMPARE(repo.byId(linked->id)->state, LinkState::Confirmed);
    QVERIFY(repo.confirm(linked->id, u"maria"_s)); // twice is fine, recorded once
    QCOMPARE(actions(t->db(), anna), (QStringList{u"handle.link"_s, u"handle.confirm"_s}));
    const QList<core::AuditEntry> timeline = storage::AuditLog(t->db()).forGuest(anna);
    QCOMPARE(timeline.last().actor, u"maria"_s);

    const auto missing = repo.confirm(linked->id + 100, u"maria"_s);
    QVERIFY(!missing);
    QVERIFY(!missing.error().isEmpty());
}

void TestSocialAccountRepository::unlink()
{
    TW_TEST_DATABASE(t);
    const core::Id anna = addGuest(t->db(), u"Anna"_s, u"Smith"_s);
    storage::SocialAccountRepository repo(t->db());
    QVERIFY(repo.link(anna, Network::X, u"annas"_s, LinkState::Confirmed, u"desk"_s));
    QVERIFY(repo.link(anna, Network::Mastodon, u"anna@mastodon.social"_s, LinkState::Confirmed, u"desk"_s));

    const auto unlinked = repo.unlink(anna, Network::X, u"@AnnaS"_s, u"maria"_s);
    QVERIFY2(unlinked, qPrintable(unlinked.error()));
    const QList<core::SocialAccount> left = repo.forGuest(anna);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().network, Network::Mastodon);
    QVERIFY(!repo.byHandle(Network::X, u"annas"_s));
    QCOMPARE(actions(t->db(), anna), (QStringList{u"handle.link"_s, u"handle.link"_s, u"handle.unlink"_s}));

    const auto again = repo.unlink(anna, Network::X, u"annas"_s, u"maria"_s);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"not linked"_s), qPrintable(again.error()));

    // Once unlinked, the handle may go to someone else.
    const core::Id john = addGuest(t->db(), u"John"_s, u"Doe"_s);
    QVERIFY(repo.link(john, Network::X, u"annas"_s, LinkState::Suggested, u"desk"_s));
}

void TestSocialAccountRepository::unlinkRefusesOtherGuestsHandle()
{
    TW_TEST_DATABASE(t);
    const core::Id anna = addGuest(t->db(), u"Anna"_s, u"Smith"_s);
    const core::Id john = addGuest(t->db(), u"John"_s, u"Doe"_s);
    storage::SocialAccountRepository repo(t->db());
    QVERIFY(repo.link(anna, Network::X, u"annas"_s, LinkState::Confirmed, u"desk"_s));
    QVERIFY(!repo.unlink(john, Network::X, u"annas"_s, u"desk"_s));
    QCOMPARE(repo.forGuest(anna).size(), 1);
}

void TestSocialAccountRepository::findByAccountIdAfterRename()
{
    TW_TEST_DATABASE(t);
    const core::Id anna = addGuest(t->db(), u"Anna"_s, u"Smith"_s);
    storage::SocialAccountRepository repo(t->db());
    const auto linked = repo.link(anna, Network::X, u"annas"_s, LinkState::Confirmed, u"desk"_s, u"1234567890"_s);
    QVERIFY(linked);
    QCOMPARE(linked->accountId, u"1234567890"_s);

    // The author renamed the account: the stable id still finds her.
    const auto renamed = repo.find(Network::X, u"1234567890"_s, u"anna_travels"_s);
    QVERIFY(renamed);
    QCOMPARE(renamed->id, linked->id);
    QCOMPARE(renamed->guestId, anna);

    QCOMPARE(repo.find(Network::X, {}, u"@AnnaS"_s)->id, linked->id);
    QCOMPARE(repo.find(Network::X, u"999"_s, u"annas"_s)->id, linked->id); // unknown id, known handle
    QVERIFY(!repo.find(Network::X, u"999"_s, u"someone"_s));
    QVERIFY(!repo.find(Network::Mastodon, u"1234567890"_s, {}));
    QVERIFY(!repo.find(Network::X, {}, {}));
}

void TestSocialAccountRepository::findManyAnswersAsFindDoes()
{
    TW_TEST_DATABASE(t);
    const core::Id anna = addGuest(t->db(), u"Anna"_s, u"Smith"_s);
    const core::Id ben = addGuest(t->db(), u"Ben"_s, u"Jones"_s);
    storage::SocialAccountRepository repo(t->db());
    const auto annas = repo.link(anna, Network::X, u"annas"_s, LinkState::Confirmed, u"desk"_s, u"1234567890"_s);
    const auto bens = repo.link(ben, Network::X, u"benj"_s, LinkState::Suggested, u"desk"_s);
    const auto annaOnMastodon
        = repo.link(anna, Network::Mastodon, u"anna@example.social"_s, LinkState::Confirmed, u"desk"_s, u"77"_s);
    QVERIFY(annas && bens && annaOnMastodon);

    const QList<std::pair<QString, QString>> authors{
        {u"1234567890"_s, u"anna_travels"_s}, // renamed: the stable id wins
        {u" 1234567890 "_s, QString()},       // the id alone, with spaces
        {QString(), u"@AnnaS"_s},             // the handle alone, as typed
        {u"999"_s, u"annas"_s},               // unknown id, known handle
        {u"999"_s, u"benj"_s},                // a handle-only link
        {u"1234567890"_s, u"benj"_s},         // the id is Anna's, whatever the handle says
        {u"999"_s, u"someone"_s},             // unknown
        {u"77"_s, u"anna@example.social"_s},  // Mastodon's id, asked on X
        {QString(), u"not a handle!"_s},      // unreadable handle
        {QString(), QString()},
    };
    const auto found = repo.findMany(Network::X, authors);
    for (const auto &author : authors) {
        const std::optional<core::SocialAccount> one = repo.find(Network::X, author.first, author.second);
        const auto many = found.constFind(author);
        QVERIFY2(bool(one) == (many != found.cend()), qPrintable(author.first + u" / "_s + author.second));
        if (one) {
            QCOMPARE(many->id, one->id);
            QCOMPARE(many->guestId, one->guestId);
            QCOMPARE(many->handle, one->handle);
            QCOMPARE(many->accountId, one->accountId);
            QCOMPARE(many->state, one->state);
        }
    }
    QCOMPARE(found.size(), 6);
    QCOMPARE(found.value({u"1234567890"_s, u"benj"_s}).id, annas->id);
    QCOMPARE(found.value({u"999"_s, u"benj"_s}).id, bens->id);

    const auto onMastodon = repo.findMany(Network::Mastodon, {{u"77"_s, QString()}, {QString(), u"annas"_s}});
    QCOMPARE(onMastodon.size(), 1);
    QCOMPARE(onMastodon.value({u"77"_s, QString()}).id, annaOnMastodon->id);
    QVERIFY(repo.findMany(Network::X, {}).isEmpty());
}

void TestSocialAccountRepository::findManyOverManyAuthors()
{
    // More authors than one query takes, linked by id, by handle only, or not at all.
    TW_TEST_DATABASE(t);
    storage::SocialAccountRepository repo(t->db());
    QHash<std::pair<QString, QString>, core::Id> expected;
    QList<std::pair<QString, QString>> authors;
    for (int i = 0; i < 300; ++i) {
        const QString id = QString::number(5000 + i);
        const QString handle = u"author_%1"_s.arg(i);
        if (i % 3 != 2) {
            const core::Id guest = addGuest(t->db(), u"Guest"_s, QString::number(i));
            const auto linked
                = repo.link(guest, Network::X, handle, LinkState::Confirmed, u"desk"_s, i % 3 == 0 ? id : QString());
            QVERIFY2(linked, qPrintable(linked.error()));
            expected.insert({id, handle}, linked->id);
        }
        authors.append({id, handle});
    }
    const auto found = repo.findMany(Network::X, authors);
    QCOMPARE(found.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(found.value(it.key()).id, it.value());
}

void TestSocialAccountRepository::renameThroughLink()
{
    TW_TEST_DATABASE(t);
    const core::Id anna = addGuest(t->db(), u"Anna"_s, u"Smith"_s);
    storage::SocialAccountRepository repo(t->db());
    const auto linked = repo.link(anna, Network::X, u"annas"_s, LinkState::Confirmed, u"desk"_s, u"42"_s);
    QVERIFY(linked);
    const auto renamed = repo.link(anna, Network::X, u"anna_travels"_s, LinkState::Suggested, u"stream"_s, u"42"_s);
    QVERIFY2(renamed, qPrintable(renamed.error()));
    QCOMPARE(renamed->id, linked->id);
    QCOMPARE(renamed->handle, u"anna_travels"_s);
    QCOMPARE(renamed->state, LinkState::Confirmed);
    QCOMPARE(repo.forGuest(anna).size(), 1);
    QVERIFY(!repo.byHandle(Network::X, u"annas"_s));
    const QList<core::AuditEntry> timeline = storage::AuditLog(t->db()).forEntity(u"social_account"_s, linked->id);
    QCOMPARE(timeline.size(), 2);
    QVERIFY2(timeline.last().detail.contains(u"@annas -> @anna_travels"_s), qPrintable(timeline.last().detail));
}

void TestSocialAccountRepository::accountIdOfAnotherGuestIsRefused()
{
    TW_TEST_DATABASE(t);
    const core::Id anna = addGuest(t->db(), u"Anna"_s, u"Smith"_s);
    const core::Id john = addGuest(t->db(), u"John"_s, u"Doe"_s);
    storage::SocialAccountRepository repo(t->db());
    QVERIFY(repo.link(anna, Network::X, u"annas"_s, LinkState::Confirmed, u"desk"_s, u"42"_s));
    const auto linked = repo.link(john, Network::X, u"johnd"_s, LinkState::Suggested, u"desk"_s, u"42"_s);
    QVERIFY(!linked);
    QVERIFY2(linked.error().contains(u"Anna Smith"_s), qPrintable(linked.error()));
    QVERIFY(repo.forGuest(john).isEmpty());
}

void TestSocialAccountRepository::setAccountId()
{
    TW_TEST_DATABASE(t);
    const core::Id anna = addGuest(t->db(), u"Anna"_s, u"Smith"_s);
    const core::Id john = addGuest(t->db(), u"John"_s, u"Doe"_s);
    storage::SocialAccountRepository repo(t->db());
    const auto annas = repo.link(anna, Network::X, u"annas"_s, LinkState::Confirmed, u"desk"_s);
    const auto johns = repo.link(john, Network::X, u"johnd"_s, LinkState::Confirmed, u"desk"_s);
    QVERIFY(annas && johns);

    const auto set = repo.setAccountId(annas->id, u" 42 "_s);
    QVERIFY2(set, qPrintable(set.error()));
    QCOMPARE(repo.byId(annas->id)->accountId, u"42"_s);
    QCOMPARE(repo.byAccountId(Network::X, u"42"_s)->id, annas->id);

    const auto taken = repo.setAccountId(johns->id, u"42"_s);
    QVERIFY(!taken);
    QVERIFY(repo.byId(johns->id)->accountId.isEmpty());
    QVERIFY(!repo.setAccountId(9999, u"43"_s));
}

void TestSocialAccountRepository::forGuestIsOrdered()
{
    TW_TEST_DATABASE(t);
    const core::Id anna = addGuest(t->db(), u"Anna"_s, u"Smith"_s);
    storage::SocialAccountRepository repo(t->db());
    QVERIFY(repo.link(anna, Network::X, u"zanna"_s, LinkState::Confirmed, u"desk"_s));
    QVERIFY(repo.link(anna, Network::Mastodon, u"anna@mastodon.social"_s, LinkState::Confirmed, u"desk"_s));
    QVERIFY(repo.link(anna, Network::X, u"anna"_s, LinkState::Confirmed, u"desk"_s));
    QStringList handles;
    const QList<core::SocialAccount> accounts = repo.forGuest(anna);
    for (const core::SocialAccount &a : accounts)
        handles.append(core::networkKey(a.network) + u':' + a.handle);
    QCOMPARE(handles, (QStringList{u"mastodon:anna@mastodon.social"_s, u"x:anna"_s, u"x:zanna"_s}));
}

QTEST_GUILESS_MAIN(TestSocialAccountRepository)
#include "test_socialaccountrepository.moc"
