#include "analysis/Analyzer.h"
#include "io/Loader.h"
#include "io/html/HtmlExtractor.h"
#include "io/html/HtmlExtractor_p.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QTest>

using gloss::HtmlArticle;
using gloss::HtmlExtractor;
using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &name)
{
    return gloss::test::dataPath(QStringLiteral("html/")) + name;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

/** An .expected file: "key: value" lines, a "---" line, then paragraphs split by blank lines. */
struct Expected
{
    QHash<QString, QString> fields;
    QStringList paragraphs;
};

Expected readExpected(const QString &path)
{
    Expected e;
    const QString text = QString::fromUtf8(readFile(path));
    const qsizetype split = text.indexOf(QStringLiteral("\n---\n"));
    Q_ASSERT(split > 0);
    for (const QString &line : text.left(split).split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        e.fields.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    for (const QString &p : text.mid(split + 5).split(QStringLiteral("\n\n"))) {
        if (!p.trimmed().isEmpty())
            e.paragraphs << p.trimmed();
    }
    return e;
}

} // namespace

class tst_HtmlExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savedPages_data();
    void savedPages();
    void cleanTitle_data();
    void cleanTitle();
    void parseDate_data();
    void parseDate();
    void inlineMarkup_data();
    void inlineMarkup();
    void pageFurniture_data();
    void pageFurniture();
    void fragment();
    void fragmentKeepsShortLines();
    void toDocument();
    void preIsCode();
    void emptyAndBroken();
    void deepNesting_data();
    void textRunsKeepTheTree_data();
    void textRunsKeepTheTree();
    void deepNesting();
    void throughLoader();
};

void tst_HtmlExtractor::savedPages_data()
{
    QTest::addColumn<QString>("page");
    const QStringList pages = QDir(gloss::test::dataPath(QStringLiteral("html")))
                                  .entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    QVERIFY(pages.size() >= 6);
    for (const QString &page : pages)
        QTest::newRow(qPrintable(page)) << page;
}

void tst_HtmlExtractor::savedPages()
{
    QFETCH(QString, page);
    QString base = page;
    base.chop(5);
    const Expected expected = readExpected(dataPath(base + QStringLiteral(".expected")));
    const HtmlArticle a = HtmlExtractor::extract(readFile(dataPath(page)),
                                                 expected.fields.value(QStringLiteral("http-charset")).toLatin1());

    QStringList got;
    for (const HtmlArticle::Paragraph &p : a.paragraphs)
        got << p.text;
    for (qsizetype i = 0; i < std::max(got.size(), expected.paragraphs.size()); ++i) {
        const QString g = got.value(i, QStringLiteral("<missing>"));
        const QString w = expected.paragraphs.value(i, QStringLiteral("<missing>"));
        QVERIFY2(g == w, qPrintable(QStringLiteral("paragraph %1:\n  got:      %2\n  expected: %3")
                                        .arg(i + 1).arg(g, w)));
    }
    QCOMPARE(a.title, expected.fields.value(QStringLiteral("title")));
    QCOMPARE(a.author, expected.fields.value(QStringLiteral("author")));
    QCOMPARE(a.published, HtmlExtractor::parseDate(expected.fields.value(QStringLiteral("date"))));
    QVERIFY(a.published.isValid());
    QCOMPARE(a.site, expected.fields.value(QStringLiteral("site")));
    QCOMPARE(a.url, expected.fields.value(QStringLiteral("url")));
    QCOMPARE(QString::fromLatin1(a.charset), expected.fields.value(QStringLiteral("charset")));
}

void tst_HtmlExtractor::cleanTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("cleaned");
    QTest::newRow("pipe suffix, known site")
        << QStringLiteral("Storm hits coast | The Daily Example")
        << QStringLiteral("The Daily Example") << QStringLiteral("Storm hits coast");
    QTest::newRow("dash suffix, unknown site")
        << QStringLiteral("Storm hits the northern coast - Example News") << QString()
        << QStringLiteral("Storm hits the northern coast");
    QTest::newRow("site prefix")
        << QStringLiteral("Example News \u2014 Storm hits coast") << QStringLiteral("Example News")
        << QStringLiteral("Storm hits coast");
    QTest::newRow("dash inside a short title kept")
        << QStringLiteral("Left-wing - right-wing") << QString()
        << QStringLiteral("Left-wing - right-wing");
    QTest::newRow("long tail kept")
        << QStringLiteral("Minister resigns - and her deputy says she will stay on until May")
        << QString()
        << QStringLiteral("Minister resigns - and her deputy says she will stay on until May");
    QTest::newRow("white space") << QStringLiteral("  A \n title  ") << QString()
                                 << QStringLiteral("A title");
}

