#include "model/Document.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using gloss::Document;

class tst_Document : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codePoints_data();
    void codePoints();
    void sha256IsOfUtf8Text();
    void sha256OfAnyLength_data();
    void sha256OfAnyLength();
    void bundledSources_data();
    void bundledSources();
};

void tst_Document::codePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("utf16");
    QTest::addColumn<qsizetype>("codePoint");

    const QString emoji = QString::fromUtf8("a\xF0\x9F\x98\x80" "b\xF0\x9F\x98\x80" "c"); // a😀b😀c
    QTest::newRow("ascii start") << QStringLiteral("hello") << qsizetype(0) << qsizetype(0);
    QTest::newRow("ascii end") << QStringLiteral("hello") << qsizetype(5) << qsizetype(5);
    QTest::newRow("before first emoji") << emoji << qsizetype(1) << qsizetype(1);
    QTest::newRow("after first emoji") << emoji << qsizetype(3) << qsizetype(2);
    QTest::newRow("after second emoji") << emoji << qsizetype(6) << qsizetype(4);
    QTest::newRow("end with emoji") << emoji << qsizetype(7) << qsizetype(5);
    QTest::newRow("korean (BMP)") << QString::fromUtf8("한국어") << qsizetype(2) << qsizetype(2);
}

void tst_Document::codePoints()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, utf16);
    QFETCH(qsizetype, codePoint);
    const Document doc(text, QStringLiteral("t.txt"));
    QCOMPARE(doc.toCodePoint(utf16), codePoint);
    QCOMPARE(doc.fromCodePoint(codePoint), utf16);
    QCOMPARE(doc.codePointLength(), text.toUcs4().size());
}

void tst_Document::sha256IsOfUtf8Text()
{
    const Document doc(QStringLiteral("abc"), QStringLiteral("x"));
    QCOMPARE(doc.sha256(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void tst_Document::sha256OfAnyLength_data()
{
    // Document hashes with the processor's SHA instructions where it can: the digest must be
    // QCryptographicHash's for every length (block and slice boundaries), with multi-byte UTF-8
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QRandomGenerator random(42);
    const QString alphabet = QString::fromUtf8("abc XYZ.,\n\u00E9\u4E2D\u05E9\xF0\x9F\x98\x80");
    for (const qsizetype n : {1, 2, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000,
                              32767, 32768, 32769, 100000}) {
        QString s;
        while (s.size() < n) {
            const qsizetype at = random.bounded(alphabet.size());
            if (alphabet.at(at).isHighSurrogate())
                s += alphabet.mid(at, 2);
            else if (!alphabet.at(at).isLowSurrogate())
                s += alphabet.at(at);
        }
        QTest::addRow("%lld characters", static_cast<long long>(n)) << s;
    }
}

void tst_Document::sha256OfAnyLength()
{
    QFETCH(QString, text);
    const Document doc(text, QStringLiteral("x"));
    QCOMPARE(doc.sha256(),
             QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void tst_Document::bundledSources_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("bundled");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("iri");
    const QString sample = QStringLiteral("Sample article (bundled with Gloss)");
    QTest::newRow("the sample") << Document::sampleSource() << true << sample
                                << QStringLiteral("urn:gloss:sample-article");
    QTest::newRow("the sample as qrc")
        << QStringLiteral("qrc:/org.gloss/data/sample-article.txt") << true << sample
        << QStringLiteral("urn:gloss:sample-article");
    QTest::newRow("the sample's IRI") << QStringLiteral("urn:gloss:sample-article") << true
                                      << sample << QStringLiteral("urn:gloss:sample-article");
    QTest::newRow("another resource") << QStringLiteral(":/org.gloss/data/other.md") << true
                                      << QStringLiteral("other.md (bundled with Gloss)")
                                      << QStringLiteral("urn:gloss:bundled:other.md");
    QTest::newRow("a file") << QStringLiteral("/home/u/a.txt") << false
                            << QStringLiteral("/home/u/a.txt") << QString();
    QTest::newRow("a web page") << QStringLiteral("https://example.org/a") << false
                                << QStringLiteral("https://example.org/a") << QString();
    QTest::newRow("a notes collection id") << QStringLiteral("urn:gloss:notes:abc") << false
                                           << QStringLiteral("urn:gloss:notes:abc") << QString();
}

// The sample is shown by name, never by its resource path (":/org.gloss/…").
void tst_Document::bundledSources()
{
    QFETCH(QString, source);
    QFETCH(bool, bundled);
    QFETCH(QString, shown);
    QFETCH(QString, iri);
    QCOMPARE(Document::isBundled(source), bundled);
    QCOMPARE(Document::displaySource(source), shown);
    QCOMPARE(Document::publicIri(source), iri);
    QCOMPARE(Document(QStringLiteral("x"), source).displaySource(), shown);
}

QTEST_GUILESS_MAIN(tst_Document)
#include "tst_document.moc"
