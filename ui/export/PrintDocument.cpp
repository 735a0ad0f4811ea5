#include "PrintDocument.h"

#include "ArticleIndex.h"
#include "articleview/ArticleTypography.h"
#include "export/NoteExport.h"
#include "export/ArticleFacts.h"
#include "export/NoteOrder.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>

namespace gloss::PrintDocument {

using NoteExport::NoteEntry;
using NoteExport::NoteOrder;

namespace {

const QStringList kSerifFamilies = {
    QStringLiteral("Source Serif 4"), QStringLiteral("Charter"), QStringLiteral("Georgia"),
    QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif"),
    QStringLiteral("Times New Roman"), QStringLiteral("serif")};
const QStringList kSansFamilies = {QStringLiteral("Source Sans 3"), QStringLiteral("Noto Sans"),
                                   QStringLiteral("DejaVu Sans"), QStringLiteral("Arial"),
                                   QStringLiteral("sans-serif")};
/** Longest passage quoted with an endnote or an orphan. */
constexpr qsizetype kPassageLength = 280;
/** Share of the page width given to the article when the notes are in the margin. */
constexpr int kTextColumnPercent = 64;

QTextCharFormat fontFormat(const QStringList &families, qreal points, int weight = QFont::Normal)
{
    QTextCharFormat f;
    f.setFontFamilies(families);
    f.setFontPointSize(points);
    f.setFontWeight(weight);
    return f;
}

QTextCharFormat serif(qreal points, int weight = QFont::Normal)
{
    return fontFormat(kSerifFamilies, points, weight);
}

QTextCharFormat sans(qreal points, int weight = QFont::Normal)
{
    return fontFormat(kSansFamilies, points, weight);
}

QColor noteColor(const Annotation &a)
{
    const QString hex = Annotation::colorHex(a.color);
    return QColor(hex.isEmpty() ? Annotation::colorHex(Annotation::defaultColor()) : hex);
}

/** Headline, headings, dateline, byline, block quotes and code styled as in the reading view. */
void typeset(QTextDocument &doc, const Article &article, const ArticleIndex &index, qreal pt)
{
    QTextCursor all(&doc);
    all.select(QTextCursor::Document);
    QTextBlockFormat body;
    body.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    all.setBlockFormat(body);
    all.setCharFormat(serif(pt));
    QTextBlockFormat gap; // the empty line between paragraphs
    gap.setLineHeight(45, QTextBlockFormat::ProportionalHeight);
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.length() == 1)
            QTextCursor(b).setBlockFormat(gap);
    }
    for (const Paragraph &p : article.paragraphs) {
        if (p.role == ParagraphRole::Body)
            continue;
        QTextCursor c(&doc);
        c.setPosition(int(p.span.start));
        c.setPosition(int(p.span.end), QTextCursor::KeepAnchor);
        QTextCharFormat cf;
        QTextBlockFormat bf;
        switch (p.role) {
        case ParagraphRole::Headline:
            cf.setFontPointSize(pt * 1.9);
            cf.setFontWeight(QFont::Bold);
            bf.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
            break;
        case ParagraphRole::Heading:
            cf.setFontPointSize(pt * 1.25);
            cf.setFontWeight(QFont::DemiBold);
            break;
        case ParagraphRole::Dateline:
            cf.setFontPointSize(pt * 0.85);
            cf.setFontCapitalization(QFont::AllUppercase); // small caps print far too small
            cf.setFontWeight(QFont::DemiBold);
            break;
        case ParagraphRole::Byline:
            cf.setFontPointSize(pt * 0.92);
            cf.setFontItalic(true);
            break;
        case ParagraphRole::BlockQuote:
            cf.setFontItalic(true);
            bf.setLeftMargin(pt * 2);
            bf.setRightMargin(pt * 2);
            break;
        case ParagraphRole::Body:
            break;
        }
        c.mergeCharFormat(cf);
        c.mergeBlockFormat(bf);
    }
    typography::applyCodeFormats(&doc, article.document, pt, pt * 2);
    const Span dl = index.datelineSpan();
    if (!dl.isEmpty()) {
        QTextCursor c(&doc);
        c.setPosition(int(dl.start));
        c.setPosition(int(dl.end), QTextCursor::KeepAnchor);
        QTextCharFormat cf;
        cf.setFontCapitalization(QFont::AllUppercase);
        cf.setFontPointSize(pt * 0.85);
        cf.setFontWeight(QFont::DemiBold);
        c.mergeCharFormat(cf);
    }
}

