#pragma once

#include "result.h"

#include <QLocale>
#include <QString>

namespace tw::core {

// Amounts of money as integer minor units (cents), shown and typed the way
// people write them. Floating point never stores an amount: it only carries one
// to QLocale for display.
class Money
{
public:
    // "12.50" in the given locale ("12,50" in German, "1,234.50" with grouping).
    static QString format(qint64 cents, const QLocale &locale = QLocale());
    // "58.00": the same in every locale, for audit details, JSON and files.
    static QString plain(qint64 cents);
    // "12.50", "12", "12,50", "1,234.50", "1.234,50", " 12.5 " -> cents. A lone
    // separator followed by three digits ("1,250") could be read two ways and
    // is refused; so are more than two decimals, signs, and anything that is
    // not a number. Messages are translated and say how to write the amount.
    static Result<qint64> parse(const QString &text);

    // Larger amounts are refused by parse(); far beyond any amenity.
    static constexpr qint64 MaxCents = 100'000'000'000; // a billion in major units
};

} // namespace tw::core
