// W3C import: round trip, merge by id, re-anchoring, another article, Hypothesis-shaped files.
#include "ExportFixture.h"
#include "annotations/AnnotationJson.h"
#include "annotations/AnnotationStore.h"
#include "export/NoteExport.h"
#include "export/NoteImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace gloss;
using namespace Qt::StringLiterals;

namespace {

/** What the W3C form of a note carries (not where it is placed in an open text). */
struct Carried
{
    QUuid id;
    QString text;
    QStringList tags;
    QString color;
    TextQuoteSelector quote;
    TextPositionSelector position;
    QDateTime created;
    QDateTime modified;
    friend bool operator==(const Carried &, const Carried &) = default;
};

QList<Carried> carried(QList<Annotation> notes)
{
    std::sort(notes.begin(), notes.end(),
              [](const Annotation &a, const Annotation &b) { return a.id < b.id; });
    QList<Carried> out;
    for (const Annotation &a : notes)
        out.append({a.id, a.text, a.tags, a.color, a.quote, a.position, a.created, a.modified});
    return out;
}

/** The sample's text with a paragraph put in front (the same source: an updated story). */
Article updatedSample()
{
    const Article sample = test::sampleArticle();
    const Document doc(u"Editor's note: this story was updated on Thursday.\n\n"_s
                           + sample.document.text(),
                       sample.document.source());
    Article a;
    a.document = doc;
    return a;
}

} // namespace

class tst_NoteImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void roundTripThroughStore();
    void mergeById();
    void changedText();
    void otherArticle();
    void olderSampleExport();
    void summaryPluralForms_data();
    void summaryPluralForms();
    void hypothesis_data();
    void hypothesis();
    void unreadable_data();
    void unreadable();

private:
    Article m_article;
    QList<Annotation> m_notes;
};

void tst_NoteImport::initTestCase()
{
    m_article = test::sampleArticle();
    QVERIFY(!m_article.document.text().isEmpty());
    m_notes = test::sampleNotes(m_article);
}

void tst_NoteImport::roundTrip()
{
    const QByteArray first = NoteExport::toW3c(m_article, m_notes);
    const NoteImport::Result r = NoteImport::read(first, m_article.document, {});
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.otherArticle);
    QVERIFY(r.problems.isEmpty());
    QCOMPARE(r.added.size(), m_notes.size());
    QCOMPARE(r.updated.size(), 0);
    QCOMPARE(r.orphaned, 1);
    const QList<Annotation> imported = NoteImport::merged({}, r);
    // ids, bodies, tags, colours, selectors (and times) as exported
    QCOMPARE(carried(imported), carried(m_notes));
    for (const Annotation &a : imported) {
        const auto original = std::find_if(m_notes.cbegin(), m_notes.cend(),
                                           [&](const Annotation &o) { return o.id == a.id; });
        QCOMPARE(a.state, original->state);
        QCOMPARE(a.span, original->span);
    }
    const QByteArray second = NoteExport::toW3c(m_article, imported);
    QCOMPARE(second, first);
    // Importing the same file again changes nothing.
    const NoteImport::Result again = NoteImport::read(second, m_article.document, imported);
    QVERIFY(again.ok);
    QCOMPARE(again.added.size(), 0);
    QCOMPARE(again.updated.size(), 0);
    QCOMPARE(again.unchanged, m_notes.size());
}

void tst_NoteImport::roundTripThroughStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray first = NoteExport::toW3c(m_article, m_notes);
    {
        AnnotationStore store;
        store.setDataDir(dir.path());
        store.open(m_article.document);
        QVERIFY(store.annotations().isEmpty());
        const NoteImport::Result r =
            NoteImport::read(first, m_article.document, store.annotations());
        QVERIFY2(r.ok, qPrintable(r.error));
        NoteImport::apply(r, store);
        QVERIFY(store.save());
    }
    AnnotationStore reopened;
    reopened.setDataDir(dir.path());
    reopened.open(m_article.document);
    QCOMPARE(reopened.annotations().size(), m_notes.size());
    QCOMPARE(carried(reopened.annotations()), carried(m_notes));
    QCOMPARE(NoteExport::toW3c(m_article, reopened.annotations()), first);
}

void tst_NoteImport::mergeById()
{
    QList<Annotation> existing = m_notes;
    // one note edited here later than in the file, one edited in the file later than here
    existing[0].text = u"newer here"_s;
    existing[0].modified = existing[0].modified.addDays(1);
    existing[1].text = u"older here"_s;
    existing[1].modified = existing[1].modified.addDays(-1);
    const QUuid removedHere = existing.takeLast().id;

    const NoteImport::Result r =
        NoteImport::read(NoteExport::toW3c(m_article, m_notes), m_article.document, existing);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.added.size(), 1);
    QCOMPARE(r.added.first().id, removedHere);
    QCOMPARE(r.updated.size(), 1);
    QCOMPARE(r.updated.first().id, m_notes.at(1).id);
    QCOMPARE(r.updated.first().text, m_notes.at(1).text);
    QCOMPARE(r.unchanged, m_notes.size() - 2);
    const QList<Annotation> merged = NoteImport::merged(existing, r);
    QCOMPARE(merged.size(), m_notes.size());
    QCOMPARE(merged.at(0).text, u"newer here"_s);
    QCOMPARE(merged.at(1).text, m_notes.at(1).text);
    QVERIFY(r.summary().contains(u"1 new, 1 updated"_s));
}

