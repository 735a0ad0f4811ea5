// The candidate names of a run, with their evidence (gazetteers, titles, suffixes, cues) and
// the role phrases learned around them (see Recognizer_p.h).
#include "Recognizer_p.h"

#include "text/PartyTag.h"

#include <algorithm>

namespace gloss::entities {

namespace {

/** A lower-case preposition, conjunction, relative or auxiliary: no noun that a name before it
 *  modifies ("the Ann Lee campaign"). */
bool isFunctionWord(QStringView w)
{
    static const QSet<QStringView> words = {
        u"as",  u"on",   u"in",    u"of",   u"for",  u"to",    u"with", u"at",    u"from",
        u"by",  u"and",  u"or",    u"but",  u"that", u"which", u"who",  u"whose", u"is",
        u"was", u"were", u"are",   u"has",  u"had",  u"have",  u"will", u"would", u"could",
        u"can", u"may",  u"might", u"must", u"should", u"did", u"does", u"into",  u"over",
    };
    return words.contains(w);
}

bool isPartyAdjective(QStringView w)
{
    return w == u"Republican" || w == u"Democratic" || w == u"Democrat";
}

/** A party's word that names a member of it before a name ("Democrat Ann Lee"). */
bool isPartyMember(QStringView w)
{
    return w == u"Republican" || w == u"Democrat";
}

// The type a run's last word (of word classes @p c) gives it (suffix classes), as evidence bits.
quint32 suffixEvidence(quint32 c, int words)
{
    if (words < 2)
        return 0;
    if (c & G::OrgSuffix)
        return EvOrgSuffix;
    if (c & G::GpeSuffix)
        return EvGpeSuffix;
    if (c & G::LocSuffix)
        return EvLocSuffix;
    if (c & G::EventWord)
        return EvEventWord;
    if (c & G::LawWord)
        return EvLawWord;
    return 0;
}

} // namespace

void Recognizer::processRun(int a, int b)
{
    // most runs are one common capitalised word ("The", "He", "But")
    if (b == a + 1 && (cls(a) & (G::Stop | G::Calendar)) && !(cls(a) & G::Title)
        && !(b < tokenCount() && (flags(b) & Lower)
             && (cls(b) & (G::EventFollower | G::WorkCue)))
        && !loneSurname(a, b))
        return;
    // "(R-Fla.)" after a name
    if (b == a + 1 && isPartyTag(m_text, m_tokens[size_t(a)].start, m_tokens[size_t(a)].end))
        return;
    if (followerEntity(a, b))
        return;
    const int runStart = a;
    // capitalised function words inside the run make it a title ("An Audience With ...")
    bool titleLike = false;
    for (int k = a + 1; k < b; ++k)
        titleLike |= functionWordCap(k) && k + 1 < b;
    trimLeading(a, b, titleLike);
    if (a >= b)
        return;
    trimTrailing(a, b);
    splitPlaceBeforeName(a, b);
    dropOrdinaryFirstWord(a, b);
    if (!dropNationality(a, b) || splitAtTitles(a, b))
        return;
    // Runs of a gazetteer name followed by a person's name ("Chile Ana Torres") are rare;
    // a run is one candidate (a person's when a party's word before it was cut off:
    // "progressive Democrat Ann Lee").
    const bool member = a > runStart && isPartyMember(word(a - 1));
    addCandidate(a, b, (titleLike ? EvTitleLike : 0u) | (member ? EvPersonCue : 0u), -1);
}

bool Recognizer::followerEntity(int a, int b)
{
    // A name followed by war/summit/inquiry/peninsula is an entity of its own ("Crimean war").
    if (b < tokenCount() && (flags(b) & Lower) && (flags(b) & SpaceBefore)
        && !(flags(b - 1) & Possessive) && (cls(b) & G::EventFollower)) {
        int s = a;
        while (s < b && (cls(s) & G::Stop) && (flags(s) & SentStart))
            ++s;
        if (s < b) {
            const QStringView follower = word(b);
            const bool acronym = b - s == 1 && (flags(s) & AllCaps)
                                 && !(flags(s) & HyphenBefore);
            const bool known = (knownName(s, b) || (spanClasses(s, b) & G::Demonym))
                               && !(flags(s) & HyphenBefore);
            const bool anyName = follower == u"inquiry" && !(flags(s) & SentStart)
                                 && !(cls(s) & G::Title);
            if (known || anyName || (acronym && follower != u"peninsula")) {
                const int ci = addCandidate(s, b + 1, EvFollower, -1);
                m_cands[size_t(ci)].forced = m_g.followerType(word(b));
                m_cands[size_t(ci)].hasForced = true;
                return true;
            }
        }
    }
    return false;
}

void Recognizer::trimLeading(int &a, int b, bool titleLike)
{
    // Leading function words ("The", "However") at a sentence start; a capitalised article
    // inside a sentence starts a title ("An Audience With ...") and stays.
    const bool workNext = b == a + 1 && !(flags(a) & SentStart) && b < tokenCount()
                          && (flags(b) & Lower) && (flags(b) & SpaceBefore)
                          && (cls(b) & G::WorkCue) && !(flags(a) & Possessive);
    while (!workNext && a < b && ((cls(a) & G::Stop) || (cls(a) & G::Calendar))
           && !(titleLike && !(flags(a) & SentStart) && functionWordCap(a))
           && !loneSurname(a, b)) {
        if (a + 1 < b && (flags(a + 1) & Digits) && !(cls(a) & G::Calendar))
            break; // "Chapter 11"
        if (knownPrefixEnd(a, b) > a)
            break; // "The Hague", "Evening Ledger"
        if (a + 1 < b
            && (cls(a + 1)
                & (G::OrgSuffix | G::LocSuffix | G::GpeSuffix | G::EventWord))
            && !(cls(a + 1) & G::Stop) && !knownName(a + 1, b))
            break; // "Sunday Telegraph", "The Post" (but "The United Nations" is known)
        ++a;
    }
}

void Recognizer::trimTrailing(int a, int &b)
{
    // Trailing words that are not part of the name: a weekday after a place or a channel
    // ("Ohio Tuesday", "told CNN Monday") and a nationality or party adjective after a place
    // ("Kent County Republican chairman", "Arizona Republican Ann Lee" keeps the name after it).
    while (b - a >= 2 && !spanEntry(a, b)) {
        const QStringView last = word(b - 1);
        // not in a name of its own ("Super Tuesday"): only after a known name, an acronym or
        // a name of two words
        const bool weekday = (cls(b - 1) & G::Calendar) && last.endsWith(u"day")
                             && last.size() >= 6
                             && (knownName(a, b - 1) || b - a >= 3 || (flags(a) & AllCaps));
        // only before a role noun: "the Ohio Republican said" is a description the
        // attribution reads whole
        bool demonymTail = false;
        const bool roleAfter = b < tokenCount() && (flags(b) & Lower) && (flags(b) & SpaceBefore)
                               && isRoleWord(b);
        if (!weekday && roleAfter
            && ((cls(b - 1) & G::Demonym) || isPartyAdjective(last))
            && !(cls(b - 2) & G::Demonym)) {
            demonymTail = knownName(a, b - 1) || suffixEvidence(cls(b - 2), b - 1 - a) != 0;
        }
        if (!weekday && !demonymTail)
            break;
        --b;
    }
}

void Recognizer::splitPlaceBeforeName(int &a, int b)
{
    // ... and inside a run: "Ohio Republican Ann Lee" is a place and a person
    for (int k = a + 1; k + 1 < b; ++k) {
        if (!((cls(k) & G::Demonym) || isPartyAdjective(word(k))) || (cls(k - 1) & G::Demonym))
            continue;
        if ((knownName(a, k) || suffixEvidence(cls(k - 1), k - a) != 0)
            && suffixEvidence(cls(b - 1), 2) == 0) {
            addCandidate(a, k, 0, -1);
            a = k + 1;
        } else if (isPartyMember(word(k)) && nameAfterParty(k + 1, b)) {
            // "House Democrat Ann Lee", "Senate Intelligence Ranking Democrat Ann Lee": a
            // party's member, described by the words before, which stay only as far as a
            // name is known there ("Senate")
            if (const int known = knownPrefixEnd(a, k); known > a)
                addCandidate(a, known, 0, -1);
            a = k + 1;
        }
        break;
    }
}

bool Recognizer::isTitleWordRare(int t) const
{
    const QStringView w = word(t);
    if (t > 0 && w == u"Member" && !(flags(t) & SentStart)) {
        const QStringView before = word(t - 1);
        return before == u"Ranking" || before == u"Council" || before == u"Board"
               || before == u"Assembly" || before == u"Committee";
    }
    if (!(flags(t) & Hyphenated))
        return false;
    const qsizetype hyphen = w.lastIndexOf(u'-');
    return hyphen > 0 && hyphen + 1 < w.size() && m_g.is(w.sliced(hyphen + 1), Gazetteer::Title);
}

bool Recognizer::toSomebody(int p) const
{
    // "referring to X", "speaking to X", "close to X": somebody, not somewhere
    static const QSet<QStringView> verbs{
        u"referring", u"referred", u"refers",    u"refer",      u"speaking",  u"spoke",
        u"speaks",    u"talking",  u"talked",    u"talks",      u"wrote",     u"writes",
        u"writing",   u"replied",  u"responded", u"responding", u"according", u"close",
        u"closer",    u"married",  u"loyal",     u"apologized", u"apologised", u"listening",
        u"listened",
    };
    return word(p) == u"to" && p > 0 && (flags(p - 1) & Lower) && verbs.contains(word(p - 1));
}

bool Recognizer::nameAfterParty(int from, int b) const
{
    // two or three capitalised words, none a title, a sentence word or a known name of
    // anything but a person, and no suffix of an organisation or place ("Democrat Party",
    // "Republican Study Committee", "Republican Senate Leader Ann Lee": the title splits)
    if (b - from < 2 || b - from > 3 || suffixEvidence(cls(b - 1), b - from) != 0)
        return false;
    for (int k = from; k < b; ++k) {
        if (!(flags(k) & Cap) || (flags(k) & AllCaps)
            || (cls(k) & (G::Stop | G::Calendar | G::Title | G::Honorific | G::Demonym)))
            return false;
    }
    const auto *e = spanEntry(from, b);
    return !e || e->type == EntityType::Person;
}

void Recognizer::dropOrdinaryFirstWord(int &a, int b)
{
    // A sentence-initial ordinary word before a name: "Making Laura Chen leader".
    if ((flags(a) & SentStart) && b - a >= 2) {
        const QStringView first = word(a);
        const quint32 fc = cls(a);
        const auto *whole = spanEntry(a, b);
        const auto *firstEntry = entry(a);
        const bool firstKnown = (firstEntry && !firstEntry->weak)
                                || (fc & (G::GivenName | G::Honorific | G::Title | G::Demonym));
        // a strong second word does not split a run ending in an organisation's suffix
        // ("Northfield Pacific Railroad")
        const bool suffixed = suffixEvidence(cls(b - 1), b - a) != 0;
        if (!whole && !firstKnown) {
            const int r = a + 1;
            const auto *restEntry = entry(r);
            const quint32 rc = cls(r);
            const bool restStrong = (restEntry && !restEntry->weak)
                                    || (rc & (G::GivenName | G::Honorific | G::Title));
            const bool ordinary = endsLikeOrdinaryWord(first)
                                  || ((flags(a) & AllCaps) == 0 && first.size() <= 3);
            if ((restStrong && !suffixed) || ordinary)
                ++a;
        }
    }
}

bool Recognizer::dropNationality(int &a, int b)
{
    // Nationality words in front: "Italian Verona" → "Verona"; kept before a suffix word
    // ("Guild of Coastal Weavers") and after a role noun ("minister German Alvarez").
    {
        const auto *e = spanEntry(a, b);
        const bool suffixed = suffixEvidence(cls(b - 1), b - a) != 0;
        const bool afterRole = a > 0 && (flags(a) & SpaceBefore) && (flags(a - 1) & Lower)
                               && (cls(a - 1) & G::Role);
        if (!e && !suffixed && !afterRole) {
            // the longest demonym prefix (North Korean)
            int k = a;
            int demonymEnd = -1;
            for (int m = a; m < b && m < a + 3; ++m) {
                if (spanClasses(a, m + 1) & G::Demonym)
                    demonymEnd = m + 1;
            }
            if (demonymEnd > 0)
                k = demonymEnd;
            else if (b - a >= 3 && isPartyAdjective(word(a))
                     && ((cls(a + 1) & G::GivenName)
                         || (isPartyMember(word(a)) && nameAfterParty(a + 1, b)
                             && !lowerIs(a - 1, u"the"))))
                k = a + 1; // "Democrat Ann Lee", "Republican Mara Velden" (but "the
                           // Republican Harvest Supper" is an event's name)
            if (k >= b)
                return loneSurname(a, b); // only a nationality, unless "Cuban said"
            a = k;
        }
    }
    return true;
}

bool Recognizer::middleInitial(int a, int b) const
{
    for (int k = a + 1; k + 1 < b; ++k) {
        const QStringView w = word(k);
        if (w.size() == 2 && w[0].isUpper() && w[1] == u'.' && (flags(k - 1) & Cap)
            && !(flags(k - 1) & AllCaps) && (flags(k + 1) & Cap) && !(flags(k + 1) & AllCaps))
            return true;
    }
    return false;
}

bool Recognizer::loneSurname(int a, int b) const
{
    if (b != a + 1)
        return false;
    // a month ("May" is a modal verb too: the other stop words, "He", "The", never), but no
    // weekday or date: "said Tuesday that", "said May 5" (the classes first: most runs are
    // "The", "He")
    const quint32 c = cls(a);
    if (c & G::Calendar) {
        if (word(a).endsWith(u"day") || (b < tokenCount() && (flags(b) & Digits)))
            return false;
    } else if (c & G::Stop) {
        return false;
    }
    return nextToSpeechVerb(a);
}

bool Recognizer::nextToSpeechVerb(int t) const
{
    const int after = t + 1;
    if (after < tokenCount() && (flags(after) & Lower) && (flags(after) & SpaceBefore)
        && (cls(after) & G::SpeechVerb))
        return true;
    const int before = t - 1;
    return before >= 0 && (flags(before) & Lower) && (flags(t) & SpaceBefore)
           && (cls(before) & G::SpeechVerb);
}

bool Recognizer::splitAtTitles(int a, int b)
{
    // Titles and honorifics split a run: "Marlow County Sheriff Dana Reyes",
    // "the U.S. President Donald Trump", "Mr Blair".
    int lastTitle = -1;
    for (int k = a; k < b; ++k) {
        // (a title whose possessive the run goes on over names an institution: "Queen's
        // College")
        if (isTitleWord(k) && !((flags(k) & Possessive) && k + 1 < b))
            lastTitle = k;
    }
    // an office as the surname: "Mr. King", "Patty Judge", "Rep. Steve King" (an honorific
    // or given names right before it)
    if (lastTitle == b - 1 && b - a >= 2 && !(cls(b - 1) & G::Honorific)) {
        int before = b - 2; // the title before the given names, if any
        while (before >= a && !isTitleWord(before) && (cls(before) & G::GivenName))
            --before;
        if (before < b - 2 && (before < a || isTitleWord(before))) {
            if (before < a)
                return false; // the whole run is the name
            lastTitle = before;
        } else if (cls(b - 2) & G::Honorific) {
            lastTitle = b - 2;
        }
    }
    // "Secretary of State Ann Lee", "Secretary of Homeland Security": the office goes on over
    // "of" up to a given name, else leaves the last one or two words as the name
    const int lastTitleWord = lastTitle;
    if (lastTitle >= 0 && lastTitle + 2 < b && (flags(lastTitle + 1) & Lower)
        && word(lastTitle + 1) == u"of") {
        const int k0 = lastTitle + 2;
        int end = -1;
        for (int k = k0 + 1; k < b && end < 0; ++k) {
            if (cls(k) & G::GivenName)
                end = k;
        }
        if (end < 0)
            end = b - k0 >= 3 ? b - 2 : (b - k0 == 2 ? k0 + 1 : b);
        lastTitle = end - 1;
    }
    if (lastTitle >= 0) {
        int titleStart = lastTitleWord;
        while (titleStart > a && isTitleWord(titleStart - 1))
            --titleStart;
        const int nameStart = lastTitle + 1;
        bool nameOk = nameStart < b;
        if (nameOk) {
            const auto *e = spanEntry(nameStart, b);
            const bool suffixed = suffixEvidence(cls(b - 1), b - nameStart + 1) != 0
                                  && !(cls(b - 1) & G::Title);
            if ((e && !e->weak && e->type != EntityType::Person) || suffixed
                || (flags(nameStart) & Digits))
                nameOk = false;
        }
        const bool wholeKnown = spanEntry(a, b) != nullptr;
        // "Wells Fargo CEO", "Acme Chief Executive": whatever names the employer before a
        // company office is an organisation, known or not
        auto employer = [&]() {
            static const QSet<QStringView> offices = {
                u"CEO",      u"CFO",       u"COO",      u"CTO",        u"Founder",
                u"Co-founder", u"Cofounder", u"Chairman", u"Chairwoman", u"Chief",
            };
            if (titleStart <= a || !offices.contains(word(titleStart)))
                return false;
            for (int k = a; k < titleStart; ++k) {
                if (!(flags(k) & Cap) || (cls(k) & (G::Stop | G::Demonym | G::Calendar)))
                    return false;
            }
            addCandidate(a, titleStart, EvOrgCue, -1);
            return true;
        };
        if (nameOk && !wholeKnown) {
            // the modifier before the titles: keep its longest known or suffixed prefix
            if (titleStart > a && !employer()) {
                int best = knownPrefixEnd(a, titleStart);
                for (int m = titleStart; m > a && best <= a; --m) {
                    if (knownName(a, m) || suffixEvidence(cls(m - 1), m - a)
                        || ((flags(a) & AllCaps) && m == a + 1)) {
                        best = m;
                        break;
                    }
                }
                if (best > a)
                    addCandidate(a, best, 0, -1);
            }
            const int ci = addCandidate(nameStart, b, EvTitle, m_tokens[size_t(titleStart)].start);
            // "the U.S. President Donald Trump": learn "the U.S. President"
            if (a > 0 && (word(a - 1) == u"the" || word(a - 1) == u"The")
                && (flags(a) & SpaceBefore) && (cls(titleStart) & G::Title))
                learnRole(ci, a, titleStart, nameStart, false);
            return true;
        }
        if ((cls(a) & G::Title) && loneSurname(a, b)) {
            addCandidate(a, b, 0, -1); // "King says"
            return true;
        }
        if (!nameOk && !wholeKnown && lastTitle == b - 1) {
            // "Supreme Leader", "White House Press Secretary": only the known part before
            for (int m = titleStart; m > a && !employer(); --m) {
                if (knownName(a, m) || suffixEvidence(cls(m - 1), m - a)
                    || ((flags(a) & AllCaps) && m == a + 1 && !(cls(a) & G::Stop))) {
                    addCandidate(a, m, 0, -1);
                    break;
                }
            }
            return true;
        }
    }
    return false;
}

int Recognizer::addCandidate(int a, int b, quint32 evidence, int aliasStart)
{
    Candidate c;
    c.firstToken = int(m_ctoks.size());
    m_ctoks.insert(m_ctoks.end(), m_tokens.begin() + a, m_tokens.begin() + b);
    for (int k = a; k < b; ++k)
        m_cids.push_back(wordId(k));
    c.lastToken = int(m_ctoks.size()) - 1;
    c.start = m_tokens[size_t(a)].start;
    c.end = m_tokens[size_t(b - 1)].end;
    c.aliasStart = aliasStart;
    c.sentStart = (flags(a) & SentStart) && aliasStart < 0;
    c.inQuote = (flags(a) & InQuote) != 0;
    int words = 0;
    for (int k = a; k < b; ++k)
        words += (flags(k) & (Cap | Digits)) ? 1 : 0;
    c.words = words;
    c.evidence = evidence;
    if (words >= 2)
        c.evidence |= EvMulti;
    const QStringView name = QStringView(m_text).mid(c.start, c.end - c.start);
    c.name = spanId(a, b);
    if (const auto *e = m_vocab.entry(c.name)) {
        c.group = e->group;
        c.weak = e->weak;
        if (!e->weak)
            c.evidence |= EvGazetteer;
        if (!c.hasForced) {
            c.forced = e->type;
            c.hasForced = true;
        }
    }
    if (!(c.evidence & EvFollower)) {
        // head word: the word before a connector ("Bank of Canada", "House of Representatives
        // Committee on Science": the first one a suffix class is known of), or the last word
        const quint32 placed = EvOrgSuffix | EvGpeSuffix | EvLocSuffix;
        for (int k = a + 1; k < b && !(c.evidence & placed); ++k) {
            if ((flags(k) & Lower) && isHeadConnector(word(k)))
                c.evidence |= suffixEvidence(cls(k - 1), words);
            else if (flags(k - 1) & Possessive) // the institution after it: "Queen's College"
                c.evidence |= suffixEvidence(cls(k), words);
        }
        if (!(c.evidence & placed))
            c.evidence |= suffixEvidence(cls(b - 1), words);
        if (flags(b - 1) & Digits)
            c.evidence |= EvNumber;
        if (words >= 2 && (cls(a) & G::GivenName))
            c.evidence |= EvGiven;
        if (words >= 3 && middleInitial(a, b))
            c.evidence |= EvInitial;
        if (words == 1 && (flags(a) & AllCaps) && name.size() <= 6)
            c.evidence |= EvAcronym;
    }
    addCues(c, a, b);
    // an acronym defined in brackets: "British Chamber of Commerce (BCC)"
    if (words == 1 && (flags(a) & AllCaps) && (flags(a) & ParenBefore) && !m_cands.empty()
        && a > 0 && m_cands.back().end == m_tokens[size_t(a - 1)].end
        && m_cands.back().words >= 2
        && m_text.at(m_cands.back().start).toUpper() == name.at(0))
        c.link = int(m_cands.size()) - 1;
    m_cands.push_back(c);
    const int ci = int(m_cands.size()) - 1;
    learnDescriptionBefore(ci, a);
    return ci;
}

void Recognizer::addCues(Candidate &c, int a, int b)
{
    const int n = tokenCount();
    const quint32 fa = flags(a);
    // before
    if (a > 0 && (fa & (SpaceBefore)) && c.aliasStart < 0) {
        const int p = a - 1;
        const quint32 pf = flags(p);
        const QStringView pw = word(p);
        if (pf & Lower) {
            const quint32 pc = cls(p);
            if ((pc & G::Role) && !(pf & Possessive))
                c.evidence |= EvPersonCue;
            else if (pc & G::OrgNoun)
                c.evidence |= EvOrgCue;
            else if ((pc & G::SpeechVerb) && pw != u"told" && pw != u"asked")
                c.evidence |= EvPersonCue; // ", said Peter Lund"
            else if (pw == u"at" && p > 0 && (flags(p - 1) & (Lower | SentStart))
                     && isRoleNoun(word(p - 1).toString().toLower()))
                c.evidence |= EvOrgCue; // "analysts at X", "a researcher at X": where people work
            else if ((pc & G::PlacePrep) && !(fa & (AllCaps)) && !toSomebody(p))
                c.evidence |= EvPlaceCue;
            else if ((pw == u"called" || pw == u"named") && p > 0
                     && (cls(p - 1) & G::OrgNoun))
                c.evidence |= EvOrgCue;
            else if (pw == u"the" && p > 0 && (flags(p) & SpaceBefore)
                     && (cls(p - 1) & G::SpeechVerb))
                c.evidence |= EvOrgCue; // told the Independent
            else if (pw == u"the" && c.words >= 2
                     && (b >= n || !(flags(b) & Lower) || isFunctionWord(word(b))))
                // "quoted by the Harbour Gazette as saying", "beat the Riverton Rovers.": a
                // name of several words after an article, not modifying a noun after it ("the
                // Ann Lee campaign"), is seldom a person's
                c.evidence |= EvArticle;
            else if (pw == u"name" && p > 0 && word(p - 1) == u"real") {
                // "DJ Nova, real name Sam Patel"
                for (int k = int(m_cands.size()) - 1; k >= 0; --k) {
                    if (m_cands[size_t(k)].end < m_tokens[size_t(std::max(0, p - 8))].start)
                        break;
                    c.link = k;
                    c.evidence |= EvPersonCue;
                    break;
                }
            }
        }
    }
    // in apposition to a work: "the opening film, The Quiet Harbour, is …" (its "The"
    // trimmed or not); not to a person the words before name by the work ("the director of
    // the film, Ann Lee,"), nor a name that starts as a person's does
    {
        int s = a;
        if (s > 0 && (flags(s - 1) & The) && (flags(s - 1) & Cap) && (flags(s) & SpaceBefore))
            --s;
        // "of" within the three words before the work's noun ("of that 2013 report")
        const auto followsOf = [this](int noun) {
            for (int k = noun - 1; k >= 0 && k >= noun - 3; --k) {
                if (lowerIs(k, u"of"))
                    return true;
                if (!(flags(k + 1) & SpaceBefore))
                    break;
            }
            return false;
        };
        if (s > 0 && (flags(s) & CommaBefore) && (flags(s - 1) & Lower)
            && (cls(s - 1) & G::WorkCue) && b < n && (flags(b) & CommaBefore)
            && !(cls(a) & G::GivenName) && !followsOf(s - 1))
            c.evidence |= EvWork;
    }
    // after
    if (b < n) {
        const quint32 nf = flags(b);
        const QStringView nw = word(b);
        const quint32 nc = cls(b);
        if ((nf & Lower) && (nf & HyphenBefore)) {
            if (isPlaceParticiple(nw)) // "Omaha-based", "London-born", "Seattle-area"
                c.evidence |= EvPlaceCue;
        } else if ((nf & Lower) && (nf & SpaceBefore) && !(flags(b - 1) & Possessive)) {
            if (nc & G::WorkCue)
                c.evidence |= EvWork;
            else if (nc & G::OrgNoun)
                c.evidence |= EvOrgNext;
            else if (nc & G::SpeechVerb)
                c.evidence |= (a > 0 && lowerIs(a - 1, u"the")) ? EvOrgCue : EvSpeaker;
            else if (nw == u"in" && b + 1 < n && (flags(b + 1) & Cap) && c.words == 1) {
                // "Wantage in Oxfordshire" (but two words are as often a person's name:
                // "the death of Marek Olsen in Ohio")
                const auto *e = entry(b + 1);
                if (e && e->type == EntityType::Gpe)
                    c.evidence |= EvPlaceCue;
            }
        } else if ((nf & CommaBefore) && (nf & Digits) && nw.size() <= 3 && b + 1 < n
                   && (flags(b + 1) & CommaBefore) && c.words >= 2) {
            c.evidence |= EvPersonCue; // an age: "Rhodri Evans, 58, said"
        } else if ((nf & CommaBefore) && (nf & Lower) && b + 1 < n) {
            // apposition: "Ines Ford, the company's founder", "DJ Nova, a former member"
            if (nw == u"a" || nw == u"an" || nw == u"the") {
                for (int k = b + 1; k < std::min(n, b + 5); ++k) {
                    const quint32 kc = cls(k);
                    if ((flags(k) & Lower) && (kc & G::Role) && !(flags(k) & Possessive)) {
                        c.evidence |= EvPersonCue;
                        break;
                    }
                    if ((flags(k) & Lower) && (kc & G::OrgNoun) && !(flags(k) & Possessive)) {
                        c.evidence |= EvOrgCue;
                        break;
                    }
                    if (!(flags(k) & (SpaceBefore | HyphenBefore)) && k > b + 1)
                        break;
                }
            } else if (nc & G::SpeechVerb) {
                c.evidence |= EvPersonCue;
            }
        }
    }
}

void Recognizer::learnRole(int candidate, int phraseStart, int headStart, int phraseEnd,
                           bool siteMention)
{
    QStringList words;
    for (int k = phraseStart; k < phraseEnd; ++k) {
        if (flags(k) & Possessive)
            return;
        words.append(word(k).toString());
    }
    if (words.isEmpty())
        return;
    const qsizetype site = m_tokens[size_t(phraseStart - 1)].start;
    addRole(candidate, site, words);
    if (siteMention) // "The North Korean state news agency, KCNA": the description names it too
        m_roleMatches.push_back(RoleMatch{qint32(site), m_tokens[size_t(phraseEnd - 1)].end,
                                          -1 - candidate});
    if (headStart > phraseStart)
        addRole(candidate, site, words.mid(headStart - phraseStart));
}

void Recognizer::addRole(int candidate, qsizetype site, const QStringList &words)
{
    const QString key = words.join(u' ').toLower();
    auto it = m_roleByKey.constFind(key);
    int index = 0;
    if (it == m_roleByKey.cend()) {
        index = int(m_roles.size());
        m_roles.push_back(RolePhrase{words, {}, {}});
        m_roleByKey.insert(key, index);
        m_roleByFirst[QStringView(m_roles.back().words.first())].append(index);
        m_roleFirstBits.set(roleBit(m_roles.back().words.first()));
    } else {
        index = it.value();
    }
    RolePhrase &r = m_roles[size_t(index)];
    if (r.candidates.size() < 64)
        r.candidates.push_back(candidate);
    r.sites.insert(site);
}

// "the North Korean leader Kim Jong Un", "The North Korean state news agency, KCNA"
void Recognizer::learnDescriptionBefore(int candidate, int a)
{
    const Candidate &c = m_cands[size_t(candidate)];
    if (c.aliasStart >= 0 || a < 2)
        return;
    const quint32 fa = flags(a);
    if (!(fa & (SpaceBefore | CommaBefore)) || (fa & (StopBefore | BreakBefore | QuoteBefore)))
        return;
    const int p = a - 1;
    if (!(flags(p) & Lower) || (flags(p) & Possessive)
        || !(cls(p) & (G::Role | G::OrgNoun)))
        return;
    static const QSet<QStringView> blocked = {
        u"of", u"to",    u"in",    u"on",  u"at",  u"for", u"and", u"or", u"with",
        u"by", u"from",  u"as",    u"that", u"which", u"who", u"is", u"was", u"has",
        u"had", u"a",    u"an",    u"his", u"her", u"its", u"their",
    };
    for (int k = p; k >= 0 && p - k < 6; --k) {
        const QStringView w = word(k);
        if (k < p && !(flags(k + 1) & SpaceBefore))
            return;
        if ((flags(k) & Lower) && w == u"the") {
            if (k < p)
                learnRole(candidate, k + 1, k + 1, p + 1, true);
            return;
        }
        if (w == u"The") {
            if (k < p)
                learnRole(candidate, k + 1, k + 1, p + 1, true);
            return;
        }
        if (flags(k) & Possessive)
            return;
        if ((flags(k) & Lower) && blocked.contains(w))
            return;
        // verbs end a description: "The deal gives oil giant X"
        if ((flags(k) & Lower) && k < p && !(cls(k) & (G::Role | G::OrgNoun)) && w != u"news"
            && (w.endsWith(u's') || w.endsWith(u"ed") || w.endsWith(u"ing")))
            return;
        if (cls(k) & G::SpeechVerb)
            return;
    }
}

bool Recognizer::accepted(const Candidate &c) const
{
    if (c.words == 0)
        return false;
    if (c.evidence & (EvFollower | EvTitle))
        return true;
    if ((c.evidence & EvGazetteer) && !c.weak)
        return true;
    const QStringView name = QStringView(m_text).mid(c.start, c.end - c.start);
    if (c.words == 1) {
        if (name.size() < 2)
            return false;
        const quint32 cls = m_vocab.classes(c.name);
        if ((cls & (G::Stop | G::Calendar | G::Demonym | G::Title | G::Honorific))
            && !(c.evidence & EvWork))
            return false;
        if (!(cflags(c.firstToken) & Cap))
            return false;
    }
    if (c.sentStart || c.inQuote) {
        if (m_solid[size_t(c.name)] > 0)
            return true;
        // inside a quotation, capitalised words are often emphasis ("the Deep State")
        const quint32 suffixes = (c.inQuote ? 0u : EvOrgSuffix) | EvGpeSuffix | EvLocSuffix
                                 | EvEventWord | EvLawWord;
        const quint32 multiCues = suffixes | kPersonShape | EvPersonCue | EvOrgCue | EvWork;
        if (c.words >= 2)
            return (c.evidence & multiCues) != 0;
        return (c.evidence & (EvOrgCue | EvWork)) != 0;
    }
    return true;
}

} // namespace gloss::entities
