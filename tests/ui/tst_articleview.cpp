#include "ArticleView.h"
#include "TestArticles.h"
#include "articleview/ArticleWindow_p.h"

#include <QApplication>
#include <QScrollBar>
#include <QWheelEvent>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QToolTip>

using namespace gloss;

class tst_ArticleView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plainTextIsDocumentText_data();
    void plainTextIsDocumentText();
    void typography();
    void columnMeasure_data();
    void columnMeasure();
    void zoomKeepsReadingPosition_data();
    void zoomKeepsReadingPosition();
    void zoomStepKeepsReadingPosition_data();
    void zoomStepKeepsReadingPosition();
    void zoomKeepsTheEndReachable_data();
    void zoomKeepsTheEndReachable();
    void jumpsLandOnTarget_data();
    void jumpsLandOnTarget();
    void jumpsStayOnTarget_data();
    void jumpsStayOnTarget();
    void windowFollowsScrolling_data();
    void windowFollowsScrolling();
    void windowKeepsNotesOutOfView();
    void windowComesAndGoesWithArticles();
    void scrollToSpan();
    void blockSpanBetween();
    void toolTips_data();
    void toolTips();
    void clickingSpeakerName();
    void marginLane();
    void selectionLayers();

private:
    Article m_article;
    ReadingTheme m_theme;
};

void tst_ArticleView::initTestCase()
{
    m_article = test::sampleArticle();
    m_theme = ReadingTheme(themes::byName(QStringLiteral("Breeze Light")));
}

void tst_ArticleView::plainTextIsDocumentText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sample") << m_article.document.text();
    QTest::newRow("non-BMP and combining") << QStringLiteral("😀 “Café” said e\u0301\n\nNext");
    QTest::newRow("trailing newline") << QStringLiteral("One\n\nTwo\n");
}

void tst_ArticleView::plainTextIsDocumentText()
{
    QFETCH(QString, text);
    Article a;
    a.document = Document(text, QStringLiteral("t.txt"));
    a.paragraphs.append({{0, text.indexOf(u'\n') < 0 ? text.size() : text.indexOf(u'\n')},
                         ParagraphRole::Headline});
    ArticleView view;
    view.setArticle(a);
    QCOMPARE(view.toPlainText(), text);
    QCOMPARE(view.document()->characterCount() - 1, text.size());
}

void tst_ArticleView::typography()
{
    ArticleView view;
    view.setArticle(m_article);
    const QTextDocument *doc = view.document();
    const QFont body = doc->defaultFont();
    QCOMPARE(QFontInfo(body).styleHint(), QFont::Serif);
    QVERIFY(body.pointSizeF() >= 11);
    // the headline is large and bold, set by formats (the text is unchanged)
    const QTextBlock headline = doc->begin();
    QVERIFY(headline.text().startsWith(u"Harbour city"));
    const QTextCharFormat hf = headline.begin().fragment().charFormat();
    QVERIFY(hf.fontPointSize() > body.pointSizeF() * 1.5);
    QVERIFY(hf.fontWeight() >= QFont::DemiBold);
    // body paragraphs breathe; the empty lines between them are short
    const QTextBlock para = doc->findBlock(int(m_article.document.text().indexOf(u"The plan")));
    QCOMPARE(para.blockFormat().lineHeightType(), int(QTextBlockFormat::ProportionalHeight));
    QVERIFY(para.blockFormat().lineHeight() > 140);
    QVERIFY(para.previous().blockFormat().lineHeight() < 100);
}

void tst_ArticleView::columnMeasure_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("fullMeasure");
    QTest::newRow("wide window") << 1600 << true;
    QTest::newRow("narrow window") << 420 << false;
}

