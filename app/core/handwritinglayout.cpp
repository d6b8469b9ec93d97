#include "handwritinglayout.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tw::core {

namespace {

// How much a hand varies, in proportion to the letter size where it is a
// length. Small enough to read as one person's steady writing, large enough
// that no two letters are the same.
constexpr double kGlyphScale = 0.05;     // size, ±5 %
constexpr double kGlyphAngle = 2.5;      // degrees
constexpr double kWordAngle = 1.2;       // degrees, a word leans as a whole
constexpr double kCardSlant = 1.0;       // degrees, the writer's own lean
constexpr double kGlyphBaseline = 0.045; // of the size
constexpr double kWordBaseline = 0.045;  // of the size
// Letters of a word sit a little closer than the font sets them, by a varying
// amount, and never further apart: in a PDF any gap inside a word can be taken
// for a space when the text is extracted or searched.
constexpr double kGlyphTightMin = 0.006;  // of the size
constexpr double kGlyphTightMax = 0.045;  // of the size
constexpr double kWordSpacing = 0.3;      // of a space
constexpr double kLineSlope = 0.9;        // degrees
constexpr double kCardSlope = 0.7;        // degrees, the whole card runs up or down hill
constexpr double kMaxLineDrop = 0.25;     // of the line height, over the whole width
constexpr double kLineSpacing = 0.05;     // of the line height
constexpr double kMarginWander = 0.12;    // of the size, per line
constexpr double kMarginMax = 0.55;       // of the size
constexpr double kBlankLine = 0.6;        // of the line height: a paragraph break
constexpr double kSignatureGap = 1.3;     // line heights above the signature
constexpr double kSignatureIndent = 0.42; // of the width

struct Unit
{
    qsizetype start = 0; // in the whole text
    qsizetype length = 0;
    double advance = 0;
    double scale = 1;
    double angle = 0;
    double baselineOffset = 0;
    double ink = 0;
};

struct Word
{
    QList<Unit> units;
    double width = 0;
    double spaceBefore = 0; // when it is not the first on its line
    qsizetype start = 0;
    qsizetype end = 0; // one past the last character
};

struct PendingLine
{
    QList<qsizetype> wordIndexes; // into the paragraph's words
    qsizetype start = 0;
    qsizetype end = 0;
};

class Writer
{
public:
    Writer(QStringView text, const HandwritingLayout::Options &options,
           const HandwritingLayout::MeasureFunction &measure)
        : m_text(text)
        , m_options(options)
        , m_measure(measure)
        , m_random(options.seed ^ 0x5eed'cafe'f00d'd00dULL)
    {
        const double size = std::max(options.pointSize, 1.0);
        m_size = size;
        m_lineHeight = options.lineHeight > 0 ? options.lineHeight : size * 1.3;
        m_cardSlant = m_random.symmetric() * kCardSlant;
        m_cardSlope = m_random.symmetric() * kCardSlope;
        m_margin = m_random.uniform() * kMarginMax * size * 0.5;
        m_spaceWidth = measure(u" ");
        if (!(m_spaceWidth > 0))
            m_spaceWidth = size * 0.25;
    }

    HandwritingLayout::Result run()
    {
        // Paragraphs are the text's own lines; a blank one leaves a gap.
        qsizetype start = 0;
        bool first = true;
        while (start <= m_text.size()) {
            qsizetype end = m_text.indexOf(u'\n', start);
            if (end < 0)
                end = m_text.size();
            QStringView paragraph = m_text.mid(start, end - start);
            if (paragraph.endsWith(u'\r'))
                paragraph.chop(1);
            if (paragraph.trimmed().isEmpty()) {
                if (!first)
                    m_pendingGap += kBlankLine;
            } else {
                writeParagraph(paragraph, start, false);
                first = false;
            }
            start = end + 1;
        }
        const QString signature = m_options.signature.trimmed();
        if (!signature.isEmpty()) {
            m_signatureText = signature;
            m_pendingGap = std::max(m_pendingGap, 0.0) + (kSignatureGap - 1.0);
            writeParagraph(signature, 0, true);
        }
        if (!m_result.fits) {
            QString rest = m_text.mid(std::min(m_overflowStart, m_text.size())).trimmed().toString();
            if (m_overflowInSignature)
                rest = signature;
            else if (!signature.isEmpty())
                rest += u'\n' + signature;
            m_result.overflowText = rest;
        }
        return m_result;
    }

private:
    Word readWord(QStringView paragraph, qsizetype offset, qsizetype from, qsizetype to)
    {
        Word word;
        word.start = offset + from;
        word.end = offset + to;
        const double wordAngle = m_random.symmetric() * kWordAngle;
        const double wordBaseline = m_random.symmetric() * kWordBaseline * m_size;
        const double wordInk = m_random.symmetric() * 0.4;
        const QStringView letters = paragraph.mid(from, to - from);
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, letters.data(), letters.size());
        qsizetype previous = 0;
        for (qsizetype next = graphemes.toNextBoundary(); next > 0; next = graphemes.toNextBoundary()) {
            Unit unit;
            unit.start = offset + from + previous;
            unit.length = next - previous;
            unit.scale = 1.0 + m_random.symmetric() * kGlyphScale;
            unit.angle = m_cardSlant + wordAngle + m_random.symmetric() * kGlyphAngle;
            unit.baselineOffset = wordBaseline + m_random.symmetric() * kGlyphBaseline * m_size;
            unit.ink = std::clamp(wordInk + m_random.symmetric() * 0.6, -1.0, 1.0);
            const double natural = m_measure(letters.mid(previous, next - previous));
            const double tight
                = kGlyphTightMin + (m_random.symmetric() + 1.0) / 2.0 * (kGlyphTightMax - kGlyphTightMin);
            unit.advance = std::max(natural * unit.scale * 0.8, natural * unit.scale - tight * m_size);
            word.width += unit.advance;
            word.units.append(unit);
            previous = next;
        }
        word.spaceBefore = m_spaceWidth * (1.0 + m_random.symmetric() * kWordSpacing);
        return word;
    }

