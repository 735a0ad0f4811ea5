// Find in a 10 MB article: the search itself (TextSearch, CPU time of one thread), and the
// window while a phrase is typed into the find bar: the longest stretch of GUI-thread CPU time
// between two turns of its event loop (a 1 ms heartbeat timer; CPU time, so that a busy machine
// does not count as a stall), its longest wall-clock gap, the time until every match was
// counted, and a scroll step's re-marking. Before (the bar until 2026-12-05): a search with
// QString::indexOf on the GUI thread, then the first 2000 matches marked, wherever they were. Run:
// scripts/bench, or build/<preset>/tests/bench/bench_find -platform offscreen
#include "ArticleView.h"
#include "BenchArticles.h"
#include "FindBar.h"
#include "text/TextSearch.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <ctime>

using namespace gloss;

namespace {

constexpr qsizetype kBytes = 10 * 1000 * 1000;

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

/** CPU time of the calling thread, in ms. */
double threadMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/** The longest stretches between two ticks of a 1 ms timer: GUI-thread CPU time, wall time. */
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }
    void start()
    {
        m_longestCpu = m_longestWall = 0;
        m_last.start();
        m_lastCpu = threadMs();
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    double longestCpu() const { return m_longestCpu; }
    double longestWall() const { return m_longestWall; }

private:
    void tick()
    {
        const double cpu = threadMs();
        m_longestCpu = std::max(m_longestCpu, cpu - m_lastCpu);
        m_longestWall = std::max(m_longestWall, msSince(m_last));
        m_lastCpu = cpu;
        m_last.restart();
    }

    QTimer m_timer;
    QElapsedTimer m_last;
    double m_lastCpu = 0;
    double m_longestCpu = 0;
    double m_longestWall = 0;
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
    // the text and its paragraphs (at the blank lines) are all Find needs: no analysis
    // the sample's paragraphs again and again, as bench::makeArticle() (which measures the whole
    // text at each step: quadratic at 10 MB)
    const QString sample =
        Loader::loadFile(QStringLiteral(":/org.gloss/data/sample-article.txt")).document->text();
    const qsizetype body = sample.indexOf(u"\n\n") + 2;
    QString made = sample.left(body);
    const QString part = QString(sample).remove(0, body);
    qsizetype bytes = made.toUtf8().size();
    const qsizetype partBytes = part.toUtf8().size();
    for (int n = 1; bytes < kBytes; ++n) {
        const QString heading = QStringLiteral("Part %1\n\n").arg(n);
        made += heading + part + u"\n\n";
        bytes += heading.size() + partBytes + 2;
    }
    m_article.document = Document(made, QStringLiteral("10mb.txt"));
    const QString &text = m_article.document.text();
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u"\n\n", start);
        if (end < 0)
            end = text.size();
        m_article.paragraphs.append({{start, end}, ParagraphRole::Body});
        start = end + 2;
    }
    qInfo("10 MB article: %lld characters, %lld paragraphs", qlonglong(text.size()),
          qlonglong(m_article.paragraphs.size()));
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
        const double start = threadMs();
        r = TextSearch::run(m_article.document.text(), paragraphs, phrase,
                            TextSearch::Options(options));
        times.append(threadMs() - start);
    }
    qInfo("%-18s %8lld matches in %6lld paragraphs: median %.1f ms, best %.1f ms",
          QTest::currentDataTag(), qlonglong(r.matches.size()), qlonglong(r.paragraphs.size()),
          bench::median(times), *std::min_element(times.cbegin(), times.cend()));
}

void bench_Find::typing_data()
{
    QTest::addColumn<QString>("phrase");
    // the first search of the process pays for Qt's first uses (thread pool, glyphs of the bar)
    QTest::newRow("first use") << QStringLiteral("zq");
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
    QTest::qWait(1000); // the view's first layout and colouring are not the bar's

    Heartbeat heart;
    // the same time without typing: what the view itself does (lazy layout, colouring)
    heart.start();
    QTest::qWait(1500);
    heart.stop();
    const double idle = heart.longestCpu();
    QElapsedTimer t;
    double counted = 0;
    connect(bar, &FindBar::searchFinished, this, [&] { counted = msSince(t); });
    heart.start();
    t.start();
    // typed a character at a time, 30 ms apart: each starts a search that the next cancels
    for (const QChar c : phrase) {
        QTest::keyClicks(bar->lineEdit(), QString(c));
        QTest::qWait(30);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isSearching(), 60000);
    QTest::qWait(50);
    heart.stop();
    const double total = counted;
    qInfo("typing %-9s %8d matches: counted %.0f ms after the first key; longest GUI-thread "
          "stretch %.1f ms CPU (%.1f ms wall); without typing %.1f ms CPU",
          qPrintable(phrase), bar->matchCount(), total, heart.longestCpu(), heart.longestWall(),
          idle);

    // a scroll step of a screen: the matches coming into view are marked
    QList<double> steps;
    for (int i = 0; i < 20; ++i) {
        const double start = threadMs();
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() +
                                            view->viewport()->height());
        steps.append(threadMs() - start);
    }
    // and F3 through the matches
    QList<double> nexts;
    for (int i = 0; i < 20; ++i) {
        const double start = threadMs();
        bar->findNext();
        nexts.append(threadMs() - start);
    }
    qInfo(
        "          scroll step (marks included) median %.2f ms, max %.2f; F3 median %.2f ms (CPU)",
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
        const double start = threadMs();
        QList<qsizetype> matches;
        qsizetype from = 0;
        while ((from = text.indexOf(needle, from, Qt::CaseInsensitive)) >= 0) {
            matches.append(from);
            from += needle.size();
        }
        const double searched = threadMs() - start;
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
        const double marked = threadMs() - start;
        qInfo("before: %-9s %8lld matches: searched %.0f ms, marked %.0f ms (GUI thread, CPU)",
              qPrintable(needle), qlonglong(matches.size()), searched, marked - searched);
        view->setSelectionLayer(QStringLiteral("find"), {});
    }
}

QTEST_MAIN(bench_Find)
#include "bench_find.moc"