/**
 * The reading view's colours (ArticleHighlighter: the lexical layer, speaker tints, entity
 * underlines), made the text's own character formats, so that they survive copying.
 */
void colour(QTextDocument &doc, const Article &article, const ArticleIndex &index,
            const ReadingTheme &theme, const Options &options)
{
    ArticleHighlighter highlighter;
    highlighter.setArticle(&article, &index);
    highlighter.setReadingTheme(theme);
    highlighter.setLayers(options.layers);
    highlighter.setHiddenSpeakers(options.hiddenSpeakers);
    highlighter.attach(&doc);
    highlighter.highlightBlocks(0, doc.blockCount() - 1);
    highlighter.attach(nullptr);
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QList<QTextLayout::FormatRange> ranges = b.layout()->formats();
        b.layout()->clearFormats();
        for (const QTextLayout::FormatRange &r : ranges) {
            QTextCursor c(&doc);
            c.setPosition(b.position() + r.start);
            c.setPosition(b.position() + r.start + r.length, QTextCursor::KeepAnchor);
            c.mergeCharFormat(r.format);
        }
    }
}

/** Each placed note's passage in its colour (the innermost note on top). */
void markPassages(QTextDocument &doc, const NoteOrder &order)
{
    QList<const NoteEntry *> byNesting;
    for (const NoteEntry &e : order.placed)
        byNesting.append(&e);
    // outer passages first, so that a passage inside another shows its own colour
    std::stable_sort(byNesting.begin(), byNesting.end(),
                     [](const NoteEntry *a, const NoteEntry *b) {
                         return a->note->span.length() > b->note->span.length();
                     });
    const int end = doc.characterCount() - 1;
    for (const NoteEntry *e : std::as_const(byNesting)) {
        const Span s = e->note->span;
        if (s.isEmpty() || s.end > end)
            continue;
        QTextCharFormat f;
        f.setBackground(colors::mix(noteColor(*e->note), Qt::white, 0.35));
        QTextCursor cur(&doc);
        cur.setPosition(int(s.start));
        cur.setPosition(int(s.end), QTextCursor::KeepAnchor);
        cur.mergeCharFormat(f);
    }
}

QTextCharFormat numberFormat(qreal pt)
{
    QTextCharFormat f = sans(pt * 0.95, QFont::Bold);
    f.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    f.setForeground(QColor(0x1c, 0x5d, 0x99)); // the HTML export's reference colour
    return f;
}

/** The notes' numbers in superscript where their passages end (after the last word). */
void insertNumbers(QTextDocument &doc, const NoteOrder &order, qreal pt)
{
    QMap<qsizetype, QStringList> at; // end of passage -> numbers
    const int last = doc.characterCount() - 1;
    for (const NoteEntry &e : order.placed) {
        qsizetype end = std::min<qsizetype>(e.note->span.end, last);
        // a passage ending on a line break is numbered before it
        while (end > e.note->span.start && doc.characterAt(int(end - 1)).isSpace())
            --end;
        at[end].append(QString::number(e.number));
    }
    const QTextCharFormat f = numberFormat(pt);
    for (auto it = at.constEnd(); it != at.constBegin();) {
        --it;
        QTextCursor c(&doc);
        c.setPosition(int(it.key()));
        c.insertText(it.value().join(u','), f);
    }
}

/** Starts a block: the cell's or document's empty first one, or a new one. */
void startBlock(QTextCursor &c, bool &fresh, const QTextBlockFormat &bf,
                const QTextCharFormat &cf)
{
    if (fresh) {
        c.setBlockFormat(bf);
        c.setBlockCharFormat(cf);
        c.setCharFormat(cf);
        fresh = false;
    } else {
        c.insertBlock(bf, cf);
    }
}

enum class NoteStyle { Margin, Full };

