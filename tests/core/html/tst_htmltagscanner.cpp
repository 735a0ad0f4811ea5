// The tag scanner of the HTML pre-filters (io/html/HtmlTagScanner_p.h): markup read as the HTML
// tokenizer reads it, before gumbo sees the page.
#include "io/html/HtmlTagScanner_p.h"

#include <QTest>

using gloss::html::RawTag;

class tst_HtmlTagScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanTag_data();
    void scanTag();
    void endOfTag_data();
    void endOfTag();
    void rawTextEnd_data();
    void rawTextEnd();
    void noCase_data();
    void noCase();
    void tagSets_data();
    void tagSets();
};

void tst_HtmlTagScanner::scanTag_data()
{
    QTest::addColumn<QByteArray>("markup");
    QTest::addColumn<int>("at");
    QTest::addColumn<bool>("isTag");
    QTest::addColumn<QByteArray>("rest"); // what follows the tag (or the skipped markup)
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("closing");
    QTest::addColumn<bool>("selfClosing");
    QTest::addColumn<QByteArray>("cls");
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<bool>("itemprop");
    QTest::addColumn<bool>("entity");

    const QByteArray none;
    QTest::newRow("start tag") << QByteArray("<p>text") << 0 << true << QByteArray("text")
                               << QByteArray("p") << false << false << none << none << false
                               << false;
    QTest::newRow("end tag, upper case name lowered")
        << QByteArray("</DIV>x") << 0 << true << QByteArray("x") << QByteArray("div") << true
        << false << none << none << false << false;
    QTest::newRow("> inside double quotes")
        << QByteArray("<a title=\"x > y\" class=lead>after") << 0 << true << QByteArray("after")
        << QByteArray("a") << false << false << QByteArray("lead") << none << false << false;
    QTest::newRow("> inside single quotes")
        << QByteArray("<div id='a>b' class=\"c d\">x") << 0 << true << QByteArray("x")
        << QByteArray("div") << false << false << QByteArray("c d") << QByteArray("a>b") << false
        << false;
    QTest::newRow("unquoted values")
        << QByteArray("<div class=main id=top>x") << 0 << true << QByteArray("x")
        << QByteArray("div") << false << false << QByteArray("main") << QByteArray("top")
        << false << false;
    QTest::newRow("spaces around =")
        << QByteArray("<div class = \"x\" >y") << 0 << true << QByteArray("y")
        << QByteArray("div") << false << false << QByteArray("x") << none << false << false;
    QTest::newRow("duplicate attributes: the first counts, any case")
        << QByteArray("<div class=a CLASS=b ID=c id=d>x") << 0 << true << QByteArray("x")
        << QByteArray("div") << false << false << QByteArray("a") << QByteArray("c") << false
        << false;
    QTest::newRow("attribute without value")
        << QByteArray("<input disabled class=f>x") << 0 << true << QByteArray("x")
        << QByteArray("input") << false << false << QByteArray("f") << none << false << false;
    QTest::newRow("self-closing")
        << QByteArray("<br/>x") << 0 << true << QByteArray("x") << QByteArray("br") << false
        << true << none << none << false << false;
    QTest::newRow("a lone slash inside the tag is skipped")
        << QByteArray("<div / class=x>y") << 0 << true << QByteArray("y") << QByteArray("div")
        << false << false << QByteArray("x") << none << false << false;
    QTest::newRow("itemprop")
        << QByteArray("<span itemprop=author>x") << 0 << true << QByteArray("x")
        << QByteArray("span") << false << false << none << none << true << false;
    QTest::newRow("character reference in class")
        << QByteArray("<div class=\"a&amp;b\">x") << 0 << true << QByteArray("x")
        << QByteArray("div") << false << false << QByteArray("a&amp;b") << none << false << true;
    QTest::newRow("tag at an offset")
        << QByteArray("text <b>bold</b>") << 5 << true << QByteArray("bold</b>")
        << QByteArray("b") << false << false << none << none << false << false;
    QTest::newRow("tag cut off by the end of the input")
        << QByteArray("<div class=\"lead") << 0 << true << QByteArray() << QByteArray("div")
        << false << false << QByteArray("lead") << none << false << false;
    QTest::newRow("comment: not a tag, skipped to its >")
        << QByteArray("<!-- a --><p>") << 0 << false << QByteArray("<p>") << QByteArray()
        << false << false << none << none << false << false;
    QTest::newRow("CDATA: a bogus comment")
        << QByteArray("<![CDATA[x]]>y") << 0 << false << QByteArray("y") << QByteArray()
        << false << false << none << none << false << false;
    QTest::newRow("processing instruction: a bogus comment")
        << QByteArray("<?xml version=\"1.0\"?>y") << 0 << false << QByteArray("y")
        << QByteArray() << false << false << none << none << false << false;
    QTest::newRow("unclosed comment runs to the end")
        << QByteArray("<!-- never closed") << 0 << false << QByteArray() << QByteArray()
        << false << false << none << none << false << false;
    QTest::newRow("empty end tag </>")
        << QByteArray("</>y") << 0 << false << QByteArray("y") << QByteArray() << true << false
        << none << none << false << false;
    QTest::newRow("end tag of a non-letter: a bogus comment")
        << QByteArray("</3>y") << 0 << false << QByteArray("y") << QByteArray() << true << false
        << none << none << false << false;
    QTest::newRow("< in text")
        << QByteArray("< 3 and <3") << 0 << false << QByteArray(" 3 and <3") << QByteArray()
        << false << false << none << none << false << false;
}

