#include "Segmenter.h"

#include "UnitScan.h"
#include "Segmenter_p.h"

using namespace Qt::StringLiterals;

namespace gloss {

using namespace segmenter;

namespace {

// --- sentence boundaries ------------------------------------------------------------------------

/** Whether a sentence may start at text[pos]: not a lower-case letter. */
bool startsSentence(QStringView text, qsizetype pos, qsizetype end)
{
    QChar c = text[pos];
    if (isOpener(c) || c.unicode() == 0x00BF || c.unicode() == 0x00A1) {
        if (pos + 1 >= end)
            return false;
        c = text[pos + 1];
        return !c.isLower() && !c.isSpace();
    }
    if (c.isLetter())
        return !c.isLower();
    return c.isDigit() || c.category() == QChar::Symbol_Currency;
}

/** Whether the word at text[pos] commonly begins a sentence (or a quotation opens there). */
bool startsWithStarter(QStringView text, qsizetype pos, qsizetype end)
{
    if (isOpener(text[pos]))
        return true;
    qsizetype e = pos;
    while (e < end && e - pos < 16 && text[e].isLetter())
        ++e;
    return isOneOf(text.sliced(pos, e - pos), kSentenceStarters);
}

/**
 * Whether the full stop at text[dot] (one stop, followed by white space and then text[next],
 * which may start a sentence) ends a sentence, or belongs to an abbreviation or initial.
 */
bool fullStopEndsSentence(QStringView text, qsizetype lo, qsizetype dot, qsizetype next,
                          qsizetype end)
{
    constexpr qsizetype kLongest = 24;
    qsizetype t = dot;
    while (t > lo && dot - t < kLongest && !text[t - 1].isSpace() && !isOpener(text[t - 1]))
        --t;
    if (dot - t >= kLongest || t == dot)
        return true;
    const QStringView word = text.sliced(t, dot - t);
    const bool numberNext = text[next].isDigit();
    if (isOneOf(word, kTitleAbbreviations))
        return false;
    if (isOneOf(word, kNumberAbbreviations))
        return !numberNext;
    if (isOneOf(word, kMonthAbbreviations))
        return !numberNext && startsWithStarter(text, next, end);
    if (word.compare("e.g"_L1, Qt::CaseInsensitive) == 0
        || word.compare("i.e"_L1, Qt::CaseInsensitive) == 0)
        return false;
    const bool initial = word.size() == 1 && word[0].isUpper() && word[0] != u'I';
    if (initial || isOneOf(word, kAmbiguousAbbreviations) || isDottedAbbreviation(word))
        return startsWithStarter(text, next, end);
    return true;
}

// --- paragraphs ---------------------------------------------------------------------------------

struct Line
{
    qsizetype start = 0; ///< first non-blank character
    qsizetype end = 0;   ///< after the last non-blank character
    qsizetype indent = 0;
    qsizetype length() const { return end - start; }
};

bool endsWithTerminal(QStringView text, const Line &line)
{
    qsizetype e = line.end;
    while (e > line.start && isCloser(text[e - 1]))
        --e;
    return e > line.start && (isTerminal(text[e - 1]) || isFullWidthTerminal(text[e - 1]));
}

/** Splits a block of consecutive non-blank lines into paragraphs. */
void splitBlock(QStringView text, const QList<Line> &block, bool linesJoin,
                QList<Paragraph> &out)
{
    if (block.isEmpty())
        return;
    if (linesJoin || block.size() == 1) {
        out.append({{block.first().start, block.last().end}, ParagraphRole::Body});
        return;
    }
    qsizetype width = 0;
    for (const Line &l : block)
        width = std::max(width, l.length());
    // Lines longer than a wrap width, or all short: one line per paragraph.
    const bool perLine = width > Segmenter::kWrapWidth || width < 40;
    qsizetype start = block.first().start;
    for (qsizetype i = 0; i + 1 < block.size(); ++i) {
        const Line &line = block[i];
        const Line &next = block[i + 1];
        bool brk = perLine;
        if (!brk && !text[next.start].isLower()) {
            // hard-wrapped prose: a paragraph ends with a short line or before an indent
            brk = line.length() * 5 < width * 3 || next.indent > line.indent
                  || (line.length() * 20 < width * 17 && endsWithTerminal(text, line));
        }
        if (brk) {
            out.append({{start, line.end}, ParagraphRole::Body});
            start = next.start;
        }
    }
    out.append({{start, block.last().end}, ParagraphRole::Body});
}

/** A short line without final punctuation inside the body: a sub-heading. */
bool readsAsSubheading(QStringView p)
{
    if (p.isEmpty() || p.size() > 80 || p.contains(u'\n'))
        return false;
    const QChar first = p.front();
    const QChar last = p.back();
    if (isOpener(first) || !(first.isUpper() || first.isDigit()))
        return false;
    if (isTerminal(last) || isCloser(last) || last == u',' || last == u';' || last == u':'
        || last == u'-' || isDashChar(last) || isFullWidthTerminal(last))
        return false;
    return !splitWords(p, 12).isEmpty();
}

} // namespace

// --- public functions ---------------------------------------------------------------------------

QList<Span> Segmenter::sentences(QStringView text, qsizetype start, qsizetype end)
{
    QList<Span> out;
    end = std::min(end, text.size());
    const auto skipSpace = [&](qsizetype i) {
        while (i < end && text[i].isSpace())
            ++i;
        return i;
    };
    qsizetype s = skipSpace(std::max<qsizetype>(start, 0));
    qsizetype i = s;
    while (i < end) {
        // most characters end nothing: ASCII other than . ! ? passed over in a tight loop
        i = skipAsciiExcept(text.utf16(), i, end, u'.', u'!', u'?');
        if (i >= end)
            break;
        const QChar c = text[i];
        if (isFullWidthTerminal(c)) {
            qsizetype k = i + 1;
            while (k < end && (isFullWidthTerminal(text[k]) || isCloser(text[k])))
                ++k;
            const qsizetype m = skipSpace(k);
            if (m >= end)
                break;
            out.append({s, k});
            s = i = m;
            continue;
        }
        if (!isTerminal(c)) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < end && isTerminal(text[j]))
            ++j;
        qsizetype k = j;
        while (k < end && isCloser(text[k]))
            ++k;
        if (k >= end)
            break;
        if (!text[k].isSpace()) { // 1.4, U.S, example.com, "Why?”, he asked"
            i = k;
            continue;
        }
        const qsizetype m = skipSpace(k);
        if (m >= end)
            break;
        const bool singleStop = c == u'.' && j == i + 1;
        if (!startsSentence(text, m, end)
            || (singleStop && !fullStopEndsSentence(text, s, i, m, end))) {
            i = m;
            continue;
        }
        out.append({s, k});
        s = i = m;
    }
    qsizetype e = end;
    while (e > s && text[e - 1].isSpace())
        --e;
    if (e > s)
        out.append({s, e});
    return out;
}

