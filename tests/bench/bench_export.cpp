// Exporting 5,000 notes on a 1 MB article, in each format (target: under 500 ms each).
#include "analysis/Analyzer.h"
#include "annotations/Annotation.h"
#include "export/NoteExport.h"
#include "export/NoteImport.h"
#include "io/Loader.h"

#include <QElapsedTimer>
#include <QTest>

using namespace gloss;
using namespace Qt::StringLiterals;

class bench_Export : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportNotes_data();
    void exportNotes();
    void importW3c();

private:
    Article m_article;
    QList<Annotation> m_notes;
};

void bench_Export::initTestCase()
{
    const Loader::Result sample = Loader::loadFile(u":/org.gloss/data/sample-article.txt"_s);
    QVERIFY(sample.ok());
    QString text;
    while (text.size() < 1024 * 1024)
        text += sample.document->text() + u"\n\n"_s;
    QElapsedTimer timer;
    timer.start();
    m_article = Analyzer::analyze(Document(text, u"/bench/article.txt"_s));
    qInfo("analysed %lld characters in %lld ms: %lld paragraphs, %lld quotes", qint64(text.size()),
          timer.elapsed(), qint64(m_article.paragraphs.size()), qint64(m_article.quotes.size()));
    const qsizetype n = 5000;
    const qsizetype step = text.size() / n;
    for (qsizetype i = 0; i < n; ++i) {
        qsizetype start = i * step;
        while (start < text.size() && text.at(start).isSpace())
            ++start;
        const qsizetype end = std::min(text.size(), start + 20 + (i % 7) * 9);
        Annotation a = Annotation::onSpan(m_article.document, Span{start, end},
                                          u"Note %1: check *this* & <that>, \"quoted\"\nline two"_s
                                              .arg(i));
        a.tags = {u"tag%1"_s.arg(i % 13), u"bench"_s};
        a.color = Annotation::paletteNames().at(i % Annotation::paletteNames().size());
        m_notes.append(a);
    }
}

void bench_Export::exportNotes_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("md") << int(NoteExport::Format::Markdown);
    QTest::newRow("html") << int(NoteExport::Format::Html);
    QTest::newRow("w3c") << int(NoteExport::Format::W3c);
    QTest::newRow("csv") << int(NoteExport::Format::Csv);
}

void bench_Export::exportNotes()
{
    QFETCH(int, format);
    NoteExport::Options options;
    options.format = NoteExport::Format(format);
    options.includeClaims = true;
    options.includeQuotes = true;
    QByteArray out;
    QBENCHMARK {
        out = NoteExport::exportNotes(m_article, m_notes, options);
    }
    QVERIFY(out.size() > 5000 * 20);
}

void bench_Export::importW3c()
{
    const QByteArray file = NoteExport::toW3c(m_article, m_notes);
    NoteImport::Result r;
    QBENCHMARK {
        r = NoteImport::read(file, m_article.document, {});
    }
    QCOMPARE(r.added.size(), m_notes.size());
}

QTEST_GUILESS_MAIN(bench_Export)
#include "bench_export.moc"
