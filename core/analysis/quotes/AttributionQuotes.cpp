// Quotes: the cue next to each, the speaker it names, a dash or a statement noun, the
// paragraph before, quotes inside reported speech and the learned ranker (see Attribution_p.h).
#include "Attribution_p.h"

#include "analysis/entities/Gazetteer.h"
#include "text/PartyTag.h"

#include "QuoteFinder.h"
#include "SpeakerRanker.h"

#include <algorithm>

namespace gloss::attribution {

std::optional<Cue> Impl::cueAt(const Words &ws, qsizetype k) const
{
    const QStringView w = word(ws[k]);
    const auto next = [&](qsizetype j) {
        return j < ws.size() ? word(ws[j]) : QStringView();
    };
    if (w == u"put") {
        // "…," as Jane Doe put it: the speaker's own wording (an "as" a few words before)
        bool as = false;
        for (qsizetype j = k - 1; j >= 0 && j >= k - 6 && !as; --j)
            as = isWord(word(ws[j]), u"as");
        if (!as || next(k + 1) != u"it" || !outside(ws[k].start))
            return std::nullopt;
        return Cue{ws[k], ws[k + 1].end};
    }
    if (w.size() == 2 && isWord(w, u"in") && next(k + 1) == u"the" && next(k + 2) == u"words"
        && next(k + 3) == u"of") {
        // in the words of Jane Doe, "…"
        if (!outside(ws[k].start))
            return std::nullopt;
        return Cue{ws[k], ws[k + 3].end};
    }
    if (!lexicon::speechVerbs().contains(w))
        return std::nullopt;
    if (!outside(ws[k].start))
        return std::nullopt;
    Cue c{ws[k], ws[k].end};
    if (isWord(w, u"according")) {
        if (next(k + 1) != u"to")
            return std::nullopt;
        c.end = ws[k + 1].end;
    } else if (w == u"pointed") {
        if (next(k + 1) != u"out")
            return std::nullopt;
        c.end = ws[k + 1].end;
    } else if (w == u"quoted") {
        // "was quoted as saying", "quoted X as saying"
        bool found = false;
        for (qsizetype j = k + 1; j < ws.size() && j <= k + 8; ++j) {
            if (word(ws[j]) == u"as" && next(j + 1) == u"saying") {
                c.end = ws[j + 1].end;
                found = true;
                break;
            }
        }
        if (!found)
            return std::nullopt;
    } else if (w == u"told" || w == u"telling") {
        const QStringView n = next(k + 1);
        if (n == u"reporters" || n == u"journalists")
            c.end = ws[k + 1].end;
    } else if (w == u"saying" || w == u"says" || w == u"said") {
        // "as saying" belongs to "quoted as saying"
        if (k > 0 && word(ws[k - 1]) == u"as" && w == u"saying")
            return std::nullopt;
    } else if (w.front().isUpper()) {
        return std::nullopt; // "Called", "Notes" as a capitalised word: a name or a heading
    } else if (lexicon::speechNouns().contains(w)) {
        // "claims", "calls", "reports" are verbs after a name or pronoun, else nouns
        const QStringView p = k > 0 ? word(ws[k - 1]) : QStringView();
        if (p.isEmpty() || !(isCapitalised(p) || lexicon::personPronouns().contains(p) || p == u"it"))
            return std::nullopt;
    }
    return c;
}

void Impl::assign(int qi, int speaker, const Cue *cue, int via, Span mention)
{
    if (speaker < 0 && !mention.isEmpty() && !m_nested && !notASpeaker(mention, cue))
        speaker = describedSpeaker(mention);
    Quote &q = m_a.quotes[qi];
    q.speaker = speaker;
    q.via = via;
    q.speakerMention = mention;
    if (cue)
        q.cueSpan = {cue->word.start, cue->end};
    if (speaker >= 0 && q.kind == QuoteKind::Scare)
        q.kind = QuoteKind::Direct;
    if (speaker >= 0 && q.parent < 0) {
        const qsizetype s = m_sents.at(q.span.start);
        if (s >= 0)
            m_sentenceSpeaker.add(s, {q.span.start, speaker});
    }
}

QuoteSite Impl::siteOf(int qi) const
{
    QuoteSite site;
    site.qi = qi;
    const Quote &q = m_a.quotes[qi];
    site.nested = q.parent >= 0;
    site.openMark = q.span.start - 1;
    site.afterQuote = q.span.end;
    if (site.afterQuote < m_text.size() && isQuoteMark(m_text[site.afterQuote]))
        ++site.afterQuote;
    // bounds: the sentences the quote opens and closes in, or the enclosing quote
    Span &bounds = site.bounds;
    if (site.nested) {
        bounds = m_a.quotes[q.parent].span;
    } else {
        const qsizetype s0 = m_sents.at(std::max<qsizetype>(0, site.openMark));
        const qsizetype s1 = m_sents.at(std::max<qsizetype>(0, q.span.end));
        bounds = {s0 >= 0 ? m_sents.span(s0).start : 0,
                  s1 >= 0 ? std::max(m_sents.span(s1).end, site.afterQuote) : site.afterQuote};
        if (s1 >= 0 && m_sents.span(s1).end < q.span.end)
            bounds.end = std::max(site.afterQuote, bounds.end);
    }
    // bounded windows around the quote keep the cost linear on run-on text
    bounds.start = std::max(bounds.start, site.openMark - kWindow);
    bounds.end = std::min(bounds.end, site.afterQuote + kWindow);

    // does the quote end its clause: “…,” / “…?” / “…!” / "…", X said
    qsizetype last = q.span.end;
    while (last > q.span.start && (m_text[last - 1].isSpace() || isQuoteMark(m_text[last - 1])))
        --last;
    const QChar lastChar = last > q.span.start ? m_text[last - 1] : QChar();
    site.after = site.afterQuote;
    while (site.after < bounds.end && m_text[site.after].isSpace())
        ++site.after;
    site.clauseEnd = lastChar == u',' || lastChar == u'?' || lastChar == u'!'
                     || (site.after < bounds.end && m_text[site.after] == u',');

    // the quote before this one at the same level (for continuations and clause bounds)
    const QList<Quote> &quotes = m_a.quotes;
    for (int k = qi - 1; k > q.parent && k >= qi - 64; --k) {
        if (quotes[k].parent == q.parent && quotes[k].kind != QuoteKind::Title) {
            site.prev = k;
            break;
        }
    }
    return site;
}

bool Impl::accepts(const QuoteSite &site, int e) const
{
    return e >= 0 && (!site.nested || typeOf(e) == EntityType::Person) && !placeSaysI(site.qi, e);
}

bool Impl::placeSaysI(int qi, int e) const
{
    // a known place speaks of itself as "I" in no quote ("Texas", "New Hampshire"); a person's
    // name typed a place does ("Cornel West"), and so does the government a country's name
    // stands for as "we"
    if (typeOf(e) != EntityType::Gpe)
        return false;
    const auto *place = entities::Gazetteer::instance().find(m_a.entities[e].name);
    if (!place || place->type != EntityType::Gpe)
        return false;
    // ("I’m" is read as "I" and "m": a typographic apostrophe ends a word)
    static const WordSet firstPerson{u"i",    u"me",   u"my",   u"myself",
                                     u"i'm", u"i've", u"i'll", u"i'd"};
    const Span q = m_a.quotes[qi].span;
    for (const Word &w : quotes::wordsIn(m_text, q.start, q.end)) {
        if (firstPerson.contains(word(w)))
            return true;
    }
    return false;
}

bool Impl::cueAfter(const QuoteSite &site)
{
    const int qi = site.qi;
    if (site.after >= site.bounds.end)
        return false;
    Words ws = m_sentenceWords.wordsIn(site.afterQuote, site.bounds.end);
    // the cue is among the first words, or after a person named with a long apposition:
    // “…,” Jane Doe, the attorney general of a state that is suing the agency, said
    qsizetype reach = 15;
    if (site.clauseEnd && !ws.isEmpty()) {
        const Mentions first = mentionsIn(ws.first().start, site.bounds.end);
        if (!first.isEmpty() && first.first().start == ws.first().start
            && typeOf(first.first().entity) == EntityType::Person
            && first.first().end < site.bounds.end && m_text[first.first().end] == u',')
            reach = 30;
    }
    for (qsizetype k = 0; k < ws.size() && k <= reach; ++k) {
        if (!outside(ws[k].start))
            return false; // another quote first
        const std::optional<Cue> cue = cueAt(ws, k);
        if (!cue)
            continue;
        const QStringView cw = word(cue->word);
        if (cw.endsWith(u"ing") && !isWord(cw, u"according")) {
            if (reach > 15)
                continue; // in the apposition: "one of the states suing the agency"
            return false; // “…,” telling reporters …: the subject stands before the quote
        }
        if (k == 1 && isWord(word(ws[0]), u"and")) {
            // “…” and warned …: the subject of the sentence
            const qsizetype s = m_sents.at(site.openMark);
            const int subj = s >= 0 ? subjectOf(s, site.openMark, EntityType::Person) : -1;
            const int org = s >= 0 ? subjectOf(s, site.openMark, EntityType::Org) : -1;
            const int e = subj >= 0 ? subj : org;
            if (!accepts(site, e))
                return false;
            assign(qi, e, &*cue);
            return true;
        }
        if (k == 0) {
            // “…,” said X: up to the clause's end ("said Rev. Jane Doe": a title's full stop
            // is not one, nor a hyphen inside a word: "Secretary-Treasurer Dana Kowalczyk")
            const qsizetype npEnd = cue->end;
            qsizetype stop = npEnd;
            while (stop < site.bounds.end && m_text[stop] != u',' && m_text[stop] != u';'
                   && m_text[stop] != u'('
                   && !(isDash(m_text[stop])
                        && !(m_text[stop] == u'-' && stop > npEnd && stop + 1 < m_text.size()
                             && m_text[stop - 1].isLetter() && m_text[stop + 1].isLetter()))
                   && (m_text[stop] != u'.' || isAbbreviationBefore(m_text, stop, npEnd)))
                ++stop;
            const Resolved r = resolveNP(npEnd, stop, false, Pick::First);
            if (accepts(site, r.entity)) {
                assign(qi, r.entity, &*cue, -1, r.mention);
                return true;
            }
            if (r.stop)
                assign(qi, -1, &*cue, -1, r.mention);
            return r.stop;
        }
        // “…,” X said / “fragment” …, X said.
        qsizetype npFrom = site.afterQuote;
        if (!site.clauseEnd) {
            // only a closing ", X said." at the end of the sentence
            const QStringView between = slice(site.afterQuote, cue->word.start);
            const qsizetype comma = between.lastIndexOf(u',');
            if (comma < 0)
                return false;
            npFrom = site.afterQuote + comma + 1;
            qsizetype tail = 0;
            for (qsizetype j = k + 1; j < ws.size(); ++j, ++tail) {
                if (word(ws[j]) == u"that")
                    return false;
            }
            if (tail > 6)
                return false;
        } else if (k >= reach) {
            return false;
        }
        const Resolved r = resolveNP(npFrom, cue->word.start, true, Pick::First);
        if (accepts(site, r.entity)) {
            assign(qi, r.entity, &*cue, -1, r.mention);
            return true;
        }
        if (r.stop && site.clauseEnd)
            assign(qi, -1, &*cue, -1, r.mention);
        return r.stop && site.clauseEnd;
    }
    return false;
}

bool Impl::linkedToPrevious(const QuoteSite &site, const Words &ws, qsizetype floor)
{
    // said it was “A” and “B”: the second goes with the first
    if (site.prev < 0 || floor <= site.bounds.start || m_a.quotes[site.prev].speaker < 0)
        return false;
    bool linked = ws.size() <= 1;
    for (const Word &w : ws)
        linked &= word(w) == u"and" || word(w) == u"or" || word(w) == u"but";
    if (!linked)
        return false;
    const Quote &p = m_a.quotes[site.prev];
    Cue same{{p.cueSpan.start, p.cueSpan.end}, p.cueSpan.end};
    assign(site.qi, p.speaker, p.cueSpan.isEmpty() ? nullptr : &same, p.via, p.speakerMention);
    return true;
}

bool Impl::quotedAs(const QuoteSite &site, const Words &ws, qsizetype k, const Cue &cue,
                    qsizetype floor)
{
    // "X was quoted by Y as saying “…”" / "Y quoted X as saying “…”": X speaks, Y relays
    qsizetype as = cue.end;
    for (qsizetype j = k + 1; j < ws.size(); ++j) {
        if (word(ws[j]) == u"as") {
            as = ws[j].start;
            break;
        }
    }
    const bool passive = k > 0
                         && (word(ws[k - 1]) == u"was" || word(ws[k - 1]) == u"were"
                             || word(ws[k - 1]) == u"is" || word(ws[k - 1]) == u"been");
    if (passive) {
        const Resolved r = resolveNP(floor, ws[k - 1].start, true, Pick::Last);
        int via = -1;
        if (k + 1 < ws.size() && word(ws[k + 1]) == u"by")
            via = resolveNP(ws[k + 1].end, as, false, Pick::First).entity;
        if (accepts(site, r.entity)) {
            assign(site.qi, r.entity, &cue, via, r.mention);
            return true;
        }
        return r.stop;
    }
    const Resolved speaker = resolveNP(cue.word.end, as, false, Pick::First);
    const Resolved relay = resolveNP(floor, cue.word.start, true, Pick::Last);
    assign(site.qi, accepts(site, speaker.entity) ? speaker.entity : -1, &cue, relay.entity,
           speaker.mention);
    return true;
}

std::optional<bool> Impl::cueBeforeAt(const QuoteSite &site, const Words &ws, qsizetype k,
                                      const Cue &cue, qsizetype floor)
{
    const int qi = site.qi;
    const QStringView cw = word(cue.word);
    if (isWord(cw, u"according") || isWord(cw, u"in")) {
        // "according to X, …" attributes the sentence, not the quote; but the quote right after
        // it ("According to X, “…”", "In the words of X, “…”") is X's
        qsizetype c = site.openMark;
        while (c > cue.end && m_text[c - 1].isSpace())
            --c;
        if (c > cue.end && m_text[c - 1] == u',' && c - cue.end < 80) {
            const Resolved r = resolveNP(cue.end, c - 1, false, Pick::First);
            if (accepts(site, r.entity)) {
                assign(qi, r.entity, &cue, -1, r.mention);
                return true;
            }
        }
        return std::nullopt;
    }
    if (cw == u"quoted")
        return quotedAs(site, ws, k, cue, floor);
    if (!site.nested && k > 0 && cw.endsWith(u"ing")
        && slice(ws[k - 1].end, ws[k].start).contains(u',')) {
        // "“…,” X said, noting “…”": the speaker of the quote whose cue stands before the
        // comma
        if (site.prev >= 0) {
            const Quote &p = m_a.quotes[site.prev];
            if (p.speaker >= 0 && !p.cueSpan.isEmpty() && p.cueSpan.end == ws[k - 1].end
                && accepts(site, p.speaker)) {
                assign(qi, p.speaker, &cue, p.via, p.speakerMention);
                return true;
            }
        }
        // "X threw her support behind Y on Friday, saying “…”": the clause's subject
        const Resolved r = clauseSubject(site.bounds.start, ws[k - 1].end);
        if (accepts(site, r.entity)) {
            assign(qi, r.entity, &cue, -1, r.mention);
            return true;
        }
    }
    const Resolved r = resolveNP(floor, cue.word.start, true, Pick::Last);
    if (accepts(site, r.entity)) {
        assign(qi, r.entity, &cue, -1, r.mention);
        return true;
    }
    if (r.stop)
        return true;
    // "While saying he …": the pronoun right after the cue
    if (k + 1 < ws.size() && lexicon::personPronouns().contains(word(ws[k + 1]))) {
        const int e = resolvePronoun(ws[k + 1].start, word(ws[k + 1]));
        if (accepts(site, e)) {
            assign(qi, e, &cue, -1, {ws[k + 1].start, ws[k + 1].end});
            return true;
        }
    }
    return std::nullopt;
}

bool Impl::cueBefore(const QuoteSite &site)
{
    qsizetype floor = site.bounds.start;
    if (site.prev >= 0) {
        const qsizetype prevEnd = m_a.quotes[site.prev].span.end;
        if (prevEnd > floor && prevEnd < site.openMark)
            floor = prevEnd + 1;
    }
    if (site.nested)
        floor = std::max(floor, site.bounds.start);
    const Words ws = m_sentenceWords.wordsIn(floor, std::max(floor, site.openMark));
    if (linkedToPrevious(site, ws, floor))
        return true;
    int tries = 0;
    for (qsizetype k = ws.size() - 1; k >= 0 && tries < 3; --k) {
        if (!outside(ws[k].start))
            continue;
        const std::optional<Cue> cue = cueAt(ws, k);
        if (!cue || cue->end > site.openMark)
            continue;
        ++tries;
        const QStringView cw = word(cue->word);
        if (cw.endsWith(u"ing") && k > 0 && cw != u"according"
            && slice(ws[k - 1].end, ws[k].start).trimmed().isEmpty()
            && !gerundLinks().contains(word(ws[k - 1])) && !isCapitalised(word(ws[k - 1])))
            continue; // "keeps saying …": a habit described, not a quotation
        if (const std::optional<bool> done = cueBeforeAt(site, ws, k, *cue, floor))
            return *done;
    }
    // a statement noun before a colon: with the slogan: “…”
    qsizetype c = site.openMark;
    while (c > floor && m_text[c - 1].isSpace())
        --c;
    if (!site.nested && c > floor && m_text[c - 1] == u':' && !ws.isEmpty()
        && lexicon::statementNouns().contains(word(ws.last()))) {
        const qsizetype s = m_sents.at(site.openMark);
        int e = subjectOf(s, site.openMark, EntityType::Person);
        if (e < 0)
            e = subjectOf(s, site.openMark, EntityType::Org);
        if (e >= 0) {
            assign(site.qi, e, nullptr);
            return true;
        }
    }
    return false;
}

bool Impl::continuesPrevious(const QuoteSite &site)
{
    const int qi = site.qi;
    const qsizetype openMark = site.openMark;
    const int prev = site.prev;
    const qsizetype sq0 = m_sents.at(std::max<qsizetype>(0, openMark));
    if (sq0 >= 0 && m_lastReported.first >= 0 && m_lastReported.first == sq0 - 1
        && (prev < 0 || m_sents.at(m_a.quotes[prev].span.end) < sq0 - 1)
        && slice(m_sents.span(sq0).start, std::max(m_sents.span(sq0).start, openMark))
               .trimmed()
               .isEmpty()) {
        // X said the plan was flawed. “It will never work.”
        assign(qi, m_lastReported.second, nullptr, -1, m_lastReportedMention);
        return true;
    }
    if (prev < 0 || m_a.quotes[prev].speaker < 0)
        return false;

    // continuation: a quote opening its sentence (or paragraph) goes on from the previous one
    const Quote &p = m_a.quotes[prev];
    const qsizetype sq = m_sents.at(std::max<qsizetype>(0, openMark));
    const qsizetype sp = m_sents.at(std::max<qsizetype>(0, p.span.end));
    if (sq < 0 || sp < 0 || sq - sp > 1)
        return false;
    const bool opensSentence =
        slice(m_sents.span(sq).start, std::max(m_sents.span(sq).start, openMark))
            .trimmed()
            .isEmpty();
    if (opensSentence) {
        assign(qi, p.speaker, nullptr, -1, p.speakerMention);
        return true;
    }
    // a fragment in a sentence with no cue and no subject of its own, right after the speaker
    if (m_sents.paragraph(sq) != m_sents.paragraph(sp))
        return false;
    const Words ws = m_sentenceWords.wordsIn(m_sents.span(sq).start, m_sents.span(sq).end);
    for (qsizetype k = 0; k < ws.size(); ++k) {
        if (cueAt(ws, k))
            return false;
    }
    if (!mentionsIn(m_sents.span(sq).start, openMark).isEmpty())
        return false;
    assign(qi, p.speaker, nullptr, -1, p.speakerMention);
    return true;
}

bool Impl::attributeQuote(int qi)
{
    const QuoteSite site = siteOf(qi);
    // “…” ― Jane Doe: a dash and a name after the quote, as under an epigraph or a vox pop
    if (!site.nested && dashAttribution(qi, site.after))
        return true;
    // a quote that ends its clause looks for its cue after it first, any other before it first
    if (site.clauseEnd ? cueAfter(site) || cueBefore(site) : cueBefore(site) || cueAfter(site))
        return true;
    if (site.nested)
        return false;
    return nominalCue(qi, site.bounds.start, site.openMark) || introducedByParagraphBefore(qi)
           || continuesPrevious(site);
}

bool Impl::dashAttribution(int qi, qsizetype after)
{
    if (after >= m_text.size() || !isDash(m_text[after]))
        return false;
    qsizetype from = after;
    while (from < m_text.size() && (isDash(m_text[from]) || m_text[from].isSpace()))
        ++from;
    if (m_text[after] == u'-' && from == after + 1)
        return false; // a hyphen, not a dash
    qsizetype stop = from;
    while (stop < m_text.size() && stop < from + 80 && m_text[stop] != u'\n'
           && m_text[stop] != u',' && !isQuoteMark(m_text[stop]))
        ++stop;
    const Words ws = m_sentenceWords.wordsIn(from, stop, 6);
    if (ws.isEmpty() || ws.size() > 5 || !isCapitalised(word(ws[0])))
        return false;
    Resolved r = resolveNP(from, stop, false, Pick::First);
    if (r.entity < 0) {
        r.entity = ensureName(bareName(ws));
        r.mention = m_lastFound;
    }
    if (r.entity < 0)
        return false;
    assign(qi, r.entity, nullptr, -1, r.mention);
    return true;
}

bool Impl::nominalCue(int qi, qsizetype from, qsizetype openMark)
{
    // "X's claim that “…”", "after her comment that, “…”": the words are the possessor's
    static const WordSet nouns{
        u"claim", u"claims", u"remark", u"remarks", u"assertion", u"argument", u"description",
        u"insistence", u"accusation", u"charge", u"suggestion", u"vow", u"boast", u"complaint",
        u"criticism", u"characterization", u"characterisation", u"prediction", u"question",
        u"quip", u"joke", u"call", u"statement", u"comment", u"comments", u"warning", u"promise",
        u"pledge", u"words", u"message", u"tweet", u"line", u"phrase", u"slogan", u"declaration"};
    const Words ws = m_sentenceWords.wordsIn(std::max(from, openMark - 160), openMark);
    for (qsizetype k = ws.size() - 1; k > 0 && k >= ws.size() - 10; --k) {
        if (!outside(ws[k].start) || cueAt(ws, k))
            return false; // inside another quote, or a cue nearer the quote says whose it is
        if (!nouns.contains(word(ws[k])))
            continue;
        // the possessor right before the noun (an adjective or a date may stand between)
        for (qsizetype j = k - 1; j >= 0 && j >= k - 3; --j) {
            const QStringView w = word(ws[j]);
            if (w == u"his" || w == u"her") {
                const int e = resolvePronoun(ws[j].start, w == u"his" ? u"he" : u"she");
                if (e < 0)
                    return false;
                assign(qi, e, nullptr, -1, {ws[j].start, ws[j].end});
                return true;
            }
            if (!isPossessive(w))
                continue;
            const Mentions ms = mentionsIn(std::max<qsizetype>(0, ws[j].start - 60), ws[j].end);
            for (const Mention &m : ms) {
                const EntityType t = typeOf(m.entity);
                if (m.end > ws[j].start && (t == EntityType::Person || t == EntityType::Org)) {
                    assign(qi, m.entity, nullptr, -1, {m.start, m.end});
                    return true;
                }
            }
            return false;
        }
        return false;
    }
    return false;
}

bool Impl::introducedByParagraphBefore(int qi)
{
    const Quote &q = m_a.quotes[qi];
    const qsizetype openMark = q.span.start - 1;
    const qsizetype sq = m_sents.at(std::max<qsizetype>(0, openMark));
    if (sq <= 0 || m_sents.paragraph(sq) == m_sents.paragraph(sq - 1))
        return false; // not the first sentence of its paragraph
    if (!slice(m_sents.span(sq).start, std::max(m_sents.span(sq).start, openMark))
             .trimmed()
             .isEmpty())
        return false;
    // the paragraph before ends with "…, X said:" / "X continued:" (a short introduction)
    const Span before = m_sents.span(sq - 1);
    qsizetype end = before.end;
    while (end > before.start && m_text[end - 1].isSpace())
        --end;
    if (end <= before.start || m_text[end - 1] != u':' || openMark - end > 8)
        return false;
    const qsizetype from = std::max(before.start, end - kWindow / 2);
    const Words ws = m_sentenceWords.wordsIn(from, end);
    for (qsizetype k = ws.size() - 1; k >= 0 && k >= ws.size() - 8; --k) {
        if (insideQuote(ws[k].start))
            return false;
        const std::optional<Cue> cue = cueAt(ws, k);
        if (!cue || cue->word.start < from)
            continue;
        const QStringView cw = word(cue->word);
        if (isWord(cw, u"according") || isWord(cw, u"in") || cw == u"quoted")
            return false;
        const Resolved r = resolveNP(from, cue->word.start, true, Pick::Last);
        if (r.entity < 0)
            return false;
        assign(qi, r.entity, &*cue, -1, r.mention);
        return true;
    }
    return false;
}

void Impl::attributeQuotes(int &qi, qsizetype until)
{
    for (; qi < m_a.quotes.size() && m_a.quotes[qi].span.start <= until; ++qi) {
        Quote &q = m_a.quotes[qi];
        if (q.kind == QuoteKind::Title)
            continue;
        if (m_turn[size_t(qi)]) {
            assign(qi, turnSpeaker(q.speakerMention), nullptr, -1, q.speakerMention);
            continue;
        }
        m_nested = q.parent >= 0;
        attributeQuote(qi);
        m_nested = false;
        // the ranker for the quotes the rules left alone (fragments too: "X blasted Y for
        // \"cavorting\"" is X's word; the model learned when a fragment is nobody's)
        const QString words = m_a.textOf(q);
        const bool fragment = QuoteFinder::isFragment(words);
        const qsizetype s = m_sents.at(q.span.start);
        const qsizetype sentenceStart = s >= 0 ? m_sents.span(s).start : 0;
        // (not a title-cased fragment: a show, a slogan, a name in quote marks)
        if (q.parent < 0 && q.speaker < 0 && q.speakerMention.isEmpty()
            && !(fragment
                 && (QuoteFinder::isTitleCased(words)
                     || othersWordsIn(std::max(sentenceStart, q.span.start - 200), q.span.start))))
            rankQuote(qi);
        if (q.speaker < 0 && q.kind == QuoteKind::Direct && fragment)
            q.kind = QuoteKind::Scare;
    }
}

bool Impl::othersWordsIn(qsizetype from, qsizetype to) const
{
    static const WordSet othersWords{
        u"claim", u"claims", u"accusation", u"accusations", u"allegation", u"allegations",
        u"charge", u"charges", u"suggestion", u"suggestions", u"report", u"reports",
        u"criticism", u"critics", u"rumours", u"rumors"};
    for (const Word &w : m_sentenceWords.wordsIn(from, to)) {
        if (othersWords.contains(word(w)))
            return true;
    }
    return false;
}

void Impl::quotesInStatements(int from, int to, const QList<ReportedStatement> &statements,
                              qsizetype first)
{
    // statement by statement, the quotes inside its content (binary search: a long sentence
    // with many quotes and cues stays linear); the first statement to hold a quote decides
    QSet<int> decided;
    const auto begin = m_a.quotes.cbegin() + from;
    const auto end = m_a.quotes.cbegin() + to;
    for (qsizetype i = first; i < statements.size(); ++i) {
        const ReportedStatement &r = statements[i];
        auto it = std::lower_bound(begin, end, r.content.start, [](const Quote &q, qsizetype p) {
            return q.span.start < p;
        });
        for (; it != end && it->span.start < r.content.end; ++it) {
            const int qi = int(it - m_a.quotes.cbegin());
            if (it->parent >= 0 || it->speaker >= 0 || it->kind == QuoteKind::Title
                || decided.contains(qi))
                continue;
            if (r.source < 0 || r.generic || placeSaysI(qi, r.source))
                continue;
            decided.insert(qi);
            // "X dismissed claims that it was “a U-turn”": others' words, not the source's
            if (othersWordsIn(std::max(r.cueSpan.end, it->span.start - 200), it->span.start))
                continue;
            // "X has hailed the vote as “fantastic”": the words quoted are the source's
            Cue cue{{r.cueSpan.start, r.cueSpan.end}, r.cueSpan.end};
            assign(qi, r.source, &cue, -1, r.sourceMention);
        }
    }
}

void Impl::rankQuote(int qi)
{
    const SpeakerRanker &ranker = SpeakerRanker::learned();
    const Quote &q = m_a.quotes[qi];
    const qsizetype openMark = q.span.start - 1;
    // the model knows double quotation marks only (as in its training articles)
    if (ranker.isEmpty() || openMark < 0 || !isDoubleQuoteMark(m_text[openMark]))
        return;
    // an unclosed quote runs to the end of its paragraph
    qsizetype closeMark = q.span.end;
    if (closeMark >= m_text.size() || !isDoubleQuoteMark(m_text[closeMark])) {
        closeMark = q.span.end;
        while (closeMark < m_text.size() && m_text[closeMark] != u'\n'
               && closeMark < q.span.end + kWindow)
            ++closeMark;
    }
    if (!m_quoteMarks)
        m_quoteMarks = SpeakerRanker::quoteMarks(m_text);
    const std::optional<SpeakerRanker::Choice> c =
        ranker.choose(m_text, openMark, closeMark, *m_quoteMarks);
    if (!c)
        return;
    int speaker = -1;
    Span mention = c->span;
    // the ranker's name, or for a party tag ("Sen. Ann Lee (R-Fla.)") the name before it: its
    // capitalised words right before the bracket
    Span named = c->span;
    if (const qsizetype tag = c->kind == u"NAME"
                                  ? partyTagAround(m_text, c->span.start, c->span.end)
                                  : -1;
        tag >= 0) {
        const Words ws =
            m_sentenceWords.wordsIn(std::max<qsizetype>(0, tag - 80), tag - 1);
        named = {};
        for (qsizetype k = ws.size() - 1; k >= 0 && k >= ws.size() - 6; --k) {
            const qsizetype gapEnd = named.isEmpty() ? tag - 1 : named.start;
            const QStringView gap = slice(ws[k].end, gapEnd).trimmed();
            if (!isCapitalised(word(ws[k])) || !gap.isEmpty())
                break;
            named = {ws[k].start, named.isEmpty() ? ws[k].end : named.end};
        }
        if (named.isEmpty())
            return;
        mention = named;
    }
    if (c->kind == u"NAME") {
        // the entity named there (a person first), else a name the recognizer missed
        const Mentions ms = mentionsIn(std::max<qsizetype>(0, named.start - 40), named.end);
        for (const Mention &m : ms) {
            if (!m.inQuote && m.end > named.start && m.start < named.end
                && (speaker < 0 || typeOf(m.entity) == EntityType::Person)) {
                if (speaker < 0 || typeOf(speaker) != EntityType::Person) {
                    speaker = m.entity;
                    mention = {m.start, m.end};
                }
            }
        }
        if (speaker < 0) {
            const Words ws = m_sentenceWords.wordsIn(named.start, named.end);
            speaker = unknownName(ws, named.start, Pick::First);
            if (speaker < 0) // one word ("Brill"): the person named in full before, or new
                speaker = ensureName(bareName(ws));
            if (speaker >= 0)
                mention = m_lastFound;
        }
    } else if (c->kind.startsWith(u"PRON_")) {
        const QString p = c->kind.mid(5);
        speaker = resolvePronoun(c->span.start,
                                p == u"we" || p == u"it" ? QStringLiteral("they") : p);
    } else {
        // a description ("a spokesman for X", "the senator"): resolved as next to a cue
        const qsizetype s = m_sents.at(c->span.start);
        const qsizetype from = s >= 0 ? std::max(m_sents.span(s).start, c->span.start - 120)
                                      : c->span.start;
        const Resolved r = resolveNP(from, c->span.end, true, Pick::Last);
        speaker = r.entity;
        if (!r.mention.isEmpty() && r.mention.overlaps(c->span))
            mention = r.mention;
        else if (speaker < 0)
            return;
        // else a description no entity stands for: assign() gives it one
    }
    if ((speaker < 0 && c->kind != u"DESC") || (speaker >= 0 && placeSaysI(qi, speaker)))
        return;
    assign(qi, speaker, nullptr, -1, mention);
}

} // namespace gloss::attribution
