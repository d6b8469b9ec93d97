#include "cardformat.h"

#include <QCoreApplication>
#include <QRectF>

#include <array>

using namespace Qt::StringLiterals;

namespace tw::print {

namespace {

constexpr double kPointsPerInch = 72.0;
constexpr double kPointsPerMm = 72.0 / 25.4;

struct FormatRow
{
    CardFormat format;
    QLatin1StringView key;
    const char *label;
    double defaultPointSize;
};

// Handwriting sizes: a pen's letters on a note card are about 3 mm tall; a
// larger card invites slightly larger writing.
constexpr std::array<FormatRow, 6> kFormats{{
    {CardFormat::A2, "a2"_L1, QT_TRANSLATE_NOOP("tw::print::CardFormat", "A2 note card (4.25 × 5.5 in)"), 17.0},
     {CardFormat::A7, "a7"_L1, QT_TRANSLATE_NOOP("tw::print::CardFormat", "A7 note card (5 × 7 in)"), 19.0},
      {CardFormat::A6, "a6"_L1, QT_TRANSLATE_NOOP("tw::print::CardFormat", "A6 card (105 × 148 mm)"), 17.0},
       {CardFormat::Postcard, "postcard"_L1, QT_TRANSLATE_NOOP("tw::print::CardFormat", "Postcard (6 × 4 in)"), 17.0},
        {CardFormat::A4FourUp, "a4-4up"_L1,
         QT_TRANSLATE_NOOP("tw::print::CardFormat", "Four A6 cards on A4, with crop marks"), 17.0},
         {CardFormat::LetterFourUp, "letter-4up"_L1,
          QT_TRANSLATE_NOOP("tw::print::CardFormat", "Four A2 cards on US Letter, with crop marks"), 17.0},
        }};

const FormatRow &rowOf(CardFormat format)
{
    for (const auto &row : kFormats) {
        if (row.format == format)
            return row;
    }
    return kFormats[2];
}

QPageSize inchPage(double width, double height, const QString &name)
{
    return QPageSize(QSizeF(width, height), QPageSize::Inch, name, QPageSize::ExactMatch);
}

} // namespace

QString cardFormatKey(CardFormat format)
{
    return QString(rowOf(format).key);
}

std::optional<CardFormat> cardFormatFromKey(QStringView key)
{
    const QStringView trimmed = key.trimmed();
    for (const auto &row : kFormats) {
        if (trimmed.compare(row.key, Qt::CaseInsensitive) == 0)
            return row.format;
    }
    return std::nullopt;
}

QString cardFormatLabel(CardFormat format)
{
    return QCoreApplication::translate("tw::print::CardFormat", rowOf(format).label);
}

QList<CardFormat> allCardFormats()
{
    QList<CardFormat> formats;
    formats.reserve(qsizetype(kFormats.size()));
    for (const auto &row : kFormats)
        formats.append(row.format);
    return formats;
}

double cardFormatDefaultPointSize(CardFormat format)
{
    return rowOf(format).defaultPointSize;
}

CardFormatSpec cardFormatSpec(CardFormat format)
{
    CardFormatSpec spec;
    spec.format = format;
    spec.key = cardFormatKey(format);
    // Margins leave room for the hand resting on the card and for a printer's
    // unprintable edge; the left one is a little wider, as people write.
    const QSizeF a6Size(105 * kPointsPerMm, 148 * kPointsPerMm);
    const QSizeF a2Size(4.25 * kPointsPerInch, 5.5 * kPointsPerInch);
    switch (format) {
    case CardFormat::A2:
        spec.pageSize = inchPage(4.25, 5.5, u"A2 note card"_s);
        spec.cardSize = a2Size;
        spec.cardMargins = QMarginsF(28, 30, 24, 28);
        break;
    case CardFormat::A7:
        spec.pageSize = inchPage(5, 7, u"A7 note card"_s);
        spec.cardSize = QSizeF(5 * kPointsPerInch, 7 * kPointsPerInch);
        spec.cardMargins = QMarginsF(34, 38, 30, 34);
        break;
    case CardFormat::A6:
        spec.pageSize = QPageSize(QPageSize::A6);
        spec.cardSize = a6Size;
        spec.cardMargins = QMarginsF(28, 30, 24, 28);
        break;
    case CardFormat::Postcard:
        // Portrait 4 x 6 in turned to landscape, as printers feed postcards.
        spec.pageSize = inchPage(4, 6, u"Postcard"_s);
        spec.orientation = QPageLayout::Landscape;
        spec.cardSize = QSizeF(6 * kPointsPerInch, 4 * kPointsPerInch);
        spec.cardMargins = QMarginsF(32, 28, 28, 26);
        break;
    case CardFormat::A4FourUp:
        spec.pageSize = QPageSize(QPageSize::A4);
        spec.cardSize = a6Size;
        spec.cardMargins = QMarginsF(28, 30, 24, 28);
        spec.cardsPerSheet = 4;
        spec.cropMarks = true;
        break;
    case CardFormat::LetterFourUp:
        spec.pageSize = QPageSize(QPageSize::Letter);
        spec.cardSize = a2Size;
        spec.cardMargins = QMarginsF(28, 30, 24, 28);
        spec.cardsPerSheet = 4;
        spec.cropMarks = true;
        break;
    }
    return spec;
}

QList<QRectF> cardSlotsOnSheet(const CardFormatSpec &spec)
{
    QSizeF sheet = spec.pageSize.size(QPageSize::Point);
    if (spec.orientation == QPageLayout::Landscape)
        sheet.transpose();
    if (spec.cardsPerSheet <= 1)
        return {QRectF(QPointF(0, 0), spec.cardSize)};
    // Two by two, centred on the sheet: the cards meet at the cut lines so a
    // guillotine needs only two straight cuts and the trimmings.
    const double left = (sheet.width() - 2 * spec.cardSize.width()) / 2;
    const double top = (sheet.height() - 2 * spec.cardSize.height()) / 2;
    QList<QRectF> slots;
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 2; ++column) {
            slots.append(QRectF(QPointF(left + column * spec.cardSize.width(), top + row * spec.cardSize.height()),
                                spec.cardSize));
        }
    }
    return slots;
}

} // namespace tw::print
