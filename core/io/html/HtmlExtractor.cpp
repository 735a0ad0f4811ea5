#include "HtmlExtractor.h"

#include "HtmlCharset.h"
#include "HtmlMetadata_p.h"
#include "HtmlNodes_p.h"
#include "HtmlParagraphWriter_p.h"
#include "HtmlPrefilters_p.h"
#include "HtmlScoring_p.h"
#include "HtmlTree_p.h"
#include "text/Nfc.h"

#include <QCoreApplication>
#include <QUrl>

#include <gumbo.h>

// The stages of extraction, each in an internal header of its own (see docs/architecture.md):
// pre-filters on the raw markup (HtmlPrefilters_p.h, with the tag scanner of
// HtmlTagScanner_p.h), the tree (HtmlTree_p.h: gumbo in an Arena, TextRuns), the metadata
// (HtmlMetadata_p.h), scoring (HtmlScoring_p.h) and the paragraph writer
// (HtmlParagraphWriter_p.h). This file holds the public entry points and runs the stages.

namespace gloss {

namespace {

/**
 * Headline then paragraphs, separated by blank lines: the one place that joins them. With
 * @p codeBlocks, each part is put in NFC on its own (a line break composes with nothing, so the
 * whole is NFC too) and the places of the code paragraphs are kept there.
 */
QString joined(const HtmlArticle &article, QList<Document::Block> *codeBlocks = nullptr)
{
    QString text;
    const auto append = [&](const QString &part) {
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        const qsizetype start = text.size();
        text += codeBlocks ? toNfc(part) : part;
        return start;
    };
    if (!article.title.isEmpty())
        append(article.title);
    for (const HtmlArticle::Paragraph &p : article.paragraphs) {
        const qsizetype start = append(p.text);
        if (codeBlocks && p.kind == HtmlArticle::Kind::Code)
            codeBlocks->append({Document::Block::Code, 0, start, text.size()});
    }
    return text;
}

} // namespace

QString HtmlArticle::text() const
{
    return joined(*this);
}

QDateTime HtmlExtractor::parseDate(const QString &value)
{
    return html::parseDate(value);
}

QString HtmlExtractor::cleanTitle(const QString &title, const QString &site)
{
    return html::cleanTitle(title, site);
}

HtmlArticle HtmlExtractor::extract(const QByteArray &bytes, QByteArrayView httpCharset, Mode mode)
{
    HtmlCharset::Decoded decoded = HtmlCharset::decode(bytes, httpCharset);
    HtmlArticle article = extractString(decoded.text, mode);
    article.charset = decoded.charset;
    article.warnings = decoded.warnings + article.warnings;
    return article;
}

namespace {

/** A fragment the user chose: all of its visible text; a heading first is its title. */
void writeFragment(const html::ContentScorer &scorer, const GumboNode *body, HtmlArticle &article)
{
    html::ParagraphWriter writer(scorer, QString(), QString());
    writer.walk(body, true);
    writer.flush();
    article.paragraphs = writer.paragraphs;
    article.title.clear();
    if (!article.paragraphs.isEmpty()
        && article.paragraphs.front().kind == HtmlArticle::Kind::Heading)
        article.title = article.paragraphs.takeFirst().text;
}

/** A page: the article the scorer finds, without the headline and byline written again. */
void writePage(html::ContentScorer &scorer, const GumboNode *body, HtmlArticle &article)
{
    html::ParagraphWriter writer(scorer, article.title, article.author);
    for (const GumboNode *n : scorer.content(body)) {
        writer.walk(n, true);
        writer.flush();
    }
    article.paragraphs = writer.paragraphs;
    if (article.paragraphs.isEmpty())
        article.warnings << QCoreApplication::translate("HtmlExtractor",
                                                        "No article text found in the page");
}

} // namespace

HtmlArticle HtmlExtractor::extractString(const QString &html, Mode mode)
{
    HtmlArticle article;
    QByteArray utf8 = html::dropRawText(html.toUtf8());
    if (mode == Mode::Page)
        utf8 = html::dropFurniture(utf8);
    html::Arena arena;
    QByteArray parsed;
    GumboOutput *output = html::parse(utf8, arena, true, parsed);
    article.charset = "UTF-8";
    if (html::flattenDeep(output->document, arena)) {
        article.warnings << QCoreApplication::translate(
                                "HtmlExtractor",
                                "The page nests its markup more than %1 levels deep: the "
                                "deeper parts are read as plain text")
                                .arg(html::kMaxDepth);
    }
    html::readMetadata(output->root, article);

    const GumboNode *body = html::findChild(output->root, GUMBO_TAG_BODY);
    if (!body)
        return article;
    html::ContentScorer scorer(body, mode);
    if (mode == Mode::Fragment)
        writeFragment(scorer, body, article);
    else
        writePage(scorer, body, article);
    return article;
}

Document HtmlExtractor::toDocument(const HtmlArticle &article, const QString &source)
{
    QList<Document::Block> blocks;
    QString text = joined(article, &blocks);
    Document doc(std::move(text), source);
    doc.blocks = std::move(blocks);
    doc.format = QStringLiteral("html");
    doc.metaTitle = article.title;
    doc.metaAuthor = article.author;
    doc.metaSite = article.site;
    doc.metaDate = article.published;
    doc.metaUrl = article.url;
    const QUrl url(source);
    if (doc.metaUrl.isEmpty() && (url.scheme() == u"http" || url.scheme() == u"https"))
        doc.metaUrl = source;
    doc.warnings = article.warnings;
    return doc;
}

Document HtmlExtractor::load(const QByteArray &bytes, const QString &source,
                             QByteArrayView httpCharset)
{
    return toDocument(extract(bytes, httpCharset), source);
}

} // namespace gloss
