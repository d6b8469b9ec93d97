#include "demohotel.h"

#include "logging.h"

#include <core/guestidentity.h>
#include <core/inhouserule.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/orderrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>
#include <storage/transaction.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace tw::pms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::pms::DemoHotel", text);
}

// Where guests come from: names as people there write them, and how their
// phone numbers start. Surnames are ones that do not change with gender.
struct Region
{
    const char16_t *dial;
    std::array<const char16_t *, 10> firstNames;
    std::array<const char16_t *, 8> lastNames;
    int weight; // how many guests of a hundred
};

const std::array<Region, 16> kRegions{{
    {u"+351",
     {u"João", u"Inês", u"Tiago", u"Beatriz", u"Gonçalo", u"Mariana", u"Rui", u"Leonor", u"Duarte", u"Matilde"},
     {u"Gonçalves", u"Ferreira", u"Magalhães", u"Conceição", u"Araújo", u"Simões", u"Lourenço", u"Brandão"},
     12},
    {u"+34",
     {u"José", u"Lucía", u"Álvaro", u"Carmen", u"Íñigo", u"Marta", u"Sergio", u"Nuria", u"Raúl", u"Begoña"},
     {u"Peña", u"Muñoz", u"García", u"Ibáñez", u"Jiménez", u"Castaño", u"Núñez", u"Calderón"},
     9},
    {u"+33",
     {u"Zoé", u"Étienne", u"Chloé", u"Benoît", u"Léa", u"François", u"Amélie", u"Théo", u"Hélène", u"Jérôme"},
     {u"Lefèvre", u"Dubois", u"Moreau", u"Girard", u"Faure", u"Roussel", u"Lemaître", u"Chevalier"},
     8},
    {u"+49",
     {u"Jürgen", u"Anja", u"Lukas", u"Sophie", u"Maximilian", u"Jörg", u"Lena", u"Felix", u"Annegret", u"Björn"},
     {u"Müller", u"Schröder", u"Weiß", u"Groß", u"Köhler", u"Hoffmann", u"Krämer", u"Vogel"},
     9},
    {u"+46",
     {u"Søren", u"Åsa", u"Mikkel", u"Ingrid", u"Anders", u"Sigrid", u"Øystein", u"Freja", u"Lars", u"Maja"},
     {u"Sørensen", u"Åberg", u"Lindqvist", u"Nyström", u"Halvorsen", u"Bjørnstad", u"Ekström", u"Jönsson"},
     6},
    {u"+48",
     {u"Łukasz", u"Agnieszka", u"Michał", u"Zofia", u"Wojciech", u"Małgorzata", u"Paweł", u"Katarzyna", u"Piotr",
      u"Joanna"},
     {u"Wójcik", u"Nowak", u"Kowalczyk", u"Mazur", u"Woźniak", u"Kaczmarek", u"Krawczyk", u"Wróbel"},
     5},
    {u"+36",
     {u"Zsófia", u"Bence", u"Réka", u"Ádám", u"Eszter", u"Gergő", u"Dóra", u"Levente", u"Noémi", u"Máté"},
     {u"Szabó", u"Tóth", u"Kovács", u"Horváth", u"Varga", u"Németh", u"Fekete", u"Balogh"},
     3},
    {u"+90",
     {u"Çağla", u"Emre", u"Gülşen", u"Barış", u"Elif", u"Oğuz", u"Ayşe", u"İlker", u"Zeynep", u"Murat"},
     {u"Yılmaz", u"Çelik", u"Öztürk", u"Şahin", u"Aydın", u"Doğan", u"Kılıç", u"Arslan"},
     4},
    {u"+353",
     {u"Siobhán", u"Niamh", u"Seán", u"Oisín", u"Aoife", u"Cillian", u"Emily", u"Oliver", u"Harriet", u"James"},
     {u"O'Brien", u"O'Sullivan", u"McCarthy", u"Murphy", u"Walsh", u"Fitzgerald", u"Thompson", u"Hughes"},
     10},
    {u"+39",
     {u"Niccolò", u"Giulia", u"Lorenzo", u"Chiara", u"Federico", u"Francesca", u"Matteo", u"Alessia", u"Davide",
      u"Benedetta"},
     {u"Rossi", u"Esposito", u"Bianchi", u"Romano", u"Colombo", u"De Luca", u"Marino", u"Greco"},
     7},
    {u"+1",
     {u"Madison", u"Tyler", u"Ashley", u"Brandon", u"Megan", u"Ethan", u"Jamal", u"Keisha", u"Connor", u"Renée"},
     {u"Johnson", u"Williams", u"Rodriguez", u"Nguyen", u"Patel", u"Anderson", u"Okafor", u"Washington"},
     10},
    {u"+55",
     {u"Luíza", u"Thiago", u"Ana Clara", u"Caio", u"Letícia", u"Vinícius", u"Gabriela", u"Otávio", u"Júlia", u"Raíssa"},
     {u"Oliveira", u"Nascimento", u"Cardoso", u"Rocha", u"Ribeiro", u"Souza", u"Carvalho", u"Assunção"},
     5},
    {u"+81",
     {u"Haruto", u"Yui", u"Sōta", u"Aoi", u"Ren", u"Sakura", u"Yūki", u"Hina", u"Kenji", u"Emi"},
     {u"Satō", u"Suzuki", u"Takahashi", u"Tanaka", u"Watanabe", u"Itō", u"Yamamoto", u"Kobayashi"},
     3},
    {u"+84",
     {u"Minh", u"Linh", u"Tuấn", u"Thảo", u"Hùng", u"Ngọc", u"Quang", u"Hương", u"Phương", u"Đức"},
     {u"Nguyễn", u"Trần", u"Lê", u"Phạm", u"Hoàng", u"Vũ", u"Đặng", u"Bùi"},
     2},
    {u"+91",
     {u"Aarav", u"Priya", u"Rohan", u"Ananya", u"Vikram", u"Kavya", u"Arjun", u"Sneha", u"Ishaan", u"Meera"},
     {u"Sharma", u"Iyer", u"Reddy", u"Gupta", u"Menon", u"Chatterjee", u"Nair", u"Desai"},
     3},
    {u"+31",
     {u"Sanne", u"Daan", u"Lotte", u"Bram", u"Fleur", u"Thijs", u"Anouk", u"Joris", u"Femke", u"Sven"},
     {u"de Vries", u"van Dijk", u"Jansen", u"Bakker", u"Visser", u"van den Berg", u"Smit", u"Mulder"},
     4},
}};

