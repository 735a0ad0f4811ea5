#include "analysis/AnalysisJson.h"
#include "analysis/Analyzer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gloss;

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue entityRef(const Article &a, int index, bool name)
{
    if (index < 0 || index >= a.entities.size())
        return QJsonValue::Null;
    return name ? a.entities[index].name : a.entities[index].id;
}

/**
 * The analysis JSON built as a QJsonObject tree: a second, independent writer, the reference
 * the streamed bytes of AnalysisJson are checked against.
 */
QJsonObject referenceJson(const Article &a)
{
    const Document &doc = a.document;
    auto cp = [&doc](qsizetype utf16) { return static_cast<qint64>(doc.toCodePoint(utf16)); };
    // a span as {"start", "end"} in code points, or null when empty
    auto spanRef = [&cp](const Span &s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null)
                           : QJsonValue(QJsonObject{{QStringLiteral("start"), cp(s.start)},
                                                    {QStringLiteral("end"), cp(s.end)}});
    };

    QJsonObject document{
        {QStringLiteral("source"), doc.source()},
        {QStringLiteral("title"), nullable(a.title)},
        {QStringLiteral("dateline"), nullable(a.dateline)},
        {QStringLiteral("byline"), nullable(a.byline)},
        {QStringLiteral("format"), doc.format},
        {QStringLiteral("length"), static_cast<qint64>(doc.codePointLength())},
        {QStringLiteral("sha256"), QString::fromLatin1(doc.sha256())},
        {QStringLiteral("limited"), a.limited},
        {QStringLiteral("text"), doc.text()},
    };

    QJsonArray paragraphs;
    for (const Paragraph &p : a.paragraphs)
        paragraphs.append(QJsonObject{{QStringLiteral("start"), cp(p.span.start)},
                                      {QStringLiteral("end"), cp(p.span.end)}});
    QJsonArray sentences;
    for (const Sentence &s : a.sentences)
        sentences.append(QJsonObject{{QStringLiteral("start"), cp(s.span.start)},
                                     {QStringLiteral("end"), cp(s.span.end)},
                                     {QStringLiteral("paragraph"), s.paragraph}});
    QJsonArray entities;
    for (const Entity &e : a.entities) {
        QJsonArray mentions;
        for (const Span &m : e.mentions)
            mentions.append(QJsonObject{{QStringLiteral("start"), cp(m.start)},
                                        {QStringLiteral("end"), cp(m.end)}});
        entities.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("name"), e.name},
                                    {QStringLiteral("type"), entityTypeName(e.type)},
                                    {QStringLiteral("aliases"), QJsonArray::fromStringList(e.aliases)},
                                    {QStringLiteral("mentions"), mentions}});
    }
    QJsonArray quotes;
    for (const Quote &q : a.quotes) {
        quotes.append(QJsonObject{
            {QStringLiteral("id"), q.id},
            {QStringLiteral("start"), cp(q.span.start)},
            {QStringLiteral("end"), cp(q.span.end)},
            {QStringLiteral("text"), a.textOf(q)},
            {QStringLiteral("kind"), quoteKindName(q.kind)},
            {QStringLiteral("speaker"), entityRef(a, q.speaker, false)},
            {QStringLiteral("speaker_name"), entityRef(a, q.speaker, true)},
            {QStringLiteral("cue"), nullable(a.textOf(q.cueSpan))},
            {QStringLiteral("cue_span"), spanRef(q.cueSpan)},
            {QStringLiteral("speaker_mention"), spanRef(q.speakerMention)},
            {QStringLiteral("via"), entityRef(a, q.via, false)},
            {QStringLiteral("paragraph"), q.paragraph},
            {QStringLiteral("parent"), q.parent >= 0 && q.parent < a.quotes.size()
                                           ? QJsonValue(a.quotes[q.parent].id)
                                           : QJsonValue(QJsonValue::Null)},
        });
    }
    QJsonArray claims;
    for (const Claim &c : a.claims) {
        QJsonArray quoteIds;
        for (int qi : c.quotes)
            if (qi >= 0 && qi < a.quotes.size())
                quoteIds.append(a.quotes[qi].id);
        claims.append(QJsonObject{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("start"), cp(c.span.start)},
                                  {QStringLiteral("end"), cp(c.span.end)},
                                  {QStringLiteral("text"), a.textOf(c)},
                                  {QStringLiteral("kind"), claimKindName(c.kind)},
                                  {QStringLiteral("source"), entityRef(a, c.source, false)},
                                  {QStringLiteral("source_name"), entityRef(a, c.source, true)},
                                  {QStringLiteral("cue"), nullable(a.textOf(c.cueSpan))},
                                  {QStringLiteral("cue_span"), spanRef(c.cueSpan)},
                                  {QStringLiteral("source_mention"), spanRef(c.sourceMention)},
                                  {QStringLiteral("quotes"), quoteIds}});
    }
    QJsonArray warnings = QJsonArray::fromStringList(a.warnings);

    return QJsonObject{{QStringLiteral("schema"), QStringLiteral("gloss-analysis/1")},
                       {QStringLiteral("document"), document},
                       {QStringLiteral("paragraphs"), paragraphs},
                       {QStringLiteral("sentences"), sentences},
                       {QStringLiteral("entities"), entities},
                       {QStringLiteral("quotes"), quotes},
                       {QStringLiteral("claims"), claims},
                       {QStringLiteral("warnings"), warnings}};
}

} // namespace

