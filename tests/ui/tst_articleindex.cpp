#include "ArticleIndex.h"
#include "TestArticles.h"

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
            if (a.quotes[i].text == w)
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
    QCOMPARE(index.speakers(), expected);
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(index.speakerSlot(expected[i]), i);
    QCOMPARE(index.speakerSlot(test::Portmere), -1);
    QCOMPARE(index.quoteCount(test::Pritchard), 5);
    QCOMPARE(index.quoteCount(test::Okafor), 3);
    QCOMPARE(index.unattributedCount(), 1);
    QCOMPARE(index.directQuoteCount(), 16);
}

QTEST_MAIN(tst_ArticleIndex)
#include "tst_articleindex.moc"
