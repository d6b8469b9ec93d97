#include "money.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tw::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::core::Money", text);
}

bool isGroupSpace(QChar c)
{
    // Spaces (French, Swedish), the no-break spaces locales format with, and
    // the apostrophe of Swiss German.
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == u'\'' || c == QChar(0x2019);
}

bool isSeparator(QChar c)
{
    return c == u'.' || c == u',' || isGroupSpace(c);
}

// Digits of any script ("١٢" is twelve); nullopt for anything else.
std::optional<int> digit(QChar c)
{
    if (!c.isDigit())
        return std::nullopt;
    const int value = c.digitValue();
    if (value < 0 || value > 9)
        return std::nullopt;
    return value;
}

Result<qint64> notAnAmount(const QString &typed)
{
    return Result<qint64>::failure(
        tr("\"%1\" is not an amount; write it with digits and at most two decimals, like 12.50.").arg(typed));
}

} // namespace

QString Money::format(qint64 cents, const QLocale &locale)
{
    return locale.toString(double(cents) / 100.0, 'f', 2);
}

QString Money::plain(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return (cents < 0 ? u"-"_s : QString()) + QString::number(magnitude / 100) + u'.'
        + u"%1"_s.arg(magnitude % 100, 2, 10, QChar(u'0'));
}

Result<qint64> Money::parse(const QString &text)
{
    using R = Result<qint64>;
    const QString typed = text.trimmed();
    // A currency sign before or after the number ("€12,50", "12.50 $") is fine.
    QString number = typed;
    if (!number.isEmpty() && number.front().category() == QChar::Symbol_Currency)
        number = number.mid(1).trimmed();
    if (!number.isEmpty() && number.back().category() == QChar::Symbol_Currency)
        number = number.chopped(1).trimmed();
    if (number.isEmpty())
        return R::failure(tr("Enter an amount, like 12.50."));
    if (number.startsWith(u'-') || number.startsWith(QChar(0x2212)))
        return R::failure(tr("\"%1\" is negative; an amount here cannot be below zero.").arg(typed));

    // Split into runs of digits and the separators between them.
    QList<QString> groups; // digit runs, as digits 0-9
    QList<QChar> separators;
    QString run;
    for (qsizetype i = 0; i < number.size(); ++i) {
        const QChar c = number.at(i);
        if (const std::optional<int> d = digit(c)) {
            run += QChar(u'0' + *d);
            continue;
        }
        if (!isSeparator(c) || run.isEmpty())
            return notAnAmount(typed);
        groups.append(run);
        separators.append(isGroupSpace(c) ? QChar(u' ') : c);
        run.clear();
    }
    if (run.isEmpty())
        return notAnAmount(typed); // ends with a separator: "12."
    groups.append(run);

    // Which separator, if any, starts the decimals: the last one when it is a
    // point or comma that occurs only there, or differs from the others.
    QString decimals;
    qsizetype integerGroups = groups.size();
    if (!separators.isEmpty()) {
        const QChar last = separators.constLast();
        const bool lastIsMark = last == u'.' || last == u',';
        const qsizetype sameAsLast = separators.count(last);
        if (lastIsMark && sameAsLast == 1) {
            const bool otherMarks = separators.size() > 1;
            if (!otherMarks && groups.constLast().size() == 3 && groups.size() == 2) {
                return R::failure(tr("\"%1\" could mean a whole amount with a thousands separator or one with "
                                     "three decimals; write it without thousands separators, like 1250 or 1.25.")
                                      .arg(typed));
            }
            decimals = groups.constLast();
            integerGroups = groups.size() - 1;
        }
    }
    if (decimals.size() > 2)
        return R::failure(
            tr("\"%1\" has more than two decimals; amounts are kept to the cent, like 12.50.").arg(typed));

    // Everything before the decimals is grouped in threes by one kind of separator.
    if (integerGroups > 1) {
        const QChar group = separators.at(0);
        for (qsizetype i = 0; i < integerGroups - 1; ++i) {
            if (separators.at(i) != group)
                return notAnAmount(typed);
        }
        if (!decimals.isEmpty() && separators.constLast() == group)
            return notAnAmount(typed);
        if (groups.at(0).size() > 3)
            return notAnAmount(typed);
        for (qsizetype i = 1; i < integerGroups; ++i) {
            if (groups.at(i).size() != 3)
                return notAnAmount(typed);
        }
    }

    QString whole;
    for (qsizetype i = 0; i < integerGroups; ++i)
        whole += groups.at(i);
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    const QString tooLarge = tr("\"%1\" is too large for an amount.").arg(typed);
    if (whole.size() > 15)
        return R::failure(tooLarge);
    bool ok = false;
    const qint64 units = whole.toLongLong(&ok);
    if (!ok)
        return notAnAmount(typed);
    const qint64 cents = units * 100 + (decimals.isEmpty() ? 0 : decimals.leftJustified(2, u'0').toLongLong());
    if (cents > MaxCents)
        return R::failure(tooLarge);
    return cents;
}

} // namespace tw::core
