#include "ArticleView.h"
#include "FindBar.h"
#include "TestArticles.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace gloss;
using namespace Qt::StringLiterals;

namespace {

/** A short article analysed for real: paragraphs at the blank lines. */
Article articleOf(const QString &text)
{
    return Analyzer::analyze(Document(text, QStringLiteral("find.txt")));
}

const QString kSeaText = u"The sea wall\n\n"
                         u"The Sea rose over the sea wall; the SEA took the seafront.\n\n"
                         u"Nobody overseas saw the sea’s worst. Zürich and ZÜRICH, Zürichsee.\n\n"
                         u"The seas calmed, and the sea-wall held."_s;

/** A view with a find bar under it, shown and active (for keys and the marks near the view). */
struct Window
{
    QWidget window;
    ArticleView *view = new ArticleView(&window);
    FindBar *bar = new FindBar(view, &window);

    Window()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(view, 1);
        layout->addWidget(bar);
        window.resize(900, 600);
    }
    bool show(const Article &article)
    {
        window.show();
        view->setArticle(article);
        bar->activate();
        return QTest::qWaitForWindowActive(&window);
    }
};

} // namespace

class tst_FindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void counts_data();
    void counts();
    void options_data();
    void options();
    void optionKeys();
    void optionsAreRemembered_data();
    void optionsAreRemembered();
    void nextAndPreviousWrap();
    void currentMatchIsStronger_data();
    void currentMatchIsStronger();
    void closingSelectsTheCurrentMatch();
    void escapeCloses();
    void escapeClosesBeforeWindowShortcuts();
    void paragraphs();
    void paragraphList();
    void matchesAcrossTheAnalysisLimit();
    void longArticleOnAThread();
    void newerSearchWins();
    void longArticleMarksNearTheView();
    void staleAfterANewArticle();

private:
    static QList<qsizetype> markedStarts(const ArticleView &view);
    QTemporaryDir m_settings;
};

void tst_FindBar::initTestCase()
{
    test::isolate(m_settings);
}

void tst_FindBar::init()
{
    QSettings().clear(); // every test starts from the default options
}

QList<qsizetype> tst_FindBar::markedStarts(const ArticleView &view)
{
    QList<qsizetype> starts;
    for (const auto &sel : view.selectionLayer(QStringLiteral("find")))
        starts.append(sel.cursor.selectionStart());
    std::sort(starts.begin(), starts.end());
    return starts;
}

void tst_FindBar::counts_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("matches");
    QTest::addColumn<QString>("status");
    QTest::newRow("word") << QStringLiteral("wall") << 7 << QStringLiteral("1 of 7");
    QTest::newRow("any case") << QStringLiteral("PORTMERE") << 6 << QStringLiteral("1 of 6");
    QTest::newRow("none") << QStringLiteral("zebra") << 0 << QStringLiteral("No matches");
    QTest::newRow("empty") << QString() << 0 << QString();
}

void tst_FindBar::counts()
{
    QFETCH(QString, needle);
    QFETCH(int, matches);
    QFETCH(QString, status);
    ArticleView view;
    view.setArticle(test::sampleArticle());
    FindBar bar(&view);
    bar.activate();
    QTest::keyClicks(bar.lineEdit(), needle);
    QCOMPARE(bar.matchCount(), matches);
    QCOMPARE(bar.statusText(), status);
    QCOMPARE(view.selectionLayer(QStringLiteral("find")).size(), matches);
    QCOMPARE(bar.paragraphsText().isEmpty(), matches == 0);
    if (matches > 0) {
        const QString text = view.article().document.text();
        const qsizetype at = bar.result().matches.at(bar.currentMatch());
        QCOMPARE(text.mid(at, needle.size()).toLower(), needle.toLower());
        QCOMPARE(view.textCursor().position(), int(at)); // the caret went there
    }
}