/** One note: a swatch of its colour and its number, then the passage (Full), text, tags. */
void appendNote(QTextCursor &c, bool &fresh, const NoteEntry &e, NoteStyle style,
                const ReadingTheme &theme, qreal pt)
{
    const Annotation &a = *e.note;
    const qreal size = style == NoteStyle::Margin ? pt * 0.8 : pt * 0.9;
    const QColor muted = colors::ensureContrast(theme.mutedText(), Qt::white, 4.5);
    QTextBlockFormat head;
    head.setTopMargin(fresh ? 0 : size * 0.9);
    head.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    QTextCharFormat bold = sans(size, QFont::Bold);
    startBlock(c, fresh, head, bold);
    QTextCharFormat swatch = bold;
    swatch.setForeground(noteColor(a).darker(115));
    c.insertText(QStringLiteral("■ "), swatch);
    c.insertText(style == NoteStyle::Full ? QString::number(e.number) + u'.'
                                          : QString::number(e.number),
                 bold);
    if (style == NoteStyle::Full && !e.speaker.isEmpty()) {
        QTextCharFormat who = sans(size);
        who.setForeground(muted);
        const QString quoted =
            QCoreApplication::translate("gloss::PrintDocument", "%1, quoted").arg(e.speaker);
        c.insertText(QStringLiteral("  ") + quoted, who);
    }
    QTextBlockFormat body;
    body.setTopMargin(size * 0.2);
    if (a.isArticleNote()) {
        QTextCharFormat whole = sans(size);
        whole.setForeground(muted);
        c.insertText(QStringLiteral("  ") + QCoreApplication::translate("gloss::PrintDocument",
                                                                        "On the whole article"),
                     whole);
    } else if (style == NoteStyle::Full && !e.passage.isEmpty()) {
        QString passage = e.passage.simplified();
        if (passage.size() > kPassageLength)
            passage = passage.left(kPassageLength - 1) + u'…';
        QTextCharFormat quoted = serif(size);
        quoted.setFontItalic(true);
        quoted.setForeground(muted);
        QTextBlockFormat indent = body;
        indent.setLeftMargin(size);
        c.insertBlock(indent, quoted);
        c.insertText(u'“' + passage + u'”', quoted);
    }
    const QTextCharFormat plain = sans(size);
    const QString text = a.text.trimmed();
    for (const QString &para : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        c.insertBlock(body, plain);
        QString t = para.trimmed();
        t.replace(u'\n', QChar::LineSeparator);
        c.insertText(t, plain);
    }
    if (!a.tags.isEmpty()) {
        QTextCharFormat tags = sans(size * 0.95);
        tags.setForeground(muted);
        c.insertBlock(body, tags);
        c.insertText(u'#' + a.tags.join(QStringLiteral("  #")), tags);
    }
}

void appendHeading(QTextCursor &c, bool &fresh, const QString &text, qreal pt)
{
    QTextBlockFormat bf;
    bf.setTopMargin(fresh ? 0 : pt * 1.6);
    bf.setBottomMargin(pt * 0.5);
    bf.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    const QTextCharFormat cf = sans(pt * 1.15, QFont::DemiBold);
    startBlock(c, fresh, bf, cf);
    c.insertText(text, cf);
}

