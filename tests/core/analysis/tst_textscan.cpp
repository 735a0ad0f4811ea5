// The quote stages' word and sentence scanning (core/analysis/quotes/TextScan.h).
#include "analysis/quotes/TextScan.h"

#include <QTest>

using namespace gloss::quotes;
using namespace Qt::StringLiterals;

namespace {

/** The words as strings, joined by '|'. */
QString joined(QStringView text, const Words &words)
{
    QStringList out;
    for (const Word &w : words)
        out.append(text.mid(w.start, w.end - w.start).toString());
    return out.join(u'|');
}

/**
 * The rule of wordsIn() one unit at a time: runs of word characters, with a joiner (' - . or
 * the typographic apostrophe) kept when a word character follows it.
 */
Words byTheRule(QStringView text, qsizetype from, qsizetype to)
{
    const auto joiner = [](QChar c) {
        return c == u'\'' || c == u'-' || c == u'.' || c == u'\u2019';
    };
    Words words;
    qsizetype i = from;
    while (i < to) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < to
               && (isWordChar(text[i])
                   || (joiner(text[i]) && i + 1 < to && isWordChar(text[i + 1]))))
            ++i;
        words.append({start, i});
    }
    return words;
}

/**
 * Texts of letters, digits, joiners, spaces and marks beyond ASCII in any order, and numbers
 * to pick windows with: the same ones for a seed on every run.
 */
class RandomTexts
{
public:
    explicit RandomTexts(quint32 seed)
        : m_state(seed)
    {
    }
    /** A number below @p n. */
    quint32 next(quint32 n)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return (m_state >> 8) % n;
    }
    /** A text shorter than @p maxLength; runs of letters are likelier, as in prose. */
    QString text(quint32 maxLength)
    {
        static const QString alphabet = u"aZm09 '-.,\u2019\u00e9\u201c\u0301\u4e2d\n"_s;
        QString out;
        const int length = int(next(maxLength));
        for (int k = 0; k < length; ++k)
            out += next(3) == 0 ? alphabet[next(alphabet.size())] : QChar(u'a' + next(26));
        return out;
    }

private:
    quint32 m_state;
};

} // namespace

