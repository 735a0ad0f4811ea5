#include "analysis/quotes/CueModel.h"

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
    void learnedModel_data();
    void learnedModel();
    void learnedModelIsSmall();
};

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

QTEST_GUILESS_MAIN(tst_CueModel)
#include "tst_cuemodel.moc"