constexpr std::array<const char16_t *, 5> kEmailDomains{
    {u"example.com", u"example.net", u"example.org", u"mail.example.com", u"post.example.net"}};
constexpr std::array<const char16_t *, 6> kMastodonServers{
    {u"mastodon.social", u"mastodon.online", u"fosstodon.org", u"hachyderm.io", u"mstdn.social", u"mas.to"}};

constexpr std::array<const char16_t *, 5> kPillows{
    {u"feather-free pillows", u"firm pillows", u"extra pillows", u"memory-foam pillow", u"buckwheat pillow"}};
constexpr std::array<const char16_t *, 6> kAllergies{{u"allergic to nuts", u"gluten-free", u"lactose intolerant",
                                                      u"shellfish allergy", u"vegetarian", u"no feather duvet"}};
constexpr std::array<const char16_t *, 8> kDrinks{{u"Vinho Verde", u"white port and tonic", u"sparkling water",
                                                   u"double espresso", u"gin and tonic", u"Earl Grey tea", u"Douro red",
                                                   u"fresh orange juice"}};
constexpr std::array<const char16_t *, 5> kRoomWishes{
    {u"high floor", u"quiet room away from the lift", u"twin beds", u"sea view if possible", u"late check-out"}};
constexpr std::array<const char16_t *, 7> kNotes{
    {u"Celebrating their wedding anniversary.", u"Travels with a small dog, Pastel.",
     u"Regular guest; likes the newspaper with breakfast.", u"Honeymoon, arrived from the Azores.",
     u"Birthday during the stay, loves custard tarts.", u"Wrote a kind review last time, thank them.",
     u"Asked for a quiet table at dinner, away from the terrace"}};