class tst_TextScan : public QObject
{
    Q_OBJECT

private slots:
    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("no word") << u" , ; -- ... !? "_s << QString();
        QTest::newRow("plain words") << u"The mayor said so."_s << u"The|mayor|said|so"_s;
        QTest::newRow("a long word across blocks")
            << u"internationalisation, notwithstanding"_s
            << u"internationalisation|notwithstanding"_s;
        QTest::newRow("joiners inside words") << u"didn't co-founder U.S. e.g. 3.5"_s
                                              << u"didn't|co-founder|U.S|e.g|3.5"_s;
        QTest::newRow("joiners at the edges end the word") << u"'tis rock- .dot end."_s
                                                           << u"tis|rock|dot|end"_s;
        QTest::newRow("a typographic apostrophe joins") << u"she\u2019d Ann\u2019s \u2019x"_s
                                                       << u"she\u2019d|Ann\u2019s|x"_s;
        QTest::newRow("letters beyond ASCII") << u"Z\u00fcrich caf\u00e9 \u00c9lan"_s
                                              << u"Z\u00fcrich|caf\u00e9|\u00c9lan"_s;
        QTest::newRow("other scripts") << u"\u041c\u043e\u0441\u043a\u0432\u0430 \u4e2d\u6587"_s
                                       << u"\u041c\u043e\u0441\u043a\u0432\u0430|\u4e2d\u6587"_s;
        QTest::newRow("curly quotes and dashes separate")
            << u"\u201cYes\u201d\u2014no\u2013maybe"_s << u"Yes|no|maybe"_s;
        QTest::newRow("punctuation next to letters: @ [ ` {")
            << u"a@b[c`d{e/f:g"_s << u"a|b|c|d|e|f|g"_s;
        QTest::newRow("digits and letters") << u"COVID19 2024 x9"_s << u"COVID19|2024|x9"_s;
    }
    void words()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(joined(text, wordsIn(text, 0, text.size())), expected);
    }

    void windowBounds()
    {
        const QString text = u"alpha beta gamma"_s;
        // a window cuts words at its edges; bounds outside the text are clamped
        QCOMPARE(joined(text, wordsIn(text, 2, 9)), u"pha|bet"_s);
        QCOMPARE(joined(text, wordsIn(text, -5, 5)), u"alpha"_s);
        QCOMPARE(joined(text, wordsIn(text, 11, 100)), u"gamma"_s);
        QCOMPARE(wordsIn(text, 8, 8).size(), 0);
        // a limit: the first words only
        QCOMPARE(joined(text, wordsIn(text, 0, text.size(), 2)), u"alpha|beta"_s);
        QCOMPARE(joined(text, wordsIn(text, 3, text.size(), 1)), u"ha"_s);
        QCOMPARE(wordsIn(text, 0, text.size(), 0).size(), 0);
        QCOMPARE(joined(text, wordsIn(text, 0, text.size(), 9)), u"alpha|beta|gamma"_s);
    }

    void everyPosition()
    {
        // a separator, a joiner or a non-ASCII letter at every position of the sixteen-unit
        // blocks the scan reads at once (and of the one after), from every window start and to
        // every window end: the words of the rule
        for (const char16_t odd : {u' ', u'-', u'\'', u'.', u'\u2019', u'\u00e9', u'\u201c'}) {
            for (int at = 0; at < 40; ++at) {
                QString text(40, u'w');
                text[at] = odd;
                for (int from = 0; from < 40; ++from) {
                    for (int to = from; to <= 40; to += (to < from + 18 ? 1 : 7)) {
                        QCOMPARE(joined(text, wordsIn(text, from, to)),
                                 joined(text, byTheRule(text, from, to)));
                    }
                }
            }
        }
    }

    void randomTexts_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 42u, 2026u})
            QTest::addRow("seed %u", seed) << seed;
    }
    void randomTexts()
    {
        // random texts, any window and limit: the words of the rule
        QFETCH(quint32, seed);
        RandomTexts random(seed);
        for (int round = 0; round < 400; ++round) {
            const QString text = random.text(90);
            const qsizetype length = text.size();
            const qsizetype from = random.next(length + 1);
            const qsizetype to = from + random.next(length - from + 2);
            const qsizetype limit = random.next(4) == 0 ? qsizetype(random.next(5)) : 1000;
            Words rule = byTheRule(text, from, std::min<qsizetype>(to, text.size()));
            rule.resize(std::min(limit, rule.size()));
            const Words got = wordsIn(text, from, to, limit);
            QCOMPARE(joined(text, got), joined(text, rule));
            for (qsizetype k = 0; k < got.size(); ++k) {
                QCOMPARE(got[k].start, rule[k].start);
                QCOMPARE(got[k].end, rule[k].end);
            }
        }
    }

    void spanWords_data() { randomTexts_data(); }
    // the words of every window inside a span read off the span's words, and of windows
    // leaving it read from the text: in both cases exactly wordsIn() of the window
    void spanWords()
    {
        QFETCH(quint32, seed);
        RandomTexts random(seed);
        SpanWords words; // read again and again, as the attribution does
        QString text;
        for (int round = 0; round < 60; ++round) {
            text = random.text(60);
            const qsizetype length = text.size();
            const qsizetype spanStart = random.next(length + 1);
            const gloss::Span span{spanStart,
                                   spanStart + qsizetype(random.next(length - spanStart + 1))};
            words.read(text, span);
            QCOMPARE(joined(text, words.words()),
                     joined(text, wordsIn(text, span.start, span.end)));
            for (qsizetype from = -1; from <= length + 1; ++from) {
                for (qsizetype to = from; to <= length + 2; ++to) {
                    const qsizetype limit =
                        random.next(4) == 0 ? qsizetype(random.next(4)) : 1000;
                    const Words expected = wordsIn(text, from, to, limit);
                    const Words got = words.wordsIn(from, to, limit);
                    QCOMPARE(got.size(), expected.size());
                    for (qsizetype k = 0; k < got.size(); ++k) {
                        QCOMPARE(got[k].start, expected[k].start);
                        QCOMPARE(got[k].end, expected[k].end);
                    }
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_TextScan)
#include "tst_textscan.moc"