void tst_HtmlExtractor::cleanTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, site);
    QFETCH(QString, cleaned);
    QCOMPARE(HtmlExtractor::cleanTitle(title, site), cleaned);
}

void tst_HtmlExtractor::parseDate_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime utc(QDate(2025, 3, 4), QTime(7, 30), QTimeZone::UTC);
    QTest::newRow("iso utc") << QStringLiteral("2025-03-04T07:30:00Z") << utc;
    QTest::newRow("iso ms") << QStringLiteral("2025-03-04T07:30:00.000Z") << utc;
    QTest::newRow("iso offset") << QStringLiteral("2025-03-04T08:30:00+01:00") << utc;
    QTest::newRow("iso offset no colon") << QStringLiteral("2025-03-04T02:30:00-0500") << utc;
    QTest::newRow("space separator") << QStringLiteral("2025-03-04 07:30:00 +00:00") << utc;
    QTest::newRow("rfc 2822") << QStringLiteral("Tue, 04 Mar 2025 07:30:00 GMT") << utc;
    QTest::newRow("date only") << QStringLiteral("2025-03-04")
                               << QDateTime(QDate(2025, 3, 4), QTime(0, 0), QTimeZone::UTC);
    QTest::newRow("garbage") << QStringLiteral("last Tuesday") << QDateTime();
}

void tst_HtmlExtractor::parseDate()
{
    QFETCH(QString, value);
    QFETCH(QDateTime, expected);
    const QDateTime got = HtmlExtractor::parseDate(value);
    QCOMPARE(got.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(got.toUTC(), expected.toUTC());
}

void tst_HtmlExtractor::inlineMarkup_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("paragraphs");
    const QString pre = QStringLiteral("<html><body><article><h1>Head line here</h1>");
    const QString post = QStringLiteral("</article></body></html>");
    QTest::newRow("q gets curly quotes")
        << pre + QStringLiteral("<p>She said <q>no more delays</q> on Monday.</p>") + post
        << QStringList{QStringLiteral("She said \u201Cno more delays\u201D on Monday.")};
    QTest::newRow("nested q")
        << pre + QStringLiteral("<p><q>He told me <q>never</q> twice</q>, she said.</p>") + post
        << QStringList{QStringLiteral("\u201CHe told me \u2018never\u2019 twice\u201D, she said.")};
    QTest::newRow("q already quoted")
        << pre + QStringLiteral("<p>She said <q>\u201Cno\u201D</q>.</p>") + post
        << QStringList{QStringLiteral("She said \u201Cno\u201D.")};
    QTest::newRow("double br splits, single br joins")
        << pre + QStringLiteral("<div>One line<br>same paragraph<br><br>Second one</div>") + post
        << QStringList{QStringLiteral("One line same paragraph"), QStringLiteral("Second one")};
    QTest::newRow("entities and nbsp")
        << pre + QStringLiteral("<p>Caf&eacute;&nbsp;life &amp; 5&#8239;km &mdash; ok</p>") + post
        << QStringList{QString::fromUtf8("Café life & 5\u202Fkm — ok")};
    QTest::newRow("soft hyphen and zero width space")
        << pre + QStringLiteral("<p>An extra&shy;ordinary&#8203; piece of news.</p>") + post
        << QStringList{QStringLiteral("An extraordinary piece of news.")};
    QTest::newRow("headings and quotes keep their order")
        << pre + QStringLiteral("<p>Intro.</p><h2>Part two</h2><blockquote>Quoted words."
                                "</blockquote><p>End.</p>") + post
        << QStringList{QStringLiteral("Intro."), QStringLiteral("Part two"),
                       QStringLiteral("\u201CQuoted words.\u201D"), QStringLiteral("End.")};
    QTest::newRow("hidden and scripts dropped")
        << pre + QStringLiteral("<p>Seen.</p><p hidden>Unseen.</p><p style=\"display: none\">"
                                "Gone.</p><script>var x = 1;</script><noscript>Enable JS"
                                "</noscript><p aria-hidden=\"true\">Icon</p>") + post
        << QStringList{QStringLiteral("Seen.")};
}

