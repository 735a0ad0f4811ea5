#include "ArticleHighlighter.h"
#include "ArticleView.h"
#include "TestArticles.h"

#include "analysis/Analyzer.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

using namespace gloss;

namespace {

/** The highlighter's format at document position @p pos. */
QTextCharFormat formatAt(const QTextDocument *doc, qsizetype pos)
{
    const QTextBlock block = doc->findBlock(int(pos));
    const int rel = int(pos) - block.position();
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &r : formats) {
        if (rel >= r.start && rel < r.start + r.length)
            return r.format;
    }
    return {};
}

qsizetype posOf(const Article &a, const QString &words)
{
    return a.document.text().indexOf(words) + 1;
}

} // namespace

class tst_ArticleHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void overlays_data();
    void overlays();
    void lexicalLayer_data();
    void lexicalLayer();
    void codeBlocks_data();
    void codeBlocks();
    void speakerFilterDims();
    void hiddenSpeakerIsNotTinted();
    void layersSwitchOff_data();
    void layersSwitchOff();
    void scrollingDoesNotRehighlight();
    void longArticleIsHighlightedLazily_data();
    void longArticleIsHighlightedLazily();

private:
    Article m_article;
    ReadingTheme m_theme;
};

void tst_ArticleHighlighter::initTestCase()
{
    m_article = test::sampleArticle();
    m_theme = ReadingTheme(themes::byName(QStringLiteral("Breeze Light")));
}

void tst_ArticleHighlighter::overlays_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("speakerSlot"); // -1: not a speaker colour
    QTest::addColumn<QString>("expect");  // "speaker", "neutral", "scare", "underline"
    QTest::newRow("Pritchard's quote") << QStringLiteral("promenade") << 0 << QStringLiteral("speaker");
    QTest::newRow("Okafor's quote") << QStringLiteral("promise you make") << 1 << QStringLiteral("speaker");
    QTest::newRow("insurers' quote") << QStringLiteral("Rebuilding is welcome") << 2 << QStringLiteral("speaker");
    QTest::newRow("Lewis's quote") << QStringLiteral("nobody in this chamber") << 3 << QStringLiteral("speaker");
    QTest::newRow("speaker mention in colour") << QStringLiteral("Alys Pritchard") << 0 << QStringLiteral("speaker");
    QTest::newRow("unattributed nested quote") << QStringLiteral("taller wall") << -1 << QStringLiteral("neutral");
    QTest::newRow("scare quote") << QStringLiteral("quick fix") << -1 << QStringLiteral("scare");
    QTest::newRow("entity underlined") << QStringLiteral("Cardiff University") << -1 << QStringLiteral("underline");
}

void tst_ArticleHighlighter::overlays()
{
    QFETCH(QString, words);
    QFETCH(int, speakerSlot);
    QFETCH(QString, expect);
    ArticleView view;
    view.setReadingTheme(m_theme);
    view.setArticle(m_article);
    const QTextCharFormat f = formatAt(view.document(), posOf(m_article, words));
    const QColor fg = f.foreground().color();
    if (expect == u"speaker")
        QCOMPARE(fg, m_theme.speakerColor(speakerSlot));
    else if (expect == u"neutral")
        QCOMPARE(fg, m_theme.neutralQuote());
    else if (expect == u"scare")
        QCOMPARE(fg, m_theme.scareQuote());
    if (expect == u"underline") {
        QCOMPARE(f.underlineStyle(), QTextCharFormat::DashUnderline); // an organisation
        QCOMPARE(f.underlineColor(), m_theme.entityColor(EntityType::Org));
    }
}

void tst_ArticleHighlighter::lexicalLayer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("coloured");
    QTest::newRow("money") << QStringLiteral("It cost £48 million in all.") << QStringLiteral("£48 million") << true;
    QTest::newRow("percentage") << QStringLiteral("Up by 23% since then.") << QStringLiteral("23%") << true;
    QTest::newRow("date") << QStringLiteral("Due on 28 November 2026 at noon.") << QStringLiteral("November") << true;
    QTest::newRow("number") << QStringLiteral("About 5,200 homes.") << QStringLiteral("5,200") << true;
    QTest::newRow("quoted text") << QStringLiteral("He said “no way” twice.") << QStringLiteral("no way") << true;
    QTest::newRow("plain words") << QStringLiteral("Nothing to see here.") << QStringLiteral("see") << false;
    // a month is a whole word: not the start of a longer one
    QTest::newRow("month alone") << QStringLiteral("In May, the council met.") << QStringLiteral("May") << true;
    QTest::newRow("month's") << QStringLiteral("January’s jobs report.") << QStringLiteral("January") << true;
    QTest::newRow("mayor") << QStringLiteral("Mayor Jane Doe spoke.") << QStringLiteral("Mayor") << false;
    QTest::newRow("maybe") << QStringLiteral("Maybe he will.") << QStringLiteral("Maybe") << false;
    QTest::newRow("marching") << QStringLiteral("Marching bands played.") << QStringLiteral("Marching") << false;
    QTest::newRow("augustine") << QStringLiteral("Augustine wrote it.") << QStringLiteral("Augustine") << false;
    QTest::newRow("junes") << QStringLiteral("Two Junes later it rained.") << QStringLiteral("Junes") << false;
}

