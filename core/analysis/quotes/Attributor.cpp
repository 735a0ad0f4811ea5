#include "Attributor.h"

#include "Lexicon.h"
#include "QuoteFinder.h"
#include "SpeakerRanker.h"
#include "StatementFinder_p.h"
#include "TextScan.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace gloss {

using namespace quotes;

namespace {

/** How far (UTF-16 units) before and after a quote the attribution looks. */
constexpr qsizetype kWindow = 600;

enum class Gender { Unknown, Male, Female };
enum class Pick { First, Last };

struct Mention
{
    qsizetype start = 0;
    qsizetype end = 0;
    int entity = -1;
    bool inQuote = false;
};

using Mentions = QVarLengthArray<Mention, 16>;

/**
 * Every entity mention by start: the recognizer's, sorted once, and the ones attribution adds
 * (a name it finds, a description), kept apart in their own sorted list. Attribution goes
 * through the text in order, so an added mention lands at or near the end of that list, never
 * in the middle of the recognizer's (inserting there moved the whole tail every time, which made
 * attribution slower than linear). Read in one order: by start, as if it were one list; no two
 * entries of the two lists start at the same place.
 */
class MentionIndex
{
public:
    void build(QList<Mention> mentions)
    {
        m_base = std::move(mentions);
        std::sort(m_base.begin(), m_base.end(),
                  [](const Mention &x, const Mention &y) { return x.start < y.start; });
    }
    QList<Mention> &base() { return m_base; }

    /** Adds @p m unless a mention starts where it does; whether it was added. */
    bool add(const Mention &m)
    {
        const auto b = lowerBound(m_base, m.start);
        if (b != m_base.cend() && b->start == m.start)
            return false;
        const auto a = lowerBound(m_added, m.start);
        if (a != m_added.cend() && a->start == m.start)
            return false;
        m_added.insert(a - m_added.cbegin(), m);
        return true;
    }

    /** Calls @p f with the mentions starting at or after @p pos, in order, until it returns
     *  false. */
    template<typename F>
    void forwardFrom(qsizetype pos, F f) const
    {
        auto b = lowerBound(m_base, pos);
        auto a = lowerBound(m_added, pos);
        while (b != m_base.cend() || a != m_added.cend()) {
            const bool takeBase = a == m_added.cend()
                                  || (b != m_base.cend() && b->start < a->start);
            if (!f(*(takeBase ? b++ : a++)))
                return;
        }
    }

    /** Calls @p f with the mentions starting before @p pos, nearest first, until it returns
     *  false. */
    template<typename F>
    void backwardFrom(qsizetype pos, F f) const
    {
        auto b = lowerBound(m_base, pos);
        auto a = lowerBound(m_added, pos);
        while (b != m_base.cbegin() || a != m_added.cbegin()) {
            const bool takeBase =
                a == m_added.cbegin()
                || (b != m_base.cbegin() && std::prev(b)->start > std::prev(a)->start);
            if (!f(*(takeBase ? --b : --a)))
                return;
        }
    }

private:
    static QList<Mention>::const_iterator lowerBound(const QList<Mention> &l, qsizetype pos)
    {
        return std::lower_bound(l.cbegin(), l.cend(), pos,
                                [](const Mention &m, qsizetype p) { return m.start < p; });
    }

    QList<Mention> m_base;  ///< the recognizer's, sorted by start
    QList<Mention> m_added; ///< added during attribution, sorted by start
};

/** What a noun phrase next to a cue resolved to. */
struct Resolved
{
    int entity = -1;
    bool stop = false; ///< the phrase names a speaker that cannot be an entity (they, one woman)
    Span mention;      ///< the words naming the speaker ("he", "Mr Reed", "a spokesman")
};

struct Cue
{
    Word word;        ///< the verb
    qsizetype end = 0; ///< end of the cue as written (told reporters, according to, …)
};

const WordSet &personPronouns()
{
    static const WordSet set{u"he", u"she"};
    return set;
}

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

/** Speech verbs that are also plural nouns. */
const WordSet &nounLike()
{
    static const WordSet set{u"claims", u"calls", u"comments", u"notes", u"reports",
                             u"tweets", u"states", u"answers", u"replies", u"alleges"};
    return set;
}

bool isLyAdverb(QStringView w)
{
    return w.size() > 4 && w.endsWith(u"ly") && w.front().isLower();
}

/** ensureEntity() and the like through the EntityEnsurer interface. */
class FunctionEnsurer final : public EntityEnsurer
{
public:
    explicit FunctionEnsurer(EnsureEntityFn fn) : m_fn(fn) { }
    int ensure(Article &article, Span span, EntityType type) override
    {
        return m_fn(article, span, type);
    }
    void mentionAdded(const Article &, int, Span) override { }

private:
    EnsureEntityFn m_fn;
};

class Impl final : private StatementHooks
{
public:
    Impl(Article &article, EntityEnsurer *ensure)
        : m_a(article)
        , m_text(article.document.text())
        , m_ensure(ensure)
        , m_sents(m_text, article.paragraphs.isEmpty()
                              ? QList<Paragraph>{{{0, m_text.size()}, ParagraphRole::Body}}
                              : article.paragraphs)
    {
        for (const Quote &q : m_a.quotes) {
            if (q.parent < 0)
                m_topQuotes.append({q.span.start - 1, std::min(m_text.size(), q.span.end + 1)});
        }
        QList<Mention> mentions;
        qsizetype count = 0;
        for (const Entity &e : std::as_const(m_a.entities))
            count += e.mentions.size();
        mentions.reserve(count);
        for (int e = 0; e < m_a.entities.size(); ++e) {
            for (const Span &s : m_a.entities[e].mentions)
                mentions.append({s.start, s.end, e, false});
        }
        m_mentions.build(std::move(mentions));
        for (Mention &m : m_mentions.base())
            m.inQuote = insideQuote(m.start);
        m_gender.resize(m_a.entities.size(), Gender::Unknown);
        m_genderKnown.resize(m_a.entities.size(), false);
        m_sentenceSpeaker.resize(m_sents.size());
    }

    QList<ReportedStatement> run();

private:
    QStringView word(const Word &w) const { return QStringView(m_text).mid(w.start, w.end - w.start); }
    QStringView slice(qsizetype s, qsizetype e) const { return QStringView(m_text).mid(s, e - s); }
    EntityType typeOf(int e) const { return m_a.entities[e].type; }

