#include "analysis/quotes/SpeakerRanker.h"

#include "DamagedImages.h"
#include "TestPaths.h"

#include <QFile>
#include <QTest>

using namespace gloss;
using namespace gloss::quotes;

namespace {

/** The words the ranker picks for the first double-quoted stretch of @p text, or "-". */
QString pick(const SpeakerRanker &ranker, const QString &text)
{
    const QList<Span> quotes = SpeakerRanker::quoteMarks(text);
    if (quotes.isEmpty())
        return QStringLiteral("no quote");
    const auto c = ranker.choose(text, quotes.first().start, quotes.first().end, quotes);
    return c ? text.mid(c->span.start, c->span.length()) : QStringLiteral("-");
}

} // namespace

class tst_SpeakerRanker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoteMarks_data();
    void quoteMarks();
    void handModel_data();
    void handModel();
    void learnedModel_data();
    void learnedModel();
    void learnedModelIsSmall();
    void compiledModelIsTheText();
    void imageRejected_data();
    void imageRejected();
};

void tst_SpeakerRanker::quoteMarks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("firstEnd"); // the closing mark of the first quote

    QTest::newRow("curly pair") << QStringLiteral("A \u201Cb c\u201D d") << 1 << 6;
    QTest::newRow("straight pair") << QStringLiteral("A \"b c\" d") << 1 << 6;
    QTest::newRow("unclosed quote ends with its paragraph")
        << QStringLiteral("A \u201Cb c\nd \u201Ce\u201D") << 2 << 6;
    QTest::newRow("empty marks are no quote") << QStringLiteral("A \"\" b") << 0 << -1;
    QTest::newRow("marks past long runs, other non-ASCII between")
        << QStringLiteral("It\u2019s a long sentence before \u201Cthe caf\u00e9\u2019s quote\u201D, "
                          "and \"another\"") << 2 << 45;
    QTest::newRow("a closing mark alone opens nothing")
        << QStringLiteral("words words words\u201D and \u201Cmore words here\u201D") << 1 << 39;
}

void tst_SpeakerRanker::quoteMarks()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(int, firstEnd);
    const QList<Span> q = SpeakerRanker::quoteMarks(text);
    QCOMPARE(q.size(), count);
    if (count > 0)
        QCOMPARE(q.first().end, firstEnd);
}

void tst_SpeakerRanker::handModel_data()
{
    QTest::addColumn<QByteArray>("model");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // a name right before "said", or a pronoun right after the quote, beats NONE
    const QByteArray model("# a model written by hand\n@margin\t50\n@head\tspokesman\n"
                           "none\t100\nB|n1=said\t300\nA|d=0\t200\nk=DESC\t400\n"
                           "B|pb=1\t-500\n");
    QTest::newRow("name before said")
        << model << QStringLiteral("Ann Varga said: \u201CWe are ready.\u201D")
        << QStringLiteral("Ann Varga");
    QTest::newRow("pronoun right after the quote")
        << model << QStringLiteral("\u201CWe are ready,\u201D she noted.")
        << QStringLiteral("she");
    QTest::newRow("a learned head noun")
        << model << QStringLiteral("A spokesman had this: \u201CWe are ready.\u201D")
        << QStringLiteral("spokesman");
    QTest::newRow("nothing beats none by the margin")
        << model << QStringLiteral("Ann Varga arrived. Then: \u201CWe are ready.\u201D")
        << QStringLiteral("-");
    QTest::newRow("a paragraph break counts against")
        << model << QStringLiteral("Ann Varga said so.\n\u201CWe are ready.\u201D")
        << QStringLiteral("-");
    // the same, with a sentence break between the name and the quote counting against
    const QByteArray sentences("@margin\t50\nnone\t100\nB|n1=said\t300\nB|sb=1\t-500\n");
    QTest::newRow("a sentence break counts against")
        << sentences << QStringLiteral("Ann Varga said so. Then \u201CWe are ready.\u201D")
        << QStringLiteral("-");
    QTest::newRow("a full stop before a line break is a sentence break")
        << sentences << QStringLiteral("Ann Varga said so.\nThen \u201CWe are ready.\u201D")
        << QStringLiteral("-");
    QTest::newRow("a full stop inside a word is none")
        << sentences << QStringLiteral("Ann Varga said so.Then \u201CWe are ready.\u201D")
        << QStringLiteral("Ann Varga");
    QTest::newRow("many sentence breaks are another bucket")
        << sentences
        << QStringLiteral("Ann Varga said so. %1\u201CWe are ready.\u201D")
               .arg(QStringLiteral("no. ").repeated(70))
        << QStringLiteral("Ann Varga");
    QTest::newRow("no break in a long window")
        << sentences
        << QStringLiteral("Ann Varga said %1 \u201CWe are ready.\u201D")
               .arg(QStringLiteral("then more and more").repeated(20))
        << QStringLiteral("Ann Varga");
    QTest::newRow("names inside other quotes are no candidates")
        << QByteArray("@margin\t0\nnone\t100\nB|d=0\t300\n")
        << QStringLiteral("\u201CAnn Varga\u201D \u201CWe are ready.\u201D")
        << QStringLiteral("-");
    QTest::newRow("an empty model picks nothing")
        << QByteArray() << QStringLiteral("Ann Varga said: \u201CWe are ready.\u201D")
        << QStringLiteral("-");
}