class tst_AnalysisJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaFields();
    void offsetsAreCodePoints();
    void mentionsAndCueSpans();
    void bytesAsQJsonDocument_data();
    void bytesAsQJsonDocument();
    void writtenInPieces();
};

void tst_AnalysisJson::schemaFields()
{
    const Article a = Analyzer::analyze(Document(QStringLiteral("Title\n\nBody text."), QStringLiteral("a.txt")));
    const QJsonObject o = referenceJson(a);
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
    const QJsonObject o = referenceJson(a);
    const QJsonArray paras = o.value(u"paragraphs").toArray();
    QVERIFY(paras.size() >= 2);
    QCOMPARE(paras.last().toObject().value(u"start").toInt(), 9);
    QCOMPARE(o.value(u"document").toObject().value(u"length").toInt(), 13);
}

void tst_AnalysisJson::mentionsAndCueSpans()
{
    // "😀" before the quote: the spans are code points, as every other offset
    const QString text = QString::fromUtf8("Title\n\n\xF0\x9F\x98\x80 Ann Varga came late. "
                                           "\"Nobody told me,\" she said.");
    const Article a = Analyzer::analyze(Document(text, QStringLiteral("m.txt")));
    const QJsonObject o = referenceJson(a);
    const QJsonArray quotes = o.value(u"quotes").toArray();
    QCOMPARE(quotes.size(), 1);
    const QJsonObject q = quotes.first().toObject();
    const QString doc = o.value(u"document").toObject().value(u"text").toString();
    const std::u32string cps = doc.toStdU32String();
    const auto at = [&cps](const QJsonValue &v) {
        const QJsonObject s = v.toObject();
        const int start = s.value(u"start").toInt();
        return QString::fromStdU32String(cps.substr(start, s.value(u"end").toInt() - start));
    };
    QCOMPARE(at(q.value(u"speaker_mention")), QStringLiteral("she"));
    QCOMPARE(at(q.value(u"cue_span")), QStringLiteral("said"));
    const QJsonArray claims = o.value(u"claims").toArray();
    QVERIFY(!claims.isEmpty());
    QCOMPARE(at(claims.first().toObject().value(u"source_mention")), QStringLiteral("she"));
    QCOMPARE(at(claims.first().toObject().value(u"cue_span")), QStringLiteral("said"));
    // none: null, in both writers (bytesAsQJsonDocument compares them)
    const Article plain = Analyzer::analyze(
        Document(QStringLiteral("Title\n\nThe \"quick fix\" failed."), QStringLiteral("p.txt")));
    const QJsonObject p = referenceJson(plain);
    QCOMPARE(p.value(u"quotes").toArray().size(), 1);
    QVERIFY(p.value(u"quotes").toArray().first().toObject().value(u"speaker_mention").isNull());
    QVERIFY(p.value(u"quotes").toArray().first().toObject().value(u"cue_span").isNull());
}

