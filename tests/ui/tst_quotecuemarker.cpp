#include "ArticleView.h"
#include "QuoteCueMarker.h"

#include <QMouseEvent>
#include <QTest>

using namespace gloss;

namespace {

const QString kText = QStringLiteral(
    "Pier plan approved\n\n"
    "\u201CWe will rebuild the pier before summer,\u201D Mara Quint told reporters on Monday.\n\n"
    "The harbour board met again. \u201CIt is far too late,\u201D one fisherman said.\n\n"
    "Quint added that \u201Cthe money is there\u201D and left.");

Span spanOf(const QString &words, qsizetype from = 0)
{
    const qsizetype at = kText.indexOf(words, from);
    Q_ASSERT(at >= 0);
    return Span{at, at + words.size()};
}

/** Three quotes: attributed with cue and mention; unattributed with a cue; mention only. */
Article article()
{
    Article a;
    a.document = Document(kText, QStringLiteral("pier.txt"));
    a.paragraphs.append({spanOf(QStringLiteral("Pier plan approved")), ParagraphRole::Headline});
    Entity quint;
    quint.id = QStringLiteral("E1");
    quint.name = QStringLiteral("Mara Quint");
    quint.type = EntityType::Person;
    quint.mentions = {spanOf(QStringLiteral("Mara Quint")),
                      spanOf(QStringLiteral("Quint"), kText.indexOf(u"Quint added"))};
    a.entities.append(quint);
    Quote q1;
    q1.id = QStringLiteral("Q1");
    q1.span = spanOf(QStringLiteral("We will rebuild the pier before summer,"));
    q1.speaker = 0;
    q1.cueSpan = spanOf(QStringLiteral("told reporters"));
    q1.speakerMention = spanOf(QStringLiteral("Mara Quint"));
    Quote q2;
    q2.id = QStringLiteral("Q2");
    q2.span = spanOf(QStringLiteral("It is far too late,"));
    q2.cueSpan = spanOf(QStringLiteral("said"));
    Quote q3;
    q3.id = QStringLiteral("Q3");
    q3.span = spanOf(QStringLiteral("the money is there"));
    q3.speaker = 0;
    q3.speakerMention = spanOf(QStringLiteral("Quint"), kText.indexOf(u"Quint added"));
    a.quotes = {q1, q2, q3};
    return a;
}

QPoint pointAt(ArticleView &view, qsizetype pos)
{
    return view.spanRect(Span{pos + 1, pos + 2}).center();
}

void moveTo(ArticleView &view, QPoint at)
{
    QMouseEvent move(QEvent::MouseMove, at, view.viewport()->mapToGlobal(at), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &move);
}

QList<Span> markedSpans(const ArticleView &view)
{
    QList<Span> out;
    for (const auto &s : view.selectionLayer(QString::fromLatin1(QuoteCueMarker::kLayer)))
        out.append(Span{s.cursor.selectionStart(), s.cursor.selectionEnd()});
    std::sort(out.begin(), out.end(),
              [](const Span &x, const Span &y) { return x.start < y.start; });
    return out;
}

} // namespace

class tst_QuoteCueMarker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hoverMarksCueAndSpeaker_data();
    void hoverMarksCueAndSpeaker();
    void leavingTheViewClears();
    void caretInQuoteMarksIt();
    void newArticleForgetsMarks();
};

void tst_QuoteCueMarker::hoverMarksCueAndSpeaker_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("quoteWords");
    QTest::addColumn<QStringList>("marked"); // words marked, in text order
    QTest::addColumn<bool>("speakerColour"); // underlined in the speaker's colour

    for (const QString &theme : {QStringLiteral("Breeze Light"), QStringLiteral("Breeze Dark")}) {
        const QByteArray t = theme.toUtf8();
        QTest::addRow("%s: cue and speaker mention after the quote", t.constData())
            << theme << QStringLiteral("rebuild the pier")
            << QStringList{QStringLiteral("Mara Quint"), QStringLiteral("told reporters")} << true;
        QTest::addRow("%s: unattributed quote marks its cue only", t.constData())
            << theme << QStringLiteral("far too late") << QStringList{QStringLiteral("said")}
            << false;
        QTest::addRow("%s: partial quote marks the mention before it", t.constData())
            << theme << QStringLiteral("money is there") << QStringList{QStringLiteral("Quint")}
            << true;
    }
}