void tst_ArticleHighlighter::lexicalLayer()
{
    QFETCH(QString, text);
    QFETCH(QString, words);
    QFETCH(bool, coloured);
    Article a;
    a.document = Document(text, QStringLiteral("t.txt"));
    ArticleView view;
    view.setReadingTheme(m_theme);
    view.setArticle(a);
    const QTextCharFormat f = formatAt(view.document(), posOf(a, words));
    QCOMPARE(f.hasProperty(QTextFormat::ForegroundBrush), coloured);
    if (coloured) {
        QVERIFY(f.foreground().color() != m_theme.text());
        QVERIFY(colors::contrastRatio(f.foreground().color(), m_theme.background()) >= 4.5);
    }
}

void tst_ArticleHighlighter::codeBlocks_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("coloured");
    QTest::addColumn<bool>("monospaced");
    QTest::newRow("a number in prose") << QStringLiteral("5,200") << true << false;
    QTest::newRow("a number in code") << QStringLiteral("4096") << false << true;
    QTest::newRow("quoted text in code") << QStringLiteral("no way") << false << true;
    QTest::newRow("a year on the code's second line") << QStringLiteral("2024") << false << true;
    QTest::newRow("a date after the code") << QStringLiteral("November") << true << false;
}

void tst_ArticleHighlighter::codeBlocks()
{
    QFETCH(QString, words);
    QFETCH(bool, coloured);
    QFETCH(bool, monospaced);
    const QString code = QStringLiteral("size = 4096 # “no way”\nyear = 2024");
    const QString text = QStringLiteral("About 5,200 homes.\n\n") + code
                         + QStringLiteral("\n\nDue on 28 November 2026.");
    Article a;
    a.document = Document(text, QStringLiteral("t.md"));
    const qsizetype start = text.indexOf(code);
    a.document.blocks.append(Document::Block{Document::Block::Code, 0, start, start + code.size()});
    ArticleView view;
    view.setReadingTheme(m_theme);
    view.setArticle(a);
    const qsizetype pos = posOf(a, words);
    // code is not news prose: the lexical layer leaves it alone, and it is set in a fixed font
    QCOMPARE(formatAt(view.document(), pos).hasProperty(QTextFormat::ForegroundBrush), coloured);
    QTextCursor c(view.document());
    c.setPosition(int(pos));
    c.setPosition(int(pos) + 1, QTextCursor::KeepAnchor);
    QCOMPARE(c.charFormat().fontFixedPitch(), monospaced);
    QCOMPARE(c.blockFormat().leftMargin() > 0, monospaced);
}

void tst_ArticleHighlighter::speakerFilterDims()
{
    ArticleView view;
    view.setReadingTheme(m_theme);
    view.setArticle(m_article);
    view.setSpeakerFilter(test::Okafor);
    const QTextDocument *doc = view.document();
    QCOMPARE(formatAt(doc, posOf(m_article, QStringLiteral("promise you make"))).foreground().color(),
             m_theme.speakerColor(1));
    QCOMPARE(formatAt(doc, posOf(m_article, QStringLiteral("promenade"))).foreground().color(),
             m_theme.dimmedText());
    QCOMPARE(formatAt(doc, posOf(m_article, QStringLiteral("lobster"))).foreground().color(),
             m_theme.dimmedText());
    view.setSpeakerFilter(-1);
    QCOMPARE(formatAt(doc, posOf(m_article, QStringLiteral("promenade"))).foreground().color(),
             m_theme.speakerColor(0));
}

void tst_ArticleHighlighter::hiddenSpeakerIsNotTinted()
{
    ArticleView view;
    view.setReadingTheme(m_theme);
    view.setArticle(m_article);
    view.setSpeakerHidden(test::Pritchard, true);
    QCOMPARE(formatAt(view.document(), posOf(m_article, QStringLiteral("promenade")))
                 .foreground().color(), m_theme.neutralQuote());
    QCOMPARE(formatAt(view.document(), posOf(m_article, QStringLiteral("promise you make")))
                 .foreground().color(), m_theme.speakerColor(1));
}

void tst_ArticleHighlighter::layersSwitchOff_data()
{
    QTest::addColumn<int>("layer");
    QTest::addColumn<QString>("words");
    QTest::newRow("speakers") << int(ArticleHighlighter::SpeakerLayer) << QStringLiteral("promenade");
    QTest::newRow("entities") << int(ArticleHighlighter::EntityLayer) << QStringLiteral("Cardiff University");
}

