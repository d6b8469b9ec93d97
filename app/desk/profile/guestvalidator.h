#pragma once

#include <core/types.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tw::desk {

// Checks a guest's contact details before they are saved, field by field, so
// the profile can show each message next to its field: at least a first or a
// last name, an e-mail address that looks like one, a phone number made of
// digits and the usual separators. Empty e-mail and phone are fine.
class GuestValidator
{
    Q_DECLARE_TR_FUNCTIONS(tw::desk::GuestValidator)

public:
    enum class Field { FirstName, LastName, Email, Phone };

    struct Problem
    {
        Field field = Field::FirstName;
        QString message; // says what is wrong and what to write instead

        friend bool operator==(const Problem &, const Problem &) = default;
    };

    static QList<Problem> check(const core::Guest &guest);
    // Empty when the text is fine.
    static QString checkNames(QStringView firstName, QStringView lastName);
    static QString checkEmail(QStringView email);
    static QString checkPhone(QStringView phone);
};

} // namespace tw::desk
