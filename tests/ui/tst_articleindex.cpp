#include "ArticleIndex.h"
#include "ReadingTheme.h"
#include "TestArticles.h"

#include <QSet>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace gloss;

class tst_ArticleIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocksMatchDocument_data();
    void blocksMatchDocument();
    void splitsSpansAcrossBlocks();
    void lookups_data();
    void lookups();
    void speakerSlotsInOrderOfFirstQuote();
    void mostQuotedGetOwnColors_data();
    void mostQuotedGetOwnColors();
};

void tst_ArticleIndex::blocksMatchDocument_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("sample") << test::sampleArticle().document.text();
    QTest::newRow("empty") << QString();
    QTest::newRow("blank lines") << QStringLiteral("a\n\n\nb\n");
    QTest::newRow("paragraph separator") << QStringLiteral("one\u2029two\rthree");
}

void tst_ArticleIndex::blocksMatchDocument()
{
    QFETCH(QString, text);
    Article a;
    a.document = Document(text, QStringLiteral("t.txt"));
    QTextDocument doc;
    doc.setPlainText(text);
    ArticleIndex fromDoc, fromText;
    fromDoc.build(a, &doc);
    fromText.build(a, nullptr);
    QCOMPARE(fromText.blockCount(), doc.blockCount());
    QCOMPARE(fromDoc.blockCount(), doc.blockCount());
    for (int b = 0; b < doc.blockCount(); ++b)
        QCOMPARE(fromText.blockStart(b), qsizetype(doc.findBlockByNumber(b).position()));
}

void tst_ArticleIndex::splitsSpansAcrossBlocks()
{
    Article a;
    a.document = Document(QStringLiteral("“First part\n\n“second part” he said"), QStringLiteral("t"));
    Quote q;
    q.span = {1, 25};
    q.speaker = 0;
    a.quotes.append(q);
    Entity e;
    e.name = QStringLiteral("He");
    e.mentions.append({27, 29});
    a.entities.append(e);
    ArticleIndex index;
    index.build(a, nullptr);
    QCOMPARE(index.blockCount(), 3);
    QCOMPARE(index.runs(0).size(), 1);
    QCOMPARE(index.runs(0).first().start, 1);
    QCOMPARE(index.runs(0).first().end, 11);
    QVERIFY(index.runs(1).isEmpty()); // the empty line between
    QCOMPARE(index.runs(2).size(), 2);
    QCOMPARE(index.runs(2).first().kind, ArticleIndex::Kind::Quote);
    QCOMPARE(index.runs(2).first().start, 0);
    QCOMPARE(index.runs(2).first().end, 12);
    QCOMPARE(index.runs(2).last().kind, ArticleIndex::Kind::Mention);
}

void tst_ArticleIndex::lookups_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("quote");
    QTest::addColumn<int>("entity");
    QTest::addColumn<bool>("claim");
    const Article a = test::sampleArticle();
    const auto quoteOf = [&a](const QString &w) {
        for (int i = 0; i < a.quotes.size(); ++i)
            if (a.textOf(a.quotes[i]) == w)
                return i;
        return -1;
    };
    QTest::newRow("inside a quote") << QStringLiteral("promenade")
                                    << quoteOf(QStringLiteral("We are not going to hand the promenade back to the sea,"))
                                    << -1 << false;
    QTest::newRow("nested quote is innermost") << QStringLiteral("taller wall")
                                    << quoteOf(QStringLiteral("I don't want a taller wall, I want a house that doesn't flood,"))
                                    << -1 << false;
    QTest::newRow("speaker name") << QStringLiteral("Alys") << -1 << int(test::Pritchard) << false;
    QTest::newRow("entity in a quote") << QStringLiteral("Quay Street")
                                       << quoteOf(QStringLiteral("When I knocked on doors in Quay Street after the storm, one woman told me, ‘I don't want a taller wall, I want a house that doesn't flood,’"))
                                       << int(test::QuayStreet) << false;
    QTest::newRow("claim") << QStringLiteral("judicial review") << -1 << -1 << true;
    QTest::newRow("plain text") << QStringLiteral("lobster") << -1 << -1 << false;
}

