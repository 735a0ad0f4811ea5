// The exporters: escaping, golden files on the sample, a CommonMark renderer (cmark), an HTML5
// validator (html5lib) and headless Chromium.
#include "ExportFixture.h"
#include "export/NoteExport.h"
#include "export/ArticleFacts.h"
#include "export/NoteOrder.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>

using namespace gloss;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kExportedAt(QDate(2026, 11, 28), QTime(6, 0), QTimeZone::UTC);

NoteExport::Options options(NoteExport::Format format, bool sections = true)
{
    NoteExport::Options o;
    o.format = format;
    o.includeClaims = sections;
    o.includeQuotes = sections;
    o.exportedAt = kExportedAt;
    return o;
}

QString goldenPath(const QString &name)
{
    return gloss::test::dataPath(QStringLiteral("export/")) + name;
}

/** The output with the version of Gloss made neutral (golden files outlive versions). */
QByteArray neutral(QByteArray bytes)
{
    return bytes.replace(QByteArray("Gloss " GLOSS_VERSION), QByteArray("Gloss VERSION"));
}

struct Process
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

Process run(const QString &program, const QStringList &args, const QByteArray &input = {},
            int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

/** Text of rendered HTML: tags dropped, entities decoded, white space collapsed. */
QString htmlText(const QString &html)
{
    QString s = html;
    s.remove(QRegularExpression(u"<[^>]*>"_s));
    s.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    s.replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
    return s.simplified();
}

/** An RFC 4180 reader (the test's own, to check the writer). */
QList<QStringList> parseCsv(const QString &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < csv.size() && csv.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class tst_NoteExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatNames_data();
    void formatNames();
    void escapeMarkdown_data();
    void escapeMarkdown();
    void escapeHtml();
    void readingOrder();
    void golden_data();
    void golden();
    void markdownRendersWithCmark();
    void htmlValidates_data();
    void htmlValidates();
    void htmlHighlights();
    void htmlRendersInChromium();
    void csvFields();
    void w3cStructure();
    void copyAsMarkdown();
    void emptyArticle();

private:
    Article m_article;
    QList<Annotation> m_notes;
};

void tst_NoteExport::initTestCase()
{
    m_article = test::sampleArticle();
    QVERIFY(!m_article.document.text().isEmpty());
    m_notes = test::sampleNotes(m_article);
    QCOMPARE(m_notes.size(), 7);
    int placed = 0, orphans = 0;
    for (const Annotation &a : std::as_const(m_notes)) {
        placed += a.isPlaced();
        orphans += a.isOrphan();
    }
    QCOMPARE(placed, 5);
    QCOMPARE(orphans, 1);
}

void tst_NoteExport::formatNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("md") << u"md"_s << int(NoteExport::Format::Markdown) << u"md"_s;
    QTest::newRow("markdown") << u"Markdown"_s << int(NoteExport::Format::Markdown) << u"md"_s;
    QTest::newRow("html") << u"html"_s << int(NoteExport::Format::Html) << u"html"_s;
    QTest::newRow("w3c") << u"w3c"_s << int(NoteExport::Format::W3c) << u"w3c"_s;
    QTest::newRow("jsonld") << u"jsonld"_s << int(NoteExport::Format::W3c) << u"w3c"_s;
    QTest::newRow("csv") << u" CSV "_s << int(NoteExport::Format::Csv) << u"csv"_s;
    QTest::newRow("unknown") << u"pdf"_s << -1 << QString();
}

void tst_NoteExport::formatNames()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    QFETCH(QString, canonical);
    const auto f = NoteExport::formatFromName(name);
    QCOMPARE(f ? int(*f) : -1, format);
    if (f)
        QCOMPARE(NoteExport::formatName(*f), canonical);

    NoteExport::Options o;
    QString unknown;
    QVERIFY(NoteExport::parseIncludes({u"claims"_s, u" Quotes"_s}, o, &unknown));
    QVERIFY(o.includeClaims && o.includeQuotes);
    QVERIFY(!NoteExport::parseIncludes({u"claims"_s, u"entities"_s}, o, &unknown));
    QCOMPARE(unknown, u"entities"_s);
}

