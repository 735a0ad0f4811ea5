#include "PartyTag.h"

namespace gloss {

bool isPartyTag(QStringView text, qsizetype start, qsizetype end)
{
    if (start < 1 || end > text.size() || end - start < 3 || text[start - 1] != u'(')
        return false;
    const QStringView w = text.sliced(start, end - start);
    if (!(w[0] == u'R' || w[0] == u'D' || w[0] == u'I') || w[1] != u'-' || !w[2].isUpper())
        return false;
    // the bracket closes after the state, or after its abbreviation's full stop
    const bool stop = end < text.size() && text[end] == u'.';
    const qsizetype close = stop ? end + 1 : end;
    if (close >= text.size() || text[close] != u')')
        return false;
    const QStringView state = w.sliced(2);
    if (stop || state.endsWith(u'.'))
        return true; // "Fla.", "N.Y.", "S.C."
    if (state.size() == 2 && state[1].isUpper())
        return true; // "TX"
    // the states AP style spells out
    static constexpr QStringView spelled[] = {u"Alaska", u"Hawaii", u"Idaho", u"Iowa",
                                              u"Maine",  u"Ohio",   u"Texas", u"Utah"};
    for (const QStringView s : spelled) {
        if (state == s)
            return true;
    }
    return false;
}

qsizetype partyTagAround(QStringView text, qsizetype start, qsizetype end)
{
    // a tag is short: its bracket within a few units each side, no space inside
    constexpr qsizetype kMaxTag = 10;
    qsizetype open = start;
    while (open > 0 && start - open < kMaxTag && text[open - 1] != u'('
           && !text[open - 1].isSpace())
        --open;
    qsizetype close = end;
    while (close < text.size() && close - end < kMaxTag && text[close] != u')'
           && !text[close].isSpace())
        ++close;
    if (open < 1 || text[open - 1] != u'(' || close >= text.size() || text[close] != u')')
        return -1;
    const qsizetype tagEnd = text[close - 1] == u'.' ? close - 1 : close;
    return isPartyTag(text, open, tagEnd) ? open : -1;
}

} // namespace gloss