void tst_FindBar::options_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<bool>("matchCase");
    QTest::addColumn<bool>("wholeWords");
    QTest::addColumn<int>("matches");
    QTest::newRow("any case, parts of words") << u"sea"_s << false << false << 9;
    QTest::newRow("match case") << u"sea"_s << true << false << 7;
    QTest::newRow("whole words") << u"sea"_s << false << true << 6;
    QTest::newRow("whole words, match case") << u"sea"_s << true << true << 4;
    QTest::newRow("whole words: punctuation around") << u"sea wall"_s << false << true << 2;
    QTest::newRow("non-ASCII, any case") << u"zürich"_s << false << false << 3;
    QTest::newRow("non-ASCII, whole words") << u"zürich"_s << false << true << 2;
    QTest::newRow("non-ASCII, match case and whole words") << u"Zürich"_s << true << true << 1;
    QTest::newRow("no match with whole words") << u"seafronts"_s << false << true << 0;
}

void tst_FindBar::options()
{
    QFETCH(QString, phrase);
    QFETCH(bool, matchCase);
    QFETCH(bool, wholeWords);
    QFETCH(int, matches);
    ArticleView view;
    view.setArticle(articleOf(kSeaText));
    FindBar bar(&view);
    bar.activate();
    bar.setSearchText(phrase);
    bar.matchCaseAction()->setChecked(matchCase);
    bar.wholeWordsAction()->setChecked(wholeWords);
    QCOMPARE(bar.options().testFlag(TextSearch::MatchCase), matchCase);
    QCOMPARE(bar.matchCount(), matches);
    QCOMPARE(view.selectionLayer(QStringLiteral("find")).size(), matches);
    // the same as the search itself finds
    TextSearch::Options o;
    o.setFlag(TextSearch::MatchCase, matchCase);
    o.setFlag(TextSearch::WholeWords, wholeWords);
    QCOMPARE(bar.result().matches, TextSearch(phrase, o).findAll(kSeaText));
}

void tst_FindBar::optionKeys()
{
    Window w;
    QVERIFY(w.show(articleOf(kSeaText)));
    QTest::keyClicks(w.bar->lineEdit(), u"sea"_s);
    QCOMPARE(w.bar->matchCount(), 9);
    QTest::keyClick(w.bar->lineEdit(), Qt::Key_C, Qt::AltModifier);
    QVERIFY(w.bar->matchCaseAction()->isChecked());
    QCOMPARE(w.bar->matchCount(), 7);
    QTest::keyClick(w.bar->lineEdit(), Qt::Key_W, Qt::AltModifier);
    QVERIFY(w.bar->wholeWordsAction()->isChecked());
    QCOMPARE(w.bar->matchCount(), 4);
    QTest::keyClick(w.bar->lineEdit(), Qt::Key_C, Qt::AltModifier);
    QCOMPARE(w.bar->matchCount(), 6);
    QCOMPARE(w.bar->lineEdit()->text(), u"sea"_s); // the keys typed nothing
}

void tst_FindBar::optionsAreRemembered_data()
{
    QTest::addColumn<bool>("matchCase");
    QTest::addColumn<bool>("wholeWords");
    QTest::newRow("match case") << true << false;
    QTest::newRow("whole words") << false << true;
    QTest::newRow("both") << true << true;
    QTest::newRow("neither") << false << false;
}

void tst_FindBar::optionsAreRemembered()
{
    QFETCH(bool, matchCase);
    QFETCH(bool, wholeWords);
    {
        Window w;
        QVERIFY(w.show(articleOf(kSeaText)));
        if (matchCase)
            QTest::keyClick(w.bar->lineEdit(), Qt::Key_C, Qt::AltModifier);
        if (wholeWords)
            QTest::keyClick(w.bar->lineEdit(), Qt::Key_W, Qt::AltModifier);
    }
    // the next bar (the next session) starts with the reader's choice, and finds by it
    Window w;
    QCOMPARE(w.bar->matchCaseAction()->isChecked(), matchCase);
    QCOMPARE(w.bar->wholeWordsAction()->isChecked(), wholeWords);
    QVERIFY(w.show(articleOf(kSeaText)));
    QTest::keyClicks(w.bar->lineEdit(), u"sea"_s);
    const int expected = matchCase ? (wholeWords ? 4 : 7) : (wholeWords ? 6 : 9);
    QCOMPARE(w.bar->matchCount(), expected);
}

