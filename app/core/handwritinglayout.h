#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>

namespace tw::core {

// Where every letter of a handwritten card goes: lines broken to a width, left
// aligned and ragged, each glyph with its own small change of size, angle,
// baseline and spacing, each line drifting and sloping a little. Pure maths
// over a width callback, so it runs without fonts; the same seed always gives
// the same page (its own random sequence, identical on every platform and
// library version), another seed another page.
class HandwritingLayout
{
public:
    // splitmix64: tiny, fast and fully specified, unlike the std::
    // distributions whose output differs between library versions.
    class Random
    {
    public:
        explicit Random(quint64 seed)
            : m_state(seed)
        {
        }
        quint64 next();
        double uniform();   // [0, 1)
        double symmetric(); // [-1, 1), bell-shaped (the mean of two uniforms), centred on 0

    private:
        quint64 m_state;
    };

    // Advance width of a piece of text (one letter, or a space) at the nominal
    // size, in points.
    using MeasureFunction = std::function<double(QStringView)>;

    struct Options
    {
        double width = 0;      // of the writing area, points
        double height = 0;     // of the writing area, points
        double pointSize = 0;  // nominal; the variations are in proportion to it
        double lineHeight = 0; // baseline to baseline
        double ascent = 0;     // from the top of the area to the first baseline
        double descent = 0;    // below the last baseline, must stay inside the area
        quint64 seed = 0;
        QString signature; // written on its own line after the text, towards the right
    };

    struct Glyph
    {
        qsizetype start = 0;       // in the line's text
        qsizetype length = 1;      // one grapheme
        int word = 0;              // which word of the line it belongs to
        double x = 0;              // pen position along the line, points
        double baselineOffset = 0; // from the line's baseline, points, positive downwards
        double scale = 1;          // of the nominal size
        double angle = 0;          // degrees, clockwise
        double ink = 0;            // -1 (lighter) to 1 (darker)
    };

    struct Line
    {
        QString text;
        qsizetype sourceStart = 0; // where the line's text starts in the laid-out text
        double x = 0;              // left end of the line in the writing area, points
        double baseline = 0;       // at the line's left end, points from the area's top
        double slope = 0;          // degrees, clockwise (positive runs downhill)
        double width = 0;          // of the written text, points
        bool signature = false;
        QList<Glyph> glyphs; // spaces have none
    };

    struct Result
    {
        QList<Line> lines; // those that fit, in order
        bool fits = true;
        int linesNeeded = 0;  // including the signature's
        QString overflowText; // what does not fit, when it does not
    };

    static Result layout(QStringView text, const Options &options, const MeasureFunction &measure);
};

} // namespace tw::core