void tst_ArticleHighlighter::layersSwitchOff()
{
    QFETCH(int, layer);
    QFETCH(QString, words);
    ArticleView view;
    view.setReadingTheme(m_theme);
    view.setArticle(m_article);
    const auto l = ArticleHighlighter::Layer(layer);
    const QTextCharFormat on = formatAt(view.document(), posOf(m_article, words));
    view.setLayerVisible(l, false);
    QVERIFY(!view.isLayerVisible(l));
    const QTextCharFormat off = formatAt(view.document(), posOf(m_article, words));
    QVERIFY(on != off);
    if (l == ArticleHighlighter::EntityLayer)
        QCOMPARE(off.underlineStyle(), QTextCharFormat::NoUnderline);
    else
        QCOMPARE(off.foreground().color(), m_theme.neutralQuote());
}

void tst_ArticleHighlighter::scrollingDoesNotRehighlight()
{
    // a long article: highlighting happens once; scrolling and repainting add nothing
    QString text;
    for (int i = 0; i < 40; ++i)
        text += m_article.document.text() + u"\n\n";
    Article a;
    a.document = Document(text, QStringLiteral("long.txt"));
    ArticleView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setReadingTheme(m_theme);
    view.setArticle(a);
    QTRY_VERIFY(view.highlighter()->isComplete()); // a long article: the rest in idle time
    const qint64 once = view.highlighter()->highlightedBlocks();
    QVERIFY(once >= view.document()->blockCount());
    QScrollBar *bar = view.verticalScrollBar();
    for (int i = 0; i < 30; ++i) {
        bar->setValue(bar->value() + view.viewport()->height());
        view.viewport()->repaint();
    }
    QTest::qWait(50);
    QVERIFY(bar->value() > 0);
    QCOMPARE(view.highlighter()->highlightedBlocks(), once);
    view.resize(1000, 700); // a new column width re-wraps; it does not re-highlight either
    QTest::qWait(20);
    QCOMPARE(view.highlighter()->highlightedBlocks(), once);
}

void tst_ArticleHighlighter::longArticleIsHighlightedLazily_data()
{
    QTest::addColumn<QString>("change"); // what happens while the rest is still being coloured
    QTest::newRow("opening") << QString();
    QTest::newRow("speaker filter") << QStringLiteral("filter");
    QTest::newRow("theme") << QStringLiteral("theme");
    QTest::newRow("jump to the end") << QStringLiteral("end");
}

void tst_ArticleHighlighter::longArticleIsHighlightedLazily()
{
    QFETCH(QString, change);
    QString text = m_article.document.text();
    for (int i = 0; i < 60; ++i) // about 240 K characters, past the eager limit
        text += QStringLiteral("\n\nPart %1\n\n").arg(i) + m_article.document.text();
    QVERIFY(text.size() > ArticleHighlighter::kEagerLength);
    const Article a = Analyzer::analyze(Document(text, QStringLiteral("long.txt")));
    int pritchard = -1, okafor = -1;
    for (int e = 0; e < a.entities.size(); ++e) {
        if (a.entities.at(e).name == u"Alys Pritchard")
            pritchard = e;
        else if (a.entities.at(e).name == u"Samuel Okafor")
            okafor = e;
    }
    QVERIFY(pritchard >= 0 && okafor >= 0);
    ArticleView view;
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setReadingTheme(m_theme);
    if (!change.isEmpty()) {
        view.setArticle(a);
        QTRY_VERIFY(view.highlighter()->isComplete());
    }
    QSignalSpy completed(view.highlighter(), &ArticleHighlighter::completed);
    const ReadingTheme dark(themes::byName(QStringLiteral("Breeze Dark")));
    if (change.isEmpty())
        view.setArticle(a);
    else if (change == u"theme")
        view.setReadingTheme(dark);
    else
        view.setSpeakerFilter(okafor);
    const ReadingTheme &theme = change == u"theme" ? dark : m_theme;
    const QColor expected = change == u"filter" || change == u"end"
                                ? theme.dimmedText()
                                : theme.speakerColor(view.articleIndex().speakerSlot(pritchard));

    // what is in view is coloured at once, the rest is not yet
    ArticleHighlighter *h = view.highlighter();
    QVERIFY(!h->isComplete());
    QVERIFY(h->pendingBlocks() > view.document()->blockCount() / 2);
    QVERIFY(h->isBlockCurrent(0));
    const qsizetype first = posOf(a, QStringLiteral("promenade"));
    QCOMPARE(formatAt(view.document(), first).foreground().color(), expected);
    const int lastBlock = view.document()->blockCount() - 1;
    if (change == u"end") { // scrolled to the end before the idle pass gets there
        QVERIFY(!h->isBlockCurrent(lastBlock));
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        QVERIFY(h->isBlockCurrent(lastBlock));
        QVERIFY(!h->isComplete());
    }
    // then, in idle time, everything: the last copy is coloured like the first
    QVERIFY(completed.wait(30000) || h->isComplete());
    QVERIFY(h->isComplete());
    const qsizetype last = text.lastIndexOf(QStringLiteral("promenade")) + 1;
    QCOMPARE(formatAt(view.document(), last).foreground().color(), expected);
    QCOMPARE(formatAt(view.document(), first).foreground().color(), expected);
}

QTEST_MAIN(tst_ArticleHighlighter)
#include "tst_articlehighlighter.moc"