void tst_ArticleView::columnMeasure()
{
    QFETCH(int, width);
    QFETCH(bool, fullMeasure);
    ArticleView view;
    view.resize(width, 600);
    view.setArticle(m_article);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect column = view.textColumnRect();
    const QFontMetricsF fm(view.document()->defaultFont());
    const qreal chars = column.width() / fm.averageCharWidth();
    if (fullMeasure) {
        QVERIFY2(chars > 55 && chars < 85, qPrintable(QString::number(chars)));
        // centred in the widget (the scroll bar aside)
        const QRect vp = view.viewport()->geometry();
        const int right = view.width() - view.verticalScrollBar()->sizeHint().width() - vp.right();
        QVERIFY(std::abs(vp.left() - right) <= 2);
    } else {
        QVERIFY(column.width() < width);
        QVERIFY(view.viewport()->width() <= width);
    }
}

void tst_ArticleView::zoomKeepsReadingPosition_data()
{
    QTest::addColumn<int>("zoom");
    QTest::newRow("in") << 150;
    QTest::newRow("out") << 70;
    QTest::newRow("max") << 300;
}

void tst_ArticleView::zoomKeepsReadingPosition()
{
    QFETCH(int, zoom);
    ArticleView view;
    view.resize(900, 500);
    view.setReadingTheme(m_theme);
    view.setArticle(m_article);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qsizetype target = m_article.document.text().indexOf(u"Fishermen on the harbour");
    view.scrollToPosition(target);
    const qsizetype before = view.topPosition();
    QVERIFY(std::abs(before - target) < 80);
    QSignalSpy zoomed(&view, &ArticleView::zoomChanged);
    const qreal size = view.document()->defaultFont().pointSizeF();
    view.setZoom(zoom);
    QCOMPARE(zoomed.count(), 1);
    QCOMPARE(view.zoom(), zoom);
    QVERIFY(std::abs(view.document()->defaultFont().pointSizeF() - size * zoom / 100) < 0.1);
    // the same line is still at the top
    const qsizetype after = view.topPosition();
    QVERIFY2(std::abs(after - before) < 120,
             qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
    view.setZoom(1000);
    QCOMPARE(view.zoom(), ArticleView::kMaxZoom);
}

void tst_ArticleView::zoomStepKeepsReadingPosition_data()
{
    QTest::addColumn<int>("zoom");
    for (int z = ArticleView::kMinZoom; z < ArticleView::kMaxZoom; z += ArticleView::kZoomStep)
        QTest::addRow("%d%% to %d%%", z, z + ArticleView::kZoomStep) << z;
}

void tst_ArticleView::zoomStepKeepsReadingPosition()
{
    // Ctrl++ at any zoom keeps the line at the top of the view where it is (reading well
    // before the end, so that there is text enough below it at every zoom)
    QFETCH(int, zoom);
    const Article article = test::longArticle(40000, QStringLiteral("Zanzibar"));
    ArticleView view;
    view.resize(1000, 760);
    view.setReadingTheme(m_theme);
    view.setArticle(article);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(zoom);
    const qsizetype target = article.document.text().indexOf(u"Fishermen on the harbour", 20000);
    view.scrollToPosition(target);
    const qsizetype before = view.topPosition();
    QVERIFY2(std::abs(before - target) < 100, qPrintable(QString::number(before - target)));
    view.zoomBy(1);
    QCOMPARE(view.zoom(), zoom + ArticleView::kZoomStep);
    const qsizetype after = view.topPosition();
    QVERIFY2(std::abs(after - before) < 100,
             qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
}

void tst_ArticleView::zoomKeepsTheEndReachable_data()
{
    QTest::addColumn<int>("zoom");
    for (int zoom : {100, 140, 150, 160, 170, 180, 190, 200, 210, 220, 300})
        QTest::addRow("%d%%", zoom) << zoom;
}

void tst_ArticleView::zoomKeepsTheEndReachable()
{
    // Ctrl+0, then Ctrl++ step by step: Ctrl+End, the scroll bar and a jump still reach the
    // last paragraphs (the scroll range follows the text laid out again at the new size)
    QFETCH(int, zoom);
    ArticleView view;
    view.resize(1000, 760);
    view.setReadingTheme(m_theme);
    view.setArticle(m_article);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setZoom(100);
    while (view.zoom() < zoom) {
        view.zoomBy(1);
        QTest::qWait(20); // a key press at a time: the lazy layout runs in between
    }
    const QString &text = m_article.document.text();
    const qsizetype end = text.size();
    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    const QRect vp = view.viewport()->rect();
    QTRY_VERIFY2(vp.contains(view.spanRect({end - 1, end})),
                 qPrintable(QStringLiteral("last line at %1, view height %2")
                                .arg(view.spanRect({end - 1, end}).top())
                                .arg(vp.height())));
    // every paragraph is laid out (none left of no height) and the scroll bar's end is the
    // text's end
    int holes = 0;
    for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next())
        holes += b.layout()->lineCount() == 0 ? 1 : 0;
    QCOMPARE(holes, 0);
    QScrollBar *bar = view.verticalScrollBar();
    bar->setValue(0);
    bar->triggerAction(QAbstractSlider::SliderToMaximum);
    QVERIFY2(vp.contains(view.spanRect({end - 1, end})),
             qPrintable(QStringLiteral("last line at %1, view height %2, scroll %3 of %4, "
                                       "text height %5")
                            .arg(view.spanRect({end - 1, end}).top())
                            .arg(vp.height())
                            .arg(bar->value())
                            .arg(bar->maximum())
                            .arg(view.document()->size().height())));
    // a jump to the last paragraph but one (Find "final designs")
    bar->setValue(0);
    const qsizetype at = text.indexOf(u"final designs");
    const Span found{at, at + 13};
    view.scrollToSpan(found);
    QVERIFY(vp.contains(view.spanRect(found)));
}

namespace {

/** A window of 60,000 characters for articles over 100,000 while alive (as the 50 MB ones). */
struct SmallWindow
{
    explicit SmallWindow(bool on)
    {
        if (on) {
            articlewindow::threshold = 100'000;
            articlewindow::size = 60'000;
        }
    }
    ~SmallWindow()
    {
        articlewindow::threshold = m_threshold;
        articlewindow::size = m_size;
    }
    qsizetype m_threshold = articlewindow::threshold;
    qsizetype m_size = articlewindow::size;
};

/** Paragraphs of the layout window before @p block that have no lines (a hole), or -1. */
int holesBefore(const ArticleView &view, const QTextBlock &block)
{
    int holes = 0;
    const QTextBlock first = view.document()->findBlock(int(view.layoutWindow().start));
    for (QTextBlock b = first; b.isValid() && b != block; b = b.next())
        holes += b.layout()->lineCount() == 0 ? 1 : 0;
    return holes;
}

} // namespace

void tst_ArticleView::jumpsLandOnTarget_data()
{
    QTest::addColumn<QString>("jump");
    QTest::addColumn<bool>("windowed");
    for (bool windowed : {false, true}) {
        const char *w = windowed ? ", a window at a time" : "";
        QTest::addRow("to a span (find, claim, entity, note)%s", w) << QStringLiteral("span")
                                                                    << windowed;
        QTest::addRow("to a position (reading position)%s", w) << QStringLiteral("position")
                                                               << windowed;
        QTest::addRow("Ctrl+End%s", w) << QStringLiteral("end") << windowed;
        QTest::addRow("scroll bar to the bottom%s", w) << QStringLiteral("bar") << windowed;
        QTest::addRow("zoomed in, to a span%s", w) << QStringLiteral("zoomed") << windowed;
    }
    QTest::addRow("scroll bar to the middle, a window at a time") << QStringLiteral("middle")
                                                                  << true;
    QTest::addRow("Ctrl+Home after Ctrl+End, a window at a time") << QStringLiteral("home")
                                                                  << true;
}

void tst_ArticleView::jumpsLandOnTarget()
{
    // A long article is laid out lazily: a jump at once after opening lands on its target,
    // coloured (benchmark bench_jumps: the same at 3, 10 and 50 MB). A very long one is laid
    // out a window at a time (here a small one): the same.
    QFETCH(QString, jump);
    QFETCH(bool, windowed);
    const SmallWindow window(windowed);
    const QString marker = QStringLiteral("Zanzibarquux");
    const Article article = test::longArticle(1'200'000, marker);
    const QString &text = article.document.text();
    ArticleView view;
    view.resize(1000, 760);
    view.setReadingTheme(m_theme);
    view.setArticle(article);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qsizetype at = text.indexOf(marker);
    Span target{at, at + marker.size()};
    if (jump == u"span") {
        view.scrollToSpan(target);
    } else if (jump == u"position") {
        view.scrollToPosition(at);
    } else if (jump == u"end") {
        target = {text.size() - 1, text.size()};
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    } else if (jump == u"bar") {
        target = {text.size() - 1, text.size()};
        view.articleScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
    } else if (jump == u"zoomed") {
        view.setZoom(180);
        view.scrollToSpan(target);
    } else if (jump == u"middle") {
        QScrollBar *bar = view.articleScrollBar();
        bar->setValue(bar->maximum() / 2);
        const qsizetype top = view.topPosition();
        QVERIFY2(std::abs(top - text.size() / 2) < text.size() / 20,
                 qPrintable(QStringLiteral("the middle of the bar shows character %1 of %2")
                                .arg(top)
                                .arg(text.size())));
        target = {top + 300, top + 301}; // a few lines down: the first may be cut at the top
    } else if (jump == u"home") {
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
        target = {0, 1};
        QCOMPARE(view.articleScrollBar()->value(), 0);
    }
    QCOMPARE(view.isWindowed(), windowed);
    QCOMPARE(view.articleScrollBar()->isVisible(), true);
    if (windowed) {
        QVERIFY(view.layoutWindow().end - view.layoutWindow().start < text.size() / 10);
        QVERIFY(!view.verticalScrollBar()->isVisible());
    }
    const QRect r = view.spanRect(target);
    QVERIFY2(view.viewport()->rect().contains(r),
             qPrintable(QStringLiteral("target at %1, view height %2, scroll %3 of %4")
                            .arg(r.top())
                            .arg(view.viewport()->height())
                            .arg(view.verticalScrollBar()->value())
                            .arg(view.verticalScrollBar()->maximum())));
    // the text up to the target is laid out (no paragraph of no height), and what the jump
    // shows is coloured at once
    const QTextBlock block = view.document()->findBlock(int(target.start));
    QVERIFY(block.layout()->lineCount() > 0);
    QCOMPARE(holesBefore(view, block), 0);
    QVERIFY(view.highlighter()->isBlockCurrent(block.blockNumber()));
}

void tst_ArticleView::jumpsStayOnTarget_data()
{
    QTest::addColumn<QString>("jump");
    QTest::addColumn<bool>("windowed");
    for (bool windowed : {false, true}) {
        const char *w = windowed ? ", a window at a time" : "";
        QTest::addRow("to a span near the end%s", w) << QStringLiteral("span") << windowed;
        QTest::addRow("Ctrl+End%s", w) << QStringLiteral("end") << windowed;
        QTest::addRow("scroll bar to the bottom%s", w) << QStringLiteral("bar") << windowed;
    }
}

void tst_ArticleView::jumpsStayOnTarget()
{
    // Coloured text wraps differently (speakers' names in bold): the idle colouring of the
    // text above a jump's target, long after the jump, made it taller and pushed the target
    // out of view (bench_jumps, 3 MB: 90 to 630 pixels). The target stays where it landed.
    QFETCH(QString, jump);
    QFETCH(bool, windowed);
    const SmallWindow window(windowed);
    const QString marker = QStringLiteral("Zanzibarquux");
    const Article plain = test::longArticle(600'000, marker);
    const Article article = Analyzer::analyze(plain.document);
    QVERIFY(article.quotes.size() > 100); // speakers to colour
    const QString &text = article.document.text();
    ArticleView view;
    view.resize(1000, 760);
    view.setReadingTheme(m_theme);
    view.setArticle(article);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.highlighter()->isComplete());
    const qsizetype at = text.indexOf(marker);
    Span target{at, at + marker.size()};
    if (jump == u"span") {
        view.scrollToSpan(target);
    } else if (jump == u"end") {
        target = {text.size() - 1, text.size()};
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    } else {
        target = {text.size() - 1, text.size()};
        view.articleScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
    }
    QCOMPARE(view.isWindowed(), windowed);
    const int landed = view.spanRect(target).top();
    QVERIFY(view.viewport()->rect().contains(view.spanRect(target)));
    QTRY_VERIFY_WITH_TIMEOUT(view.highlighter()->isComplete() && view.isLayoutComplete(), 60000);
    QCoreApplication::sendPostedEvents(); // the view's answer to the last layout step
    const QRect r = view.spanRect(target);
    QVERIFY2(view.viewport()->rect().contains(r),
             qPrintable(QStringLiteral("landed at %1, now at %2, view height %3")
                            .arg(landed)
                            .arg(r.top())
                            .arg(view.viewport()->height())));
}

void tst_ArticleView::windowFollowsScrolling_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("wheel") << QStringLiteral("wheel");
    QTest::newRow("Page Down") << QStringLiteral("page");
    QTest::newRow("the article scroll bar's page steps") << QStringLiteral("bar");
}

