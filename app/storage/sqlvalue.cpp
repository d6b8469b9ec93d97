#include "sqlvalue.h"

using namespace Qt::StringLiterals;

namespace tw::storage {

namespace {

// Stored instants and dates are written by hand: every write stores a few, and
// formatting with a pattern string costs more than the rest of the conversion.

void putDigits(char16_t *at, int value, int count)
{
    for (int i = count - 1; i >= 0; --i, value /= 10)
        at[i] = char16_t(u'0' + value % 10);
}

// "YYYY-MM-DD" into text[0..9]; false for years that do not fit four digits.
bool putDate(char16_t *text, const QDate &date)
{
    if (date.year() < 0 || date.year() > 9999)
        return false;
    putDigits(text, date.year(), 4);
    text[4] = u'-';
    putDigits(text + 5, date.month(), 2);
    text[7] = u'-';
    putDigits(text + 8, date.day(), 2);
    return true;
}

// The value of `count` ASCII digits at text[from], or -1.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "YYYY-MM-DD" at the start of text, as the columns store it.
QDate storedDate(QStringView text)
{
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0 || !QDate::isValid(year, month, day))
        return {};
    return QDate(year, month, day);
}

} // namespace

QString SqlValue::timestamp(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    const QDateTime utc = instant.toUTC();
    char16_t text[24];
    if (!putDate(text, utc.date()))
        return utc.toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
    const QTime time = utc.time();
    text[10] = u'T';
    putDigits(text + 11, time.hour(), 2);
    text[13] = u':';
    putDigits(text + 14, time.minute(), 2);
    text[16] = u':';
    putDigits(text + 17, time.second(), 2);
    text[19] = u'.';
    putDigits(text + 20, time.msec(), 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

QDateTime SqlValue::timestampFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    // Read by hand in the form timestamp() writes (every row read has some);
    // anything else goes through Qt's general ISO 8601 parser.
    if (text.size() == 24 && text[10] == u'T' && text[13] == u':' && text[16] == u':' && text[19] == u'.'
        && text[23] == u'Z') {
        const QDate date = storedDate(text);
        const int hour = digits(text, 11, 2);
        const int minute = digits(text, 14, 2);
        const int second = digits(text, 17, 2);
        const int msec = digits(text, 20, 3);
        if (date.isValid() && QTime::isValid(hour, minute, second, msec))
            return QDateTime(date, QTime(hour, minute, second, msec), Qt::UTC);
    }
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
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
    char16_t text[10];
    if (!putDate(text, date))
        return date.toString(Qt::ISODate);
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QDate SqlValue::dateFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (text.size() == 10)
        return storedDate(text);
    return QDate::fromString(text, Qt::ISODate);
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
