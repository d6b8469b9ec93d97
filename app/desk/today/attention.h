#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace tw::desk {

// One thing about a row of the Today board that staff should look at: shown as a
// badge, described in full in the tooltip and to screen readers.
struct Attention
{
    enum class Level {
        Notice, // worth a look when there is time
        Urgent, // act now (an overdue promise, a complaint in house)
    };

    QString kind;        // stable key of what it is about, e.g. "handle.suggested"
    int count = 1;       // how many of them, for badges that add up
    QString label;       // short badge text, e.g. "2 links to confirm"
    QString description; // a sentence for the tooltip and screen readers
    Level level = Level::Notice;

    friend bool operator==(const Attention &, const Attention &) = default;
};

} // namespace tw::desk

Q_DECLARE_METATYPE(tw::desk::Attention)
