// Building the tree of a page (io/html/HtmlTree_p.h): gumbo in an Arena, long text runs stood
// in for while it parses (HtmlTextRuns_p.h) and put back, deep nesting flattened.
#include "HtmlTestPage.h"
#include "io/html/HtmlArena_p.h"
#include "io/html/HtmlExtractor_p.h"
#include "io/html/HtmlTextRuns_p.h"
#include "io/html/HtmlTree_p.h"

#include <QTest>

#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using gloss::test::HtmlTestPage;

namespace {

/** 48 characters without any that break a text run. */
const QString kWords = u"The quick brown fox jumps over the lazy dog again"_s;

/** How deep the deepest element of the tree at @p root is (the document is 0). */
int elementDepth(GumboNode *root)
{
    int deepest = 0;
    std::vector<std::pair<GumboNode *, int>> todo{{root, 0}};
    while (!todo.empty()) {
        const auto [n, depth] = todo.back();
        todo.pop_back();
        GumboVector *children = gloss::html::childrenToEdit(n);
        if (!children)
            continue;
        deepest = std::max(deepest, depth);
        for (unsigned i = 0; i < children->length; ++i)
            todo.emplace_back(static_cast<GumboNode *>(children->data[i]), depth + 1);
    }
    return deepest;
}

/** All text of the tree at @p root, in document order. */
QString allText(GumboNode *root)
{
    QString out;
    std::vector<GumboNode *> todo{root};
    while (!todo.empty()) {
        GumboNode *n = todo.back();
        todo.pop_back();
        if (GumboVector *children = gloss::html::childrenToEdit(n)) {
            for (unsigned i = children->length; i-- > 0;)
                todo.push_back(static_cast<GumboNode *>(children->data[i]));
        } else if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
            out += QString::fromUtf8(n->v.text.text);
        }
    }
    return out;
}

} // namespace

class tst_HtmlTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arena_data();
    void arena();
    void treeOf();
    void textRuns_data();
    void textRuns();
    void flattenDeep_data();
    void flattenDeep();
};

void tst_HtmlTree::arena_data()
{
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("small, odd sizes") << QList<int>{1, 3, 7, 17, 33, 100};
    QTest::newRow("zero bytes") << QList<int>{0, 0, 5};
    QTest::newRow("fills more than one chunk") << QList<int>(3000, 1000);
    QTest::newRow("bigger than a chunk") << QList<int>{10, 3 << 20, 10};
}

void tst_HtmlTree::arena()
{
    // gumbo's allocator: 16-byte aligned, never overlapping, all freed with the arena
    QFETCH(QList<int>, sizes);
    gloss::html::Arena arena;
    std::vector<std::pair<unsigned char *, int>> blocks;
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        auto *p = static_cast<unsigned char *>(gloss::html::Arena::allocate(&arena, sizes[i]));
        QVERIFY(p);
        QCOMPARE(reinterpret_cast<std::uintptr_t>(p) % 16, std::uintptr_t(0));
        std::memset(p, int(i & 0xFF), std::size_t(sizes[i]));
        blocks.emplace_back(p, int(i));
    }
    for (const auto &[p, i] : blocks) {
        const int size = sizes[i];
        for (const int at : {0, size / 2, size - 1}) {
            if (size > 0)
                QCOMPARE(int(p[at]), i & 0xFF);
        }
    }
    gloss::html::Arena::deallocate(&arena, blocks.front().first); // a no-op
}

void tst_HtmlTree::treeOf()
{
    QCOMPARE(gloss::html::treeOf(u"<p class=a>x<!--c--></p>"_s, false),
             u" <html>\n  <head>\n  <body>\n   <p class=\"a\">\n    #2 x\n    #4 c\n"_s);
    QCOMPARE(gloss::html::treeOf(u"<my-tag>y</my-tag>"_s, true),
             u" <html>\n  <head>\n  <body>\n   <<my-tag>>\n    #2 y\n"_s); // (original_tag)
}