void tst_ArticleIndex::lookups()
{
    QFETCH(QString, words);
    QFETCH(int, quote);
    QFETCH(int, entity);
    QFETCH(bool, claim);
    const Article a = test::sampleArticle();
    ArticleIndex index;
    index.build(a, nullptr);
    const qsizetype pos = a.document.text().indexOf(words) + 1;
    QVERIFY(pos > 0);
    QCOMPARE(index.quoteAt(pos), quote);
    QCOMPARE(index.entityAt(pos), entity);
    QCOMPARE(index.claimAt(pos) >= 0, claim);
}

void tst_ArticleIndex::speakerSlotsInOrderOfFirstQuote()
{
    const Article a = test::sampleArticle();
    ArticleIndex index;
    index.build(a, nullptr);
    const QList<int> expected = {test::Pritchard, test::Okafor, test::Insurers, test::Lewis,
                                 test::Evans, test::Government};
    QCOMPARE(index.speakerIndex().speakers(), expected);
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(index.speakerSlot(expected[i]), i);
    QCOMPARE(index.speakerSlot(test::Portmere), -1);
    QCOMPARE(index.speakerIndex().quoteCount(test::Pritchard), 5);
    QCOMPARE(index.speakerIndex().quoteCount(test::Okafor), 3);
    QCOMPARE(int(index.speakerIndex().unattributed().size()), 1);
    QCOMPARE(index.speakerIndex().directQuoteCount(), 16);
}

void tst_ArticleIndex::mostQuotedGetOwnColors_data()
{
    QTest::addColumn<QList<int>>("quoteCounts"); // of speakers 1, 2, … (first to speak first)
    QTest::addColumn<QList<int>>("colorSlots"); // -2: the shared slot
    QTest::newRow("eight speakers: a colour each")
        << QList<int>{1, 1, 1, 1, 1, 1, 1, 1} << QList<int>{0, 1, 2, 3, 4, 5, 6, 7};
    QTest::newRow("eleven: the three least quoted share")
        << QList<int>{1, 1, 1, 5, 2, 2, 2, 2, 2, 2, 3}
        << QList<int>{-2, -2, -2, 0, 1, 2, 3, 4, 5, 6, 7};
    QTest::newRow("ties: the first to speak keep theirs")
        << QList<int>{1, 1, 1, 1, 1, 1, 1, 1, 1, 1} << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, -2, -2};
    QTest::newRow("a late talker with many quotes")
        << QList<int>{2, 2, 2, 2, 2, 2, 2, 2, 1, 14}
        << QList<int>{0, 1, 2, 3, 4, 5, 6, -2, -2, 7};
}

void tst_ArticleIndex::mostQuotedGetOwnColors()
{
    QFETCH(QList<int>, quoteCounts);
    QFETCH(QList<int>, colorSlots);
    const Article a = test::manySpeakersArticle(quoteCounts);
    ArticleIndex index;
    index.build(a, nullptr);
    QCOMPARE(index.speakerIndex().speakers().size(), quoteCounts.size());
    QList<int> actual;
    for (int e = 0; e < quoteCounts.size(); ++e) {
        QCOMPARE(index.speakerIndex().quoteCount(e), quoteCounts.at(e));
        // the quotes of a speaker in text order
        const QList<int> quotes = index.speakerIndex().quotesOf(e);
        QCOMPARE(quotes.size(), quoteCounts.at(e));
        for (qsizetype i = 0; i < quotes.size(); ++i) {
            QCOMPARE(a.quotes.at(quotes.at(i)).speaker, e);
            if (i > 0)
                QVERIFY(quotes.at(i) > quotes.at(i - 1));
        }
        const int slot = index.speakerSlot(e);
        actual.append(slot == ArticleIndex::sharedSlot() ? -2 : slot);
        QCOMPARE(index.hasSharedColor(e), slot == ArticleIndex::sharedSlot());
    }
    QCOMPARE(actual, colorSlots);
    QCOMPARE(index.sharedColorCount(), int(colorSlots.count(-2)));
    // no colour recycled: own colours all differ, the others all get the shared one
    const ReadingTheme theme(themes::byName(QStringLiteral("Breeze Light")));
    QSet<QRgb> own;
    for (int e = 0; e < quoteCounts.size(); ++e) {
        const QColor c = theme.speakerColor(index.speakerSlot(e));
        if (index.hasSharedColor(e)) {
            QCOMPARE(c, theme.otherSpeakers());
        } else {
            QVERIFY2(!own.contains(c.rgb()), qPrintable(c.name()));
            own.insert(c.rgb());
        }
    }
}

QTEST_MAIN(tst_ArticleIndex)
#include "tst_articleindex.moc"