constexpr int kGuestCount = 300;
constexpr qint64 kHistoryDays = qint64(3) * 365; // how far back past stays go

enum class Role { InHouse, DepartingToday, ArrivingToday, Future, Cancelled, NoShow, PastOnly };

struct DemoGuest
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString loyaltyNumber;
    QString vipCode;
    QString preferences;
    QString notes;
    bool consent = false;
    QString xHandle;
    QString mastodonHandle;
    bool xSuggested = false;        // only suggested, not in the PMS export
    bool mastodonSuggested = false; // likewise
};

struct DemoStay
{
    int guest = 0;
    QString confirmation;
    QString room;
    QDate arrival;
    QDate departure;
    core::StayStatus status = core::StayStatus::Reserved;
};

// Lower-case ASCII letters and digits of a name, for e-mail addresses and handles.
QString asciiWord(const QString &name)
{
    const QString folded = core::GuestIdentity::searchKey(name);
    QString word;
    for (const QChar c : folded) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            word.append(c);
    }
    return word;
}

template <typename T, std::size_t N>
T pick(QRandomGenerator &rng, const std::array<T, N> &items)
{
    return items[rng.bounded(int(N))];
}

bool chance(QRandomGenerator &rng, int percent)
{
    return rng.bounded(100) < percent;
}

QString digits(QRandomGenerator &rng, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text.append(QChar(u'0' + rng.bounded(10)));
    return text;
}

QString unique(QSet<QString> &taken, QString candidate, QRandomGenerator &rng, int maxLength = 0)
{
    while (taken.contains(candidate) || candidate.isEmpty()) {
        QString base = candidate;
        const QString suffix = digits(rng, 2);
        if (maxLength > 0 && base.size() + suffix.size() > maxLength)
            base.truncate(maxLength - suffix.size());
        candidate = base + suffix;
    }
    taken.insert(candidate);
    return candidate;
}

// Rooms 101-812: eight floors of twelve. Keeps each room to one stay a night.
class RoomPlan
{
public:
    RoomPlan()
    {
        for (int floor = 1; floor <= 8; ++floor) {
            for (int room = 1; room <= 12; ++room)
                m_rooms.append(QString::number(floor * 100 + room));
        }
    }

    QString assign(QRandomGenerator &rng, const QDate &arrival, const QDate &departure)
    {
        const int start = rng.bounded(int(m_rooms.size()));
        for (int k = 0; k < m_rooms.size(); ++k) {
            const QString &room = m_rooms.at((start + k) % m_rooms.size());
            QList<std::pair<QDate, QDate>> &nights = m_booked[room];
            const bool free = std::none_of(nights.cbegin(), nights.cend(), [&](const auto &booked) {
                return arrival < booked.second && booked.first < departure;
            });
            if (free) {
                nights.append({arrival, departure});
                return room;
            }
        }
        return {};
    }

private:
    QStringList m_rooms;
    QHash<QString, QList<std::pair<QDate, QDate>>> m_booked;
};

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString escaped = value;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

struct DemoData
{
    QList<DemoGuest> guests;
    QList<DemoStay> stays;
};

