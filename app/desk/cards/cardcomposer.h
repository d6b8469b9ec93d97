#pragma once

#include <core/cardmerge.h>
#include <core/result.h>
#include <core/types.h>

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace tw::storage {
class Database;
}

namespace tw::desk {

// One card ready to draft: whom it is for, the merged text and what could not
// be merged. The desktop's card editor and the command line both compose cards
// here, so a card reads the same whichever of them printed it.
struct ComposedCard
{
    core::Guest guest;
    std::optional<core::Stay> stay; // in house now, else the next arrival, else the last stay
    std::optional<core::Property> property;
    core::CardTemplate cardTemplate;
    core::CardMerge::Outcome merge; // text and issues
    QString signature;
};

// Which of a day's arrivals get a card in a batch.
struct ArrivalFilter
{
    std::optional<core::Id> propertyId; // absent: every property
    QString vipCode;        // non-empty: only guests with this VIP code ("*": any VIP code)
    bool firstStayOnly = false;  // no earlier stay at any property (cancelled and no-shows do not count)
    bool anniversaryOnly = false; // "anniversary" in the guest's preferences or notes
};

// Composes cards from templates, guests and stays; works on the connection it
// is given (the UI uses a worker thread's connection).
class CardComposer
{
public:
    explicit CardComposer(storage::Database &db, QLocale locale = QLocale());

    // Fails when the guest or the template does not exist (the message names
    // which). Merge issues are not a failure: they are in the outcome, and the
    // caller refuses to print until they are resolved. bodyOverride replaces the
    // template's wording (the CLI's --text, the editor's edited text) and is
    // merged the same way.
    core::Result<ComposedCard> compose(core::Id guestId, const QString &templateName, const QString &signature,
                                       const std::optional<QString> &bodyOverride = {}) const;
    core::Result<ComposedCard> compose(core::Id guestId, core::Id templateId, const QString &signature,
                                       const std::optional<QString> &bodyOverride = {}) const;

    // Guests arriving on date (a stay with that arrival date, not cancelled),
    // matching the filter, ordered by room then name. One entry per stay.
    core::Result<QList<core::Stay>> arrivals(const QDate &date, const ArrivalFilter &filter) const;

private:
    storage::Database &m_db;
    QLocale m_locale;
};

} // namespace tw::desk
