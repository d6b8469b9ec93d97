#include "nameresemblance.h"

#include "guestidentity.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace tw::core {

namespace {

// Longer words are not names; they are never compared letter by letter.
constexpr qsizetype kMaxWord = 40;
// Shortest surname found inside a handle written in one piece: "li" would be
// inside far too many.
constexpr qsizetype kMinSurnameInHandle = 3;
// Shortest name word compared with a tolerance at all.
constexpr qsizetype kMinCloseWord = 4;

// Words that are part of a surname but say nothing on their own.
bool isParticle(QStringView word)
{
    static const QStringList particles{u"al"_s,  u"bin"_s, u"da"_s,  u"das"_s, u"de"_s,  u"del"_s, u"della"_s,
                                       u"den"_s, u"der"_s, u"di"_s,  u"do"_s,  u"dos"_s, u"du"_s,  u"el"_s,
                                       u"la"_s,  u"le"_s,  u"ten"_s, u"ter"_s, u"van"_s, u"von"_s, u"y"_s};
    return particles.contains(word);
}

// Typos tolerated in a surname of this length.
int surnameTolerance(qsizetype length)
{
    return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

// Deletions below this length of a query word cannot reach a surname with two typos tolerated.
int queryDepth(qsizetype length)
{
    return length >= 6 ? 2 : 1;
}

// FNV-1a over the word's UTF-16 units, leaving out the units at positions
// skipA and skipB (-1: none). The index holds hashes, not words: a collision
// only adds a candidate, and every candidate is compared in full.
quint64 wordHash(QStringView word, qsizetype skipA = -1, qsizetype skipB = -1)
{
    quint64 hash = 14695981039346656037ULL;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (i == skipA || i == skipB)
            continue;
        hash = (hash ^ word[i].unicode()) * 1099511628211ULL;
    }
    return hash;
}

// The hashes of the word less one (depth 1) or also two (depth 2) of its
// letters, the first letter always kept: close surnames must share it, and two
// words within d edits that share their first letter also share such a variant.
template <typename Visit>
void forEachVariant(QStringView word, int depth, Visit &&visit)
{
    const qsizetype n = word.size();
    for (qsizetype i = 1; i < n; ++i) {
        visit(wordHash(word, i));
        if (depth < 2)
            continue;
        for (qsizetype j = i + 1; j < n; ++j)
            visit(wordHash(word, i, j));
    }
}

void addTo(QHash<quint64, QList<qsizetype>> &index, quint64 key, qsizetype guest)
{
    QList<qsizetype> &list = index[key];
    if (list.isEmpty() || list.constLast() != guest)
        list.append(guest);
}

// "@ana_silva@mastodon.social" -> "ana_silva"
QStringView handleName(QStringView handle)
{
    QStringView name = handle.trimmed();
    if (name.startsWith(u'@'))
        name = name.mid(1);
    const qsizetype at = name.indexOf(u'@');
    return at < 0 ? name : name.left(at);
}

} // namespace

QStringList NameResemblance::tokens(QStringView text)
{
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty() && word.size() <= kMaxWord)
            words.append(word);
        word.clear();
    };
    // Most names and handles are ASCII, which folds without Unicode tables
    // (every post from an unknown author is compared).
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u >= u'a' && u <= u'z')
                word.append(c);
            else if (u >= u'A' && u <= u'Z')
                word.append(QChar(char16_t(u + (u'a' - u'A'))));
            else if (u == u'\'' || (u >= u'0' && u <= u'9'))
                continue; // O'Brien is obrien; ana_silva84 is ana silva
            else
                flush();
        }
        flush();
        return words;
    }
    const QString key = GuestIdentity::searchKey(text);
    for (const QChar c : key) {
        if (c.isLetter())
            word.append(c);
        else if (c == u'\'' || c.isDigit())
            continue;
        else
            flush();
    }
    flush();
    return words;
}

int NameResemblance::editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    if (n > kMaxWord || m > kMaxWord)
        return a == b ? 0 : limit + 1;
    // Three rows of the optimal-string-alignment table.
    std::array<int, kMaxWord + 1> before{};
    std::array<int, kMaxWord + 1> previous{};
    std::array<int, kMaxWord + 1> current{};
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, before[j - 2] + 1);
            current[j] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > limit)
            return limit + 1;
        before = previous;
        previous = current;
    }
    return std::min(previous[m], limit + 1);
}

NameResemblance::GuestName NameResemblance::prepared(Id guestId, QStringView firstName, QStringView lastName)
{
    GuestName guest;
    guest.id = guestId;
    guest.firstNames = tokens(firstName);
    if (guest.firstNames.size() > 1)
        guest.firstNames.append(guest.firstNames.join(QString()));
    const QStringList last = tokens(lastName);
    for (const QString &word : last) {
        if (word.size() >= 2 && (last.size() == 1 || !isParticle(word)))
            guest.surnames.append(word);
    }
    if (last.size() > 1)
        guest.surnames.append(last.join(QString()));
    return guest;
}

void NameResemblance::addGuest(Id guestId, QStringView firstName, QStringView lastName)
{
    GuestName guest = prepared(guestId, firstName, lastName);
    if (guest.firstNames.isEmpty() || guest.surnames.isEmpty())
        return;
    const qsizetype index = m_guests.size();
    for (const QString &surname : std::as_const(guest.surnames)) {
        addTo(m_bySurname, wordHash(surname), index);
        if (const int tolerance = surnameTolerance(surname.size()); tolerance > 0)
            forEachVariant(surname, tolerance, [&](quint64 variant) { addTo(m_bySurnameVariant, variant, index); });
    }
    m_guests.append(std::move(guest));
}

