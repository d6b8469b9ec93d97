#pragma once

#include <core/types.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace tw::desk {

// How orders read on screen, the same on the board, in the order form and on
// the timeline: department names, item lists, money in the user's locale and
// due times on the property's wall clock.
class OrderWording
{
    Q_DECLARE_TR_FUNCTIONS(tw::desk::OrderWording)

public:
    // Translated: "Housekeeping", "Food and beverage", "Concierge".
    static QString departmentName(core::Department department);
    // In the board's order.
    static QList<core::Department> departments();
    // "2 × Bath salts, 1 × Flowers"
    static QString itemsText(const QList<core::OrderLine> &lines);
    // "58.00" in the user's locale (core::Money).
    static QString money(qint64 cents, const QLocale &locale = QLocale());
    // The zone of a property, UTC when it has none or an unknown one.
    static QTimeZone zoneOf(const core::Property &property);
    // A due time on the property's wall clock: the time alone when it falls on
    // the same local day as now, else the short day and the time ("Thu 26 Nov 09:00").
    static QString dueText(const QDateTime &dueUtc, const QTimeZone &zone, const QDateTime &nowUtc,
                           const QLocale &locale = QLocale());
    // "Overdue by 25 min", "Overdue by 2 h 05 min".
    static QString overdueText(const QDateTime &dueUtc, const QDateTime &nowUtc);
    // The time format of the locale without seconds.
    static QString shortTimeFormat(const QLocale &locale);
};

} // namespace tw::desk
