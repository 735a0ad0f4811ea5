// Jumps in long articles, at once after opening (the text laid out lazily, only its start):
// Find of a word near the end (searched on a worker thread: until it lands), a claim jump to
// the last claim, Ctrl+End, and the scroll bar dragged to the bottom, for 3, 10 and 50 MB
// articles. For each: the time from the jump to the
// view repainted at its target, and whether it is correct: the target's rectangle lies inside
// the viewport after the jump (the benchmark fails when one is not).
// Run: scripts/bench, or build/release/tests/bench/bench_jumps -platform offscreen
#include "ArticleHighlighter.h"
#include "ArticleView.h"
#include "BenchArticles.h"
#include "ClaimsPanel.h"
#include "FindBar.h"
#include "MainWindow.h"

#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace gloss;

namespace {

const QString kMarker = QStringLiteral("Zanzibarquux");
// four opens of 50 MB take longer than Qt Test's 5 minutes a function on a busy machine
const bool kLongTimeout = qputenv("QTEST_FUNCTION_TIMEOUT", "3600000");

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

/** makeArticle(@p bytes), then a paragraph with kMarker and a last one with a claim. */
QString writeJumpArticle(const QTemporaryDir &dir, qsizetype bytes)
{
    const QString path = dir.filePath(QStringLiteral("jumps-%1.txt").arg(bytes));
    QFile f(path);
    const QString text = bench::makeArticle(bytes) + kMarker
                         + QStringLiteral(" is the word to find, near the end.\n\n"
                                          "The council said on Friday that the work would "
                                          "cost £3 million, according to its accounts.\n");
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
        return {};
    return path;
}

struct Jump
{
    QString name;
    double ms = 0;
    bool correct = false;
    QString where; // the target, as a share of the text
};

} // namespace

class bench_Jumps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jumps_data();
    void jumps();

private:
    QTemporaryDir m_dir;
};

void bench_Jumps::initTestCase()
{
    bench::isolate(m_dir);
}

void bench_Jumps::jumps_data()
{
    QTest::addColumn<qsizetype>("bytes");
    QTest::newRow("3 MB") << qsizetype(3) * 1024 * 1024;
    QTest::newRow("10 MB") << qsizetype(10) * 1024 * 1024;
    QTest::newRow("50 MB") << qsizetype(50) * 1024 * 1024;
}

void bench_Jumps::jumps()
{
    QFETCH(qsizetype, bytes);
    const QString path = writeJumpArticle(m_dir, bytes);
    QVERIFY(!path.isEmpty());
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ArticleView *view = w.articleView();

    QList<Jump> results;
    double openMs = 0;
    for (const QString &kind : {QStringLiteral("Find"), QStringLiteral("claim"),
                                QStringLiteral("Ctrl+End"), QStringLiteral("scroll bar")}) {
        // each jump on the article just opened: only its first screens are laid out
        QSettings().clear(); // no reading position to restore
        QSignalSpy shown(&w, &MainWindow::articleShown);
        QElapsedTimer open;
        open.start();
        QVERIFY(w.openFile(path));
        QVERIFY(shown.wait(300000));
        view->viewport()->repaint();
        openMs = std::max(openMs, msSince(open));
        const Article &article = w.article();
        const QString &text = article.document.text();
        Span target;
        QElapsedTimer t;
        t.start();
        if (kind == u"Find") {
            const qsizetype at = text.indexOf(kMarker);
            target = {at, at + kMarker.size()};
            // a long article is searched on a worker thread: the jump is when it is done
            QSignalSpy found(w.findBar(), &FindBar::searchFinished);
            w.findBar()->activate();
            w.findBar()->setSearchText(kMarker);
            if (w.findBar()->isSearching())
                QVERIFY(found.wait(60000));
        } else if (kind == u"claim") {
            QVERIFY(!article.claims.isEmpty());
            const qsizetype last = article.claims.size() - 1;
            target = article.claims.at(last).span;
            Q_EMIT w.claimsPanel()->claimActivated(int(last));
        } else if (kind == u"Ctrl+End") {
            view->setFocus();
            target = {text.size() - 1, text.size()};
            QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        } else {
            target = {text.size() - 1, text.size()};
            // the scroll bar the reader sees (one over the whole article when it is laid out
            // a window at a time)
            view->articleScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
        }
        view->viewport()->repaint();
        Jump j;
        j.name = kind;
        j.ms = msSince(t);
        // what follows the jump (the find bar's layout, the idle colouring and layout of the
        // text above, which wraps differently once coloured) must not move the target away
        QTest::qWait(300);
        QCoreApplication::sendPostedEvents(); // the view's answer to the last layout step
        const QRect r = view->spanRect(target);
        QStringList wrong;
        if (!view->viewport()->rect().contains(r))
            wrong.append(QStringLiteral("not shown: at y %1, the view shows 0 to %2")
                             .arg(r.top())
                             .arg(view->viewport()->height()));
        if (!view->highlighter()->isBlockCurrent(
                view->document()->findBlock(int(target.start)).blockNumber()))
            wrong.append(QStringLiteral("not coloured"));
        if (kind == u"Find" && w.findBar()->statusText() != QStringLiteral("1 of 1"))
            wrong.append(w.findBar()->statusText());
        j.correct = wrong.isEmpty();
        j.where = QStringLiteral("%1%").arg(100.0 * target.start / text.size(), 0, 'f', 1);
        if (!wrong.isEmpty())
            j.where += QStringLiteral(": ") + wrong.join(QStringLiteral(", "));
        results.append(j);
        w.findBar()->close();
    }
    QStringList parts;
    bool allCorrect = true;
    for (const Jump &j : std::as_const(results)) {
        parts.append(QStringLiteral("%1 %2 ms %3 (target at %4)")
                         .arg(j.name)
                         .arg(j.ms, 0, 'f', 1)
                         .arg(j.correct ? QStringLiteral("correct") : QStringLiteral("WRONG"))
                         .arg(j.where));
        allCorrect = allCorrect && j.correct;
    }
    qInfo("%s (%d blocks; open → shown at most %.0f ms): %s", QTest::currentDataTag(),
          view->document()->blockCount(), openMs, qPrintable(parts.join(QStringLiteral("; "))));
    QVERIFY(allCorrect);
}

QTEST_MAIN(bench_Jumps)
#include "bench_jumps.moc"