void tst_NoteExport::escapeMarkdown_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("plain") << u"It's 5 o'clock, (fine)."_s << u"It's 5 o'clock, (fine)."_s;
    QTest::newRow("emphasis") << u"*a* _b_ `c`"_s << u"\\*a\\* \\_b\\_ \\`c\\`"_s;
    QTest::newRow("link") << u"[x](y) ![i](j)"_s << u"\\[x\\](y) \\!\\[i\\](j)"_s;
    QTest::newRow("html") << u"<b>&amp;</b>"_s << u"\\<b\\>\\&amp;\\</b\\>"_s;
    QTest::newRow("heading") << u"# no"_s << u"\\# no"_s;
    QTest::newRow("list") << u"- a\n+ b\n12. c\n3) d"_s << u"\\- a\\\n\\+ b\\\n12\\. c\\\n3\\) d"_s;
    QTest::newRow("quote") << u"> q"_s << u"\\> q"_s;
    QTest::newRow("rule") << u"---"_s << u"\\---"_s;
    QTest::newRow("setext") << u"a\n==="_s << u"a\\\n\\=\\=\\="_s;
    QTest::newRow("code block") << u"    indented"_s << u"indented"_s;
    QTest::newRow("backslash end") << u"a\\\nb"_s << u"a\\\\\\\nb"_s;
    QTest::newRow("paragraphs") << u"one\n\n\n  two  "_s << u"one\n\ntwo"_s;
    QTest::newRow("table, strike, math") << u"a | b ~~c~~ $x$"_s
                                         << u"a \\| b \\~\\~c\\~\\~ \\$x\\$"_s;
    QTest::newRow("emoji rtl") << u"👍🏽 שלום"_s << u"👍🏽 שלום"_s;
}

void tst_NoteExport::escapeMarkdown()
{
    QFETCH(QString, text);
    QFETCH(QString, markdown);
    QCOMPARE(NoteExport::escapeMarkdown(text), markdown);
}

void tst_NoteExport::escapeHtml()
{
    QCOMPARE(NoteExport::escapeHtml(u"<a href=\"x\">Tom & Jerry's</a>"_s),
             u"&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"_s);
}

void tst_NoteExport::readingOrder()
{
    const NoteExport::NoteOrder order = NoteExport::NoteOrder::of(m_article, m_notes);
    QCOMPARE(order.articleNotes.size(), 1);
    QCOMPARE(order.orphans.size(), 1);
    QCOMPARE(order.placed.size(), 5);
    const QList<NoteExport::NoteEntry> all = order.all();
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i).number, int(i + 1));
    for (qsizetype i = 1; i < order.placed.size(); ++i)
        QVERIFY(order.placed.at(i - 1).note->span.start <= order.placed.at(i).note->span.start);
    QCOMPARE(order.orphans.first().passage, u"a sentence the editors removed"_s);

    // The speaker of a passage inside a quote is the quote's speaker; outside a quote, none.
    for (const NoteExport::NoteEntry &e : order.placed) {
        QString expected;
        qsizetype shortest = -1;
        for (const Quote &q : std::as_const(m_article.quotes)) {
            if (q.span.contains(e.note->span)
                && (shortest < 0 || q.span.length() < shortest)) {
                shortest = q.span.length();
                const Entity *speaker = m_article.speakerOf(q);
                expected = speaker ? speaker->name : QString();
            }
        }
        QCOMPARE(e.speaker, expected);
        QCOMPARE(e.passage, m_article.textOf(e.note->span));
    }
    const auto inQuote = std::find_if(order.placed.cbegin(), order.placed.cend(),
                                      [](const NoteExport::NoteEntry &e) {
                                          return e.note->id == test::fixedId(2);
                                      });
    QVERIFY(inQuote != order.placed.cend());
    QVERIFY2(!inQuote->speaker.isEmpty(), "the sample's first quote has a speaker");
}

