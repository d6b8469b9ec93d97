#include "sqlvalue.h"

using namespace Qt::StringLiterals;

namespace tw::storage {

QString SqlValue::timestamp(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    // Written by hand: every write stores a few of these, and formatting with a
    // pattern string costs more than the rest of the conversion.
    const QDateTime utc = instant.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() < 0 || date.year() > 9999)
        return utc.toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
    char16_t text[24];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    text[10] = u'T';
    put(11, time.hour(), 2);
    text[13] = u':';
    put(14, time.minute(), 2);
    text[16] = u':';
    put(17, time.second(), 2);
    text[19] = u'.';
    put(20, time.msec(), 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

QDateTime SqlValue::timestampFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QVariant SqlValue::nullableTimestamp(const std::optional<QDateTime> &instant)
{
    if (!instant || !instant->isValid())
        return nullText();
    return timestamp(*instant);
}

std::optional<QDateTime> SqlValue::optionalTimestampFrom(const QVariant &value)
{
    const QDateTime parsed = timestampFrom(value);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed;
}

QDateTime SqlValue::now()
{
    return truncated(QDateTime::currentDateTimeUtc());
}

QDateTime SqlValue::truncated(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    // Straight to UTC: a detour through local time reads the system's zone
    // database on every call.
    return QDateTime::fromMSecsSinceEpoch(instant.toMSecsSinceEpoch(), Qt::UTC);
}

QString SqlValue::date(const QDate &date)
{
    if (!date.isValid())
        return {};
    if (date.year() < 0 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    // By hand, like timestamp(): a stay writes several dates.
    char16_t text[10];
    int year = date.year();
    for (int i = 3; i >= 0; --i, year /= 10)
        text[i] = char16_t(u'0' + year % 10);
    text[4] = u'-';
    text[5] = char16_t(u'0' + date.month() / 10);
    text[6] = char16_t(u'0' + date.month() % 10);
    text[7] = u'-';
    text[8] = char16_t(u'0' + date.day() / 10);
    text[9] = char16_t(u'0' + date.day() % 10);
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QDate SqlValue::dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString SqlValue::timeOfDay(const QTime &time)
{
    return time.isValid() ? time.toString(u"HH:mm"_s) : QString();
}

QTime SqlValue::timeOfDayFrom(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), u"HH:mm"_s);
}

QVariant SqlValue::nullableText(const QString &text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

QVariant SqlValue::nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant SqlValue::nullId()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

QVariant SqlValue::id(qint64 id)
{
    return id == 0 ? nullId() : QVariant(qlonglong(id));
}

} // namespace tw::storage
