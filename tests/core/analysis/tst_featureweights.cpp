// FeatureKey and FeatureWeights: the learned models' weights, looked up without building
// strings (core/analysis/quotes/FeatureWeights.h).
#include "analysis/quotes/FeatureWeights.h"

#include "DamagedImages.h"
#include "TestPaths.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <map>

using namespace gloss::quotes;
using namespace Qt::StringLiterals;

class tst_FeatureWeights : public QObject
{
    Q_OBJECT

private slots:
    void keyOfPieces_data()
    {
        QTest::addColumn<QStringList>("pieces");
        QTest::addColumn<QString>("whole");
        QTest::addColumn<bool>("fold"); // the pieces added folded

        QTest::newRow("pieces are their concatenation")
            << QStringList{u"B"_s, u"|k="_s, u"NAME"_s} << u"B|k=NAME"_s << false;
        QTest::newRow("empty pieces add nothing")
            << QStringList{u""_s, u"w="_s, u""_s, u"said"_s} << u"w=said"_s << false;
        QTest::newRow("a folded word is lower case")
            << QStringList{u"Said"_s} << u"said"_s << true;
        QTest::newRow("a folded typographic apostrophe is a plain one")
            << QStringList{u"Don\u2019t"_s} << u"don't"_s << true;
        QTest::newRow("folding reaches beyond ASCII")
            << QStringList{u"\u00c9TAIT"_s} << u"\u00e9tait"_s << true;
    }

    void keyOfPieces()
    {
        QFETCH(QStringList, pieces);
        QFETCH(QString, whole);
        QFETCH(bool, fold);
        FeatureKey key;
        for (const QString &p : std::as_const(pieces))
            key << FeaturePiece{p, fold};
        QCOMPARE(key.value(), (FeatureKey() << whole).value());
    }

    void differentNamesDifferentKeys()
    {
        // the features of the models differ in one letter or in where a piece ends
        const QStringList names{u"w|p=said|pron"_s, u"w|p=said|cap"_s, u"w|n=said|that"_s,
                                u"p=pron"_s,        u"B|d=1"_s,         u"B|d=16+"_s,
                                u"A|d=1"_s,         u"B|k=NAME|d=1"_s,  u"B|k=NAM|Ed=1"_s};
        std::map<quint64, QString> seen;
        for (const QString &n : names) {
            const auto [it, added] = seen.emplace((FeatureKey() << n).value(), n);
            QVERIFY2(added, qPrintable(n + u" and "_s + it->second));
        }
    }

    void integer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value"); // INT_MIN: not an integer

