#include "guestidentity.h"

using namespace Qt::StringLiterals;

namespace tw::core {

namespace {

// Lower-case letters that Unicode decomposition leaves alone but that people
// write without the stroke or ligature when they search for a name.
QStringView foldedLetter(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: // ß
        return u"ss";
    case 0x00E6: // æ
        return u"ae";
    case 0x0153: // œ
        return u"oe";
    case 0x00F8: // ø
        return u"o";
    case 0x0142: // ł
        return u"l";
    case 0x0111: // đ
    case 0x00F0: // ð
        return u"d";
    case 0x00FE: // þ
        return u"th";
    case 0x0131: // dotless ı
        return u"i";
    case 0x2018: // typographic apostrophes, as in O’Brien
    case 0x2019:
    case 0x02BC:
        return u"'";
    default:
        return {};
    }
}

} // namespace

QString GuestIdentity::emailKey(QStringView email)
{
    const QStringView trimmed = email.trimmed();
    // Addresses are nearly always ASCII, which lowers without Unicode tables;
    // imports and lookups compute this key for every record.
    QString key(trimmed.size(), Qt::Uninitialized);
    QChar *out = key.data();
    for (const QChar c : trimmed) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return trimmed.toString().toLower();
        *out++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u);
    }
    return key;
}

QString GuestIdentity::loyaltyKey(QStringView loyaltyNumber)
{
    QString key;
    key.reserve(loyaltyNumber.size());
    for (const QChar c : loyaltyNumber) {
        if (!c.isSpace())
            key.append(c);
    }
    return key.toUpper();
}

bool GuestIdentity::isSameGuest(const Guest &a, const Guest &b)
{
    const QString emailA = emailKey(a.email);
    if (!emailA.isEmpty() && emailA == emailKey(b.email))
        return true;
    const QString loyaltyA = loyaltyKey(a.loyaltyNumber);
    return !loyaltyA.isEmpty() && loyaltyA == loyaltyKey(b.loyaltyNumber);
}

QString GuestIdentity::searchKey(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString unaccented;
    unaccented.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            unaccented.append(c);
    }

    const QString lower = unaccented.toLower();
    QString folded;
    folded.reserve(lower.size());
    for (const QChar c : lower) {
        const QStringView replacement = foldedLetter(c);
        if (replacement.isEmpty())
            folded.append(c);
        else
            folded.append(replacement);
    }
    return folded.simplified();
}

QString GuestIdentity::phoneKey(QStringView phone)
{
    const QStringView trimmed = phone.trimmed();
    QString key;
    key.reserve(trimmed.size());
    for (const QChar c : trimmed) {
        if (c.isDigit()) // any script's digits, written as ASCII
            key.append(QChar(u'0' + c.digitValue()));
    }
    if (key.isEmpty())
        return {};
    if (trimmed.startsWith(u'+') || trimmed.startsWith(QChar(0xFF0B))) // also the full-width plus
        key.prepend(u'+');
    return key;
}

} // namespace tw::core
