#include "cardrepository.h"

#include "auditlog.h"
#include "cardtemplaterepository.h"
#include "database.h"
#include "guestrepository.h"
#include "sqlvalue.h"
#include "stayrepository.h"

#include <QCoreApplication>

#include <climits>

using namespace Qt::StringLiterals;

namespace tw::storage {

namespace {

const QString kSelect = u"SELECT id, guest_id, stay_id, template_id, template_name, text, signature, format, "
                        "font_family, status, created_at, created_by, output_at, output_by, output_count FROM cards "_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::storage::CardRepository", text);
}

core::Card cardFrom(const PreparedQuery &q)
{
    core::Card c;
    c.id = q.value(0).toLongLong();
    c.guestId = q.value(1).toLongLong();
    c.stayId = q.value(2).toLongLong();
    c.templateId = q.value(3).toLongLong();
    c.templateName = q.value(4).toString();
    c.text = q.value(5).toString();
    c.signature = q.value(6).toString();
    c.format = q.value(7).toString();
    c.fontFamily = q.value(8).toString();
    c.status = core::cardStatusFromKey(q.value(9).toString()).value_or(core::CardStatus::Draft);
    c.createdAt = SqlValue::timestampFrom(q.value(10));
    c.createdBy = q.value(11).toString();
    c.outputAt = SqlValue::optionalTimestampFrom(q.value(12));
    c.outputBy = q.value(13).toString();
    c.outputCount = q.value(14).toInt();
    return c;
}

QString noSuchCard(core::Id id)
{
    return tr("There is no note card #%1; it may have been discarded as an unprinted draft.").arg(id);
}

QString trN(const char *text, qint64 n)
{
    return QCoreApplication::translate("tw::storage::CardRepository", text, nullptr, int(qMin<qint64>(n, INT_MAX)));
}

// "5 minutes ago", "2 days ago": storage does not know the zone the desk reads
// clock times in, and an elapsed time reads the same in every zone.
QString sinceOutput(const QDateTime &at)
{
    const qint64 minutes = qMax<qint64>(0, at.secsTo(SqlValue::now()) / 60);
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return trN("%n minute(s) ago", minutes);
    if (minutes < 24 * 60)
        return trN("%n hour(s) ago", minutes / 60);
    return trN("%n day(s) ago", minutes / (24 * 60));
}

// "printed by Maria 5 minutes ago", for messages about a card that left the desk.
QString whenOutput(const core::Card &card)
{
    const QString who = card.outputBy.isEmpty() ? tr("someone") : card.outputBy;
    const bool exported = card.status == core::CardStatus::Exported;
    if (!card.outputAt || !card.outputAt->isValid())
        return exported ? tr("saved as a PDF by %1").arg(who) : tr("printed by %1").arg(who);
    const QString when = sinceOutput(*card.outputAt);
    return exported ? tr("saved as a PDF by %1 %2").arg(who, when) : tr("printed by %1 %2").arg(who, when);
}

// Whether the text already ends with the signature as whole words, as the card
// renderer decides before writing the signature line under the text.
bool endsWithSignature(const QString &text, const QString &signature)
{
    const QString name = signature.simplified();
    const QString written = text.simplified();
    if (name.isEmpty() || !written.endsWith(name, Qt::CaseInsensitive))
        return false;
    const qsizetype before = written.size() - name.size() - 1;
    return before < 0 || !written.at(before).isLetterOrNumber();
}

} // namespace

CardRepository::CardRepository(Database &db)
    : m_db(db)
{
}

