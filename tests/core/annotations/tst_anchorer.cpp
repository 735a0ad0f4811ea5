#include "EditModel.h"
#include "annotations/Anchorer.h"
#include "io/Loader.h"
#include "TestPaths.h"

#include <QRegularExpression>
#include <QTest>

using namespace gloss;
using namespace gloss::test;

namespace {

QString loadText(const QString &name)
{
    const QString path
        = name.startsWith(u":/")
              ? name
              : gloss::test::sourcePath(QStringLiteral("tests/core/annotations/data/") + name);
    const Loader::Result r = Loader::loadFile(path);
    return r.ok() ? r.document->text() : QString();
}

QList<Span> paragraphsOf(const QString &text)
{
    QList<Span> out;
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype end = text.indexOf(QStringLiteral("\n\n"), at);
        if (end < 0)
            end = text.size();
        while (end > at && text.at(end - 1) == u'\n')
            --end;
        if (end > at)
            out.append(Span{at, end});
        at = text.indexOf(QStringLiteral("\n\n"), at);
        if (at < 0)
            break;
        while (at < text.size() && text.at(at) == u'\n')
            ++at;
    }
    return out;
}

struct Word
{
    Span span;
    int paragraph;
};

QList<Word> wordsOf(const QString &text, const QList<Span> &paragraphs)
{
    static const QRegularExpression re(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*"));
    QList<Word> out;
    int p = 0;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const Span s{m.capturedStart(), m.capturedEnd()};
        while (p + 1 < paragraphs.size() && paragraphs[p].end <= s.start)
            ++p;
        out.append(Word{s, p});
    }
    return out;
}

/** The paragraph to delete in scenario (c): the longest after the first two. */
int paragraphToDelete(const QList<Span> &paragraphs)
{
    int best = 2;
    for (int i = 2; i + 1 < paragraphs.size(); ++i) {
        if (paragraphs[i].length() > paragraphs[best].length())
            best = i;
    }
    return best;
}

/** 50 notes of 1 to 6 words: 5 in the paragraph of scenario (c), 45 spread over the rest. */
QList<Span> noteSpans(const QString &text)
{
    const QList<Span> paragraphs = paragraphsOf(text);
    const QList<Word> words = wordsOf(text, paragraphs);
    const int del = paragraphToDelete(paragraphs);
    QList<Span> out;
    const auto noteAt = [&](qsizetype target, int k, bool inDeleted) {
        qsizetype w = 0;
        while (w < words.size()
               && (words[w].span.start < target || (words[w].paragraph == del) != inDeleted
                   || (k == 1 && words[w].span.length() < 3)))
            ++w;
        if (w >= words.size())
            return;
        qsizetype last = w;
        while (last + 1 < words.size() && last - w + 1 < k
               && words[last + 1].paragraph == words[w].paragraph)
            ++last;
        out.append(Span{words[w].span.start, words[last].span.end});
    };
    const Span dp = paragraphs[del];
    for (int m = 0; m < 5; ++m)
        noteAt(dp.start + (2 * m + 1) * dp.length() / 10, 1 + m % 3, true);
    const qsizetype outside = text.size() - dp.length();
    for (int m = 0; m < 45; ++m) {
        qsizetype t = (2 * m + 1) * outside / 90;
        if (t >= dp.start)
            t += dp.length();
        noteAt(t, 1 + m % 6, false);
    }
    return out;
}