void NameResemblance::clear()
{
    m_guests.clear();
    m_bySurname.clear();
    m_bySurnameVariant.clear();
}

int NameResemblance::scoreTokens(const QStringList &words, const GuestName &guest)
{
    // How well a word stands for the guest's surname (0: not at all).
    const auto surnamePart = [&guest](const QString &word) {
        int best = 0;
        for (const QString &surname : guest.surnames) {
            if (word == surname)
                return ExactPart;
            const int tolerance = surnameTolerance(surname.size());
            if (tolerance > 0 && word.size() >= kMinCloseWord && word.front() == surname.front()
                && editDistance(word, surname, tolerance) <= tolerance) {
                best = CloseSurname;
            }
        }
        return best;
    };
    // How well a word stands for the first name; an initial only next to an exact surname.
    const auto firstNamePart = [&guest](const QString &word, bool exactSurname) {
        int best = 0;
        for (const QString &first : guest.firstNames) {
            if (word == first)
                return ExactPart;
            if (word.size() == 1) {
                if (exactSurname && first.front() == word.front())
                    best = std::max(best, Initial);
                continue;
            }
            if (word.front() != first.front())
                continue;
            const bool close
                = std::max(word.size(), first.size()) >= kMinCloseWord && editDistance(word, first, 1) <= 1;
            const bool shortForm
                = std::min(word.size(), first.size()) >= 3 && (first.startsWith(word) || word.startsWith(first));
            if (close || shortForm)
                best = std::max(best, CloseFirstName);
        }
        return best;
    };
    // The rest of a handle written in one piece: the whole first name or its initial.
    const auto restPart = [&guest](QStringView rest) {
        int best = 0;
        for (const QString &first : guest.firstNames) {
            if (rest == first)
                return ExactPart;
            if (rest.size() == 1 && first.front() == rest.front())
                best = Initial;
        }
        return best;
    };

    int best = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (const int surnameScore = surnamePart(word); surnameScore > 0) {
            for (qsizetype j = 0; j < words.size(); ++j) {
                if (j == i)
                    continue;
                const int firstScore = firstNamePart(words.at(j), surnameScore == ExactPart);
                if (firstScore > 0 && surnameScore + firstScore >= MinimumScore)
                    best = std::max(best, surnameScore + firstScore);
            }
        }
        for (const QString &surname : guest.surnames) {
            if (surname.size() < kMinSurnameInHandle || word.size() <= surname.size())
                continue;
            int first = 0;
            if (word.endsWith(surname))
                first = restPart(QStringView(word).chopped(surname.size()));
            if (word.startsWith(surname))
                first = std::max(first, restPart(QStringView(word).mid(surname.size())));
            if (first > 0 && ExactPart + first >= MinimumScore)
                best = std::max(best, ExactPart + first);
        }
    }
    return best;
}

int NameResemblance::score(QStringView displayName, QStringView handle, QStringView firstName, QStringView lastName)
{
    const GuestName guest = prepared(InvalidId, firstName, lastName);
    if (guest.firstNames.isEmpty() || guest.surnames.isEmpty())
        return 0;
    return std::max(scoreTokens(tokens(displayName), guest), scoreTokens(tokens(handleName(handle)), guest));
}

QList<NameResemblance::Match> NameResemblance::find(QStringView displayName, QStringView handle) const
{
    if (m_guests.isEmpty())
        return {};
    const QStringList nameWords = tokens(displayName);
    QStringList handleWords = tokens(handleName(handle));
    if (handleWords == nameWords)
        handleWords.clear();

    // Candidates: guests with a surname equal to a word, close to it, or inside
    // it (a handle in one piece); scored in full afterwards.
    QList<qsizetype> candidates;
    const auto collect = [&candidates](const QHash<quint64, QList<qsizetype>> &index, quint64 key) {
        const auto it = index.constFind(key);
        if (it != index.cend())
            candidates.append(*it);
    };
    QStringList seen;
    for (const QStringList *words : {&nameWords, &std::as_const(handleWords)}) {
        for (const QString &word : *words) {
            if (word.size() < 2 || seen.contains(word))
                continue;
            seen.append(word);
            const quint64 whole = wordHash(word);
            collect(m_bySurname, whole);
            if (word.size() < kMinCloseWord)
                continue;
            collect(m_bySurnameVariant, whole);
            forEachVariant(word, queryDepth(word.size()), [&](quint64 variant) {
                collect(m_bySurname, variant);
                collect(m_bySurnameVariant, variant);
            });
            for (qsizetype split = 1; split < word.size(); ++split) {
                if (split >= kMinSurnameInHandle)
                    collect(m_bySurname, wordHash(QStringView(word).left(split)));
                if (word.size() - split >= kMinSurnameInHandle)
                    collect(m_bySurname, wordHash(QStringView(word).mid(split)));
            }
        }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    QList<Match> matches;
    for (const qsizetype index : std::as_const(candidates)) {
        const GuestName &guest = m_guests.at(index);
        const int best = std::max(scoreTokens(nameWords, guest), scoreTokens(handleWords, guest));
        if (best > 0)
            matches.append({guest.id, best});
    }
    std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return a.score != b.score ? a.score > b.score : a.guestId < b.guestId;
    });
    return matches;
}

} // namespace tw::core