void tst_NoteExport::golden_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("sections");
    QTest::addColumn<bool>("whole");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("web");
    QTest::newRow("md") << int(NoteExport::Format::Markdown) << true << true << u"sample.md"_s
                        << false;
    QTest::newRow("html") << int(NoteExport::Format::Html) << true << true << u"sample.html"_s
                          << false;
    QTest::newRow("html only noted") << int(NoteExport::Format::Html) << false << false
                                     << u"sample-noted.html"_s << false;
    QTest::newRow("w3c") << int(NoteExport::Format::W3c) << false << true << u"sample.jsonld"_s
                         << false;
    QTest::newRow("csv") << int(NoteExport::Format::Csv) << false << true << u"sample.csv"_s
                         << false;
    // a saved web page: its address, site, author and date in every format
    QTest::newRow("md, web page") << int(NoteExport::Format::Markdown) << false << true
                                  << u"sample-web.md"_s << true;
    QTest::newRow("html, web page") << int(NoteExport::Format::Html) << false << false
                                    << u"sample-web.html"_s << true;
    QTest::newRow("w3c, web page") << int(NoteExport::Format::W3c) << false << true
                                   << u"sample-web.jsonld"_s << true;
    QTest::newRow("csv, web page") << int(NoteExport::Format::Csv) << false << true
                                   << u"sample-web.csv"_s << true;
}

void tst_NoteExport::golden()
{
    QFETCH(int, format);
    QFETCH(bool, sections);
    QFETCH(bool, whole);
    QFETCH(QString, file);
    QFETCH(bool, web);
    NoteExport::Options o = options(NoteExport::Format(format), sections);
    o.wholeArticle = whole;
    const Article article = web ? test::webSampleArticle() : m_article;
    const QByteArray actual = neutral(NoteExport::exportNotes(article, m_notes, o));
    QVERIFY(!actual.isEmpty());
    // The same input gives the same bytes.
    QCOMPARE(neutral(NoteExport::exportNotes(article, m_notes, o)), actual);
    if (web) {
        // every piece of the source is there, in the format's own form
        const QString text = QString::fromUtf8(actual);
        QVERIFY(text.contains(u"news.example.org/wales/portmere-seafront"_s));
        QVERIFY(text.contains(u"The Example Courier"_s));
        QVERIFY(text.contains(u"Ffion Example"_s));
        QVERIFY(text.contains(u"2026-10-30"_s));
    }

    const QString path = goldenPath(file);
    if (qEnvironmentVariableIsSet("GLOSS_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
        qInfo("wrote %s", qPrintable(path));
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly),
             qPrintable(u"missing golden file %1 (GLOSS_UPDATE_GOLDEN=1 writes it)"_s.arg(path)));
    const QByteArray expected = in.readAll();
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), e.size()); ++i)
            QCOMPARE(QString::fromUtf8(a.at(i)), QString::fromUtf8(e.at(i)));
        QCOMPARE(a.size(), e.size());
    }
}

void tst_NoteExport::markdownRendersWithCmark()
{
    const QString cmark = QStandardPaths::findExecutable(u"cmark"_s);
    if (cmark.isEmpty())
        QSKIP("cmark is not installed (it is in the build root: run scripts/test)");
    const QByteArray md =
        NoteExport::exportNotes(m_article, m_notes, options(NoteExport::Format::Markdown));
    const Process p = run(cmark, {}, md);
    QCOMPARE(p.status, 0);
    const QString html = QString::fromUtf8(p.out);
    // Nothing a note says became markup: no raw tags, links, lists or headings of its own.
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<b>"_s));
    QVERIFY(!html.contains(u"<a href"_s));
    // the only code is a #rrggbb colour, written as code on purpose (no backslash, no tag)
    const qsizetype hexColours =
        std::count_if(m_notes.cbegin(), m_notes.cend(),
                      [](const Annotation &a) { return a.color.startsWith(u'#'); });
    QVERIFY(hexColours > 0);
    QCOMPARE(html.count(u"<code>"_s), hexColours);
    QCOMPARE(html.count(QRegularExpression(u"<code>#[0-9a-f]{6}</code>"_s)), hexColours);
    QVERIFY(!html.contains(u"<ol"_s));
    // The only lists are the header's and the sections' (claims, quotes).
    const int headerItems = 3 + !m_article.byline.isEmpty() + !m_article.dateline.isEmpty();
    QCOMPARE(html.count(u"<li>"_s),
             headerItems + m_article.claims.size() + m_article.quotes.size());
    const QString text = htmlText(html);
    for (const Annotation &a : std::as_const(m_notes)) {
        for (const QString &para : a.text.split(u"\n\n"_s))
            QVERIFY2(text.contains(para.simplified()), qPrintable(para));
        for (const QString &tag : a.tags)
            QVERIFY2(text.contains(u'#' + QString(tag).replace(u' ', u'-')), qPrintable(tag));
        if (!a.isArticleNote())
            QVERIFY2(text.contains(a.isPlaced() ? m_article.textOf(a.span).simplified()
                                                : a.quote.exact),
                     qPrintable(a.quote.exact));
    }
    // Each note has its heading, each passage its block quote.
    QCOMPARE(html.count(u"<h3>Note "_s), m_notes.size());
    QCOMPARE(html.count(u"<blockquote>"_s), m_notes.size() - 1);
}