namespace {

/** Step 1: paragraphs, blocks of non-blank lines split into lines or hard-wrapped prose. */
void splitParagraphs(QStringView text, bool marked, QList<Paragraph> &paragraphs)
{
    QList<Line> block;
    for (qsizetype pos = 0; pos <= text.size();) {
        qsizetype eol = text.indexOf(u'\n', pos);
        if (eol < 0)
            eol = text.size();
        Line line{pos, eol, 0};
        while (line.start < eol && isBlank(text[line.start]))
            line.indent += text[line.start++] == u'\t' ? 4 : 1;
        while (line.end > line.start && isBlank(text[line.end - 1]))
            --line.end;
        if (line.start == line.end) {
            splitBlock(text, block, marked, paragraphs);
            block.clear();
        } else {
            block.append(line);
        }
        pos = eol + 1;
    }
    splitBlock(text, block, marked, paragraphs);
}

/** Step 2: roles from the markup (headings, block quotes); the headline's index or -1. */
int markupRoles(const Document &doc, QList<Paragraph> &paras)
{
    int headline = -1;
    for (int i = 0, b = 0; i < paras.size() && b < doc.blocks.size(); ++i) {
        while (b < doc.blocks.size() && doc.blocks[b].end <= paras[i].span.start)
            ++b;
        if (b >= doc.blocks.size() || doc.blocks[b].start >= paras[i].span.end)
            continue;
        const Document::Block &blk = doc.blocks[b];
        if (blk.kind == Document::Block::Heading) {
            paras[i].role = ParagraphRole::Heading;
            if (blk.level == 1 && headline < 0) {
                paras[i].role = ParagraphRole::Headline;
                headline = i;
            }
        } else if (blk.kind == Document::Block::BlockQuote) {
            paras[i].role = ParagraphRole::BlockQuote;
        }
    }
    return headline;
}

} // namespace

