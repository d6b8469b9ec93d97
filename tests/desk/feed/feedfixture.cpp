#include "feedfixture.h"

#include <storage/guestrepository.h>
#include <storage/postrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tw::test {

namespace {

const QString kActor = u"test"_s;

core::Id addGuest(storage::Database &db, QString *error, const QString &first, const QString &last,
                  const QString &vip = {})
{
    core::Guest guest;
    guest.firstName = first;
    guest.lastName = last;
    guest.email = first.toLower() + u'.' + QString::number(qHash(last)) + u"@example.com"_s;
    guest.vipCode = vip;
    guest.socialConsent = true;
    const auto created = storage::GuestRepository(db).create(guest, kActor);
    if (!created) {
        *error = created.error();
        return core::InvalidId;
    }
    return created->id;
}

bool addStay(storage::Database &db, QString *error, core::Id property, core::Id guest, const QString &confirmation,
             const QString &room, QDate arrival, QDate departure, core::StayStatus status)
{
    core::Stay stay;
    stay.propertyId = property;
    stay.guestId = guest;
    stay.confirmation = confirmation;
    stay.room = room;
    stay.arrival = arrival;
    stay.departure = departure;
    stay.status = status;
    const auto upserted = storage::StayRepository(db).upsert(stay, kActor);
    if (!upserted)
        *error = upserted.error();
    return upserted.ok();
}

} // namespace

QDateTime FeedFixture::referenceTime()
{
    return QDateTime(QDate(2026, 5, 10), QTime(12, 0), QTimeZone::utc());
}

core::Post FeedFixture::strangerPost(const QString &postId, const QDateTime &at, const QString &text)
{
    core::Post post;
    post.network = core::Network::X;
    post.postId = postId;
    post.authorId = u"9"_s + postId;
    post.authorHandle = u"someone"_s + postId.right(3);
    post.authorName = u"Some One"_s;
    post.text = text;
    post.url = u"https://x.com/someone/status/"_s + postId;
    post.createdAt = at;
    post.ruleTag = u"mentions"_s;
    return post;
}

core::Id FeedFixture::addPost(storage::Database &db, const QDateTime &at, const QString &text, QString *error,
                              const QString &tag) const
{
    core::Post post = strangerPost(QString::number(at.toMSecsSinceEpoch()), at, text);
    post.propertyId = property;
    post.ruleTag = tag;
    const auto stored = storage::PostRepository(db).insert(post);
    if (!stored) {
        *error = stored.error();
        return core::InvalidId;
    }
    return post.id;
}

QString FeedFixture::fill(storage::Database &db)
{
    QString error;
    core::Property hotel;
    hotel.code = u"HVL"_s;
    hotel.name = u"Harbour View Hotel"_s;
    hotel.timeZone = u"Europe/Lisbon"_s;
    const auto added = storage::PropertyRepository(db).add(hotel);
    if (!added)
        return added.error();
    property = added->id;

    const QDate today = referenceTime().date();
    madison = addGuest(db, &error, u"Madison"_s, u"Johnson"_s, u"VIP1"_s);
    oystein = addGuest(db, &error, u"Øystein"_s, u"Ekström"_s);
    lena = addGuest(db, &error, u"Lena"_s, u"Groß"_s);
    hans = addGuest(db, &error, u"Hans"_s, u"Bergmann"_s);
    if (!error.isEmpty())
        return error;
    if (!addStay(db, &error, property, madison, u"C-1"_s, u"512"_s, today.addDays(-2), today.addDays(3),
                 core::StayStatus::InHouse)
        || !addStay(db, &error, property, oystein, u"C-2"_s, u"702"_s, today.addDays(-1), today.addDays(2),
                    core::StayStatus::InHouse)
        || !addStay(db, &error, property, lena, u"C-3"_s, u"409"_s, today.addDays(-3), today.addDays(1),
                    core::StayStatus::InHouse)
        || !addStay(db, &error, property, hans, u"C-4"_s, u"210"_s, today.addDays(-400), today.addDays(-396),
                    core::StayStatus::CheckedOut))
        return error;
    storage::SocialAccountRepository accounts(db);
    for (const auto &[guest, network, handle] :
         {std::tuple{madison, core::Network::X, u"madisonj99"_s},
          std::tuple{oystein, core::Network::Mastodon, u"oystein@hachyderm.io"_s},
          std::tuple{hans, core::Network::X, u"hans_bergmann"_s}}) {
        if (auto linked = accounts.link(guest, network, handle, core::LinkState::Confirmed, kActor); !linked)
            return linked.error();
    }

    storage::PostRepository repository(db);
    posts.clear();
    for (int i = 0; i < 12; ++i) {
        const QDateTime at = referenceTime().addSecs(qint64(i - 11) * 60);
        core::Post post = strangerPost(QString::number(1000 + i), at, u"Post number %1 about the hotel"_s.arg(i));
        post.propertyId = property;
        switch (i) {
        case 4:
        case 7:
            post.authorHandle = u"madisonj99"_s;
            post.authorName = u"Madison Johnson"_s;
            post.guestId = madison;
            post.inHouse = true;
            post.room = u"512"_s;
            break;
        case 5:
        case 9:
            post.network = core::Network::Mastodon;
            post.authorHandle = u"oystein@hachyderm.io"_s;
            post.authorName = u"Øystein Ekström"_s;
            post.ruleTag = u"#HarbourViewLisbon"_s;
            post.guestId = oystein;
            post.inHouse = true;
            post.room = u"702"_s;
            break;
        case 6:
            post.authorHandle = u"hans_bergmann"_s;
            post.authorName = u"Hans Bergmann"_s;
            post.guestId = hans;
            post.state = core::PostState::Replied;
            post.handledBy = u"Maria Santos"_s;
            post.handledAt = at.addSecs(30);
            break;
        case 8:
            post.authorHandle = u"lenagross_ber"_s;
            post.authorName = u"Lena Gross"_s;
            post.suggestedGuestId = lena;
            break;
        case 10:
            post.network = core::Network::Mastodon;
            post.authorHandle = u"fado@mastodon.social"_s;
            post.authorName = u"Fado Nights"_s;
            post.ruleTag = u"#HarbourViewLisbon"_s;
            post.state = core::PostState::Resolved;
            post.handledBy = u"Maria Santos"_s;
            post.handledAt = at.addSecs(30);
            break;
        case 11:
            post.ruleTag = u"rooftop bar"_s;
            break;
        default:
            break;
        }
        const auto stored = repository.insert(post);
        if (!stored)
            return stored.error();
        posts.append(post.id);
    }
    return {};
}

} // namespace tw::test