void tst_ArticleView::windowFollowsScrolling()
{
    // A very long article is laid out a window at a time: reading on from the start, the
    // window moves on before the view reaches its edge, so every line comes into view in
    // order, none skipped or shown twice, up to the end, and the scroll bar over the whole
    // article goes down with it; then back up to the start.
    QFETCH(QString, how);
    const SmallWindow window(true);
    const Article article = test::longArticle(300'000, QStringLiteral("Zanzibarquux"));
    const qsizetype length = article.document.text().size();
    ArticleView view;
    view.resize(1000, 760);
    view.setReadingTheme(m_theme);
    view.setArticle(article);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.isWindowed());
    QScrollBar *bar = view.articleScrollBar();
    const auto step = [&](bool down) {
        if (how == u"wheel") {
            const QPoint at = view.viewport()->rect().center();
            QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), {}, {0, down ? -360 : 360},
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(view.viewport(), &wheel);
        } else if (how == u"page") {
            QTest::keyClick(&view, down ? Qt::Key_PageDown : Qt::Key_PageUp);
        } else {
            bar->triggerAction(down ? QAbstractSlider::SliderPageStepAdd
                                    : QAbstractSlider::SliderPageStepSub);
        }
    };
    qsizetype top = view.topPosition();
    int lastBar = bar->value();
    int moves = 0;
    Span window0 = view.layoutWindow();
    for (int i = 0; i < 20000 && view.topPosition() < length - 3000; ++i) {
        step(true);
        const qsizetype now = view.topPosition();
        // a step moves on by less than a screen of text (about 40 lines of 70 characters)
        QVERIFY2(now > top && now - top < 4000,
                 qPrintable(QStringLiteral("step %1: from %2 to %3").arg(i).arg(top).arg(now)));
        QVERIFY(bar->value() >= lastBar);
        top = now;
        lastBar = bar->value();
        if (view.layoutWindow().start != window0.start) {
            ++moves;
            window0 = view.layoutWindow();
        }
    }
    QVERIFY2(view.topPosition() >= length - 3000, qPrintable(QString::number(view.topPosition())));
    QVERIFY(moves >= 3);
    QVERIFY2(bar->value() >= bar->maximum() - 2 * bar->pageStep(),
             qPrintable(QStringLiteral("bar at %1 of %2 (page %3), inner %4 of %5")
                            .arg(bar->value())
                            .arg(bar->maximum())
                            .arg(bar->pageStep())
                            .arg(view.verticalScrollBar()->value())
                            .arg(view.verticalScrollBar()->maximum())));
    for (int i = 0; i < 20000 && (view.topPosition() > 0 || bar->value() > 0); ++i) {
        step(false);
        const qsizetype now = view.topPosition();
        QVERIFY2((now < top || now == 0) && top - now < 4000,
                 qPrintable(QStringLiteral("up %1: from %2 to %3").arg(i).arg(top).arg(now)));
        top = now;
    }
    QCOMPARE(view.topPosition(), 0);
    QCOMPARE(bar->value(), 0);
}