DemoData generate(const QDate &today, quint32 seed)
{
    QRandomGenerator rng(seed);
    DemoData data;
    QSet<QString> emails;
    QSet<QString> handles;
    QSet<QString> loyaltyNumbers;

    int totalWeight = 0;
    for (const Region &region : kRegions)
        totalWeight += region.weight;

    for (int i = 0; i < kGuestCount; ++i) {
        int draw = rng.bounded(totalWeight);
        const Region *region = &kRegions.front();
        for (const Region &r : kRegions) {
            if (draw < r.weight) {
                region = &r;
                break;
            }
            draw -= r.weight;
        }

        DemoGuest g;
        g.firstName = QString::fromUtf16(pick(rng, region->firstNames));
        g.lastName = QString::fromUtf16(pick(rng, region->lastNames));
        const QString first = asciiWord(g.firstName);
        const QString last = asciiWord(g.lastName);

        QString local;
        switch (rng.bounded(5)) {
        case 0:
            local = first + u'.' + last;
            break;
        case 1:
            local = first + last;
            break;
        case 2:
            local = first.left(1) + u'.' + last;
            break;
        case 3:
            local = first + u'_' + last;
            break;
        default:
            local = last + u'.' + first + digits(rng, 2);
            break;
        }
        const QString domain = QString::fromUtf16(pick(rng, kEmailDomains));
        g.email = unique(emails, local + u'@' + domain, rng);

        g.phone = QString::fromUtf16(region->dial) + u' ' + QChar(u'1' + rng.bounded(9)) + digits(rng, 2) + u' '
            + digits(rng, 3) + u' ' + digits(rng, 3);
        if (chance(rng, 30))
            g.loyaltyNumber = unique(loyaltyNumbers, u"HV"_s + digits(rng, 7), rng);
        if (chance(rng, 7))
            g.vipCode = u"VIP"_s + QString::number(1 + rng.bounded(3));

        QStringList preferences;
        if (chance(rng, 35))
            preferences.append(QString::fromUtf16(pick(rng, kPillows)));
        if (chance(rng, 20))
            preferences.append(QString::fromUtf16(pick(rng, kAllergies)));
        if (chance(rng, 40))
            preferences.append(u"favourite drink: "_s + QString::fromUtf16(pick(rng, kDrinks)));
        if (chance(rng, 20))
            preferences.append(QString::fromUtf16(pick(rng, kRoomWishes)));
        g.preferences = preferences.join(u"; "_s);
        if (chance(rng, 10))
            g.notes = QString::fromUtf16(pick(rng, kNotes));

        if (chance(rng, 35)) {
            QString x;
            switch (rng.bounded(4)) {
            case 0:
                x = first + last;
                break;
            case 1:
                x = first + u'_' + last;
                break;
            case 2:
                x = first + last.left(1) + digits(rng, 2);
                break;
            default:
                x = last + u'_' + first.left(1);
                break;
            }
            g.xHandle = unique(handles, u"x:"_s + x.left(15), rng, 17).mid(2);
            g.xSuggested = chance(rng, 20);
        }
        if (chance(rng, 20)) {
            const QString user = chance(rng, 50) ? first : first + u'_' + last;
            g.mastodonHandle
                = unique(handles, u"m:"_s + user, rng).mid(2) + u'@' + QString::fromUtf16(pick(rng, kMastodonServers));
            g.mastodonSuggested = chance(rng, 20);
        }
        g.consent = (!g.xHandle.isEmpty() || !g.mastodonHandle.isEmpty()) ? chance(rng, 90) : chance(rng, 40);
        data.guests.append(g);
    }

    // Who is where today: a full-ish house, a turnover of arrivals and departures.
    QList<int> order;
    for (int i = 0; i < kGuestCount; ++i)
        order.append(i);
    // Fisher-Yates with the generator's own bounded(): std::shuffle's draws differ
    // between standard libraries, and the demo must be the same everywhere.
    for (int i = kGuestCount - 1; i > 0; --i)
        std::swap(order[i], order[rng.bounded(i + 1)]);
    const std::array<std::pair<Role, int>, 6> quota{{{Role::InHouse, 56},
                                                     {Role::DepartingToday, 14},
                                                     {Role::ArrivingToday, 16},
                                                     {Role::Future, 70},
                                                     {Role::Cancelled, 6},
                                                     {Role::NoShow, 4}}};
    QList<Role> roles(kGuestCount, Role::PastOnly);
    int next = 0;
    for (const auto &[role, count] : quota) {
        for (int k = 0; k < count; ++k)
            roles[order.at(next++)] = role;
    }

    QSet<QString> confirmations;
    RoomPlan rooms;
    const auto addStay
        = [&](int guest, const QDate &arrival, const QDate &departure, core::StayStatus status, bool withRoom) {
              DemoStay stay;
              stay.guest = guest;
              stay.confirmation = unique(confirmations, QString::number(rng.bounded(10'000'000, 99'999'999)), rng);
              stay.arrival = arrival;
              stay.departure = departure;
              stay.status = status;
              if (withRoom)
                  stay.room = rooms.assign(rng, arrival, departure);
              data.stays.append(stay);
          };

    // Today's house first, so that every guest in it has a room.
    QList<QDate> currentStart(kGuestCount, today);
    for (int i = 0; i < kGuestCount; ++i) {
        QDate arrival;
        switch (roles.at(i)) {
        case Role::InHouse:
            arrival = today.addDays(-1 - rng.bounded(6));
            addStay(i, arrival, today.addDays(1 + rng.bounded(7)), core::StayStatus::InHouse, true);
            break;
        case Role::DepartingToday:
            arrival = today.addDays(-1 - rng.bounded(7));
            addStay(i, arrival, today, core::StayStatus::InHouse, true);
            break;
        case Role::ArrivingToday:
            arrival = today;
            addStay(i, arrival, today.addDays(1 + rng.bounded(6)), core::StayStatus::Reserved, true);
            break;
        default:
            continue;
        }
        currentStart[i] = arrival;
    }
    for (int i = 0; i < kGuestCount; ++i) {
        switch (roles.at(i)) {
        case Role::Future: {
            const QDate arrival = today.addDays(1 + rng.bounded(60));
            // Rooms are blocked a few days ahead only, as front offices do.
            addStay(i, arrival, arrival.addDays(1 + rng.bounded(7)), core::StayStatus::Reserved,
                    arrival <= today.addDays(3));
            break;
        }
        case Role::Cancelled: {
            const QDate arrival = today.addDays(2 + rng.bounded(40));
            addStay(i, arrival, arrival.addDays(1 + rng.bounded(4)), core::StayStatus::Cancelled, false);
            break;
        }
        case Role::NoShow: {
            const QDate arrival = today.addDays(-30 + rng.bounded(29));
            addStay(i, arrival, arrival.addDays(1 + rng.bounded(3)), core::StayStatus::NoShow, false);
            currentStart[i] = arrival;
            break;
        }
        default:
            break;
        }
    }
    // History: past stays over the last three years, before anything current.
    for (int i = 0; i < kGuestCount; ++i) {
        const bool pastOnly = roles.at(i) == Role::PastOnly;
        if (!pastOnly && !chance(rng, 45))
            continue;
        const int count = pastOnly ? 1 + rng.bounded(3) : 1 + rng.bounded(2);
        QDate end = currentStart.at(i).addDays(-1 - rng.bounded(20));
        for (int k = 0; k < count; ++k) {
            const QDate departure = end.addDays(-rng.bounded(300));
            const QDate arrival = departure.addDays(-1 - rng.bounded(6));
            if (arrival < today.addDays(-kHistoryDays))
                break;
            addStay(i, arrival, departure, core::StayStatus::CheckedOut, true);
            end = arrival.addDays(-7);
        }
    }

    std::sort(data.stays.begin(), data.stays.end(), [](const DemoStay &a, const DemoStay &b) {
        return a.arrival != b.arrival ? a.arrival < b.arrival : a.confirmation < b.confirmation;
    });
    return data;
}