/** Typos in and just after notes: swapped, doubled and dropped letters. */
QList<Replacement> typosFor(const QString &text, const QList<Span> &spans)
{
    const QList<Word> words = wordsOf(text, paragraphsOf(text));
    QList<Replacement> out;
    QList<qsizetype> used;
    int kind = 0;
    for (int i = 0; i < spans.size(); ++i) {
        const Span s = spans[i];
        const Word *pick = nullptr;
        for (const Word &w : words) {
            const bool wanted = i % 3 == 0 ? s.contains(w.span)
                                           : i % 3 == 1 && w.span.start >= s.end
                                                 && w.span.start < s.end + 24;
            const bool letters = std::all_of(text.begin() + w.span.start,
                                             text.begin() + w.span.end,
                                             [](QChar c) { return c.isLetter(); });
            if (wanted && letters && w.span.length() >= 4 && !used.contains(w.span.start)) {
                pick = &w;
                break;
            }
        }
        if (!pick)
            continue;
        used.append(pick->span.start);
        // only the letters that change are replaced: the word's first and last letters stay
        const qsizetype w = pick->span.start;
        switch (kind++ % 3) {
        case 0: {
            QString two = text.mid(w + 1, 2);
            std::swap(two[0], two[1]);
            if (two == text.mid(w + 1, 2))
                two[1] = two[1] == u'x' ? u'z' : u'x';
            out.append(Replacement{w + 1, w + 3, two});
            break;
        }
        case 1:
            out.append(Replacement{w + 2, w + 2, text.mid(w + 2, 1)});
            break;
        default:
            out.append(Replacement{w + 2, w + 3, QString()});
            break;
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Replacement &a, const Replacement &b) { return a.start < b.start; });
    return out;
}

/** Swaps the first two sentences of every paragraph that has two. */
Edit reorderSentences(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("[.!?][”\"’]? (?=[\\p{Lu}“\"])"));
    QList<Piece> pieces;
    qsizetype at = 0;
    for (const Span &p : paragraphsOf(text)) {
        const QString para = text.mid(p.start, p.length());
        const auto m1 = end.match(para);
        if (!m1.hasMatch())
            continue;
        const qsizetype b1 = p.start + m1.capturedEnd() - 1; // end of sentence 1 (before space)
        const qsizetype s2 = b1 + 1;
        const auto m2 = end.match(para, m1.capturedEnd());
        const qsizetype b2 = m2.hasMatch() ? p.start + m2.capturedEnd() - 1 : p.end;
        if (p.start > at)
            pieces.append(Piece{at, p.start, {}});
        pieces.append(Piece{s2, b2, {}});
        pieces.append(Piece{-1, -1, QStringLiteral(" ")});
        pieces.append(Piece{p.start, b1, {}});
        at = b2;
    }
    pieces.append(Piece{at, text.size(), {}});
    return Edit(text, pieces);
}

} // namespace

class tst_Anchorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reanchoring_data();
    void reanchoring();
    void positionTrustedInSameText();
    void shortQuoteWithoutItsContextIsOrphaned_data();
    void shortQuoteWithoutItsContextIsOrphaned();
    void ambiguousPlacesAreNotGuessed();
    void codePointPositions();
    void edgesOfTheText();
    void selectorsFollowTheNote();
};

void tst_Anchorer::reanchoring_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("scenario");
    const QStringList articles = {QStringLiteral(":/org.gloss/data/sample-article.txt"),
                                  QStringLiteral("ferry-strike.txt"),
                                  QStringLiteral("market-reopens.txt")};
    const QStringList scenarios = {QStringLiteral("typos fixed"),
                                   QStringLiteral("paragraph inserted at top"),
                                   QStringLiteral("paragraph deleted"),
                                   QStringLiteral("sentences reordered")};
    for (const QString &a : articles) {
        for (const QString &s : scenarios) {
            QTest::addRow("%s: %s", qPrintable(a.section(u'/', -1)), qPrintable(s)) << a << s;
        }
    }
}

