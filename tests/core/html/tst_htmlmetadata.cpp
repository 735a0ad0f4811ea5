// The metadata stage of the HTML extractor (io/html/HtmlMetadata_p.h): headline, byline, site,
// date and address from JSON-LD, meta tags and the markup.
#include "HtmlTestPage.h"
#include "io/html/HtmlExtractor.h"
#include "io/html/HtmlMetadata_p.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gloss::HtmlArticle;
using gloss::test::HtmlTestPage;

namespace {

QString ldScript(const QString &json)
{
    return u"<script type=\"application/ld+json\">"_s + json + u"</script>"_s;
}

QString meta(const QString &attribute, const QString &key, const QString &content)
{
    return u"<meta "_s + attribute + u"=\""_s + key + u"\" content=\""_s + content + u"\">"_s;
}

} // namespace

class tst_HtmlMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readMetadata_data();
    void readMetadata();
    void collectMeta();
    void cleanAuthor_data();
    void cleanAuthor();
};

void tst_HtmlMetadata::readMetadata_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("date"); // ISO 8601 in UTC, empty for none
    QTest::addColumn<int>("warnings");

    QTest::newRow("Open Graph and article tags")
        << meta(u"property"_s, u"og:title"_s, u"Storm hits coast"_s)
               + meta(u"property"_s, u"og:site_name"_s, u"Example News"_s)
               + meta(u"name"_s, u"author"_s, u"By Jane Doe"_s)
               + meta(u"property"_s, u"article:published_time"_s, u"2025-03-04T05:06:07Z"_s)
               + meta(u"property"_s, u"og:url"_s, u"https://example.com/a"_s)
        << QString() << u"Storm hits coast"_s << u"Jane Doe"_s << u"Example News"_s
        << u"https://example.com/a"_s << u"2025-03-04T05:06:07Z"_s << 0;
    QTest::newRow("JSON-LD NewsArticle before meta tags")
        << ldScript(uR"({"@type":"NewsArticle","headline":"LD headline",
                        "author":{"@type":"Person","name":"Ann Ld"},
                        "datePublished":"2025-01-02T03:04:05+01:00",
                        "publisher":{"@type":"Organization","name":"LD Times"},
                        "url":"https://ld.example/x"})"_s)
               + meta(u"property"_s, u"og:title"_s, u"OG title"_s)
               + meta(u"name"_s, u"author"_s, u"Meta Author"_s)
        << QString() << u"LD headline"_s << u"Ann Ld"_s << u"LD Times"_s
        << u"https://ld.example/x"_s << u"2025-01-02T02:04:05Z"_s << 0;
    QTest::newRow("JSON-LD @graph with @id references")
        << ldScript(uR"({"@context":"https://schema.org","@graph":[
                        {"@type":"Person","@id":"#p1","name":"Bo Graph"},
                        {"@type":["ReportageNewsArticle"],"headline":"Graph story",
                         "author":{"@id":"#p1"},
                         "mainEntityOfPage":{"@id":"https://g.example/s"}}]})"_s)
        << QString() << u"Graph story"_s << u"Bo Graph"_s << QString()
        << u"https://g.example/s"_s << QString() << 0;
    QTest::newRow("JSON-LD array, several authors, no repeats")
        << ldScript(uR"([{"@type":"WebSite","name":"Site","headline":"Not this"},
                        {"@type":"BlogPosting","headline":"Blog",
                         "author":[{"name":"A One"},{"name":"B Two"},"A One"]}])"_s)
        << QString() << u"Blog"_s << u"A One, B Two"_s << QString() << QString() << QString()
        << 0;
    QTest::newRow("JSON-LD in CDATA")
        << ldScript(uR"(<![CDATA[{"@type":"NewsArticle","headline":"Cdata"}]]>)"_s)
        << QString() << u"Cdata"_s << QString() << QString() << QString() << QString() << 0;
    QTest::newRow("invalid JSON-LD: a warning, meta tags used")
        << ldScript(uR"({"headline": )"_s) + meta(u"property"_s, u"og:title"_s, u"Fallback"_s)
        << QString() << u"Fallback"_s << QString() << QString() << QString() << QString() << 1;
    QTest::newRow("a twitter handle gives way to the publisher")
        << meta(u"name"_s, u"twitter:site"_s, u"@example"_s)
               + ldScript(uR"({"@type":"NewsArticle","publisher":{"name":"Example Org"}})"_s)
        << QString() << QString() << QString() << u"Example Org"_s << QString() << QString()
        << 0;
    QTest::newRow("a twitter handle alone stays")
        << meta(u"name"_s, u"twitter:site"_s, u"@example"_s) << QString() << QString()
        << QString() << u"@example"_s << QString() << QString() << 0;
    QTest::newRow("title element cleaned of the site name")
        << u"<title>Storm hits coast | Example News</title>"_s
               + meta(u"property"_s, u"og:site_name"_s, u"Example News"_s)
        << QString() << u"Storm hits coast"_s << QString() << u"Example News"_s << QString()
        << QString() << 0;
    QTest::newRow("h1 before the title element")
        << u"<title>Page title here | Site</title>"_s << u"<h1>Real <i>headline</i></h1>"_s
        << u"Real headline"_s << QString() << QString() << QString() << QString() << 0;
    QTest::newRow("author tag holding a URL: the byline element")
        << meta(u"property"_s, u"article:author"_s, u"https://facebook.com/jane"_s)
        << u"<p class=\"story-byline\">By Jane Doe,</p>"_s << QString() << u"Jane Doe"_s
        << QString() << QString() << QString() << 0;
    QTest::newRow("rel=author link, German")
        << QString() << u"<a rel=\"author\" href=\"/j\">Von Hans Muster</a>"_s << QString()
        << u"Hans Muster"_s << QString() << QString() << QString() << 0;
    QTest::newRow("hidden byline skipped")
        << QString()
        << u"<div class=byline hidden>By X Y</div><span itemprop=author>Zed Q</span>"_s
        << QString() << u"Zed Q"_s << QString() << QString() << QString() << 0;
    QTest::newRow("meta keys in any case, the first wins")
        << u"<meta NAME=\"Author\" content=\"First Person\">"_s
               + meta(u"name"_s, u"author"_s, u"Second Person"_s)
        << QString() << QString() << u"First Person"_s << QString() << QString() << QString()
        << 0;
    QTest::newRow("time pubdate before a plain time")
        << QString()
        << u"<time datetime=\"2024-01-01T09:00:00Z\">x</time>"
           "<time pubdate datetime=\"2024-02-03T10:00:00Z\">y</time>"_s
        << QString() << QString() << QString() << QString() << u"2024-02-03T10:00:00Z"_s << 0;
    QTest::newRow("plain time") << QString()
                                << u"<p>On <time datetime=\"2024-05-06T07:08:09Z\">Monday</time>"_s
                                << QString() << QString() << QString() << QString()
                                << u"2024-05-06T07:08:09Z"_s << 0;
    QTest::newRow("RFC 2822 date in a meta tag")
        << meta(u"name"_s, u"date"_s, u"Tue, 04 Mar 2025 05:06:07 GMT"_s) << QString()
        << QString() << QString() << QString() << QString() << u"2025-03-04T05:06:07Z"_s << 0;
    QTest::newRow("canonical link without og:url")
        << u"<link rel=\"Canonical\" href=\" https://c.example/a \">"_s << QString() << QString()
        << QString() << QString() << u"https://c.example/a"_s << QString() << 0;
    QTest::newRow("no metadata") << QString() << u"<p>Just text.</p>"_s << QString() << QString()
                                 << QString() << QString() << QString() << 0;
}

