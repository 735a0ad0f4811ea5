#include "TranscriptTurns_p.h"

#include "Lexicon.h"
#include "QuoteFinder.h"

#include <algorithm>

namespace gloss::quotes {

namespace {

constexpr int kMaxLabelWords = 4;
/** How far into a paragraph a label's colon may stand (four long words). */
constexpr qsizetype kMaxLabelLength = 64;

/** Labels that head an editor's note, a link or a list item: nobody's turn. */
const WordSet &editorialLabels()
{
    static const WordSet labels{
        u"update",      u"updated",     u"updates",    u"breaking",   u"breaking news",
        u"exclusive",   u"correction",  u"corrections", u"clarification", u"editor's note",
        u"editor\u2019s note", u"editors note", u"note",    u"notes",      u"watch",
        u"read",        u"read more",   u"related",    u"see also",   u"source",
        u"sources",     u"photo",       u"photos",     u"video",      u"videos",
        u"byline",      u"email",       u"e-mail",     u"contact",    u"twitter",
        u"facebook",    u"date",        u"time",       u"location",   u"when",
        u"where",       u"what",        u"who",        u"why",        u"how",
        u"warning",     u"spoiler",     u"disclosure", u"disclaimer", u"caption",
        u"credit",      u"listen",      u"subscribe",  u"advertisement", u"summary",
        u"bottom line", u"background",  u"context",    u"analysis",   u"opinion",
        u"more",        u"also",        u"fact check", u"the facts",  u"verdict",
        u"rating",      u"question",    u"answer",     u"pros",       u"cons",
        u"tip",         u"tips",        u"look",       u"live",       u"poll",
        u"ps",          u"p.s.",
    };
    return labels;
}

/** An apostrophe, a full stop or a hyphen: inside a label's word ("O'MALLEY", "Sen."). */
bool isLabelJoiner(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'.' || c == u'-';
}

enum class LabelCase { None, Capitals, Capitalised };

/** How @p word is written: in capitals ("TAPPER", "McCAIN") or capitalised
 *  ("Tapper"); None for anything else. */
LabelCase caseOf(QStringView word)
{
    if (!word.front().isUpper())
        return LabelCase::None;
    bool lower = false;
    for (qsizetype i = 1; i < word.size(); ++i) {
        // (the one lower-case letter of "McCAIN" is no lower-case word)
        lower |= word[i].isLower() && !(i == 1 && word[i] == u'c' && word[0] == u'M');
    }
    return lower ? LabelCase::Capitalised : LabelCase::Capitals;
}

/** Where the colon after a speaker's name opening text[start, end) stands, or -1. */
qsizetype nameLabelEnd(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype i = start;
    LabelCase labelCase = LabelCase::None;
    int letters = 0;
    for (int words = 0; words < kMaxLabelWords; ++words) {
        const qsizetype wordStart = i;
        while (i < end && (text[i].isLetter() || (i > wordStart && isLabelJoiner(text[i]))))
            letters += text[i++].isLetter() ? 1 : 0;
        if (i == wordStart)
            return -1;
        const LabelCase c = caseOf(text.mid(wordStart, i - wordStart));
        if (c == LabelCase::None || (labelCase != LabelCase::None && c != labelCase))
            return -1;
        labelCase = c;
        if (i < end && text[i] == u':')
            break;
        if (i + 1 >= end || text[i] != u' ' || !text[i + 1].isUpper())
            return -1;
        ++i;
    }
    return i < end && text[i] == u':' && letters >= 2 ? i : -1;
}

/** The turn opening text[from, end) with its label, or one with an empty label. */
TranscriptTurn labelAt(QStringView text, qsizetype from, qsizetype end)
{
    qsizetype start = from;
    while (start < end && text[start].isSpace())
        ++start;
    // "Q:" and "A:" (or "Q." and "A.") of an interview, else a name and a colon (most
    // paragraphs have no colon among their first words: one look for it)
    const bool interview = start + 1 < end && (text[start] == u'Q' || text[start] == u'A')
                           && (text[start + 1] == u':' || text[start + 1] == u'.');
    if (!interview
        && text.mid(start, std::min<qsizetype>(end - start, kMaxLabelLength)).indexOf(u':') < 0)
        return {};
    const qsizetype colon = interview ? start + 1 : nameLabelEnd(text, start, end);
    if (colon < 0)
        return {};
    qsizetype words = colon + 1;
    if (words >= end || !text[words].isSpace())
        return {}; // "Note:the …", "http://"
    while (words < end && text[words].isSpace())
        ++words;
    qsizetype last = end;
    while (last > words && text[last - 1].isSpace())
        --last;
    if (last <= words)
        return {};
    TranscriptTurn turn;
    turn.label = {start, colon};
    turn.colon = {colon, colon + 1};
    turn.words = {words, last};
    return turn;
}

} // namespace

void TranscriptTurns::read(QStringView text, const Paragraph &paragraph, int index)
{
    if (paragraph.role != ParagraphRole::Body && paragraph.role != ParagraphRole::BlockQuote) {
        m_open = -1; // a heading ends the turn
        return;
    }
    TranscriptTurn turn = labelAt(text, paragraph.span.start, paragraph.span.end);
    if (turn.label.isEmpty()) {
        if (m_open < 0)
            return; // (most paragraphs: no answer open)
        // after an answer, a paragraph without a label is the answer going on, once the next
        // question or answer follows (after the last one, the article's own words again); a
        // stage direction in brackets ends it ("(LAUGHTER)")
        qsizetype start = paragraph.span.start;
        qsizetype end = paragraph.span.end;
        while (start < end && text[start].isSpace())
            ++start;
        while (end > start && text[end - 1].isSpace())
            --end;
        if (start < end && (text[start] == u'(' || text[start] == u'['))
            m_open = -1;
        else
            m_goesOnTo = std::max(m_goesOnTo, end);
        return;
    }
    const QStringView label = text.mid(turn.label.start, turn.label.length());
    const QStringView words = text.mid(turn.words.start, turn.words.length());
    if (label == u"Q" || label == u"A") {
        if (m_open >= 0 && m_goesOnTo > m_turns[m_open].words.end)
            m_turns[m_open].words.end = m_goesOnTo;
        m_open = -1;
        m_goesOnTo = -1;
        turn.answer = label == u"A";
        ++(turn.answer ? m_answers : m_questions);
        if (turn.answer) {
            turn.paragraph = index;
            m_open = m_turns.size();
            m_turns.append(turn);
        }
        return;
    }
    // (not a tally, "Jane Doe: 1,769.", nor a headline, "Jane Doe: Why I Am Running"; but
    // "Yes." and "Why not?" are replies)
    const QStringView first = label.first(std::max<qsizetype>(0, label.indexOf(u' ')));
    if (editorialLabels().contains(label) || lexicon::determiners().contains(first)
        || std::none_of(words.begin(), words.end(), [](QChar c) { return c.isLetter(); })
        || (words.count(u' ') >= 3 && QuoteFinder::isTitleCased(words)))
        return;
    m_open = -1; // (a named speaker's turn is one paragraph: narrative may follow it)
    turn.paragraph = index;
    m_turns.append(turn);
    ++m_bySpeaker[label.sliced(label.lastIndexOf(u' ') + 1).toString().toLower()];
}

QList<TranscriptTurn> TranscriptTurns::turns() const
{
    const bool exchange = m_turns.size() - m_answers >= 3 && m_bySpeaker.size() >= 2
                          && std::any_of(m_bySpeaker.cbegin(), m_bySpeaker.cend(),
                                         [](int n) { return n >= 2; });
    const bool interview = m_questions >= 2 && m_answers >= 2;
    QList<TranscriptTurn> out;
    for (const TranscriptTurn &t : m_turns) {
        if (t.answer ? interview : exchange)
            out.append(t);
    }
    return out;
}

QList<TranscriptTurn> transcriptTurns(QStringView text, const QList<Paragraph> &paragraphs)
{
    TranscriptTurns turns;
    for (qsizetype p = 0; p < paragraphs.size(); ++p)
        turns.read(text, paragraphs[p], int(p));
    return turns.turns();
}

} // namespace gloss::quotes