// A few of the day's amenity orders, so the orders board and the guests'
// timelines have something to show: written once, for the first guests in house
// by room, with due times through the hotel's day and some already moved on.
core::Result<int> seedOrders(storage::Database &db, const core::Property &property, const QDate &today)
{
    using Failure = core::Result<int>;
    storage::OrderRepository orders(db);
    storage::OrderFilter mine;
    mine.propertyId = property.id;
    if (!orders.list(mine).isEmpty())
        return 0;

    const core::InHouseRule rule(property);
    const QDateTime morning = rule.toUtc(today, QTime(9, 0));
    QList<core::Stay> inHouse;
    for (const core::Stay &stay : storage::StayRepository(db).overlapping(property.id, today, today)) {
        if (rule.isInHouse(stay, morning) && !stay.room.isEmpty())
            inHouse.append(stay);
    }
    std::sort(inHouse.begin(), inHouse.end(), [](const core::Stay &a, const core::Stay &b) {
        return a.room == b.room ? a.id < b.id : a.room < b.room;
    });

    struct DemoOrder
    {
        QList<storage::OrderRequestItem> items;
        QTime due;
        QList<core::OrderState> moves;
    };
    const QList<DemoOrder> plan{
        {{{u"Fruit plate"_s, 1}}, QTime(10, 30), {core::OrderState::Accepted, core::OrderState::Delivered}},
        {{{u"Bath salts"_s, 1}, {u"Flowers"_s, 1}}, QTime(16, 0), {core::OrderState::Accepted}},
        {{{u"Wine and strawberries"_s, 1}}, QTime(18, 30), {core::OrderState::Accepted, core::OrderState::InProgress}},
        {{{u"Beer and snacks"_s, 2}}, QTime(19, 0), {}},
        {{{u"Signature drinks"_s, 2}}, QTime(21, 0), {}},
    };
    storage::Transaction transaction(db);
    if (!transaction.isActive())
        return Failure::failure(tr("The demo hotel's orders could not be saved: no transaction."));
    int created = 0;
    for (qsizetype i = 0; i < plan.size() && i < inHouse.size(); ++i) {
        storage::OrderRequest request;
        request.guestId = inHouse.at(i).guestId;
        request.stayId = inHouse.at(i).id;
        request.items = plan.at(i).items;
        request.dueAt = rule.toUtc(today, plan.at(i).due);
        request.now = morning;
        auto order = orders.create(request, u"demo"_s);
        if (!order)
            return Failure::failure(tr("The demo hotel's orders could not be saved: %1").arg(order.error()));
        for (const core::OrderState to : plan.at(i).moves) {
            if (auto moved = orders.advance(order->id, to, u"demo"_s); !moved)
                return Failure::failure(tr("The demo hotel's orders could not be saved: %1").arg(moved.error()));
        }
        ++created;
    }
    if (auto committed = transaction.commit(); !committed)
        return Failure::failure(tr("The demo hotel's orders could not be saved: %1").arg(committed.error()));
    return created;
}

} // namespace

