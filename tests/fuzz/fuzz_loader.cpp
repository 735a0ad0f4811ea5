// Fuzzes Loader::loadBytes (encoding detection, normalisation, Markdown, HTML, binary refusal)
// and the Document offset conversions built on its result; for HTML also that the parse
// extraction does (long text runs stood in for) builds the same tree as a plain parse.
#include "FuzzCommon.h"

#include "io/Loader.h"
#include "io/html/HtmlExtractor.h"
#include "io/html/HtmlExtractor_p.h"

using namespace gloss;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte picks the file name, whose suffix picks the format.
    static const char *const kNames[] = {"article.txt", "article.md", "article.markdown",
                                         "article.html", "article", "ARTICLE.MD"};
    const size_t pick = size > 0 ? data[0] % std::size(kNames) : 0;
    const QByteArray bytes = fuzz::bytesOf(data + (size > 0 ? 1 : 0), size > 0 ? size - 1 : 0);
    const Loader::Result result = Loader::loadBytes(bytes, QString::fromLatin1(kNames[pick]));
    if (pick == 3) {
        // extraction parses with long text runs stood in for: the tree must be the same
        const QString html = QString::fromUtf8(bytes);
        GLOSS_FUZZ_CHECK(gloss::html::treeOf(html, true) == gloss::html::treeOf(html, false));
    }

    if (!result.ok()) {
        GLOSS_FUZZ_CHECK(!result.error.isEmpty()); // a refusal always says why
        return 0;
    }
    const Document &doc = *result.document;
    const QString &text = doc.text();
    GLOSS_FUZZ_CHECK(!text.contains(u'\r'));         // line ends are normalised
    GLOSS_FUZZ_CHECK(!text.startsWith(QChar(0xFEFF))); // no BOM
    // Code-point conversions are inverse on code-point boundaries and clamp outside the text.
    const qsizetype cps = doc.codePointLength();
    GLOSS_FUZZ_CHECK(cps >= 0 && cps <= text.size());
    GLOSS_FUZZ_CHECK(doc.toCodePoint(text.size()) == cps);
    GLOSS_FUZZ_CHECK(doc.fromCodePoint(cps) == text.size());
    GLOSS_FUZZ_CHECK(doc.toCodePoint(-5) == 0 && doc.fromCodePoint(cps + 7) == text.size());
    const qsizetype step = text.size() / 16 + 1;
    for (qsizetype i = 0; i <= text.size(); i += step) {
        const qsizetype cp = doc.toCodePoint(i);
        GLOSS_FUZZ_CHECK(cp >= 0 && cp <= cps);
        GLOSS_FUZZ_CHECK(doc.toCodePoint(doc.fromCodePoint(cp)) == cp);
    }
    return 0;
}
