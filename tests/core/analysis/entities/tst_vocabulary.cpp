// The entity recognizer's vocabulary (core/analysis/entities/Vocabulary_p.h): one id per
// distinct string, with the gazetteer's classes and entry of each looked up once.
#include "analysis/entities/Vocabulary_p.h"

#include <QTest>

using namespace gloss::entities;
using namespace Qt::StringLiterals;

class tst_Vocabulary : public QObject
{
    Q_OBJECT

private slots:
    void ids_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("ids"); // of the text's words, split at spaces, in order

        QTest::newRow("distinct words count from 0") << u"the mayor spoke"_s
                                                     << QList<int>{0, 1, 2};
        QTest::newRow("a repeated word keeps its id") << u"the mayor and the council"_s
                                                      << QList<int>{0, 1, 2, 0, 3};
        QTest::newRow("case matters") << u"The the THE the"_s << QList<int>{0, 1, 2, 1};
        QTest::newRow("a prefix is another word") << u"Ann Anna Ann Annabel"_s
                                                  << QList<int>{0, 1, 0, 2};
        QTest::newRow("longer than eight bytes, differing at the end")
            << u"Northfielder Northfieldest Northfielder"_s << QList<int>{0, 1, 0};
        QTest::newRow("beyond the Latin alphabet") << u"Zürich Zurich Zürich Ζυρίχη"_s
                                                   << QList<int>{0, 1, 0, 2};
    }

    void ids()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, ids);
        Vocabulary vocabulary(Gazetteer::instance());
        const QList<QStringView> words = QStringView(text).split(u' ');
        QCOMPARE(words.size(), ids.size());
        for (qsizetype i = 0; i < words.size(); ++i) {
            QCOMPARE(vocabulary.add(words[i]), ids[i]);
            QCOMPARE(vocabulary.text(ids[i]), words[i]);
        }
        for (qsizetype i = 0; i < words.size(); ++i)
            QCOMPARE(vocabulary.idOf(words[i]), ids[i]);
        QCOMPARE(vocabulary.size(), *std::max_element(ids.cbegin(), ids.cend()) + 1);
        QCOMPARE(vocabulary.idOf(u"absent"), -1);
    }

    void hash_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b"); // another string: another hash

        // every way of reading a length: 1, 2-3, 4-8 and 9+ code units, over 16 bytes
        QTest::newRow("one code unit") << u"a"_s << u"b"_s;
        QTest::newRow("two, the same first") << u"ab"_s << u"ac"_s;
        QTest::newRow("a prefix") << u"abc"_s << u"ab"_s;
        QTest::newRow("a trailing zero") << u"ab"_s << QStringLiteral("ab\u0000");
        QTest::newRow("eight, the last differs") << u"Northfie"_s << u"Northfix"_s;
        QTest::newRow("nine, the middle differs") << u"Northfield"_s << u"NorthXield"_s;
        QTest::newRow("long, the first differs")
            << u"xnternationalisation of the railways"_s
            << u"internationalisation of the railways"_s;
        QTest::newRow("long, one longer") << u"internationalisation of the railways"_s
                                          << u"internationalisation of the railways."_s;
    }

    void hash()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        // the same string from another buffer hashes the same; another string (here) not
        const QString copy = QString(a.constData(), a.size());
        QCOMPARE(Vocabulary::hash(copy), Vocabulary::hash(a));
        QVERIFY(Vocabulary::hash(a) != Vocabulary::hash(b));
    }

    void manyWords()
    {
        // enough to grow the table several times; every id stays where it was
        QStringList words;
        for (int i = 0; i < 20000; ++i)
            words.append(u"w%1"_s.arg(i));
        Vocabulary vocabulary(Gazetteer::instance());
        for (int i = 0; i < words.size(); ++i)
            QCOMPARE(vocabulary.add(words[i]), i);
        for (int i = 0; i < words.size(); ++i)
            QCOMPARE(vocabulary.idOf(words[i]), i);
        QCOMPARE(vocabulary.size(), 20000);
    }

    void keepsItsOwnCopy()
    {
        // the strings are copied: one given from a string that is gone is still there
        Vocabulary vocabulary(Gazetteer::instance());
        int id = -1;
        {
            const QString gone = u"Northfield"_s + u" Pacific"_s;
            id = vocabulary.add(gone);
        }
        QCOMPARE(vocabulary.text(id), u"Northfield Pacific");
        QCOMPARE(vocabulary.idOf(u"Northfield Pacific"), id);
        // and many of them, over several blocks, one longer than a block
        const QString longWord(40000, u'x');
        QCOMPARE(vocabulary.add(longWord), id + 1);
        for (int i = 0; i < 5000; ++i)
            vocabulary.add(u"word%1"_s.arg(i));
        QCOMPARE(vocabulary.text(id + 1), longWord);
        QCOMPARE(vocabulary.text(id + 2), u"word0");
        QCOMPARE(vocabulary.idOf(u"word4999"_s), id + 5001);
    }

    void gazetteer_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("known"); // has a gazetteer entry

        QTest::newRow("a common word") << u"said"_s << false;
        QTest::newRow("a country") << u"Peru"_s << true;
        QTest::newRow("a dateline in capitals") << u"NAIROBI"_s << true;
        QTest::newRow("a name of two words") << u"Burkina Faso"_s << true;
        QTest::newRow("a title") << u"President"_s << false;
        QTest::newRow("a given name") << u"Maria"_s << false;
        QTest::newRow("unknown") << u"Xqzzy"_s << false;
    }

    void gazetteer()
    {
        // the same answers as the gazetteer's, asked once or twice
        QFETCH(QString, word);
        QFETCH(bool, known);
        const Gazetteer &g = Gazetteer::instance();
        Vocabulary vocabulary(g);
        const int id = vocabulary.add(word);
        for (int twice = 0; twice < 2; ++twice) {
            QCOMPARE(vocabulary.classes(id), g.classes(word));
            QCOMPARE(vocabulary.entry(id), g.find(word));
            QCOMPARE(vocabulary.entry(id) != nullptr, known);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Vocabulary)
#include "tst_vocabulary.moc"
