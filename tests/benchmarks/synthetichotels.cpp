#include "synthetichotels.h"

#include <core/guestidentity.h>
#include <core/handlenormalizer.h>
#include <core/inhouserule.h>

#include <array>

using namespace Qt::StringLiterals;

namespace tw::bench {

namespace {

constexpr std::uint64_t kSeed = 0x7457'6F72'7468'7931ULL; // fixed: the data set must not change between runs

enum Stream : std::uint64_t { GuestStream = 1, AccountStream = 2, StayStream = 3 };

struct PropertySpec
{
    const char16_t *code;
    const char16_t *name;
    const char16_t *timeZone;
    int checkInHour;
    int checkOutHour;
    int floors;
    int roomsPerFloor;
};

// Hotels far apart in time zones, so "now" falls on different local dates.
constexpr std::array<PropertySpec, 12> kProperties{{
    {u"LAX", u"Palisades Los Angeles", u"America/Los_Angeles", 15, 11, 12, 30},
    {u"NYC", u"Hudson Yards Hotel", u"America/New_York", 16, 11, 20, 24},
    {u"BER", u"Hotel am Spreeufer", u"Europe/Berlin", 15, 11, 8, 28},
    {u"LON", u"The Marylebone", u"Europe/London", 15, 11, 9, 22},
    {u"PAR", u"H\u00f4tel du Canal", u"Europe/Paris", 15, 12, 7, 18},
    {u"AKL", u"Harbourside Auckland", u"Pacific/Auckland", 14, 10, 10, 20},
    {u"TYO", u"Ginza Garden Hotel", u"Asia/Tokyo", 15, 11, 18, 26},
    {u"SYD", u"Circular Quay Suites", u"Australia/Sydney", 15, 10, 14, 16},
    {u"DXB", u"Creekside Dubai", u"Asia/Dubai", 15, 12, 25, 30},
    {u"GRU", u"Paulista Palace", u"America/Sao_Paulo", 14, 12, 11, 20},
    {u"HNL", u"Waikiki Shore", u"Pacific/Honolulu", 15, 11, 16, 30},
    {u"CPT", u"Table Bay Lodge", u"Africa/Johannesburg", 14, 10, 5, 16},
}};

constexpr QStringView kFirstNames
    = u"Anna|Ben|Chlo\u00e9|David|Emma|Felix|Grace|Hannah|Isaac|Jack|Katie|Liam|Mia|Noah|Olivia|Paul|Quinn|"
      u"Rosa|Sam|Tom|Uma|Victor|Wendy|Xavier|Yara|Zo\u00eb|Jos\u00e9|S\u00f8ren|Bj\u00f6rn|Fran\u00e7ois|"
      u"Ren\u00e9e|J\u00fcrgen|\u0141ukasz|Ma\u0142gorzata|\u00d3lafur|Siobh\u00e1n|No\u00e9|In\u00e9s|"
      u"M\u00e5ns|\u00c9lodie|Hiroshi|Yuki|Mei|Wei|Aarav|Priya|Omar|Fatima|Lucas|Sofia|Mateo|Valentina|Leon|"
      u"Lea|Finn|Clara|James|Mary|Robert|Patricia|Michael|Jennifer|William|Linda|Richard|Elizabeth|Joseph|"
      u"Barbara|Thomas|Susan|Charles|Jessica|Daniel|Sarah|Matthew|Karen|Anthony|Nancy|Mark|Lisa|Andrew|"
      u"Margaret|Joshua|Sandra|Kenneth|Ashley|Kevin|Emily|Brian|Donna|George|Michelle|Timothy|Carol|Ronald|"
      u"Amanda|Jason|Melissa|Edward|Deborah|Jeffrey|Stephanie|Ryan|Rebecca|Jacob|Laura|Gary|Sharon|Nicholas|"
      u"Cynthia|Eric|Kathleen|Jonathan|Amy|Stephen|Angela|Larry|Shirley|Justin|Anna-Lena";

// Common surnames, drawn more often the earlier they stand.
constexpr QStringView kCommonLastNames
    = u"Smith|M\u00fcller|Garc\u00eda|Johnson|Schmidt|Rossi|Martin|Williams|Brown|Jones|Schneider|Fischer|"
      u"Dubois|Bernard|Fern\u00e1ndez|L\u00f3pez|Gonz\u00e1lez|Rodr\u00edguez|Wilson|Taylor|Anderson|Thomas|"
      u"Moore|Jackson|White|Harris|Clark|Lewis|Walker|Hall|Young|King|Nguy\u1ec5n|Tanaka|Suzuki|Sato|Kim|"
      u"Lee|Park|Chen|Wang|Li|Zhang|Singh|Kumar|Patel|Silva|Santos|Ferreira|S\u00f8rensen|Jensen|Nielsen|"
      u"Hansen|\u00c5ngstr\u00f6m|Lindqvist|Nowak|Kowalski|W\u00f3jcik|O\u2019Brien|Murphy|Kelly|De Vries|"
      u"Van Dijk|Bakker";

constexpr QStringView kOnsets
    = u"Bar|Bel|Ber|Bran|Cal|Car|Dal|Dor|El|Fal|Fer|Gar|Gol|Hal|Har|Hel|Kal|Kar|Lan|Lind|Mar|Mel|Mor|Nor|Ol|"
      u"Pal|Per|Ros|Sal|Sand|Ster|Tal|Tor|Val|Ver|Wal|Wil|Zel";
constexpr QStringView kMiddles = u"|a|e|i|o|an|en|in|ber|der|ker|ling|man|ner|ro|sen|to|ve";
constexpr QStringView kEndings
    = u"|s|son|sen|berg|stein|ez|ini|ova|ski|wood|ford|ton|ley|mann|er|i|o|ard|ston|holm|dal|ak|is";

constexpr std::array<const char16_t *, 6> kEmailDomains{{
    u"example.com",
    u"example.net",
    u"example.org",
    u"mail.example",
    u"post.example.de",
    u"inbox.example.co.uk",
}};
constexpr std::array<const char16_t *, 5> kMastodonInstances{{
    u"mastodon.social",
    u"hachyderm.io",
    u"fosstodon.org",
    u"mas.to",
    u"social.example.org",
}};
constexpr std::array<int, 8> kCountryCodes{{1, 44, 49, 33, 81, 61, 64, 971}};
constexpr std::array<const char16_t *, 6> kPreferences{{
    u"Feather-free pillows",
    u"Allergic to nuts",
    u"Favourite drink: Negroni",
    u"High floor, away from the lift",
    u"Sparkling water in the room",
    u"Late riser, no housekeeping before 11",
}};
constexpr std::array<const char16_t *, 4> kVipCodes{{u"GOLD", u"PLAT", u"VIP1", u"VIP2"}};

// Nights booked, weighted towards short stays.
constexpr std::array<int, 20> kNights{{1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7, 10, 14}};

template <typename T, std::size_t N>
T pick(SyntheticHotels::Random &random, const std::array<T, N> &items)
{
    return items[std::size_t(random.below(qint64(N)))];
}

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

QString base36(qint64 value)
{
    return QString::number(value, 36);
}

const QString &pick(SyntheticHotels::Random &random, const QStringList &items)
{
    return items.at(qsizetype(random.below(items.size())));
}

QStringList splitList(QStringView list)
{
    QStringList items;
    for (const QStringView item : list.split(u'|'))
        items.append(item.toString());
    return items;
}

struct NameTables
{
    QStringList first = splitList(kFirstNames);
    QStringList commonLast = splitList(kCommonLastNames);
    QStringList onsets = splitList(kOnsets);
    QStringList middles = splitList(kMiddles);
    QStringList endings = splitList(kEndings);
};

const NameTables &names()
{
    static const NameTables tables;
    return tables;
}

QString syntheticLastName(SyntheticHotels::Random &random)
{
    const NameTables &n = names();
    return pick(random, n.onsets) + pick(random, n.middles) + pick(random, n.endings);
}

// Property-local wall-clock time on a date, plus some minutes, as UTC.
QDateTime localTime(const core::InHouseRule &rule, const QDate &date, int hour, qint64 minutesOffset)
{
    return rule.toUtc(date, QTime(hour, 0)).addSecs(minutesOffset * 60);
}

} // namespace

std::uint64_t SyntheticHotels::Random::next()
{
    // splitmix64: tiny, fast, and good enough for test data
    m_state += 0x9E37'79B9'7F4A'7C15ULL;
    std::uint64_t z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58'476D'1CE4'E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D0'49BB'1331'11EBULL;
    return z ^ (z >> 31);
}

SyntheticHotels::Random SyntheticHotels::randomFor(std::uint64_t stream, qint64 index)
{
    Random mixer(kSeed ^ (stream * 0xD6E8'FEB8'6659'FD93ULL) ^ std::uint64_t(index));
    return Random(mixer.next());
}

QString SyntheticHotels::asciiWord(const QString &text)
{
    const QString key = core::GuestIdentity::searchKey(text);
    QString word;
    word.reserve(key.size());
    for (const QChar c : key) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            word.append(c);
    }
    return word;
}

QDateTime SyntheticHotels::referenceInstant()
{
    return QDateTime(QDate(2025, 6, 15), QTime(18, 0), Qt::UTC);
}

SyntheticHotels::SyntheticHotels(qint64 guestCount)
    : m_guestCount(qMax<qint64>(guestCount, 1))
{
    core::Id id = 1;
    for (const PropertySpec &spec : kProperties) {
        core::Property p;
        p.id = id++;
        p.code = text(spec.code);
        p.name = text(spec.name);
        p.timeZone = text(spec.timeZone);
        p.checkIn = QTime(spec.checkInHour, 0);
        p.checkOut = QTime(spec.checkOutHour, 0);
        m_properties.append(p);
        m_rules.emplace_back(p);
        m_floors.push_back(spec.floors);
        m_roomsPerFloor.push_back(spec.roomsPerFloor);
    }
}

QList<core::Property> SyntheticHotels::properties() const
{
    return m_properties;
}

core::Guest SyntheticHotels::guest(qint64 index) const
{
    Random random = randomFor(GuestStream, index);
    core::Guest g;
    g.id = index + 1;
    g.firstName = pick(random, names().first);
    if (random.chance(0.35)) {
        // Squaring a uniform number favours the front of the list, as real surnames do.
        const double u = random.unit();
        const QStringList &common = names().commonLast;
        g.lastName = common.at(qsizetype(u * u * double(common.size())));
    } else {
        g.lastName = syntheticLastName(random);
    }
    const QString tag = base36(index);
    if (random.chance(0.9)) {
        g.email = asciiWord(g.firstName) + u'.' + asciiWord(g.lastName) + u'.' + tag + u'@'
            + text(pick(random, kEmailDomains));
    }
    if (random.chance(0.8)) {
        // Unique per guest: 3^18 and 10^9 share no factor.
        const qint64 number = (index * 387'420'489 + 123'456'789) % 1'000'000'000;
        const QString digits = u"%1"_s.arg(number, 9, 10, QChar(u'0'));
        g.phone
            = u"+%1 %2 %3 %4"_s.arg(pick(random, kCountryCodes)).arg(digits.left(3), digits.mid(3, 3), digits.mid(6));
    }
    if (random.chance(0.6))
        g.loyaltyNumber = u"TW%1"_s.arg((index * 282'475'249 + 7) % 1'000'000'000, 9, 10, QChar(u'0'));
    if (random.chance(0.03))
        g.vipCode = text(pick(random, kVipCodes));
    if (random.chance(0.2))
        g.preferences = text(pick(random, kPreferences));
    g.socialConsent = random.chance(0.7);
    if (random.chance(0.05))
        g.notes = u"Celebrating an anniversary"_s;
    g.createdAt = referenceInstant().addDays(-random.below(1500));
    g.updatedAt = g.createdAt;
    g.version = 1;
    return g;
}

QList<core::SocialAccount> SyntheticHotels::accounts(qint64 guestIndex) const
{
    const core::Guest g = guest(guestIndex);
    Random random = randomFor(AccountStream, guestIndex);
    const QString first = asciiWord(g.firstName);
    const QString last = asciiWord(g.lastName);
    const QString tag = base36(guestIndex); // keeps every handle unique on its network

    QList<core::SocialAccount> result;
    const auto add = [&](core::Network network, const QString &raw) {
        const auto normalized = core::HandleNormalizer::normalize(network, raw);
        if (!normalized)
            return;
        core::SocialAccount a;
        a.guestId = g.id;
        a.network = network;
        a.handle = normalized.value();
        if (random.chance(0.3))
            a.accountId = QString::number(1'000'000'000'000LL + guestIndex * 10 + int(network));
        a.state = random.chance(0.8) ? core::LinkState::Confirmed : core::LinkState::Suggested;
        a.linkedBy = u"Front Desk"_s;
        a.linkedAt = g.createdAt.addDays(random.below(30));
        result.append(a);
    };
    if (random.chance(0.35))
        add(core::Network::X, first.left(5) + last.left(4) + tag);
    if (random.chance(0.12))
        add(core::Network::Mastodon, first + u'.' + last + tag + u'@' + text(pick(random, kMastodonInstances)));
    if (random.chance(0.08))
        add(core::Network::Bluesky, first + last + tag + u".bsky.social"_s);
    return result;
}

core::Stay SyntheticHotels::stay(qint64 index) const
{
    Random random = randomFor(StayStream, index);
    core::Stay s;
    s.id = index + 1;

    // Every guest stays at least once; the remaining stays go partly to a pool of
    // regulars (one guest in fifty), who come back dozens of times.
    qint64 guestIndex = index;
    if (index >= m_guestCount) {
        const qint64 regulars = qMax<qint64>(m_guestCount / 50, 1);
        guestIndex = random.chance(0.3) ? (random.below(regulars) * 50) % m_guestCount : random.below(m_guestCount);
    }
    s.guestId = guestIndex + 1;

    const auto p = std::size_t(random.below(qint64(m_properties.size())));
    const core::Property &property = m_properties.at(qsizetype(p));
    const core::InHouseRule &rule = m_rules[p];
    s.propertyId = property.id;
    s.confirmation = property.code + u"%1"_s.arg(index, 9, 10, QChar(u'0'));
    s.room = QString::number((1 + random.below(m_floors[p])) * 100 + 1 + random.below(m_roomsPerFloor[p]));
    s.arrival = QDate(2023, 1, 1).addDays(random.below(qint64(4) * 365));
    s.departure = s.arrival.addDays(pick(random, kNights));

    const QDateTime now = referenceInstant();
    const QDate today = rule.localDate(now);
    const double roll = random.unit();
    if (s.departure < today) {
        s.status = roll < 0.92 ? core::StayStatus::CheckedOut
            : roll < 0.97      ? core::StayStatus::Cancelled
                               : core::StayStatus::NoShow;
    } else if (s.arrival > today) {
        s.status = roll < 0.92 ? core::StayStatus::Reserved : core::StayStatus::Cancelled;
    } else if (roll < 0.04) {
        s.status = core::StayStatus::Cancelled;
    } else {
        // Around "now": arriving later today, in house, or already left today.
        s.status = core::StayStatus::InHouse;
        const core::InHouseRule::Window w = rule.window(s);
        if (now < w.start)
            s.status = core::StayStatus::Reserved;
        else if (now >= w.end)
            s.status = core::StayStatus::CheckedOut;
    }

    if ((s.status == core::StayStatus::InHouse || s.status == core::StayStatus::CheckedOut) && random.chance(0.6)) {
        const QDateTime in = localTime(rule, s.arrival, property.checkIn.hour(), random.below(540) - 240);
        if (in <= now)
            s.actualCheckIn = in;
    }
    if (s.status == core::StayStatus::CheckedOut && random.chance(0.6)) {
        const QDateTime out = localTime(rule, s.departure, property.checkOut.hour(), random.below(270) - 180);
        if (out <= now && (!s.actualCheckIn || *s.actualCheckIn < out))
            s.actualCheckOut = out;
    }
    s.version = 1;
    return s;
}

} // namespace tw::bench
