#include "guestrepository.h"

#include "auditlog.h"
#include "database.h"
#include "sqlvalue.h"

#include <core/guestidentity.h>

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace tw::storage {

namespace {

const QString kColumns = u"id, first_name, last_name, email, phone, loyalty_number, vip_code, preferences, "
                         "social_consent, notes, created_at, updated_at, version"_s;

// Ids looked up with one "IN (...)" list at most; the lists are padded to a
// power of two (by repeating an id) so that a handful of statements, each
// prepared once per connection, serve every size.
constexpr qsizetype kMaxInList = 128;

constexpr int kMaxSearchLimit = 500;
constexpr int kMaxNameTokens = 4;

core::Guest guestFrom(const PreparedQuery &q, int offset = 0)
{
    core::Guest g;
    g.id = q.value(offset + 0).toLongLong();
    g.firstName = q.value(offset + 1).toString();
    g.lastName = q.value(offset + 2).toString();
    g.email = q.value(offset + 3).toString();
    g.phone = q.value(offset + 4).toString();
    g.loyaltyNumber = q.value(offset + 5).toString();
    g.vipCode = q.value(offset + 6).toString();
    g.preferences = q.value(offset + 7).toString();
    g.socialConsent = q.value(offset + 8).toInt() != 0;
    g.notes = q.value(offset + 9).toString();
    g.createdAt = SqlValue::timestampFrom(q.value(offset + 10));
    g.updatedAt = SqlValue::timestampFrom(q.value(offset + 11));
    g.version = q.value(offset + 12).toInt();
    return g;
}

core::Guest cleaned(core::Guest g)
{
    g.firstName = g.firstName.trimmed();
    g.lastName = g.lastName.trimmed();
    g.email = g.email.trimmed();
    g.phone = g.phone.trimmed();
    g.loyaltyNumber = g.loyaltyNumber.trimmed();
    g.vipCode = g.vipCode.trimmed();
    return g;
}

core::Status checkIdentifiable(const core::Guest &g)
{
    if (g.firstName.isEmpty() && g.lastName.isEmpty() && g.email.isEmpty())
        return core::Status::failure(QCoreApplication::translate(
            "tw::storage::GuestRepository", "A guest needs at least a first name, a last name or an e-mail address."));
    return {};
}

// Binds the stored fields and their lookup keys, in the column order used by
// both INSERT and UPDATE below.
void bindFields(PreparedQuery &q, const core::Guest &g)
{
    using core::GuestIdentity;
    q.bind(g.firstName)
        .bind(g.lastName)
        .bind(g.email)
        .bind(g.phone)
        .bind(g.loyaltyNumber)
        .bind(g.vipCode)
        .bind(g.preferences)
        .bind(g.socialConsent ? 1 : 0)
        .bind(g.notes)
        .bind(GuestIdentity::searchKey(g.firstName))
        .bind(GuestIdentity::searchKey(g.lastName))
        .bind(SqlValue::nullableText(GuestIdentity::emailKey(g.email)))
        .bind(SqlValue::nullableText(GuestIdentity::phoneKey(g.phone)))
        .bind(SqlValue::nullableText(GuestIdentity::loyaltyKey(g.loyaltyNumber)));
}

QStringList changedFields(const core::Guest &before, const core::Guest &after)
{
    QStringList fields;
    const auto check = [&fields](bool changed, const QString &label) {
        if (changed)
            fields.append(label);
    };
    check(before.firstName != after.firstName, u"first name"_s);
    check(before.lastName != after.lastName, u"last name"_s);
    check(before.email != after.email, u"e-mail"_s);
    check(before.phone != after.phone, u"phone"_s);
    check(before.loyaltyNumber != after.loyaltyNumber, u"loyalty number"_s);
    check(before.vipCode != after.vipCode, u"VIP code"_s);
    check(before.preferences != after.preferences, u"preferences"_s);
    check(before.socialConsent != after.socialConsent, u"social consent"_s);
    check(before.notes != after.notes, u"notes"_s);
    return fields;
}

// The smallest string greater than every string that starts with prefix, under
// code-point order (which is byte order of UTF-8: SQLite's BINARY and
// PostgreSQL's "C"). The prefix search is then the index range
// [prefix, successor(prefix)).
QString successor(const QString &prefix)
{
    QList<uint> codePoints = prefix.toUcs4();
    while (!codePoints.isEmpty()) {
        uint last = codePoints.takeLast();
        if (last >= 0x10FFFF)
            continue;
        ++last;
        if (last >= 0xD800 && last <= 0xDFFF)
            last = 0xE000;
        codePoints.append(last);
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), codePoints.size());
    }
    return QString(QChar(0xDBFF)) + QChar(0xDFFF) + QChar(0xDBFF) + QChar(0xDFFF); // beyond any real key
}