void tst_Anchorer::reanchoring()
{
    QFETCH(QString, article);
    QFETCH(QString, scenario);
    const QString clean = loadText(article);
    QVERIFY(!clean.isEmpty());
    const QList<Span> spans = noteSpans(clean);
    QCOMPARE(spans.size(), 50);

    // The text the notes are made on, their spans in it, and the edit to the new text.
    QString oldText = clean;
    QList<Span> oldSpans = spans;
    std::optional<Edit> edit;
    if (scenario == u"typos fixed") {
        const QList<Replacement> typos = typosFor(clean, spans);
        QVERIFY(typos.size() >= 25);
        const Edit addTypos = Edit::replace(clean, typos);
        oldText = addTypos.newText();
        for (Span &s : oldSpans) {
            const Expectation e = addTypos.expect(s);
            QVERIFY(e.kind == Expect::Same || e.kind == Expect::Corrected);
            s = e.span;
        }
        QList<Replacement> fixes;
        qsizetype delta = 0;
        for (const Replacement &r : typos) {
            const qsizetype at = r.start + delta;
            fixes.append(Replacement{at, at + r.with.size(), clean.mid(r.start, r.end - r.start)});
            delta += r.with.size() - (r.end - r.start);
        }
        edit.emplace(Edit::replace(oldText, fixes));
        QCOMPARE(edit->newText(), clean);
    } else if (scenario == u"paragraph inserted at top") {
        edit.emplace(Edit::replace(
            oldText, {Replacement{0, 0,
                                  QStringLiteral("Update, 14:05: this story has been updated "
                                                 "with comments from the council.\n\n")}}));
    } else if (scenario == u"paragraph deleted") {
        const QList<Span> paragraphs = paragraphsOf(oldText);
        const Span p = paragraphs[paragraphToDelete(paragraphs)];
        edit.emplace(Edit::replace(oldText, {Replacement{p.start, p.end + 2, QString()}}));
    } else {
        edit.emplace(reorderSentences(oldText));
    }

    const Document before(oldText, QStringLiteral("a.txt"));
    const Document after(edit->newText(), QStringLiteral("a.txt"));
    QVERIFY(before.sha256() != after.sha256());
    const Anchorer anchorer(after);
    int same = 0, corrected = 0, orphans = 0, dontCare = 0, dontCarePlaced = 0;
    for (const Span &s : std::as_const(oldSpans)) {
        Annotation a = Annotation::onSpan(before, s, QStringLiteral("note"));
        const QString oldWords = a.quote.exact;
        anchorer.anchor(a, false);
        const Expectation e = edit->expect(s);
        const QString got = a.isPlaced() ? after.text().mid(a.span.start, a.span.length())
                                         : QStringLiteral("(orphan)");
        const QByteArray where = QStringLiteral("note on “%1” (%2-%3) is at “%4”")
                                     .arg(oldWords)
                                     .arg(s.start)
                                     .arg(s.end)
                                     .arg(got)
                                     .toUtf8();
        switch (e.kind) {
        case Expect::Same:
        case Expect::Corrected:
            QVERIFY2(a.isPlaced(), where.constData());
            QVERIFY2(a.span == e.span, where.constData());
            QCOMPARE(a.quote.exact, after.text().mid(e.span.start, e.span.length()));
            (e.kind == Expect::Same ? same : corrected)++;
            break;
        case Expect::Orphan:
            QVERIFY2(a.isOrphan(), where.constData());
            QCOMPARE(a.quote.exact, oldWords); // keeps its last known words
            ++orphans;
            break;
        case Expect::DontCare:
            // the passage was cut by the edit: an orphan, or words very like the old ones
            ++dontCare;
            if (a.isPlaced()) {
                ++dontCarePlaced;
                QVERIFY2(editDistance(got, oldWords) <= oldWords.size() / 4, where.constData());
            }
            break;
        }
    }
    if (scenario == u"paragraph deleted")
        QCOMPARE(orphans, 5);
    QVERIFY(same + corrected >= 35);
    qInfo("%d same words, %d corrected words, %d orphans, %d cut by the edit (%d placed on "
          "nearly the same words)",
          same, corrected, orphans, dontCare, dontCarePlaced);
}

void tst_Anchorer::positionTrustedInSameText()
{
    const Document doc(QStringLiteral("the cat and the cat and the cat"), QStringLiteral("x"));
    const Annotation a = Annotation::onSpan(doc, Span{16, 19}, QString());
    const Anchorer anchorer(doc);
    const Anchorer::Match m = anchorer.find(a.quote, a.position, true);
    QCOMPARE(m.state, AnchorState::Anchored);
    QCOMPARE(m.span, (Span{16, 19}));
}

void tst_Anchorer::shortQuoteWithoutItsContextIsOrphaned_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("after");
    QTest::newRow("same word elsewhere")
        << QStringLiteral("The mayor said the plan was ready. Critics said nothing at all.")
        << QStringLiteral("plan")
        << QStringLiteral("Critics said nothing at all. Later the plan changed, the mayor said.");
    QTest::newRow("passage deleted, word survives")
        << QStringLiteral("First paragraph about harbour walls.\n\nThe storm came at night and "
                          "flooded the quay.\n\nA storm is expected next week as well.")
        << QStringLiteral("storm")
        << QStringLiteral("First paragraph about harbour walls.\n\nA storm is expected next week "
                          "as well.");
}

