#pragma once

#include "synthetichotels.h"

#include <core/types.h>

#include <QByteArray>
#include <QList>

namespace tw::bench {

// Lines of X filtered-stream output (one JSON object per line, as the stream
// delivers them: data, includes.users, matching_rules) about the synthetic
// hotels, written to stand in for a recorded stream. A pure function of the
// count: every run ingests the same posts.
//
// The mix follows what a property sees: most authors are strangers; about one
// post in twenty comes from a guest linked to an X handle, some of them in house
// at the post's time; one in fifty from a stranger whose display name is an
// in-house guest's name (the link-suggestion path); one in a hundred is a
// redelivery of an earlier post.
class RecordedPosts
{
public:
    // rules: one listening rule per property, with the server ids the stream's
    // matching_rules name ("tw:<rule id>" tags).
    RecordedPosts(const SyntheticHotels &hotels, const QList<core::ListeningRule> &rules);

    QList<QByteArray> generate(qint64 count) const;
    // How many authors each pool holds, for the benchmark's log.
    QString describePools() const;

    // The posts of the generated lines are around this instant, when the
    // synthetic stays are in house.
    static QDateTime around() { return SyntheticHotels::referenceInstant(); }

private:
    struct Author
    {
        QString id;
        QString username;
        QString name;
        core::Id propertyId = core::InvalidId; // where the guest is in house, if anywhere
    };

    const SyntheticHotels &m_hotels;
    QList<core::ListeningRule> m_rules;
    QList<Author> m_inHouseAuthors; // linked X handles of guests in house at around()
    QList<Author> m_otherGuests;    // linked X handles of guests not in house
    QList<Author> m_inHouseNames;   // names (and properties) of in-house guests without X handles
};

} // namespace tw::bench