void tst_NoteExport::htmlValidates_data()
{
    QTest::addColumn<bool>("sections");
    QTest::addColumn<bool>("whole");
    QTest::newRow("whole article, sections") << true << true;
    QTest::newRow("only noted") << false << false;
}

void tst_NoteExport::htmlValidates()
{
    QFETCH(bool, sections);
    QFETCH(bool, whole);
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed (it is in the build root: run scripts/test)");
    NoteExport::Options o = options(NoteExport::Format::Html, sections);
    o.wholeArticle = whole;
    const QByteArray html = NoteExport::exportNotes(m_article, m_notes, o);
    const QString script = u"import sys, html5lib\n"
                           "try:\n"
                           "    html5lib.HTMLParser(strict=True).parse(sys.stdin.buffer.read())\n"
                           "except Exception as e:\n"
                           "    print('invalid:', e); sys.exit(1)\n"_s;
    const Process p = run(python, {u"-c"_s, script}, html);
    QVERIFY2(p.status == 0, QByteArray(p.out + p.err).constData());
    // Self-contained: no scripts, nothing fetched.
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("src="));
    QVERIFY(!html.contains("<link"));
    QVERIFY(!html.contains("url("));
    QVERIFY(html.contains("@media print"));
}

void tst_NoteExport::htmlHighlights()
{
    const QString html = NoteExport::toHtml(m_article, m_notes, options(NoteExport::Format::Html));
    const NoteExport::NoteOrder order = NoteExport::NoteOrder::of(m_article, m_notes);
    for (const NoteExport::NoteEntry &e : order.all()) {
        QVERIFY(html.contains(u"id=\"note-%1\""_s.arg(e.number)));
        QCOMPARE(html.count(u"id=\"ref-%1\""_s.arg(e.number)), e.note->isPlaced() ? 1 : 0);
        QVERIFY(html.contains(NoteExport::escapeHtml(e.note->text.split(u"\n\n"_s).first().trimmed())));
        QVERIFY(html.contains(u"background-color: "_s + Annotation::colorHex(e.note->color)));
    }
    // The highlighted words read as the article's words, once each.
    QString text;
    for (const Paragraph &p : std::as_const(m_article.paragraphs))
        text += m_article.textOf(p.span) + u' ';
    const qsizetype articleStart = html.indexOf(u"<section class=\"article\">"_s);
    const qsizetype articleEnd = html.indexOf(u"</section>"_s, articleStart);
    QString shown = html.mid(articleStart, articleEnd - articleStart);
    shown.remove(QRegularExpression(u"<sup class=\"ref\".*?</sup>"_s));
    shown.remove(QRegularExpression(u"<aside.*?</aside>"_s,
                                    QRegularExpression::DotMatchesEverythingOption));
    shown.remove(u"<h2>Article</h2>"_s);
    QCOMPARE(htmlText(shown), text.simplified());
    // Overlapping passages: the inner one (note 7) is marked within note 2's colour.
    const QString yellow = Annotation::colorHex(u"yellow"_s);
    const QString purple = Annotation::colorHex(u"purple"_s);
    QVERIFY(html.contains(
        u"<mark style=\"background-color: %1\">We are not going to </mark>"_s.arg(yellow)));
    QVERIFY(html.contains(u"<mark style=\"background-color: %1\">hand the promenade back</mark>"_s
                              .arg(purple)));
    // A dark colour gets light text.
    QVERIFY(html.contains(u"<mark class=\"dark\" style=\"background-color: #8b0000\">£48 million"_s));
}

