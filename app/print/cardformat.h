#pragma once

#include <QList>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringView>

#include <optional>

namespace tw::print {

// The card stocks the concierge prints on. Flat cards are one card per page of
// their own size; the 4-up formats put four cards on an office sheet with crop
// marks, for desks without card stock.
enum class CardFormat {
    A2,          // flat note card 4.25 x 5.5 in, fits an A2 envelope
    A7,          // 5 x 7 in
    A6,          // ISO 105 x 148 mm
    Postcard,    // 6 x 4 in, landscape
    A4FourUp,    // four A6 cards on A4, crop marks
    LetterFourUp // four 4.25 x 5.5 in cards on US Letter, crop marks
};

// Geometry of one format, in PostScript points (1/72 in) like QPageSize.
struct CardFormatSpec
{
    CardFormat format = CardFormat::A6;
    QString key;        // "a2", "a7", "a6", "postcard", "a4-4up", "letter-4up"
    QPageSize pageSize; // the sheet that goes through the printer
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QSizeF cardSize;       // one card, points, as it is read (width x height)
    QMarginsF cardMargins; // writing area inside one card, points
    int cardsPerSheet = 1;
    bool cropMarks = false;
};

// "a2", "a7", "a6", "postcard", "a4-4up", "letter-4up"
QString cardFormatKey(CardFormat format);
std::optional<CardFormat> cardFormatFromKey(QStringView key);
// Translated, for menus: "A2 note card (4.25 × 5.5 in)".
QString cardFormatLabel(CardFormat format);
QList<CardFormat> allCardFormats();
CardFormatSpec cardFormatSpec(CardFormat format);
// The handwriting size a format suits, in points (the default of
// HandwritingStyle::pointSize on that card).
double cardFormatDefaultPointSize(CardFormat format);

// Where each card of a sheet goes, in points on the page (portrait or landscape
// as the spec says); one rectangle for flat formats, four for 4-up.
QList<QRectF> cardSlotsOnSheet(const CardFormatSpec &spec);

} // namespace tw::print
