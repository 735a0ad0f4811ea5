// The noun phrase next to a cue: a pronoun, a role ("the spokesman"), a description ("the
// senator"), the clause's subject or a name (see Attribution_p.h).
#include "Attribution_p.h"

#include <algorithm>

namespace gloss::attribution {

namespace {

QString roleKey(QStringView w)
{
    QString k = stripPossessive(w).toString().toLower();
    if (k.endsWith(u's') && k.size() > 3)
        k.chop(1);
    if (k.endsWith(u"me"))
        k.chop(2), k += u"man"; // spokesmen → spokesman
    return k;
}

/**
 * Whether @p word in lower case and without its full stops ("Sen." is "sen") is @p lower (a
 * lower-case ASCII word): word.toString().toLower().remove(u'.') == lower, without the copies
 * for a word of ASCII letters.
 */
bool isTitleWord(QStringView word, QStringView lower)
{
    qsizetype k = 0;
    for (const QChar c : word) {
        char16_t u = c.unicode();
        if (u == u'.')
            continue;
        if (u >= 128) // lower case beyond ASCII may change the length: as it reads in full
            return word.toString().toLower().remove(u'.') == lower;
        if (u >= u'A' && u <= u'Z')
            u += 32;
        if (k >= lower.size() || lower[k].unicode() != u)
            return false;
        ++k;
    }
    return k == lower.size();
}

/** What a title word stands for: the office it names and the short form it takes before a
 *  name. */
struct TitleForms
{
    QStringView office;    ///< the office one person holds at a time, or empty
    QStringView shortForm; ///< "sen" for "senator", or empty
};

/**
 * The forms of a title word (case-insensitive): the office it is a word for ("justice" is
 * "judge", "sen" is "senator": "Finance Minister Jane Doe" is not "the mayor", "Justice Jane
 * Doe" is "the judge") and the short form it takes before a name ("Sen.", "Gov.", "Rep.").
 */
TitleForms titleForms(QStringView word)
{
    static const WordTable<TitleForms> forms{
        {u"senator", {u"senator", u"sen"}},
        {u"sen", {u"senator", {}}},
        {u"governor", {u"governor", u"gov"}},
        {u"gov", {u"governor", {}}},
        {u"mayor", {u"mayor", {}}},
        {u"president", {u"president", {}}},
        {u"judge", {u"judge", {}}},
        {u"justice", {u"judge", {}}},
        {u"sheriff", {u"sheriff", {}}},
        {u"secretary", {u"secretary", {}}},
        {u"congressman", {u"representative", u"rep"}},
        {u"congresswoman", {u"representative", u"rep"}},
        {u"rep", {u"representative", {}}},
        {u"representative", {u"representative", u"rep"}},
        {u"ambassador", {u"ambassador", {}}},
        {u"prosecutor", {u"prosecutor", {}}},
        {u"chancellor", {u"chancellor", {}}},
        {u"premier", {u"premier", {}}},
        {u"king", {u"king", {}}},
        {u"queen", {u"queen", {}}},
        {u"pope", {u"pope", {}}},
        {u"general", {u"general", u"gen"}},
        {u"gen", {u"general", {}}},
        {u"minister", {u"minister", {}}},
        {u"chairman", {u"chair", {}}},
        {u"chairwoman", {u"chair", {}}},
        {u"commissioner", {u"commissioner", {}}},
        {u"professor", {{}, u"prof"}}, // a title, not an office held by one person at a time
    };
    return forms.value(word);
}

} // namespace

Resolved Impl::resolveRole(const Words &ws, qsizetype k, qsizetype floor)
{
    const QString key = roleKey(word(ws[k]));
    // "a spokesman for X", "an official at X"
    if (k + 1 < ws.size()) {
        static const WordSet link{u"for", u"of", u"at", u"from", u"to", u"with"};
        if (link.contains(word(ws[k + 1]))) {
            const Mentions ms = mentionsIn(ws[k + 1].end, ws.last().end);
            if (!ms.isEmpty()) {
                const int e = ms.first().entity;
                const QStringView between = slice(ws[k + 1].end, ms.first().start);
                if (between.trimmed().size() <= 4 && typeOf(e) != EntityType::Gpe) {
                    m_roles.insert(key, e);
                    return {e, false, {}};
                }
            }
            // "a spokesperson for the government": the organisation named before
            if (k + 3 < ws.size() && isWord(word(ws[k + 2]), u"the")
                && lexicon::orgNouns().contains(word(ws[k + 3]))) {
                const int e = resolveOrgAnaphor(word(ws[k + 3]), ws[k + 2].start);
                if (e >= 0) {
                    m_roles.insert(key, e);
                    return {e, false, {}};
                }
            }
            return {-1, true, {}};
        }
    }
    // "a Labour source", "BCC officials": an organisation right before the role noun
    if (k > 0) {
        const Mentions ms = mentionsIn(ws[std::max<qsizetype>(0, k - 3)].start, ws[k].start);
        for (auto it = ms.crbegin(); it != ms.crend(); ++it) {
            if (typeOf(it->entity) == EntityType::Org && slice(it->end, ws[k].start).trimmed().size() <= 12
                && !afterPreposition(it->start, floor)) {
                m_roles.insert(key, it->entity);
                return {it->entity, false, {}};
            }
        }
        const QStringView det = word(ws[k - 1]);
        if (isWord(det, u"the") || det == u"this" || det == u"that") {
            const auto found = m_roles.constFind(key);
            if (found != m_roles.cend())
                return {found.value(), false, {}};
        }
        // "The ministry said … . A spokeswoman said …": the organisation that spoke in the
        // sentence just before, in the same paragraph
        const bool indefinite = isWord(det, u"a") || isWord(det, u"an");
        if (indefinite && key.startsWith(u"spokes")) {
            const qsizetype s = m_sents.at(ws[k].start);
            if (s > 0 && m_sents.paragraph(s - 1) == m_sents.paragraph(s)) {
                if (const int org = organisationOf(s - 1); org >= 0)
                    return {org, false, {}};
            }
        }
    }
    return {-1, true, {}};
}

Resolved Impl::resolveDescription(const Words &ws, qsizetype head)
{
    // nouns that describe one person by office or role (general English)
    static const WordSet descriptions{
        u"senator", u"judge", u"governor", u"mayor", u"president", u"candidate", u"nominee",
        u"congressman", u"congresswoman", u"lawmaker", u"secretary", u"justice", u"sheriff",
        u"chairman", u"chairwoman", u"billionaire", u"businessman", u"businesswoman",
        u"general", u"representative", u"ambassador", u"prosecutor", u"host", u"founder",
        u"frontrunner", u"front-runner", u"hopeful", u"contender", u"incumbent", u"challenger",
        u"chancellor", u"premier", u"monarch", u"king", u"queen", u"pope", u"tycoon",
        u"mogul", u"developer", u"star", u"actor", u"actress", u"author", u"writer",
        u"columnist", u"economist", u"professor", u"commander", u"chief", u"coach",
        u"senator-elect", u"president-elect", u"governor-elect", u"democrat", u"republican"};
    const QStringView h = stripPossessive(word(ws[head]));
    if (!descriptions.contains(h) || isCapitalised(h))
        return {};
    // a definite phrase: "the (Florida|former|…) senator", at most three words before the noun
    qsizetype det = -1;
    for (qsizetype k = head - 1; k >= 0 && k >= head - 3; --k) {
        if (isWord(word(ws[k]), u"the")) {
            det = k;
            break;
        }
        if (lexicon::prepositions().contains(word(ws[k])))
            return {};
    }
    if (det < 0)
        return {};
    const Span mention{ws[det].start, ws[head].end};
    const QString key = h.toString().toLower();
    const TitleForms forms = titleForms(key);
    const QStringView office = forms.office;
    const bool isOffice = !office.isEmpty();
    // a person named before with that title: "Sen. Jane Doe … the senator"; and the people
    // named before with another office, whom the description does not fit
    int steps = 0;
    int titled = -1;
    QVarLengthArray<int, 8> otherOffice;
    const qsizetype s = m_sents.at(ws[det].start);
    qsizetype sentence = s; // the sentence of the mention read, stepping back with them
    const auto isKey = [&](QStringView t) {
        return isTitleWord(t, key)
               || (!forms.shortForm.isEmpty() && isTitleWord(t, forms.shortForm));
    };
    m_mentions.backwardFrom(ws[det].start, [&](const Mention &m) {
        if (steps++ >= 300)
            return false;
        if (m.inQuote || typeOf(m.entity) != EntityType::Person)
            return true;
        // the words before the name in its sentence ("the senator said. Bill Amos …" gives
        // Bill Amos no title)
        while (sentence > 0 && m_sents.span(sentence).start > m.start)
            --sentence; // the mentions come in reverse order
        const qsizetype floor =
            std::max(m.start - 40, sentence >= 0 ? m_sents.span(sentence).start : 0);
        const Words pre = m_sentenceWords.wordsIn(floor, m.start);
        // up to three words right before it, no comma between but one before the name ("the
        // Florida senator Jane Doe", "the inspector general, Jane Doe"; not "the senator, sat
        // beside Jane Doe")
        for (qsizetype j = pre.size() - 1; j >= 0 && j >= pre.size() - 3; --j) {
            if (j + 1 < pre.size() && slice(pre[j].end, pre[j + 1].start).contains(u','))
                break;
            if (isKey(word(pre[j]))) {
                titled = m.entity;
                return false;
            }
        }
        // or in an apposition after it, closed by a comma before the description: "Jane Doe,
        // the state's governor, …" (not "in Chelsea, the mayor said")
        if (m.end < m_text.size() && m_text[m.end] == u',') {
            const qsizetype sentenceEnd =
                sentence >= 0 ? m_sents.span(sentence).end : m_text.size();
            const qsizetype end = std::min({sentenceEnd, m.end + 80, ws[det].start});
            const Words post = m_sentenceWords.wordsIn(m.end, end, 8);
            for (qsizetype j = 1; j < post.size() && isWord(word(post.first()), u"the"); ++j) {
                if (isKey(word(post[j]))) {
                    if (slice(post[j].end, end).contains(u','))
                        titled = m.entity;
                    break;
                }
            }
            if (titled >= 0)
                return false;
        }
        // the title that opens the name ("Sen. Tom Reed") or stands right before it
        if (isOffice && !otherOffice.contains(m.entity)) {
            const QStringView name = slice(m.start, m.end);
            const qsizetype space = name.indexOf(u' ');
            const QStringView first = space > 0 ? name.first(space) : QStringView();
            const QStringView own = first.endsWith(u'.') ? first.chopped(1) : first;
            const QStringView t =
                !own.isEmpty() && !titleForms(own).office.isEmpty() ? own
                : !pre.isEmpty() && slice(pre.back().end, m.start).trimmed().size() <= 1
                    ? word(pre.back())
                    : QStringView();
            const QStringView held = isCapitalised(t) ? titleForms(t).office : QStringView();
            if (!held.isEmpty() && held != office)
                otherOffice.append(m.entity);
        }
        return true;
    });
    if (titled >= 0)
        return {titled, false, mention};
    // else the person who spoke last, in this sentence or the four before, unless named with
    // another office; after this sentence's speakers, the subject of the sentence before
    const auto fits = [&](int e) {
        return e >= 0 && typeOf(e) == EntityType::Person && !otherOffice.contains(e);
    };
    for (qsizetype k = s; k >= 0 && k >= s - 4; --k) {
        const auto speakers = m_sentenceSpeaker.of(k);
        for (auto sp = speakers.rbegin(); sp != speakers.rend(); ++sp) {
            if (sp->first < ws[det].start && fits(sp->second))
                return {sp->second, false, mention};
        }
        // "Tom Reed walked in on Monday. …, the senator said." (the subject is in the
        // sentence's first words: further on, a person is seldom the subject)
        if (k == s && s > 0 && m_sents.paragraph(s - 1) == m_sents.paragraph(s)) {
            const Span before = m_sents.span(s - 1);
            const Resolved subject =
                clauseSubject(before.start, std::min(before.end, before.start + 60));
            if (!subject.stop && fits(subject.entity))
                return {subject.entity, false, mention};
        }
    }
    return {};
}

Resolved Impl::clauseSubject(qsizetype from, qsizetype to)
{
    for (const Word &w : m_sentenceWords.wordsIn(from, to)) {
        const QStringView t = word(w);
        if (!outside(w.start) || lexicon::discourseWords().contains(t))
            continue;
        if (lexicon::personPronouns().contains(t))
            return {resolvePronoun(w.start, t), true, {w.start, w.end}};
        break;
    }
    for (const Mention &m : mentionsIn(from, to)) {
        if (typeOf(m.entity) == EntityType::Person && !m.inQuote && !possessive(m)
            && !afterPreposition(m.start, from))
            return {m.entity, false, {m.start, m.end}};
    }
    return {};
}

bool Impl::opensSentence(qsizetype pos) const
{
    const qsizetype s = m_sents.at(pos);
    if (s < 0)
        return false;
    for (qsizetype i = m_sents.span(s).start; i < pos; ++i) {
        if (m_text[i].isLetterOrNumber())
            return false;
    }
    return true;
}

Resolved Impl::resolveNP(qsizetype from, qsizetype to, bool npBeforeCue, Pick pick)
{
    if (to <= from)
        return {};
    NounPhrase np{from, to, npBeforeCue, pick, m_sentenceWords.wordsIn(from, to), -1};
    np.ws.removeIf([this](const Word &w) { return !outside(w.start); });
    if (np.ws.isEmpty())
        return {};
    // the word next to the cue (before it, past fillers and adverbs; or right after it)
    if (npBeforeCue) {
        for (qsizetype k = np.ws.size() - 1; k >= 0; --k) {
            const QStringView w = word(np.ws[k]);
            if (lexicon::cueFillers().contains(w) || isLyAdverb(w))
                continue;
            np.adj = k;
            break;
        }
    } else {
        np.adj = 0;
    }
    if (np.adj < 0)
        return {};
    // 1. a pronoun or a clause's subject next to the cue
    if (const std::optional<Resolved> r = subjectAtCue(np))
        return *r;
    // 2. a person named in the phrase (not after a preposition, not a possessive)
    Mentions people, orgs, places;
    for (const Mention &m : mentionsIn(from, to)) {
        if (possessive(m) || afterPreposition(m.start, from))
            continue;
        switch (typeOf(m.entity)) {
        case EntityType::Person: people.append(m); break;
        case EntityType::Org: orgs.append(m); break;
        case EntityType::Gpe: places.append(m); break;
        default: break;
        }
    }
    if (!people.isEmpty())
        return personInPhrase(np, people);
    // 3. an unknown person name
    if (const int e = unknownName(np.ws, from, pick); e >= 0)
        return {e, false, m_lastFound};
    // 4. a role noun: "a spokesman for X", "a Labour source", "the spokesman"
    if (const std::optional<Resolved> r = roleInPhrase(np))
        return *r;
    // 5. an organisation that only modifies a description of a person ("The Democratic
    //    presidential front-runner … said"): the person described, named before; else the
    //    organisation: named, or described by its noun ("the association said")
    if (!m_nested && !orgs.isEmpty()) {
        const Mention &org = orgs.first();
        for (qsizetype k = 1; k < np.ws.size() && k <= 5; ++k) {
            if (np.ws[k].start < org.end || org.start < np.ws[std::max<qsizetype>(0, k - 3)].start)
                continue;
            const Resolved d = resolveDescription(np.ws, k);
            if (d.entity >= 0)
                return d;
        }
    }
    if (const std::optional<Resolved> r = organisationInPhrase(np, orgs))
        return *r;
    // 6. a country or city as the whole phrase ("Russia said")
    if (places.size() == 1 && placeIsPhrase(np, places.first()))
        return {places.first().entity, false, {places.first().start, places.first().end}};
    // 7. a description of a person named before: "the senator", "the Republican nominee"
    if (!m_nested) {
        const Resolved d = resolveDescription(np.ws, np.adj);
        if (d.entity >= 0)
            return d;
    }
    return unknownSource(np);
}

std::optional<Resolved> Impl::subjectAtCue(const NounPhrase &np)
{
    const Words &ws = np.ws;
    const qsizetype adj = np.adj;
    const QStringView adjWord = word(ws[adj]);
    // "he's said": the pronoun of a contraction
    const QStringView pronoun = lexicon::personPronouns().contains(stripPossessive(adjWord))
                                    ? stripPossessive(adjWord)
                                    : adjWord;
    if (lexicon::personPronouns().contains(pronoun)
        || isWord(adjWord, u"it"))
        return Resolved{m_nested ? -1 : resolvePronoun(ws[adj].start, pronoun), true,
                        {ws[adj].start, ws[adj].end}};
    if (np.beforeCue && adjWord == u"who" && !m_nested) {
        // "Jane Doe, who called it …": the relative pronoun names the person just before it
        for (const Mention &m : mentionsIn(std::max<qsizetype>(np.from, ws[adj].start - 80),
                                           ws[adj].start)) {
            const EntityType t = typeOf(m.entity);
            if (slice(m.end, ws[adj].start).trimmed().size() <= 1
                && t != EntityType::Gpe && t != EntityType::Loc)
                return Resolved{m.entity, false, {ws[adj].start, ws[adj].end}};
        }
    }
    // "they said"; but after the cue "said one Democrat, …" is a phrase, not a pronoun
    if (otherPronouns().contains(adjWord)
        && (np.beforeCue || ws.size() == 1 || !slice(ws[0].end, ws[1].start).trimmed().isEmpty()))
        return Resolved{-1, true, {ws[adj].start, ws[adj].end}};
    if (np.beforeCue && (adjWord == u"and" || adjWord == u"but") && !m_nested) {
        // "He defended the plan and wrote, …", "X did not name Y, but told …": the subject
        // that opens the clause
        const Resolved r = clauseSubject(np.from, np.to);
        if (r.entity >= 0 || r.stop)
            return r;
    }
    // "X tweeted after Jane Doe argued that …": a name right before the cue, after a word
    // that opens a clause here, is the clause's subject, not the object of a preposition
    if (np.beforeCue && adj > 0 && !m_nested) {
        static const WordSet clauseOpeners{u"after", u"before", u"since", u"as", u"when",
                                           u"while", u"because", u"until", u"once", u"though",
                                           u"although", u"if", u"whereas"};
        for (const Mention &m : mentionsIn(std::max(np.from, ws[adj].start - 80), ws[adj].end)) {
            if (m.end != ws[adj].end || typeOf(m.entity) != EntityType::Person || possessive(m))
                continue;
            const Words before = m_sentenceWords.wordsIn(std::max(np.from, m.start - 20), m.start);
            if (!before.isEmpty() && clauseOpeners.contains(word(before.last())))
                return Resolved{m.entity, false, {m.start, m.end}};
        }
    }
    return std::nullopt;
}

Resolved Impl::personInPhrase(const NounPhrase &np, const Mentions &people) const
{
    if (np.pick == Pick::First)
        return {people.first().entity, false, {people.first().start, people.first().end}};
    // "X, a coastal engineer at Y who …, said": the person before the appositive
    qsizetype end = np.to;
    while (end > np.from && m_text[end - 1].isSpace())
        --end;
    if (end > np.from && m_text[end - 1] == u',') {
        const qsizetype open = slice(np.from, end - 1).lastIndexOf(u',');
        if (open >= 0) {
            for (auto it = people.crbegin(); it != people.crend(); ++it) {
                if (it->end <= np.from + open)
                    return {it->entity, false, {it->start, it->end}};
            }
        }
    }
    return {people.last().entity, false, {people.last().start, people.last().end}};
}

std::optional<Resolved> Impl::roleInPhrase(const NounPhrase &np)
{
    const Words &ws = np.ws;
    const bool first = np.pick == Pick::First;
    for (qsizetype k = first ? 0 : ws.size() - 1; first ? k < ws.size() : k >= 0;
         k += first ? 1 : -1) {
        const QStringView w = word(ws[k]);
        if (!lexicon::roleNouns().contains(w))
            continue;
        if (isCapitalised(w) && !opensSentence(ws[k].start))
            continue; // a title ("Spokesman"), not a sentence's first word ("Analysts at X")
        if (k + 1 < ws.size() && isCapitalised(word(ws[k + 1])))
            continue; // a title before a name: "council leader Jane Doe"
        // a person name after the role noun wins ("spokeswoman Jane Doe"): handled before
        // the role noun with its determiner and modifiers: "a senior campaign official"
        qsizetype b = k;
        while (b > 0 && k - b < 4 && slice(ws[b - 1].end, ws[b].start).trimmed().isEmpty()
               && !lexicon::prepositions().contains(word(ws[b - 1]))
               && !lexicon::speechVerbs().contains(word(ws[b - 1])))
            --b;
        if (b > 0 && lexicon::prepositions().contains(word(ws[b - 1])))
            continue; // "In a statement, the mayor said": not the subject
        Resolved r = resolveRole(ws, k, np.from);
        if (r.entity >= 0 || r.stop) {
            r.mention = {ws[b].start, ws[k].end};
            return r;
        }
    }
    return std::nullopt;
}

std::optional<Resolved> Impl::organisationInPhrase(const NounPhrase &np, const Mentions &orgs)
{
    const Words &ws = np.ws;
    const qsizetype adj = np.adj;
    const QStringView head = stripPossessive(word(ws[adj]));
    const bool described = lexicon::orgNouns().contains(head) && !isCapitalised(head);
    bool headInName = false;
    for (const Mention &m : orgs)
        headInName |= m.start <= ws[adj].start && ws[adj].end <= m.end;
    if (described && !headInName) {
        qsizetype npStart = ws[adj].start;
        for (qsizetype k = adj - 1; k >= 0; --k) {
            const QStringView w = word(ws[k]);
            npStart = ws[k].start;
            if (isWord(w, u"the") || w == u"its" || w == u"this")
                break;
            if (!isCapitalised(w) && !lexicon::orgNouns().contains(w))
                break;
        }
        const QStringView det = slice(npStart, npStart + 3);
        if (isWord(det, u"the") || det.startsWith(u"its")
            || det.startsWith(u"thi"))
            return Resolved{resolveOrgAnaphor(head, npStart), false, {npStart, ws[adj].end}};
        return Resolved{-1, true, {npStart, ws[adj].end}};
    }
    if (orgs.isEmpty())
        return std::nullopt;
    const Mention &m = np.pick == Pick::First ? orgs.first() : orgs.last();
    return Resolved{m.entity, false, {m.start, m.end}};
}

bool Impl::placeIsPhrase(const NounPhrase &np, const Mention &place) const
{
    // the phrase holds nothing but the place, "the", fillers and adverbs
    for (const Word &w : np.ws) {
        const QStringView t = word(w);
        if (!((w.start >= place.start && w.end <= place.end)
              || isWord(t, u"the")
              || lexicon::cueFillers().contains(t) || isLyAdverb(t)))
            return false;
    }
    return true;
}

Resolved Impl::unknownSource(const NounPhrase &np) const
{
    // anything else ("union officials", "one woman") names nobody we know; its words (up to
    // five before the cue, after the last comma) still say who spoke
    const Words &ws = np.ws;
    const bool onlyDiscourse = std::all_of(ws.cbegin(), ws.cend(), [this](const Word &w) {
        return lexicon::discourseWords().contains(word(w));
    });
    if (onlyDiscourse)
        return {};
    const qsizetype adj = np.adj;
    qsizetype b = adj;
    // nor past a "what" opening the clause: "involved with what multiple lawmakers called"
    // ("who" and "that" stay: "those who back her", "that letter")
    while (b > 0 && adj - b < 4 && !slice(ws[b - 1].end, ws[b].start).contains(u',')
           && !lexicon::discourseWords().contains(word(ws[b - 1]))
           && !isWord(word(ws[b - 1]), u"what"))
        --b;
    static const WordSet articles{u"a", u"an", u"the"};
    if (b > 0 && adj - b < 4 && articles.contains(word(ws[b - 1]))
        && !slice(ws[b - 1].end, ws[b].start).contains(u','))
        --b; // "the congressional report": its article too
    qsizetype e = adj;
    if (!np.beforeCue) {
        while (e + 1 < ws.size() && e < 4 && !slice(ws[e].end, ws[e + 1].start).contains(u','))
            ++e;
        b = 0;
    }
    return {-1, true, {ws[b].start, ws[e].end}};
}

} // namespace gloss::attribution
