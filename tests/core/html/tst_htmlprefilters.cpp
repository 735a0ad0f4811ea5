// The pre-filters that shrink a page before gumbo parses it (io/html/HtmlPrefilters_p.h):
// raw-text elements emptied, comments dropped, plainly nested page furniture emptied.
#include "io/html/HtmlPrefilters_p.h"

#include <QTest>

class tst_HtmlPrefilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dropRawText_data();
    void dropRawText();
    void dropFurniture_data();
    void dropFurniture();
};

void tst_HtmlPrefilters::dropRawText_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("script emptied, markup in it too")
        << QByteArray("<p>a</p><script>var x = \"<p>\";</script><p>b</p>")
        << QByteArray("<p>a</p><script></script><p>b</p>");
    QTest::newRow("end tags of other elements inside a script are text")
        << QByteArray("<script>a</div>b</script>c") << QByteArray("<script></script>c");
    QTest::newRow("style emptied, its attributes kept (> in quotes)")
        << QByteArray("<style media=\"x>y\">p{color:red}</style>")
        << QByteArray("<style media=\"x>y\"></style>");
    QTest::newRow("upper-case tags") << QByteArray("<SCRIPT>x()</SCRIPT>")
                                     << QByteArray("<SCRIPT></SCRIPT>");
    QTest::newRow("JSON-LD kept whole")
        << QByteArray("<script type=\"application/ld+json\">{\"a\":\"</p>\"}</script>")
        << QByteArray("<script type=\"application/ld+json\">{\"a\":\"</p>\"}</script>");
    QTest::newRow("JSON-LD type in upper case kept")
        << QByteArray("<script type='Application/LD+JSON'>{}</script>")
        << QByteArray("<script type='Application/LD+JSON'>{}</script>");
    QTest::newRow("svg emptied") << QByteArray("<svg viewBox=\"0 0 1 1\"><path d=\"M0\"/></svg>t")
                                 << QByteArray("<svg viewBox=\"0 0 1 1\"></svg>t");
    QTest::newRow("<svg/> has no content") << QByteArray("<svg/><p>x</p>")
                                           << QByteArray("<svg/><p>x</p>");
    QTest::newRow("noscript, template, iframe")
        << QByteArray("<noscript><img src=x></noscript><template><p>t</p></template>"
                      "<iframe>f</iframe>")
        << QByteArray("<noscript></noscript><template></template><iframe></iframe>");
    QTest::newRow("longer names are not raw text")
        << QByteArray("<scripts>x</scripts><styles>y</styles>")
        << QByteArray("<scripts>x</scripts><styles>y</styles>");
    QTest::newRow("unclosed script emptied to the end") << QByteArray("<p>a<script>x")
                                                        << QByteArray("<p>a<script>");
    QTest::newRow("comment dropped") << QByteArray("a<!-- b <p>c</p> -->d")
                                     << QByteArray("ad");
    QTest::newRow("<!--> is an empty comment") << QByteArray("a<!-->b") << QByteArray("ab");
    QTest::newRow("<!---> is an empty comment") << QByteArray("a<!--->b") << QByteArray("ab");
    QTest::newRow("--!> ends a comment") << QByteArray("a<!-- x --!>b-->c")
                                         << QByteArray("ab-->c");
    QTest::newRow("unclosed comment dropped to the end") << QByteArray("a<!-- x <p>y")
                                                         << QByteArray("a");
    QTest::newRow("a script in a comment is gone with it")
        << QByteArray("a<!-- <script>x</script> -->b") << QByteArray("ab");
    QTest::newRow("CDATA and doctype stay") << QByteArray("<!DOCTYPE html><![CDATA[x]]>")
                                            << QByteArray("<!DOCTYPE html><![CDATA[x]]>");
    QTest::newRow("no markup") << QByteArray("plain < text") << QByteArray("plain < text");
}

void tst_HtmlPrefilters::dropRawText()
{
    QFETCH(QByteArray, in);
    QTEST(gloss::html::dropRawText(in), "out");
}

