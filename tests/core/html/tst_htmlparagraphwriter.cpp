// The paragraph writer of the HTML extractor (io/html/HtmlParagraphWriter_p.h) and the text
// sink it writes through (HtmlText_p.h): paragraph breaks, white space, quotation marks, what
// is left out.
#include "HtmlTestPage.h"
#include "io/html/HtmlParagraphWriter_p.h"
#include "io/html/HtmlScoring_p.h"
#include "io/html/HtmlText_p.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gloss::HtmlArticle;
using gloss::HtmlExtractor;
using gloss::test::HtmlTestPage;

class tst_HtmlParagraphWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paragraphs_data();
    void paragraphs();
    void textSink_data();
    void textSink();
    void textOf();
};

void tst_HtmlParagraphWriter::paragraphs_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("fragment");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QStringList>("paragraphs"); // "B|", "H|", "Q|" or "C|" (kind), the text

    const QString none;
    QTest::newRow("one paragraph per block") << u"<p>One.</p><div>Two.</div><p>Three.</p>"_s
                                             << false << none << none
                                             << QStringList{u"B|One."_s, u"B|Two."_s,
                                                            u"B|Three."_s};
    QTest::newRow("white space collapsed")
        << u"<p>  Many \n\t spaces   here,\r\n really. </p>"_s << false << none << none
        << QStringList{u"B|Many spaces here, really."_s};
    QTest::newRow("no-break space, soft hyphen, zero-width space")
        << u"<p>Non&nbsp;breaking, soft&shy;ware, zero&#8203;width.</p>"_s << false << none
        << none << QStringList{u"B|Non breaking, software, zerowidth."_s};
    QTest::newRow("inline elements do not split words")
        << u"<p>Bo<b>ld</b> and <i>it</i>alic <a href=/x>link</a>.</p>"_s << false << none
        << none << QStringList{u"B|Bold and italic link."_s};
    QTest::newRow("one <br> is a space, two end a paragraph")
        << u"<div>First line of text.<br>Same paragraph.<br><br>Second paragraph.</div>"_s
        << false << none << none
        << QStringList{u"B|First line of text. Same paragraph."_s, u"B|Second paragraph."_s};
    QTest::newRow("<q> gets curly quotes, nested ones single")
        << u"<p>She said <q>he told me <q>no</q> twice</q>.</p>"_s << false << none << none
        << QStringList{u"B|She said \u201Che told me \u2018no\u2019 twice\u201D."_s};
    QTest::newRow("<q> already quoted keeps its marks")
        << u"<p>He said <q>\u201CYes\u201D</q>.</p>"_s << false << none << none
        << QStringList{u"B|He said \u201CYes\u201D."_s};
    QTest::newRow("block quote: quote marks and its kind")
        << u"<p>Intro sentence.</p><blockquote><p>We will win.</p>"
           "<p>\u201CAlready quoted.\u201D</p></blockquote>"_s
        << false << none << none
        << QStringList{u"B|Intro sentence."_s, u"Q|\u201CWe will win.\u201D"_s,
                       u"Q|\u201CAlready quoted.\u201D"_s};
    QTest::newRow("<pre>: code as written, a paragraph of its own")
        << u"<p>Run this code, then wait:</p>"
           "<pre><code>if (x) {\n    say(\"hi\");  \n\n}</code></pre><p>Then stop.</p>"_s
        << false << none << none
        << QStringList{u"B|Run this code, then wait:"_s, u"C|if (x) {\n    say(\"hi\");\n}"_s,
                       u"B|Then stop."_s};
    QTest::newRow("<pre> with <br>, tabs and a leading line break")
        << u"<p>Intro sentence here.</p><pre>\nline one<br>\tline two</pre>"_s << false << none
        << none << QStringList{u"B|Intro sentence here."_s, u"C|line one\n    line two"_s};
    QTest::newRow("an empty <pre> writes nothing")
        << u"<p>Intro sentence here.</p><pre>  \n </pre>"_s << false << none << none
        << QStringList{u"B|Intro sentence here."_s};
    QTest::newRow("headings")
        << u"<p>Intro sentence here.</p><h2>Section <em>two</em></h2><p>Body text.</p>"_s
        << false << none << none
        << QStringList{u"B|Intro sentence here."_s, u"H|Section two"_s, u"B|Body text."_s};
    QTest::newRow("h1 left out of a page (the headline comes from the metadata)")
        << u"<h1>Headline</h1><p>Body text.</p>"_s << false << none << none
        << QStringList{u"B|Body text."_s};
    QTest::newRow("the headline as a paragraph left out")
        << u"<p>Storm Hits</p><p>Body text.</p>"_s << false << u"Storm hits"_s << none
        << QStringList{u"B|Body text."_s};
    QTest::newRow("the headline in front of loose text taken off")
        << u"<div>Storm hits The storm hit the coast on Monday.</div>"_s << false
        << u"Storm hits"_s << none << QStringList{u"B|The storm hit the coast on Monday."_s};
    QTest::newRow("byline left out")
        << u"<p>By Jane Doe</p><p>Jane Doe, Reuters</p><p>Text one.</p>"_s << false << none
        << u"Jane Doe"_s << QStringList{u"B|Text one."_s};
    QTest::newRow("the author quoted in a heading stays")
        << u"<p>Text one.</p><h2>By Jane Doe</h2>"_s << false << none << u"Jane Doe"_s
        << QStringList{u"B|Text one."_s, u"H|By Jane Doe"_s};
    QTest::newRow("boilerplate left out")
        << u"<p>ADVERTISEMENT</p><p>Real text.</p><p>Read more</p><p>Anzeige</p>"_s << false
        << none << none << QStringList{u"B|Real text."_s};
    QTest::newRow("a repeated paragraph written once")
        << u"<p>Same text.</p><p>Other text.</p><p>Same text.</p>"_s << false << none << none
        << QStringList{u"B|Same text."_s, u"B|Other text."_s};
    QTest::newRow("copyright lines left out")
        << u"<p>Text.</p><p>\u00A9 2025 Example</p><p>Copyright Example Ltd</p>"
           "<p>(c) Example</p>"_s
        << false << none << none << QStringList{u"B|Text."_s};
    QTest::newRow("a kicker above a page's article left out")
        << u"<p>World news</p><p>Text here.</p><p>Short line</p>"_s << false << none << none
        << QStringList{u"B|Text here."_s, u"B|Short line"_s};
    QTest::newRow("a fragment keeps its first short line")
        << u"<p>World news</p><p>Text here.</p>"_s << true << none << none
        << QStringList{u"B|World news"_s, u"B|Text here."_s};
    QTest::newRow("furniture by class left out of a page")
        << u"<p>Text.</p><div class=share-tools>Share on X</div><p>More.</p>"_s << false
        << none << none << QStringList{u"B|Text."_s, u"B|More."_s};
    QTest::newRow("link lists left out of a page")
        << u"<p>Text.</p><ul><li><a href=/a>Link one</a></li><li><a href=/b>Link two</a>"
           "</li></ul>"_s
        << false << none << none << QStringList{u"B|Text."_s};
    QTest::newRow("a fragment keeps link lists and h1")
        << u"<h1>Title</h1><ul><li><a href=/a>Link one</a></li></ul>"_s << true << none << none
        << QStringList{u"H|Title"_s, u"B|Link one"_s};
    QTest::newRow("hidden text, scripts and forms left out")
        << u"<p>Text.<span hidden>secret</span><script>x()</script></p>"
           "<form><p>Sign up</p></form>"_s
        << false << none << none << QStringList{u"B|Text."_s};
}

