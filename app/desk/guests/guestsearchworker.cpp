#include "guestsearchworker.h"

#include <desk/logging.h>

#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

// A reservation whose arrival day has come but whose guest has not shown up
// yet is still the next stay; one whose arrival is past without a check-in is
// history, like a stay that ended.
bool isUpcoming(const core::Stay &stay, const QDate &today)
{
    return stay.arrival >= today
        && (stay.status == core::StayStatus::Reserved || stay.status == core::StayStatus::InHouse);
}

bool counts(const core::Stay &stay)
{
    return stay.status != core::StayStatus::Cancelled && stay.status != core::StayStatus::NoShow;
}

// Rooms in the order of the corridor: "9" before "10", "12A" before "12B";
// stays without a room last. Compares digit runs by value, the rest without
// regard to case.
bool roomBefore(QStringView a, QStringView b)
{
    if (a.isEmpty() != b.isEmpty())
        return b.isEmpty();
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            const qsizetype startA = i;
            const qsizetype startB = j;
            while (i < a.size() && a[i].isDigit())
                ++i;
            while (j < b.size() && b[j].isDigit())
                ++j;
            QStringView numberA = a.mid(startA, i - startA);
            QStringView numberB = b.mid(startB, j - startB);
            while (numberA.size() > 1 && numberA.front() == u'0')
                numberA = numberA.mid(1);
            while (numberB.size() > 1 && numberB.front() == u'0')
                numberB = numberB.mid(1);
            if (numberA.size() != numberB.size())
                return numberA.size() < numberB.size();
            if (const int byDigits = numberA.compare(numberB); byDigits != 0)
                return byDigits < 0;
            continue;
        }
        if (const int byChar = a.mid(i, 1).compare(b.mid(j, 1), Qt::CaseInsensitive); byChar != 0)
            return byChar < 0;
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

} // namespace

