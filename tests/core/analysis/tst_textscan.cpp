// The quote stages' text scanning (core/analysis/quotes/TextScan.h, Lexicon.h): the words of a
// window read from the words of the whole text (WordIndex) and the word sets' look-ups.
#include "analysis/quotes/Lexicon.h"
#include "analysis/quotes/TextScan.h"

#include <QTest>

using namespace gloss::quotes;
using namespace Qt::StringLiterals;

namespace {

QList<std::pair<qsizetype, qsizetype>> spans(const Words &ws)
{
    QList<std::pair<qsizetype, qsizetype>> out;
    for (const Word &w : ws)
        out.append({w.start, w.end});
    return out;
}

} // namespace

class tst_TextScan : public QObject
{
    Q_OBJECT

private slots:
    void windowsOfTheIndex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain words") << u"The mayor said the plan would work."_s;
        QTest::newRow("joiners inside words")
            << u"The co-founder didn't say U.S. officials' plans were a.b.c-d."_s;
        QTest::newRow("a typographic apostrophe") << u"She’d said it’s Jones’ call’"_s;
        QTest::newRow("joiners at the ends") << u"-lead. 'quoted' --dash-- end.-"_s;
        QTest::newRow("accents, marks and digits")
            << u"Zu\u0308rich’s 2,500 caf\u00e9s; \u00c9lise—42-year-old"_s;
        QTest::newRow("curly quotes and dashes")
            << u"\u201cNo,\u201d he said \u2013 \u201cnever.\u201d"_s;
        QTest::newRow("no words") << u" ,.;'-\u201c\u201d "_s;
        QTest::newRow("empty") << QString();
    }

    // Every window, edges inside words included, has the words wordsIn() finds in it.
    void windowsOfTheIndex()
    {
        QFETCH(QString, text);
        const WordIndex index(text);
        QCOMPARE(index.size(), wordsIn(text, 0, text.size()).size());
        for (qsizetype from = -1; from <= text.size() + 1; ++from) {
            for (qsizetype to = from - 1; to <= text.size() + 2; ++to) {
                const auto expected = spans(wordsIn(text, from, to));
                const auto actual = spans(index.wordsIn(from, to));
                if (actual != expected)
                    QFAIL(qPrintable(u"window [%1, %2)"_s.arg(from).arg(to)));
            }
        }
    }

    void wordSetLookUps_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("member");
        QTest::newRow("a member") << u"said"_s << true;
        QTest::newRow("in capitals") << u"SAID"_s << true;
        QTest::newRow("capitalised") << u"Told"_s << true;
        QTest::newRow("one letter") << u"I"_s << true;
        QTest::newRow("with an apostrophe") << u"didn't"_s << true;
        QTest::newRow("beyond ASCII") << u"\u00c9LAN"_s << true;
        QTest::newRow("long") << u"notwithstanding"_s << true;
        QTest::newRow("longer than fifteen") << u"internationalisation"_s << true;
        QTest::newRow("same shape, another word") << u"sand"_s << false;
        QTest::newRow("a prefix of a member") << u"sai"_s << false;
        QTest::newRow("a member and more") << u"saids"_s << false;
        QTest::newRow("same letters, longer than fifteen") << u"internationalization"_s
                                                           << false;
        QTest::newRow("empty") << QString() << false;
    }

    // The shape bit (length, first, second and last letters) never turns a member away.
    void wordSetLookUps()
    {
        QFETCH(QString, word);
        QFETCH(bool, member);
        static const WordSet set{u"said",   u"told", u"i",    u"didn't", u"élan",
                                 u"notwithstanding", u"internationalisation"};
        QCOMPARE(set.contains(word), member);
        QCOMPARE(WordSet(QStringList()).contains(word), false);
    }
};

QTEST_GUILESS_MAIN(tst_TextScan)
#include "tst_textscan.moc"