void tst_HtmlParagraphWriter::paragraphs()
{
    QFETCH(QString, body);
    QFETCH(bool, fragment);
    QFETCH(QString, title);
    QFETCH(QString, author);
    HtmlTestPage page(u"<html><body>"_s + body + u"</body></html>"_s);
    const gloss::html::ContentScorer scorer(page.body(), fragment ? HtmlExtractor::Mode::Fragment
                                                                  : HtmlExtractor::Mode::Page);
    gloss::html::ParagraphWriter writer(scorer, title, author);
    writer.walk(page.body(), true);
    writer.flush();
    QStringList got;
    for (const HtmlArticle::Paragraph &p : std::as_const(writer.paragraphs)) {
        const QString kind = p.kind == HtmlArticle::Kind::Heading ? u"H|"_s
                             : p.kind == HtmlArticle::Kind::Quote ? u"Q|"_s
                             : p.kind == HtmlArticle::Kind::Code  ? u"C|"_s
                                                                  : u"B|"_s;
        got << kind + p.text;
    }
    QTEST(got, "paragraphs");
}

void tst_HtmlParagraphWriter::textSink_data()
{
    QTest::addColumn<QStringList>("pieces"); // appended one after the other
    QTest::addColumn<QString>("text");
    QTest::newRow("spaces collapsed across pieces")
        << QStringList{u"  a  "_s, u" b"_s, u"c "_s, u"\n"_s} << u"a bc"_s;
    QTest::newRow("no-break space is a space") << QStringList{u"a\u00A0\u00A0b"_s} << u"a b"_s;
    QTest::newRow("soft hyphen vanishes") << QStringList{u"soft\u00ADware"_s} << u"software"_s;
    QTest::newRow("zero-width characters and BOM vanish")
        << QStringList{u"a\u200Bb\u200Cc\u200Dd\uFEFFe"_s} << u"abcde"_s;
    QTest::newRow("other non-ASCII kept") << QStringList{u"caf\u00E9 \u2014 \u201Cok\u201D"_s}
                                          << u"caf\u00E9 \u2014 \u201Cok\u201D"_s;
    QTest::newRow("only space") << QStringList{u" \t\r\n\f"_s} << QString();
}

void tst_HtmlParagraphWriter::textSink()
{
    QFETCH(QStringList, pieces);
    gloss::html::TextSink sink;
    for (const QString &piece : std::as_const(pieces))
        sink.append(piece.toStdString());
    QTEST(sink.take(), "text");
    QCOMPARE(sink.takes, std::size_t(1));
    QVERIFY(sink.buf.empty());
    sink.append("again");
    QCOMPARE(sink.take(), u"again"_s); // the sink starts afresh after take()
}

void tst_HtmlParagraphWriter::textOf()
{
    HtmlTestPage page(u"<div id=x>Head<p>para <b>bold</b></p>tail<br>end<script>no</script>"
                      "<img alt=none></div>"_s);
    QCOMPARE(gloss::html::textOf(page.byId("x")), u"Head para bold tail end"_s);
    QVERIFY(gloss::html::startsWithQuoteMark(u"\u00ABoui\u00BB"));
    QVERIFY(gloss::html::startsWithQuoteMark(u"\"plain\""));
    QVERIFY(!gloss::html::startsWithQuoteMark(u"no"));
    QVERIFY(!gloss::html::startsWithQuoteMark(u""));
}

QTEST_GUILESS_MAIN(tst_HtmlParagraphWriter)
#include "tst_htmlparagraphwriter.moc"