void tst_HtmlExtractor::inlineMarkup()
{
    QFETCH(QString, html);
    QFETCH(QStringList, paragraphs);
    const HtmlArticle a = HtmlExtractor::extractString(html);
    QStringList got;
    for (const HtmlArticle::Paragraph &p : a.paragraphs)
        got << p.text;
    QCOMPARE(got, paragraphs);
    QCOMPARE(a.title, QStringLiteral("Head line here"));
}

void tst_HtmlExtractor::pageFurniture_data()
{
    // Comment threads, related links and share bars are emptied before parsing when they are
    // plainly nested; the result must be the same as parsing them (and reading their metadata
    // where the page keeps it there).
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addColumn<QString>("author");
    const QString pre = QStringLiteral("<html><head><title>Head line here</title></head><body>"
                                       "<article><h1>Head line here</h1>");
    const QString body = QStringLiteral("<p>The first paragraph of the story, long enough to "
                                        "count, with commas, clauses and words.</p>"
                                        "<p>The second paragraph, also of the story.</p>");
    const QStringList story{
        QStringLiteral("The first paragraph of the story, long enough to count, with commas, "
                       "clauses and words."),
        QStringLiteral("The second paragraph, also of the story.")};
    const QString comment = QStringLiteral(
        "<div class='comment'><div class='comment-author'><a href='/u'>reader</a></div>"
        "<p>I disagree, strongly, with every word, comma and clause of this.</p>"
        "<div class=share><a>Reply</a> <a>Like</a></div></div>");
    QTest::newRow("well nested comment thread")
        << pre + body + QStringLiteral("<section class='comments'>") + comment.repeated(20)
               + QStringLiteral("</section></article></body></html>")
        << story << QString();
    QTest::newRow("comment thread with unclosed paragraphs")
        << pre + body + QStringLiteral("<section class='comments'><div class='comment'><p>One, "
                                       "two, three, four, five.<p>Six, seven, eight.</div>"
                                       "</section></article></body></html>")
        << story << QString();
    QTest::newRow("comment thread cut off by the end of the page")
        << pre + body + QStringLiteral("</article><section class='comments'>") + comment
               + QStringLiteral("<div class='comment'><p>Unfinished, cut, off")
        << story << QString();
    QTest::newRow("a comment ended by --!>") // the tokenizer ends it there too
        << pre + QStringLiteral("<!-- a note for the editors --!>") + body
               + QStringLiteral("<!-- and --></article></body></html>")
        << story << QString();
    QTest::newRow("JSON-LD inside a related block is still read")
        << pre + body + QStringLiteral(
               "<div class='related'><script type='application/ld+json'>{\"@type\":"
               "\"NewsArticle\",\"author\":{\"name\":\"Ida Writer\"},\"articleBody\":"
               "\"<div class='share'><p>x</p></div>\"}</script><a href='/r'>Related</a></div>"
               "</article></body></html>")
        << story << QStringLiteral("Ida Writer");
    QTest::newRow("markup in a JSON-LD string is left alone")
        << pre + QStringLiteral("<script type='application/ld+json'>{\"@type\":"
                                "\"NewsArticle\",\"author\":\"Ola Nordmann\",\"text\":"
                                "\"<div class='comments'><p>a</p></div>\"}</script>")
               + body + QStringLiteral("</article></body></html>")
        << story << QStringLiteral("Ola Nordmann");
    QTest::newRow("byline block is not furniture to empty")
        << pre + QStringLiteral("<div class='byline author-box'><span>By Kim Lee</span></div>")
               + body + QStringLiteral("</article></body></html>")
        << story << QStringLiteral("Kim Lee");
    QTest::newRow("share bar with odd markup around the story")
        << pre + QStringLiteral("<div class=share-bar data-x=a>b><a href=/s title=\"1 < 2\">"
                                "Share</a><br/><img src=x.png/></div>")
               + body + QStringLiteral("<ul class='related-links'><li><a>One</a></li><li>"
                                       "<a>Two</a></ul></article></body></html>")
        << story << QString();
    QTest::newRow("a block holding the headline is not emptied") // the title comes from it
        << QStringLiteral("<html><body><div class='share-wrap'><h1>Head line here</h1><a>Share"
                          "</a></div><article>")
               + body + QStringLiteral("</article></body></html>")
        << story << QString();
}