int Segmenter::headRoles(Article &article, QStringView text, int headline)
{
    // the head between the headline and the body: byline, date, sub-title
    QList<Paragraph> &paras = article.paragraphs;
    const int n = static_cast<int>(paras.size());
    const auto paraText = [&](int i) {
        return text.sliced(paras[i].span.start, paras[i].span.length());
    };
    for (int i = headline + 1; i < n && i <= headline + 5; ++i) {
        const QStringView p = paraText(i);
        if (paras[i].role == ParagraphRole::Heading)
            continue;
        if (paras[i].role != ParagraphRole::Body)
            break;
        if (isByline(p)) {
            paras[i].role = ParagraphRole::Byline;
            if (article.byline.isEmpty())
                article.byline = p.toString();
            continue;
        }
        if (isDateLine(p)) {
            paras[i].role = ParagraphRole::Dateline;
            continue;
        }
        const Dateline d = findDateline(p);
        if (d.found() && d.end >= p.size()) {
            paras[i].role = ParagraphRole::Dateline;
            if (article.dateline.isEmpty())
                article.dateline = p.first(d.placeEnd).toString();
            continue;
        }
        if (headline >= 0 && i + 1 < n && readsAsHeadline(p)
            && (isByline(paraText(i + 1)) || isDateLine(paraText(i + 1)))) {
            paras[i].role = ParagraphRole::Heading; // a sub-title above the byline
            continue;
        }
        return i;
    }
    return -1;
}

void Segmenter::segment(Article &article)
{
    const Document &doc = article.document;
    const QString &text = doc.text();
    const QStringView view(text);
    article.paragraphs.clear();
    article.sentences.clear();
    article.title.clear();
    article.dateline.clear();
    article.byline.clear();

    // 1. Paragraphs: blocks of non-blank lines, split into lines or hard-wrapped prose.
    const bool marked = !doc.blocks.isEmpty() || (!doc.format.isEmpty() && doc.format != u"text");
    splitParagraphs(view, marked, article.paragraphs);
    QList<Paragraph> &paras = article.paragraphs;
    const int n = static_cast<int>(paras.size());
    const auto paraText = [&](int i) {
        return view.sliced(paras[i].span.start, paras[i].span.length());
    };

    // 2. Roles from the markup (headings, block quotes).
    int headline = markupRoles(doc, paras);

    // 3. Headline: the first line when it reads as one and something follows.
    if (headline < 0 && n >= 2 && paras[0].role != ParagraphRole::BlockQuote
        && readsAsHeadline(paraText(0))) {
        paras[0].role = ParagraphRole::Headline;
        headline = 0;
    }

    // 4. The head between the headline and the body: byline, date, sub-title.
    const int firstBody = headRoles(article, view, headline);

    // 5. Dateline: a prefix of the first body paragraph.
    qsizetype bodyStart = -1;
    if (firstBody >= 0 && article.dateline.isEmpty()) {
        const Dateline d = findDateline(paraText(firstBody));
        if (d.found()) {
            article.dateline = paraText(firstBody).first(d.placeEnd).toString();
            bodyStart = paras[firstBody].span.start + d.end;
        }
    }

    // 6. Sub-headings inside a plain-text body.
    if (!marked && firstBody >= 0) {
        for (int i = firstBody + 1; i + 1 < n; ++i) {
            if (paras[i].role == ParagraphRole::Body && readsAsSubheading(paraText(i)))
                paras[i].role = ParagraphRole::Heading;
        }
    }

    if (headline >= 0)
        article.title = paraText(headline).toString();
    else
        article.title = doc.metaTitle.trimmed();

    // 7. Sentences of every paragraph.
    for (int i = 0; i < n; ++i) {
        const qsizetype from = i == firstBody && bodyStart >= 0 ? bodyStart : paras[i].span.start;
        const QList<Span> spans = sentences(view, from, paras[i].span.end);
        for (const Span &s : spans)
            article.sentences.append({s, i});
    }
}

} // namespace gloss