void tst_SpeakerRanker::handModel()
{
    QFETCH(QByteArray, model);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const SpeakerRanker read(model);
    // the model read from its text, and from its image (as the compiled-in model is)
    const QByteArray image = read.image();
    const std::optional<SpeakerRanker> compiled = SpeakerRanker::fromImage(image);
    QVERIFY(compiled);
    QCOMPARE(compiled->image(), image);
    for (const SpeakerRanker *ranker : {&read, &*compiled}) {
        // a text opening with a quote: the last quote is the one asked about
        if (text.startsWith(u'\u201C')) {
            const QList<Span> quotes = SpeakerRanker::quoteMarks(text);
            QVERIFY(quotes.size() >= 1);
            const Span q = quotes.last();
            const auto c = ranker->choose(text, q.start, q.end, quotes);
            QCOMPARE(c ? text.mid(c->span.start, c->span.length()) : QStringLiteral("-"),
                     expected);
        } else {
            QCOMPARE(pick(*ranker, text), expected);
        }
    }
}

void tst_SpeakerRanker::learnedModel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("the name next to the cue after the quote")
        << QStringLiteral("\u201CThe ferry will run all winter,\u201D Ann Varga told the "
                          "council on Monday.")
        << QStringLiteral("Ann Varga");
    QTest::newRow("the pronoun after the quote")
        << QStringLiteral("Ann Varga left early. \u201CThe ferry will run all winter,\u201D she "
                          "insisted.")
        << QStringLiteral("she");
    QTest::newRow("the name before a colon")
        << QStringLiteral("Ann Varga put it plainly: \u201CThe ferry will run all winter.\u201D")
        << QStringLiteral("Ann Varga");
    QTest::newRow("no speaker in sight")
        << QStringLiteral("The ferry timetable changed again. \u201CWinter service\u201D is now "
                          "a promise.")
        << QStringLiteral("-");
}

void tst_SpeakerRanker::learnedModel()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const SpeakerRanker &ranker = SpeakerRanker::learned();
    QVERIFY(!ranker.isEmpty());
    QCOMPARE(pick(ranker, text), expected);
}

void tst_SpeakerRanker::learnedModelIsSmall()
{
    const SpeakerRanker &ranker = SpeakerRanker::learned();
    QVERIFY(ranker.weightCount() > 100);
    QVERIFY(ranker.weightCount() < 20000);
    QVERIFY(ranker.margin() >= 0);
}

/** The model compiled in at build time (tools/compilemodel) is its text's, byte for byte. */
void tst_SpeakerRanker::compiledModelIsTheText()
{
    QFile f(gloss::test::sourcePath(QStringLiteral("resources/attribution/ranker.txt")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const SpeakerRanker text(f.readAll());
    const SpeakerRanker &compiled = SpeakerRanker::learned();
    QCOMPARE(compiled.weightCount(), text.weightCount());
    QCOMPARE(compiled.margin(), text.margin());
    QVERIFY(compiled.isSourceHead(QStringLiteral("spokesman")));
    QCOMPARE(compiled.image(), text.image());
}

void tst_SpeakerRanker::imageRejected_data()
{
    QTest::addColumn<QByteArray>("image");

    const QByteArray image =
        SpeakerRanker(QByteArray("@margin\t50\n@head\tspokesman\nnone\t100\n")).image();
    gloss::test::addDamagedImageRows(image);
    QByteArray magic = image;
    magic[1] = 'C';
    QTest::newRow("another model's") << magic;
}

void tst_SpeakerRanker::imageRejected()
{
    QFETCH(QByteArray, image);
    QVERIFY(!SpeakerRanker::fromImage(image));
}

QTEST_GUILESS_MAIN(tst_SpeakerRanker)
#include "tst_speakerranker.moc"