QString DemoHotel::timeZone()
{
    return u"Europe/Lisbon"_s;
}

QDate DemoHotel::today(const QDateTime &now)
{
    core::Property hotel;
    hotel.timeZone = timeZone();
    return core::InHouseRule(hotel).localDate(now);
}

QString DemoHotel::propertyCode()
{
    return u"DEMO"_s;
}

QByteArray DemoHotel::reservationExport(const QDate &today, quint32 seed, DemoSummary *summary)
{
    const DemoData data = generate(today, seed);

    QString csv = u"confirmation,first_name,last_name,email,phone,loyalty_number,vip,room,arrival,departure,"
                  "status,x_handle,mastodon_handle,notes,preferences,social_consent\r\n"_s;
    QSet<int> guestsWithStays;
    for (const DemoStay &stay : data.stays) {
        const DemoGuest &g = data.guests.at(stay.guest);
        guestsWithStays.insert(stay.guest);
        const QStringList fields{stay.confirmation,
                                 g.firstName,
                                 g.lastName,
                                 g.email,
                                 g.phone,
                                 g.loyaltyNumber,
                                 g.vipCode,
                                 stay.room,
                                 stay.arrival.toString(Qt::ISODate),
                                 stay.departure.toString(Qt::ISODate),
                                 core::stayStatusKey(stay.status),
                                 g.xSuggested ? QString() : g.xHandle,
                                 g.mastodonSuggested ? QString() : g.mastodonHandle,
                                 g.notes,
                                 g.preferences,
                                 g.consent ? u"yes"_s : u"no"_s};
        QStringList cells;
        for (const QString &field : fields)
            cells.append(csvField(field));
        csv += cells.join(u',') + u"\r\n"_s;
    }

    if (summary) {
        summary->propertyCode = propertyCode();
        summary->guests = int(guestsWithStays.size());
        summary->stays = int(data.stays.size());
        summary->inHouse = 0;
        summary->arrivalsToday = 0;
        summary->departuresToday = 0;
        for (const DemoStay &stay : data.stays) {
            if (stay.status == core::StayStatus::InHouse && stay.arrival <= today && stay.departure >= today)
                ++summary->inHouse;
            if (stay.status == core::StayStatus::InHouse && stay.departure == today)
                ++summary->departuresToday;
            if (stay.status == core::StayStatus::Reserved && stay.arrival == today)
                ++summary->arrivalsToday;
        }
        summary->confirmedHandles = 0;
        summary->suggestedHandles = 0;
        for (const DemoGuest &g : data.guests) {
            for (const auto &[handle, suggested] :
                 {std::pair{g.xHandle, g.xSuggested}, std::pair{g.mastodonHandle, g.mastodonSuggested}}) {
                if (handle.isEmpty())
                    continue;
                ++(suggested ? summary->suggestedHandles : summary->confirmedHandles);
            }
        }
    }
    return csv.toUtf8();
}

