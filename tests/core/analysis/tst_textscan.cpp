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
        // a separator, a joiner or a non-ASCII letter at every position of the eight-unit
        // blocks the scan reads at once, from every window start: the words of the rule
        for (const char16_t odd : {u' ', u'-', u'\'', u'.', u'\u2019', u'\u00e9', u'\u201c'}) {
            for (int at = 0; at < 20; ++at) {
                QString text(20, u'w');
                text[at] = odd;
                for (int from = 0; from < 20; ++from) {
                    QCOMPARE(joined(text, wordsIn(text, from, text.size())),
                             joined(text, byTheRule(text, from, text.size())));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_TextScan)
#include "tst_textscan.moc"
