#include "cardmerge.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace tw::core {

namespace {

struct FieldInfo
{
    CardMerge::Field field;
    QLatin1StringView key;
    const char *label;
};

constexpr std::array<FieldInfo, 7> kFields{{
    {CardMerge::Field::FirstName, "first_name"_L1, QT_TRANSLATE_NOOP("tw::core::CardMerge", "Guest's first name")},
     {CardMerge::Field::LastName, "last_name"_L1, QT_TRANSLATE_NOOP("tw::core::CardMerge", "Guest's last name")},
      {CardMerge::Field::Room, "room"_L1, QT_TRANSLATE_NOOP("tw::core::CardMerge", "Room")},
       {CardMerge::Field::Arrival, "arrival"_L1, QT_TRANSLATE_NOOP("tw::core::CardMerge", "Arrival date")},
        {CardMerge::Field::Departure, "departure"_L1, QT_TRANSLATE_NOOP("tw::core::CardMerge", "Departure date")},
         {CardMerge::Field::Property, "property"_L1, QT_TRANSLATE_NOOP("tw::core::CardMerge", "Property name")},
          {CardMerge::Field::Signature, "signature"_L1, QT_TRANSLATE_NOOP("tw::core::CardMerge", "Staff signature")},
         }};

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::core::CardMerge", text);
}

const FieldInfo &info(CardMerge::Field field)
{
    for (const FieldInfo &f : kFields) {
        if (f.field == field)
            return f;
    }
    return kFields.front();
}

bool isNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// "{first_name}, {last_name}, ...", for messages that say what can be used.
QString knownFieldList()
{
    QStringList names;
    for (const FieldInfo &f : kFields)
        names.append(u'{' + QString(f.key) + u'}');
    return names.join(u", "_s);
}

// What the locale's long date format shows, without the year and the words
// and punctuation that belong to it ("dddd, MMMM d, yyyy" -> "dddd, MMMM d";
// "d 'de' MMMM 'de' yyyy" -> "d 'de' MMMM"; "yyyy年M月d日" -> "M月d日").
QString formatWithoutYear(const QString &format)
{
    struct Token
    {
        QString text;
        bool pattern = false; // a run of one format letter (d, M, y...)
        QChar letter;
    };
    QList<Token> tokens;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == u'\'') {
            // A quoted literal, with '' standing for a quote.
            qsizetype j = i + 1;
            while (j < format.size()) {
                if (format.at(j) == u'\'') {
                    if (j + 1 < format.size() && format.at(j + 1) == u'\'') {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            j = qMin(j + 1, format.size());
            if (!tokens.isEmpty() && !tokens.constLast().pattern)
                tokens.last().text += format.mid(i, j - i);
            else
                tokens.append({format.mid(i, j - i), false, {}});
            i = j;
            continue;
        }
        if (c.isLetter() && c.unicode() < 128) {
            qsizetype j = i;
            while (j < format.size() && format.at(j) == c)
                ++j;
            tokens.append({format.mid(i, j - i), true, c});
            i = j;
            continue;
        }
        if (!tokens.isEmpty() && !tokens.constLast().pattern)
            tokens.last().text += c;
        else
            tokens.append({QString(c), false, {}});
        ++i;
    }

    qsizetype year = -1;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).pattern && tokens.at(i).letter == u'y') {
            year = i;
            break;
        }
    }
    if (year < 0)
        return format;
    qsizetype nextPattern = -1;
    for (qsizetype i = year + 1; i < tokens.size(); ++i) {
        if (tokens.at(i).pattern) {
            nextPattern = i;
            break;
        }
    }
    if (nextPattern >= 0) {
        tokens.remove(year, nextPattern - year); // the year and what follows it
    } else {
        qsizetype from = year;
        while (from > 0 && !tokens.at(from - 1).pattern)
            --from;
        tokens.remove(from, tokens.size() - from); // what precedes the year, the year, and the rest
    }
    QString out;
    for (const Token &t : std::as_const(tokens))
        out += t.text;
    return out.trimmed();
}

} // namespace

CardMerge::Values CardMerge::Values::from(const Guest &guest, const std::optional<Stay> &stay,
                                          const std::optional<Property> &property, const QString &signature)
{
    Values v;
    v.firstName = guest.firstName.trimmed();
    v.lastName = guest.lastName.trimmed();
    if (stay) {
        v.room = stay->room.trimmed();
        if (stay->arrival.isValid())
            v.arrival = stay->arrival;
        if (stay->departure.isValid())
            v.departure = stay->departure;
    }
    if (property)
        v.property = property->name.trimmed();
    v.signature = signature.trimmed();
    return v;
}

