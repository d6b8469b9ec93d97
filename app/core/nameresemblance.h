#pragma once

#include "types.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace tw::core {

// Decides whether an unknown author's display name (or handle) resembles a
// guest's name, so that the feed can suggest a link that staff confirm or
// dismiss. Holds the names of many guests (those in house at a property) in an
// index, so that one author is compared with only the few guests whose surname
// could be meant.
//
// Names are compared as GuestIdentity::searchKey folds them (case and accents do
// not matter), token by token in any order ("Silva, Ana" is "Ana Silva"), with
// apostrophes dropped (O'Brien is obrien) and digits ignored (ana_silva84).
// A resemblance needs both halves of the name:
// - the surname, exactly, or for a long surname within a small edit distance
//   with the same first letter (one typo from five letters, two from eight);
// - the first name, exactly, within one typo, as a short form of three letters
//   or more ("Alex" for Alexander), or, with an exact surname, as an initial.
// Middle names and initials in between do not matter ("Ana M. Silva").
// Handles written in one piece count too: "asilva", "anasilva", "silvaana",
// "ana_silva". The display name and the handle are weighed separately, never
// one half from each. A shared first name alone, or a shared surname alone, is
// never a resemblance.
class NameResemblance
{
public:
    // Scores: the surname and first-name parts added up, 4 (initial and exact
    // surname, or short forms) to 6 (both exact).
    static constexpr int ExactPart = 3;
    static constexpr int CloseSurname = 2;
    static constexpr int CloseFirstName = 2;
    static constexpr int Initial = 1;
    static constexpr int MinimumScore = 4;

    struct Match
    {
        Id guestId = InvalidId;
        int score = 0;
    };

    // Guests without a first or a last name are left out: they could only ever
    // resemble by half.
    void addGuest(Id guestId, QStringView firstName, QStringView lastName);
    qsizetype size() const { return m_guests.size(); }
    bool isEmpty() const { return m_guests.isEmpty(); }
    void clear();

    // The guests the author's name resembles, best first (equal scores by id).
    // handle: the author's handle in any usual form ("@ana_silva",
    // "ana_silva@mastodon.social"); optional.
    QList<Match> find(QStringView displayName, QStringView handle = {}) const;

    // One author, one guest: the score, or 0 when the names do not resemble.
    static int score(QStringView displayName, QStringView handle, QStringView firstName, QStringView lastName);
    static bool resembles(QStringView displayName, QStringView handle, QStringView firstName, QStringView lastName)
    {
        return score(displayName, handle, firstName, lastName) > 0;
    }

    // The words names are compared by: folded, lower case, split at anything
    // that is not a letter or a digit, without apostrophes and digits.
    static QStringList tokens(QStringView text);
    // Optimal string alignment distance (a swap of neighbours is one edit), or
    // limit + 1 when it is larger than limit.
    static int editDistance(QStringView a, QStringView b, int limit);

private:
    struct GuestName
    {
        Id id = InvalidId;
        QStringList firstNames; // tokens, and all of them in one piece when several
        QStringList surnames;   // likewise, without particles such as "de" or "van"
    };

    static GuestName prepared(Id guestId, QStringView firstName, QStringView lastName);
    static int scoreTokens(const QStringList &words, const GuestName &guest);

    QList<GuestName> m_guests;
    // By hash: an exact surname, and a surname less one or two letters -> guests.
    QHash<quint64, QList<qsizetype>> m_bySurname;
    QHash<quint64, QList<qsizetype>> m_bySurnameVariant;
};

} // namespace tw::core