void tst_Anchorer::shortQuoteWithoutItsContextIsOrphaned()
{
    QFETCH(QString, before);
    QFETCH(QString, quote);
    QFETCH(QString, after);
    const Document d1(before, QStringLiteral("x")), d2(after, QStringLiteral("x"));
    const qsizetype at = before.indexOf(quote);
    Annotation a = Annotation::onSpan(d1, Span{at, at + quote.size()}, QString());
    Anchorer(d2).anchor(a, false);
    QVERIFY(a.isOrphan());
    QCOMPARE(a.quote.exact, quote);
}

void tst_Anchorer::ambiguousPlacesAreNotGuessed()
{
    // The same sentence twice; the note's own context is gone: no way to tell which.
    const QString s = QStringLiteral("The vote passed by 31 to 12.");
    const Document d1(QStringLiteral("Intro text here. ") + s + QStringLiteral(" Outro words."),
                      QStringLiteral("x"));
    const Document d2(s + QStringLiteral(" Something else entirely. ") + s, QStringLiteral("x"));
    Annotation a = Annotation::onSpan(d1, Span{17, 17 + 12}, QString()); // "The vote pas"
    Anchorer(d2).anchor(a, false);
    QVERIFY(a.isOrphan());
}

void tst_Anchorer::codePointPositions()
{
    const QString text = QString::fromUtf8("Fire \xF0\x9F\x94\xA5 then the market \xE2\x9C\xA8 "
                                           "reopened on Saturday with a new roof.");
    const Document doc(text, QStringLiteral("x"));
    const qsizetype at = text.indexOf(QStringLiteral("market"));
    const Annotation a = Annotation::onSpan(doc, Span{at, at + 6}, QString());
    QCOMPARE(a.position.start, at - 1); // one surrogate pair before it
    QCOMPARE(a.position.end, at + 5);
    // an emoji inserted before: still found, positions in code points
    const Document d2(QString::fromUtf8("\xF0\x9F\x98\x80 ") + text, QStringLiteral("x"));
    Annotation b = a;
    Anchorer(d2).anchor(b, false);
    QCOMPARE(b.state, AnchorState::Moved);
    QCOMPARE(b.span.start, at + 3);
    QCOMPARE(b.position.start, at + 1);
}

void tst_Anchorer::edgesOfTheText()
{
    const QString text = QStringLiteral("Headline words here\n\nBody text of the story ends now");
    const Document doc(text, QStringLiteral("x"));
    const Annotation first = Annotation::onSpan(doc, Span{0, 8}, QString());
    const Annotation last = Annotation::onSpan(doc, Span{text.size() - 8, text.size()}, QString());
    QVERIFY(first.quote.prefix.isEmpty());
    QVERIFY(last.quote.suffix.isEmpty());
    const Document d2(QStringLiteral("New top paragraph.\n\n") + text
                          + QStringLiteral("\n\nMore."),
                      QStringLiteral("x"));
    Annotation a = first, b = last;
    const Anchorer anchorer(d2);
    anchorer.anchor(a, false);
    anchorer.anchor(b, false);
    QCOMPARE(a.quote.exact, QStringLiteral("Headline"));
    QCOMPARE(a.span.start, 20);
    QCOMPARE(b.quote.exact, QStringLiteral("ends now"));
}

void tst_Anchorer::selectorsFollowTheNote()
{
    const Document d1(QStringLiteral("The council of Portmre voted on Tuesday to spend money."),
                      QStringLiteral("x"));
    const qsizetype at = d1.text().indexOf(QStringLiteral("Portmre"));
    Annotation a = Annotation::onSpan(d1, Span{at, at + 7}, QString());
    const Document d2(QStringLiteral("The council of Portmere voted on Tuesday to spend money."),
                      QStringLiteral("x"));
    Anchorer(d2).anchor(a, false);
    QCOMPARE(a.state, AnchorState::Moved);
    QCOMPARE(a.quote.exact, QStringLiteral("Portmere"));
    QCOMPARE(a.quote.prefix, QStringLiteral("The council of "));
    QCOMPARE(a.position.end, at + 8);
}

QTEST_GUILESS_MAIN(tst_Anchorer)
#include "tst_anchorer.moc"
