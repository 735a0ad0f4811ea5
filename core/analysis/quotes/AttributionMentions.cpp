// The attribution's entities and their mentions: gender, pronouns and organisation anaphora,
// names found next to a cue, descriptions of a speaker (see Attribution_p.h).
#include "Attribution_p.h"

#include "SpeakerRanker.h"

#include <QSet>

#include <algorithm>

namespace gloss::attribution {

const WordSet &otherPronouns()
{
    static const WordSet set{u"they", u"we", u"i", u"you", u"who", u"someone", u"one",
                             u"many", u"some", u"others", u"everyone", u"nobody"};
    return set;
}

/** Honorifics that make one capitalised word a person's name (Mr Reed). */
const WordSet &honorifics()
{
    static const WordSet set{u"mr", u"mrs", u"ms", u"miss", u"dr", u"prof", u"sir", u"dame",
                             u"lady", u"lord", u"mx"};
    return set;
}

/** Words before a gerund cue that keep it a quotation ("as saying", "while adding"). */
const WordSet &gerundLinks()
{
    static const WordSet set{u"as", u"while", u"by", u"after", u"before", u"when", u"and",
                             u"also", u"then", u"again", u"later", u"further", u"even"};
    return set;
}

Gender Impl::genderOf(int e)
{
    if (e < 0)
        return Gender::Unknown;
    if (m_gender.size() <= e) {
        m_gender.resize(e + 1, Gender::Unknown);
        m_genderKnown.resize(e + 1, false);
    }
    if (!m_genderKnown[e]) {
        m_genderKnown[e] = true;
        const QList<Span> &ms = m_a.entities[e].mentions;
        for (qsizetype i = 0; i < ms.size() && i < 64; ++i)
            noteGender({ms[i].start, ms[i].end, e, false});
    }
    return m_gender[e];
}

void Impl::noteGender(const Mention &m)
{
    const Words before = m_sentenceWords.wordsIn(std::max<qsizetype>(0, m.start - 12), m.start);
    QStringView first;
    if (!before.isEmpty() && before.last().end + 1 >= m.start)
        first = word(before.last());
    const Words own = m_sentenceWords.wordsIn(m.start, m.end);
    static const WordSet male{u"mr", u"sir", u"lord", u"king", u"prince", u"mister"};
    static const WordSet female{u"ms", u"mrs", u"miss", u"lady", u"dame", u"queen",
                                u"princess", u"madam"};
    for (const QStringView w : {first, own.isEmpty() ? QStringView() : word(own.first())}) {
        if (male.contains(w))
            m_gender[m.entity] = Gender::Male;
        else if (female.contains(w))
            m_gender[m.entity] = Gender::Female;
    }
}

Mentions Impl::mentionsIn(qsizetype s, qsizetype e) const
{
    const bool quoted = m_nested;
    Mentions out;
    m_mentions.forwardFrom(s, [&](const Mention &m) {
        if (m.start >= e)
            return false;
        if (m.inQuote == quoted && m.end <= e)
            out.append(m);
        return true;
    });
    return out;
}

bool Impl::afterPreposition(qsizetype pos, qsizetype floor) const
{
    const qsizetype low = std::max({qsizetype(0), floor, pos - 80});
    qsizetype i = pos;
    while (i > low) {
        // the gap before the next word to the left must be spaces only
        while (i > low && m_text[i - 1].isSpace())
            --i;
        if (i == low || !isWordChar(m_text[i - 1]))
            return false;
        const qsizetype end = i;
        while (i > low && (isWordChar(m_text[i - 1]) || m_text[i - 1] == u'.'
                           || m_text[i - 1] == u'\'' || m_text[i - 1] == u'\u2019'
                           || m_text[i - 1] == u'-'))
            --i;
        const QStringView w = slice(i, end);
        if (!isCapitalised(w))
            return lexicon::prepositions().contains(w);
    }
    return false;
}

bool Impl::possessive(const Mention &m) const
{
    if (isPossessive(slice(m.start, m.end)))
        return true;
    if (m.end + 1 < m_text.size() && (m_text[m.end] == u'\'' || m_text[m.end] == u'\u2019'))
        return m_text[m.end + 1] == u's' || m_text[m.end + 1].isSpace();
    return false;
}

bool Impl::compatible(int e, const QStringView pronoun)
{
    if (e < 0)
        return false;
    const EntityType t = typeOf(e);
    if (pronoun == u"he" || pronoun == u"she") {
        if (t != EntityType::Person)
            return false;
        const Gender g = genderOf(e);
        return g == Gender::Unknown || (pronoun == u"he") == (g == Gender::Male);
    }
    return t == EntityType::Org || t == EntityType::Gpe;
}

int Impl::subjectOf(qsizetype k, qsizetype limit, EntityType want, qsizetype floor)
{
    const Span s = m_sents.span(k);
    const qsizetype from = floor >= 0 ? std::max(floor, s.start) : s.start;
    const qsizetype to = std::min({limit, s.end, from + kWindow / 2});
    // a pronoun opening the sentence keeps the current subject
    const Words ws = m_sentenceWords.wordsIn(from, std::min(to, from + 120));
    qsizetype lead = -1; // the first word after the discourse words
    for (qsizetype i = 0; i < ws.size(); ++i) {
        if (insideQuote(ws[i].start))
            break;
        const QStringView t = word(ws[i]);
        if (lexicon::discourseWords().contains(t))
            continue;
        if (lexicon::personPronouns().contains(t) || isWord(t, u"it"))
            return -2;
        lead = i;
        break;
    }
    for (const Mention &m : mentionsIn(from, to)) {
        const EntityType t = typeOf(m.entity);
        if (possessive(m) || afterPreposition(m.start, from))
            continue;
        if (want == EntityType::Person ? t == EntityType::Person
                                       : (t == EntityType::Org || t == EntityType::Gpe))
            return m.entity;
    }
    if (want == EntityType::Person && lead >= 0 && isCapitalised(word(ws[lead]))) {
        // a name the recognizer missed opening the sentence: "Dr Jane Doe, 58, said"
        qsizetype end = lead;
        while (end + 1 < ws.size() && end < lead + 5 && isCapitalised(word(ws[end + 1]))
               && slice(ws[end].end, ws[end + 1].start).trimmed().isEmpty())
            ++end;
        Words lead_;
        for (qsizetype i = lead; i <= end; ++i)
            lead_.append(ws[i]);
        const int e = unknownName(lead_, from, Pick::First);
        if (e >= 0 && typeOf(e) == EntityType::Person)
            return e;
    }
    return -1;
}

int Impl::resolvePronoun(qsizetype pos, QStringView pronoun)
{
    const bool person = lexicon::personPronouns().contains(pronoun);
    const QString p = pronoun.toString().toLower();
    const qsizetype s = m_sents.at(pos);
    for (qsizetype k = s; k >= 0 && k >= s - 8; --k) {
        const qsizetype limit = k == s ? pos : m_sents.span(k).end;
        // the latest attributed quote of the sentence
        int seen = 0;
        const auto speakers = m_sentenceSpeaker.of(k);
        for (auto it = speakers.rbegin(); it != speakers.rend() && seen < 8; ++it) {
            if (it->first >= limit)
                continue;
            ++seen;
            if (compatible(it->second, p))
                return it->second;
        }
        const int subj = subjectOf(k, limit, person ? EntityType::Person : EntityType::Org);
        if (subj >= 0 && compatible(subj, p))
            return subj;
        if (!person && k < s - 4)
            break;
    }
    return -1;
}

int Impl::resolveOrgAnaphor(QStringView head, qsizetype npStart)
{
    const auto namedWithHead = [&](int e) {
        return m_a.entities[e].name.contains(head, Qt::CaseInsensitive);
    };
    // the organisation the sentence is about, when its name holds the noun
    const qsizetype s = m_sents.at(npStart);
    const int subj = s >= 0 ? subjectOf(s, npStart, EntityType::Org) : -1;
    const bool subjOrg = subj >= 0 && typeOf(subj) == EntityType::Org;
    if (subjOrg && namedWithHead(subj))
        return subj;
    // else the most recent organisation named with that noun ("the Portmere Harbour Board" for
    // "the board"), and without one the organisation the sentence is about
    int steps = 0;
    int named = -1;
    m_mentions.backwardFrom(npStart, [&](const Mention &m) {
        if (steps++ >= 400)
            return false;
        if (m.inQuote || typeOf(m.entity) != EntityType::Org)
            return true;
        if (namedWithHead(m.entity)) {
            named = m.entity;
            return false;
        }
        return true;
    });
    if (subjOrg && named < 0)
        return subj;
    if (named >= 0)
        return named;
    for (qsizetype k = s - 1; k >= 0 && k >= s - 4; --k) {
        if (const int org = organisationOf(k); org >= 0)
            return org;
    }
    return -1;
}

int Impl::organisationOf(qsizetype k)
{
    const auto speakers = m_sentenceSpeaker.of(k);
    for (auto sp = speakers.rbegin(); sp != speakers.rend(); ++sp) {
        if (typeOf(sp->second) == EntityType::Org)
            return sp->second;
    }
    const int subj = subjectOf(k, m_sents.span(k).end, EntityType::Org);
    return subj >= 0 && typeOf(subj) == EntityType::Org ? subj : -1;
}

int Impl::unknownName(const Words &ws, qsizetype floor, Pick pick)
{
    if (!m_ensure)
        return -1;
    Span found;
    for (qsizetype k = 0; k < ws.size(); ++k) {
        if (!isCapitalised(word(ws[k])))
            continue;
        qsizetype j = k;
        while (j + 1 < ws.size() && isCapitalised(word(ws[j + 1]))
               && slice(ws[j].end, ws[j + 1].start).trimmed().isEmpty())
            ++j;
        // strip title words and sentence words from the front
        qsizetype b = k;
        bool honorific = false;
        while (b <= j && (lexicon::titles().contains(word(ws[b]))
                          || lexicon::nonNameWords().contains(word(ws[b])))) {
            honorific = honorifics().contains(word(ws[b]));
            ++b;
        }
        b = afterLastTitle(ws, b, j);
        const qsizetype count = j - b + 1;
        const bool modifier = j + 1 < ws.size() && !isCapitalised(word(ws[j + 1]))
                              && slice(ws[j].end, ws[j + 1].start).trimmed().isEmpty()
                              && (lexicon::titles().contains(word(ws[j + 1]))
                                  || lexicon::roleNouns().contains(word(ws[j + 1])));
        const bool ok = (count >= 2 || (count == 1 && honorific)) && !modifier
                        && !lexicon::orgNouns().contains(word(ws[j]))
                        && nameLike(ws, b, j);
        if (ok && count <= 4 && !isPossessive(word(ws[j]))
            && mentionsIn(ws[b].start, ws[j].end).isEmpty()
            && !afterPreposition(ws[k].start, floor)) {
            found = {ws[b].start, ws[j].end};
            if (pick == Pick::First)
                break;
        }
        k = j;
    }
    if (found.isEmpty())
        return -1;
    return ensureName(found);
}

Span Impl::bareName(const Words &ws) const
{
    qsizetype b = 0, e = ws.size() - 1;
    while (b <= e && (lexicon::titles().contains(word(ws[b]))
                      || lexicon::nonNameWords().contains(word(ws[b]))))
        ++b;
    if (b <= e)
        b = afterLastTitle(ws, b, e);
    if (b > e || !isCapitalised(word(ws[b])) || lexicon::orgNouns().contains(word(ws[e]))
        || !nameLike(ws, b, e))
        return {};
    return {ws[b].start, ws[e].end};
}

qsizetype Impl::afterLastTitle(const Words &ws, qsizetype b, qsizetype e) const
{
    // "Clinton Senior Adviser Sidney Blumenthal": the name is what follows the last title
    // (a hyphenated one by either half: Secretary-Treasurer), two words at least
    for (qsizetype k = e - 2; k >= b; --k) {
        const QStringView w = word(ws[k]);
        const qsizetype hyphen = w.indexOf(u'-');
        if (lexicon::titleHeads().contains(w)
            || (hyphen > 0
                && (lexicon::titleHeads().contains(w.first(hyphen))
                    || lexicon::titleHeads().contains(w.sliced(hyphen + 1)))))
            return k + 1;
    }
    return b;
}

bool Impl::nameLike(const Words &ws, qsizetype b, qsizetype e) const
{
    // a person's name is one to four words, none of them a pronoun, an auxiliary or a
    // function word: "Veto Power Impedes Peace Efforts:" and "CONGRESS HAS INVESTIGATED HIM —"
    // are a paragraph's run-in heading; nor does it end with a title ("Workers Secretary")
    if (e - b >= 4 || lexicon::titleHeads().contains(word(ws[e])))
        return false;
    // words in capitals: a transcript's speaker at a line's start ("JOEL BENENSON: …"); else
    // a heading ("DECLINE AFFECTS …") when two words or more, a rubric on a line of its own
    // ("ABSTRACT.") when one — the page's, nobody's name
    const QStringView words = slice(ws[b].start, ws[e].end);
    if (std::none_of(words.begin(), words.end(), [](QChar c) { return c.isLower(); })) {
        qsizetype before = ws[b].start;
        while (before > 0 && m_text[before - 1] == u' ')
            --before;
        const bool lineStart = before == 0 || m_text[before - 1] == u'\n';
        qsizetype after = ws[e].end;
        while (after < m_text.size() && (m_text[after] == u'.' || m_text[after] == u':'))
            ++after;
        const bool lineEnd = after == m_text.size() || m_text[after] == u'\n';
        const bool label = lineStart && !lineEnd && after > ws[e].end && m_text[ws[e].end] == u':';
        if (!label && (e > b || (lineStart && lineEnd)))
            return false;
    }
    for (qsizetype k = b; k <= e; ++k) {
        if (lexicon::clauseWords().contains(word(ws[k])))
            return false;
    }
    return true;
}

void Impl::indexPeople()
{
    const auto lastWord = [](const QString &name) {
        return QStringView(name).sliced(name.lastIndexOf(u' ') + 1).toString().toLower();
    };
    for (; m_peopleIndexed < m_a.entities.size(); ++m_peopleIndexed) {
        const int i = int(m_peopleIndexed);
        const Entity &x = m_a.entities[i];
        if (x.type != EntityType::Person)
            continue;
        // (the first person of a name keeps it)
        const auto index = [&](const QString &name) {
            const QString key = name.toLower();
            if (!m_peopleByName.contains(key))
                m_peopleByName.insert(key, i);
        };
        index(x.name);
        for (const QString &alias : x.aliases)
            index(alias);
        // of two people of a surname, the one the article names most
        const QString surname = lastWord(x.name);
        const auto it = m_peopleBySurname.constFind(surname);
        if (it == m_peopleBySurname.cend())
            m_peopleBySurname.insert(surname, i);
        else if (x.mentions.size() > m_a.entities[it.value()].mentions.size())
            m_peopleBySurname[surname] = i;
    }
}

int Impl::interviewee(qsizetype firstAnswer) const
{
    // the person named most before the first answer (the introduction's), else in the article
    int best = -1;
    qsizetype bestBefore = 0;
    qsizetype bestAll = 0;
    for (int i = 0; i < m_a.entities.size(); ++i) {
        const Entity &x = m_a.entities[i];
        if (x.type != EntityType::Person)
            continue;
        const qsizetype before = std::count_if(x.mentions.cbegin(), x.mentions.cend(),
                                               [&](const Span &m) { return m.end <= firstAnswer; });
        if (before > bestBefore || (before == bestBefore && x.mentions.size() > bestAll)) {
            best = i;
            bestBefore = before;
            bestAll = x.mentions.size();
        }
    }
    return best;
}

int Impl::turnSpeaker(Span label)
{
    const QString written = m_text.mid(label.start, label.length());
    const QString key = written.toLower();
    const bool answer = written == u"A"; // an interview's answer (see TranscriptTurns)
    int e = m_turnSpeakers.value(key, -1);
    if (e < 0 && answer) {
        e = interviewee(label.start);
        if (e < 0)
            return -1;
        m_turnSpeakers.insert(key, e);
    } else if (e < 0) {
        indexPeople();
        e = m_peopleByName.value(key, -1);
        if (e < 0) // the label's last word as a surname: "SEN. SANDERS", "TAPPER"
            e = m_peopleBySurname.value(key.sliced(key.lastIndexOf(u' ') + 1), -1);
        if (e < 0) {
            Entity speaker;
            speaker.name = written;
            speaker.type = EntityType::Person;
            m_a.entities.append(speaker);
            e = int(m_a.entities.size()) - 1;
        }
        m_turnSpeakers.insert(key, e);
        Entity &x = m_a.entities[e];
        if (written != x.name && !x.aliases.contains(written))
            x.aliases.append(written); // "TAPPER", a form of Jake Tapper's name
    }
    addMention(e, label);
    return e;
}

int Impl::ensureName(Span found)
{
    if (!m_ensure || found.isEmpty())
        return -1;
    m_lastFound = found;
    // the same surface again (a long text): no new look-up in the entity list
    const QString surface = m_text.mid(found.start, found.length());
    int e = m_ensured.value(surface, -1);
    if (e >= 0) {
        m_a.entities[e].mentions.append(found);
        m_ensure->mentionAdded(m_a, e, found);
    } else {
        e = m_ensure->ensure(m_a, found, EntityType::Person);
        if (e >= 0)
            m_ensured.insert(surface, e);
    }
    if (e < 0 || e >= m_a.entities.size())
        return -1;
    indexMention(found, e);
    return e;
}

void Impl::addMention(int e, Span mention)
{
    m_a.entities[e].mentions.append(mention);
    if (m_ensure)
        m_ensure->mentionAdded(m_a, e, mention);
    indexMention(mention, e);
}

void Impl::indexMention(Span found, int e)
{
    if (m_gender.size() < m_a.entities.size()) {
        m_gender.resize(m_a.entities.size(), Gender::Unknown);
        m_genderKnown.resize(m_a.entities.size(), false);
    }
    const Mention m{found.start, found.end, e, false};
    m_mentions.add(m);
    noteGender(m);
}

int Impl::describedSpeaker(Span mention)
{
    // a run-in label before a dash or colon is no part of it ("12:00pm — Police repeat …",
    // "UPDATE: The police said …")
    for (qsizetype i = mention.end - 1; i > mention.start; --i) {
        const QChar c = m_text[i];
        if (c == u':' || c == u'\u2014' || c == u'\u2013'
            || (c == u'-' && m_text[i - 1].isSpace())) {
            mention.start = i + 1;
            break;
        }
    }
    const Words ws = m_sentenceWords.wordsIn(mention.start, mention.end);
    if (ws.isEmpty())
        return -1;
    for (const Mention &m : mentionsIn(mention.start, mention.end)) {
        if (typeOf(m.entity) == EntityType::Person)
            return -1; // "an aide to Jane Doe": hers, or nobody's
        if (ws.size() >= 2 && m.start <= ws.first().start && m.end >= ws.last().end)
            return m.entity; // the words are a name ("St Anne's Hospital said"): its entity's
    }
    const QStringView first = word(ws[0]);
    if (lexicon::prepositions().contains(first))
        return -1; // "during a visit to Scotland": a circumstance, not a speaker
    if (ws.size() == 1
        && (lexicon::personPronouns().contains(first) || otherPronouns().contains(first)
            || isWord(first, u"it") || isCapitalised(first)))
        return -1;
    const QStringView head = stripPossessive(word(ws.last()));
    if (const int e = namedAfter(mention, first, head); e >= 0)
        return e;
    const qsizetype until = describedUntil(mention);
    static const WordSet articles{u"a", u"an", u"the", u"one", u"another"};
    const qsizetype from = articles.contains(first) && ws.size() > 1 ? ws[1].start : ws[0].start;
    QString key = m_text.mid(from, until - from).toLower().simplified();
    key.replace(u'\u2019', u'\'');
    if (const auto it = m_described.constFind(key); it != m_described.cend()) {
        addMention(it.value(), mention);
        return it.value();
    }
    Entity e;
    e.name = m_text.mid(from, until - from).simplified(); // a label: no article
    e.name[0] = e.name[0].toUpper();
    e.type = lexicon::workNouns().contains(head) || lexicon::statementNouns().contains(head)
                 ? EntityType::Work
             : lexicon::orgNouns().contains(head)  ? EntityType::Org
             : lexicon::roleNouns().contains(head) ? EntityType::Person
                                                   : EntityType::Other;
    m_a.entities.append(e);
    const int i = int(m_a.entities.size() - 1);
    m_described.insert(key, i);
    addMention(i, mention);
    return i;
}

int Impl::namedAfter(Span mention, QStringView first, QStringView head)
{
    const qsizetype s = m_sents.at(mention.start);
    if (s < 0 || s > 4 || !isWord(first, u"the")
        || !lexicon::titles().contains(head))
        return -1;
    for (qsizetype k = s + 1; k < m_sents.size() && k <= s + 2; ++k) {
        const int e = subjectOf(k, m_sents.span(k).end, EntityType::Person);
        if (e == -2)
            return -1; // a pronoun goes on with somebody named before
        if (e >= 0) {
            addMention(e, mention);
            return e;
        }
    }
    return -1;
}

bool Impl::notASpeaker(Span mention, const Cue *cue) const
{
    const Words ws = m_sentenceWords.wordsIn(mention.start, mention.end);
    if (ws.isEmpty())
        return true;
    const QStringView head = stripPossessive(word(ws.last()));
    if (!lexicon::statementNouns().contains(head) && !lexicon::workNouns().contains(head))
        return false;
    if (cue && cue->word.start < mention.start)
        return true;
    const Words before =
        m_sentenceWords.wordsIn(std::max<qsizetype>(0, mention.start - 20), mention.start);
    return !before.isEmpty() && lexicon::prepositions().contains(word(before.last()));
}

qsizetype Impl::describedUntil(Span mention) const
{
    static const WordSet opens{u"for", u"of", u"at", u"from", u"with", u"in", u"to",
                               u"close", u"familiar", u"near", u"inside", u"within"};
    const qsizetype s = m_sents.at(mention.start);
    const qsizetype limit = s >= 0 ? m_sents.span(s).end : m_text.size();
    const Words ws = m_sentenceWords.wordsIn(mention.end, std::min(limit, mention.end + 80), 6);
    qsizetype taken = 0; // words of the post-modifier
    for (; taken < ws.size() && taken < 6; ++taken) {
        const QStringView w = word(ws[taken]);
        const qsizetype end = taken > 0 ? ws[taken - 1].end : mention.end;
        if (!slice(end, ws[taken].start).trimmed().isEmpty() || !outside(ws[taken].start)
            || (taken == 0 && !opens.contains(w)) || lexicon::speechVerbs().contains(w)
            || lexicon::learnedCues().contains(w) || w == u"who" || w == u"that")
            break;
    }
    if (taken == 0)
        return mention.end;
    // a phrase cut short ("a source close to"): the words given only
    const QStringView last = word(ws[taken - 1]);
    if (opens.contains(last) || lexicon::prepositions().contains(last)
        || isWord(last, u"the"))
        return mention.end;
    return ws[taken - 1].end;
}

} // namespace gloss::attribution