void tst_HtmlPrefilters::dropFurniture_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out"); // empty: unchanged

    QTest::newRow("comment thread emptied, article kept")
        << QByteArray("<div class=\"article\"><p>x</p></div>"
                      "<div class=\"comments\"><p>c</p><p>d</p></div></body>")
        << QByteArray("<div class=\"article\"><p>x</p></div><div class=\"comments\"></div>"
                      "</body>");
    QTest::newRow("share bar list")
        << QByteArray("<ul class=share><li><a href=/f>f</a></li><li>t</li></ul>y")
        << QByteArray("<ul class=share></ul>y");
    QTest::newRow("by id")
        << QByteArray("<aside id=\"newsletter-signup\"><form-ish>x</form-ish></aside>y")
        << QByteArray("<aside id=\"newsletter-signup\"></aside>y");
    QTest::newRow("nested furniture: the outer one")
        << QByteArray("<section class=comments><div class=comment><p>a</p></div></section>z")
        << QByteArray("<section class=comments></section>z");
    QTest::newRow("paragraphs left open close as the parser closes them")
        << QByteArray("<div id=related><p>a<p>b</div>x") << QByteArray("<div id=related></div>x");
    QTest::newRow("list items left open")
        << QByteArray("<ul class=promo><li>a<li>b</ul>x") << QByteArray("<ul class=promo></ul>x");
    QTest::newRow("void elements inside")
        << QByteArray("<div class=social><img src=a><br>x<hr/></div>y")
        << QByteArray("<div class=social></div>y");
    QTest::newRow("emptied script inside")
        << QByteArray("<div class=promo><script></script><p>a</p></div>y")
        << QByteArray("<div class=promo></div>y");

    QTest::newRow("byline kept") << QByteArray("<div class=\"byline share\"><p>x</p></div>")
                                 << QByteArray();
    QTest::newRow("author block kept")
        << QByteArray("<div class=\"author-social\"><a>x</a></div>") << QByteArray();
    QTest::newRow("itemprop on the root kept")
        << QByteArray("<div class=comments itemprop=x><p>a</p></div>") << QByteArray();
    QTest::newRow("itemprop inside kept")
        << QByteArray("<div class=comments><span itemprop=author>a</span></div>")
        << QByteArray();
    QTest::newRow("headline inside kept") << QByteArray("<div class=promo><h1>T</h1></div>")
                                          << QByteArray();
    QTest::newRow("misnested markup kept")
        << QByteArray("<div class=social><b><i>x</b></i></div>") << QByteArray();
    QTest::newRow("self-closing root (an open tag in HTML) kept")
        << QByteArray("<div class=\"promo\"/><p>x</p></div>") << QByteArray();
    QTest::newRow("unquoted value takes the slash: an open div, emptied")
        << QByteArray("<div class=promo/><p>x</p></div>y")
        << QByteArray("<div class=promo/></div>y");
    QTest::newRow("end tag at the very end of the input kept")
        << QByteArray("<div class=comments><p>a</p></div>") << QByteArray();
    QTest::newRow("self-closing div inside kept")
        << QByteArray("<div class=promo><div/>x</div>") << QByteArray();
    QTest::newRow("script with content inside kept")
        << QByteArray("<div class=promo><script>x()</script></div>") << QByteArray();
    QTest::newRow("table in an open paragraph (quirks mode decides) kept")
        << QByteArray("<div class=promo><p>a<table></table></div>") << QByteArray();
    QTest::newRow("unclosed root kept") << QByteArray("<div class=comments><p>a")
                                        << QByteArray();
    QTest::newRow("character reference in class kept")
        << QByteArray("<div class=\"comments&#32;x\"><p>a</p></div>") << QByteArray();
    QTest::newRow("weak hint (menu) kept") << QByteArray("<div class=menu><p>a</p></div>")
                                           << QByteArray();
    QTest::newRow("not a root element (span) kept")
        << QByteArray("<span class=comment>x</span>") << QByteArray();
    QTest::newRow("commentary is not a comment")
        << QByteArray("<div class=commentary><p>a</p></div>") << QByteArray();
    QTest::newRow("inside a script it is text")
        << QByteArray("<script><div class=comments>x</div></script>") << QByteArray();
    QTest::newRow("plaintext ends the markup")
        << QByteArray("<plaintext><div class=comments>a</div>") << QByteArray();
}

void tst_HtmlPrefilters::dropFurniture()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(gloss::html::dropFurniture(in), out.isEmpty() ? in : out);
}

QTEST_GUILESS_MAIN(tst_HtmlPrefilters)
#include "tst_htmlprefilters.moc"