        QTest::newRow("positive") << u"400"_s << 400;
        QTest::newRow("negative") << u"-2481"_s << -2481;
        QTest::newRow("zero") << u"0"_s << 0;
        QTest::newRow("empty") << u""_s << INT_MIN;
        QTest::newRow("a lone minus") << u"-"_s << INT_MIN;
        QTest::newRow("a word") << u"spokesman"_s << INT_MIN;
        QTest::newRow("digits then a letter") << u"12a"_s << INT_MIN;
        QTest::newRow("a fraction") << u"1.5"_s << INT_MIN;
        QTest::newRow("too long to be a weight") << u"12345678901"_s << INT_MIN;
    }

    void integer()
    {
        QFETCH(QString, text);
        QFETCH(int, value);
        const std::optional<int> got = FeatureWeights::integer(text);
        QCOMPARE(got.value_or(INT_MIN), value);
    }

    void read()
    {
        const QByteArray model = "# a comment\tthat has a tab\n"
                                 "@threshold\t400\n"
                                 "@head\tspokesman\n"
                                 "w=said\t1200\n"
                                 "w|p=said|pron\t-35\r\n"
                                 "n=caf\xc3\xa9\t7\n"
                                 "\n"
                                 "no tab here\n"
                                 "bias\t-2481 \n"
                                 "half\tline";
        QStringList others, kept;
        const FeatureWeights w = FeatureWeights::read(
            model,
            [&others](QStringView name, QStringView value) {
                others.append(name + u'=' + value);
            },
            [&kept](QStringView name, int value) {
                kept.append(name + u'=' + QString::number(value));
            });
        QCOMPARE(w.size(), 4);
        QCOMPARE(w.weight(u"w=said"), 1200);
        QCOMPARE(w.weight(FeatureKey() << u"w|p=" << FeaturePiece{u"SAID", true} << u"|pron"),
                 -35);
        QCOMPARE(w.weight(u"n=caf\u00e9"), 7);
        QCOMPARE(w.weight(u"bias"), -2481);
        QCOMPARE(w.weight(u"w=told"), 0);
        QVERIFY(w.contains(FeatureKey() << u"w=said"));
        QVERIFY(!w.contains(FeatureKey() << u"w=told"));
        QCOMPARE(others, (QStringList{u"@threshold=400"_s, u"@head=spokesman"_s,
                                      u"half=line"_s}));
        QCOMPARE(kept, (QStringList{u"w=said=1200"_s, u"w|p=said|pron=-35"_s,
                                    u"n=caf\u00e9=7"_s, u"bias=-2481"_s}));
    }

    // The table grows as weights come (reserve() only guesses from the line count) and keeps
    // every one; the same feature twice keeps the last weight, counted once.
    void manyWeights_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("just past a growth") << 17;
        QTest::newRow("forty thousand, as the models") << 40000;
    }
    void manyWeights()
    {
        QFETCH(int, count);
        FeatureWeights w;
        for (int i = 0; i < count; ++i)
            w.insert(u"f=%1"_s.arg(i), i - count / 2);
        w.insert(u"f=0"_s, 99); // again: replaced
        QCOMPARE(w.size(), qsizetype(std::max(count, 1)));
        QCOMPARE(w.weight(u"f=0"), 99);
        for (int i = 1; i < count; ++i) {
            if (w.weight(u"f=%1"_s.arg(i)) != i - count / 2)
                QFAIL(qPrintable(u"f=%1 lost"_s.arg(i)));
        }
        QCOMPARE(w.weight(u"f=-1"), 0);
        QVERIFY(!w.contains(FeatureKey() << u"f=" << u"x"));
        QVERIFY(FeatureWeights().isEmpty());
        QCOMPARE(FeatureWeights().weight(u"f=0"), 0);
    }

    // An image (compiled in at build time) reads back as the table it was made of; a weight
    // added to a table read from one goes to a copy, the image is left as it was.
    void image_data() { manyWeights_data(); }
    void image()
    {
        QFETCH(int, count);
        FeatureWeights w;
        for (int i = 0; i < count; ++i)
            w.insert(u"f=%1"_s.arg(i), i - count / 2);
        const QByteArray bytes = w.image();
        std::optional<FeatureWeights> read = FeatureWeights::fromImage(bytes);
        QVERIFY(read);
        QCOMPARE(read->size(), w.size());
        for (int i = 0; i < count; ++i) {
            if (read->weight(u"f=%1"_s.arg(i)) != i - count / 2)
                QFAIL(qPrintable(u"f=%1 lost"_s.arg(i)));
        }
        QVERIFY(!read->contains(FeatureKey() << u"f=-1"));
        QCOMPARE(read->image(), bytes);
        const QByteArray before(bytes.constData(), bytes.size()); // a copy of its own
        read->insert(u"f=new"_s, 7);
        QCOMPARE(read->weight(u"f=new"), 7);
        QCOMPARE(read->size(), w.size() + 1);
        QCOMPARE(bytes, before);
        QCOMPARE(FeatureWeights::fromImage(bytes)->weight(u"f=new"), 0);
    }

    void imageRejected_data()
    {
        QTest::addColumn<QByteArray>("image");
        FeatureWeights w;
        w.insert(u"w=said"_s, 5);
        const QByteArray image = w.image(); // a 32-byte header, then 16 places of 8 bytes
        QCOMPARE(image.size(), 32 + 16 * 8);
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("half a header") << image.first(16);
        QTest::newRow("the header only") << image.first(32);
        QTest::newRow("a place short") << image.first(image.size() - 8);
        QByteArray version = image;
        version[3] = '9';
        QTest::newRow("another version") << version;
        gloss::test::addDamagedImageRows(image, 1, 7);
        QByteArray places = image;
        places[8] = 5; // 2^5 places said, 2^4 there
        QTest::newRow("fewer places than said") << places;
    }
    void imageRejected()
    {
        QFETCH(QByteArray, image);
        QVERIFY(!FeatureWeights::fromImage(image));
    }

    // A weight is kept in 16 bits: the tools' range whole, a weight beyond it at its end.
    void weightRange_data()
    {
        QTest::addColumn<int>("written");
        QTest::addColumn<int>("kept");
        QTest::newRow("zero") << 0 << 0;
        QTest::newRow("minus one") << -1 << -1;
        QTest::newRow("the largest") << 32767 << 32767;
        QTest::newRow("the smallest") << -32768 << -32768;
        QTest::newRow("past the largest") << 40000 << 32767;
        QTest::newRow("past the smallest") << -100000 << -32768;
    }
    void weightRange()
    {
        QFETCH(int, written);
        QFETCH(int, kept);
        FeatureWeights w;
        w.insert(u"w=said"_s, written);
        w.insert(u"w=told"_s, -written); // a neighbour's weight stays its own
        QCOMPARE(w.weight(u"w=said"), kept);
        QCOMPARE(w.weight(u"w=told"), std::clamp(-written, -32768, 32767));
        QVERIFY(w.contains(FeatureKey() << u"w=said"));
    }

    // The shipped models fit what the table keeps: every weight in 16 bits, no two names
    // sharing the 48 bits of their keys that are kept (a model trained again is checked here).
    void shippedModels_data()
    {
        QTest::addColumn<QString>("path");
        // (the models are compiled in as images: their text is read from the sources)
        QTest::newRow("the cue model")
            << gloss::test::sourcePath(u"resources/attribution/cue_model.txt"_s);
        QTest::newRow("the speaker ranker")
            << gloss::test::sourcePath(u"resources/attribution/ranker.txt"_s);
    }
    void shippedModels()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        std::map<QString, int> written;
        const FeatureWeights w = FeatureWeights::read(
            f.readAll(), [](QStringView, QStringView) {},
            [&](QStringView name, int value) { written[name.toString()] = value; });
        QVERIFY(written.size() > 1000);
        QCOMPARE(w.size(), qsizetype(written.size()));
        for (const auto &[name, value] : written) {
            if (w.weight(name) != value)
                QFAIL(qPrintable(name + u" reads %1, written %2"_s.arg(w.weight(name)).arg(value)));
        }
    }
};

QTEST_GUILESS_MAIN(tst_FeatureWeights)
#include "tst_featureweights.moc"