void tst_ArticleView::windowKeepsNotesOutOfView()
{
    // What lies outside the window is far above or below the view (note cards hide), never
    // at its top
    const SmallWindow window(true);
    const Article article = test::longArticle(300'000, QStringLiteral("Zanzibarquux"));
    const qsizetype length = article.document.text().size();
    ArticleView view;
    view.resize(1000, 760);
    view.setReadingTheme(m_theme);
    view.setArticle(article);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.scrollToPosition(length / 2);
    const Span w = view.layoutWindow();
    QVERIFY(w.start > 0 && w.end < length);
    const QRect vp = view.viewport()->rect();
    QVERIFY(view.spanRect({10, 20}).bottom() < -vp.height());
    QVERIFY(view.spanRect({length - 20, length - 10}).top() > 2 * vp.height());
    QVERIFY(view.estimatedSpanRect({10, 20}).bottom() < -vp.height());
    QVERIFY(view.estimatedSpanRect({length - 20, length - 10}).top() > 2 * vp.height());
    QVERIFY(vp.contains(view.spanRect({length / 2, length / 2 + 1})));
}

void tst_ArticleView::windowComesAndGoesWithArticles()
{
    // A very long article opened after a short one (the window's blocks are the new
    // document's: a resize of the old one with them crashed), then a short one again
    const SmallWindow window(true);
    const Article article = test::longArticle(300'000, QStringLiteral("Zanzibarquux"));
    ArticleView view;
    view.resize(1000, 760);
    view.setReadingTheme(m_theme);
    view.setArticle(m_article);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.scrollToPosition(m_article.document.text().size() / 2);
    for (int round = 0; round < 2; ++round) {
        view.setArticle(article);
        QVERIFY(view.isWindowed());
        QVERIFY(view.articleScrollBar() != view.verticalScrollBar());
        QVERIFY(view.articleScrollBar()->isVisible());
        QVERIFY(!view.verticalScrollBar()->isVisible());
        QCOMPARE(view.topPosition(), 0);
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        view.setArticle(m_article);
        QVERIFY(!view.isWindowed());
        QCOMPARE(view.articleScrollBar(), view.verticalScrollBar());
        QVERIFY(view.verticalScrollBar()->isVisible());
        QCOMPARE(view.layoutWindow().end, m_article.document.text().size() + 1);
    }
}

void tst_ArticleView::scrollToSpan()
{
    ArticleView view;
    view.resize(900, 400);
    view.setArticle(m_article);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const Span span = m_article.claims.last().span;
    view.scrollToSpan(span);
    const QRect r = view.spanRect(span);
    QVERIFY(view.viewport()->rect().contains(r.topLeft()));
    QVERIFY(view.verticalScrollBar()->value() > 0);
    view.flashSpan(span);
    QCOMPARE(view.selectionLayer(QStringLiteral("flash")).size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(view.selectionLayer(QStringLiteral("flash")).isEmpty(), 4000);
}

void tst_ArticleView::blockSpanBetween()
{
    ArticleView view;
    view.resize(900, 400);
    view.setArticle(m_article);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const Span span = m_article.claims.last().span;
    view.scrollToSpan(span);
    const int h = view.viewport()->height();
    const Span inView = view.blockSpanBetween(0, h);
    // whole paragraphs, holding what is at the top and the bottom of the view
    QVERIFY(inView.start <= span.start && span.end <= inView.end);
    QVERIFY(inView.start >= 0 && inView.end < view.document()->characterCount());
    QCOMPARE(view.document()->findBlock(int(inView.start)).position(), int(inView.start));
    const int top = view.positionAt(QPoint(view.textColumnRect().left() + 2, 2));
    if (top >= 0)
        QVERIFY(inView.start <= top && top <= inView.end);
    // a band above and below the view covers more text
    const Span wide = view.blockSpanBetween(-h, 2 * h);
    QVERIFY(wide.start <= inView.start && inView.end <= wide.end);
    QVERIFY(wide.end - wide.start > inView.end - inView.start);
    // the first screen starts at the text's start
    view.verticalScrollBar()->setValue(0);
    QCOMPARE(view.blockSpanBetween(-h, h).start, qsizetype(0));
}

void tst_ArticleView::toolTips_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("attributed quote") << QStringLiteral("promise you make")
                                      << QStringList{QStringLiteral("Samuel Okafor"),
                                                     QStringLiteral("he said")};
    QTest::newRow("unattributed quote") << QStringLiteral("taller wall")
                                        << QStringList{QStringLiteral("Unattributed"),
                                                       QStringLiteral("told me")};
    QTest::newRow("scare quote") << QStringLiteral("quick fix")
                                 << QStringList{QStringLiteral("Scare quote")};
    QTest::newRow("speaker name") << QStringLiteral("Gareth Lewis")
                                  << QStringList{QStringLiteral("Gareth Lewis"),
                                                 QStringLiteral("Quotes: 3")};
}

void tst_ArticleView::toolTips()
{
    QFETCH(QString, words);
    QFETCH(QStringList, expected);
    ArticleView view;
    view.resize(900, 2400);
    view.setReadingTheme(m_theme);
    view.setArticle(m_article);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qsizetype pos = m_article.document.text().indexOf(words) + 2;
    view.scrollToPosition(pos);
    const QPoint at = view.spanRect({pos, pos + 1}).center();
    QCOMPARE(view.positionAt(at) / 4, int(pos) / 4); // on (or next to) the character
    QHelpEvent help(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
    QApplication::sendEvent(view.viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    for (const QString &e : expected)
        QVERIFY2(QToolTip::text().contains(e), qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void tst_ArticleView::clickingSpeakerName()
{
    ArticleView view;
    view.resize(900, 2400);
    view.setArticle(m_article);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy clicked(&view, &ArticleView::speakerClicked);
    const qsizetype pos = m_article.document.text().indexOf(u"Rhodri Evans") + 3;
    view.scrollToPosition(pos);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.spanRect({pos, pos + 1}).center());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toInt(), int(test::Evans));
    // a place name is not a speaker
    const qsizetype place = m_article.document.text().indexOf(u"Cardiff University") + 3;
    view.scrollToPosition(place);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.spanRect({place, place + 1}).center());
    QCOMPARE(clicked.count(), 1);
}

void tst_ArticleView::marginLane()
{
    ArticleView view;
    view.resize(1400, 600);
    view.setArticle(m_article);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy moved(&view, &ArticleView::columnGeometryChanged);
    const int columnBefore = view.textColumnRect().width();
    view.setMarginLaneWidth(260);
    QVERIFY(moved.count() >= 1);
    const QRect lane = view.marginLaneRect();
    QCOMPARE(lane.width(), 260);
    QVERIFY(lane.left() > view.viewport()->geometry().right());
    QVERIFY(lane.right() < view.width());
    QCOMPARE(view.textColumnRect().width(), columnBefore); // wide enough for both
}

void tst_ArticleView::selectionLayers()
{
    ArticleView view;
    view.setArticle(m_article);
    QTextEdit::ExtraSelection a, b;
    a.cursor = QTextCursor(view.document());
    a.cursor.setPosition(0);
    a.cursor.setPosition(5, QTextCursor::KeepAnchor);
    b = a;
    view.setSelectionLayer(QStringLiteral("find"), {a});
    view.setSelectionLayer(QStringLiteral("notes"), {a, b});
    QCOMPARE(view.extraSelections().size(), 3);
    view.setSelectionLayer(QStringLiteral("find"), {});
    QCOMPARE(view.extraSelections().size(), 2);
}

QTEST_MAIN(tst_ArticleView)
#include "tst_articleview.moc"