void tst_QuoteCueMarker::hoverMarksCueAndSpeaker()
{
    QFETCH(QString, theme);
    QFETCH(QString, quoteWords);
    QFETCH(QStringList, marked);
    QFETCH(bool, speakerColour);
    ArticleView view;
    const ReadingTheme reading(themes::byName(theme));
    view.setReadingTheme(reading);
    view.resize(900, 700);
    view.setArticle(article());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(markedSpans(view).isEmpty());

    const qsizetype inQuote = kText.indexOf(quoteWords);
    moveTo(view, pointAt(view, inQuote));
    QVERIFY(view.quoteCueMarker()->markedQuote() >= 0);
    const QList<Span> spans = markedSpans(view);
    QCOMPARE(spans.size(), marked.size());
    for (int i = 0; i < spans.size(); ++i)
        QCOMPARE(view.article().textOf(spans[i]), marked[i]);

    // underlined in the speaker's colour (neutral without a speaker) on a light wash that
    // keeps body text readable
    const auto selections = view.selectionLayer(QString::fromLatin1(QuoteCueMarker::kLayer));
    const QColor ink = speakerColour
                           ? reading.speakerColor(view.articleIndex().speakerSlot(0))
                           : reading.neutralQuote();
    for (const auto &s : selections) {
        QCOMPARE(s.format.underlineStyle(), QTextCharFormat::SingleUnderline);
        QCOMPARE(s.format.underlineColor(), ink);
        const QColor wash = s.format.background().color();
        QVERIFY(wash != reading.background());
        QVERIFY2(colors::contrastRatio(reading.text(), wash) >= 4.5,
                 qPrintable(wash.name()));
    }

    // moving on within the same quote keeps the marks; off every quote clears them
    moveTo(view, pointAt(view, inQuote + 3));
    QCOMPARE(markedSpans(view).size(), marked.size());
    moveTo(view, pointAt(view, kText.indexOf(u"harbour board")));
    QVERIFY(markedSpans(view).isEmpty());
    QCOMPARE(view.quoteCueMarker()->markedQuote(), -1);
}

void tst_QuoteCueMarker::leavingTheViewClears()
{
    ArticleView view;
    view.resize(900, 700);
    view.setArticle(article());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    moveTo(view, pointAt(view, kText.indexOf(u"rebuild")));
    QCOMPARE(markedSpans(view).size(), 2);
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(view.viewport(), &leave);
    QVERIFY(markedSpans(view).isEmpty());
    // other layers are left alone
    QTextEdit::ExtraSelection find;
    find.cursor = QTextCursor(view.document());
    find.cursor.setPosition(0);
    find.cursor.setPosition(4, QTextCursor::KeepAnchor);
    view.setSelectionLayer(QStringLiteral("find"), {find});
    moveTo(view, pointAt(view, kText.indexOf(u"rebuild")));
    QCOMPARE(view.extraSelections().size(), 3);
    QApplication::sendEvent(view.viewport(), &leave);
    QCOMPARE(view.extraSelections().size(), 1);
}

void tst_QuoteCueMarker::caretInQuoteMarksIt()
{
    ArticleView view;
    view.resize(900, 700);
    view.setArticle(article());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activateWindow();
    view.setFocus();
    QTRY_VERIFY(view.hasFocus());
    // the caret is shown once the keyboard moves it
    view.setCursorWidth(1);
    QTextCursor c = view.textCursor();
    c.setPosition(int(kText.indexOf(u"money")));
    view.setTextCursor(c);
    QCOMPARE(markedSpans(view).size(), 1);
    QCOMPARE(view.article().textOf(markedSpans(view).first()), QStringLiteral("Quint"));
    // hovering another quote wins while the pointer is on it
    moveTo(view, pointAt(view, kText.indexOf(u"rebuild")));
    QCOMPARE(markedSpans(view).size(), 2);
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(view.viewport(), &leave);
    QCOMPARE(markedSpans(view).size(), 1);
    // the caret out of every quote clears the marks
    c.setPosition(int(kText.indexOf(u"harbour")));
    view.setTextCursor(c);
    QVERIFY(markedSpans(view).isEmpty());
}

void tst_QuoteCueMarker::newArticleForgetsMarks()
{
    ArticleView view;
    view.resize(900, 700);
    view.setArticle(article());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    moveTo(view, pointAt(view, kText.indexOf(u"rebuild")));
    QCOMPARE(markedSpans(view).size(), 2);
    view.setArticle(article());
    QVERIFY(markedSpans(view).isEmpty());
    QCOMPARE(view.quoteCueMarker()->markedQuote(), -1);
    // and the same quote hovered again is marked again
    moveTo(view, pointAt(view, kText.indexOf(u"rebuild")));
    QCOMPARE(markedSpans(view).size(), 2);
}

QTEST_MAIN(tst_QuoteCueMarker)
#include "tst_quotecuemarker.moc"
