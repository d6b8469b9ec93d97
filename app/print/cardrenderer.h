#pragma once

#include "cardformat.h"
#include "handwritingstyle.h"

#include <core/result.h>
#include <core/types.h>

#include <QList>
#include <QSizeF>
#include <QString>

#include <functional>
#include <memory>

class QPainter;
class QPrinter;

namespace tw::print {

// What is written on one card. The card id seeds the handwriting's variation:
// the same id and text always come out the same, another id differently.
struct CardFace
{
    core::Id cardId = core::InvalidId;
    QString text;      // merged, final
    QString signature; // written under the text, towards the right; not again when the text ends with it
};

// Whether a card's text fits on the card at a readable size.
struct CardFit
{
    bool fits = true;
    double pointSize = 0; // the size the text is written at (may be smaller than the style's, never below the minimum)
    int lines = 0;
    QString overflowText; // what does not fit, when it does not
    // Translated: "The text is 3 lines too long for an A6 card; shorten it or pick a larger card."
    QString message;
};

// Called after each card; return false to cancel (the output is then not written
// or the print job is aborted, and the caller records nothing).
using RenderProgress = std::function<bool(int done, int total)>;

// Writes cards so that they look written by a person: left-aligned ragged
// lines at handwriting size, every glyph varying a little in size, angle,
// baseline and spacing, lines drifting and sloping slightly, pen-blue ink with
// slight variation. Deterministic per card id.
//
// Needs a QGuiApplication (fonts). Not thread-safe to share; one renderer per thread.
class CardRenderer
{
public:
    CardRenderer(CardFormat format, const HandwritingStyle &style = {});
    ~CardRenderer();
    CardRenderer(const CardRenderer &) = delete;
    CardRenderer &operator=(const CardRenderer &) = delete;

    CardFormat format() const;
    const CardFormatSpec &spec() const;
    HandwritingStyle style() const; // resolved: family, size and ink filled in

    CardFit fit(const CardFace &face) const;

    // Paints one card with its top-left corner at the painter's origin, in
    // points (scale the painter for the screen). Used by the live preview and by
    // print() and exportPdf(). A card that does not fit is painted as far as it
    // fits and marked as overflowing (a red edge), for the preview only.
    void paintCard(QPainter &painter, const CardFace &face) const;

    // Prints on a printer the caller has set up through the system's print
    // dialog; the page layout is set to the format's sheet. Fails without
    // printing anything when a card does not fit (the message names the card),
    // when the printer fails, or when progress cancels.
    core::Status print(QPrinter &printer, const QList<CardFace> &faces, const RenderProgress &progress = {}) const;
    // One PDF with the fonts embedded, one card per page or four per sheet. The
    // file is written under a temporary name and renamed at the end, so a
    // failure or cancel leaves no partial file.
    core::Status exportPdf(const QString &path, const QList<CardFace> &faces,
                           const RenderProgress &progress = {}) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tw::print