    /** Outside every quote (inside the enclosing quote while attributing a nested one). */
    bool outside(qsizetype pos) const { return m_nested || !insideQuote(pos); }

    bool insideQuote(qsizetype pos) const override
    {
        const auto it = std::upper_bound(m_topQuotes.cbegin(), m_topQuotes.cend(), pos,
                                         [](qsizetype p, const Span &s) { return p < s.start; });
        return it != m_topQuotes.cbegin() && std::prev(it)->contains(pos);
    }

    /** Gender from the honorifics of an entity's mentions (Mr, Ms, …), looked up once. */
    Gender genderOf(int e)
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

    void noteGender(const Mention &m)
    {
        const Words before = wordsIn(m_text, std::max<qsizetype>(0, m.start - 12), m.start);
        QStringView first;
        if (!before.isEmpty() && before.last().end + 1 >= m.start)
            first = word(before.last());
        const Words own = wordsIn(m_text, m.start, m.end);
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

    /** Mentions starting in [s, e) outside quotes (inside them when @p quoted). */
    Mentions mentionsIn(qsizetype s, qsizetype e) const
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

    /** A name preceded (over title words) by a preposition: "adviser to President X". */
    bool afterPreposition(qsizetype pos, qsizetype floor) const
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

    bool possessive(const Mention &m) const
    {
        if (isPossessive(slice(m.start, m.end)))
            return true;
        if (m.end + 1 < m_text.size() && (m_text[m.end] == u'\'' || m_text[m.end] == u'\u2019'))
            return m_text[m.end + 1] == u's' || m_text[m.end + 1].isSpace();
        return false;
    }

    bool compatible(int e, const QStringView pronoun)
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

    /** The subject of sentence @p k before @p limit: an entity, or -2 for a pronoun subject. */
    int subjectOf(qsizetype k, qsizetype limit, EntityType want, qsizetype floor = -1)
    {
        const Span s = m_sents.span(k);
        const qsizetype from = floor >= 0 ? std::max(floor, s.start) : s.start;
        const qsizetype to = std::min({limit, s.end, from + kWindow / 2});
        // a pronoun opening the sentence keeps the current subject
        const Words ws = wordsIn(m_text, from, std::min(to, from + 120));
        qsizetype lead = -1; // the first word after the discourse words
        for (qsizetype i = 0; i < ws.size(); ++i) {
            if (insideQuote(ws[i].start))
                break;
            const QStringView t = word(ws[i]);
            if (lexicon::discourseWords().contains(t))
                continue;
            if (personPronouns().contains(t) || t.compare(u"it", Qt::CaseInsensitive) == 0)
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

    int resolvePronoun(qsizetype pos, QStringView pronoun)
    {
        const bool person = personPronouns().contains(pronoun);
        const QString p = pronoun.toString().toLower();
        const qsizetype s = m_sents.at(pos);
        for (qsizetype k = s; k >= 0 && k >= s - 8; --k) {
            const qsizetype limit = k == s ? pos : m_sents.span(k).end;
            // the latest attributed quote of the sentence
            int seen = 0;
            for (auto it = m_sentenceSpeaker[k].crbegin();
                 it != m_sentenceSpeaker[k].crend() && seen < 8; ++it) {
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

    int resolveOrgAnaphor(QStringView head, qsizetype npStart)
    {
        const qsizetype s = m_sents.at(npStart);
        if (s >= 0) {
            const int subj = subjectOf(s, npStart, EntityType::Org);
            if (subj >= 0 && typeOf(subj) == EntityType::Org)
                return subj;
        }
        // the most recent organisation named with that noun
        int steps = 0;
        int named = -1;
        m_mentions.backwardFrom(npStart, [&](const Mention &m) {
            if (steps++ >= 400)
                return false;
            if (m.inQuote || typeOf(m.entity) != EntityType::Org)
                return true;
            if (m_a.entities[m.entity].name.contains(head, Qt::CaseInsensitive)) {
                named = m.entity;
                return false;
            }
            return true;
        });
        if (named >= 0)
            return named;
        for (qsizetype k = s - 1; k >= 0 && k >= s - 4; --k) {
            if (const int org = organisationOf(k); org >= 0)
                return org;
        }
        return -1;
    }

    /** The organisation that spoke in sentence @p k (its last), or its subject; -1 if none. */
    int organisationOf(qsizetype k)
    {
        for (auto sp = m_sentenceSpeaker[k].crbegin(); sp != m_sentenceSpeaker[k].crend(); ++sp) {
            if (typeOf(sp->second) == EntityType::Org)
                return sp->second;
        }
        const int subj = subjectOf(k, m_sents.span(k).end, EntityType::Org);
        return subj >= 0 && typeOf(subj) == EntityType::Org ? subj : -1;
    }

    /** A capitalised name the recognizer missed, added through ensure(). */
    int unknownName(const Words &ws, qsizetype floor, Pick pick)
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
            const qsizetype count = j - b + 1;
            const bool modifier = j + 1 < ws.size() && !isCapitalised(word(ws[j + 1]))
                                  && slice(ws[j].end, ws[j + 1].start).trimmed().isEmpty()
                                  && (lexicon::titles().contains(word(ws[j + 1]))
                                      || lexicon::roleNouns().contains(word(ws[j + 1])));
            const bool ok = (count >= 2 || (count == 1 && honorific)) && !modifier
                            && !lexicon::orgNouns().contains(word(ws[j]));
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

    /** The words of a name candidate without the sentence and title words around it ("But
     *  Brill" → "Brill"); empty when nothing is left or the words are no name. */
    Span bareName(const Words &ws) const
    {
        qsizetype b = 0, e = ws.size() - 1;
        while (b <= e && (lexicon::titles().contains(word(ws[b]))
                          || lexicon::nonNameWords().contains(word(ws[b]))))
            ++b;
        if (b > e || !isCapitalised(word(ws[b])) || lexicon::orgNouns().contains(word(ws[e])))
            return {};
        return {ws[b].start, ws[e].end};
    }

    /** The entity for a capitalised name the recognizer missed, added through ensure(); its
     *  words become m_lastFound. -1 when there is no ensure(). */
    int ensureName(Span found)
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

    /** Makes a mention added during attribution known to the resolution after it. */
    void indexMention(Span found, int e)
    {
        if (m_gender.size() < m_a.entities.size()) {
            m_gender.resize(m_a.entities.size(), Gender::Unknown);
            m_genderKnown.resize(m_a.entities.size(), false);
        }
        const Mention m{found.start, found.end, e, false};
        m_mentions.add(m);
        noteGender(m);
    }

    /**
     * A speaker the text names only by a description ("a source close to the campaign", "the
     * congressional report", "the 43-year-old") that no entity stands for: an entity of its
     * own, one per wording, so that the quote is still somebody's. The entity's name is a label
     * without the article that also takes the words saying whose description it is ("Spokesman
     * for the ministry"); the mention stays the words given. -1 for a pronoun or a capitalised word alone, or for words that
     * hold a named entity (those resolve to it, or to nobody).
     */
    int describedSpeaker(Span mention)
    {
        const Words ws = wordsIn(m_text, mention.start, mention.end);
        if (ws.isEmpty())
            return -1;
        for (const Mention &m : mentionsIn(mention.start, mention.end)) {
            if (typeOf(m.entity) == EntityType::Person)
                return -1; // "an aide to Jane Doe": hers, or nobody's
        }
        const QStringView first = word(ws[0]);
        if (lexicon::prepositions().contains(first))
            return -1; // "during a visit to Scotland": a circumstance, not a speaker
        if (ws.size() == 1
            && (personPronouns().contains(first) || otherPronouns().contains(first)
                || first.compare(u"it", Qt::CaseInsensitive) == 0 || isCapitalised(first)))
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
            m_a.entities[it.value()].mentions.append(mention);
            if (m_ensure)
                m_ensure->mentionAdded(m_a, it.value(), mention);
            indexMention(mention, it.value());
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
        e.mentions.append(mention);
        m_a.entities.append(e);
        const int i = int(m_a.entities.size() - 1);
        if (m_ensure)
            m_ensure->mentionAdded(m_a, i, mention);
        m_described.insert(key, i);
        indexMention(mention, i);
        return i;
    }

    /**
     * A lede names a speaker by office first and by name after ("… is unavoidable, the
     * minister has warned. ¶ Speaking on the radio, Jane Doe said …"): for "the" + a title in
     * the article's first sentences, the person that is the subject of one of the next two
     * sentences; -1 when none. The description becomes one of that person's mentions.
     */
    int namedAfter(Span mention, QStringView first, QStringView head)
    {
        const qsizetype s = m_sents.at(mention.start);
        if (s < 0 || s > 4 || first.compare(u"the", Qt::CaseInsensitive) != 0
            || !lexicon::titles().contains(head))
            return -1;
        for (qsizetype k = s + 1; k < m_sents.size() && k <= s + 2; ++k) {
            const int e = subjectOf(k, m_sents.span(k).end, EntityType::Person);
            if (e == -2)
                return -1; // a pronoun goes on with somebody named before
            if (e >= 0) {
                m_a.entities[e].mentions.append(mention);
                if (m_ensure)
                    m_ensure->mentionAdded(m_a, e, mention);
                indexMention(mention, e);
                return e;
            }
        }
        return -1;
    }

    /** "said in a statement", "tweeted a warning": a statement or a work named after the
     *  cue or after a preposition is how something was said, not who said it. */
    bool notASpeaker(Span mention, const Cue *cue) const
    {
        const Words ws = wordsIn(m_text, mention.start, mention.end);
        if (ws.isEmpty())
            return true;
        const QStringView head = stripPossessive(word(ws.last()));
        if (!lexicon::statementNouns().contains(head) && !lexicon::workNouns().contains(head))
            return false;
        if (cue && cue->word.start < mention.start)
            return true;
        const Words before = wordsIn(m_text, std::max<qsizetype>(0, mention.start - 20), mention.start);
        return !before.isEmpty() && lexicon::prepositions().contains(word(before.last()));
    }

    /** Where a description's post-modifier ends: "a source [close to the campaign]", "an aide
     *  [to the governor]"; at most six words up to a cue, a clause mark or a quote. */
    qsizetype describedUntil(Span mention) const
    {
        static const WordSet opens{u"for", u"of", u"at", u"from", u"with", u"in", u"to",
                                   u"close", u"familiar", u"near", u"inside", u"within"};
        const qsizetype s = m_sents.at(mention.start);
        const qsizetype limit = s >= 0 ? m_sents.span(s).end : m_text.size();
        const Words ws = wordsIn(m_text, mention.end, std::min(limit, mention.end + 80));
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
            || last.compare(u"the", Qt::CaseInsensitive) == 0)
            return mention.end;
        return ws[taken - 1].end;
    }

    Resolved resolveNP(qsizetype from, qsizetype to, bool npBeforeCue, Pick pick);
    Resolved resolveRole(const Words &ws, qsizetype k, qsizetype floor);
    /** "the senator", "the Republican nominee": a person the article named with that title,
     *  else the person who spoke last (salience); -1 when the phrase is no such description. */
    Resolved resolveDescription(const Words &ws, qsizetype head);
    /** The subject opening the clause text[from, to): a pronoun there (resolved), else the
     *  first person named (not after a preposition, not a possessive); nothing when neither. */
    Resolved clauseSubject(qsizetype from, qsizetype to);
    /** True when only spaces and punctuation stand between @p pos and its sentence's start. */
    bool opensSentence(qsizetype pos) const;

    std::optional<Cue> cueAt(const Words &ws, qsizetype k) const;
    bool attributeQuote(int qi);
    /** “…” ― Jane Doe: the name after a dash that follows the quote (@p after: the first
     *  character after the closing mark and the spaces). */
    bool dashAttribution(int qi, qsizetype after);
    /** "X's claim that “…”", "her comment that “…”": a statement noun owned by a speaker. */
    bool nominalCue(int qi, qsizetype from, qsizetype openMark);
    /** `X continued:` ending a paragraph introduces the quote that opens the next one. */
    bool introducedByParagraphBefore(int qi);
    void attributeQuotes(int &qi, qsizetype until);
    // StatementHooks: what the statement finder asks of the attribution
    SourcePhrase resolveSource(qsizetype from, qsizetype to, bool beforeCue) override;
    int describedSource(Span mention) override
    {
        // a statement's source phrase is less sure than a quote's: a noun that heads sources
        const Words ws = wordsIn(m_text, mention.start, mention.end);
        if (ws.isEmpty())
            return -1;
        const QStringView head = stripPossessive(word(ws.last()));
        const bool known = lexicon::roleNouns().contains(head) || lexicon::orgNouns().contains(head)
                           || lexicon::statementNouns().contains(head)
                           || SpeakerRanker::learned().isSourceHead(head);
        return known ? describedSpeaker(mention) : -1;
    }
    void statementMade(qsizetype sentence, qsizetype cuePos, int source, Span mention) override;
    /** "X dismissed claims that …", "reports that …": text[from, to) speaks of others'
     *  words, so a fragment quoted after it is theirs, not the sentence's subject's. */
    bool othersWordsIn(qsizetype from, qsizetype to) const;
    /** Quotes [from, to) still without a speaker that stand inside the content of one of
     *  @p statements from @p first on (those of their sentence) are its source's words. */
    void quotesInStatements(int from, int to, const QList<ReportedStatement> &statements,
                            qsizetype first);
    /** The learned ranker for a quote the rules left without a speaker (SpeakerRanker). */
    void rankQuote(int qi);
    void assign(int qi, int speaker, const Cue *cue, int via = -1, Span mention = {});

    Article &m_a;
    const QString &m_text;
    EntityEnsurer *m_ensure;
    SentenceIndex m_sents;
    QList<Span> m_topQuotes;
    MentionIndex m_mentions;
    QList<Gender> m_gender;
    QList<bool> m_genderKnown;
    /** Per sentence: (quote start, speaker) of the quotes attributed so far. */
    QList<QList<std::pair<qsizetype, int>>> m_sentenceSpeaker;
    QHash<QString, int> m_roles; ///< "spokesman" → the entity it last stood for
    bool m_nested = false;       ///< attributing a quote inside another quote
    QHash<QString, int> m_ensured; ///< names added through m_ensure, by surface
    QHash<QString, int> m_described; ///< describedSpeaker()'s entities, by wording
    Span m_lastFound;              ///< the words of the last name unknownName() added
    std::pair<qsizetype, int> m_lastReported{-1, -1}; ///< (sentence, source) of reported speech
    std::optional<QList<Span>> m_quoteMarks; ///< SpeakerRanker::quoteMarks(), made when needed
    Span m_lastReportedMention; ///< the words naming that source
    StatementFinder m_statements{m_a, m_sents, *this};
};

QString roleKey(QStringView w)
{
    QString k = stripPossessive(w).toString().toLower();
    if (k.endsWith(u's') && k.size() > 3)
        k.chop(1);
    if (k.endsWith(u"me"))
        k.chop(2), k += u"man"; // spokesmen → spokesman
    return k;
}

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
            if (k + 3 < ws.size() && word(ws[k + 2]).compare(u"the", Qt::CaseInsensitive) == 0
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
        if (det.compare(u"the", Qt::CaseInsensitive) == 0 || det == u"this" || det == u"that") {
            const auto found = m_roles.constFind(key);
            if (found != m_roles.cend())
                return {found.value(), false, {}};
        }
        // "The ministry said … . A spokeswoman said …": the organisation that spoke in the
        // sentence just before, in the same paragraph
        const bool indefinite = det.compare(u"a", Qt::CaseInsensitive) == 0
                                || det.compare(u"an", Qt::CaseInsensitive) == 0;
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
        if (word(ws[k]).compare(u"the", Qt::CaseInsensitive) == 0) {
            det = k;
            break;
        }
        if (lexicon::prepositions().contains(word(ws[k])))
            return {};
    }
    if (det < 0)
        return {};
    const Span mention{ws[det].start, ws[head].end};
    // the short forms a title takes before a name
    QString key = h.toString().toLower();
    static const QHash<QString, QString> shortForm{
        {QStringLiteral("senator"), QStringLiteral("sen")},
        {QStringLiteral("governor"), QStringLiteral("gov")},
        {QStringLiteral("representative"), QStringLiteral("rep")},
        {QStringLiteral("congressman"), QStringLiteral("rep")},
        {QStringLiteral("congresswoman"), QStringLiteral("rep")},
        {QStringLiteral("general"), QStringLiteral("gen")},
        {QStringLiteral("professor"), QStringLiteral("prof")}};
    const QString abbrev = shortForm.value(key);
    // a person named before with that title: "Sen. Jane Doe … the senator"
    int steps = 0;
    int titled = -1;
    m_mentions.backwardFrom(ws[det].start, [&](const Mention &m) {
        if (steps++ >= 300)
            return false;
        if (m.inQuote || typeOf(m.entity) != EntityType::Person)
            return true;
        const Words pre = wordsIn(m_text, std::max<qsizetype>(0, m.start - 40), m.start);
        for (qsizetype j = pre.size() - 1; j >= 0 && j >= pre.size() - 3; --j) {
            const QString t = word(pre[j]).toString().toLower().remove(u'.');
            if (t == key || (!abbrev.isEmpty() && t == abbrev)) {
                titled = m.entity;
                return false;
            }
        }
        return true;
    });
    if (titled >= 0)
        return {titled, false, mention};
    // else the person who spoke last, in this sentence or the four before
    const qsizetype s = m_sents.at(ws[det].start);
    for (qsizetype k = s; k >= 0 && k >= s - 4; --k) {
        for (auto sp = m_sentenceSpeaker[k].crbegin(); sp != m_sentenceSpeaker[k].crend(); ++sp) {
            if (sp->first < ws[det].start && typeOf(sp->second) == EntityType::Person)
                return {sp->second, false, mention};
        }
    }
    return {};
}

Resolved Impl::clauseSubject(qsizetype from, qsizetype to)
{
    for (const Word &w : wordsIn(m_text, from, to)) {
        const QStringView t = word(w);
        if (!outside(w.start) || lexicon::discourseWords().contains(t))
            continue;
        if (personPronouns().contains(t))
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
    Words ws = wordsIn(m_text, from, to);
    ws.removeIf([this](const Word &w) { return !outside(w.start); });
    if (ws.isEmpty())
        return {};
    // 1. a pronoun next to the cue
    qsizetype adj = -1;
    if (npBeforeCue) {
        for (qsizetype k = ws.size() - 1; k >= 0; --k) {
            const QStringView w = word(ws[k]);
            if (lexicon::cueFillers().contains(w) || isLyAdverb(w))
                continue;
            adj = k;
            break;
        }
    } else {
        adj = 0;
    }
    if (adj < 0)
        return {};
    const QStringView adjWord = word(ws[adj]);
    const qsizetype cuePos = npBeforeCue ? to : from;
    // "he's said": the pronoun of a contraction
    const QStringView pronoun = personPronouns().contains(stripPossessive(adjWord))
                                    ? stripPossessive(adjWord)
                                    : adjWord;
    if (personPronouns().contains(pronoun) || adjWord.compare(u"it", Qt::CaseInsensitive) == 0)
        return {m_nested ? -1 : resolvePronoun(ws[adj].start, pronoun), true,
                {ws[adj].start, ws[adj].end}};
    if (npBeforeCue && adjWord == u"who" && !m_nested) {
        // "Jane Doe, who called it …": the relative pronoun names the person just before it
        for (const Mention &m : mentionsIn(std::max<qsizetype>(from, ws[adj].start - 80),
                                           ws[adj].start)) {
            const EntityType t = typeOf(m.entity);
            if (slice(m.end, ws[adj].start).trimmed().size() <= 1
                && t != EntityType::Gpe && t != EntityType::Loc)
                return {m.entity, false, {ws[adj].start, ws[adj].end}};
        }
    }
    // "they said"; but after the cue "said one Democrat, …" is a phrase, not a pronoun
    if (otherPronouns().contains(adjWord)
        && (npBeforeCue || ws.size() == 1 || !slice(ws[0].end, ws[1].start).trimmed().isEmpty()))
        return {-1, true, {ws[adj].start, ws[adj].end}};
    if (npBeforeCue && (adjWord == u"and" || adjWord == u"but") && !m_nested) {
        // "He defended the plan and wrote, …", "X did not name Y, but told …": the subject
        // that opens the clause
        const Resolved r = clauseSubject(from, to);
        if (r.entity >= 0 || r.stop)
            return r;
    }

    // "X tweeted after Jane Doe argued that …": a name right before the cue, after a word
    // that opens a clause here, is the clause's subject, not the object of a preposition
    if (npBeforeCue && adj > 0 && !m_nested) {
        static const WordSet clauseOpeners{u"after", u"before", u"since", u"as", u"when",
                                           u"while", u"because", u"until", u"once", u"though",
                                           u"although", u"if", u"whereas"};
        for (const Mention &m : mentionsIn(std::max(from, ws[adj].start - 80), ws[adj].end)) {
            if (m.end != ws[adj].end || typeOf(m.entity) != EntityType::Person || possessive(m))
                continue;
            const Words before = wordsIn(m_text, std::max(from, m.start - 20), m.start);
            if (!before.isEmpty() && clauseOpeners.contains(word(before.last())))
                return {m.entity, false, {m.start, m.end}};
        }
    }

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
    if (!people.isEmpty()) {
        if (pick == Pick::First)
            return {people.first().entity, false, {people.first().start, people.first().end}};
        // "X, a coastal engineer at Y who …, said": the person before the appositive
        qsizetype end = to;
        while (end > from && m_text[end - 1].isSpace())
            --end;
        if (end > from && m_text[end - 1] == u',') {
            const qsizetype open = slice(from, end - 1).lastIndexOf(u',');
            if (open >= 0) {
                for (auto it = people.crbegin(); it != people.crend(); ++it) {
                    if (it->end <= from + open)
                        return {it->entity, false, {it->start, it->end}};
                }
            }
        }
        return {people.last().entity, false, {people.last().start, people.last().end}};
    }
    Q_UNUSED(cuePos)
    // 4. an unknown person name
    if (const int e = unknownName(ws, from, pick); e >= 0)
        return {e, false, m_lastFound};
    // 3. a role noun: "a spokesman for X", "a Labour source", "the spokesman"
    for (qsizetype k = (pick == Pick::First ? 0 : ws.size() - 1);
         pick == Pick::First ? k < ws.size() : k >= 0; k += (pick == Pick::First ? 1 : -1)) {
        const QStringView w = word(ws[k]);
        if (!lexicon::roleNouns().contains(w))
            continue;
        if (isCapitalised(w) && !opensSentence(ws[k].start))
            continue; // a title ("Spokesman"), not a sentence's first word ("Analysts at X")
        if (k + 1 < ws.size() && isCapitalised(word(ws[k + 1])))
            continue; // a title before a name: "council leader Jane Doe"
        // a person name after the role noun wins ("spokeswoman Jane Doe"): handled above
        // the role noun with its determiner and modifiers: "a senior campaign official"
        qsizetype b = k;
        while (b > 0 && k - b < 4 && slice(ws[b - 1].end, ws[b].start).trimmed().isEmpty()
               && !lexicon::prepositions().contains(word(ws[b - 1]))
               && !lexicon::speechVerbs().contains(word(ws[b - 1])))
            --b;
        if (b > 0 && lexicon::prepositions().contains(word(ws[b - 1])))
            continue; // "In a statement, the mayor said": not the subject
        Resolved r = resolveRole(ws, k, from);
        if (r.entity >= 0 || r.stop) {
            r.mention = {ws[b].start, ws[k].end};
            return r;
        }
    }
    // 5. an organisation: named, or described by its noun ("the association said")
    const QStringView head = stripPossessive(adjWord);
    const bool described = lexicon::orgNouns().contains(head) && !isCapitalised(head);
    if (described) {
        bool headInName = false;
        for (const Mention &m : orgs)
            headInName |= m.start <= ws[adj].start && ws[adj].end <= m.end;
        if (!headInName) {
            qsizetype npStart = ws[adj].start;
            for (qsizetype k = adj - 1; k >= 0; --k) {
                const QStringView w = word(ws[k]);
                npStart = ws[k].start;
                if (w.compare(u"the", Qt::CaseInsensitive) == 0 || w == u"its" || w == u"this")
                    break;
                if (!isCapitalised(w) && !lexicon::orgNouns().contains(w))
                    break;
            }
            const QStringView det = slice(npStart, npStart + 3);
            if (det.compare(u"the", Qt::CaseInsensitive) == 0 || det.startsWith(u"its")
                || det.startsWith(u"thi"))
                return {resolveOrgAnaphor(head, npStart), false, {npStart, ws[adj].end}};
            return {-1, true, {npStart, ws[adj].end}};
        }
    }
    if (!orgs.isEmpty()) {
        const Mention &m = pick == Pick::First ? orgs.first() : orgs.last();
        return {m.entity, false, {m.start, m.end}};
    }
    // 6. a country or city as the whole phrase ("Russia said")
    if (places.size() == 1) {
        Words rest = ws;
        rest.removeIf([&](const Word &w) {
            const QStringView t = word(w);
            return (w.start >= places.first().start && w.end <= places.first().end)
                   || t.compare(u"the", Qt::CaseInsensitive) == 0
                   || lexicon::cueFillers().contains(t) || isLyAdverb(t);
        });
        if (rest.isEmpty())
            return {places.first().entity, false, {places.first().start, places.first().end}};
    }
    // 7. a description of a person named before: "the senator", "the Republican nominee"
    if (!m_nested) {
        const Resolved d = resolveDescription(ws, adj);
        if (d.entity >= 0)
            return d;
    }
    // anything else ("union officials", "one woman") names nobody we know; its words (up to
    // five before the cue, after the last comma) still say who spoke
    for (const Word &w : ws) {
        if (lexicon::discourseWords().contains(word(w)))
            continue;
        qsizetype b = adj;
        while (b > 0 && adj - b < 4 && !slice(ws[b - 1].end, ws[b].start).contains(u',')
               && !lexicon::discourseWords().contains(word(ws[b - 1])))
            --b;
        static const WordSet articles{u"a", u"an", u"the"};
        if (b > 0 && adj - b < 4 && articles.contains(word(ws[b - 1]))
            && !slice(ws[b - 1].end, ws[b].start).contains(u','))
            --b; // "the congressional report": its article too
        qsizetype e = adj;
        if (!npBeforeCue) {
            while (e + 1 < ws.size() && e < 4 && !slice(ws[e].end, ws[e + 1].start).contains(u','))
                ++e;
            b = 0;
        }
        return {-1, true, {ws[b].start, ws[e].end}};
    }
    return {};
}

std::optional<Cue> Impl::cueAt(const Words &ws, qsizetype k) const
{
    const QStringView w = word(ws[k]);
    if (!lexicon::speechVerbs().contains(w))
        return std::nullopt;
    if (!outside(ws[k].start))
        return std::nullopt;
    const auto next = [&](qsizetype j) {
        return j < ws.size() ? word(ws[j]) : QStringView();
    };
    Cue c{ws[k], ws[k].end};
    if (w.compare(u"according", Qt::CaseInsensitive) == 0) {
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
    } else if (nounLike().contains(w)) {
        // "claims", "calls", "reports" are verbs after a name or pronoun, else nouns
        const QStringView p = k > 0 ? word(ws[k - 1]) : QStringView();
        if (p.isEmpty() || !(isCapitalised(p) || personPronouns().contains(p) || p == u"it"))
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
    if (cue) {
        q.cue = m_text.mid(cue->word.start, cue->end - cue->word.start);
        q.cueSpan = {cue->word.start, cue->end};
    }
    if (speaker >= 0 && q.kind == QuoteKind::Scare)
        q.kind = QuoteKind::Direct;
    if (speaker >= 0 && q.parent < 0) {
        const qsizetype s = m_sents.at(q.span.start);
        if (s >= 0)
            m_sentenceSpeaker[s].append({q.span.start, speaker});
    }
}

bool Impl::attributeQuote(int qi)
{
    const Quote &q = m_a.quotes[qi];
    const bool nested = q.parent >= 0;
    const qsizetype openMark = q.span.start - 1;
    qsizetype afterQuote = q.span.end;
    if (afterQuote < m_text.size() && isQuoteMark(m_text[afterQuote]))
        ++afterQuote;
    // bounds: the sentences the quote opens and closes in, or the enclosing quote
    Span bounds;
    if (nested) {
        bounds = m_a.quotes[q.parent].span;
    } else {
        const qsizetype s0 = m_sents.at(std::max<qsizetype>(0, openMark));
        const qsizetype s1 = m_sents.at(std::max<qsizetype>(0, q.span.end));
        bounds = {s0 >= 0 ? m_sents.span(s0).start : 0,
                  s1 >= 0 ? std::max(m_sents.span(s1).end, afterQuote) : afterQuote};
        if (s1 >= 0 && m_sents.span(s1).end < q.span.end)
            bounds.end = std::max(afterQuote, bounds.end);
    }
    // bounded windows around the quote keep the cost linear on run-on text
    bounds.start = std::max(bounds.start, openMark - kWindow);
    bounds.end = std::min(bounds.end, afterQuote + kWindow);
    const auto accept = [&](int e) {
        return e >= 0 && (!nested || typeOf(e) == EntityType::Person);
    };

    // does the quote end its clause: “…,” / “…?” / “…!” / "…", X said
    qsizetype last = q.span.end;
    while (last > q.span.start && (m_text[last - 1].isSpace() || isQuoteMark(m_text[last - 1])))
        --last;
    const QChar lastChar = last > q.span.start ? m_text[last - 1] : QChar();
    qsizetype after = afterQuote;
    while (after < bounds.end && m_text[after].isSpace())
        ++after;
    const bool clauseEnd = lastChar == u',' || lastChar == u'?' || lastChar == u'!'
                           || (after < bounds.end && m_text[after] == u',');

    // the quote before this one at the same level (for continuations and clause bounds)
    int prev = -1;
    const QList<Quote> &quotes = std::as_const(m_a.quotes);
    for (int k = qi - 1; k > q.parent && k >= qi - 64; --k) {
        if (quotes[k].parent == q.parent && quotes[k].kind != QuoteKind::Title) {
            prev = k;
            break;
        }
    }

    const auto tryAfter = [&]() -> bool {
        if (after >= bounds.end)
            return false;
        Words ws = wordsIn(m_text, afterQuote, bounds.end);
        for (qsizetype k = 0; k < ws.size() && k < 16; ++k) {
            if (!outside(ws[k].start))
                return false; // another quote first
            const std::optional<Cue> cue = cueAt(ws, k);
            if (!cue)
                continue;
            const QStringView cw = word(cue->word);
            if (cw.endsWith(u"ing") && cw.compare(u"according", Qt::CaseInsensitive) != 0)
                return false; // “…,” telling reporters …: the subject stands before the quote
            if (k == 0 || (k == 1 && word(ws[0]).compare(u"and", Qt::CaseInsensitive) == 0)) {
                if (k == 1) { // “…” and warned …: the subject of the sentence
                    const qsizetype s = m_sents.at(openMark);
                    const int subj = s >= 0 ? subjectOf(s, openMark, EntityType::Person) : -1;
                    const int org = s >= 0 ? subjectOf(s, openMark, EntityType::Org) : -1;
                    const int e = subj >= 0 ? subj : org;
                    if (accept(e)) {
                        assign(qi, e, &*cue);
                        return true;
                    }
                    return false;
                }
                // “…,” said X
                qsizetype npEnd = cue->end;
                if (cw.compare(u"according", Qt::CaseInsensitive) == 0 || cw == u"quoted")
                    npEnd = cue->end;
                qsizetype stop = npEnd;
                // up to the clause's end; "said Rev. Jane Doe": a title's full stop is not one
                while (stop < bounds.end && m_text[stop] != u',' && m_text[stop] != u';'
                       && m_text[stop] != u'(' && !isDash(m_text[stop])
                       && (m_text[stop] != u'.' || isAbbreviationBefore(m_text, stop, npEnd)))
                    ++stop;
                const Resolved r = resolveNP(npEnd, stop, false, Pick::First);
                if (accept(r.entity)) {
                    assign(qi, r.entity, &*cue, -1, r.mention);
                    return true;
                }
                if (r.stop)
                    assign(qi, -1, &*cue, -1, r.mention);
                return r.stop;
            }
            // “…,” X said / “fragment” …, X said.
            qsizetype npFrom = afterQuote;
            if (!clauseEnd) {
                // only a closing ", X said." at the end of the sentence
                const QStringView between = slice(afterQuote, cue->word.start);
                const qsizetype comma = between.lastIndexOf(u',');
                if (comma < 0)
                    return false;
                npFrom = afterQuote + comma + 1;
                qsizetype tail = 0;
                for (qsizetype j = k + 1; j < ws.size(); ++j, ++tail) {
                    if (word(ws[j]) == u"that")
                        return false;
                }
                if (tail > 6)
                    return false;
            } else if (k > 14) {
                return false;
            }
            const Resolved r = resolveNP(npFrom, cue->word.start, true, Pick::First);
            if (accept(r.entity)) {
                assign(qi, r.entity, &*cue, -1, r.mention);
                return true;
            }
            if (r.stop && clauseEnd)
                assign(qi, -1, &*cue, -1, r.mention);
            return r.stop && clauseEnd;
        }
        return false;
    };

    const auto tryBefore = [&]() -> bool {
        qsizetype floor = bounds.start;
        if (prev >= 0 && m_a.quotes[prev].span.end > floor && m_a.quotes[prev].span.end < openMark)
            floor = m_a.quotes[prev].span.end + 1;
        if (nested)
            floor = std::max(floor, bounds.start);
        const Words ws = wordsIn(m_text, floor, std::max(floor, openMark));
        if (prev >= 0 && floor > bounds.start && m_a.quotes[prev].speaker >= 0) {
            // said it was “A” and “B”: the second goes with the first
            bool linked = ws.size() <= 1;
            for (const Word &w : ws)
                linked &= word(w) == u"and" || word(w) == u"or" || word(w) == u"but";
            if (linked) {
                const Quote &p = m_a.quotes[prev];
                Cue same{{p.cueSpan.start, p.cueSpan.end}, p.cueSpan.end};
                assign(qi, p.speaker, p.cueSpan.isEmpty() ? nullptr : &same, p.via,
                       p.speakerMention);
                return true;
            }
        }
        int tries = 0;
        for (qsizetype k = ws.size() - 1; k >= 0 && tries < 3; --k) {
            if (!outside(ws[k].start))
                continue;
            const std::optional<Cue> cue = cueAt(ws, k);
            if (!cue || cue->end > openMark)
                continue;
            ++tries;
            const QStringView cw = word(cue->word);
            if (cw.endsWith(u"ing") && k > 0 && cw != u"according"
                && slice(ws[k - 1].end, ws[k].start).trimmed().isEmpty()
                && !gerundLinks().contains(word(ws[k - 1])) && !isCapitalised(word(ws[k - 1])))
                continue; // "keeps saying …": a habit described, not a quotation
            if (cw.compare(u"according", Qt::CaseInsensitive) == 0) {
                // "according to X, …" attributes the sentence, not the quote; but the quote
                // right after it ("According to X, “…”") is X's
                qsizetype c = openMark;
                while (c > cue->end && m_text[c - 1].isSpace())
                    --c;
                if (c > cue->end && m_text[c - 1] == u',' && c - cue->end < 80) {
                    const Resolved r = resolveNP(cue->end, c - 1, false, Pick::First);
                    if (accept(r.entity)) {
                        assign(qi, r.entity, &*cue, -1, r.mention);
                        return true;
                    }
                }
                continue;
            }
            if (cw == u"quoted") {
                qsizetype as = cue->end;
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
                    if (accept(r.entity)) {
                        assign(qi, r.entity, &*cue, via, r.mention);
                        return true;
                    }
                    return r.stop;
                }
                const Resolved speaker = resolveNP(cue->word.end, as, false, Pick::First);
                const Resolved relay = resolveNP(floor, cue->word.start, true, Pick::Last);
                assign(qi, accept(speaker.entity) ? speaker.entity : -1, &*cue, relay.entity,
                       speaker.mention);
                return true;
            }
            if (!nested && k > 0 && cw.endsWith(u"ing")
                && slice(ws[k - 1].end, ws[k].start).contains(u',')) {
                // "X threw her support behind Y on Friday, saying “…”": the clause's subject
                const Resolved r = clauseSubject(bounds.start, ws[k - 1].end);
                if (accept(r.entity)) {
                    assign(qi, r.entity, &*cue, -1, r.mention);
                    return true;
                }
            }
            const Resolved r = resolveNP(floor, cue->word.start, true, Pick::Last);
            if (accept(r.entity)) {
                assign(qi, r.entity, &*cue, -1, r.mention);
                return true;
            }
            if (r.stop)
                return true;
            // "While saying he …": the pronoun right after the cue
            if (k + 1 < ws.size() && personPronouns().contains(word(ws[k + 1]))) {
                const int e = resolvePronoun(ws[k + 1].start, word(ws[k + 1]));
                if (accept(e)) {
                    assign(qi, e, &*cue, -1, {ws[k + 1].start, ws[k + 1].end});
                    return true;
                }
            }
        }
        // a statement noun before a colon: with the slogan: “…”
        qsizetype c = openMark;
        while (c > floor && m_text[c - 1].isSpace())
            --c;
        if (!nested && c > floor && m_text[c - 1] == u':' && !ws.isEmpty()
            && lexicon::statementNouns().contains(word(ws.last()))) {
            const qsizetype s = m_sents.at(openMark);
            int e = subjectOf(s, openMark, EntityType::Person);
            if (e < 0)
                e = subjectOf(s, openMark, EntityType::Org);
            if (e >= 0) {
                assign(qi, e, nullptr);
                return true;
            }
        }
        return false;
    };

    // “…” ― Jane Doe: a dash and a name after the quote, as under an epigraph or a vox pop
    if (!nested && dashAttribution(qi, after))
        return true;
    if (clauseEnd) {
        if (tryAfter() || tryBefore())
            return true;
    } else {
        if (tryBefore() || tryAfter())
            return true;
    }
    if (nested)
        return false;
    if (nominalCue(qi, bounds.start, openMark))
        return true;
    if (introducedByParagraphBefore(qi))
        return true;
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
    const bool opensSentence = slice(m_sents.span(sq).start, std::max(m_sents.span(sq).start, openMark))
                                   .trimmed()
                                   .isEmpty();
    if (opensSentence) {
        assign(qi, p.speaker, nullptr, -1, p.speakerMention);
        return true;
    }
    // a fragment in a sentence with no cue and no subject of its own, right after the speaker
    if (m_sents.paragraph(sq) != m_sents.paragraph(sp))
        return false;
    const Words ws = wordsIn(m_text, m_sents.span(sq).start, m_sents.span(sq).end);
    for (qsizetype k = 0; k < ws.size(); ++k) {
        if (cueAt(ws, k))
            return false;
    }
    if (!mentionsIn(m_sents.span(sq).start, openMark).isEmpty())
        return false;
    assign(qi, p.speaker, nullptr, -1, p.speakerMention);
    return true;
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
    const Words ws = wordsIn(m_text, from, stop);
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
    const Words ws = wordsIn(m_text, std::max(from, openMark - 160), openMark);
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
    const Words ws = wordsIn(m_text, from, end);
    for (qsizetype k = ws.size() - 1; k >= 0 && k >= ws.size() - 8; --k) {
        if (insideQuote(ws[k].start))
            return false;
        const std::optional<Cue> cue = cueAt(ws, k);
        if (!cue || cue->word.start < from)
            continue;
        const QStringView cw = word(cue->word);
        if (cw.compare(u"according", Qt::CaseInsensitive) == 0 || cw == u"quoted")
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
        m_nested = q.parent >= 0;
        attributeQuote(qi);
        m_nested = false;
        // the ranker for the quotes the rules left alone (fragments too: "X blasted Y for
        // \"cavorting\"" is X's word; the model learned when a fragment is nobody's)
        const bool fragment = QuoteFinder::isFragment(q.text);
        const qsizetype s = m_sents.at(q.span.start);
        const qsizetype sentenceStart = s >= 0 ? m_sents.span(s).start : 0;
        // (not a title-cased fragment: a show, a slogan, a name in quote marks)
        if (q.parent < 0 && q.speaker < 0 && q.speakerMention.isEmpty()
            && !(fragment
                 && (QuoteFinder::isTitleCased(q.text)
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
    for (const Word &w : wordsIn(m_text, from, to)) {
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
            if (r.source < 0 || r.generic)
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
    if (c->kind == u"NAME") {
        // the entity named there (a person first), else a name the recognizer missed
        const Mentions ms = mentionsIn(std::max<qsizetype>(0, c->span.start - 40), c->span.end);
        for (const Mention &m : ms) {
            if (!m.inQuote && m.end > c->span.start && m.start < c->span.end
                && (speaker < 0 || typeOf(m.entity) == EntityType::Person)) {
                if (speaker < 0 || typeOf(speaker) != EntityType::Person) {
                    speaker = m.entity;
                    mention = {m.start, m.end};
                }
            }
        }
        if (speaker < 0) {
            const Words ws = wordsIn(m_text, c->span.start, c->span.end);
            speaker = unknownName(ws, c->span.start, Pick::First);
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
    if (speaker < 0 && c->kind != u"DESC")
        return;
    assign(qi, speaker, nullptr, -1, mention);
}

QList<ReportedStatement> Impl::run()
{
    // sentence by sentence: its quotes first, then its reported speech, so that names found
    // on the way are known to the pronouns of the sentences after
    QList<ReportedStatement> out;
    int qi = 0;
    for (qsizetype s = 0; s < m_sents.size(); ++s) {
        const int firstQuote = qi;
        attributeQuotes(qi, m_sents.span(s).end);
        const qsizetype firstStatement = out.size();
        m_statements.find(s, out);
        quotesInStatements(firstQuote, qi, out, firstStatement);
    }
    attributeQuotes(qi, m_text.size());
    return out;
}

SourcePhrase Impl::resolveSource(qsizetype from, qsizetype to, bool beforeCue)
{
    const Resolved r = resolveNP(from, to, beforeCue, beforeCue ? Pick::Last : Pick::First);
    return {r.entity, r.stop, r.mention};
}

void Impl::statementMade(qsizetype sentence, qsizetype cuePos, int source, Span mention)
{
    m_lastReported = {sentence, source};
    m_lastReportedMention = mention;
    // salience: the source of a statement is a subject the pronouns after may take
    auto &speakers = m_sentenceSpeaker[sentence];
    const auto at = std::upper_bound(
        speakers.begin(), speakers.end(), cuePos,
        [](qsizetype p, const std::pair<qsizetype, int> &x) { return p < x.first; });
    speakers.insert(at, {cuePos, source});
}

} // namespace

QList<ReportedStatement> Attributor::attribute(Article &article, EnsureEntityFn ensure)
{
    if (!ensure)
        return attribute(article, static_cast<EntityEnsurer *>(nullptr));
    FunctionEnsurer ensurer(ensure);
    return attribute(article, &ensurer);
}

QList<ReportedStatement> Attributor::attribute(Article &article, EntityEnsurer *ensurer)
{
    Impl impl(article, ensurer);
    return impl.run();
}

} // namespace gloss
