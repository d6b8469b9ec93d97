#include "guestvalidator.h"

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

constexpr int kMinPhoneDigits = 3;
constexpr int kMaxPhoneDigits = 20; // E.164 allows 15; extensions add a few
constexpr int kMaxEmailLocalPart = 64;
constexpr int kMaxEmail = 254;

bool isDomainLabel(QStringView label)
{
    if (label.isEmpty() || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (const QChar c : label) {
        if (!c.isLetterOrNumber() && c != u'-')
            return false;
    }
    return true;
}

} // namespace

QList<GuestValidator::Problem> GuestValidator::check(const core::Guest &guest)
{
    QList<Problem> problems;
    if (QString m = checkNames(guest.firstName, guest.lastName); !m.isEmpty())
        problems.append({Field::FirstName, m});
    if (QString m = checkEmail(guest.email); !m.isEmpty())
        problems.append({Field::Email, m});
    if (QString m = checkPhone(guest.phone); !m.isEmpty())
        problems.append({Field::Phone, m});
    return problems;
}

QString GuestValidator::checkNames(QStringView firstName, QStringView lastName)
{
    if (firstName.trimmed().isEmpty() && lastName.trimmed().isEmpty())
        return tr("Enter a first name or a last name: a guest needs at least one of them.");
    return {};
}

QString GuestValidator::checkEmail(QStringView email)
{
    const QStringView text = email.trimmed();
    if (text.isEmpty())
        return {};
    const QString example = tr("An e-mail address looks like name@example.com.");
    for (const QChar c : text) {
        if (c.isSpace())
            return tr("Remove the spaces from the e-mail address.") + u' ' + example;
    }
    if (text.count(u'@') != 1)
        return (text.contains(u'@') ? tr("An e-mail address has only one “@”.")
                                    : tr("The e-mail address needs an “@”."))
            + u' ' + example;
    if (text.size() > kMaxEmail)
        return tr("This e-mail address is longer than any that can receive mail; check it.");
    const qsizetype at = text.indexOf(u'@');
    const QStringView local = text.left(at);
    const QStringView domain = text.mid(at + 1);
    if (local.isEmpty())
        return tr("Write the name before the “@”.") + u' ' + example;
    if (local.size() > kMaxEmailLocalPart || local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."_s))
        return tr("The part before the “@” is not valid.") + u' ' + example;
    if (domain.isEmpty())
        return tr("Write the domain after the “@”.") + u' ' + example;
    const QList<QStringView> labels = domain.split(u'.');
    if (labels.size() < 2)
        return tr("The domain after the “@” needs a dot, as in example.com.");
    for (const QStringView label : labels) {
        if (!isDomainLabel(label))
            return tr("The domain after the “@” is not valid.") + u' ' + example;
    }
    return {};
}

QString GuestValidator::checkPhone(QStringView phone)
{
    const QStringView text = phone.trimmed();
    if (text.isEmpty())
        return {};
    int digits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            ++digits;
        } else if (c == u'+') {
            if (i != 0)
                return tr("A “+” may only start a phone number, as in +44 20 7946 0000.");
        } else if (!c.isSpace() && !QStringView(u"-()./").contains(c)) {
            return tr("A phone number may contain only digits, spaces and + - ( ) . /; remove “%1”.").arg(c);
        }
    }
    if (digits < kMinPhoneDigits)
        return tr("A phone number needs at least %n digit(s).", nullptr, kMinPhoneDigits);
    if (digits > kMaxPhoneDigits)
        return tr("A phone number has at most %n digit(s); check this one.", nullptr, kMaxPhoneDigits);
    return {};
}

} // namespace tw::desk
