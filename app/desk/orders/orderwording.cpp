#include "orderwording.h"

#include <core/money.h>

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::desk {

QString OrderWording::departmentName(core::Department department)
{
    switch (department) {
    case core::Department::Housekeeping:
        return tr("Housekeeping");
    case core::Department::FoodAndBeverage:
        return tr("Food and beverage");
    case core::Department::Concierge:
        break;
    }
    return tr("Concierge");
}

QList<core::Department> OrderWording::departments()
{
    return {core::Department::Housekeeping, core::Department::FoodAndBeverage, core::Department::Concierge};
}

QString OrderWording::itemsText(const QList<core::OrderLine> &lines)
{
    QStringList parts;
    parts.reserve(lines.size());
    for (const core::OrderLine &line : lines)
        parts.append(tr("%1 × %2").arg(line.quantity).arg(line.name));
    return parts.join(tr(", "));
}

QString OrderWording::money(qint64 cents, const QLocale &locale)
{
    return core::Money::format(cents, locale);
}

QTimeZone OrderWording::zoneOf(const core::Property &property)
{
    const QByteArray id = property.timeZone.trimmed().toUtf8();
    if (!id.isEmpty()) {
        QTimeZone zone(id);
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::utc();
}

QString OrderWording::shortTimeFormat(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    return format;
}

QString OrderWording::dueText(const QDateTime &dueUtc, const QTimeZone &zone, const QDateTime &nowUtc,
                              const QLocale &locale)
{
    if (!dueUtc.isValid())
        return tr("No due time");
    const QDateTime due = dueUtc.toTimeZone(zone);
    QString time = locale.toString(due.time(), shortTimeFormat(locale));
    const QDate today = nowUtc.isValid() ? nowUtc.toTimeZone(zone).date() : QDate();
    if (due.date() == today)
        return time;
    if (today.isValid() && due.date() == today.addDays(1))
        return tr("Tomorrow %1").arg(time);
    if (today.isValid() && due.date() == today.addDays(-1))
        return tr("Yesterday %1").arg(time);
    return tr("%1 %2").arg(locale.toString(due.date(), u"ddd d MMM"_s), time);
}

QString OrderWording::overdueText(const QDateTime &dueUtc, const QDateTime &nowUtc)
{
    const qint64 minutes = std::max<qint64>(1, dueUtc.secsTo(nowUtc) / 60);
    if (minutes < 60)
        return tr("Overdue by %n min", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return tr("Overdue by %1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("Overdue by %n day(s)", nullptr, int(hours / 24));
}

} // namespace tw::desk
