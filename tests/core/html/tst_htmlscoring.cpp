// Readability scoring in the HTML extractor (io/html/HtmlScoring_p.h, HtmlClassHints_p.h):
// which element holds the article, and what each element's text is made of.
#include "HtmlTestPage.h"
#include "io/html/HtmlClassHints_p.h"
#include "io/html/HtmlScoring_p.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gloss::HtmlExtractor;
using gloss::html::ContentScorer;
using gloss::test::HtmlTestPage;

namespace {

/** A paragraph of prose: long enough to score, with commas. */
QString prose(int n = 1)
{
    return u"<p>This sentence is long enough to count, with a comma, and another clause.</p>"_s
        .repeated(n);
}

/** The id of an element, or its tag name when it has none. */
QString label(const GumboNode *n)
{
    const std::string_view id = gloss::html::attribute(n, "id");
    if (!id.empty())
        return gloss::html::qstr(id);
    return QString::fromUtf8(gumbo_normalized_tagname(gloss::html::tagOf(n)));
}

} // namespace

class tst_HtmlScoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void content_data();
    void content();
    void stats_data();
    void stats();
    void classHints_data();
    void classHints();
};

void tst_HtmlScoring::content_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("content"); // ids (or tag names) of the chosen elements

    QTest::newRow("article body over a longer comment thread")
        << u"<div id=story class=article-body>"_s + prose(3)
               + u"</div><div id=comments class=comment-list>"_s + prose(8) + u"</div>"_s
        << QStringList{u"story"_s};
    QTest::newRow("prose over a list of links")
        << u"<div id=links>"_s
               + u"<p><a href=/a>A long link title that goes on, and on, and on for a while</a>"
                 "</p>"_s.repeated(6)
               + u"</div><div id=prose>"_s + prose(2) + u"</div>"_s
        << QStringList{u"prose"_s};
    QTest::newRow("an article split by an ad slot: both parts")
        << u"<div id=part1 class=text>"_s + prose(3)
               + u"</div><div id=slot class=ad-slot>Advertisement</div><div id=part2 class=text>"_s
               + prose(3) + u"</div>"_s
        << QStringList{u"part1"_s, u"part2"_s};
    QTest::newRow("the <article> around the body, with its standfirst")
        << u"<article id=art><p id=standfirst>A short standfirst.</p><div id=body>"_s + prose(3)
               + u"</div></article>"_s
        << QStringList{u"art"_s};
    QTest::newRow("a lone closing paragraph after the body")
        << u"<div id=main-text class=story>"_s + prose(3)
               + u"</div><p id=tail>Short end.</p><p id=menu><a href=/x>Home</a></p>"_s
        << QStringList{u"main-text"_s, u"tail"_s};
    QTest::newRow("text written straight into a container, split by <br><br>")
        << u"<div id=old><h2>Heading</h2>This text is written straight into the div, with "
           "commas, as old pages did.<br><br>The second paragraph is long enough to count as "
           "well, yes.</div>"_s
        << QStringList{u"old"_s};
    QTest::newRow("parts in several containers: the element holding them")
        << u"<div id=outer><div id=a>"_s + prose(2) + u"</div><div id=b>"_s + prose(2)
               + u"</div><div id=c>"_s + prose(2) + u"</div></div><div id=other>x</div>"_s
        << QStringList{u"outer"_s};
    QTest::newRow("nothing to score: the body") << u"<span>short</span>"_s
                                                << QStringList{u"body"_s};
}

void tst_HtmlScoring::content()
{
    QFETCH(QString, body);
    HtmlTestPage page(u"<html><body>"_s + body + u"</body></html>"_s);
    ContentScorer scorer(page.body(), HtmlExtractor::Mode::Page);
    QStringList got;
    for (const GumboNode *n : scorer.content(page.body()))
        got << label(n);
    QTEST(got, "content");
}