void tst_NoteExport::htmlRendersInChromium()
{
    QString chromium = QStandardPaths::findExecutable(u"chromium"_s);
    if (chromium.isEmpty())
        QSKIP("chromium is not installed (it is in the build root: run scripts/test)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString page = dir.filePath(u"notes.html"_s);
    {
        QFile f(page);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(NoteExport::exportNotes(m_article, m_notes, options(NoteExport::Format::Html)));
    }
    // kept beside the test binary to look at (not in the folder the test is run from)
    const QString png =
        QDir(QCoreApplication::applicationDirPath()).filePath(u"export-sample.png"_s);
    QFile::remove(png);
    const Process p = run(chromium,
                          {u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s,
                           u"--disable-quic"_s, u"--no-first-run"_s,
                           u"--disable-background-networking"_s, u"--disable-component-update"_s,
                           u"--disable-sync"_s, u"--hide-scrollbars"_s,
                           u"--user-data-dir="_s + dir.filePath(u"profile"_s),
                           u"--screenshot="_s + png, u"--window-size=1200,1600"_s,
                           QUrl::fromLocalFile(page).toString()},
                          {}, 180000);
    QVERIFY2(p.status == 0, p.err.constData());
    QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QCOMPARE(image.size(), QSize(1200, 1600));
    // The highlights and the note cards are visible: each note colour covers a good patch.
    const NoteExport::NoteOrder order = NoteExport::NoteOrder::of(m_article, m_notes);
    image = image.convertToFormat(QImage::Format_RGB32);
    for (const NoteExport::NoteEntry &e : order.placed) {
        const QColor want(Annotation::colorHex(e.note->color));
        int pixels = 0;
        for (int y = 0; y < image.height(); y += 2) {
            const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); x += 2) {
                const QRgb c = line[x];
                pixels += std::abs(qRed(c) - want.red()) + std::abs(qGreen(c) - want.green())
                              + std::abs(qBlue(c) - want.blue())
                          < 12;
            }
        }
        QVERIFY2(pixels > 100, qPrintable(u"colour %1 of note %2: %3 pixels"_s
                                              .arg(want.name())
                                              .arg(e.number)
                                              .arg(pixels)));
    }
    qInfo("screenshot: %s", qPrintable(png));
}

void tst_NoteExport::csvFields()
{
    const QByteArray bytes =
        NoteExport::exportNotes(m_article, m_notes, options(NoteExport::Format::Csv));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.endsWith("\r\n"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), m_notes.size() + 1);
    QCOMPARE(rows.first(), (QStringList{u"quote"_s, u"speaker"_s, u"note"_s, u"tags"_s,
                                        u"colour"_s, u"created"_s, u"id"_s, u"article"_s,
                                        u"source"_s, u"site"_s, u"author"_s, u"published"_s}));
    const NoteExport::NoteOrder order = NoteExport::NoteOrder::of(m_article, m_notes);
    const QList<NoteExport::NoteEntry> all = order.all();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QStringList &row = rows.at(i + 1);
        const Annotation &a = *all.at(i).note;
        QCOMPARE(row.size(), 12);
        QCOMPARE(row.at(7), NoteExport::articleTitle(m_article));
        QCOMPARE(row.at(8), m_article.document.displaySource()); // the sample by its name
        QCOMPARE(row.at(0), all.at(i).passage);
        QCOMPARE(row.at(1), all.at(i).speaker);
        const bool formula = a.text.startsWith(u'=');
        QCOMPARE(row.at(2), formula ? u'\'' + a.text : a.text);
        QCOMPARE(row.at(3), a.tags.join(u"; "_s));
        QCOMPARE(row.at(4), a.color);
        QCOMPARE(QDateTime::fromString(row.at(5), Qt::ISODate), a.created);
        QCOMPARE(QUuid::fromString(row.at(6)), a.id);
    }
    NoteExport::Options noBom = options(NoteExport::Format::Csv);
    noBom.csvByteOrderMark = false;
    QCOMPARE(NoteExport::exportNotes(m_article, m_notes, noBom), bytes.mid(3));
}

