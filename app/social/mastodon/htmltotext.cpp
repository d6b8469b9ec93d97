#include "htmltotext.h"

#include <QHash>
#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::social {

namespace {

constexpr int kMaxBlankLines = 2; // a paragraph break; more says nothing more

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Characters a feed row must never carry: C0/C1 controls (line breaks and tabs
// are handled as white space before this) and the bidirectional embedding,
// override and isolate controls that can make text display as something else.
bool isUnsafe(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

const QHash<QString, char32_t> &namedEntities()
{
    // What Mastodon and other fediverse servers are seen to send; the sanitiser
    // of Mastodon itself emits only the first five and numeric references.
    static const QHash<QString, char32_t> table{
        {u"amp"_s, U'&'},     {u"lt"_s, U'<'},       {u"gt"_s, U'>'},      {u"quot"_s, U'"'},    {u"apos"_s, U'\''},
        {u"nbsp"_s, 0xA0},    {u"hellip"_s, 0x2026}, {u"mdash"_s, 0x2014}, {u"ndash"_s, 0x2013}, {u"lsquo"_s, 0x2018},
        {u"rsquo"_s, 0x2019}, {u"ldquo"_s, 0x201C},  {u"rdquo"_s, 0x201D}, {u"laquo"_s, 0xAB},   {u"raquo"_s, 0xBB},
        {u"copy"_s, 0xA9},    {u"reg"_s, 0xAE},      {u"trade"_s, 0x2122}, {u"euro"_s, 0x20AC},  {u"pound"_s, 0xA3},
        {u"yen"_s, 0xA5},     {u"cent"_s, 0xA2},     {u"deg"_s, 0xB0},     {u"middot"_s, 0xB7},  {u"bull"_s, 0x2022},
        {u"times"_s, 0xD7},   {u"divide"_s, 0xF7},   {u"zwj"_s, 0x200D},   {u"zwnj"_s, 0x200C},  {u"shy"_s, 0xAD},
        {u"iexcl"_s, 0xA1},   {u"iquest"_s, 0xBF},   {u"eacute"_s, 0xE9},  {u"egrave"_s, 0xE8},  {u"agrave"_s, 0xE0},
        {u"aacute"_s, 0xE1},  {u"uuml"_s, 0xFC},     {u"ouml"_s, 0xF6},    {u"auml"_s, 0xE4},    {u"szlig"_s, 0xDF},
        {u"ccedil"_s, 0xE7},  {u"ntilde"_s, 0xF1},   {u"Eacute"_s, 0xC9},  {u"Uuml"_s, 0xDC},    {u"Ouml"_s, 0xD6},
        {u"Auml"_s, 0xC4},
    };
    return table;
}

// HTML allows these few without the closing semicolon in running text.
bool mayOmitSemicolon(QStringView name)
{
    return name == u"amp" || name == u"lt" || name == u"gt" || name == u"quot" || name == u"nbsp";
}

void appendCodePoint(QString &out, char32_t c)
{
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = 0xFFFD;
    out += QString::fromUcs4(&c, 1);
}

// Decodes character references; anything that is not one stays as written.
QString decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();

    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out += c;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        if (j < text.size() && text.at(j) == u'#') {
            ++j;
            const bool hex = j < text.size() && (text.at(j) == u'x' || text.at(j) == u'X');
            if (hex)
                ++j;
            const qsizetype digitsStart = j;
            while (j < text.size() && j - digitsStart < 8
                   && (hex ? text.at(j).isDigit() || (text.at(j).toLower() >= u'a' && text.at(j).toLower() <= u'f')
                           : text.at(j).isDigit())
                   && text.at(j).unicode() < 0x80) {
                ++j;
            }
            if (j == digitsStart) {
                out += c;
                ++i;
                continue;
            }
            bool ok = false;
            const uint value = text.mid(digitsStart, j - digitsStart).toUInt(&ok, hex ? 16 : 10);
            appendCodePoint(out, ok ? char32_t(value) : char32_t(0xFFFD));
            if (j < text.size() && text.at(j) == u';')
                ++j;
            i = j;
            continue;
        }
        while (j < text.size() && j - i <= 10 && (isAsciiLetter(text.at(j)) || text.at(j).isDigit()))
            ++j;
        const QStringView name = text.mid(i + 1, j - i - 1);
        const bool semicolon = j < text.size() && text.at(j) == u';';
        const auto found = namedEntities().constFind(name.toString());
        if (!name.isEmpty() && found != namedEntities().constEnd() && (semicolon || mayOmitSemicolon(name))) {
            appendCodePoint(out, found.value());
            i = semicolon ? j + 1 : j;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

struct Tag
{
    QString name; // lower case
    bool closing = false;
    bool selfClosing = false;           // "<svg/>": nothing inside to skip
    QHash<QString, QString> attributes; // names in lower case, values decoded
};

// Reads the tag that starts at html[pos] == '<' and returns the index after its
// '>' (or the end), honouring quoted attribute values that contain '>'.
qsizetype readTag(QStringView html, qsizetype pos, Tag &tag)
{
    qsizetype i = pos + 1;
    if (i < html.size() && html.at(i) == u'/') {
        tag.closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < html.size() && !isHtmlSpace(html.at(i)) && html.at(i) != u'>' && html.at(i) != u'/')
        ++i;
    tag.name = html.mid(nameStart, i - nameStart).toString().toLower();

    while (i < html.size() && html.at(i) != u'>') {
        const QChar c = html.at(i);
        if (isHtmlSpace(c) || c == u'/') {
            if (c == u'/' && i + 1 < html.size() && html.at(i + 1) == u'>')
                tag.selfClosing = true;
            ++i;
            continue;
        }
        const qsizetype attrStart = i;
        while (i < html.size() && !isHtmlSpace(html.at(i)) && html.at(i) != u'=' && html.at(i) != u'>'
               && html.at(i) != u'/') {
            ++i;
        }
        const QString attrName = html.mid(attrStart, i - attrStart).toString().toLower();
        while (i < html.size() && isHtmlSpace(html.at(i)))
            ++i;
        QString value;
        if (i < html.size() && html.at(i) == u'=') {
            ++i;
            while (i < html.size() && isHtmlSpace(html.at(i)))
                ++i;
            if (i < html.size() && (html.at(i) == u'"' || html.at(i) == u'\'')) {
                const QChar quote = html.at(i);
                const qsizetype valueStart = ++i;
                while (i < html.size() && html.at(i) != quote)
                    ++i;
                value = decodeEntities(html.mid(valueStart, i - valueStart));
                if (i < html.size())
                    ++i;
            } else {
                const qsizetype valueStart = i;
                while (i < html.size() && !isHtmlSpace(html.at(i)) && html.at(i) != u'>')
                    ++i;
                value = decodeEntities(html.mid(valueStart, i - valueStart));
            }
        }
        if (!attrName.isEmpty() && !tag.attributes.contains(attrName))
            tag.attributes.insert(attrName, value);
    }
    return i < html.size() ? i + 1 : i;
}

bool hasClass(const Tag &tag, QLatin1StringView cls)
{
    const QString classes = tag.attributes.value(u"class"_s);
    for (const QStringView item : QStringView(classes).split(u' ', Qt::SkipEmptyParts)) {
        if (item.compare(cls, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Collects text with HTML's white-space rules: runs of spaces collapse, breaks
// are held back until more text follows, so there are none at either end.
class TextWriter
{
public:
    void text(QStringView s, bool preformatted)
    {
        for (qsizetype i = 0; i < s.size(); ++i) {
            const QChar c = s.at(i);
            if (isHtmlSpace(c)) {
                if (!preformatted) {
                    m_pendingSpace = true;
                } else if (c == u'\n') {
                    lineBreak();
                } else if (c != u'\r') {
                    put(U' ');
                }
                continue;
            }
            if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
                put(QChar::surrogateToUcs4(c, s.at(i + 1)));
                ++i;
                continue;
            }
            put(c.unicode());
        }
    }

    void lineBreak()
    {
        m_pendingBreaks = std::min(m_pendingBreaks + 1, kMaxBlankLines);
        m_pendingSpace = false;
    }

    void blockBreak(int breaks)
    {
        m_pendingBreaks = std::max(m_pendingBreaks, std::min(breaks, kMaxBlankLines));
        m_pendingSpace = false;
    }

    QString result() const { return m_out; }

private:
    void put(char32_t c)
    {
        if (isUnsafe(c))
            return;
        if (!m_out.isEmpty()) {
            if (m_pendingBreaks > 0) {
                while (m_out.endsWith(u' '))
                    m_out.chop(1);
                m_out += QString(m_pendingBreaks, u'\n');
            } else if (m_pendingSpace && !m_out.endsWith(u'\n') && !m_out.endsWith(u' ')) {
                m_out += u' ';
            }
        }
        m_pendingBreaks = 0;
        m_pendingSpace = false;
        m_out += QString::fromUcs4(&c, 1);
    }

    QString m_out;
    int m_pendingBreaks = 0;
    bool m_pendingSpace = false;
};

int blockBreaksFor(const QString &name)
{
    static const QHash<QString, int> blocks{
        {u"p"_s, 2},     {u"blockquote"_s, 2}, {u"pre"_s, 2},     {u"ul"_s, 2},      {u"ol"_s, 2}, {u"h1"_s, 2},
        {u"h2"_s, 2},    {u"h3"_s, 2},         {u"h4"_s, 2},      {u"h5"_s, 2},      {u"h6"_s, 2}, {u"hr"_s, 2},
        {u"table"_s, 2}, {u"figure"_s, 2},     {u"div"_s, 1},     {u"li"_s, 1},      {u"tr"_s, 1}, {u"dt"_s, 1},
        {u"dd"_s, 1},    {u"figcaption"_s, 1}, {u"section"_s, 1}, {u"article"_s, 1},
    };
    return blocks.value(name, 0);
}

// Elements whose content is not text for people (or never came from Mastodon's
// sanitiser): skipped up to their end tag.
bool isSkippedContainer(const QString &name)
{
    return name == u"script"_s || name == u"style"_s || name == u"template"_s || name == u"title"_s
        || name == u"textarea"_s || name == u"noscript"_s || name == u"iframe"_s || name == u"object"_s
        || name == u"svg"_s || name == u"math"_s;
}

qsizetype skipPast(QStringView html, qsizetype from, QStringView marker)
{
    const qsizetype at = html.indexOf(marker, from, Qt::CaseInsensitive);
    return at < 0 ? html.size() : at + marker.size();
}

} // namespace

QString HtmlToText::convert(QStringView html)
{
    struct Span
    {
        bool invisible = false;
        bool ellipsis = false;
    };

    TextWriter writer;
    QList<Span> spans;
    int hiddenDepth = 0;
    int preDepth = 0;

    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c != u'<') {
            qsizetype end = html.indexOf(u'<', i);
            if (end < 0)
                end = html.size();
            if (hiddenDepth == 0)
                writer.text(decodeEntities(html.mid(i, end - i)), preDepth > 0);
            i = end;
            continue;
        }

        const QChar next = i + 1 < html.size() ? html.at(i + 1) : QChar();
        if (html.mid(i).startsWith(u"<!--")) {
            i = skipPast(html, i + 4, u"-->");
            continue;
        }
        if (next == u'!' || next == u'?') {
            i = skipPast(html, i + 2, u">");
            continue;
        }
        const bool startsTag
            = isAsciiLetter(next) || (next == u'/' && i + 2 < html.size() && isAsciiLetter(html.at(i + 2)));
        if (!startsTag) {
            if (hiddenDepth == 0)
                writer.text(u"<", preDepth > 0);
            ++i;
            continue;
        }

        Tag tag;
        i = readTag(html, i, tag);

        if (!tag.closing && !tag.selfClosing && isSkippedContainer(tag.name)) {
            i = skipPast(html, i, QString(u"</"_s + tag.name));
            i = skipPast(html, i, u">");
            continue;
        }

        if (tag.name == u"span"_s) {
            if (!tag.closing) {
                Span span{hasClass(tag, "invisible"_L1), hasClass(tag, "ellipsis"_L1)};
                spans.append(span);
                if (span.invisible)
                    ++hiddenDepth;
            } else if (!spans.isEmpty()) {
                const Span span = spans.takeLast();
                if (span.invisible)
                    --hiddenDepth;
                else if (span.ellipsis && hiddenDepth == 0)
                    writer.text(u"…", false);
            }
            continue;
        }

        if (hiddenDepth > 0)
            continue;

        if (tag.name == u"br"_s) {
            writer.lineBreak();
            continue;
        }
        if (tag.name == u"pre"_s)
            preDepth = std::max(0, preDepth + (tag.closing ? -1 : 1));
        if (tag.name == u"img"_s && !tag.closing) {
            // Only the description is kept; the image itself is never fetched.
            const QString alt = tag.attributes.value(u"alt"_s);
            if (!alt.isEmpty())
                writer.text(alt, false);
            continue;
        }
        if (const int breaks = blockBreaksFor(tag.name); breaks > 0) {
            writer.blockBreak(breaks);
            if (tag.name == u"li"_s && !tag.closing)
                writer.text(u"• ", true);
            continue;
        }
        if (tag.name == u"td"_s || tag.name == u"th"_s)
            writer.text(u" ", false);
    }
    return writer.result();
}

} // namespace tw::social
