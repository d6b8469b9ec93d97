#include "audittimelinesource.h"

#include <core/orderstatemachine.h>
#include <desk/orders/orderwording.h>
#include <storage/auditlog.h>
#include <storage/cardrepository.h>
#include <storage/orderrepository.h>
#include <storage/propertyrepository.h>

#include <QHash>
#include <QLocale>

#include <optional>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

// The orders and cards of one guest, read once however many audit rows name
// them, so their entries can say what was ordered or written in words.
class Subjects
{
public:
    Subjects(storage::Database &db, core::Id guestId)
        : m_db(db)
        , m_guestId(guestId)
    {
    }

    const core::AmenityOrder *order(core::Id id)
    {
        if (!m_ordersRead) {
            m_ordersRead = true;
            for (const core::AmenityOrder &order : storage::OrderRepository(m_db).forGuest(m_guestId))
                m_orders.insert(order.id, order);
        }
        const auto found = m_orders.constFind(id);
        return found == m_orders.constEnd() ? nullptr : &*found;
    }

    const core::Card *card(core::Id id)
    {
        if (!m_cardsRead) {
            m_cardsRead = true;
            for (const core::Card &card : storage::CardRepository(m_db).outputForGuest(m_guestId))
                m_cards.insert(card.id, card);
        }
        const auto found = m_cards.constFind(id);
        return found == m_cards.constEnd() ? nullptr : &*found;
    }

    QTimeZone zone(core::Id propertyId)
    {
        auto found = m_zones.constFind(propertyId);
        if (found == m_zones.constEnd()) {
            const std::optional<core::Property> property = storage::PropertyRepository(m_db).byId(propertyId);
            found = m_zones.insert(propertyId, OrderWording::zoneOf(property.value_or(core::Property())));
        }
        return *found;
    }

private:
    storage::Database &m_db;
    core::Id m_guestId;
    bool m_ordersRead = false;
    bool m_cardsRead = false;
    QHash<core::Id, core::AmenityOrder> m_orders;
    QHash<core::Id, core::Card> m_cards;
    QHash<core::Id, QTimeZone> m_zones;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::desk::AuditTimelineSource", text);
}

// "2 × Wine and strawberries for room 305, Food and beverage, due 18:30 on
// Wed 25 Nov; 58.00" -- the cost in the reader's locale, the time on the
// hotel's clock.
QString orderDetail(const core::AuditEntry &row, const core::AmenityOrder &order, Subjects &subjects)
{
    const QLocale locale;
    const QString cost = OrderWording::money(order.costCents(), locale);
    const QString items = OrderWording::itemsText(order.lines);
    if (row.action == "order.create"_L1) {
        const QTimeZone zone = subjects.zone(order.propertyId);
        const QDateTime due = order.dueAt.toTimeZone(zone);
        const QString when = tr("%1 on %2")
                                 .arg(locale.toString(due.time(), OrderWording::shortTimeFormat(locale)),
                                      locale.toString(due.date(), u"ddd d MMM"_s));
        QString text = order.room.isEmpty()
            ? tr("Order %1: %2, %3, due %4. Cost %5.")
                  .arg(QString::number(order.id), items, OrderWording::departmentName(order.department), when, cost)
            : tr("Order %1: %2 for room %3, %4, due %5. Cost %6.")
                  .arg(QString::number(order.id), items, order.room, OrderWording::departmentName(order.department),
                       when, cost);
        if (!order.note.trimmed().isEmpty())
            text += u'\n' + tr("Note: %1").arg(order.note.trimmed());
        return text;
    }
    const std::optional<core::OrderState> to = core::orderStateFromKey(QStringView(row.action).mid(6));
    const QString state = to ? core::OrderStateMachine::label(*to) : row.action;
    return tr("Order %1 (%2) is now “%3”. Cost %4.").arg(QString::number(order.id), items, state, cost);
}

// "“welcome”, a6 card:" and the text as it went out.
QString cardDetail(const core::AuditEntry &row, const core::Card &card)
{
    // The text as it was at this output: the audit row holds it after its first line.
    const qsizetype lineBreak = row.detail.indexOf(u'\n');
    const QString text = lineBreak >= 0 ? row.detail.mid(lineBreak + 1) : card.text;
    const QString heading = card.templateName.isEmpty() ? tr("Own wording, %1 card:").arg(card.format)
                                                        : tr("“%1”, %2 card:").arg(card.templateName, card.format);
    return heading + u'\n' + text;
}

} // namespace

QString AuditTimelineSource::key() const
{
    return u"audit"_s;
}

QStringList AuditTimelineSource::tables() const
{
    // Audit rows are written in the transaction of the change they record,
    // and that change notifies its own table.
    return {u"audit_log"_s, u"guests"_s, u"stays"_s, u"social_accounts"_s, u"cards"_s, u"amenity_orders"_s};
}

core::Result<QList<TimelineEntry>> AuditTimelineSource::entries(storage::Database &db, core::Id guestId) const
{
    const QList<core::AuditEntry> audit = storage::AuditLog(db).forGuest(guestId);
    Subjects subjects(db, guestId);
    QList<TimelineEntry> result;
    result.reserve(audit.size());
    for (const core::AuditEntry &row : audit) {
        TimelineEntry entry;
        entry.id = u"audit:%1"_s.arg(row.id);
        entry.at = row.at.toUTC();
        entry.kind = u"audit."_s + row.action;
        entry.title = title(row.action);
        entry.detail = row.detail;
        if (row.entityType == "order"_L1 && row.action.startsWith("order."_L1)) {
            if (const core::AmenityOrder *order = subjects.order(row.entityId))
                entry.detail = orderDetail(row, *order, subjects);
        } else if (row.entityType == "card"_L1 && row.action.startsWith("card."_L1)) {
            if (const core::Card *card = subjects.card(row.entityId))
                entry.detail = cardDetail(row, *card);
        }
        entry.actor = row.actor;
        result.append(entry);
    }
    return result;
}

QString AuditTimelineSource::title(const QString &action)
{
    struct Known
    {
        QLatin1StringView action;
        const char *title;
    };
    static const Known known[] = {
        {"guest.create"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Profile created")},
         {"guest.update"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Profile changed")},
          {"handle.link"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Social account linked")},
           {"handle.update"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Social account updated")},
            {"handle.confirm"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Social account confirmed")},
             {"handle.unlink"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Social account unlinked")},
              {"stay.create"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Reservation added")},
               {"stay.update"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Reservation changed")},
                {"post.state"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Post handled")},
                 {"post.suggestion.confirm"_L1,
                  QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Post's author confirmed as this guest")},
                  {"post.suggestion.dismiss"_L1,
                   QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Suggested as a post's author, dismissed")},
                   {"card.printed"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Note card printed")},
                    {"card.exported"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Note card saved as PDF")},
                     {"order.create"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Amenity ordered")},
                      {"order.accepted"_L1,
                       QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Amenity order accepted")},
                       {"order.in_progress"_L1,
                        QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Amenity order in progress")},
                        {"order.delivered"_L1, QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Amenity delivered")},
                         {"order.cancelled"_L1,
                          QT_TRANSLATE_NOOP("tw::desk::AuditTimelineSource", "Amenity order cancelled")},
                        };
    for (const Known &k : known) {
        if (action == k.action)
            return tr(k.title);
    }
    return action;
}

} // namespace tw::desk
