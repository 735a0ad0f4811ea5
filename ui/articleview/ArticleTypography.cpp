#include "ArticleTypography.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace gloss::typography {

namespace {

/** Serif faces in order of preference; the first one installed is used. */
const QStringList kSerifFamilies = {
    QStringLiteral("Source Serif 4"), QStringLiteral("Source Serif Pro"),
    QStringLiteral("Charter"), QStringLiteral("Bitstream Charter"), QStringLiteral("Literata"),
    QStringLiteral("Georgia"), QStringLiteral("Noto Serif"), QStringLiteral("PT Serif"),
    QStringLiteral("DejaVu Serif"), QStringLiteral("Times New Roman"), QStringLiteral("serif")};

/** The same line height for every block, and a smaller one for the empty lines between. */
void applyLineHeights(QTextDocument *doc)
{
    QTextBlockFormat bodyBlock;
    bodyBlock.setLineHeight(kBodyLineHeight, QTextBlockFormat::ProportionalHeight);
    QTextCursor all(doc);
    all.select(QTextCursor::Document);
    all.setBlockFormat(bodyBlock);
    QTextBlockFormat gap;
    gap.setLineHeight(kGapLineHeight, QTextBlockFormat::ProportionalHeight);
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.length() == 1) // only the separator: an empty line between paragraphs
            QTextCursor(b).setBlockFormat(gap);
    }
}

/** The formats of a paragraph of @p role in @p body (of @p px pixels). */
void roleFormats(ParagraphRole role, const QFont &body, qreal px, QTextCharFormat &cf,
                 QTextBlockFormat &bf)
{
    bf.setLineHeight(kBodyLineHeight, QTextBlockFormat::ProportionalHeight);
    switch (role) {
    case ParagraphRole::Headline:
        cf.setFontPointSize(body.pointSizeF() * 1.95);
        cf.setFontWeight(QFont::Bold);
        cf.setFontLetterSpacing(99);
        bf.setLineHeight(116, QTextBlockFormat::ProportionalHeight);
        bf.setTopMargin(px * 0.8);
        bf.setBottomMargin(px * 0.35);
        break;
    case ParagraphRole::Heading:
        cf.setFontPointSize(body.pointSizeF() * 1.25);
        cf.setFontWeight(QFont::DemiBold);
        bf.setTopMargin(px * 0.6);
        break;
    case ParagraphRole::Dateline:
        cf.setFontPointSize(body.pointSizeF() * 0.82);
        cf.setFontCapitalization(QFont::SmallCaps);
        cf.setFontLetterSpacing(108);
        cf.setFontWeight(QFont::DemiBold);
        break;
    case ParagraphRole::Byline:
        cf.setFontPointSize(body.pointSizeF() * 0.92);
        cf.setFontItalic(true);
        break;
    case ParagraphRole::BlockQuote:
        cf.setFontItalic(true);
        bf.setLeftMargin(px * 1.6);
        bf.setRightMargin(px * 1.6);
        break;
    case ParagraphRole::Body:
        break;
    }
}

} // namespace

QFont bodyFont(int zoom)
{
    QFont f = QApplication::font();
    f.setFamilies(kSerifFamilies);
    f.setStyleHint(QFont::Serif, QFont::PreferQuality);
    // ~1.3× the system's UI size (10pt → 13pt): follows the user's font settings
    const qreal base = std::max<qreal>(11.0, QApplication::font().pointSizeF() * 1.3);
    f.setPointSizeF(base * zoom / 100.0);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

void applyCodeFormats(QTextDocument *doc, const Document &document, qreal bodyPointSize,
                      qreal indent)
{
    QTextCharFormat cf;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    cf.setFontFamilies(QStringList{mono.family(), QStringLiteral("monospace")});
    cf.setFontFixedPitch(true);
    cf.setFontPointSize(bodyPointSize * 0.82);
    QTextBlockFormat bf;
    bf.setLeftMargin(indent);
    bf.setLineHeight(kCodeLineHeight, QTextBlockFormat::ProportionalHeight);
    for (const Document::Block &block : document.blocks) {
        if (block.kind != Document::Block::Code)
            continue;
        QTextCursor c(doc);
        c.setPosition(int(block.start));
        c.setPosition(int(block.end), QTextCursor::KeepAnchor);
        c.mergeCharFormat(cf);
        c.mergeBlockFormat(bf);
    }
}

void apply(QTextDocument *doc, const Article &article, const Span &dateline, const QFont &body,
           bool blocksToo)
{
    const qreal px = QFontInfo(body).pixelSize();
    const bool wasModified = doc->isModified();
    if (blocksToo)
        applyLineHeights(doc);

    // Paragraphs with a role: sizes are absolute, so they are re-applied on zoom.
    for (const Paragraph &p : std::as_const(article.paragraphs)) {
        if (p.role == ParagraphRole::Body)
            continue;
        QTextCursor c(doc);
        c.setPosition(int(p.span.start));
        c.setPosition(int(p.span.end), QTextCursor::KeepAnchor);
        QTextCharFormat cf;
        QTextBlockFormat bf;
        roleFormats(p.role, body, px, cf, bf);
        c.mergeCharFormat(cf);
        c.mergeBlockFormat(bf);
    }
    applyCodeFormats(doc, article.document, body.pointSizeF(), px * 1.6);
    // A dateline opening the first paragraph ("PORTMERE, Wales –") in small capitals.
    if (!dateline.isEmpty()) {
        QTextCursor c(doc);
        c.setPosition(int(dateline.start));
        c.setPosition(int(dateline.end), QTextCursor::KeepAnchor);
        QTextCharFormat cf;
        cf.setFontCapitalization(QFont::SmallCaps);
        cf.setFontLetterSpacing(106);
        cf.setFontWeight(QFont::DemiBold);
        c.mergeCharFormat(cf);
    }
    doc->setModified(wasModified);
}

} // namespace gloss::typography