void tst_NoteImport::changedText()
{
    // The same source with a paragraph put in front: the notes move with their words.
    const Article updated = updatedSample();
    const NoteImport::Result r =
        NoteImport::read(NoteExport::toW3c(m_article, m_notes), updated.document, {});
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.otherArticle);
    QCOMPARE(r.added.size(), m_notes.size());
    QCOMPARE(r.orphaned, 1);
    for (const Annotation &a : r.added) {
        const auto original = std::find_if(m_notes.cbegin(), m_notes.cend(),
                                           [&](const Annotation &o) { return o.id == a.id; });
        if (!original->isPlaced())
            continue;
        QVERIFY(a.isPlaced());
        QCOMPARE(updated.textOf(a.span), m_article.textOf(original->span));
        QCOMPARE(a.quote.exact, original->quote.exact);
    }
}

void tst_NoteImport::otherArticle()
{
    const Document other(u"A different story altogether, about bridges and trains.\n"_s,
                         u"/tmp/other-story.txt"_s);
    const QByteArray file = NoteExport::toW3c(m_article, m_notes);
    const NoteImport::Result refused = NoteImport::read(file, other, {});
    QVERIFY(!refused.ok);
    QVERIFY(refused.otherArticle);
    QVERIFY(refused.error.contains(u"another article"_s));
    // the sample by its name, never by its resource path
    QVERIFY2(refused.error.contains(u"Sample article (bundled with Gloss)"_s),
             qPrintable(refused.error));
    QCOMPARE(refused.fileSource, u"Sample article (bundled with Gloss)"_s);
    QVERIFY(!refused.error.contains(u"org.gloss"_s));
    QVERIFY(refused.added.isEmpty());

    const NoteImport::Result forced = NoteImport::read(file, other, {}, true);
    QVERIFY(forced.ok);
    QVERIFY(forced.otherArticle);
    QCOMPARE(forced.added.size(), m_notes.size());
    // None of the passages is in that text: all but the article note are orphans.
    QCOMPARE(forced.orphaned, m_notes.size() - 1);

    // The same text at another path is the same article.
    const Document copy(m_article.document.text(), u"/tmp/copy-of-sample.txt"_s);
    const NoteImport::Result same = NoteImport::read(file, copy, {});
    QVERIFY(same.ok);
    QVERIFY(!same.otherArticle);
    QCOMPARE(same.orphaned, 1);
}

// A file exported before the sample had a public name ("qrc:/…" sources) is still the sample's,
// even when its text has changed since.
void tst_NoteImport::olderSampleExport()
{
    QByteArray file = NoteExport::toW3c(m_article, m_notes);
    QVERIFY(file.contains("\"urn:gloss:sample-article\""));
    QVERIFY(!file.contains("org.gloss"));
    file.replace("\"gloss:source\":\"urn:gloss:sample-article\"",
                 "\"gloss:source\":\":/org.gloss/data/sample-article.txt\"");
    file.replace("\"urn:gloss:sample-article\"", "\"qrc:/org.gloss/data/sample-article.txt\"");
    file.replace(m_article.document.sha256(), QByteArray(64, 'a')); // another text
    const NoteImport::Result r = NoteImport::read(file, m_article.document, {});
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!r.otherArticle);
    QCOMPARE(r.added.size(), m_notes.size());
}

namespace {
/** English plural forms for "%n note(s)" strings, as gloss_en.qm gives them. */
class PluralTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        QString s = QString::fromUtf8(source);
        if (n < 0 || !s.contains(u"note(s)"_s))
            return {};
        return s.replace(u"note(s)"_s, n == 1 ? u"note"_s : u"notes"_s);
    }
    bool isEmpty() const override { return false; }
};
} // namespace

void tst_NoteImport::summaryPluralForms_data()
{
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("unchanged");
    QTest::addColumn<QString>("summary");
    QTest::newRow("one") << 1 << 0
                         << u"1 note imported: 1 new, 0 updated, 0 unchanged; 0 orphaned"_s;
    QTest::newRow("three") << 2 << 1
                           << u"3 notes imported: 2 new, 0 updated, 1 unchanged; 0 orphaned"_s;
    QTest::newRow("thousands") << 0 << 1500
                               << u"1,500 notes imported: 0 new, 0 updated, 1,500 unchanged; "
                                  "0 orphaned"_s;
}

// "3 note(s) imported": the summary goes through the translation's plural forms (and numbers
// through the locale), like every other count.
void tst_NoteImport::summaryPluralForms()
{
    QFETCH(int, added);
    QFETCH(int, unchanged);
    QFETCH(QString, summary);
    PluralTranslator plurals;
    QVERIFY(QCoreApplication::installTranslator(&plurals));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    NoteImport::Result r;
    for (int i = 0; i < added; ++i)
        r.added.append(m_notes.at(i));
    r.unchanged = unchanged;
    const QString text = r.summary();
    QLocale::setDefault(before);
    QCoreApplication::removeTranslator(&plurals);
    QCOMPARE(text, summary);
}

