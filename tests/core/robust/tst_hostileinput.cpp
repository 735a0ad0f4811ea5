// Hostile input (issue 8): every file below opens, or is refused with a message; never a crash,
// never a hang, never an analysis that breaks Article's promises.
#include "HostileInputs.h"
#include "TestPaths.h"

#include "../../fuzz/Invariants.h"

#include "analysis/AnalysisJson.h"
#include "analysis/Analyzer.h"
#include "io/Loader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>

using namespace gloss;

namespace {

/** Wall time after which an input counts as a hang: pathological only, not a performance bar. */
constexpr qint64 kHangMs = 60 * 1000 * hostile::kSlowdown;

/** Largest text whose analysis JSON is written and parsed back in process. */
constexpr qsizetype kJsonCheckMaxChars = 16 << 20;

enum class Expect { Loads, LoadsOrRefused };

using Generator = std::function<QByteArray()>;

const std::map<QString, Generator> &generators()
{
    using namespace hostile;
    static const std::map<QString, Generator> table = {
        {QStringLiteral("empty"), [] { return QByteArray(); }},
        {QStringLiteral("one byte"), [] { return QByteArray("x"); }},
        {QStringLiteral("one NUL byte"), [] { return QByteArray(1, '\0'); }},
        {QStringLiteral("one newline"), [] { return QByteArray("\n"); }},
        {QStringLiteral("only blank lines"), [] { return QByteArray(100000, '\n'); }},
        // 100 MB; 40 MB under a sanitizer (still over the analysis limit, in 1/3 of the time)
        {QStringLiteral("100 MB article"),
         [] { return repeatTo(paragraphBlock(), (kSlowdown > 1 ? 40LL : 100LL) << 20); }},
        {QStringLiteral("1 MB random bytes"), [] { return randomBytes(1 << 20, 8); }},
        {QStringLiteral("64 KB NUL bytes"), [] { return QByteArray(1 << 16, '\0'); }},
        {QStringLiteral("text with a NUL byte"),
         [] { return paragraphBlock() + QByteArray(1, '\0') + paragraphBlock(); }},
        {QStringLiteral("control characters"),
         [] { return repeatTo(QByteArray("\x01\x02\x03\x04\x1B[0m\x7F\x08"), 4096); }},
        {QStringLiteral("invalid UTF-8"),
         [] { return QByteArray("Caf\xE9 na\xEFve \xFF\xFE\x80\xBF \"Ol\xE1,\" he said.\n"); }},
        {QStringLiteral("truncated UTF-8 at the end"),
         [] { return paragraphBlock() + QByteArray("\xE2\x80"); }},
        {QStringLiteral("overlong UTF-8"),
         [] { return QByteArray("Slash \xC0\xAF, \xE0\x80\xAF, \xF0\x80\x80\xAF; NUL \xC0\x80.\n"); }},
        {QStringLiteral("UTF-8 above U+10FFFF"),
         [] { return QByteArray("Big \xF4\x90\x80\x80 and \xF8\x88\x80\x80\x80 end.\n"); }},
        {QStringLiteral("lone surrogates in UTF-8"),
         [] { return QByteArray("High \xED\xA0\x80 low \xED\xBF\xBF pair \xED\xA0\xBD\xED\xB8\x80.\n"); }},
        {QStringLiteral("lone surrogates in UTF-16 with BOM"),
         [] {
             QByteArray b("\xFF\xFE", 2);
             const char16_t units[] = {u'A', 0xD800, u' ', 0xDC00, u'B', 0xDBFF};
             b.append(reinterpret_cast<const char *>(units), sizeof units);
             return b;
         }},
        {QStringLiteral("UTF-16LE without BOM"),
         [] {
             return utf16(QString::fromUtf8(paragraphBlock()), QStringConverter::Utf16LE);
         }},
        {QStringLiteral("UTF-16BE without BOM"),
         [] {
             return utf16(QString::fromUtf8(paragraphBlock()), QStringConverter::Utf16BE);
         }},
        {QStringLiteral("UTF-16 BOM only"), [] { return QByteArray("\xFF\xFE", 2); }},
        {QStringLiteral("UTF-16 odd length"), [] { return QByteArray("\xFF\xFEH\0i\0!", 7); }},
        {QStringLiteral("UTF-8 BOM only"), [] { return QByteArray("\xEF\xBB\xBF"); }},
        {QStringLiteral("1 MB single line"), [] { return singleLine(1 << 20); }},
        {QStringLiteral("100,000 paragraphs"), [] { return manyParagraphs(100000); }},
        {QStringLiteral("10,000 nested quote marks"), [] { return nestedQuotes(10000); }},
        {QStringLiteral("100,000 unbalanced quote marks"), [] { return unbalancedQuotes(100000); }},
        {QStringLiteral("only apostrophes"), [] { return apostrophes(1 << 20); }},
        {QStringLiteral("right-to-left and CJK"),
         [] {
             return repeatTo(QByteArray("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \"\xD7\x90\" "
                                        "\xE4\xB8\xAD\xE6\x96\x87\xE3\x80\x8C\xE5\xBC\x95"
                                        "\xE3\x80\x8D \xF0\x9F\x98\x80\n"), 1 << 16);
         }},
        {QStringLiteral("combining marks pile-up"),
         [] { return "a" + repeatTo(QByteArray("\xCC\x81\xCC\x88"), 1 << 16) + "\n"; }},
        {QStringLiteral("64,000 alternating combining marks"),
         [] { return "a" + repeatTo(QByteArray("\xCC\x81\xCC\x96"), 128000) + "\n"; }},
        {QStringLiteral("an accent before 1 MB of Korean"),
         [] {
             return "e\xCC\x81 " + repeatTo(QByteArray("\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4"
                                                      "\xEA\xB8\xB0\xEC\x82\xAC"), 1 << 20);
         }},
        {QStringLiteral("Markdown 10,000 nested block quotes"),
         [] { return markdownNestedBlockQuotes(10000); }},
        {QStringLiteral("Markdown 2,000 nested lists"), [] { return markdownNestedLists(2000); }},
        {QStringLiteral("Markdown 100,000 unclosed openers"),
         [] { return markdownOpeners(100000); }},
        {QStringLiteral("Markdown 1 MB random bytes"), [] { return randomBytes(1 << 20, 9); }},
        {QStringLiteral("HTML: a <q> that a paragraph break ends (fuzz_loader finding)"),
         [] {
             // the seed's first byte picks the file name for the fuzzer
             QFile f(test::sourcePath(
                 QStringLiteral("tests/fuzz/fuzz_loader/html-q-across-paragraphs.html")));
             return f.open(QIODevice::ReadOnly) ? f.readAll().mid(1) : QByteArray();
         }},
        {QStringLiteral("a statement whose words start in the dateline (fuzz_analyzer finding)"),
         [] {
             QFile f(test::sourcePath(
                 QStringLiteral("tests/fuzz/fuzz_analyzer/dateline-before-statement.txt")));
             return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
         }},
        {QStringLiteral("HTML: 10,000 nested <q>"),
         [] { return "<p>" + QByteArray("<q>").repeated(10000) + "deep</p>"; }},
    };
    return table;
}

QString writeInput(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class tst_HostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadAndAnalyze_data();
    void loadAndAnalyze();
    void commandLine_data();
    void commandLine();

private:
    void rows(bool withHuge);
};

void tst_HostileInput::rows(bool withHuge)
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<Expect>("expect");