GuestSearchWorker::GuestSearchWorker(storage::DatabaseUrl url, std::shared_ptr<std::atomic<quint64>> latestGeneration,
                                     QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_latestGeneration(std::move(latestGeneration))
{
}

GuestSearchWorker::~GuestSearchWorker() = default;

void GuestSearchWorker::close()
{
    m_db.reset();
}

bool GuestSearchWorker::ensureOpen(QString *error)
{
    if (m_db)
        return true;
    auto opened = storage::Database::open(m_url);
    if (!opened) {
        *error = opened.error();
        qCWarning(lcDesk) << "guest search cannot open" << m_url.toDisplayString() << ":" << opened.error();
        return false;
    }
    m_db = std::move(opened).value();
    return true;
}

void GuestSearchWorker::loadProperties()
{
    m_properties = storage::PropertyRepository(*m_db).list();
    m_rules.clear();
    for (const core::Property &p : std::as_const(m_properties))
        m_rules.emplace(p.id, core::InHouseRule(p));
}

QString GuestSearchWorker::propertyCodeOf(core::Id propertyId) const
{
    if (m_properties.size() < 2)
        return {};
    for (const core::Property &p : m_properties) {
        if (p.id == propertyId)
            return p.code;
    }
    return {};
}

// Typing went on while this request waited in the queue: its answer would be
// dropped anyway, and the newer one should not wait for it.
bool GuestSearchWorker::isStale(const Request &request) const
{
    return request.generation < m_latestGeneration->load();
}

void GuestSearchWorker::run(const Request &request)
{
    if (isStale(request))
        return;

    Reply reply;
    reply.generation = request.generation;
    reply.text = request.text;
    reply.replace = request.replace;
    QString error;
    if (!ensureOpen(&error)) {
        reply.error = error;
        Q_EMIT finished(reply);
        return;
    }
    if (request.replace || m_properties.isEmpty())
        loadProperties();

    if (request.text.isEmpty())
        listInHouse(request, reply);
    else
        searchGuests(request, reply);
    reply.detailsFollow = !reply.rows.isEmpty();
    Q_EMIT finished(reply);
    if (reply.detailsFollow)
        sendDetails(request, reply.rows);
}

void GuestSearchWorker::sendDetails(const Request &request, QList<GuestSearchRow> rows)
{
    for (qsizetype first = 0; first < rows.size(); first += DetailBatch) {
        if (isStale(request))
            return;
        Reply reply;
        reply.generation = request.generation;
        reply.text = request.text;
        reply.replace = request.replace;
        reply.details = true;
        reply.detailsFollow = first + DetailBatch < rows.size();
        reply.rows = rows.mid(first, DetailBatch);
        for (GuestSearchRow &row : reply.rows)
            complete(row, request.now);
        Q_EMIT finished(reply);
    }
}

void GuestSearchWorker::searchGuests(const Request &request, Reply &reply)
{
    const int limit = std::clamp(request.limit, 1, MaxSearchRows);
    const QList<core::Guest> found = storage::GuestRepository(*m_db).search(request.text, limit);
    reply.exhausted = found.size() < limit;
    for (const core::Guest &guest : found) {
        if (request.known.contains(guest.id))
            continue;
        GuestSearchRow row;
        row.guest = guest;
        reply.rows.append(row);
    }
}

void GuestSearchWorker::listInHouse(const Request &request, Reply &reply)
{
    reply.exhausted = true;
    const core::Property *property = nullptr;
    for (const core::Property &p : std::as_const(m_properties)) {
        if (request.propertyCode.isEmpty() || p.code.compare(request.propertyCode, Qt::CaseInsensitive) == 0) {
            property = &p;
            break;
        }
    }
    if (!property)
        return;
    reply.propertyCode = property->code;
    reply.propertyName = property->name;

    // Candidates are the stays around the property's date; the rule decides
    // the instant (late check-outs and early check-ins reach the neighbouring days).
    const core::InHouseRule &rule = m_rules.at(property->id);
    const QDate today = rule.localDate(request.now);
    QList<core::Stay> stays
        = storage::StayRepository(*m_db).overlapping(property->id, today.addDays(-1), today.addDays(1));
    stays.removeIf([&](const core::Stay &s) { return !rule.isInHouse(s, request.now); });
    std::sort(stays.begin(), stays.end(), [](const core::Stay &a, const core::Stay &b) {
        if (roomBefore(a.room, b.room))
            return true;
        return !roomBefore(b.room, a.room) && a.id < b.id;
    });

    storage::GuestRepository guests(*m_db);
    QSet<core::Id> seen;
    for (const core::Stay &stay : std::as_const(stays)) {
        if (seen.contains(stay.guestId))
            continue; // two rooms, one guest: one row
        if (seen.size() >= request.limit) {
            reply.exhausted = false;
            return;
        }
        seen.insert(stay.guestId);
        if (request.known.contains(stay.guestId))
            continue;
        const std::optional<core::Guest> guest = guests.byId(stay.guestId);
        if (!guest)
            continue;
        GuestSearchRow row;
        row.guest = *guest;
        row.stay = stay;
        row.relation = GuestSearchRow::StayRelation::InHouse;
        row.propertyCode = propertyCodeOf(stay.propertyId);
        reply.rows.append(row);
    }
}

// Handles, and for rows found by search, the stay that matters at the desk.
void GuestSearchWorker::complete(GuestSearchRow &row, const QDateTime &now)
{
    row.complete = true;
    row.accounts = storage::SocialAccountRepository(*m_db).forGuest(row.guest.id);
    if (row.relation != GuestSearchRow::StayRelation::None)
        return; // the in-house list knows its stay

    const QList<core::Stay> stays = storage::StayRepository(*m_db).forGuest(row.guest.id); // newest arrival first
    const core::Stay *next = nullptr;
    const core::Stay *last = nullptr;
    for (const core::Stay &stay : stays) {
        if (!counts(stay))
            continue;
        auto rule = m_rules.find(stay.propertyId);
        if (rule == m_rules.end()) { // a property added since the list was read
            loadProperties();
            rule = m_rules.find(stay.propertyId);
            if (rule == m_rules.end())
                continue;
        }
        if (rule->second.isInHouse(stay, now)) {
            row.stay = stay;
            row.relation = GuestSearchRow::StayRelation::InHouse;
            row.propertyCode = propertyCodeOf(stay.propertyId);
            return;
        }
        if (isUpcoming(stay, rule->second.localDate(now)))
            next = &stay; // later in the list is sooner
        else if (!last)
            last = &stay;
    }
    if (next || last) {
        row.stay = next ? *next : *last;
        row.relation = next ? GuestSearchRow::StayRelation::Upcoming : GuestSearchRow::StayRelation::Past;
        row.propertyCode = propertyCodeOf(row.stay.propertyId);
    }
}

} // namespace tw::desk