void appendHeader(QTextCursor &c, bool &fresh, const Article &article, const NoteOrder &order,
                  const Options &options, const ReadingTheme &theme)
{
    const qreal pt = options.pointSize;
    const bool hasHeadline = std::any_of(article.paragraphs.cbegin(), article.paragraphs.cend(),
                                         [](const Paragraph &p) {
                                             return p.role == ParagraphRole::Headline;
                                         });
    if (!hasHeadline) {
        const QTextCharFormat title = serif(pt * 1.9, QFont::Bold);
        startBlock(c, fresh, QTextBlockFormat(), title);
        c.insertText(NoteExport::articleTitle(article), title);
    }
    const NoteExport::SourceMeta source = NoteExport::sourceMeta(article);
    QStringList lines;
    lines.append(QCoreApplication::translate("gloss::PrintDocument", "Source: %1")
                     .arg(NoteExport::articleSource(article)));
    if (!source.site.isEmpty())
        lines.append(QCoreApplication::translate("gloss::PrintDocument", "Site: %1")
                         .arg(source.site));
    if (!source.author.isEmpty())
        lines.append(QCoreApplication::translate("gloss::PrintDocument", "Author: %1")
                         .arg(source.author));
    if (source.published.isValid())
        lines.append(QCoreApplication::translate("gloss::PrintDocument", "Published %1")
                         .arg(NoteExport::publishedDate(source.published)));
    QString printed = QCoreApplication::translate("gloss::PrintDocument", "Printed %1")
                          .arg(NoteExport::exportDate(options.printedAt, options.locale));
    printed += QStringLiteral(" · ")
               + QCoreApplication::translate("gloss::PrintDocument", "%n note(s)", nullptr,
                                             int(order.size()));
    if (!order.orphans.isEmpty())
        printed += QCoreApplication::translate("gloss::PrintDocument", ", %1 orphaned")
                       .arg(order.orphans.size());
    lines.append(printed);
    QTextCharFormat meta = sans(pt * 0.78);
    meta.setForeground(colors::ensureContrast(theme.mutedText(), Qt::white, 4.5));
    QTextBlockFormat bf;
    bf.setBottomMargin(pt * 0.6);
    bf.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                   QTextLength(QTextLength::PercentageLength, 100));
    startBlock(c, fresh, bf, meta);
    c.insertText(lines.join(QChar::LineSeparator), meta);
}

/** The article in the left column, each note beside the paragraph its passage starts in. */
void appendMarginTable(QTextCursor &c, bool &fresh, QTextDocument &src,
                       const QHash<int, QList<const NoteEntry *>> &cardsByBlock,
                       const ReadingTheme &theme, qreal pt)
{
    // rows: a paragraph with notes starts a row; the paragraphs without notes that follow it
    // share it (fewer, longer rows lay out faster and break across pages like text)
    struct Row
    {
        int first = -1;
        int last = -1;
    };
    QList<Row> rows;
    for (QTextBlock b = src.begin(); b.isValid(); b = b.next()) {
        const int n = b.blockNumber();
        const bool empty = b.length() == 1;
        if (rows.isEmpty() || (cardsByBlock.contains(n) && rows.last().first != n)) {
            if (empty && !cardsByBlock.contains(n))
                continue; // a gap before any row
            rows.append(Row{n, n});
        }
        if (!empty)
            rows.last().last = n;
    }
    if (rows.isEmpty())
        return;
    if (fresh) {
        c.insertBlock(); // a table cannot be the document's first thing to stay editable
        fresh = false;
    }
    QTextTableFormat tf;
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    tf.setBorder(0);
    tf.setCellSpacing(0);
    tf.setCellPadding(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, kTextColumnPercent),
                                  QTextLength(QTextLength::PercentageLength,
                                              100 - kTextColumnPercent)});
    QTextTable *table = c.insertTable(int(rows.size()), 2, tf);
    for (int r = 0; r < rows.size(); ++r) {
        const Row row = rows.at(r);
        QTextTableCell left = table->cellAt(r, 0);
        QTextTableCellFormat lf = left.format().toTableCellFormat();
        lf.setBottomPadding(pt * 0.9);
        lf.setRightPadding(pt * 1.4);
        left.setFormat(lf);
        const QTextBlock first = src.findBlockByNumber(row.first);
        const QTextBlock last = src.findBlockByNumber(row.last);
        QTextCursor sel(&src);
        sel.setPosition(first.position());
        sel.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        QTextCursor into = left.firstCursorPosition();
        into.setBlockFormat(first.blockFormat());
        into.insertFragment(QTextDocumentFragment(sel));

        const QList<const NoteEntry *> cards = cardsByBlock.value(row.first);
        if (cards.isEmpty())
            continue;
        QTextTableCell right = table->cellAt(r, 1);
        QTextTableCellFormat rf = right.format().toTableCellFormat();
        rf.setLeftPadding(pt * 0.9);
        rf.setBottomPadding(pt * 0.9);
        rf.setTopPadding(pt * 0.25);
        right.setFormat(rf);
        QTextCursor side = right.firstCursorPosition();
        bool cellFresh = true;
        for (const NoteEntry *e : cards)
            appendNote(side, cellFresh, *e, NoteStyle::Margin, theme, pt);
    }
    c.movePosition(QTextCursor::End);
}

} // namespace