bool looksLikePhone(const QString &text)
{
    int digits = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            ++digits;
        else if (!c.isSpace() && !QStringView(u"+-()./").contains(c))
            return false;
    }
    return digits >= 3;
}

// One branch of the search: rows of one index, in that index's order, cut off
// by their own LIMIT. Branches are combined with UNION ALL; each row carries
// rankBase + its position, so the result lists branch by branch and, within a
// branch, in index order.
struct SearchBranch
{
    qint64 rankBase = 0;
    QString table = u"guests"_s;
    QString idColumn = u"id"_s;
    QStringList conditions;
    QVariantList values;
    QStringList order; // columns of the index that answers the branch
    bool descending = false;

    SearchBranch &range(const QString &column, const QString &prefix)
    {
        conditions.append(column + u" >= ? AND "_s + column + u" < ?"_s);
        values << prefix << successor(prefix);
        return *this;
    }
    SearchBranch &equal(const QString &column, const QString &value)
    {
        conditions.append(column + u" = ?"_s);
        values << value;
        return *this;
    }

    QString sql(qsizetype index) const
    {
        const QString direction = descending ? u" DESC"_s : QString();
        QStringList selected{idColumn + u" AS gid"_s};
        QStringList aliases;
        QStringList orderBy;
        for (qsizetype i = 0; i < order.size(); ++i) {
            selected.append(order.at(i) + u" AS o"_s + QString::number(i));
            aliases.append(u"o"_s + QString::number(i) + direction);
            orderBy.append(order.at(i) + direction);
        }
        return u"SELECT gid, %1 + ROW_NUMBER() OVER (ORDER BY %2) AS rank FROM (SELECT %3 FROM %4 WHERE %5 "
               "ORDER BY %6 LIMIT ?) AS b%7"_s.arg(QString::number(rankBase), aliases.join(u", "_s),
                                                   selected.join(u", "_s), table, conditions.join(u" AND "_s),
                                                   orderBy.join(u", "_s), QString::number(index));
    }
};

// Ranks: branch kind * kKindRank + key number * kKeyRank + position.
constexpr qint64 kKindRank = 1'000'000;
constexpr qint64 kKeyRank = 1'000; // > kMaxSearchLimit
constexpr int kMaxDistinctKeys = 16;

// The distinct values of an indexed column that start with prefix, in order, by
// hopping from one value to the next through the index ("loose index scan"):
// a handful of seeks however many rows share each value. nullopt when there are
// more than kMaxDistinctKeys.
std::optional<QStringList> distinctKeys(Database &db, const QString &column, const QString &prefix)
{
    PreparedQuery q
        = db.prepare(u"WITH RECURSIVE k(v, n) AS ("
                     "SELECT (SELECT %1 FROM guests WHERE %1 >= ? AND %1 < ? ORDER BY %1 LIMIT 1), 1 "
                     "UNION ALL "
                     "SELECT (SELECT %1 FROM guests WHERE %1 > k.v AND %1 < ? ORDER BY %1 LIMIT 1), n + 1 FROM k "
                     "WHERE k.v IS NOT NULL AND n <= ?) "
                     "SELECT v FROM k WHERE v IS NOT NULL ORDER BY n"_s.arg(column));
    const QString upper = successor(prefix);
    q.bind(prefix).bind(upper).bind(upper).bind(kMaxDistinctKeys);
    QStringList keys;
    if (!q.exec())
        return std::nullopt;
    while (q.next())
        keys.append(q.value(0).toString());
    if (keys.size() > kMaxDistinctKeys)
        return std::nullopt;
    return keys;
}