    const auto row = [](const char *input, const char *fileName, Expect expect) {
        QTest::newRow(input) << QString::fromUtf8(input) << QString::fromUtf8(fileName) << expect;
    };
    const Expect loads = Expect::Loads, either = Expect::LoadsOrRefused;
    row("empty", "article.txt", either);
    row("one byte", "article.txt", loads);
    row("one NUL byte", "article.txt", either);
    row("one newline", "article.txt", either);
    row("only blank lines", "article.txt", either);
    if (withHuge)
        row("100 MB article", "article.txt", loads);
    row("1 MB random bytes", "article.txt", either);
    row("64 KB NUL bytes", "article.txt", either);
    row("text with a NUL byte", "article.txt", either);
    row("control characters", "article.txt", either);
    row("invalid UTF-8", "article.txt", loads);
    row("truncated UTF-8 at the end", "article.txt", loads);
    row("overlong UTF-8", "article.txt", loads);
    row("UTF-8 above U+10FFFF", "article.txt", loads);
    row("lone surrogates in UTF-8", "article.txt", loads);
    row("lone surrogates in UTF-16 with BOM", "article.txt", either);
    row("UTF-16LE without BOM", "article.txt", either);
    row("UTF-16BE without BOM", "article.txt", either);
    row("UTF-16 BOM only", "article.txt", either);
    row("UTF-16 odd length", "article.txt", either);
    row("UTF-8 BOM only", "article.txt", either);
    row("1 MB single line", "article.txt", loads);
    row("100,000 paragraphs", "article.txt", loads);
    row("10,000 nested quote marks", "article.txt", loads);
    row("100,000 unbalanced quote marks", "article.txt", loads);
    row("only apostrophes", "article.txt", loads);
    row("right-to-left and CJK", "article.txt", loads);
    row("combining marks pile-up", "article.txt", loads);
    row("64,000 alternating combining marks", "article.txt", loads);
    row("an accent before 1 MB of Korean", "article.txt", loads);
    row("Markdown 10,000 nested block quotes", "article.md", loads);
    row("Markdown 2,000 nested lists", "article.md", loads);
    row("Markdown 100,000 unclosed openers", "article.md", loads);
    row("Markdown 1 MB random bytes", "article.md", either);
    row("HTML: a <q> that a paragraph break ends (fuzz_loader finding)", "article.html", either);
    row("a statement whose words start in the dateline (fuzz_analyzer finding)", "article.txt",
        loads);
    row("HTML: 10,000 nested <q>", "article.html", either);
}

