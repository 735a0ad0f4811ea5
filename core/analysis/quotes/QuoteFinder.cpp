#include "QuoteFinder.h"

#include "Lexicon.h"
#include "TextScan.h"
#include "TranscriptTurns_p.h"
#include "text/UnitScan.h"

#include <algorithm>
#include <limits>

namespace gloss {

using namespace quotes;

namespace {

enum class Role { None, Open, Close, Either };

struct Pending
{
    qsizetype raw = -1;   ///< index into the raw quote list
    bool isDouble = true;
    bool straight = false;
};

struct Raw
{
    qsizetype start = 0;
    qsizetype end = -1;
    qsizetype firstEnd = -1; ///< end of the first paragraph's words of a multi-paragraph quote
    qsizetype parent = -1;
    int paragraph = -1;
    bool valid = false;
};

bool opensBefore(QChar c)
{
    return c.isSpace() || c == u'(' || c == u'[' || c == u'{' || c == u'<' || c == u'/'
           || isDash(c) || isQuoteMark(c);
}

bool closesAfter(QChar c)
{
    switch (c.unicode()) {
    case u'.': case u',': case u';': case u':': case u'!': case u'?': case u')': case u']':
    case u'}': case u'>': case u'/': case 0x2026:
        return true;
    default:
        return c.isSpace() || isDash(c) || isQuoteMark(c);
    }
}

/** An apostrophe at the start of a word: '90s, 'n', 'em, 'tis. */
bool isLeadingElision(const QString &text, qsizetype i, qsizetype end)
{
    qsizetype j = i + 1;
    if (j < end && text[j].isDigit()) { // '90s, '05
        while (j < end && text[j].isDigit())
            ++j;
        return j - (i + 1) == 2 && (j >= end || !text[j].isLetterOrNumber() || text[j] == u's');
    }
    while (j < end && text[j].isLetterOrNumber())
        ++j;
    const qsizetype len = j - (i + 1);
    if (len == 0)
        return false;
    const QStringView word = QStringView(text).mid(i + 1, len);
    if (len == 1 && j < end && isSingleQuoteMark(text[j]))
        return true; // rock 'n' roll
    static const WordSet elisions{u"em", u"tis", u"twas", u"til", u"cause", u"bout", u"n",
                                  u"cos", u"round", u"till", u"ello", u"ere"};
    return elisions.contains(word) && (j >= end || !isSingleQuoteMark(text[j]));
}

Role roleOf(const QString &text, qsizetype i, qsizetype paraStart, qsizetype paraEnd)
{
    const QChar c = text[i];
    const bool hasPrev = i > paraStart;
    const bool hasNext = i + 1 < paraEnd;
    const QChar prev = hasPrev ? text[i - 1] : QChar(u' ');
    const QChar next = hasNext ? text[i + 1] : QChar(u' ');
    const bool openCtx = !hasPrev || opensBefore(prev);
    const bool closeCtx = !hasNext || closesAfter(next);
    switch (c.unicode()) {
    case u'"': case 0x201F:
        if (openCtx && !closeCtx)
            return Role::Open;
        if (closeCtx && !openCtx)
            return Role::Close;
        return Role::Either;
    case 0x201C: case 0x201E: case 0x00AB:
        return (!openCtx && closeCtx) ? Role::Either : Role::Open;
    case 0x201D: case 0x00BB:
        return (openCtx && !closeCtx) ? Role::Either : Role::Close;
    default:
        break;
    }
    // single marks
    if (prev.isLetterOrNumber() && next.isLetterOrNumber() && hasPrev && hasNext)
        return Role::None; // didn't, Kim's
    if (openCtx && hasNext && next.isLetterOrNumber())
        return isLeadingElision(text, i, paraEnd) ? Role::None : Role::Open;
    if (!openCtx && closeCtx)
        return Role::Close; // a close, or a plural possessive (players') when nothing is open
    return Role::None;
}

bool hasLetters(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

void trim(const QString &text, qsizetype &start, qsizetype &end)
{
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
}

bool titleCased(QStringView words)
{
    const Words ws = wordsIn(words, 0, words.size(), 13);
    if (ws.isEmpty() || ws.size() > 12)
        return false;
    static const WordSet small{u"a", u"an", u"the", u"of", u"and", u"or", u"in", u"on",
                               u"to", u"for", u"with", u"at", u"by", u"from", u"is", u"my"};
    if (!words.mid(ws.first().start).front().isUpper())
        return false;
    int capitals = 0, lowers = 0;
    for (const Word &w : ws) {
        const QStringView t = words.mid(w.start, w.end - w.start);
        if (t.front().isUpper() || t.front().isDigit())
            ++capitals;
        else if (!small.contains(t))
            ++lowers;
    }
    return lowers == 0 && capitals >= 1;
}

/** A work's title: title-cased words with a work noun (film, song, …) next to the quote. */
bool isTitle(const QString &text, qsizetype start, qsizetype end, Span para)
{
    const QStringView words = QStringView(text).mid(start, end - start);
    if (words.isEmpty() || !titleCased(words))
        return false;
    const QChar last = words.back();
    if (last == u'.' || last == u',' || last == u'!' || last == u'?')
        return false;
    const Words before = wordsIn(text, std::max(para.start, start - 60), start);
    for (qsizetype k = std::max<qsizetype>(0, before.size() - 3); k < before.size(); ++k) {
        const QStringView w = QStringView(text).mid(before[k].start, before[k].end - before[k].start);
        if (lexicon::workNouns().contains(stripPossessive(w)))
            return true;
    }
    const Words after = wordsIn(text, end, std::min(para.end, end + 40), 4);
    for (qsizetype k = 0; k < std::min<qsizetype>(4, after.size()); ++k) {
        const QStringView w = QStringView(text).mid(after[k].start, after[k].end - after[k].start);
        if (lexicon::workNouns().contains(w))
            return true;
    }
    return false;
}

} // namespace

bool QuoteFinder::isTitleCased(QStringView words)
{
    return titleCased(words);
}

bool QuoteFinder::isFragment(QStringView words)
{
    if (wordsIn(words, 0, words.size(), 8).size() >= 8)
        return false;
    qsizetype end = words.size();
    while (end > 0 && (words[end - 1].isSpace() || isQuoteMark(words[end - 1])))
        --end;
    if (end > 0) {
        const QChar last = words[end - 1];
        if (last == u'.' || last == u'!' || last == u'?' || last == u',' || last == u'\u2026')
            return false;
    }
    return true;
}

QList<Quote> QuoteFinder::find(const Article &article)
{
    if (article.paragraphs.isEmpty() && !article.document.text().isEmpty()) {
        const QList<Paragraph> whole{{{0, article.document.text().size()}, ParagraphRole::Body}};
        return find(article.document.text(), whole);
    }
    return find(article.document.text(), article.paragraphs);
}

namespace {

/** The quotes of the marks found (@p raws, in opening order, which is text order). */
QList<Quote> quotesOf(const QString &text, const QList<Paragraph> &paragraphs,
                      const QList<Raw> &raws)
{
    // raw order is opening order, which is text order; drop invalid ones, re-link parents
    QList<qsizetype> finalIndex(raws.size(), -1);
    QList<Quote> out;
    for (qsizetype k = 0; k < raws.size(); ++k) {
        const Raw &r = raws[k];
        if (!r.valid)
            continue;
        qsizetype parent = r.parent;
        while (parent >= 0 && finalIndex[parent] < 0)
            parent = raws[parent].parent;
        Quote q;
        q.span = {r.start, r.end};
        q.paragraph = r.paragraph;
        q.parent = parent >= 0 ? static_cast<int>(finalIndex[parent]) : -1;
        const Span para = paragraphs[r.paragraph].span;
        const Span textSpan = quoteTextSpan(text, q.span, para);
        const QStringView words = QStringView(text).mid(textSpan.start, textSpan.length());
        if (isTitle(text, r.start, textSpan.end, para))
            q.kind = QuoteKind::Title;
        else
            q.kind = QuoteFinder::isFragment(words) ? QuoteKind::Scare : QuoteKind::Direct;
        finalIndex[k] = out.size();
        out.append(std::move(q));
    }
    return out;
}

/**
 * @p quotes (of the quote marks, in text order) with the turns of a transcript in the text
 * among them: each a direct quote whose label is its speaker's mention and whose colon is its
 * cue; a quote inside a turn is nested in it. A turn inside a quote of several paragraphs is
 * that quote's words, not one of its own.
 */
QList<Quote> withTurns(const QList<quotes::TranscriptTurn> &turns, QList<Quote> quotes)
{
    if (turns.isEmpty())
        return quotes;
    QList<Quote> out;
    out.reserve(quotes.size() + turns.size());
    QList<int> newIndex(quotes.size(), -1);
    qsizetype k = 0; // the next quote of the marks
    int turn = -1;   // index in out of the turn the quotes are in, or -1
    qsizetype turnEnd = -1;
    qsizetype quotedTo = -1; // the end of the quotes of the marks taken so far, at the top level
    const auto takeQuotesBefore = [&](qsizetype pos) {
        for (; k < quotes.size() && quotes[k].span.start < pos; ++k) {
            Quote q = std::move(quotes[k]);
            if (q.parent >= 0)
                q.parent = newIndex[q.parent];
            else if (turn >= 0 && q.span.end <= turnEnd)
                q.parent = turn;
            else
                quotedTo = std::max(quotedTo, q.span.end);
            newIndex[k] = int(out.size());
            out.append(q);
        }
    };
    for (const quotes::TranscriptTurn &t : turns) {
        takeQuotesBefore(t.words.start);
        if (quotedTo > t.words.start)
            continue;
        Quote q;
        q.span = t.words;
        q.kind = QuoteKind::Direct;
        q.paragraph = t.paragraph;
        q.cueSpan = t.colon;
        q.speakerMention = t.label;
        turn = int(out.size());
        turnEnd = t.words.end;
        out.append(q);
    }
    takeQuotesBefore(std::numeric_limits<qsizetype>::max());
    return out;
}

} // namespace

QList<Quote> QuoteFinder::find(const QString &text, const QList<Paragraph> &paragraphs)
{
    QList<Raw> raws;
    QList<Pending> stack;

    auto close = [&](qsizetype level, qsizetype endPos) {
        Raw &r = raws[stack[level].raw];
        qsizetype s = r.start, e = endPos;
        trim(text, s, e);
        r.start = s;
        r.end = e;
        if (r.firstEnd >= 0 && r.firstEnd > e)
            r.firstEnd = e;
        r.valid = e > s && hasLetters(QStringView(text).mid(s, e - s));
        stack.resize(level);
    };
    auto topDouble = [&]() {
        for (qsizetype k = stack.size() - 1; k >= 0; --k) {
            if (stack[k].isDouble)
                return k;
        }
        return qsizetype(-1);
    };

    quotes::TranscriptTurns turns;
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        const Span para = paragraphs[p].span;
        turns.read(text, paragraphs[p], int(p)); // (its first words, read with its marks)
        qsizetype i = para.start;
        if (!stack.isEmpty()) { // a quote carried over: skip the repeated opening mark
            while (i < para.end && text[i].isSpace())
                ++i;
            ++i;
        }
        for (; i < para.end; ++i) {
            // to the next ASCII quotation mark or unit beyond ASCII, eight units at a time
            i = skipAsciiExcept(QStringView(text).utf16(), i, para.end, u'"', u'\'', u'"');
            if (i >= para.end)
                break;
            const QChar c = text[i];
            if (!isQuoteMark(c))
                continue;
            const bool isDouble = isDoubleQuoteMark(c);
            Role role = roleOf(text, i, para.start, para.end);
            if (role == Role::None)
                continue;
            if (isDouble) {
                const qsizetype td = topDouble();
                if (role == Role::Either)
                    role = td >= 0 ? Role::Close : Role::Open;
                if (role == Role::Open && td >= 0) {
                    // a double quote opened inside an open double quote: the earlier one was
                    // left unclosed; end it here (news text does not nest double quotes)
                    close(td, i);
                }
                if (role == Role::Close) {
                    if (td >= 0)
                        close(td, i);
                    continue;
                }
            } else {
                if (role == Role::Either)
                    role = (!stack.isEmpty() && !stack.last().isDouble) ? Role::Close : Role::Open;
                if (role == Role::Close) {
                    if (!stack.isEmpty() && !stack.last().isDouble)
                        close(stack.size() - 1, i);
                    continue; // otherwise an apostrophe (players')
                }
                if (stack.size() >= 8)
                    continue;
            }
            Raw r;
            r.start = i + 1;
            r.paragraph = static_cast<int>(p);
            r.parent = stack.isEmpty() ? -1 : stack.last().raw;
            raws.append(r);
            stack.append({raws.size() - 1, isDouble, c == u'"' || c == u'\''});
        }
        // paragraph end: open single marks were apostrophes; an open double quote continues
        // into the next paragraph when that one opens with a quote mark, else it ends here
        while (!stack.isEmpty() && !stack.last().isDouble)
            stack.removeLast();
        if (stack.isEmpty())
            continue;
        qsizetype paraEnd = para.end;
        while (paraEnd > para.start && text[paraEnd - 1].isSpace())
            --paraEnd;
        bool continues = false;
        if (p + 1 < paragraphs.size()) {
            const Span next = paragraphs[p + 1].span;
            qsizetype k = next.start;
            while (k < next.end && text[k].isSpace())
                ++k;
            continues = k < next.end && isDoubleQuoteMark(text[k]) && text[k] != u'\u201D'
                        && text[k] != u'\u00BB';
        }
        Raw &open = raws[stack.first().raw];
        if (continues) {
            if (open.firstEnd < 0)
                open.firstEnd = paraEnd;
            stack.resize(1);
        } else {
            close(0, paraEnd);
        }
    }
    while (!stack.isEmpty())
        close(stack.size() - 1, raws[stack.last().raw].firstEnd >= 0
                                    ? raws[stack.last().raw].firstEnd
                                    : text.size());

    return withTurns(turns.turns(), quotesOf(text, paragraphs, raws));
}

} // namespace gloss