void tst_FindBar::nextAndPreviousWrap()
{
    ArticleView view;
    view.setArticle(test::sampleArticle());
    FindBar bar(&view);
    bar.setSearchText(QStringLiteral("Okafor"));
    const int n = bar.matchCount();
    QCOMPARE(n, 2);
    QCOMPARE(bar.currentMatch(), 0);
    bar.findNext();
    QCOMPARE(bar.currentMatch(), 1);
    bar.findNext();
    QCOMPARE(bar.currentMatch(), 0);
    bar.findPrevious();
    QCOMPARE(bar.currentMatch(), 1);
    QCOMPARE(bar.statusText(), QStringLiteral("2 of 2"));
    QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
    QCOMPARE(bar.currentMatch(), 0);
}

void tst_FindBar::currentMatchIsStronger_data()
{
    QTest::addColumn<QString>("theme");
    QTest::newRow("light") << u"Breeze Light"_s;
    QTest::newRow("dark") << u"Breeze Dark"_s;
    QTest::newRow("high contrast dark") << u"Vim Dark"_s;
    QTest::newRow("solarized light") << u"Solarized Light"_s;
}

void tst_FindBar::currentMatchIsStronger()
{
    QFETCH(QString, theme);
    const ReadingTheme reading(themes::byName(theme));
    QVERIFY(reading.isValid());
    ArticleView view;
    view.setReadingTheme(reading);
    view.setArticle(test::sampleArticle());
    FindBar bar(&view);
    bar.activate();
    bar.setSearchText(QStringLiteral("wall"));
    bar.findNext();
    const qsizetype current = bar.result().matches.at(bar.currentMatch());
    const QColor page = reading.background();
    const QColor others = reading.searchHighlight();
    int strongOnes = 0;
    for (const auto &sel : view.selectionLayer(QStringLiteral("find"))) {
        const QColor bg = sel.format.background().color();
        if (sel.cursor.selectionStart() == current) {
            ++strongOnes;
            // further from the page than the others, the text on it readable
            QVERIFY2(colors::contrastRatio(bg, page) > 1.3 * colors::contrastRatio(others, page),
                     qPrintable(bg.name() + u" / "_s + others.name()));
            QVERIFY(colors::contrastRatio(sel.format.foreground().color(), bg) >=
                    ReadingTheme::kTintContrast);
        } else {
            QCOMPARE(bg, others);
        }
    }
    QCOMPARE(strongOnes, 1);
}

void tst_FindBar::closingSelectsTheCurrentMatch()
{
    ArticleView view;
    view.setArticle(test::sampleArticle());
    FindBar bar(&view);
    bar.activate();
    bar.setSearchText(QStringLiteral("LIFEBOAT"));
    bar.findNext();
    QVERIFY(!view.textCursor().hasSelection());
    bar.close();
    QCOMPARE(view.textCursor().selectedText(), QStringLiteral("lifeboat"));
    QCOMPARE(view.textCursor().selectionStart(), int(bar.result().matches.at(1)));
}

void tst_FindBar::escapeCloses()
{
    ArticleView view;
    view.setArticle(test::sampleArticle());
    FindBar bar(&view);
    bar.show();
    bar.activate();
    QVERIFY(bar.isVisible());
    bar.setSearchText(QStringLiteral("sea"));
    QVERIFY(!view.selectionLayer(QStringLiteral("find")).isEmpty());
    QTest::keyClick(bar.lineEdit(), Qt::Key_Escape);
    QVERIFY(!bar.isVisible());
    QVERIFY(view.selectionLayer(QStringLiteral("find")).isEmpty());
}

