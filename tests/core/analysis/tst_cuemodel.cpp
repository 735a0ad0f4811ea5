#include "analysis/ModelImage_p.h"
#include "analysis/quotes/CueModel.h"

#include "DamagedImages.h"
#include "TestPaths.h"

#include <QFile>
#include <QTest>

using namespace gloss::quotes;

/**
 * The learned cue classifier: its features (checked one at a time with a hand-written model
 * that weighs a single feature) and the model learned from PolNeAR train on general English.
 */
class tst_CueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void features_data();
    void features();
    void unknownWord();
    void typographicApostrophe();
    void thresholds_data();
    void thresholds();
    void probabilityIfSourced_data();
    void probabilityIfSourced();
    void boundedReadingIsExact();
    void learnedModel_data();
    void learnedModel();
    void learnedModelIsSmall();
    void compiledModelIsTheText();
    void imageReadsBack_data();
    void imageReadsBack();
    void imageRejected_data();
    void imageRejected();
    void compiledImageMissing();

private:
    /**
     * Where a word of the model is read ("%1"): contexts that weigh for and against (a name or
     * a pronoun before it, "that", a full stop or nothing after it, the start of a line).
     */
    static const QStringList &contexts();
    /** Whether @p a and @p b give every word of both the same answers in every context. */
    static bool sameAnswers(const CueModel &a, const CueModel &b, QString &difference);
};

const QStringList &tst_CueModel::contexts()
{
    static const QStringList contexts{
        QStringLiteral("Jane Doe %1 that the plan works."), QStringLiteral("She %1 it."),
        QStringLiteral("The phone %1 were long."), QStringLiteral("%1 for calm grew,"),
        QStringLiteral("Critics, %1"), QStringLiteral("the %1 of the state %1 to")};
    return contexts;
}

void tst_CueModel::features_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");    // the word scored (its first occurrence)
    QTest::addColumn<QString>("feature"); // the one feature of the hand model that must fire

    QTest::newRow("the word") << QStringLiteral("Jane Doe calls for a recount.")
                              << QStringLiteral("calls") << QStringLiteral("w=calls");
    QTest::newRow("after a capitalised word")
        << QStringLiteral("Jane Doe calls for a recount.") << QStringLiteral("calls")
        << QStringLiteral("w|p=calls|cap");
    QTest::newRow("after a subject pronoun")
        << QStringLiteral("Then she calls for a recount.") << QStringLiteral("calls")
        << QStringLiteral("w|p=calls|pron");
    QTest::newRow("after a lower-case word")
        << QStringLiteral("The phone calls were long.") << QStringLiteral("calls")
        << QStringLiteral("w|p=calls|low");
    QTest::newRow("after a comma") << QStringLiteral("Later, calls for calm grew.")
                                   << QStringLiteral("calls") << QStringLiteral("w|p=calls|,");
    QTest::newRow("at the start of a line")
        << QStringLiteral("calls for calm grew.") << QStringLiteral("calls")
        << QStringLiteral("w|p=calls|<start>");
    QTest::newRow("the next word, lower case")
        << QStringLiteral("Jane Doe calls For a recount.") << QStringLiteral("calls")
        << QStringLiteral("w|n=calls|for");
    QTest::newRow("the next punctuation mark")
        << QStringLiteral("Nobody answers the calls.") << QStringLiteral("calls")
        << QStringLiteral("w|n=calls|.");
    QTest::newRow("the previous word")
        << QStringLiteral("The phone calls were long.") << QStringLiteral("calls")
        << QStringLiteral("w|pw=calls|phone");
    QTest::newRow("a typographic apostrophe reads as a plain one")
        << QStringLiteral("She doesn\u2019t calls often.") << QStringLiteral("calls")
        << QStringLiteral("pw=doesn't");
    QTest::newRow("the context alone") << QStringLiteral("Jane Doe calls for a recount.")
                                       << QStringLiteral("calls") << QStringLiteral("n=for");
}

