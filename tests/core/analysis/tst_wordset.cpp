// The quote stages' word sets (core/analysis/quotes/Lexicon.h): look-ups by shape, then by hash.
#include "analysis/quotes/Lexicon.h"

#include <QTest>

using namespace gloss::quotes;
using namespace Qt::StringLiterals;

class tst_WordSet : public QObject
{
    Q_OBJECT

private slots:
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

QTEST_GUILESS_MAIN(tst_WordSet)
#include "tst_wordset.moc"