// Esc in the bar closes the bar, even when the window has an action on Esc (Show All Speakers)
void tst_FindBar::escapeClosesBeforeWindowShortcuts()
{
    Window w;
    QAction windowEsc(&w.window);
    windowEsc.setShortcut(QKeySequence(Qt::Key_Escape));
    w.window.addAction(&windowEsc);
    QSignalSpy triggered(&windowEsc, &QAction::triggered);
    QVERIFY(w.show(test::sampleArticle()));
    QTest::keyClicks(w.bar->lineEdit(), u"sea"_s);
    QTest::keyClick(w.bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(!w.bar->isVisible());
    QCOMPARE(triggered.size(), 0);
    // in the text, Esc is the window's again
    QTest::keyClick(w.view, Qt::Key_Escape);
    QCOMPARE(triggered.size(), 1);
}

void tst_FindBar::paragraphs()
{
    ArticleView view;
    const Article article = articleOf(kSeaText);
    view.setArticle(article);
    FindBar bar(&view);
    bar.activate();
    bar.setSearchText(u"sea"_s);
    QCOMPARE(bar.matchCount(), 9);
    // headline 1; then 4 (Sea, sea, SEA, seafront), 2 (overseas, sea’s), 2 (seas, sea-wall)
    const auto &hits = bar.result().paragraphs;
    QCOMPARE(hits.size(), 4);
    QVERIFY2(bar.paragraphsText().startsWith(u"in 4 paragraph"_s),
             qPrintable(bar.paragraphsText()));
    QList<int> counts;
    for (const auto &h : hits)
        counts << h.count;
    QCOMPARE(counts, (QList<int>{1, 4, 2, 2}));
    for (const auto &h : hits)
        QVERIFY(article.paragraphs.at(h.paragraph)
                    .span.contains(bar.result().matches.at(h.firstMatch)));
    bar.goToParagraph(2);
    QCOMPARE(bar.currentMatch(), hits.at(2).firstMatch);
    QCOMPARE(bar.statusText(), u"6 of 9"_s);
    bar.findNext();
    const QString tip = bar.findChild<QWidget *>(u"findParagraphs"_s)->toolTip();
    QVERIFY2(tip.startsWith(u"Match 7 of 9 is number 2 of the 2 match"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"in paragraph 3."_s), qPrintable(tip));
    bar.setSearchText(u"wall"_s);
    QVERIFY2(bar.paragraphsText().startsWith(u"in 3 paragraph"_s),
             qPrintable(bar.paragraphsText()));
    bar.setSearchText(u"zebra"_s);
    QCOMPARE(bar.paragraphsText(), QString());
}

void tst_FindBar::paragraphList()
{
    Window w;
    QVERIFY(w.show(articleOf(kSeaText)));
    QTest::keyClicks(w.bar->lineEdit(), u"sea"_s);
    w.bar->goToParagraph(1);
    w.bar->showParagraphList();
    auto *list = w.bar->findChild<QListView *>(u"findParagraphView"_s);
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), 4);
    QCOMPARE(list->currentIndex().row(), 1); // the current match's paragraph
    const QString row = list->model()->index(3, 0).data().toString();
    QVERIFY2(row.startsWith(u"¶ 4 · 2 match"_s) && row.contains(u" — The seas calmed"_s),
             qPrintable(row));
    QVERIFY2(!row.contains(u"Zürich"_s), qPrintable(row)); // the words of its own paragraph
    // Enter goes to the paragraph's first match and closes the list
    list->setCurrentIndex(list->model()->index(3, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(w.bar->currentMatch(), w.bar->result().paragraphs.at(3).firstMatch);
    QTRY_VERIFY(!w.bar->findChild<QListView *>(u"findParagraphView"_s));
}

void tst_FindBar::matchesAcrossTheAnalysisLimit()
{
    // an article whose analysis stopped after its second paragraph (Article::limited)
    const QString text = u"The sea wall.\n\nThe sea rose.\n\nSea and sea beyond.\nMore sea.\n"_s;
    Article a = articleOf(text);
    a.paragraphs.resize(2);
    a.limited = true;
    ArticleView view;
    view.setArticle(a);
    FindBar bar(&view);
    bar.activate();
    bar.setSearchText(u"sea"_s);
    QCOMPARE(bar.matchCount(), 5);
    QVERIFY2(bar.paragraphsText().startsWith(u"in 4 paragraph"_s),
             qPrintable(bar.paragraphsText()));
    QCOMPARE(bar.result().paragraphs.at(2).count, 2); // lines beyond the analysis
    QCOMPARE(bar.result().paragraphs.at(3).count, 1);
    bar.findPrevious();
    QCOMPARE(bar.currentMatch(), bar.matchCount() - 1); // wraps to a match beyond the limit
    QCOMPARE(view.textCursor().position(), int(text.lastIndexOf(u"sea"_s)));
}

void tst_FindBar::longArticleOnAThread()
{
    ArticleView view;
    view.setArticle(test::sampleArticle());
    FindBar bar(&view);
    bar.m_syncLength = 0; // every article is a long one
    bar.activate();
    QSignalSpy finished(&bar, &FindBar::searchFinished);
    bar.setSearchText(QStringLiteral("wall"));
    QVERIFY(bar.isSearching());
    QCOMPARE(bar.statusText(), QStringLiteral("Searching…"));
    QCOMPARE(bar.matchCount(), 0);
    QVERIFY(finished.wait());
    QVERIFY(!bar.isSearching());
    QCOMPARE(bar.matchCount(), 7);
    QCOMPARE(bar.statusText(), QStringLiteral("1 of 7"));
    QCOMPARE(view.selectionLayer(QStringLiteral("find")).size(), 7);
}

void tst_FindBar::newerSearchWins()
{
    ArticleView view;
    view.setArticle(test::sampleArticle());
    FindBar bar(&view);
    bar.m_syncLength = 0;
    bar.activate();
    QSignalSpy finished(&bar, &FindBar::searchFinished);
    bar.setSearchText(QStringLiteral("e"));
    bar.setSearchText(QStringLiteral("wal"));
    bar.setSearchText(QStringLiteral("wall"));
    QTRY_VERIFY(!bar.isSearching());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(bar.matchCount(), 7);
    // closed while searching: searched again when it comes back
    bar.setSearchText(QStringLiteral("Okafor"));
    bar.close();
    QVERIFY(!bar.isSearching());
    bar.activate();
    QTRY_COMPARE(bar.matchCount(), 2);
}

void tst_FindBar::longArticleMarksNearTheView()
{
    // the sample 40 times (about 150 KB): only the matches near the view are marked
    const Article sample = test::sampleArticle();
    QString text;
    for (int i = 0; i < 40; ++i)
        text += sample.document.text() + u"\n\n"_s;
    Window w;
    w.bar->m_markAllLength = 0;
    QVERIFY(w.show(articleOf(text)));
    w.bar->setSearchText(QStringLiteral("wall"));
    QCOMPARE(w.bar->matchCount(), 280);
    QList<qsizetype> marked = markedStarts(*w.view);
    QVERIFY(!marked.isEmpty());
    QVERIFY2(marked.size() < 60, qPrintable(QString::number(marked.size())));
    const auto &all = w.bar->result().matches;
    QVERIFY(marked.contains(all.at(w.bar->currentMatch())));
    // the view's own matches are all marked
    const int h = w.view->viewport()->height();
    const Span shown = w.view->blockSpanBetween(0, h);
    for (qsizetype m : all) {
        if (shown.contains(m))
            QVERIFY(marked.contains(m));
    }
    // a jump far down marks the matches there (and the first ones are let go)
    w.bar->findPrevious(); // wraps to the last
    marked = markedStarts(*w.view);
    QVERIFY(marked.contains(all.constLast()));
    QVERIFY(!marked.contains(all.constFirst()));
    // scrolling marks what comes into view
    w.view->verticalScrollBar()->setValue(0);
    marked = markedStarts(*w.view);
    QVERIFY(marked.contains(all.constFirst()));
}

void tst_FindBar::staleAfterANewArticle()
{
    ArticleView view;
    view.setArticle(test::sampleArticle());
    FindBar bar(&view);
    bar.activate();
    bar.setSearchText(QStringLiteral("wall"));
    QCOMPARE(bar.matchCount(), 7);
    bar.close();
    view.setArticle(articleOf(kSeaText)); // the window does not refresh a closed bar
    bar.findNext();
    QCOMPARE(bar.matchCount(), 3);
    QVERIFY(bar.isVisible());
}

QTEST_MAIN(tst_FindBar)
#include "tst_findbar.moc"