void tst_AnalysisJson::bytesAsQJsonDocument_data()
{
    // toBytes() writes JSON by hand: the bytes must be those of QJsonDocument, whatever the text
    QTest::addColumn<QString>("text");
    QFile sample(QStringLiteral(":/org.gloss/data/sample-article.txt"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QTest::newRow("sample article") << QString::fromUtf8(sample.readAll());
    QTest::newRow("empty") << QString();
    QTest::newRow("quotes, backslashes, control characters")
        << QStringLiteral("A \"quoted\" word\\path\ttab\x01\x1f\x7f\b\f\r\n\n"
                          "Next \u201Cline,\u201D she said.");
    QTest::newRow("emoji, right-to-left, CJK")
        << QString::fromUtf8("\xF0\x9F\x98\x80 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xE4\xB8\xAD"
                             "\xE6\x96\x87\n\n\xE2\x80\x9CYes,\xE2\x80\x9D said Ann Lee.");
    QString lone = QStringLiteral("Lone surrogates: ");
    lone += QChar(0xD800);
    lone += QStringLiteral(" and ");
    lone += QChar(0xDC00);
    lone += QStringLiteral(" end");
    lone += QChar(0xD83D);
    QTest::newRow("lone surrogates") << lone;
    // the writer encodes strings in slices of a few hundred units: pairs and escapes fall on
    // every position of a slice's end (each row shifts them by one unit)
    for (int shift = 0; shift < 3; ++shift) {
        QString mixed(shift, u'a');
        for (int i = 0; i < 2000; ++i) {
            mixed += QString::fromUtf8(i % 3 == 0   ? "\xF0\x9F\x98\x80"
                                       : i % 3 == 1 ? "\n\""
                                                    : "\xE4\xB8\xAD");
        }
        QTest::addRow("emoji, escapes and CJK across slices, shift %d", shift) << mixed;
    }
    // plain ASCII is copied eight units at a time: an escape, a control character and a
    // non-ASCII letter at every position of such a block, and runs shorter than one
    QString blocks;
    for (int at = 0; at < 17; ++at) {
        for (const char16_t odd : {u'"', u'\\', u'\x7f', u'\x1f', u'\u00e9', u'\u2019'}) {
            QString run(20, u'x');
            run[at] = odd;
            blocks += run + u' ';
        }
        blocks += QString(at % 8, u'y') + u'\n';
    }
    QTest::newRow("escapes at every position of an eight-unit block") << blocks;
    // numbers are written two digits at a time: offsets of one to six digits
    QString longText;
    for (int i = 0; longText.size() < 150000; ++i)
        longText += QStringLiteral("\u201CWe will build %1 homes,\u201D Ann Lee said. ").arg(i);
    QTest::newRow("offsets of up to six digits") << longText;
}

void tst_AnalysisJson::bytesAsQJsonDocument()
{
    QFETCH(QString, text);
    Document doc(text, QStringLiteral("dir/a \"b\".txt"));
    doc.format = QStringLiteral("text");
    Article a = Analyzer::analyze(doc);
    a.warnings << QStringLiteral("a warning with \"quotes\"");
    const QByteArray expected =
        QJsonDocument(referenceJson(a)).toJson(QJsonDocument::Compact);
    QCOMPARE(AnalysisJson::toBytes(a), expected);
}

void tst_AnalysisJson::writtenInPieces()
{
    QFile sample(QStringLiteral(":/org.gloss/data/sample-article.txt"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(sample.readAll()).repeated(60);
    const Article a = Analyzer::analyze(Document(text, QStringLiteral("big.txt")));
    QByteArray joined;
    int pieces = 0;
    qsizetype largest = 0;
    AnalysisJson::write(a, [&](QByteArrayView piece) {
        joined.append(piece);
        ++pieces;
        largest = std::max(largest, piece.size());
    });
    QCOMPARE(joined, AnalysisJson::toBytes(a));
    QVERIFY(pieces > 1);
    QVERIFY2(largest < 3 * 64 * 1024, "pieces stay near the chunk size, even the text's");
    QVERIFY(QJsonDocument::fromJson(joined).isObject());
}

QTEST_GUILESS_MAIN(tst_AnalysisJson)
#include "tst_analysisjson.moc"