void tst_HtmlTagScanner::scanTag()
{
    QFETCH(QByteArray, markup);
    QFETCH(int, at);
    QFETCH(bool, isTag);
    QFETCH(QByteArray, rest);

    RawTag tag;
    tag.name = "stale"; // scanTag() starts afresh
    QCOMPARE(gloss::html::scanTag(markup, at, tag), isTag);
    QVERIFY(tag.end > at);
    QVERIFY(tag.end <= markup.size());
    QCOMPARE(markup.mid(tag.end), rest);
    QTEST(QByteArray::fromStdString(tag.name), "name");
    QTEST(tag.closing, "closing");
    QTEST(tag.selfClosing, "selfClosing");
    QTEST(QByteArray(tag.cls.data(), qsizetype(tag.cls.size())), "cls");
    QTEST(QByteArray(tag.id.data(), qsizetype(tag.id.size())), "id");
    QTEST(tag.hasItemprop, "itemprop");
    QTEST(tag.entity, "entity");
}

void tst_HtmlTagScanner::endOfTag_data()
{
    QTest::addColumn<QByteArray>("markup");
    QTest::addColumn<int>("from");
    QTest::addColumn<QByteArray>("rest");
    QTest::newRow("plain") << QByteArray("<script>x") << 7 << QByteArray("x");
    QTest::newRow("> in double quotes") << QByteArray("<script type=\"a>b\">x") << 7
                                        << QByteArray("x");
    QTest::newRow("> in single quotes") << QByteArray("<style media='a>b'>x") << 6
                                        << QByteArray("x");
    QTest::newRow("unclosed quote runs to the end") << QByteArray("<script type=\"a>x") << 7
                                                    << QByteArray();
    QTest::newRow("no >") << QByteArray("<script") << 7 << QByteArray();
}

void tst_HtmlTagScanner::endOfTag()
{
    QFETCH(QByteArray, markup);
    QFETCH(int, from);
    QFETCH(QByteArray, rest);
    QCOMPARE(markup.mid(gloss::html::endOfTag(markup, from)), rest);
}

void tst_HtmlTagScanner::rawTextEnd_data()
{
    QTest::addColumn<QByteArray>("markup");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("rest"); // from the end tag on; "-" for none
    QTest::newRow("other end tags inside are text")
        << QByteArray("a</b>c</div></script>d") << QByteArray("script")
        << QByteArray("</script>d");
    QTest::newRow("end tag in upper case") << QByteArray("x{}</STYLE>y") << QByteArray("style")
                                           << QByteArray("</STYLE>y");
    QTest::newRow("markup inside is text")
        << QByteArray("if (a<b) document.write('<p>')</script>") << QByteArray("script")
        << QByteArray("</script>");
    QTest::newRow("no end tag") << QByteArray("x</scrip") << QByteArray("script")
                                << QByteArray("-");
    QTest::newRow("empty content") << QByteArray("</textarea>") << QByteArray("textarea")
                                   << QByteArray("</textarea>");
}