void tst_CueModel::features()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    QFETCH(QString, feature);
    // the word is known (its w= entry weighs nothing); one feature weighs 3, the threshold is
    // 0.9: the word is a cue exactly when that feature fires (sigmoid(3) = 0.953)
    const QByteArray known = "w=" + word.toUtf8() + "\t0\n";
    const QByteArray weighed = feature.toUtf8() + "\t3000\n";
    const CueModel model(QByteArray("@threshold\t900\n")
                         + (feature.startsWith(u"w=") ? weighed : known + weighed));
    const qsizetype at = text.indexOf(word);
    QVERIFY(at >= 0);
    QCOMPARE(model.probability(text, at, at + word.size()), 953);
    QVERIFY(model.isCue(text, at, at + word.size()));
    const CueModel without(QByteArray("@threshold\t900\n") + known + "w|p=other|x\t3000\n");
    QCOMPARE(without.probability(text, at, at + word.size()), 500);
    QCOMPARE(without.isCue(text, at, at + word.size()), false);
}

void tst_CueModel::unknownWord()
{
    const CueModel model(QByteArrayLiteral("@threshold\t100\nbias\t5000\nw=said\t0\n"));
    const QString text = QStringLiteral("Jane Doe laughed.");
    QCOMPARE(model.probability(text, 9, 16), -1);
    QVERIFY(!model.isCue(text, 9, 16));
    const CueModel empty{QByteArray()};
    QCOMPARE(empty.wordCount(), 0);
    QVERIFY(!empty.isCue(QStringLiteral("Jane Doe said so."), 9, 13));
}

// The tools write a word's apostrophe as a plain one: a word with a typographic one (not in the
// model's word list) is scored by the model's entry all the same, in every feature.
void tst_CueModel::typographicApostrophe()
{
    const CueModel model(QByteArrayLiteral("@threshold\t900\nw=don't\t1000\n"
                                           "w|n=don't|think\t1000\nw|p=don't|pron\t1000\n"));
    for (const QString &text : {QStringLiteral("They don't think so."),
                                QStringLiteral("They don\u2019t think so."),
                                QStringLiteral("They DON\u2019T think so.")}) {
        QCOMPARE(model.probability(text, 5, 10), 953);
        QVERIFY(model.isCue(text, 5, 10));
    }
    QCOMPARE(model.probability(QStringLiteral("They won\u2019t think so."), 5, 10), -1);
}

void tst_CueModel::thresholds_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("sourced");

    QTest::newRow("both given") << QByteArray("@threshold\t400\n@sourced_threshold\t200\n") << 400
                                << 200;
    QTest::newRow("no sourced threshold: the threshold")
        << QByteArray("@threshold\t400\n") << 400 << 400;
    QTest::newRow("a sourced threshold above the threshold is the threshold")
        << QByteArray("@threshold\t300\n@sourced_threshold\t600\n") << 300 << 300;
}

void tst_CueModel::thresholds()
{
    QFETCH(QByteArray, header);
    QFETCH(int, threshold);
    QFETCH(int, sourced);
    const CueModel model(header + "w=said\t0\n");
    QCOMPARE(model.threshold(), threshold);
    QCOMPARE(model.sourcedThreshold(), sourced);
}

void tst_CueModel::probabilityIfSourced_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("probability"); // -1: none (the word is not in the model)
    QTest::addColumn<bool>("sourced");

    // the features read last (the word's own in context) can still lift a word read early as
    // falling short: bias -2 + n=for -0.5 + w|p=calls|cap 3 = 0.5 (0.622), -2.5 without it
    QTest::newRow("lifted by the feature read last")
        << QStringLiteral("Jane Doe calls for a recount.") << 622 << true;
    QTest::newRow("falls short") << QStringLiteral("The phone calls for a recount.") << 76
                                 << false;
    QTest::newRow("lifted by the context alone") << QStringLiteral("The phone calls again.")
                                                 << 731 << true;
    QTest::newRow("a word the model lacks") << QStringLiteral("The phone rings for help.") << -1
                                            << false;
}