void tst_NoteImport::hypothesis_data()
{
    QTest::addColumn<QString>("shape");
    QTest::newRow("array") << u"array"_s;
    QTest::newRow("page") << u"page"_s;
    QTest::newRow("single") << u"single"_s;
}

void tst_NoteImport::hypothesis()
{
    QFETCH(QString, shape);
    // As the Hypothesis API gives an annotation in W3C form (application/ld+json).
    const QString url = u"https://news.example.com/portmere-seafront?utm=x"_s;
    const QString words = u"coastal engineer"_s;
    const qsizetype at = m_article.document.text().indexOf(words);
    QVERIFY(at > 0);
    const QString text = m_article.document.text();
    const QJsonObject annotation{
        {u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
        {u"type"_s, u"Annotation"_s},
        {u"id"_s, u"https://hypothes.is/a/AbCdEf123"_s},
        {u"created"_s, u"2026-10-02T08:15:00.000000+00:00"_s},
        {u"modified"_s, u"2026-10-02T08:16:00.000000+00:00"_s},
        {u"creator"_s, u"acct:reader@hypothes.is"_s},
        {u"body"_s,
         QJsonArray{QJsonObject{{u"type"_s, u"TextualBody"_s},
                                {u"value"_s, u"Check his **credentials**"_s},
                                {u"format"_s, u"text/markdown"_s}},
                    QJsonObject{{u"type"_s, u"TextualBody"_s},
                                {u"purpose"_s, u"tagging"_s},
                                {u"value"_s, u"experts"_s}}}},
        {u"target"_s,
         QJsonArray{QJsonObject{
             {u"source"_s, url},
             {u"selector"_s,
              QJsonArray{QJsonObject{{u"type"_s, u"RangeSelector"_s},
                                     {u"startContainer"_s, u"/main[1]/p[4]"_s},
                                     {u"startOffset"_s, 30},
                                     {u"endContainer"_s, u"/main[1]/p[4]"_s},
                                     {u"endOffset"_s, 46}},
                         QJsonObject{{u"type"_s, u"TextPositionSelector"_s},
                                     {u"start"_s, 1500},
                                     {u"end"_s, 1516}},
                         QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                     {u"exact"_s, words},
                                     {u"prefix"_s, text.mid(at - 20, 20)},
                                     {u"suffix"_s, text.mid(at + words.size(), 20)}}}}}}}};
    QJsonDocument doc;
    if (shape == u"array")
        doc = QJsonDocument(QJsonArray{annotation});
    else if (shape == u"page")
        doc = QJsonDocument(QJsonObject{{u"type"_s, u"AnnotationPage"_s},
                                        {u"items"_s, QJsonArray{annotation}}});
    else
        doc = QJsonDocument(annotation);
    const QByteArray bytes = doc.toJson();

    // The page saved from that address: its URL names the same article.
    Document page(text, u"/home/reader/portmere.html"_s);
    page.metaUrl = u"https://news.example.com/portmere-seafront?utm=x#comments"_s;
    const NoteImport::Result r = NoteImport::read(bytes, page, {});
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.fileSource, url);
    QCOMPARE(r.added.size(), 1);
    const Annotation &a = r.added.first();
    QVERIFY(a.isPlaced());
    QCOMPARE(a.span, (Span{at, at + words.size()}));
    QCOMPARE(a.text, u"Check his **credentials**"_s);
    QCOMPARE(a.tags, QStringList{u"experts"_s});
    QCOMPARE(a.created, QDateTime(QDate(2026, 10, 2), QTime(8, 15), QTimeZone::UTC));
    // The same file again: the same note (a stable id), unchanged.
    const NoteImport::Result again = NoteImport::read(bytes, page, r.added);
    QCOMPARE(again.unchanged, 1);
    QCOMPARE(again.added.size(), 0);

    // Without the URL the file is for another article.
    const Document local(text, u"/home/reader/portmere.txt"_s);
    const NoteImport::Result refused = NoteImport::read(bytes, local, {});
    QVERIFY(!refused.ok);
    QVERIFY(refused.otherArticle);
    QVERIFY(refused.error.contains(url));
}

void tst_NoteImport::unreadable_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("this is not JSON");
    QTest::newRow("foreign json") << QByteArray(R"({"notes": [1, 2, 3]})");
    QTest::newRow("annotation without target")
        << QByteArray(R"({"type": "Annotation", "id": "urn:uuid:00000000-0000-4000-8000-00000000000"
                      R"(9", "body": {"type": "TextualBody", "value": "x"}})");
}

void tst_NoteImport::unreadable()
{
    QFETCH(QByteArray, bytes);
    const NoteImport::Result r = NoteImport::read(bytes, m_article.document, m_notes);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.added.isEmpty());
    QVERIFY(r.updated.isEmpty());
}

QTEST_GUILESS_MAIN(tst_NoteImport)
#include "tst_noteimport.moc"
