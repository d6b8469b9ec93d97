#pragma once

#include <core/types.h>

#include <QMetaType>
#include <QString>

namespace tw::desk {

// One post as the live feed shows it: the stored post and what the desk knows
// about the people behind it, read in the same go so the row never shows a
// post without its guest.
struct FeedRow
{
    core::Post post;
    // The author's guest, when the account is linked.
    QString guestName;
    QString vipCode;
    // The in-house guest whose name resembles the author's, when the post
    // carries a link suggestion.
    QString suggestedName;
    QString suggestedVipCode;
    QString suggestedRoom;

    bool hasSuggestion() const { return post.suggestedGuestId != core::InvalidId; }
};

} // namespace tw::desk

Q_DECLARE_METATYPE(tw::desk::FeedRow)
