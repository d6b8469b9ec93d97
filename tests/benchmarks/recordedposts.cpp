#include "recordedposts.h"

#include <core/inhouserule.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tw::bench {

namespace {

constexpr qint64 FirstPostId = 1'900'000'000'000'000'000LL;
constexpr std::uint64_t PostStream = 0x7057;
// How far into the stays the author pools are drawn from: enough for a few
// hundred in-house guests at any data-set size.
constexpr qint64 StaysScanned = 200'000;

const char *const kWords[] = {"Lovely",  "stay",     "at",      "the",  "hotel",  "view",     "breakfast", "staff",
                              "room",    "amazing",  "thanks",  "pool", "sunset", "rooftop",  "concierge", "spa",
                              "service", "check-in", "welcome", "bar",  "quiet",  "friendly", "city",      "trip"};

} // namespace

RecordedPosts::RecordedPosts(const SyntheticHotels &hotels, const QList<core::ListeningRule> &rules)
    : m_hotels(hotels)
    , m_rules(rules)
{
    QList<core::InHouseRule> inHouseRules;
    const QList<core::Property> properties = hotels.properties();
    for (const core::Property &property : properties)
        inHouseRules.append(core::InHouseRule(property));

    const qint64 scan = qMin(StaysScanned, hotels.stayCount());
    for (qint64 i = 0; i < scan && (m_inHouseAuthors.size() < 500 || m_otherGuests.size() < 500); ++i) {
        const core::Stay stay = hotels.stay(i);
        const qint64 guestIndex = stay.guestId - 1;
        const bool inHouse = inHouseRules.at(qsizetype(stay.propertyId - 1)).isInHouse(stay, around());
        const QList<core::SocialAccount> accounts = hotels.accounts(guestIndex);
        const core::Guest guest = hotels.guest(guestIndex);
        bool hasX = false;
        for (const core::SocialAccount &account : accounts) {
            if (account.network != core::Network::X)
                continue;
            hasX = true;
            Author author{account.accountId.isEmpty() ? QString::number(5'000'000'000LL + guestIndex)
                                                      : account.accountId,
                          account.handle, guest.displayName(), inHouse ? stay.propertyId : core::InvalidId};
            if (inHouse)
                m_inHouseAuthors.append(author);
            else if (m_otherGuests.size() < 500)
                m_otherGuests.append(author);
        }
        if (inHouse && !hasX && m_inHouseNames.size() < 500)
            m_inHouseNames.append({QString(), QString(), guest.displayName(), stay.propertyId});
    }
}

QString RecordedPosts::describePools() const
{
    return u"%1 linked guests in house, %2 linked guests not in house, %3 in-house names for look-alikes"_s.arg(
        QString::number(m_inHouseAuthors.size()), QString::number(m_otherGuests.size()),
        QString::number(m_inHouseNames.size()));
}

QList<QByteArray> RecordedPosts::generate(qint64 count) const
{
    QList<QByteArray> lines;
    lines.reserve(qsizetype(count));
    const QDateTime start = around().addSecs(-count / 20); // twenty posts a second, ending at around()
    for (qint64 i = 0; i < count; ++i) {
        SyntheticHotels::Random random = SyntheticHotels::randomFor(PostStream, i);
        qint64 postIndex = i;
        if (i > 10 && random.chance(0.01))
            postIndex = i - 1 - random.below(qMin<qint64>(i, 1000)); // redelivered

        SyntheticHotels::Random post = SyntheticHotels::randomFor(PostStream + 1, postIndex);
        Author author;
        const double roll = post.unit();
        if (roll < 0.03 && !m_inHouseAuthors.isEmpty()) {
            author = m_inHouseAuthors.at(qsizetype(post.below(m_inHouseAuthors.size())));
        } else if (roll < 0.05 && !m_otherGuests.isEmpty()) {
            author = m_otherGuests.at(qsizetype(post.below(m_otherGuests.size())));
        } else if (roll < 0.07 && !m_inHouseNames.isEmpty()) {
            author = m_inHouseNames.at(qsizetype(post.below(m_inHouseNames.size())));
            author.id = QString::number(8'000'000'000LL + postIndex);
            author.username = u"fan"_s + QString::number(postIndex);
        } else {
            const qint64 stranger = post.below(200'000);
            author = {QString::number(9'000'000'000LL + stranger), u"traveller"_s + QString::number(stranger),
                      u"Traveller "_s + QString::number(stranger)};
        }

        QString text;
        const int words = 6 + int(post.below(20));
        for (int w = 0; w < words; ++w) {
            if (w)
                text += u' ';
            text += QString::fromLatin1(kWords[post.below(std::size(kWords))]);
        }
        // A guest in house posts about the hotel they are in.
        const core::ListeningRule *rule = &m_rules.at(qsizetype(post.below(m_rules.size())));
        for (const core::ListeningRule &candidate : m_rules) {
            if (author.propertyId != core::InvalidId && candidate.propertyId == author.propertyId)
                rule = &candidate;
        }
        text += u" #"_s + rule->value.section(u'#', 1).section(u' ', 0, 0);

        const QString id = QString::number(FirstPostId + postIndex);
        const QDateTime createdAt = start.addMSecs(postIndex * 50);
        const QJsonObject data{
            {u"id"_s, id},
            {u"text"_s, text},
            {u"created_at"_s, createdAt.toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s)},
            {u"author_id"_s, author.id},
            {u"edit_history_tweet_ids"_s, QJsonArray{id}},
            {u"lang"_s, u"en"_s},
        };
        const QJsonObject user{{u"id"_s, author.id}, {u"name"_s, author.name}, {u"username"_s, author.username}};
        const QJsonObject matching{{u"id"_s, rule->remoteId},
                                   {u"tag"_s, QString(u"tw:"_s + QString::number(rule->id))}};
        const QJsonObject line{
            {u"data"_s, data},
            {u"includes"_s, QJsonObject{{u"users"_s, QJsonArray{user}}}},
            {u"matching_rules"_s, QJsonArray{matching}},
        };
        lines.append(QJsonDocument(line).toJson(QJsonDocument::Compact));
    }
    return lines;
}

} // namespace tw::bench