void tst_HtmlExtractor::pageFurniture()
{
    QFETCH(QString, html);
    QFETCH(QStringList, paragraphs);
    QFETCH(QString, author);
    const HtmlArticle a = HtmlExtractor::extractString(html);
    QStringList got;
    for (const HtmlArticle::Paragraph &p : a.paragraphs)
        got << p.text;
    QCOMPARE(got, paragraphs);
    QCOMPARE(a.title, QStringLiteral("Head line here"));
    QCOMPARE(a.author, author);
    QVERIFY2(a.warnings.isEmpty(), qPrintable(a.warnings.join(u'\n')));
}

void tst_HtmlExtractor::fragment()
{
    // What a browser puts on the clipboard: a selection, no page around it.
    const QByteArray html = "<meta charset='utf-8'><h1>Pasted headline</h1><p>First "
                            "<b>bold</b> paragraph.</p><ul><li><a href='/x'>A link item</a></li>"
                            "</ul><blockquote>Quoted</blockquote>";
    const HtmlArticle a = HtmlExtractor::extract(html, {}, HtmlExtractor::Mode::Fragment);
    QCOMPARE(a.title, QStringLiteral("Pasted headline"));
    QStringList got;
    for (const HtmlArticle::Paragraph &p : a.paragraphs)
        got << p.text;
    QCOMPARE(got, (QStringList{QStringLiteral("First bold paragraph."),
                               QStringLiteral("A link item"),
                               QStringLiteral("\u201CQuoted\u201D")}));
    QCOMPARE(a.paragraphs.at(2).kind, HtmlArticle::Kind::Quote);
}

void tst_HtmlExtractor::fragmentKeepsShortLines()
{
    // what would be a kicker above a page's article is the reader's own choice in a fragment
    const HtmlArticle a = HtmlExtractor::extractString(
        QStringLiteral("<p>Short line</p><p>Then the body.</p>"), HtmlExtractor::Mode::Fragment);
    QCOMPARE(a.paragraphs.size(), 2);
    QCOMPARE(a.paragraphs.at(0).text, QStringLiteral("Short line"));
    const HtmlArticle page = HtmlExtractor::extractString(
        QStringLiteral("<p>Short line</p><p>Then the body, a longer sentence of the article.</p>"));
    QCOMPARE(page.paragraphs.size(), 1);
}

void tst_HtmlExtractor::deepNesting_data()
{
    QTest::addColumn<QString>("open");
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("flattened");
    QTest::newRow("150 nested <div>") << u"<div>"_s << 150 << false;
    QTest::newRow("10,000 nested <q>") << u"<q>"_s << 10000 << true;
    QTest::newRow("10,000 nested <div>") << u"<div>"_s << 10000 << true;
    QTest::newRow("100,000 nested <b>") << u"<b>"_s << 100000 << true;
    QTest::newRow("50,000 nested <span> with text") << u"<span>word "_s << 50000 << true;
}

void tst_HtmlExtractor::deepNesting()
{
    // a page nested deeper than the extractor walks: its text is kept (as plain text below the
    // cut), and the reader is told; no stack overflow
    QFETCH(QString, open);
    QFETCH(int, depth);
    QFETCH(bool, flattened);
    const QString html = u"<html><head><title>Deep</title></head><body><article><p>"_s +
                         open.repeated(depth) +
                         u"The deepest sentence of this article is here.</p></article></body>"
                         "</html>"_s;
    const HtmlArticle a = HtmlExtractor::extractString(html);
    QVERIFY(!a.paragraphs.isEmpty());
    QVERIFY2(a.text().contains(u"The deepest sentence of this article is here."_s),
             qPrintable(a.text().left(200)));
    if (open.contains(u"word"))
        QCOMPARE(a.text().count(u"word"), depth);
    const bool warned = std::any_of(a.warnings.cbegin(), a.warnings.cend(),
                                    [](const QString &w) { return w.contains(u"levels deep"_s); });
    QCOMPARE(warned, flattened);
}