ReadingTheme paperTheme(const ReadingTheme &theme)
{
    if (theme.isValid() && !theme.isDark())
        return theme;
    return ReadingTheme(themes::repository().defaultTheme(
        KSyntaxHighlighting::Repository::LightTheme));
}

std::unique_ptr<QTextDocument> build(const Article &article, const QList<Annotation> &notes,
                                     const Options &options)
{
    const qreal pt = options.pointSize;
    const ReadingTheme theme = paperTheme(options.theme);
    const NoteOrder order = NoteOrder::of(article, notes);

    // the article's text, typeset, coloured, its passages marked and numbered
    QTextDocument src;
    src.setUndoRedoEnabled(false);
    src.setPlainText(article.document.text());
    ArticleIndex index;
    index.build(article, &src);
    typeset(src, article, index, pt);
    colour(src, article, index, theme, options);
    markPassages(src, order);
    // cards beside the paragraph their passage starts in; the notes on the whole article at
    // the top, beside the first paragraph (as in the reading view's margin)
    QHash<int, QList<const NoteEntry *>> cardsByBlock;
    for (const NoteEntry &e : order.articleNotes)
        cardsByBlock[0].append(&e);
    for (const NoteEntry &e : order.placed) {
        const QTextBlock b = src.findBlock(int(e.note->span.start));
        cardsByBlock[b.isValid() ? b.blockNumber() : 0].append(&e);
    }
    insertNumbers(src, order, pt); // block numbers stay as they are

    auto out = std::make_unique<QTextDocument>();
    out->setUndoRedoEnabled(false);
    QFont base;
    base.setFamilies(kSerifFamilies);
    base.setPointSizeF(pt);
    out->setDefaultFont(base);
    out->setMetaInformation(QTextDocument::DocumentTitle, NoteExport::articleTitle(article));
    QTextCursor c(out.get());
    bool fresh = true;
    appendHeader(c, fresh, article, order, options, theme);
    if (options.notes == NotePlacement::Margin
        && !(order.placed.isEmpty() && order.articleNotes.isEmpty())) {
        appendMarginTable(c, fresh, src, cardsByBlock, theme, pt);
    } else {
        if (fresh) {
            fresh = false;
        } else {
            c.insertBlock();
        }
        c.insertFragment(QTextDocumentFragment(&src));
        if (!order.placed.isEmpty() || !order.articleNotes.isEmpty()) {
            appendHeading(c, fresh, QCoreApplication::translate("gloss::PrintDocument", "Notes"),
                          pt);
            for (const NoteEntry &e : order.articleNotes)
                appendNote(c, fresh, e, NoteStyle::Full, theme, pt);
            for (const NoteEntry &e : order.placed)
                appendNote(c, fresh, e, NoteStyle::Full, theme, pt);
        }
    }
    if (!order.orphans.isEmpty()) {
        appendHeading(c, fresh,
                      QCoreApplication::translate("gloss::PrintDocument", "Orphaned notes"), pt);
        QTextCharFormat why = sans(pt * 0.85);
        c.insertBlock(QTextBlockFormat(), why);
        c.insertText(QCoreApplication::translate(
                         "gloss::PrintDocument",
                         "These notes could not be placed in the current text of the article; "
                         "each shows its last known passage."),
                     why);
        for (const NoteEntry &e : order.orphans)
            appendNote(c, fresh, e, NoteStyle::Full, theme, pt);
    }
    return out;
}

void print(QTextDocument &document, QPagedPaintDevice *device)
{
    document.print(device); // 2 cm margins and page numbers (an unpaginated document)
}

bool writePdf(QTextDocument &document, const QString &path, const QString &title,
              const QPageSize &pageSize, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(pageSize);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(300);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Gloss"));
        print(document, &pdf);
    }
    if (file.error() != QFileDevice::NoError || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QPageSize defaultPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Philippines:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

} // namespace gloss::PrintDocument