void tst_HtmlTree::textRuns_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("runs");
    const QString w = kWords;
    QTest::newRow("a long paragraph") << u"<p>"_s + w + u"</p>"_s << 1;
    QTest::newRow("two paragraphs") << u"<p>"_s + w + u"<p>"_s + w << 2;
    QTest::newRow("short text stays") << u"<p>short text</p>"_s << 0;
    QTest::newRow("white space around a run stays")
        << u"<p>   "_s + w + u" \n </p>"_s << 1;
    QTest::newRow("a character reference splits it") << u"<p>"_s + w + u"&amp;"_s + w << 2;
    QTest::newRow("a hyphen splits it into short pieces")
        << u"<p>The quick brown fox-jumps over the lazy dog</p>"_s << 0;
    QTest::newRow("a C1 control splits it") << u"<p>"_s + w + u"\u0085"_s + w << 2;
    QTest::newRow("a noncharacter splits it") << u"<p>"_s + w + u"\uFDD0"_s + w << 2;
    QTest::newRow("non-ASCII text is a run")
        << u"<p>Der schnelle braune Fuchs springt \u00FCber den faulen Hund</p>"_s << 1;
    QTest::newRow("script content is not text")
        << u"<script>"_s + w + u"</script><p>x</p>"_s << 0;
    QTest::newRow("textarea content is not text") << u"<textarea>"_s + w + u"</textarea>"_s
                                                  << 0;
    QTest::newRow("attribute values are not text") << u"<p title=\""_s + w + u"\">x</p>"_s
                                                   << 0;
    QTest::newRow("> in a quoted attribute") << u"<p title=\"a>b\">"_s + w + u"</p>"_s << 1;
    QTest::newRow("a comment is not text") << u"<!-- "_s + w + u" -->"_s << 0;
    QTest::newRow("a frameset page is parsed as it is")
        << u"<p>"_s + w + u"<frameset><frame></frameset>"_s << 0;
    QTest::newRow("a page holding the placeholder is parsed as it is")
        << u"<p>\uE000"_s + w + u"</p>"_s << 0;
    QTest::newRow("text in a table") << u"<table><tr><td>"_s + w + u"</table>"_s << 1;
}

void tst_HtmlTree::textRuns()
{
    QFETCH(QString, html);
    QFETCH(int, runs);
    const QByteArray page = html.toUtf8();
    gloss::html::TextRuns textRuns;
    const QByteArray shrunk = textRuns.shrink(page);
    QCOMPARE(int(textRuns.runCount()), runs);
    if (runs == 0)
        QCOMPARE(shrunk, page);
    else
        QVERIFY(shrunk.size() < page.size());

    // the runs put back: the same tree as when parsed as it is
    QCOMPARE(gloss::html::treeOf(html, true), gloss::html::treeOf(html, false));
    HtmlTestPage plain(html, false);
    HtmlTestPage shrunkPage(html, true);
    QCOMPARE(allText(shrunkPage.document()), allText(plain.document()));
    QVERIFY(!allText(shrunkPage.document()).contains(QChar(0xE001)));
}

void tst_HtmlTree::flattenDeep_data()
{
    QTest::addColumn<QString>("open");
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("flattened");
    QTest::newRow("150 nested <div>: left as it is") << u"<div>"_s << 150 << false;
    QTest::newRow("1,000 nested <b> with words") << u"<b>word "_s << 1000 << true;
    QTest::newRow("5,000 nested <q>") << u"<q>"_s << 5000 << true;
    QTest::newRow("1,000 nested <div> holding comments") << u"<div><!--c-->x"_s << 1000
                                                         << true;
}

void tst_HtmlTree::flattenDeep()
{
    QFETCH(QString, open);
    QFETCH(int, depth);
    QFETCH(bool, flattened);
    const QString html = u"<p>"_s + open.repeated(depth) + u"end."_s;
    HtmlTestPage page(html);
    const QString before = allText(page.document());
    QVERIFY(before.endsWith(u"end."_s));
    QCOMPARE(gloss::html::flattenDeep(page.document(), page.arena()), flattened);
    QVERIFY(elementDepth(page.document()) <= gloss::html::kMaxDepth);
    QCOMPARE(allText(page.document()), before); // no text lost, still in order
    QVERIFY(!gloss::html::flattenDeep(page.document(), page.arena())); // nothing left to do
}

QTEST_GUILESS_MAIN(tst_HtmlTree)
#include "tst_htmltree.moc"