void tst_HtmlExtractor::textRunsKeepTheTree_data()
{
    QTest::addColumn<QString>("html");
    const QString prose = u"Words of an article long enough to stand in for, as prose is"_s;
    const QStringList pages = QDir(dataPath(QString())).entryList({u"*.html"_s}, QDir::Files);
    for (const QString &page : pages)
        QTest::newRow(qPrintable(page)) << QString::fromLatin1(readFile(dataPath(page)));
    const auto row = [&](const char *name, const QString &markup) {
        QTest::newRow(name) << markup.arg(prose);
    };
    row("text in a table (moved before it)", u"<table><tr><td>a</td></tr>%1<tr></table>"_s);
    row("text in table body", u"<table><tbody>  %1  </tbody></table>"_s);
    row("text after the head", u"<html><head><title>t</title></head> %1<body>x</body>"_s);
    row("text before html", u" %1<html><p>x"_s);
    row("text in a frameset", u"<frameset>%1 <frame></frameset>"_s);
    row("pre and its first newline", u"<pre>\n%1\n</pre><textarea>\n%1</textarea>"_s);
    row("a quoted attribute holding >", u"<p title='x > %1'>%1</p>"_s);
    row("an unquoted attribute", u"<p title=x>%1 <a href=y>%1</a>"_s);
    row("an attribute never closed", u"<p title=\"%1>%1</p><p>%1</p>"_s);
    row("character references beside runs", u"<p>&amp;%1&pound;%1 &#x41;%1&notit;%1&amp</p>"_s);
    row("title, textarea, script, style",
        u"<title>%1</title><textarea>%1</textarea><script>var s='%1';</script>"
        "<style>p{} %1</style><p>%1"_s);
    row("comments", u"<!-- %1 --><p>%1<!-- %1 -- %1 --!> %1 <!--> %1 <!---> %1"_s);
    row("select and options", u"<select>%1<option>%1<optgroup>%1</select>"_s);
    row("svg and CDATA", u"<svg><![CDATA[ %1 ]]> %1 <text>%1</text></svg><p>%1"_s);
    row("math", u"<math><mi>%1</mi>%1</math>"_s);
    row("template", u"<template>%1<p>%1</p></template>%1"_s);
    row("plaintext", u"<p>%1<plaintext>%1 </p> <b> %1"_s);
    row("a '<' in text", u"<p>%1 < %1 <3 %1 </ %1 <!x %1 <?x %1</p>"_s);
    row("a tag cut off", u"<p>%1<a href='%1"_s);
    row("NUL and CR", u"<p>%1\u0000%1\r\n%1\r%1</p>"_s);
    row("controls and noncharacters (gumbo replaces them)",
        u"<p>%1\u0085%1\uFDD0%1\uFFFE%1\U0010FFFF%1\U0001FFFE %1\u0001%1\u000B%1\u007F%1\u009F"
        "</p>"_s);
    row("the placeholder's character itself", u"<p>%1\uE000\uE001\uE001 %1</p>"_s);
    row("non-Latin runs",
        u"<p>%1 \u00E9t\u00E9 \uD55C\uAD6D\uC5B4 \U0001F600 \u05E2\u05D1\u05E8\u05D9\u05EA "
        "%1</p>"_s);
    row("hyphens, quotes, apostrophes",
        u"<p>%1 - it's \"well-known\", said O'Brien = `code` %1 ]] ! ? /</p>"_s);
}

void tst_HtmlExtractor::textRunsKeepTheTree()
{
    // extraction lets gumbo read long text runs as short placeholders, then puts them back:
    // the tree must be the one a plain parse builds
    QFETCH(QString, html);
    const QStringList plain = gloss::html::treeOf(html, false).split(u'\n');
    const QStringList shrunk = gloss::html::treeOf(html, true).split(u'\n');
    QVERIFY(plain.size() > 3);
    for (qsizetype i = 0; i < std::min(plain.size(), shrunk.size()); ++i)
        QCOMPARE(shrunk.at(i), plain.at(i));
    QCOMPARE(shrunk.size(), plain.size());
}

