// Time from MainWindow::openFile() to the article shown and highlighted, for a 300 KB and a
// 3 MB article; then scrolling through the long one.
//
// "Shown" means: articleShown() was emitted (loaded and analysed off the GUI thread, the
// document built, the panels filled) and the first paint of the view is done, with every
// block in view coloured (checked). A long article's other blocks are coloured in idle time
// afterwards; "fully highlighted" is the time until ArticleHighlighter::completed().
// Targets (issue 4): shown under 150 ms and under 1 s; no re-highlighting while scrolling.
// Run: scripts/bench, or build/release/tests/bench/bench_articleopen -platform offscreen
#include "ArticleHighlighter.h"
#include "ArticleView.h"
#include "BenchArticles.h"
#include "ClaimsPanel.h"
#include "EntitiesPanel.h"
#include "MainWindow.h"
#include "SpeakersPanel.h"
#include "analysis/Analyzer.h"
#include "io/Loader.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <algorithm>

using namespace gloss;
using gloss::bench::median;
using gloss::bench::writeArticle;

namespace {

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

/** True when every block in the view shows the highlighter's current settings. */
bool visibleBlocksCurrent(ArticleView *view)
{
    QAbstractTextDocumentLayout *layout = view->document()->documentLayout();
    const qreal top = view->verticalScrollBar()->value();
    const qreal bottom = top + view->viewport()->height();
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
        const QRectF r = layout->blockBoundingRect(b);
        if (r.top() > bottom)
            break;
        if (r.bottom() >= top && !view->highlighter()->isBlockCurrent(b.blockNumber()))
            return false;
    }
    return true;
}

} // namespace

class bench_ArticleOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openToShown_data();
    void openToShown();
    void scrollLongArticle();

private:
    QTemporaryDir m_dir;
};

void bench_ArticleOpen::initTestCase()
{
    bench::isolate(m_dir);
}

void bench_ArticleOpen::openToShown_data()
{
    QTest::addColumn<qsizetype>("bytes");
    QTest::addColumn<int>("runs");
    QTest::addColumn<double>("targetMs");
    QTest::newRow("300 KB") << qsizetype(300 * 1024) << 9 << 150.0;
    QTest::newRow("3 MB") << qsizetype(3 * 1024 * 1024) << 5 << 1000.0;
}

void bench_ArticleOpen::openToShown()
{
    QFETCH(qsizetype, bytes);
    QFETCH(int, runs);
    QFETCH(double, targetMs);
    const QString path = writeArticle(m_dir, QStringLiteral("article-%1.txt").arg(bytes), bytes);
    QVERIFY(!path.isEmpty());

    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ArticleView *view = w.articleView();
    QSignalSpy shown(&w, &MainWindow::articleShown);
    QSignalSpy completed(view->highlighter(), &ArticleHighlighter::completed);
    QList<double> toShown, toComplete;
    for (int i = 0; i < runs; ++i) {
        shown.clear();
        completed.clear();
        QElapsedTimer t;
        t.start();
        QVERIFY(w.openFile(path));
        QVERIFY(shown.wait(60000));
        view->viewport()->repaint(); // the first paint, coloured where it shows
        toShown.append(msSince(t));
        QVERIFY(visibleBlocksCurrent(view));
        QVERIFY(w.claimsPanel()->visibleClaimCount() > 0);
        if (completed.isEmpty())
            QVERIFY(completed.wait(60000));
        toComplete.append(msSince(t));
        QVERIFY(view->highlighter()->isComplete());
        QTest::qWait(20);
    }

    // the parts, one at a time: analysis (worker thread), the view, each panel (GUI thread)
    const Loader::Result loaded = Loader::loadFile(path);
    Article article;
    QList<double> loading, analysis, viewPart, claims, speakers, entities;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const Loader::Result again = Loader::loadFile(path);
        loading.append(msSince(t));
        t.restart();
        article = Analyzer::analyze(*again.document);
        analysis.append(msSince(t));
    }
    ClaimsPanel claimsPanel;
    SpeakersPanel speakersPanel;
    EntitiesPanel entitiesPanel;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        view->setArticle(article);
        viewPart.append(msSince(t));
        t.restart();
        claimsPanel.setArticle(article);
        claims.append(msSince(t));
        t.restart();
        speakersPanel.setArticle(article, view->articleIndex());
        speakers.append(msSince(t));
        t.restart();
        entitiesPanel.setArticle(article);
        entities.append(msSince(t));
        QTRY_VERIFY_WITH_TIMEOUT(view->highlighter()->isComplete(), 60000);
    }
    qInfo("%s (%lld bytes, %d blocks, %lld quotes, %lld claims): open → shown median %.1f ms "
          "(target %.0f ms); fully highlighted (idle time) %.1f ms",
          QTest::currentDataTag(), qint64(loaded.document->text().toUtf8().size()),
          view->document()->blockCount(), qint64(article.quotes.size()),
          qint64(article.claims.size()), median(toShown), targetMs, median(toComplete));
    qInfo("  parts (medians): load %.1f ms, analysis %.1f ms [worker]; view %.1f ms, claims "
          "%.1f ms, speakers %.1f ms, entities %.1f ms [GUI]",
          median(loading), median(analysis), median(viewPart), median(claims), median(speakers),
          median(entities));
}

void bench_ArticleOpen::scrollLongArticle()
{
    const QString path = writeArticle(m_dir, QStringLiteral("scroll.txt"), 3 * 1024 * 1024);
    QVERIFY(!path.isEmpty());
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy shown(&w, &MainWindow::articleShown);
    QVERIFY(w.openFile(path));
    QVERIFY(shown.wait(60000));
    ArticleView *view = w.articleView();
    QTRY_VERIFY_WITH_TIMEOUT(view->highlighter()->isComplete(), 60000);
    const qint64 highlighted = view->highlighter()->highlightedBlocks();
    QScrollBar *bar = view->verticalScrollBar();
    QList<double> frames;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        bar->setValue(bar->value() + view->viewport()->height() * 3);
        view->viewport()->repaint();
        frames.append(msSince(t));
    }
    std::sort(frames.begin(), frames.end());
    qInfo("scrolling the 3 MB article: frame median %.2f ms, 95th percentile %.2f ms, "
          "max %.2f ms; blocks re-highlighted while scrolling: %lld",
          median(frames), frames.at(frames.size() * 95 / 100), frames.last(),
          view->highlighter()->highlightedBlocks() - highlighted);
    QCOMPARE(view->highlighter()->highlightedBlocks(), highlighted);
}

QTEST_MAIN(bench_ArticleOpen)
#include "bench_articleopen.moc"
