// Find in a 10 MB article: the search itself (TextSearch, one core), and the window while a
// phrase is typed into the find bar: the longest time the GUI thread was busy at a stretch
// (a 1 ms heartbeat timer's longest gap), the time until every match was counted, and a
// scroll step's re-marking. Before (the bar until 2026-12-05): a search with QString::indexOf
// on the GUI thread, then the first 2000 matches marked, wherever they were.
// Run: scripts/bench, or build/<preset>/tests/bench/bench_find -platform offscreen
#include "ArticleView.h"
#include "BenchArticles.h"
#include "FindBar.h"
#include "analysis/Analyzer.h"
#include "text/TextSearch.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

using namespace gloss;

namespace {

constexpr qsizetype kBytes = 10 * 1000 * 1000;

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

/** The longest gap between two ticks of a 1 ms timer while @p work runs the event loop. */
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_longest = std::max(m_longest, msSince(m_last));
            m_last.restart();
        });
    }
    void start()
    {
        m_longest = 0;
        m_last.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return std::max(m_longest, msSince(m_last));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_last;
    double m_longest = 0;
};

} // namespace

class bench_Find : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void search_data();
    void search();
    void typing_data();
    void typing();
    void before();

private:
    Article m_article;
};

void bench_Find::initTestCase()
{
    QElapsedTimer t;
    t.start();
    m_article = Analyzer::analyze(Document(bench::makeArticle(kBytes), QStringLiteral("10mb.txt")));
    qInfo("10 MB article: %lld characters, %lld paragraphs (analysed in %.0f ms)",
          qlonglong(m_article.document.text().size()), qlonglong(m_article.paragraphs.size()),
          msSince(t));
}

void bench_Find::search_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<int>("options");
    QTest::newRow("e") << QStringLiteral("e") << 0;
    QTest::newRow("the") << QStringLiteral("the") << 0;
    QTest::newRow("the, whole words") << QStringLiteral("the") << int(TextSearch::WholeWords);
    QTest::newRow("The, match case") << QStringLiteral("The") << int(TextSearch::MatchCase);
    QTest::newRow("lifeboat") << QStringLiteral("lifeboat") << 0;
    QTest::newRow("zebra (none)") << QStringLiteral("zebra") << 0;
}

void bench_Find::search()
{
    QFETCH(QString, phrase);
    QFETCH(int, options);
    const QList<Span> paragraphs = TextSearch::paragraphSpans(m_article);
    QList<double> times;
    TextSearch::Result r;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        r = TextSearch::run(m_article.document.text(), paragraphs, phrase,
                            TextSearch::Options(options));
        times.append(msSince(t));
    }
    qInfo("%-18s %8lld matches in %6lld paragraphs: median %.1f ms, best %.1f ms",
          QTest::currentDataTag(), qlonglong(r.matches.size()), qlonglong(r.paragraphs.size()),
          bench::median(times), *std::min_element(times.cbegin(), times.cend()));
}

void bench_Find::typing_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::newRow("lifeboat") << QStringLiteral("lifeboat");
    QTest::newRow("the") << QStringLiteral("the");
    QTest::newRow("e") << QStringLiteral("e");
}

void bench_Find::typing()
{
    QFETCH(QString, phrase);
    QWidget window;
    auto *view = new ArticleView(&window);
    auto *bar = new FindBar(view, &window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(view, 1);
    layout->addWidget(bar);
    window.resize(1400, 900);
    window.show();
    view->setArticle(m_article);
    bar->activate();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);

    Heartbeat heart;
    QSignalSpy finished(bar, &FindBar::searchFinished);
    QElapsedTimer t;
    heart.start();
    t.start();
    // typed a character at a time, 30 ms apart: each starts a search that the next cancels
    for (const QChar c : phrase) {
        QTest::keyClicks(bar->lineEdit(), QString(c));
        QTest::qWait(30);
    }
    QVERIFY(finished.wait(20000) || !bar->isSearching());
    const double total = msSince(t);
    const double stall = heart.stop();
    qInfo("typing %-9s %8d matches: counted %.0f ms after the first key; longest GUI stall "
          "%.1f ms",
          qPrintable(phrase), bar->matchCount(), total, stall);

    // a scroll step of a screen: the matches coming into view are marked
    QList<double> steps;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer s;
        s.start();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() +
                                            view->viewport()->height());
        steps.append(msSince(s));
    }
    // and F3 through the matches
    QList<double> nexts;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer s;
        s.start();
        bar->findNext();
        nexts.append(msSince(s));
    }
    qInfo("          scroll step (marks included) median %.2f ms, max %.2f; F3 median %.2f ms",
          bench::median(steps), *std::max_element(steps.cbegin(), steps.cend()),
          bench::median(nexts));
}

void bench_Find::before()
{
    // the search and marking of the bar before: indexOf on the GUI thread, then the first
    // 2000 matches marked (which lays the document out up to the last of them)
    QWidget window;
    auto *view = new ArticleView(&window);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(view, 1);
    window.resize(1400, 900);
    window.show();
    view->setArticle(m_article);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString &text = m_article.document.text();
    for (const QString &needle : {QStringLiteral("lifeboat"), QStringLiteral("the")}) {
        QElapsedTimer t;
        t.start();
        QList<qsizetype> matches;
        qsizetype from = 0;
        while ((from = text.indexOf(needle, from, Qt::CaseInsensitive)) >= 0) {
            matches.append(from);
            from += needle.size();
        }
        const double searched = msSince(t);
        QList<QTextEdit::ExtraSelection> list;
        for (int i = 0; i < matches.size() && i < FindBar::kMaxMarked; ++i) {
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(view->document());
            sel.cursor.setPosition(int(matches.at(i)));
            sel.cursor.setPosition(int(matches.at(i) + needle.size()), QTextCursor::KeepAnchor);
            sel.format.setBackground(Qt::yellow);
            list.append(sel);
        }
        view->setSelectionLayer(QStringLiteral("find"), list);
        const double marked = msSince(t);
        qInfo("before: %-9s %8lld matches: searched %.0f ms, marked (GUI thread) %.0f ms",
              qPrintable(needle), qlonglong(matches.size()), searched, marked - searched);
        view->setSelectionLayer(QStringLiteral("find"), {});
    }
}

QTEST_MAIN(bench_Find)
#include "bench_find.moc"