void tst_HtmlScoring::stats_data()
{
    QTest::addColumn<QString>("element"); // the one with id=x
    QTest::addColumn<bool>("fragment");
    QTest::addColumn<int>("text");
    QTest::addColumn<int>("link");
    QTest::addColumn<int>("commas");
    QTest::addColumn<int>("ownText");
    QTest::addColumn<bool>("hasBlock");
    QTest::addColumn<bool>("key");
    QTest::addColumn<bool>("removed");

    QTest::newRow("text and commas") << u"<div id=x>Hello,  world</div>"_s << false << 12 << 0
                                     << 1 << 12 << false << false << false;
    QTest::newRow("multi-byte characters count once") << u"<div id=x>caf\u00E9 \u00FCber</div>"_s
                                                      << false << 9 << 0 << 0 << 9 << false
                                                      << false << false;
    QTest::newRow("link text") << u"<div id=x>See <a href=/y>this link</a></div>"_s << false
                               << 12 << 9 << 0 << 12 << false << false << false;
    QTest::newRow("block children: own text apart")
        << u"<div id=x>own text here<p>para</p></div>"_s << false << 17 << 0 << 0 << 13 << true
        << false << false;
    QTest::newRow("hidden") << u"<div id=x hidden>text</div>"_s << false << 0 << 0 << 0 << 0
                            << false << false << true;
    QTest::newRow("display:none") << u"<div id=x style=\"Display: None\">text</div>"_s << false
                                  << 0 << 0 << 0 << 0 << false << false << true;
    QTest::newRow("form") << u"<form id=x><p>text</p></form>"_s << false << 0 << 0 << 0 << 0
                          << false << false << true;
    QTest::newRow("nav in a page") << u"<nav id=x>text</nav>"_s << false << 0 << 0 << 0 << 0
                                   << false << false << true;
    QTest::newRow("nav in a fragment") << u"<nav id=x>text</nav>"_s << true << 4 << 0 << 0 << 4
                                       << false << false << false;
    QTest::newRow("share class in a page") << u"<div id=x class=share-tools>text</div>"_s
                                           << false << 4 << 0 << 0 << 4 << false << false
                                           << true;
    QTest::newRow("share class in a fragment") << u"<div id=x class=share-tools>text</div>"_s
                                               << true << 4 << 0 << 0 << 4 << false << false
                                               << false;
    QTest::newRow("weak hint with a positive one kept")
        << u"<div id=x class=\"sidebar article\">text</div>"_s << false << 4 << 0 << 0 << 4
        << false << false << false;
    QTest::newRow("weak hint alone") << u"<div id=x class=sidebar>text</div>"_s << false << 4
                                     << 0 << 0 << 4 << false << false << true;
    QTest::newRow("a headline inside keeps a promo") << u"<div id=x class=promo><h1>T</h1></div>"_s
                                                     << false << 1 << 0 << 0 << 0 << true
                                                     << true << false;
    QTest::newRow("articleBody is key") << u"<div id=x itemprop=articleBody>text</div>"_s
                                        << false << 4 << 0 << 0 << 4 << false << true << false;
}

void tst_HtmlScoring::stats()
{
    QFETCH(QString, element);
    QFETCH(bool, fragment);
    HtmlTestPage page(u"<html><body>"_s + element + u"</body></html>"_s);
    const ContentScorer scorer(page.body(), fragment ? HtmlExtractor::Mode::Fragment
                                                     : HtmlExtractor::Mode::Page);
    const GumboNode *x = page.byId("x");
    QVERIFY(x);
    const gloss::html::Stats &s = scorer.stats(x);
    QTEST(s.removed, "removed");
    if (s.removed && s.text == 0) {
        QTEST(0, "text"); // never text: nothing counted
        return;
    }
    QTEST(s.text, "text");
    QTEST(s.link, "link");
    QTEST(s.commas, "commas");
    QTEST(s.ownText, "ownText");
    QTEST(s.hasBlock, "hasBlock");
    QTEST(s.key, "key");
}

void tst_HtmlScoring::classHints_data()
{
    using namespace gloss::html;
    QTest::addColumn<QString>("classAndId");
    QTest::addColumn<unsigned>("hints");
    QTest::newRow("article body") << u"Article-Body"_s << unsigned(Positive);
    QTest::newRow("comments") << u"comment-list"_s << unsigned(StrongNegative);
    QTest::newRow("commentary is not a comment") << u"commentary"_s << unsigned(NoHint);
    QTest::newRow("ad, exact") << u"ad"_s << unsigned(StrongNegative);
    QTest::newRow("ad inside a word is not an ad") << u"shadow header"_s << unsigned(NoHint);
    QTest::newRow("navigation in the main column") << u"nav-main"_s
                                                   << unsigned(WeakNegative | Positive);
    QTest::newRow("sidebar") << u"sidebar"_s << unsigned(WeakNegative);
    QTest::newRow("share: strong, and weak as a word") << u"share"_s
                                                       << unsigned(StrongNegative | WeakNegative);
    QTest::newRow("story with a byline inside")
        << u"story byline-wrap"_s << unsigned(Positive | StrongNegative);
    QTest::newRow("nothing") << u"col-6 x1"_s << unsigned(NoHint);
}

void tst_HtmlScoring::classHints()
{
    QFETCH(QString, classAndId);
    QFETCH(unsigned, hints);
    QCOMPARE(gloss::html::computeClassHints(classAndId.toLower().toStdString()), hints);
    // an element's class and id, in any case (twice: the second answer comes from the cache)
    HtmlTestPage page(u"<div id=x class=\""_s + classAndId + u"\">t</div>"_s);
    const GumboNode *x = page.byId("x");
    QVERIFY(x);
    const unsigned idHints = gloss::html::computeClassHints("x");
    QCOMPARE(gloss::html::classHints(x), hints | idHints);
    QCOMPARE(gloss::html::classHints(x), hints | idHints);
}

QTEST_GUILESS_MAIN(tst_HtmlScoring)
#include "tst_htmlscoring.moc"