void tst_NoteExport::w3cStructure()
{
    const QJsonDocument doc = QJsonDocument::fromJson(NoteExport::toW3c(m_article, m_notes));
    const QJsonObject c = doc.object();
    QVERIFY(c.value(u"@context"_s).toArray().contains(u"http://www.w3.org/ns/anno.jsonld"_s));
    QCOMPARE(c.value(u"type"_s).toString(), u"AnnotationCollection"_s);
    QVERIFY(!c.value(u"id"_s).toString().isEmpty());
    QCOMPARE(c.value(u"total"_s).toInt(), m_notes.size());
    const QJsonArray items = c.value(u"first"_s).toObject().value(u"items"_s).toArray();
    QCOMPARE(items.size(), m_notes.size());
    const NoteExport::NoteOrder order = NoteExport::NoteOrder::of(m_article, m_notes);
    const QList<NoteExport::NoteEntry> all = order.all();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject a = items.at(i).toObject();
        const Annotation &note = *all.at(i).note; // in reading order
        QCOMPARE(a.value(u"id"_s).toString(), u"urn:uuid:"_s + note.id.toString(QUuid::WithoutBraces));
        QCOMPARE(a.value(u"type"_s).toString(), u"Annotation"_s);
        QCOMPARE(a.value(u"motivation"_s).toString(), u"commenting"_s);
        QCOMPARE(QDateTime::fromString(a.value(u"created"_s).toString(), Qt::ISODateWithMs),
                 note.created);
        QCOMPARE(QDateTime::fromString(a.value(u"modified"_s).toString(), Qt::ISODateWithMs),
                 note.modified);
        const QJsonArray body = a.value(u"body"_s).toArray();
        QCOMPARE(body.size(), 1 + note.tags.size());
        QCOMPARE(body.at(0).toObject().value(u"type"_s).toString(), u"TextualBody"_s);
        QCOMPARE(body.at(0).toObject().value(u"purpose"_s).toString(), u"commenting"_s);
        QCOMPARE(body.at(0).toObject().value(u"value"_s).toString(), note.text);
        for (qsizetype t = 0; t < note.tags.size(); ++t) {
            QCOMPARE(body.at(t + 1).toObject().value(u"purpose"_s).toString(), u"tagging"_s);
            QCOMPARE(body.at(t + 1).toObject().value(u"value"_s).toString(), note.tags.at(t));
        }
        const QJsonObject target = a.value(u"target"_s).toObject();
        // the sample by a public IRI, never the program's resource path
        QCOMPARE(target.value(u"source"_s).toString(), u"urn:gloss:sample-article"_s);
        const QJsonArray selectors = target.value(u"selector"_s).toArray();
        if (note.isArticleNote()) {
            QVERIFY(selectors.isEmpty());
            continue;
        }
        QCOMPARE(selectors.size(), 2);
        QCOMPARE(selectors.at(0).toObject().value(u"type"_s).toString(), u"TextQuoteSelector"_s);
        QCOMPARE(selectors.at(0).toObject().value(u"exact"_s).toString(), note.quote.exact);
        QCOMPARE(selectors.at(1).toObject().value(u"type"_s).toString(),
                 u"TextPositionSelector"_s);
        QCOMPARE(selectors.at(1).toObject().value(u"start"_s).toInteger(), note.position.start);
        QCOMPARE(selectors.at(1).toObject().value(u"end"_s).toInteger(), note.position.end);
    }
}

void tst_NoteExport::copyAsMarkdown()
{
    const QList<Annotation> some{m_notes.at(0), m_notes.at(3)};
    const QString md = NoteExport::notesToMarkdown(m_article, some);
    QVERIFY(md.contains(u"### Note 1"_s));
    QVERIFY(md.contains(u"### Note 2"_s));
    QVERIFY(!md.contains(u"### Note 3"_s));
    QVERIFY(!md.contains(u"# Notes:"_s));
    QVERIFY(md.contains(u"> Cardiff University"_s));
    QVERIFY(md.contains(u"Vote count, \"31 to 12\", checked\\\nsecond line, too"_s));
}

void tst_NoteExport::emptyArticle()
{
    const Article empty;
    for (const auto format : {NoteExport::Format::Markdown, NoteExport::Format::Html,
                              NoteExport::Format::W3c, NoteExport::Format::Csv}) {
        const QByteArray out = NoteExport::exportNotes(empty, {}, options(format));
        QVERIFY2(!out.isEmpty(), qPrintable(NoteExport::formatName(format)));
    }
    const QString md = NoteExport::toMarkdown(empty, {}, options(NoteExport::Format::Markdown));
    QVERIFY(md.contains(u"- Notes: 0"_s));
    QVERIFY(md.contains(u"_No notes on passages._"_s));
}

QTEST_GUILESS_MAIN(tst_NoteExport)
#include "tst_noteexport.moc"
