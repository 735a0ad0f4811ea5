#include "analysis/AnalysisJson.h"
#include "analysis/Analyzer.h"

#include <QJsonArray>
#include <QTest>

using namespace gloss;

class tst_AnalysisJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaFields();
    void offsetsAreCodePoints();
};

void tst_AnalysisJson::schemaFields()
{
    const Article a = Analyzer::analyze(Document(QStringLiteral("Title\n\nBody text."), QStringLiteral("a.txt")));
    const QJsonObject o = AnalysisJson::toJson(a);
    QCOMPARE(o.value(u"schema").toString(), QStringLiteral("gloss-analysis/1"));
    const QJsonObject doc = o.value(u"document").toObject();
    for (const char *key : {"source", "title", "dateline", "length", "sha256", "text"})
        QVERIFY2(doc.contains(QLatin1StringView(key)), key);
    for (const char *key : {"paragraphs", "sentences", "entities", "quotes", "claims"})
        QVERIFY2(o.value(QLatin1StringView(key)).isArray(), key);
    QCOMPARE(doc.value(u"source").toString(), QStringLiteral("a.txt"));
    QCOMPARE(doc.value(u"length").toInt(), 17);
}

void tst_AnalysisJson::offsetsAreCodePoints()
{
    // "😀" is two UTF-16 units but one code point
    const QString text = QString::fromUtf8("\xF0\x9F\x98\x80 Title\n\nBody");
    const Article a = Analyzer::analyze(Document(text, QStringLiteral("e.txt")));
    const QJsonObject o = AnalysisJson::toJson(a);
    const QJsonArray paras = o.value(u"paragraphs").toArray();
    QVERIFY(paras.size() >= 2);
    QCOMPARE(paras.last().toObject().value(u"start").toInt(), 9);
    QCOMPARE(o.value(u"document").toObject().value(u"length").toInt(), 13);
}

QTEST_GUILESS_MAIN(tst_AnalysisJson)
#include "tst_analysisjson.moc"