QString CardMerge::Issue::message() const
{
    switch (kind) {
    case IssueKind::UnknownField:
        if (field.trimmed().isEmpty())
            return tr("Empty braces {} are not a field; write a field such as {first_name} inside them, or {{ and }} "
                      "for braces on the card.");
        return tr("The field {%1} is not known; use one of %2, or write {{ and }} for braces on the card.")
            .arg(field.trimmed(), knownFieldList());
    case IssueKind::EmptyField: {
        const std::optional<Field> known = fieldFromKey(field);
        const QString label = known ? fieldLabel(*known) : field.trimmed();
        return tr("The field {%1} (%2) has no value for this card; fill it in or take it out of the text before "
                  "printing.")
            .arg(field.trimmed(), label);
    }
    case IssueKind::Unclosed:
        if (field.trimmed().isEmpty())
            return tr("A brace { is never closed; close the field with }, or write {{ for a brace on the card.");
        return tr("The field {%1 is never closed; write {%1}, or {{ for a brace on the card.").arg(field.trimmed());
    }
    return {};
}

CardMerge::CardMerge(QLocale locale)
    : m_locale(std::move(locale))
{
}

CardMerge::Outcome CardMerge::merge(const QString &templateBody, const Values &values) const
{
    Outcome out;
    const QString &body = templateBody;
    const qsizetype size = body.size();
    out.text.reserve(size);
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = body.at(i);
        if (c == u'}') {
            // "}}" is a literal brace; so is a lone one, which cannot close anything.
            out.text += c;
            if (i + 1 < size && body.at(i + 1) == u'}')
                ++i;
            continue;
        }
        if (c != u'{') {
            out.text += c;
            continue;
        }
        if (i + 1 < size && body.at(i + 1) == u'{') {
            out.text += c;
            ++i;
            continue;
        }
        // A field closes on the same line, before any other opening brace.
        qsizetype close = -1;
        for (qsizetype j = i + 1; j < size; ++j) {
            const QChar d = body.at(j);
            if (d == u'}') {
                close = j;
                break;
            }
            if (d == u'{' || d == u'\n' || d == u'\r')
                break;
        }
        if (close < 0) {
            // Leave out the brace and the name that follows it, so neither is printed.
            qsizetype end = i + 1;
            while (end < size && body.at(end) == u' ')
                ++end;
            const qsizetype nameStart = end;
            while (end < size && isNameCharacter(body.at(end)))
                ++end;
            Issue issue;
            issue.kind = IssueKind::Unclosed;
            issue.field = body.mid(nameStart, end - nameStart);
            issue.position = int(i);
            issue.length = int((issue.field.isEmpty() ? i + 1 : end) - i);
            out.issues.append(issue);
            i += issue.length - 1;
            continue;
        }

        const QString written = body.mid(i + 1, close - i - 1);
        Issue issue;
        issue.field = written;
        issue.position = int(i);
        issue.length = int(close - i + 1);
        i = close;
        const std::optional<Field> field = fieldFromKey(written);
        if (!field) {
            issue.kind = IssueKind::UnknownField;
            out.issues.append(issue);
            continue;
        }
        QString value;
        switch (*field) {
        case Field::FirstName:
            value = values.firstName.trimmed();
            break;
        case Field::LastName:
            value = values.lastName.trimmed();
            break;
        case Field::Room:
            value = values.room.trimmed();
            break;
        case Field::Arrival:
            if (values.arrival && values.arrival->isValid())
                value = guestFacingDate(*values.arrival);
            break;
        case Field::Departure:
            if (values.departure && values.departure->isValid())
                value = guestFacingDate(*values.departure);
            break;
        case Field::Property:
            value = values.property.trimmed();
            break;
        case Field::Signature:
            value = values.signature.trimmed();
            break;
        }
        if (value.isEmpty()) {
            issue.kind = IssueKind::EmptyField;
            out.issues.append(issue);
            continue;
        }
        out.text += value;
    }
    return out;
}

QStringList CardMerge::fieldKeys()
{
    QStringList keys;
    for (const FieldInfo &f : kFields)
        keys.append(QString(f.key));
    return keys;
}

QString CardMerge::fieldKey(Field field)
{
    return QString(info(field).key);
}

std::optional<CardMerge::Field> CardMerge::fieldFromKey(QStringView key)
{
    const QStringView trimmed = key.trimmed();
    for (const FieldInfo &f : kFields) {
        if (trimmed.compare(f.key, Qt::CaseInsensitive) == 0)
            return f.field;
    }
    return std::nullopt;
}

QString CardMerge::fieldLabel(Field field)
{
    return tr(info(field).label);
}

QString CardMerge::guestFacingDate(const QDate &date) const
{
    if (!date.isValid())
        return {};
    return m_locale.toString(date, formatWithoutYear(m_locale.dateFormat(QLocale::LongFormat)));
}

} // namespace tw::core