core::Result<DemoSummary> DemoHotel::seed(storage::Database &db, const QDate &today, quint32 seed)
{
    using Failure = core::Result<DemoSummary>;
    if (!today.isValid())
        return Failure::failure(tr("The demo hotel needs a valid date for today."));

    DemoSummary summary;
    const QByteArray csv = reservationExport(today, seed, &summary);
    summary.propertyName = u"Harbour View Hotel"_s;

    storage::PropertyRepository properties(db);
    if (const auto existing = properties.byCode(propertyCode())) {
        summary.propertyName = existing->name;
    } else {
        core::Property property;
        property.code = propertyCode();
        property.name = summary.propertyName;
        property.timeZone = timeZone();
        property.checkIn = QTime(15, 0);
        property.checkOut = QTime(11, 0);
        auto added = properties.add(property);
        if (!added)
            return Failure::failure(tr("The demo hotel could not be created: %1").arg(added.error()));
        summary.propertyCreated = true;
    }

    ImportOptions options;
    options.propertyCode = propertyCode();
    options.actor = u"demo"_s;
    auto imported = StayImporter(db).importData(csv, options);
    if (!imported)
        return Failure::failure(tr("The demo reservations could not be imported: %1").arg(imported.error()));
    summary.import = imported.value();
    if (!summary.import.rejected.isEmpty()) {
        return Failure::failure(tr("The demo reservations were imported with %1 rejected rows, the first: %2")
                                    .arg(summary.import.rejected.size())
                                    .arg(summary.import.rejected.constFirst().toString()));
    }

    // Handles staff have not confirmed yet are not in the PMS: they are suggestions.
    const DemoData data = generate(today, seed);
    storage::GuestRepository guests(db);
    storage::SocialAccountRepository accounts(db);
    storage::Transaction transaction(db);
    if (!transaction.isActive())
        return Failure::failure(tr("The demo hotel's handles could not be saved: no transaction."));
    for (const DemoGuest &g : data.guests) {
        for (const auto &[network, handle, suggested] :
             {std::tuple{core::Network::X, g.xHandle, g.xSuggested},
              std::tuple{core::Network::Mastodon, g.mastodonHandle, g.mastodonSuggested}}) {
            if (handle.isEmpty() || !suggested)
                continue;
            const auto guest = guests.byEmail(g.email);
            if (!guest)
                continue; // a guest without stays is not in the demo
            if (accounts.find(network, {}, handle))
                continue; // already linked, maybe confirmed by staff since
            auto linked = accounts.link(guest->id, network, handle, core::LinkState::Suggested, u"demo"_s);
            if (!linked)
                return Failure::failure(tr("The demo hotel's handles could not be saved: %1").arg(linked.error()));
            ++summary.suggestionsLinked;
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return Failure::failure(tr("The demo hotel's handles could not be saved: %1").arg(committed.error()));

    const auto property = properties.byCode(propertyCode());
    if (!property)
        return Failure::failure(tr("The demo hotel could not be read back."));
    auto ordered = seedOrders(db, *property, today);
    if (!ordered)
        return Failure::failure(ordered.error());
    summary.ordersCreated = ordered.value();

    qCInfo(lcPms) << "demo hotel seeded:" << summary.guests << "guests," << summary.stays << "stays";
    return summary;
}

} // namespace tw::pms