// "ann smi": first names starting with "ann" whose last name starts with "smi".
// A range on the first column of (first, last, id) would walk every "ann..."
// row with a last name before "smi"; instead each distinct first-name key gets
// its own seek on (key, "smi"...). Too many keys (a one-letter prefix) fall
// back to the range.
void addNameCombination(Database &db, QList<SearchBranch> &branches, qint64 kind, const QString &leading,
                        const QString &leadingPrefix, const QString &second, const QString &secondPrefix)
{
    const std::optional<QStringList> keys = distinctKeys(db, leading, leadingPrefix);
    if (!keys) {
        SearchBranch b;
        b.rankBase = kind * kKindRank;
        b.range(leading, leadingPrefix).range(second, secondPrefix);
        b.order = QStringList{leading, second, u"id"_s};
        branches.append(b);
        return;
    }
    for (qsizetype i = 0; i < keys->size(); ++i) {
        SearchBranch b;
        b.rankBase = kind * kKindRank + i * kKeyRank;
        b.equal(leading, keys->at(i)).range(second, secondPrefix);
        b.order = QStringList{second, u"id"_s};
        branches.append(b);
    }
}

} // namespace

GuestRepository::GuestRepository(Database &db)
    : m_db(db)
{
}

core::Result<core::Guest> GuestRepository::create(const core::Guest &input, const QString &actor)
{
    using R = core::Result<core::Guest>;
    core::Guest g = cleaned(input);
    if (auto ok = checkIdentifiable(g); !ok)
        return R::failure(ok.error());

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    const QDateTime now = SqlValue::now();
    PreparedQuery q = m_db.prepare(
        u"INSERT INTO guests (first_name, last_name, email, phone, loyalty_number, vip_code, preferences, "
        "social_consent, notes, first_name_key, last_name_key, email_key, phone_key, loyalty_key, created_at, "
        "updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id"_s);
    bindFields(q, g);
    q.bind(SqlValue::timestamp(now)).bind(SqlValue::timestamp(now));
    const std::optional<QVariant> id = q.scalar();
    if (!id)
        return R::failure(QCoreApplication::translate("tw::storage::GuestRepository", "The guest %1 was not saved: %2.")
                              .arg(g.displayName(), q.errorText()));
    g.id = id->toLongLong();
    g.createdAt = now;
    g.updatedAt = now;
    g.version = 1;

    core::AuditEntry entry;
    entry.at = now;
    entry.actor = actor;
    entry.action = u"guest.create"_s;
    entry.entityType = u"guest"_s;
    entry.entityId = g.id;
    entry.guestId = g.id;
    entry.detail = u"created %1"_s.arg(g.displayName());
    if (auto audited = AuditLog(m_db).append(entry); !audited)
        return R::failure(audited.error());

    m_db.notifyChanged(u"guests"_s, g.id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return g;
}

core::Result<core::Guest> GuestRepository::update(const core::Guest &input, const QString &actor)
{
    using R = core::Result<core::Guest>;
    core::Guest g = cleaned(input);
    if (g.id == core::InvalidId)
        return R::failure(QCoreApplication::translate("tw::storage::GuestRepository",
                                                      "This guest has not been saved yet, so it cannot be updated."));
    if (auto ok = checkIdentifiable(g); !ok)
        return R::failure(ok.error());
    const QString conflict = QCoreApplication::translate(
        "tw::storage::GuestRepository",
        "someone else changed this guest since you opened it; reload and apply your change again");

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    const std::optional<core::Guest> stored = byId(g.id);
    if (!stored)
        return R::failure(
            QCoreApplication::translate("tw::storage::GuestRepository",
                                        "This guest no longer exists; someone may have removed it. Reload the list."));
    if (stored->version != g.version)
        return R::failure(conflict);
    const QStringList changed = changedFields(*stored, g);
    if (changed.isEmpty())
        return *stored; // nothing to write, no audit row, same version

    const QDateTime now = SqlValue::now();
    PreparedQuery q = m_db.prepare(
        u"UPDATE guests SET first_name = ?, last_name = ?, email = ?, phone = ?, loyalty_number = ?, vip_code = ?, "
        "preferences = ?, social_consent = ?, notes = ?, first_name_key = ?, last_name_key = ?, email_key = ?, "
        "phone_key = ?, loyalty_key = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
    bindFields(q, g);
    q.bind(SqlValue::timestamp(now)).bind(qint64(g.id)).bind(g.version);
    if (!q.exec())
        return R::failure(QCoreApplication::translate("tw::storage::GuestRepository", "The guest %1 was not saved: %2.")
                              .arg(g.displayName(), q.errorText()));
    const int affected = q.numRowsAffected();
    q.finish();
    if (affected == 0) // changed between our read and our write (PostgreSQL re-checks the version after waiting)
        return R::failure(conflict);

    g.createdAt = stored->createdAt;
    g.updatedAt = now;
    g.version = stored->version + 1;

    core::AuditEntry entry;
    entry.at = now;
    entry.actor = actor;
    entry.action = u"guest.update"_s;
    entry.entityType = u"guest"_s;
    entry.entityId = g.id;
    entry.guestId = g.id;
    entry.detail = u"changed %1"_s.arg(changed.join(u", "_s));
    if (auto audited = AuditLog(m_db).append(entry); !audited)
        return R::failure(audited.error());

    m_db.notifyChanged(u"guests"_s, g.id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return g;
}

std::optional<core::Guest> GuestRepository::byId(core::Id id) const
{
    PreparedQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM guests WHERE id = ?"_s);
    q.bind(qint64(id));
    if (q.exec() && q.next())
        return guestFrom(q);
    return std::nullopt;
}

QHash<core::Id, core::Guest> GuestRepository::byIds(const QList<core::Id> &ids) const
{
    QHash<core::Id, core::Guest> guests;
    QList<core::Id> unique;
    unique.reserve(ids.size());
    {
        QSet<core::Id> seen;
        for (const core::Id id : ids) {
            if (!seen.contains(id)) {
                seen.insert(id);
                unique.append(id);
            }
        }
    }
    for (qsizetype from = 0; from < unique.size(); from += kMaxInList) {
        const qsizetype count = std::min(kMaxInList, unique.size() - from);
        qsizetype size = 1;
        while (size < count)
            size *= 2;
        QString marks = u"?"_s;
        for (qsizetype i = 1; i < size; ++i)
            marks += u", ?"_s;
        PreparedQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM guests WHERE id IN ("_s + marks + u")"_s);
        for (qsizetype i = 0; i < size; ++i)
            q.bind(qint64(unique.at(from + std::min(i, count - 1))));
        if (!q.exec())
            continue;
        while (q.next()) {
            core::Guest guest = guestFrom(q);
            guests.insert(guest.id, std::move(guest));
        }
    }
    return guests;
}

std::optional<core::Guest> GuestRepository::byEmail(const QString &email) const
{
    const QString key = core::GuestIdentity::emailKey(email);
    if (key.isEmpty())
        return std::nullopt;
    PreparedQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM guests WHERE email_key = ? ORDER BY id LIMIT 1"_s);
    q.bind(key);
    if (q.exec() && q.next())
        return guestFrom(q);
    return std::nullopt;
}

std::optional<core::Guest> GuestRepository::byLoyaltyNumber(const QString &loyaltyNumber) const
{
    const QString key = core::GuestIdentity::loyaltyKey(loyaltyNumber);
    if (key.isEmpty())
        return std::nullopt;
    PreparedQuery q
        = m_db.prepare(u"SELECT "_s + kColumns + u" FROM guests WHERE loyalty_key = ? ORDER BY id LIMIT 1"_s);
    q.bind(key);
    if (q.exec() && q.next())
        return guestFrom(q);
    return std::nullopt;
}

QList<core::Guest> GuestRepository::search(const QString &text, int limit) const
{
    using core::GuestIdentity;
    limit = std::clamp(limit, 1, kMaxSearchLimit);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};

    QString nameText = trimmed;
    nameText.replace(u',', u' ');
    const QString nameKey = GuestIdentity::searchKey(nameText);
    QStringList tokens = nameKey.split(u' ', Qt::SkipEmptyParts);
    const bool singleWord = !trimmed.contains(u' ');

    const QString first = u"first_name_key"_s;
    const QString last = u"last_name_key"_s;
    const auto single = [](qint64 kind, const QString &column, const QString &prefix, const QStringList &order) {
        SearchBranch b;
        b.rankBase = kind * kKindRank;
        b.range(column, prefix);
        b.order = order;
        return b;
    };

    // Kinds order the result: the exact room first, then the identifiers people
    // paste, then names, then phone numbers.
    QList<SearchBranch> branches;
    if (singleWord) {
        SearchBranch room;
        room.table = u"stays"_s;
        room.idColumn = u"guest_id"_s;
        room.equal(u"room"_s, trimmed);
        room.order = QStringList{u"arrival"_s, u"id"_s}; // newest stay first
        room.descending = true;
        branches.append(room);

        if (const QString email = GuestIdentity::emailKey(trimmed); !email.isEmpty())
            branches.append(single(2, u"email_key"_s, email, {u"email_key"_s, u"id"_s}));
        QString handle = trimmed.toLower();
        if (handle.startsWith(u'@'))
            handle.remove(0, 1);
        if (!handle.isEmpty()) {
            SearchBranch b = single(3, u"handle"_s, handle, {u"handle"_s, u"id"_s});
            b.table = u"social_accounts"_s;
            b.idColumn = u"guest_id"_s;
            branches.append(b);
        }
    }
    // Loyalty numbers are often written in groups ("GX 1001 22"); the key has no spaces.
    if (const QString loyalty = GuestIdentity::loyaltyKey(trimmed); !loyalty.isEmpty())
        branches.append(single(1, u"loyalty_key"_s, loyalty, {u"loyalty_key"_s, u"id"_s}));
    if (tokens.size() > 1 && tokens.size() <= kMaxNameTokens) {
        for (qsizetype split = 1; split < tokens.size(); ++split) {
            const QString front = tokens.mid(0, split).join(u' ');
            const QString back = tokens.mid(split).join(u' ');
            const qint64 kind = 4 + (split - 1) * 2;
            addNameCombination(m_db, branches, kind, first, front, last, back);     // "anna smi"
            addNameCombination(m_db, branches, kind + 1, last, front, first, back); // "smith an"
        }
    }
    if (!nameKey.isEmpty()) {
        branches.append(single(20, last, nameKey, {last, first, u"id"_s}));
        branches.append(single(21, first, nameKey, {first, last, u"id"_s}));
    }
    if (looksLikePhone(trimmed)) {
        if (const QString phone = GuestIdentity::phoneKey(trimmed); !phone.isEmpty())
            branches.append(single(30, u"phone_key"_s, phone, {u"phone_key"_s, u"id"_s}));
    }
    if (branches.isEmpty())
        return {};

    QStringList unionParts;
    for (qsizetype i = 0; i < branches.size(); ++i)
        unionParts.append(branches.at(i).sql(i));
    QString columns;
    for (const QString &column : kColumns.split(u", "_s))
        columns += (columns.isEmpty() ? u"g."_s : u", g."_s) + column;
    const QString sql
        = u"SELECT %1 FROM guests AS g JOIN (SELECT gid, MIN(rank) AS best FROM (%2) AS u GROUP BY gid) "
          "AS m ON m.gid = g.id ORDER BY m.best, g.id LIMIT ?"_s.arg(columns, unionParts.join(u" UNION ALL "_s));
    PreparedQuery q = m_db.prepare(sql);
    for (const SearchBranch &b : std::as_const(branches)) {
        for (const QVariant &value : b.values)
            q.bind(value);
        q.bind(limit);
    }
    q.bind(limit);

    QList<core::Guest> guests;
    if (!q.exec())
        return guests;
    while (q.next())
        guests.append(guestFrom(q));
    return guests;
}

qint64 GuestRepository::count() const
{
    PreparedQuery q = m_db.prepare(u"SELECT COUNT(*) FROM guests"_s);
    const std::optional<QVariant> n = q.scalar();
    return n ? n->toLongLong() : 0;
}

} // namespace tw::storage
