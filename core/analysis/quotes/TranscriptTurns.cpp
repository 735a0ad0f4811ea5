#include "TranscriptTurns_p.h"

#include "Lexicon.h"
#include "QuoteFinder.h"

#include <algorithm>

namespace gloss::quotes {

namespace {

constexpr int kMaxLabelWords = 4;

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

/** The label opening text[from, end) and its colon, or an empty span. */
TranscriptTurn labelAt(QStringView text, qsizetype from, qsizetype end)
{
    TranscriptTurn turn;
    qsizetype i = from;
    while (i < end && text[i].isSpace())
        ++i;
    const qsizetype start = i;
    LabelCase labelCase = LabelCase::None;
    int letters = 0;
    for (int words = 0; words < kMaxLabelWords; ++words) {
        const qsizetype wordStart = i;
        while (i < end && (text[i].isLetter() || (i > wordStart && isLabelJoiner(text[i]))))
            letters += text[i++].isLetter() ? 1 : 0;
        if (i == wordStart)
            return {};
        const LabelCase c = caseOf(text.mid(wordStart, i - wordStart));
        if (c == LabelCase::None || (labelCase != LabelCase::None && c != labelCase))
            return {};
        labelCase = c;
        if (i < end && text[i] == u':')
            break;
        if (i + 1 >= end || text[i] != u' ' || !text[i + 1].isUpper())
            return {};
        ++i;
    }
    if (i >= end || text[i] != u':' || letters < 2)
        return {};
    const Span label{start, i};
    qsizetype words = i + 1;
    if (words >= end || !text[words].isSpace())
        return {}; // "Note:the …", "http://"
    while (words < end && text[words].isSpace())
        ++words;
    qsizetype last = end;
    while (last > words && text[last - 1].isSpace())
        --last;
    if (last <= words)
        return {};
    turn.label = label;
    turn.colon = {i, i + 1};
    turn.words = {words, last};
    return turn;
}

} // namespace

void TranscriptTurns::read(QStringView text, const Paragraph &paragraph, int index)
{
    if (paragraph.role != ParagraphRole::Body && paragraph.role != ParagraphRole::BlockQuote)
        return;
    TranscriptTurn turn = labelAt(text, paragraph.span.start, paragraph.span.end);
    if (turn.label.isEmpty())
        return;
    const QStringView label = text.mid(turn.label.start, turn.label.length());
    const QStringView words = text.mid(turn.words.start, turn.words.length());
    // (not a tally, "Jane Doe: 1,769.", nor a headline, "Jane Doe: Why I Am Running"; but
    // "Yes." and "Why not?" are replies)
    const QStringView first = label.first(std::max<qsizetype>(0, label.indexOf(u' ')));
    if (editorialLabels().contains(label) || lexicon::determiners().contains(first)
        || std::none_of(words.begin(), words.end(), [](QChar c) { return c.isLetter(); })
        || (words.count(u' ') >= 3 && QuoteFinder::isTitleCased(words)))
        return;
    turn.paragraph = index;
    m_turns.append(turn);
    ++m_bySpeaker[label.sliced(label.lastIndexOf(u' ') + 1).toString().toLower()];
}

QList<TranscriptTurn> TranscriptTurns::turns() const
{
    const bool exchange = m_turns.size() >= 3 && m_bySpeaker.size() >= 2
                          && std::any_of(m_bySpeaker.cbegin(), m_bySpeaker.cend(),
                                         [](int n) { return n >= 2; });
    return exchange ? m_turns : QList<TranscriptTurn>();
}

QList<TranscriptTurn> transcriptTurns(QStringView text, const QList<Paragraph> &paragraphs)
{
    TranscriptTurns turns;
    for (qsizetype p = 0; p < paragraphs.size(); ++p)
        turns.read(text, paragraphs[p], int(p));
    return turns.turns();
}

} // namespace gloss::quotes
