#pragma once

#include <core/cardmerge.h>
#include <core/result.h>
#include <core/types.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
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
    QString vipCode;                    // non-empty: only guests with this VIP code ("*": any VIP code)
    bool firstStayOnly = false;         // no earlier stay at any property (cancelled and no-shows do not count)
    bool anniversaryOnly = false;       // "anniversary" in the guest's preferences or notes
};

// Composes cards from templates, guests and stays; works on the connection it
// is given (the UI uses a worker thread's connection).
class CardComposer
{
    Q_DECLARE_TR_FUNCTIONS(tw::desk::CardComposer)

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
    // For the guest of one given stay, merged with that stay rather than the
    // one compose() would pick: a batch of a day's arrivals writes each card for
    // the arriving stay, even when the guest is in house elsewhere today.
    core::Result<ComposedCard> composeForStay(const core::Stay &stay, core::Id templateId, const QString &signature,
                                              const std::optional<QString> &bodyOverride = {}) const;

    // Guests arriving on date (a stay with that arrival date, not cancelled),
    // matching the filter, ordered by room then name. One entry per stay.
    core::Result<QList<core::Stay>> arrivals(const QDate &date, const ArrivalFilter &filter) const;

    // The instant that decides which stay is "in house now" (UTC); unset or
    // invalid, the clock. Lets the command line's fixed "now" and tests pin it.
    void setNow(const QDateTime &now) { m_now = now; }

private:
    core::Result<ComposedCard> composeWith(const core::Guest &guest, const std::optional<core::Stay> &stay,
                                           const core::CardTemplate &cardTemplate, const QString &signature,
                                           const std::optional<QString> &bodyOverride) const;
    std::optional<core::Stay> chooseStay(core::Id guestId) const;
    core::Result<core::CardTemplate> templateByName(const QString &name) const;

    storage::Database &m_db;
    QLocale m_locale;
    QDateTime m_now;
};

} // namespace tw::desk