void tst_HtmlExtractor::toDocument()
{
    const gloss::Document d = HtmlExtractor::load(readFile(dataPath(QStringLiteral(
                                                      "herald-nested.html"))),
                                                  QStringLiteral("https://example.org/a"));
    QCOMPARE(d.format, QStringLiteral("html"));
    QCOMPARE(d.source(), QStringLiteral("https://example.org/a"));
    QCOMPARE(d.metaTitle, QStringLiteral("Council approves river bridge repairs after long delay"));
    QCOMPARE(d.metaAuthor, QStringLiteral("Mara Lind"));
    QCOMPARE(d.metaSite, QStringLiteral("The Northfield Herald"));
    QCOMPARE(d.metaUrl,
             QStringLiteral("https://herald.example.com/local/2025/03/04/bridge-repairs"));
    QVERIFY(d.metaDate.isValid());
    QVERIFY(d.text().startsWith(d.metaTitle + QStringLiteral("\n\nNORTHFIELD")));

    // no page URL: a web source stands in for it, a file does not
    const QByteArray bare = "<title>Bare page title here</title><p>Text of the page.</p>";
    QCOMPARE(HtmlExtractor::load(bare, QStringLiteral("https://example.org/b")).metaUrl,
             QStringLiteral("https://example.org/b"));
    QCOMPARE(HtmlExtractor::load(bare, QStringLiteral("/tmp/b.html")).metaUrl, QString());
}

void tst_HtmlExtractor::preIsCode()
{
    // a decomposed "é" before the code: NFC shortens the text, the block must still fit
    const QByteArray page = "<title>Code in the news</title><body><article>"
                            "<p>The cafe\xCC\x81 owner said the bug was fixed in a day.</p>"
                            "<pre>print(\"said Nobody\")\n  exit(0)</pre>"
                            "<p>\xE2\x80\x9CIt works,\xE2\x80\x9D the owner said.</p>"
                            "</article></body>";
    const gloss::Document d = HtmlExtractor::load(page, QStringLiteral("/tmp/code.html"));
    QCOMPARE(d.blocks.size(), 1);
    const gloss::Document::Block &b = d.blocks.first();
    QCOMPARE(b.kind, gloss::Document::Block::Code);
    QCOMPARE(d.text().mid(b.start, b.end - b.start),
             QStringLiteral("print(\"said Nobody\")\n  exit(0)"));
    QVERIFY(d.text().contains(QStringLiteral("caf\u00E9 owner")));
    // the analysis reads code as no prose: the quote in the code is not a quote
    const gloss::Article a = gloss::Analyzer::analyze(d);
    QCOMPARE(a.quotes.size(), 1);
    QCOMPARE(a.textOf(a.quotes.first()), QStringLiteral("It works,"));
}

void tst_HtmlExtractor::emptyAndBroken()
{
    HtmlArticle a = HtmlExtractor::extract(QByteArray());
    QVERIFY(a.paragraphs.isEmpty());
    QVERIFY(!a.warnings.isEmpty());

    // unclosed tags, stray end tags, bad JSON-LD: still text, with a warning for the JSON
    a = HtmlExtractor::extract("<html><head><script type='application/ld+json'>{oops"
                               "</script></head><body><div><p>Open paragraph with enough text "
                               "in it to count<p>Second</span> one, also long enough to count"
                               "</div></b></body>");
    QStringList got;
    for (const HtmlArticle::Paragraph &p : a.paragraphs)
        got << p.text;
    QCOMPARE(got, (QStringList{QStringLiteral("Open paragraph with enough text in it to count"),
                               QStringLiteral("Second one, also long enough to count")}));
    QVERIFY(a.warnings.join(u'\n').contains(QStringLiteral("JSON-LD")));
}

void tst_HtmlExtractor::throughLoader()
{
    // a saved page opened as a file: the Loader hands the raw bytes over (charset and all)
    const gloss::Loader::Result r = gloss::Loader::loadFile(dataPath(QStringLiteral(
        "gazette-1252.html")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document->format, QStringLiteral("html"));
    QCOMPARE(r.document->metaAuthor, QString::fromUtf8("Tom\u00E1s Ruiz"));
    QVERIFY(r.document->text().startsWith(
        QStringLiteral("Harbour fees to rise for fishing fleet\n\nPORT ELLIS \u2014 Owners")));
}

QTEST_GUILESS_MAIN(tst_HtmlExtractor)
#include "tst_htmlextractor.moc"