    // A word wider than a whole line is split between letters, as a writer
    // runs out of card would.
    QList<Word> splitWord(const Word &word, double available) const
    {
        QList<Word> pieces;
        Word piece;
        piece.spaceBefore = word.spaceBefore;
        for (const Unit &unit : word.units) {
            if (!piece.units.isEmpty() && piece.width + unit.advance > available) {
                piece.end = unit.start;
                pieces.append(piece);
                piece = Word();
                piece.spaceBefore = 0;
            }
            if (piece.units.isEmpty())
                piece.start = unit.start;
            piece.units.append(unit);
            piece.width += unit.advance;
        }
        piece.end = word.end;
        pieces.append(piece);
        return pieces;
    }

    void writeParagraph(QStringView paragraph, qsizetype offset, bool signature)
    {
        QList<Word> words;
        qsizetype i = 0;
        while (i < paragraph.size()) {
            while (i < paragraph.size() && paragraph.at(i).isSpace())
                ++i;
            const qsizetype from = i;
            while (i < paragraph.size() && !paragraph.at(i).isSpace())
                ++i;
            if (i > from)
                words.append(readWord(paragraph, offset, from, i));
        }

        QList<Word> line;
        double lineWidth = 0;
        double lineX = nextMargin();
        if (signature) {
            double total = 0;
            for (const Word &word : std::as_const(words))
                total += word.width + (total > 0 ? word.spaceBefore : 0);
            const double preferred = m_options.width * (kSignatureIndent + m_random.symmetric() * 0.05);
            lineX = std::clamp(m_options.width - total - m_size * 0.5, lineX, std::max(lineX, preferred));
        }
        auto flush = [&] {
            emitLine(line, lineX, lineWidth, signature);
            line.clear();
            lineWidth = 0;
            lineX = nextMargin();
        };
        for (const Word &word : std::as_const(words)) {
            const double available = m_options.width - lineX;
            const double needed = line.isEmpty() ? word.width : lineWidth + word.spaceBefore + word.width;
            if (needed <= available) {
                lineWidth = needed;
                line.append(word);
                continue;
            }
            if (!line.isEmpty())
                flush();
            if (word.width <= m_options.width - lineX) {
                line.append(word);
                lineWidth = word.width;
                continue;
            }
            const QList<Word> pieces = splitWord(word, m_options.width - lineX);
            for (qsizetype p = 0; p < pieces.size(); ++p) {
                line.append(pieces.at(p));
                lineWidth = pieces.at(p).width;
                if (p + 1 < pieces.size())
                    flush();
            }
        }
        if (!line.isEmpty())
            emitLine(line, lineX, lineWidth, signature);
    }