core::Result<core::Card> CardRepository::createDraft(core::Card card, const QString &actor)
{
    using R = core::Result<core::Card>;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    if (card.guestId == core::InvalidId || !GuestRepository(m_db).byId(card.guestId))
        return R::failure(
            tr("There is no guest #%1 to write a card to; the guest may have been removed.").arg(card.guestId));
    if (card.stayId != core::InvalidId) {
        const std::optional<core::Stay> stay = StayRepository(m_db).byId(card.stayId);
        if (!stay || stay->guestId != card.guestId)
            return R::failure(tr("Stay #%1 is not a stay of guest #%2; choose one of the guest's stays or none.")
                                  .arg(card.stayId)
                                  .arg(card.guestId));
    }
    if (card.templateId != core::InvalidId) {
        const std::optional<core::CardTemplate> tmpl = CardTemplateRepository(m_db).byId(card.templateId);
        if (!tmpl)
            return R::failure(tr("There is no card template #%1; someone may have removed it. Choose another "
                                 "template.")
                                  .arg(card.templateId));
        if (card.templateName.trimmed().isEmpty())
            card.templateName = tmpl->name;
    }
    card.templateName = card.templateName.trimmed();
    card.format = card.format.trimmed();
    card.status = core::CardStatus::Draft;
    card.createdAt = SqlValue::now();
    card.createdBy = actor.trimmed();
    card.outputAt.reset();
    card.outputBy.clear();
    card.outputCount = 0;

    PreparedQuery q = m_db.prepareInsert(u"INSERT INTO cards (guest_id, stay_id, template_id, template_name, text, "
                                         "signature, format, font_family, status, created_at, created_by, "
                                         "output_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"_s);
    q.bind(qint64(card.guestId))
        .bind(SqlValue::id(card.stayId))
        .bind(SqlValue::id(card.templateId))
        .bind(card.templateName)
        .bind(card.text)
        .bind(card.signature)
        .bind(card.format)
        .bind(card.fontFamily)
        .bind(core::cardStatusKey(card.status))
        .bind(SqlValue::timestamp(card.createdAt))
        .bind(card.createdBy);
    const std::optional<QVariant> id = q.insert();
    if (!id)
        return R::failure(tr("The note card was not saved: %1.").arg(q.errorText()));
    card.id = id->toLongLong();
    m_db.notifyChanged(u"cards"_s, card.id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return card;
}

core::Result<core::Card> CardRepository::updateDraft(const core::Card &card)
{
    using R = core::Result<core::Card>;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    std::optional<core::Card> stored = byId(card.id);
    if (!stored)
        return R::failure(noSuchCard(card.id));
    if (stored->status != core::CardStatus::Draft)
        return R::failure(tr("Note card #%1 was already %2 and keeps what went out; write a new card to change "
                             "it.")
                              .arg(QString::number(card.id), whenOutput(*stored)));

    stored->text = card.text;
    stored->signature = card.signature;
    stored->format = card.format.trimmed();
    stored->fontFamily = card.fontFamily;
    // Only a draft is changed: a print recorded meanwhile on another desk wins.
    PreparedQuery q = m_db.prepare(u"UPDATE cards SET text = ?, signature = ?, format = ?, font_family = ? "
                                   "WHERE id = ? AND status = 'draft'"_s);
    q.bind(stored->text).bind(stored->signature).bind(stored->format).bind(stored->fontFamily).bind(qint64(card.id));
    if (!q.exec())
        return R::failure(tr("Note card #%1 was not saved: %2.").arg(QString::number(card.id), q.errorText()));
    const int affected = q.numRowsAffected();
    q.finish();
    if (affected == 0) {
        const std::optional<core::Card> now = byId(card.id);
        return R::failure(now ? tr("Note card #%1 was %2 meanwhile and keeps what went out; write a new card to "
                                   "change it.")
                                    .arg(QString::number(card.id), whenOutput(*now))
                              : noSuchCard(card.id));
    }
    m_db.notifyChanged(u"cards"_s, card.id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return *stored;
}

core::Result<core::Card> CardRepository::recordOutput(core::Id cardId, core::CardStatus output, const QString &text,
                                                      const QString &actor, const QString &signature)
{
    using R = core::Result<core::Card>;
    if (output == core::CardStatus::Draft)
        return R::failure(tr("A card is recorded as printed or as exported, not as a draft."));

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    std::optional<core::Card> stored = byId(cardId);
    if (!stored)
        return R::failure(noSuchCard(cardId));
    // A reprint goes out with the text the card already has; an empty text means that one.
    const QString finalText = text.isEmpty() ? stored->text : text;
    if (finalText.trimmed().isEmpty())
        return R::failure(tr("Note card #%1 has no text, so nothing was printed; write the card first.").arg(cardId));
    if (stored->status != core::CardStatus::Draft && finalText != stored->text)
        return R::failure(tr("Note card #%1 was %2 with other wording, and a card keeps what went out; write a new "
                             "card for the new text.")
                              .arg(QString::number(cardId), whenOutput(*stored)));

    const QDateTime now = SqlValue::now();
    const QString who = actor.trimmed();
    // The text condition holds against another desk recording other wording meanwhile.
    PreparedQuery q = m_db.prepare(u"UPDATE cards SET status = ?, text = ?, output_at = ?, output_by = ?, "
                                   "output_count = output_count + 1 WHERE id = ? AND (status = 'draft' OR text = ?)"_s);
    q.bind(core::cardStatusKey(output))
        .bind(finalText)
        .bind(SqlValue::timestamp(now))
        .bind(who)
        .bind(qint64(cardId))
        .bind(finalText);
    if (!q.exec())
        return R::failure(
            tr("The output of note card #%1 was not recorded: %2.").arg(QString::number(cardId), q.errorText()));
    const int affected = q.numRowsAffected();
    q.finish();
    if (affected == 0) {
        const std::optional<core::Card> changed = byId(cardId);
        if (!changed)
            return R::failure(noSuchCard(cardId));
        return R::failure(tr("Note card #%1 was %2 with other wording meanwhile, and a card keeps what went out; "
                             "write a new card for the new text.")
                              .arg(QString::number(cardId), whenOutput(*changed)));
    }

    stored->status = output;
    stored->text = finalText;
    stored->outputAt = now;
    stored->outputBy = who;
    stored->outputCount += 1;

    core::AuditEntry entry;
    entry.at = now;
    entry.actor = who;
    entry.action = output == core::CardStatus::Printed ? u"card.printed"_s : u"card.exported"_s;
    entry.entityType = u"card"_s;
    entry.entityId = cardId;
    entry.guestId = stored->guestId;
    const QString signedBy = signature.trimmed().isEmpty() ? stored->signature.trimmed() : signature.trimmed();
    QString onPaper = finalText;
    if (!signedBy.isEmpty() && !endsWithSignature(finalText, signedBy))
        onPaper += u'\n' + signedBy;
    entry.detail = u"template %1, format %2%3\n%4"_s.arg(
        stored->templateName.isEmpty() ? u"(own wording)"_s : stored->templateName, stored->format,
        signedBy.isEmpty() ? u", unsigned"_s : u", signed "_s + signedBy, onPaper);
    if (auto audited = AuditLog(m_db).append(entry); !audited)
        return R::failure(audited.error());
    m_db.notifyChanged(u"cards"_s, cardId);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return *stored;
}

core::Status CardRepository::removeDraft(core::Id cardId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return core::Status::failure(tx.error());
    const std::optional<core::Card> stored = byId(cardId);
    if (!stored)
        return core::Status::failure(noSuchCard(cardId));
    if (stored->status != core::CardStatus::Draft)
        return core::Status::failure(tr("Note card #%1 was %2 and stays on the guest's timeline; only unprinted "
                                        "drafts can be discarded.")
                                         .arg(QString::number(cardId), whenOutput(*stored)));

    // Orders that named the draft lose the link (ON DELETE SET NULL); their views reload.
    QList<core::Id> linkedOrders;
    {
        PreparedQuery linked = m_db.prepare(u"SELECT id FROM amenity_orders WHERE card_id = ?"_s);
        linked.bind(qint64(cardId));
        if (linked.exec()) {
            while (linked.next())
                linkedOrders.append(linked.value(0).toLongLong());
        }
    }
    PreparedQuery q = m_db.prepare(u"DELETE FROM cards WHERE id = ? AND status = 'draft'"_s);
    q.bind(qint64(cardId));
    if (!q.exec())
        return core::Status::failure(
            tr("Note card #%1 was not discarded: %2.").arg(QString::number(cardId), q.errorText()));
    const int affected = q.numRowsAffected();
    q.finish();
    if (affected == 0) {
        const std::optional<core::Card> now = byId(cardId);
        return core::Status::failure(now ? tr("Note card #%1 was %2 meanwhile and stays on the guest's timeline.")
                                               .arg(QString::number(cardId), whenOutput(*now))
                                         : noSuchCard(cardId));
    }
    m_db.notifyChanged(u"cards"_s, cardId);
    for (const core::Id order : std::as_const(linkedOrders))
        m_db.notifyChanged(u"amenity_orders"_s, order);
    return tx.commit();
}

std::optional<core::Card> CardRepository::byId(core::Id id) const
{
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE id = ?"_s);
    q.bind(qint64(id));
    if (q.exec() && q.next())
        return cardFrom(q);
    return std::nullopt;
}

QList<core::Card> CardRepository::outputForGuest(core::Id guestId) const
{
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE guest_id = ? AND status <> 'draft' ORDER BY created_at, id"_s);
    q.bind(qint64(guestId));
    QList<core::Card> cards;
    if (!q.exec())
        return cards;
    while (q.next())
        cards.append(cardFrom(q));
    return cards;
}

} // namespace tw::storage
