#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QList>
#include <QString>

#include <optional>

namespace tw::storage {

class Database;

// Note cards. A card is drafted (which gives it the id that seeds its
// handwriting), then recorded each time it reaches paper or a PDF. Only a
// recorded output is audited and shown on the guest's timeline: a failed or
// cancelled print records nothing.
class CardRepository
{
public:
    explicit CardRepository(Database &db);

    // Fills in id, status (draft) and createdAt. The guest must exist.
    core::Result<core::Card> createDraft(core::Card card, const QString &actor);
    // Replaces a draft's text, signature, format and font before it is output;
    // a card already printed keeps what was printed and fails with a message.
    core::Result<core::Card> updateDraft(const core::Card &card);
    // The card was printed or exported (status Printed or Exported) with exactly
    // this text: stores it, counts the output and adds an audit row
    // ("card.printed" / "card.exported") on the guest's timeline naming who, the
    // template and the final text. A draft's text may be given here when it
    // changed since createDraft(). signature is the line the renderer wrote under
    // the text (empty: the card's own); the audit row says who signed it and
    // records the text with that line, as it went on paper.
    core::Result<core::Card> recordOutput(core::Id cardId, core::CardStatus output, const QString &text,
                                          const QString &actor, const QString &signature = QString());
    // Drafts that were never output (a cancelled batch) can go; output cards stay.
    core::Status removeDraft(core::Id cardId);

    std::optional<core::Card> byId(core::Id id) const;
    // Printed and exported cards of a guest, oldest first (drafts left out).
    QList<core::Card> outputForGuest(core::Id guestId) const;

private:
    Database &m_db;
};

} // namespace tw::storage