    double nextMargin()
    {
        // The left edge wanders a little from line to line but stays put on
        // the whole: ragged, never indented by accident.
        m_margin = std::clamp(m_margin + m_random.symmetric() * kMarginWander * m_size, 0.0, kMarginMax * m_size);
        return m_margin;
    }

    void emitLine(const QList<Word> &words, double x, double width, bool signature)
    {
        ++m_result.linesNeeded;
        // A long line may not run further up or down hill than a quarter of
        // the line spacing: the lines must stay apart to be read (and to be
        // told apart when text is taken out of a PDF).
        const double maxSlope
            = std::atan(kMaxLineDrop * m_lineHeight / std::max(m_options.width, 1.0)) * 180.0 / std::numbers::pi;
        const double slope = std::clamp(m_cardSlope + m_random.symmetric() * kLineSlope, -maxSlope, maxSlope);
        double baseline = 0;
        if (m_linesPlaced == 0 && !m_anyLine) {
            baseline = m_options.ascent + m_random.symmetric() * 0.05 * m_lineHeight;
            baseline += m_pendingGap * m_lineHeight;
        } else {
            baseline = m_lastBaseline + m_lineHeight * (1.0 + m_pendingGap + m_random.symmetric() * kLineSpacing);
        }
        m_anyLine = true;
        m_pendingGap = 0;
        m_lastBaseline = baseline;
        const double drop = std::max(0.0, width * std::tan(slope * std::numbers::pi / 180.0));
        const bool fits = m_result.fits && baseline + m_options.descent + drop <= m_options.height;
        if (!fits) {
            if (m_result.fits) {
                m_result.fits = false;
                m_overflowInSignature = signature;
                m_overflowStart = words.isEmpty() ? m_text.size() : words.constFirst().start;
            }
            return;
        }
        ++m_linesPlaced;

        HandwritingLayout::Line line;
        line.signature = signature;
        line.x = x;
        line.baseline = baseline;
        line.slope = slope;
        line.width = width;
        const QStringView source = signature ? QStringView(m_signatureText) : m_text;
        const qsizetype start = words.isEmpty() ? 0 : words.constFirst().start;
        const qsizetype end = words.isEmpty() ? 0 : words.constLast().end;
        line.text = source.mid(start, end - start).toString();
        line.sourceStart = signature ? -1 : start;
        double pen = 0;
        for (qsizetype w = 0; w < words.size(); ++w) {
            const Word &word = words.at(w);
            if (w > 0)
                pen += word.spaceBefore;
            for (const Unit &unit : word.units) {
                HandwritingLayout::Glyph glyph;
                glyph.start = unit.start - start;
                glyph.length = unit.length;
                glyph.word = int(w);
                glyph.x = pen;
                glyph.baselineOffset = unit.baselineOffset;
                glyph.scale = unit.scale;
                glyph.angle = unit.angle;
                glyph.ink = unit.ink;
                line.glyphs.append(glyph);
                pen += unit.advance;
            }
        }
        m_result.lines.append(line);
    }

    QStringView m_text;
    const HandwritingLayout::Options &m_options;
    const HandwritingLayout::MeasureFunction &m_measure;
    HandwritingLayout::Random m_random;
    HandwritingLayout::Result m_result;
    QString m_signatureText;
    double m_size = 0;
    double m_lineHeight = 0;
    double m_cardSlant = 0;
    double m_cardSlope = 0;
    double m_margin = 0;
    double m_spaceWidth = 0;
    double m_pendingGap = 0;
    double m_lastBaseline = 0;
    int m_linesPlaced = 0;
    bool m_anyLine = false;
    bool m_overflowInSignature = false;
    qsizetype m_overflowStart = 0;
};

} // namespace

quint64 HandwritingLayout::Random::next()
{
    m_state += 0x9e3779b97f4a7c15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double HandwritingLayout::Random::uniform()
{
    // The top 53 bits make an exactly representable double in [0, 1).
    return double(next() >> 11) * (1.0 / 9007199254740992.0);
}

double HandwritingLayout::Random::symmetric()
{
    return uniform() + uniform() - 1.0;
}

HandwritingLayout::Result HandwritingLayout::layout(QStringView text, const Options &options,
                                                    const MeasureFunction &measure)
{
    Writer writer(text, options, measure);
    return writer.run();
}

} // namespace tw::core