void tst_CueModel::probabilityIfSourced()
{
    QFETCH(QString, text);
    QFETCH(int, probability);
    QFETCH(bool, sourced);
    const CueModel model(QByteArrayLiteral("@threshold\t900\n@sourced_threshold\t500\n"
                                           "bias\t-2000\nw=calls\t0\nw|p=calls|cap\t3000\n"
                                           "n=for\t-500\nn=again\t3000\n"));
    const qsizetype at = text.indexOf(QStringLiteral(" calls ")) >= 0
                             ? text.indexOf(QStringLiteral(" calls ")) + 1
                             : text.indexOf(QStringLiteral(" rings ")) + 1;
    QCOMPARE(model.probability(text, at, at + 5), probability);
    const std::optional<int> p = model.probabilityIfSourced(text, at, at + 5);
    QCOMPARE(p.has_value(), sourced);
    if (sourced)
        QCOMPARE(*p, probability);
}

/**
 * The learned model read as far as needed gives what reading every feature gives: every word
 * it knows, in every one of contexts().
 */
void tst_CueModel::boundedReadingIsExact()
{
    const CueModel &model = CueModel::learned();
    int sourced = 0;
    int cues = 0;
    int checked = 0;
    for (const QString &word : model.words().words()) {
        for (const QString &context : contexts()) {
            const QString text = context.arg(word);
            const qsizetype at = text.indexOf(word);
            const int p = model.probability(text, at, at + word.size());
            QVERIFY(p >= 0);
            const std::optional<int> ifSourced =
                model.probabilityIfSourced(text, at, at + word.size());
            QCOMPARE(ifSourced.has_value(), p >= model.sourcedThreshold());
            // the same with the word looked up by the caller (as the statement finder does)
            QCOMPARE(model.probabilityIfSourced(text, at, at + word.size(),
                                                model.words().indexOf(word)),
                     ifSourced);
            if (ifSourced)
                QCOMPARE(*ifSourced, p);
            QCOMPARE(model.isCue(text, at, at + word.size()), p >= model.threshold());
            sourced += ifSourced.has_value();
            cues += p >= model.threshold();
            ++checked;
        }
    }
    // both answers occur, many times
    QVERIFY2(sourced > 500 && checked - sourced > 500,
             qPrintable(QStringLiteral("%1 of %2 reach it").arg(sourced).arg(checked)));
    QVERIFY(cues > 100);
}

void tst_CueModel::learnedModel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("cue");

    QTest::newRow("calls for, after a name")
        << QStringLiteral("Senator Jane Doe calls for a recount of the ballots.")
        << QStringLiteral("calls") << true;
    QTest::newRow("phone calls") << QStringLiteral("The phone calls went on for hours.")
                                 << QStringLiteral("calls") << false;
    QTest::newRow("proposed, after a name")
        << QStringLiteral("Jane Doe proposed a new tax on second homes.")
        << QStringLiteral("proposed") << true;
    QTest::newRow("proposed, an adjective") << QStringLiteral("The proposed tax is unpopular.")
                                            << QStringLiteral("proposed") << false;
    QTest::newRow("a preposition opening a cue span is no cue alone")
        << QStringLiteral("Jane Doe, who voted against the plan, spoke first.")
        << QStringLiteral("against") << false;
    QTest::newRow("an auxiliary's contraction is no cue alone")
        << QStringLiteral("Voters don\u2019t think the plan will work.")
        << QStringLiteral("don\u2019t") << false;
    QTest::newRow("a word no attribution uses")
        << QStringLiteral("Jane Doe walked to the harbour.") << QStringLiteral("walked")
        << false;
}

void tst_CueModel::learnedModel()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    QFETCH(bool, cue);
    const qsizetype at = text.indexOf(word);
    QVERIFY(at >= 0);
    QCOMPARE(CueModel::learned().isCue(text, at, at + word.size()), cue);
}

void tst_CueModel::learnedModelIsSmall()
{
    const CueModel &model = CueModel::learned();
    QVERIFY(model.wordCount() > 500);
    QVERIFY(model.wordCount() < 5000);
    QVERIFY(model.threshold() > 0 && model.threshold() < 1000);
    QVERIFY(model.sourcedThreshold() > 0 && model.sourcedThreshold() < model.threshold());
}