void tst_HostileInput::loadAndAnalyze_data()
{
    rows(true);
}

// In process: load, analyse, check every promise of Article, write the JSON and parse it back.
void tst_HostileInput::loadAndAnalyze()
{
    QFETCH(QString, input);
    QFETCH(QString, fileName);
    QFETCH(Expect, expect);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeInput(dir, fileName, generators().at(input)());
    QVERIFY(!path.isEmpty());

    QElapsedTimer timer;
    timer.start();
    const Loader::Result loaded = Loader::loadFile(path);
    const qint64 loadMs = timer.elapsed();
    if (!loaded.ok()) {
        QVERIFY2(expect == Expect::LoadsOrRefused, qPrintable(loaded.error));
        QVERIFY2(loaded.error.size() >= 10, "a refusal says why");
        qInfo("%s: refused in %lld ms: %s", qPrintable(input), loadMs, qPrintable(loaded.error));
        QVERIFY2(loadMs < kHangMs, "loading hangs");
        return;
    }
    const Article article = Analyzer::analyze(*loaded.document);
    const qint64 analyzeMs = timer.elapsed() - loadMs;
    const QString broken = invariants::checkArticle(article);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));

    // The JSON of the largest inputs is hundreds of MB; the command-line rows check the writer.
    if (article.document.text().size() <= kJsonCheckMaxChars) {
        QJsonParseError error{};
        const QJsonDocument json =
            QJsonDocument::fromJson(AnalysisJson::toBytes(article), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(json.isObject());
    }
    const qint64 totalMs = timer.elapsed();
    qInfo("%s: loaded in %lld ms, analysed in %lld ms (%lld paragraphs, %lld quotes%s%s), "
          "total with JSON %lld ms",
          qPrintable(input), loadMs, analyzeMs, qlonglong(article.paragraphs.size()),
          qlonglong(article.quotes.size()), article.limited ? ", LIMITED: " : "",
          qPrintable(article.warnings.join(u"; ")), totalMs);
    // the 100 MB row reads, decodes and segments 100 MB and analyses 32 Mi characters of it
    QVERIFY2(totalMs < kHangMs * (input.startsWith(u"100 MB") ? 5 : 1), "analysis hangs");
}

void tst_HostileInput::commandLine_data()
{
    rows(false); // the 100 MB row runs in process only (its JSON alone is 100 MB of output)
}

// End to end: `gloss analyze` prints valid JSON (status 0) or a message on stderr (status 2).
void tst_HostileInput::commandLine()
{
    QFETCH(QString, input);
    QFETCH(QString, fileName);
    QFETCH(Expect, expect);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeInput(dir, fileName, generators().at(input)());
    QVERIFY(!path.isEmpty());

    QProcess gloss;
    gloss.start(gloss::test::glossBinary(), {QStringLiteral("analyze"), path});
    QVERIFY2(gloss.waitForFinished(int(kHangMs)), "gloss analyze hangs");
    const QByteArray out = gloss.readAllStandardOutput();
    const QString err = QString::fromLocal8Bit(gloss.readAllStandardError());
    QCOMPARE(gloss.exitStatus(), QProcess::NormalExit);
    if (gloss.exitCode() == 0) {
        QJsonParseError error{};
        const QJsonDocument json = QJsonDocument::fromJson(out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(json.isObject());
    } else {
        QVERIFY2(expect == Expect::LoadsOrRefused, qPrintable(err));
        QCOMPARE(gloss.exitCode(), 2);
        QVERIFY2(out.isEmpty(), out.left(200).constData());
        QVERIFY2(err.startsWith(u"gloss: "), qPrintable(err));
        QVERIFY2(err.contains(fileName), qPrintable(QStringLiteral("the message names the file: ") + err));
    }
}

QTEST_GUILESS_MAIN(tst_HostileInput)
#include "tst_hostileinput.moc"
