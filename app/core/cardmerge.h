#pragma once

#include "types.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace tw::core {

// Fills a card template's merge fields and says which of them cannot be filled,
// so that a card is never printed with a raw placeholder or a gap where a name
// should be.
//
// A field is written in braces: {first_name}, {last_name}, {room}, {arrival},
// {departure}, {property}, {signature}. Names are case-insensitive and may be
// padded with spaces ("{ First_Name }"). "{{" and "}}" stand for literal braces.
// Dates are written the way a guest reads them (the locale's weekday, day and
// month, without the year: "Tuesday, 3 June").
class CardMerge
{
public:
    enum class Field { FirstName, LastName, Room, Arrival, Departure, Property, Signature };

    // The values one card is merged with.
    struct Values
    {
        QString firstName;
        QString lastName;
        QString room;
        std::optional<QDate> arrival;
        std::optional<QDate> departure;
        QString property;
        QString signature;

        // From what the desk knows about the guest; stay and property may be absent.
        static Values from(const Guest &guest, const std::optional<Stay> &stay, const std::optional<Property> &property,
                           const QString &signature);
    };

    enum class IssueKind {
        UnknownField, // "{nickname}": not a field we know
        EmptyField,   // "{room}" while the stay has no room yet
        Unclosed,     // "{first_name" with no closing brace
    };

    struct Issue
    {
        IssueKind kind = IssueKind::UnknownField;
        QString field;    // as written, without braces
        int position = 0; // of the opening brace in the template, in UTF-16 units
        int length = 0;   // of the placeholder including braces
        // Translated, for a person: "The field {nickname} is not known; ..."
        QString message() const;
    };

    struct Outcome
    {
        QString text; // unfillable placeholders are left out, never printed raw
        QList<Issue> issues;
        bool ok() const { return issues.isEmpty(); }
    };

    explicit CardMerge(QLocale locale = QLocale());

    Outcome merge(const QString &templateBody, const Values &values) const;

    // The placeholder keys in their canonical form ("first_name", ...), for the
    // editor's "insert field" menu.
    static QStringList fieldKeys();
    static QString fieldKey(Field field);
    static std::optional<Field> fieldFromKey(QStringView key);
    // Translated, for menus: "Guest's first name".
    static QString fieldLabel(Field field);

    QString guestFacingDate(const QDate &date) const;

private:
    QLocale m_locale;
};

} // namespace tw::core