bool tst_CueModel::sameAnswers(const CueModel &a, const CueModel &b, QString &difference)
{
    if (a.wordCount() != b.wordCount() || a.threshold() != b.threshold()
        || a.sourcedThreshold() != b.sourcedThreshold() || a.words().words() != b.words().words()) {
        difference = QStringLiteral("the word lists or thresholds differ");
        return false;
    }
    QStringList words = a.words().words();
    // (a word the model lacks, and one read with a typographic apostrophe)
    words << QStringLiteral("zebra") << QStringLiteral("don\u2019t");
    for (const QString &word : std::as_const(words)) {
        for (const QString &context : contexts()) {
            const QString text = context.arg(word);
            const qsizetype at = text.indexOf(word);
            const qsizetype end = at + word.size();
            if (a.probability(text, at, end) != b.probability(text, at, end)
                || a.probabilityIfSourced(text, at, end) != b.probabilityIfSourced(text, at, end)
                || a.isCue(text, at, end) != b.isCue(text, at, end)) {
                difference = text;
                return false;
            }
        }
    }
    return true;
}

/** The model compiled in at build time (tools/compilemodel) answers as its text does. */
void tst_CueModel::compiledModelIsTheText()
{
    QFile f(gloss::test::sourcePath(QStringLiteral("resources/attribution/cue_model.txt")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const CueModel text(f.readAll());
    QVERIFY(text.wordCount() > 500);
    QCOMPARE(CueModel::learned().image(), text.image()); // byte for byte
    QString difference;
    QVERIFY2(sameAnswers(CueModel::learned(), text, difference), qPrintable(difference));
}

void tst_CueModel::imageReadsBack_data()
{
    QTest::addColumn<QByteArray>("model");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("thresholds only") << QByteArray("@threshold\t400\n@sourced_threshold\t200\n");
    QTest::newRow("a hand-written model")
        << QByteArray("@threshold\t900\n@sourced_threshold\t500\nbias\t-2000\nw=calls\t0\n"
                      "w|p=calls|cap\t3000\nn=for\t-500\nn=again\t3000\nw=don't\t1000\n"
                      "w|n=don't|think\t1000\npw=phone\t-700\n");
    QTest::newRow("a word whose features hold a bar")
        << QByteArray("@threshold\t500\nw=a|b\t100\nw|n=a|b|for\t2000\n");
}

void tst_CueModel::imageReadsBack()
{
    QFETCH(QByteArray, model);
    const CueModel text(model);
    const QByteArray image = text.image();
    const std::optional<CueModel> read = CueModel::fromImage(image);
    QVERIFY(read);
    QString difference;
    QVERIFY2(sameAnswers(*read, text, difference), qPrintable(difference));
    QCOMPARE(read->image(), image);
}

void tst_CueModel::imageRejected_data()
{
    QTest::addColumn<QByteArray>("image");

    // every length short of the whole image
    gloss::test::addDamagedImageRows(
        CueModel(QByteArray("@threshold\t900\nw=calls\t0\nw|p=calls|cap\t3000\n")).image());
}

void tst_CueModel::imageRejected()
{
    QFETCH(QByteArray, image);
    QVERIFY(!CueModel::fromImage(image));
}

/** A build without the image (or a resource compressed by mistake) warns and knows no cue. */
void tst_CueModel::compiledImageMissing()
{
    const QString path = QStringLiteral(":/org.gloss/attribution/no-such.image");
    QVERIFY(gloss::image::compiledIn(path).isEmpty());
    QTest::ignoreMessage(QtWarningMsg, "gloss: no model here");
    const CueModel m = gloss::image::compiledOr<CueModel>(path, "no model here",
                                                          [] { return CueModel(QByteArray()); });
    QCOMPARE(m.wordCount(), 0);
    QVERIFY(!m.isCue(QStringLiteral("Jane Doe said so."), 9, 13));
    // the shipped one is there, uncompressed
    QVERIFY(!gloss::image::compiledIn(QStringLiteral(":/org.gloss/attribution/cue_model.image"))
                 .isEmpty());
}

QTEST_GUILESS_MAIN(tst_CueModel)
#include "tst_cuemodel.moc"
