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

} // namespace gloss
