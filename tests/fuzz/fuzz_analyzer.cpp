// Fuzzes the whole analysis: Loader::loadBytes, Analyzer::analyze and the analysis JSON. The
// Article must keep every span inside the text and every index in range, and its JSON must
// parse.
#include "FuzzCommon.h"

#include "analysis/AnalysisJson.h"
#include "analysis/Analyzer.h"
#include "io/Loader.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace gloss;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Markdown when the first byte is '#' (headings are the commonest Markdown); text otherwise.
    const bool markdown = size > 0 && data[0] == '#';
    const Loader::Result result = Loader::loadBytes(
        fuzz::bytesOf(data, size), markdown ? QStringLiteral("a.md") : QStringLiteral("a.txt"));
    if (!result.ok())
        return 0;
    const Article article = Analyzer::analyze(*result.document);
    fuzz::checkArticle(article);

    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(AnalysisJson::toBytes(article), &error);
    GLOSS_FUZZ_CHECK(error.error == QJsonParseError::NoError);
    GLOSS_FUZZ_CHECK(json.isObject());
    return 0;
}
