#include <social/mastodon/htmltotext.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::social::HtmlToText;

class TestHtmlToText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convert_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");

        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("one paragraph") << u"<p>Lovely stay</p>"_s << u"Lovely stay"_s;
        QTest::newRow("paragraphs are separated by a blank line")
            << u"<p>Checked in.</p><p>The view!</p>"_s << u"Checked in.\n\nThe view!"_s;
        QTest::newRow("br is a line break")
            << u"<p>line one<br>line two<br />line three</p>"_s << u"line one\nline two\nline three"_s;
        QTest::newRow("br then paragraph is one blank line") << u"<p>Hi<br></p><p>Bye</p>"_s << u"Hi\n\nBye"_s;
        QTest::newRow("many br at most one blank line") << u"a<br><br><br><br>b"_s << u"a\n\nb"_s;
        QTest::newRow("no break at either end") << u"<br><p></p><p>text</p><br><p></p>"_s << u"text"_s;

        QTest::newRow("long link shows its visible part and an ellipsis")
            << u"<p>Read <a href=\"https://example.com/page/that/is/very/long\" rel=\"nofollow noopener\" "
               "target=\"_blank\"><span class=\"invisible\">https://</span><span class=\"ellipsis\">example.com/"
               "page</span><span class=\"invisible\">/that/is/very/long</span></a> now</p>"_s
            << u"Read example.com/page… now"_s;
        QTest::newRow("short link without ellipsis")
            << u"<a href=\"https://trwnh.com\"><span class=\"invisible\">https://</span><span class=\"\">trwnh.com"
               "</span><span class=\"invisible\"></span></a>"_s
            << u"trwnh.com"_s;
        QTest::newRow("plain link shows its text") << u"<a href=\"https://x.example/\">our site</a>"_s << u"our site"_s;
        QTest::newRow("mention")
            << u"<p><span class=\"h-card\" translate=\"no\"><a href=\"https://hotel.example/@anna\" "
               "class=\"u-url mention\">@<span>anna</span></a></span> thanks!</p>"_s
            << u"@anna thanks!"_s;
        QTest::newRow("hashtag") << u"<a href=\"https://hotel.example/tags/HarbourView\" class=\"mention hashtag\" "
                                    "rel=\"tag\">#<span>HarbourView</span></a>"_s
                                 << u"#HarbourView"_s;
        QTest::newRow("class list with invisible among others")
            << u"a<span class=\"foo  INVISIBLE bar\">hidden</span>b"_s << u"ab"_s;
        QTest::newRow("nested spans inside an invisible one")
            << u"x<span class=\"invisible\">a<span>b</span>c</span>y"_s << u"xy"_s;

        QTest::newRow("entities") << u"<p>Fish &amp; chips &lt;3 &quot;great&quot; &#39;ok&#39; caf&eacute; "
                                     "&#x1F600; &#8212; &hellip;</p>"_s
                                  << u"Fish & chips <3 \"great\" 'ok' café 😀 — …"_s;
        QTest::newRow("unknown entities stay as written")
            << u"AT&T &bogus; & &#; &#xZZ;"_s << u"AT&T &bogus; & &#; &#xZZ;"_s;
        QTest::newRow("amp without semicolon") << u"a &amp b"_s << u"a & b"_s;
        QTest::newRow("null reference becomes a replacement character") << u"&#0;"_s << u"\uFFFD"_s;
        QTest::newRow("no-break space is kept") << u"10&nbsp;min"_s << u"10\u00A0min"_s;

        QTest::newRow("script and style dropped with their content")
            << u"<p>hi<script>alert('x')</script></p><style>p { color: red }</style><p>there</p>"_s << u"hi\n\nthere"_s;
        QTest::newRow("image keeps only its description")
            << u"<p>look <img src=\"https://evil.example/track.png\" alt=\":blobcat:\"> here</p>"_s
            << u"look :blobcat: here"_s;
        QTest::newRow("image without description vanishes")
            << u"<p>look <img src=\"https://evil.example/track.png\"> here</p>"_s << u"look here"_s;
        QTest::newRow("other tags are removed, their text kept")
            << u"<p><strong>Great</strong> <em>pool</em> <del>cold</del></p>"_s << u"Great pool cold"_s;
        QTest::newRow("self-closing container hides nothing after it")
            << u"<p>before <svg/> after</p>"_s << u"before after"_s;
        QTest::newRow("unclosed script hides the rest") << u"<p>before</p><script>x"_s << u"before"_s;
        QTest::newRow("comments removed") << u"<p>a<!-- not shown <p> --> b</p>"_s << u"a b"_s;
        QTest::newRow("quoted attribute with angle bracket")
            << u"<a href=\"x\" title=\"a>b\">link</a> after"_s << u"link after"_s;
        QTest::newRow("a lone less-than is text") << u"<p>1 < 2 and 3 > 2</p>"_s << u"1 < 2 and 3 > 2"_s;
        QTest::newRow("unterminated tag at the end") << u"<p>text <a href="_s << u"text"_s;

        QTest::newRow("white space collapses") << u"<p>  lots \t of\n   spaces  </p>"_s << u"lots of spaces"_s;
        QTest::newRow("preformatted keeps white space") << u"<pre>line1\n  indented</pre>"_s << u"line1\n  indented"_s;
        QTest::newRow("list items") << u"<ul><li>one</li><li>two</li></ul><p>after</p>"_s << u"• one\n• two\n\nafter"_s;
        QTest::newRow("blockquote is a paragraph")
            << u"<p>said:</p><blockquote><p>great</p></blockquote>"_s << u"said:\n\ngreat"_s;
        QTest::newRow("control and bidi override characters removed")
            << u"a\u0007b\u202Ec\u0000d&#x202E;e"_s << u"abcde"_s;
        QTest::newRow("joiners in emoji stay") << u"👨\u200D👩"_s << u"👨\u200D👩"_s;

        // As Mastodon sends it (a post from its streaming documentation).
        QTest::newRow("mastodon sample")
            << u"<p>track of mine called Gravity Assist</p><p><a href=\"https://ruby.social/tags/neoclassical\" "
               "class=\"mention hashtag\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">#<span>neoclassical"
               "</span></a> (<a href=\"https://ruby.social/tags/jazz\" class=\"mention hashtag\" rel=\"nofollow "
               "noopener noreferrer\" target=\"_blank\">#<span>jazz</span></a> ish)</p><p><a href=\"https://"
               "cstudios.bandcamp.com/track/celestia-gravity-assist-no-19-var-2\" rel=\"nofollow noopener noreferrer"
               "\" target=\"_blank\"><span class=\"invisible\">https://</span><span class=\"ellipsis\">cstudios."
               "bandcamp.com/track/ce</span><span class=\"invisible\">lestia-gravity-assist-no-19-var-2</span></a>"
               "</p>"_s
            << u"track of mine called Gravity Assist\n\n#neoclassical (#jazz ish)\n\ncstudios.bandcamp.com/track/ce…"_s;
    }

    void convert()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(HtmlToText::convert(html), text);
    }

    void resultNeverContainsMarkup()
    {
        const QString html = u"<p onclick=\"x()\"><a href=\"javascript:alert(1)\">click</a><iframe "
                             "src=\"https://evil.example\">frame text</iframe><svg><text>svg</text></svg></p>"_s;
        const QString text = HtmlToText::convert(html);
        QCOMPARE(text, u"click"_s);
    }
};

QTEST_APPLESS_MAIN(TestHtmlToText)
#include "test_htmltotext.moc"
