#pragma once

#include <QByteArray>
#include <QColor>
#include <QRawFont>
#include <QString>
#include <QStringList>

namespace tw::print {

// Below this size a handwriting font stops reading as a pen's writing and
// becomes hard to read; cards never shrink their text further.
constexpr double MinimumHandwritingPointSize = 13.0;

// How a card is written: which handwriting font, at what size, in which ink.
struct HandwritingStyle
{
    QString fontFamily;   // empty: the bundled default (HandwritingFonts::defaultFamily())
    double pointSize = 0; // 0: the size the card format suits
    QColor ink;           // invalid: pen blue (HandwritingFonts::penBlue())
};

// The script fonts that ship with the application (built in from Debian's font
// packages, licences alongside) and the installed fonts a user may pick.
class HandwritingFonts
{
public:
    // Registers the bundled fonts with QFontDatabase once per process; safe to
    // call again and from any thread that may use QFontDatabase. Needs a
    // QGuiApplication. False when a bundled font cannot be loaded (logged).
    static bool ensureRegistered();
    static QStringList bundledFamilies();
    static QString defaultFamily();
    static QColor penBlue();
    // Whether a family can be used for writing: bundled, or installed and able
    // to show Latin text. An unknown family falls back to the default with a
    // message, never silently to a typeset face.
    static bool isAvailable(const QString &family);
    // The font file of a bundled family, exactly as built into the
    // application; empty for any other family. Cards are written with a
    // QRawFont made from these bytes, never with whatever copy of the family
    // the system's font configuration finds, so a card comes out the same on
    // every workstation.
    static QByteArray bundledFontData(const QString &family);
    // The font a card is written with at a size in painter units: a bundled
    // family from its built-in bytes, another installed family as the font
    // database finds it (unhinted). Invalid when the family cannot be loaded.
    static QRawFont rawFont(const QString &family, double pixelSize);
    // Fills in the defaults of a style for a format's default point size.
    static HandwritingStyle resolved(HandwritingStyle style, double defaultPointSize);
};

} // namespace tw::print
