#include "sqlvalue.h"

using namespace Qt::StringLiterals;

namespace tw::storage {

QString SqlValue::timestamp(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    return instant.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
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
    return QDateTime::fromMSecsSinceEpoch(instant.toMSecsSinceEpoch()).toUTC();
}

QString SqlValue::date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
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
