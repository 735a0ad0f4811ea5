// The quote stages' word sets (core/analysis/quotes/Lexicon.h): look-ups by shape, then by hash;
// the learned cue sets read from cues.txt.
#include "analysis/quotes/Lexicon.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace gloss::quotes;
using namespace Qt::StringLiterals;

class tst_WordSet : public QObject
{
    Q_OBJECT

private slots:
    void wordSetLookUps_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("index"); // indexOf(): the member's place in the list, or -1
        QTest::newRow("a member") << u"said"_s << 0;
        QTest::newRow("in capitals") << u"SAID"_s << 0;
        QTest::newRow("capitalised") << u"Told"_s << 1;
        QTest::newRow("one letter") << u"I"_s << 2;
        QTest::newRow("with an apostrophe") << u"didn't"_s << 3;
        QTest::newRow("beyond ASCII") << u"\u00c9LAN"_s << 4;
        QTest::newRow("long") << u"notwithstanding"_s << 5;
        QTest::newRow("longer than fifteen") << u"internationalisation"_s << 6;
        QTest::newRow("same shape, another word") << u"sand"_s << -1;
        QTest::newRow("a prefix of a member") << u"sai"_s << -1;
        QTest::newRow("a member and more") << u"saids"_s << -1;
        QTest::newRow("same letters, longer than fifteen") << u"internationalization"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    // The shape bit (length, first, second and last letters) never turns a member away; a
    // member's index is its place among the distinct words given (a repeat, in any case, is
    // the same word).
    void wordSetLookUps()
    {
        QFETCH(QString, word);
        QFETCH(int, index);
        static const WordSet set{u"said",   u"told", u"i",     u"didn't", u"élan",
                                 u"SAID",   u"notwithstanding", u"internationalisation"};
        QCOMPARE(set.size(), 7);
        QCOMPARE(set.contains(word), index >= 0);
        QCOMPARE(set.indexOf(word), index);
        const WordSet empty{QStringList()};
        QCOMPARE(empty.contains(word), false);
        QCOMPARE(empty.indexOf(word), -1);
        QCOMPARE(empty.size(), 0);
    }

    // A set made from a list tells the index of each word given, a repeat in any case the
    // first one's, and lists its words by index.
    void indexOfEach()
    {
        const QStringList given{u"said"_s, u"Told"_s, QString(), u"SAID"_s, u"\u00c9lan"_s,
                                u"told"_s, u"notwithstanding"_s};
        QList<qsizetype> indexes;
        const WordSet set(given, &indexes);
        QCOMPARE(indexes, (QList<qsizetype>{0, 1, -1, 0, 2, 1, 3}));
        for (qsizetype k = 0; k < given.size(); ++k)
            QCOMPARE(set.indexOf(given[k]), indexes[k]);
        QCOMPARE(set.words(),
                 (QStringList{u"said"_s, u"told"_s, u"\u00e9lan"_s, u"notwithstanding"_s}));
    }

    // A set made from views is the same set (it keeps copies of its own), and lists its words
    // as views of them; a word is kept in lower case as QString::toLower() makes it, beyond
    // ASCII and beyond the Basic Multilingual Plane too.
    void fromViews_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("kept");
        QTest::newRow("lower case") << u"said"_s << u"said"_s;
        QTest::newRow("capitalised") << u"Said"_s << u"said"_s;
        QTest::newRow("beyond ASCII") << u"\u00c9LAN"_s << u"\u00e9lan"_s;
        QTest::newRow("a capital I with a dot (two units in lower case)")
            << u"\u0130zmir"_s << QString(u"\u0130zmir"_s).toLower();
        QTest::newRow("a capital beyond the BMP")
            << u"\U00010400x"_s << u"\U00010428x"_s; // DESERET CAPITAL LONG I
        QTest::newRow("a lower-case letter beyond the BMP") << u"\U00010428x"_s
                                                            << u"\U00010428x"_s;
    }
    void fromViews()
    {
        QFETCH(QString, given);
        QFETCH(QString, kept);
        QString storage = given + u" other"_s;
        QList<qsizetype> indexes;
        const WordSet set(QList<QStringView>{QStringView(storage).first(given.size()),
                                             QStringView(storage).last(5)},
                          &indexes);
        storage.fill(u'x'); // the set keeps copies of its own
        QCOMPARE(indexes, (QList<qsizetype>{0, 1}));
        QCOMPARE(set.words(), (QStringList{kept, u"other"_s}));
        QCOMPARE(set.wordViews(), (QList<QStringView>{kept, u"other"}));
        QCOMPARE(set.indexOf(kept), 0);
        // (a look-up folds unit by unit: in another case, a word is found where its letters
        // fold one unit to one unit, in the Basic Multilingual Plane)
        if (given.size() == kept.size() && !given.front().isSurrogate())
            QCOMPARE(set.indexOf(given), 0);
        const WordSet fromList(QStringList{given, u"other"_s});
        QCOMPARE(fromList.words(), set.words());
    }

    // A word table gives each row's value for its word in any case, and the value asked for
    // when no row has the word (a word of the same shape, a prefix, an empty word).
    void wordTable_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("value"); // -1: no row
        QTest::newRow("a row") << u"senator"_s << 1;
        QTest::newRow("another row") << u"sen"_s << 2;
        QTest::newRow("capitalised") << u"Gov"_s << 3;
        QTest::newRow("in capitals") << u"REP"_s << 4;
        QTest::newRow("beyond ASCII") << u"\u00c9lu"_s << 5;
        QTest::newRow("same shape, another word") << u"senatar"_s << -1;
        QTest::newRow("a prefix of a row's word") << u"se"_s << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void wordTable()
    {
        QFETCH(QString, word);
        QFETCH(int, value);
        static const WordTable<int> table{
            {u"senator", 1}, {u"sen", 2}, {u"gov", 3}, {u"rep", 4}, {u"\u00e9lu", 5}};
        QCOMPARE(table.value(word, -1), value);
        QCOMPARE(table.value(word), value < 0 ? 0 : value);
    }

    // The three learned sets hold the words cues.txt gives them (read here by split(), as the
    // lexicon first read the file): no fourth column, "that" or "to" in the fourth.
    void learnedCueSets_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::newRow("cues") << QByteArray();
        QTest::newRow("cues before that") << QByteArrayLiteral("that");
        QTest::newRow("cues before to") << QByteArrayLiteral("to");
    }
    void learnedCueSets()
    {
        QFETCH(QByteArray, context);
        QFile f(u":/org.gloss/attribution/cues.txt"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringList expected;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> fields = line.split('\t');
            if ((fields.size() >= 4 ? fields[3].trimmed() : QByteArray()) == context)
                expected.append(QString::fromUtf8(fields[0]).trimmed().toLower());
        }
        const WordSet &set = context.isEmpty() ? lexicon::learnedCues()
                             : context == "that" ? lexicon::learnedThatCues()
                                                 : lexicon::learnedToCues();
        QStringList got = set.words();
        expected.removeDuplicates();
        std::sort(expected.begin(), expected.end());
        std::sort(got.begin(), got.end());
        QVERIFY(expected.size() > 5);
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(tst_WordSet)
#include "tst_wordset.moc"