void tst_HtmlTagScanner::rawTextEnd()
{
    QFETCH(QByteArray, markup);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, rest);
    const qsizetype end = gloss::html::rawTextEnd(markup, 0, name.toStdString());
    QCOMPARE(end < 0 ? QByteArray("-") : markup.mid(end), rest);
}

void tst_HtmlTagScanner::noCase_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("at");
    QTest::addColumn<QByteArray>("word");
    QTest::addColumn<bool>("startsWith");
    QTest::addColumn<bool>("equals"); // text equals word (at 0)
    QTest::newRow("same") << QByteArray("script") << 0 << QByteArray("script") << true << true;
    QTest::newRow("upper case text") << QByteArray("SCRIPT") << 0 << QByteArray("script")
                                     << true << true;
    QTest::newRow("mixed case, longer") << QByteArray("ScRiPts") << 0 << QByteArray("script")
                                        << true << false;
    QTest::newRow("at an offset") << QByteArray("</Style") << 2 << QByteArray("style") << true
                                  << false;
    QTest::newRow("past the end") << QByteArray("</sty") << 2 << QByteArray("style") << false
                                  << false;
    QTest::newRow("different") << QByteArray("strong") << 0 << QByteArray("script") << false
                               << false;
    QTest::newRow("non-letters are compared as they are")
        << QByteArray("ld+json") << 0 << QByteArray("ld+json") << true << true;
}

void tst_HtmlTagScanner::noCase()
{
    QFETCH(QByteArray, text);
    QFETCH(int, at);
    QFETCH(QByteArray, word);
    QTEST(gloss::html::startsWithNoCase(text, at, word), "startsWith");
    QTEST(gloss::html::equalsNoCase(text.toStdString(), word.toStdString()), "equals");
}

void tst_HtmlTagScanner::tagSets_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("isVoid");
    QTest::addColumn<bool>("isRawText");
    QTest::addColumn<bool>("closesP");
    QTest::addColumn<bool>("impliedEnd");
    QTest::addColumn<bool>("unsafe");
    QTest::newRow("br") << QByteArray("br") << true << false << false << false << false;
    QTest::newRow("img") << QByteArray("img") << true << false << false << false << false;
    QTest::newRow("script") << QByteArray("script") << false << true << false << false << false;
    QTest::newRow("textarea") << QByteArray("textarea") << false << true << false << false
                              << false;
    QTest::newRow("p") << QByteArray("p") << false << false << true << true << false;
    QTest::newRow("li") << QByteArray("li") << false << false << true << true << false;
    QTest::newRow("div") << QByteArray("div") << false << false << true << false << false;
    QTest::newRow("h1 is unsafe, h2 closes a paragraph")
        << QByteArray("h1") << false << false << false << false << true;
    QTest::newRow("h2") << QByteArray("h2") << false << false << true << false << false;
    QTest::newRow("main") << QByteArray("main") << false << false << false << false << true;
    QTest::newRow("form") << QByteArray("form") << false << false << false << false << true;
    QTest::newRow("option") << QByteArray("option") << false << false << false << true << false;
    QTest::newRow("span: none") << QByteArray("span") << false << false << false << false
                                << false;
}

void tst_HtmlTagScanner::tagSets()
{
    QFETCH(QByteArray, name);
    const std::string n = name.toStdString();
    QTEST(gloss::html::isVoidTag(n), "isVoid");
    QTEST(gloss::html::isRawTextTag(n), "isRawText");
    QTEST(gloss::html::closesParagraph(n), "closesP");
    QTEST(gloss::html::hasImpliedEnd(n), "impliedEnd");
    QTEST(gloss::html::isUnsafeInSubtree(n), "unsafe");
}

QTEST_GUILESS_MAIN(tst_HtmlTagScanner)
#include "tst_htmltagscanner.moc"