void tst_HtmlMetadata::readMetadata()
{
    QFETCH(QString, head);
    QFETCH(QString, body);
    QFETCH(QString, date);
    HtmlTestPage page(u"<!DOCTYPE html><html><head>"_s + head + u"</head><body>"_s + body
                      + u"</body></html>"_s);
    HtmlArticle article;
    gloss::html::readMetadata(page.root(), article);
    QTEST(article.title, "title");
    QTEST(article.author, "author");
    QTEST(article.site, "site");
    QTEST(article.url, "url");
    if (date.isEmpty())
        QVERIFY(!article.published.isValid());
    else
        QCOMPARE(article.published.toUTC().toString(Qt::ISODate), date);
    QTEST(int(article.warnings.size()), "warnings");
    QVERIFY(article.paragraphs.isEmpty()); // metadata only
}

void tst_HtmlMetadata::collectMeta()
{
    HtmlTestPage page(
        u"<html><head><title> The  title </title>"
        "<meta property=\"OG:Title\" content=\" Spaced \"><meta name=empty content=\"\">"
        "<meta itemprop=datePublished content=2025-01-01>"
        "<link rel=canonical href=/first><link rel=canonical href=/second>"
        "<script type=\"application/ld+json\">{\"a\":1}</script><script>var x;</script>"
        "</head><body><h1>First <b>head</b>line</h1><h1>Second</h1>"
        "<span class=\"author-name\">By Ann Byline</span>"
        "<time datetime=\" 2025-02-02 \">x</time><time itemprop=datePublished "
        "datetime=2025-03-03>y</time></body></html>"_s);
    gloss::html::Meta meta;
    gloss::html::collectMeta(page.root(), meta);
    QCOMPARE(meta.titleElement, u"The title"_s);
    QCOMPARE(meta.tags.value(u"og:title"_s), u"Spaced"_s);
    QVERIFY(!meta.tags.contains(u"empty"_s));
    QCOMPARE(meta.tags.value(u"datepublished"_s), u"2025-01-01"_s);
    QCOMPARE(meta.canonical, u"/first"_s);
    QCOMPARE(meta.jsonLd, QList<QByteArray>{"{\"a\":1}"});
    QCOMPARE(meta.h1, u"First headline"_s);
    QCOMPARE(meta.bylineText, u"Ann Byline"_s);
    QCOMPARE(meta.timeDatetime, u"2025-02-02"_s);
    QCOMPARE(meta.timePublished, u"2025-03-03"_s);
}

void tst_HtmlMetadata::cleanAuthor_data()
{
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("author");
    QTest::newRow("By") << u"By Jane Doe"_s << u"Jane Doe"_s;
    QTest::newRow("lower case, spaces, trailing comma") << u"  by  jane   doe , "_s
                                                        << u"jane doe"_s;
    QTest::newRow("French, trailing bar") << u"Par Jean Dupont |"_s << u"Jean Dupont"_s;
    QTest::newRow("Dutch, trailing dash") << u"door Piet Jansen -"_s << u"Piet Jansen"_s;
    QTest::newRow("a name starting with By") << u"Byron Bay"_s << u"Byron Bay"_s;
    QTest::newRow("trailing separators") << u"Ann Lee -,|"_s << u"Ann Lee"_s;
}

void tst_HtmlMetadata::cleanAuthor()
{
    QFETCH(QString, byline);
    QTEST(gloss::html::cleanAuthor(byline), "author");
}

QTEST_GUILESS_MAIN(tst_HtmlMetadata)
#include "tst_htmlmetadata.moc"
