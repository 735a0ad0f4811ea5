#include "StatementFinder_p.h"

#include "CueModel.h"
#include "Lexicon.h"

#include "text/UnitScan.h"

#include <algorithm>
#include <utility>

namespace gloss::quotes {

namespace {

/** How far (UTF-16 units) before and after a cue a statement's source is looked for. */
constexpr qsizetype kWindow = 600;

/** A subject, a verb's auxiliary or a clause's conjunction: words holding one make a
 *  clause. */
bool makesClause(QStringView word)
{
    static const WordSet marks{
        u"he",     u"she",    u"they",  u"we",      u"i",      u"you",   u"it",    u"is",
        u"are",    u"was",    u"were",  u"has",     u"have",   u"had",   u"be",    u"been",
        u"will",   u"would",  u"can",   u"could",   u"may",    u"might", u"must",  u"should",
        u"shall",  u"do",     u"does",  u"did",     u"not",    u"that",  u"which", u"who",
        u"because", u"if",    u"when",  u"and",     u"but",    u"or",    u"there"};
    return marks.contains(word);
}

/** What a speech verb does in a sentence (bits). */
enum VerbRole : quint8 {
    /** It closes a clause it reports ("…, she said"), unlike the verbs whose object or phrase
     *  is the statement ("called for", "agreed to", "vowed to"). */
    Closes = 1,
    /** It may come before its source ("…, said Jane Doe.", "…, wrote Ann Lee."). */
    Inverts = 2,
    /** A verb of telling, whose object is the one told ("told reporters", "warned the
     *  board"). */
    Tells = 4,
};

/** The VerbRole bits of @p word (case-insensitive; 0 for a word that is no such verb). */
quint8 verbRoles(QStringView word)
{
    static const WordTable<quint8> roles{
        {u"said", Closes | Inverts},           {u"says", Closes | Inverts},
        {u"say", Closes},                      {u"told", Closes | Tells},
        {u"tells", Closes | Tells},            {u"tell", Closes | Tells},
        {u"telling", Tells},                   {u"wrote", Closes | Inverts},
        {u"writes", Closes | Inverts},         {u"tweeted", Closes},
        {u"tweets", Closes},                   {u"posted", Closes},
        {u"added", Closes | Inverts},          {u"adds", Closes | Inverts},
        {u"explained", Closes | Inverts},      {u"explains", Closes},
        {u"stated", Closes},                   {u"noted", Closes | Inverts},
        {u"declared", Closes},                 {u"announced", Closes},
        {u"remarked", Closes},                 {u"commented", Closes},
        {u"insisted", Closes},                 {u"argued", Closes | Inverts},
        {u"warned", Closes | Inverts | Tells}, {u"warns", Tells},
        {u"confirmed", Closes},                {u"acknowledged", Closes},
        {u"admitted", Closes},                 {u"conceded", Closes},
        {u"replied", Closes | Inverts},        {u"stressed", Closes},
        {u"testified", Closes},                {u"asserted", Closes},
        {u"observed", Closes | Inverts},       {u"predicted", Closes},
        {u"cautioned", Closes},                {u"complained", Closes},
        {u"boasted", Closes},                  {u"joked", Closes},
        {u"recalled", Closes},                 {u"reiterated", Closes},
        {u"informed", Closes | Tells},         {u"reminded", Closes | Tells},
        {u"assured", Closes | Tells},          {u"asked", Inverts},
        {u"continued", Inverts},               {u"advised", Tells},
        {u"notified", Tells},                  {u"promised", Tells},
    };
    return roles.value(word);
}

/**
 * Whether the words after cue @p cue may hold its object before a "that" clause: an object of a
 * verb of telling ("told the meeting that", "warned reporters that") or a phrase opened by a
 * preposition ("said in a statement that", "said on Tuesday that").
 */
bool introducesThatClause(QStringView cue, QStringView next)
{
    static const WordSet openers{u"in",     u"on",      u"at",      u"during", u"to",
                                 u"after",  u"before",  u"via",     u"through", u"last",
                                 u"this",   u"earlier", u"later"};
    return (verbRoles(cue) & Tells) || openers.contains(next);
}

/**
 * Whether the words after cue @p cue (@p rest, to the end of the sentence, with no comma,
 * colon or quotation mark among them) only say whom the statement was made to, and where or
 * when: "told reporters on Monday", "told the BBC in an interview", "said in a statement
 * Tuesday". Not a clause: "told CNN the plan had failed", "said on Monday the plan failed".
 */
bool onlyCircumstances(QStringView text, QStringView cue, const Words &rest)
{
    // words that open a phrase of time without a preposition ("said Monday", "told CNN late
    // Tuesday")
    static const WordSet timeWords{u"monday",   u"tuesday",  u"wednesday", u"thursday",
                                   u"friday",   u"saturday", u"sunday",    u"yesterday",
                                   u"today",    u"tonight",  u"last",      u"this",
                                   u"earlier",  u"later",    u"late",      u"early"};
    // a place, a time, a manner or a medium ("in an interview", "on Twitter", "by phone"); not
    // "to" or "for", which open what a verb is about ("pointed to", "called for")
    static const WordSet prepositions{u"in",     u"on",      u"at",     u"during", u"after",
                                      u"before", u"via",     u"through", u"from",  u"with",
                                      u"by",     u"over",    u"amid",    u"outside", u"inside"};
    const auto at = [&](qsizetype j) { return text.mid(rest[j].start, rest[j].end - rest[j].start); };
    const auto opens = [&](qsizetype j) {
        return prepositions.contains(at(j)) || timeWords.contains(at(j));
    };
    const quint8 roles = verbRoles(cue);
    if (rest.isEmpty() || !(roles & Closes))
        return false;
    qsizetype j = 0;
    if ((roles & Tells) && !opens(0)) {
        // the one told: a short noun phrase, a determiner only as its first word
        for (; j < rest.size() && !opens(j); ++j) {
            if (j >= 4 || makesClause(at(j)) || (j > 0 && lexicon::determiners().contains(at(j))))
                return false;
        }
    }
    // then phrases of place, time or manner, each opened by a preposition or a word of time
    qsizetype inPhrase = 0; // words since the phrase's opening word
    for (; j < rest.size(); ++j) {
        if (opens(j)) {
            inPhrase = 0;
            continue;
        }
        if (j == 0 || inPhrase >= 4 || makesClause(at(j))
            || (lexicon::determiners().contains(at(j)) && !opens(j - 1)))
            return false;
        ++inPhrase;
    }
    return true;
}

/**
 * The words that may be cues (every lexicon and learned cue, the words of the CueModel), each
 * with the cue lexicons that hold it and its place in the CueModel: one look-up for a word of
 * the text instead of one for each lexicon and one in the model, and a first, cheap test of
 * every word (most are none).
 */
class CueWords
{
public:
    static const CueWords &instance()
    {
        static const CueWords words;
        return words;
    }

    struct Word
    {
        int lexicons = -1; ///< StatementFinder::CueLexicon bits (0: the CueModel's only), or
                           ///< -1: no cue word at all
        qsizetype modelWord = -1; ///< its CueModel::words().indexOf(), or -1
    };

    Word lookUp(QStringView w) const
    {
        if (const qsizetype i = m_words.indexOf(w); i >= 0)
            return {m_lexicons[i], m_modelWords[i]};
        // the model scores words with a typographic apostrophe it has no entry for ("she’d")
        return {hasTypographicApostrophe(w) ? lexiconsByLookUp(w) : -1, -1};
    }

private:
    CueWords()
    {
        using L = StatementFinder;
        const std::pair<const WordSet *, quint8> lexicons[] = {
            {&lexicon::reportingVerbs(), L::Reporting},
            {&lexicon::learnedCues(), L::Learned},
            {&lexicon::learnedThatCues(), L::BeforeThat},
            {&lexicon::learnedToCues(), L::BeforeTo}};
        QList<QList<QStringView>> lists; // each lexicon's words (views of the sets' own)
        QList<QStringView> words;
        for (const auto &[set, bit] : lexicons) {
            lists.append(set->wordViews());
            words += lists.last();
        }
        // (by their index)
        const QList<QStringView> modelWords = CueModel::learned().words().wordViews();
        words += modelWords;
        QList<qsizetype> indexes; // of each of the words in m_words, in turn
        m_words = WordSet(words, &indexes);
        m_lexicons.resize(m_words.size()); // 0: a word only the CueModel scores
        m_modelWords.resize(m_words.size(), -1);
        qsizetype next = 0;
        for (qsizetype k = 0; k < lists.size(); ++k) {
            for (qsizetype end = next + lists[k].size(); next < end; ++next)
                m_lexicons[indexes[next]] |= lexicons[k].second;
        }
        for (qsizetype i = 0; i < modelWords.size(); ++i, ++next)
            m_modelWords[indexes[next]] = qint32(i);
    }

    static int lexiconsByLookUp(QStringView w)
    {
        using L = StatementFinder;
        return (lexicon::reportingVerbs().contains(w) ? L::Reporting : 0)
               | (lexicon::learnedCues().contains(w) ? L::Learned : 0)
               | (lexicon::learnedThatCues().contains(w) ? L::BeforeThat : 0)
               | (lexicon::learnedToCues().contains(w) ? L::BeforeTo : 0);
    }

    WordSet m_words{};
    QList<quint8> m_lexicons;   ///< by m_words.indexOf()
    QList<qint32> m_modelWords; ///< by m_words.indexOf(): CueModel::words().indexOf(), or -1
};

} // namespace

StatementFinder::StatementFinder(const Article &article, const SentenceIndex &sentences,
                                 SpanWords &words, StatementHooks &hooks)
    : m_a(article)
    , m_text(article.document.text())
    , m_sents(sentences)
    , m_words(words)
    , m_hooks(hooks)
{
}

bool StatementFinder::isLexiconCue(const Words &ws, qsizetype k, int lexicons) const
{
    if (lexicons & (Reporting | Learned))
        return true;
    const QStringView next = k + 1 < ws.size() ? word(ws[k + 1]) : QStringView();
    return ((lexicons & BeforeThat) && next == u"that") || ((lexicons & BeforeTo) && next == u"to");
}

StatementFinder::CueStrength StatementFinder::cueStrength(const Words &ws, qsizetype k,
                                                          int lexicons,
                                                          qsizetype modelWord) const
{
    const QStringView w = word(ws[k]);
    const auto next = [&](qsizetype j) { return j < ws.size() ? word(ws[j]) : QStringView(); };
    CueStrength strength = CueStrength::Sure;
    if (!isLexiconCue(ws, k, lexicons)) {
        if (!w.front().isLower())
            return CueStrength::None;
        const CueModel &model = CueModel::learned();
        const std::optional<int> p =
            model.probabilityIfSourced(m_text, ws[k].start, ws[k].end, modelWord);
        if (!p)
            return CueStrength::None;
        if (*p < model.threshold())
            strength = CueStrength::NeedsEntitySource;
    }
    const auto unless = [strength](bool no) { return no ? CueStrength::None : strength; };
    if (isWord(w, u"according"))
        return unless(next(k + 1) != u"to");
    if (w.front().isUpper())
        return CueStrength::None; // a name or a heading word ("Noted", "Told")
    if (w.startsWith(u"add") && next(k + 1) == u"to")
        return CueStrength::None; // "adding to his victories"
    if ((w.startsWith(u"appear") || w.startsWith(u"seem")) && next(k + 1) != u"that")
        return CueStrength::None; // "appears to be", "seemed like": the writer's hedge
    if (isLyAdverb(w))
        return CueStrength::None; // "reportedly": a hedge, with no source of its own
    static const WordSet be{u"is", u"are", u"was", u"were", u"be", u"been", u"being", u"am"};
    if (k > 0 && !w.endsWith(u"ing") && be.contains(word(ws[k - 1])))
        return CueStrength::None; // "is expected to", "was asked": the subject is not the source
    if (w == u"pointed" || w == u"pointing")
        return unless(next(k + 1) != u"out" && next(k + 1) != u"to");
    if (lexicon::speechNouns().contains(w) || w == u"reads" || w == u"chants" || w == u"hints") {
        // "claims", "notes", "reads" are verbs after a name or a pronoun, else nouns
        const QStringView p = k > 0 ? word(ws[k - 1]) : QStringView();
        return unless(p.isEmpty()
                      || !(isCapitalised(p) || lexicon::personPronouns().contains(p) || p == u"it"));
    }
    return strength;
}

qsizetype StatementFinder::contentEnd(Span sentence) const
{
    qsizetype end = sentence.end;
    while (end > sentence.start
           && (m_text[end - 1].isSpace() || m_text[end - 1] == u'.'
               || isQuoteMark(m_text[end - 1])))
        --end;
    return end;
}

bool StatementFinder::circumstancesAfter(const Words &ws, qsizetype k, qsizetype cueEnd,
                                         Span sentence, Span source) const
{
    const qsizetype end = contentEnd(sentence);
    const QStringView rest = slice(cueEnd, end);
    if (rest.trimmed().isEmpty() || isWord(word(ws[k]), u"according")
        || std::any_of(rest.begin(), rest.end(), [](QChar c) {
               return c == u',' || c == u';' || c == u':' || c == u'(' || isDash(c)
                      || isQuoteMark(c);
           }))
        return false;
    // a comma before the source, and only the source's own words after it ("…, Sen. Jane Doe
    // (D-Ill.) told")
    const qsizetype leadEnd =
        !source.isEmpty() && source.start < ws[k].start ? source.start : ws[k].start;
    const qsizetype comma = slice(sentence.start, leadEnd).lastIndexOf(u',');
    if (comma <= 0)
        return false;
    const Words between = m_words.wordsIn(sentence.start + comma + 1, leadEnd);
    return between.size() <= 4
           && std::none_of(between.begin(), between.end(),
                           [&](const Word &w) { return makesClause(word(w)); })
           && onlyCircumstances(m_text, word(ws[k]), m_words.wordsIn(cueEnd, end));
}

Span StatementFinder::contentAroundAside(const Words &ws, qsizetype k, qsizetype cueEnd,
                                         Span sentence, Span source, qsizetype end) const
{
    // "The plan, Jane Doe said, would cost …", "That, she explained on Monday, is by design":
    // a source and its cue set off by commas inside the clause they report; the content is
    // the clause around them (from the sentence's first words to its end)
    if (source.isEmpty() || source.end > ws[k].start)
        return {};
    const QStringView head = slice(sentence.start, source.start).trimmed();
    if (!head.endsWith(u',') || head.chopped(1).contains(u','))
        return {};
    const qsizetype headWords = m_words.wordsIn(sentence.start, source.start, 7).size();
    const QStringView rest = slice(cueEnd, end);
    const qsizetype comma = rest.indexOf(u',');
    if (headWords < 1 || headWords > 6 || comma < 0 || !(verbRoles(word(ws[k])) & Closes))
        return {};
    // right after the cue, the comma, or a short circumstance before it ("said on Monday,",
    // "explained in a statement,"; not an object: "wrote a dissent,")
    const Words between = m_words.wordsIn(cueEnd, cueEnd + comma, 5);
    if (between.size() > 4
        || (!between.isEmpty() && !lexicon::prepositions().contains(word(between.first()))))
        return {};
    // (not "As the phone rang, the announcer said, “…”", whose quote is the content)
    const Words after = m_words.wordsIn(cueEnd + comma, end, 2);
    if (after.size() < 2 || slice(cueEnd + comma + 1, after.first().start).trimmed().size() > 0)
        return {};
    // conjunctions after the aside's comma (a wider list than clauseAt()'s, which reads a break
    // without a comma: "…, the bill because they said …" is no break there)
    static const WordSet joints{u"and", u"but", u"while", u"as",   u"because",
                                u"although", u"so", u"or", u"yet", u"though"};
    qsizetype from = sentence.start;
    while (from < end && (m_text[from].isSpace() || isQuoteMark(m_text[from])))
        ++from;
    const QStringView next = word(after.first());
    // (a participle's short phrase is a circumstance; a long one, a gerund subject: "…, he
    // said, replacing her would be much more acrimonious")
    const bool circumstance = next.endsWith(u"ing") && next.front().isLower()
                              && m_words.wordsIn(cueEnd + comma, end, 8).size() <= 6;
    if (joints.contains(next) || circumstance) {
        // "It was impossible, she said, so …", "Sales were great, he said, wiping his face":
        // the words before the aside are the content, when they are more than one
        qsizetype to = source.start;
        while (to > from && (m_text[to - 1].isSpace() || m_text[to - 1] == u','))
            --to;
        return headWords >= 2 ? Span{from, to} : Span{};
    }
    return {from, end};
}

Span StatementFinder::contentOf(const Words &ws, qsizetype k, qsizetype cueEnd, Span sentence,
                     Span source, bool circumstancesAfter) const
{
    // words after the cue (and after an inverted source: "…, said the mayor.")
    qsizetype after = 0;
    for (qsizetype j = k + 1; j < ws.size(); ++j)
        after += ws[j].start >= cueEnd && !source.contains(ws[j].start);
    const qsizetype end = contentEnd(sentence);
    if (const Span around = contentAroundAside(ws, k, cueEnd, sentence, source, end);
        !around.isEmpty())
        return around;
    // the words before the cue end with a comma ("…, according to X", "…, said Jane Doe")
    const bool commaBefore = slice(sentence.start, ws[k].start).trimmed().endsWith(u',');
    bool closing = false;
    if (commaBefore && isWord(word(ws[k]), u"according")) {
        // "…, according to X." closing the sentence: the content is before the cue, not X
        const QStringView rest = slice(cueEnd, end);
        closing = !rest.contains(u',') && !rest.contains(u':') && !rest.contains(u';');
        // "In addition, according to the department, nearly nine million …": after an opener
        // of a few words, "according to X," is an aside: the content is the clause after its
        // comma
        if (const qsizetype comma = rest.indexOf(u','); k < 4 && comma >= 0) {
            qsizetype from = cueEnd + comma + 1;
            while (from < end && m_text[from].isSpace())
                ++from;
            if (from < end)
                return {from, end};
        }
    }
    // "…, said Jane Doe, a lawyer who …" / "…, according to X, a pollster who …": with the
    // source after the cue and a comma before it, the words after the source describe it
    // (ws holds the sentence's words: k before the cue)
    const bool tail = !source.isEmpty() && source.start >= cueEnd && commaBefore && k >= 2;
    // "X said it would not.": a short clause is still the content when a pronoun opens it
    // (but a pronoun alone is the verb's object: "…, as X put it.", "X said it.")
    bool shortClause = false;
    if (after > 1 && after < 4) {
        static const WordSet openers{u"it", u"he", u"she", u"they", u"we", u"I", u"there"};
        for (qsizetype j = k + 1; j < ws.size(); ++j) {
            if (ws[j].start < cueEnd || source.contains(ws[j].start))
                continue;
            shortClause = openers.contains(word(ws[j]));
            break;
        }
    }
    if ((after >= 4 || shortClause) && !closing && !tail && !circumstancesAfter) {
        // X said (that) …: the clause after the cue
        qsizetype from = cueEnd;
        if (!source.isEmpty() && source.start >= cueEnd && source.start - cueEnd < 40)
            from = source.end; // "according to X, …"
        const Words rest = m_words.wordsIn(cueEnd, std::min(end, cueEnd + 60), 7);
        // "told reporters the pier …", "told her it was safe": whom it was told to is no part
        // of what was told (a that-clause after it is found below)
        static const WordSet listeners{u"reporters", u"journalists", u"him", u"her", u"them",
                                       u"us",        u"me",          u"you"};
        if (rest.size() >= 3 && (verbRoles(word(ws[k])) & Tells)
            && listeners.contains(word(rest.first())) && word(rest[1]) != u"that"
            && slice(rest[0].end, rest[1].start).trimmed().isEmpty())
            from = rest.first().end;
        if (!rest.isEmpty() && word(rest.first()) == u"that") {
            from = rest.first().end;
        } else if (!rest.isEmpty() && introducesThatClause(word(ws[k]), word(rest.first()))) {
            // "told the meeting that …", "said in a statement that …": the clause after "that",
            // when no comma or quotation mark stands between
            for (qsizetype j = 1; j < std::min<qsizetype>(rest.size(), 7); ++j) {
                const QStringView gap = slice(rest[j - 1].end, rest[j].start);
                if (gap.contains(u',') || gap.contains(u';') || std::any_of(gap.begin(), gap.end(),
                        [](QChar c) { return isQuoteMark(c); }))
                    break;
                if (word(rest[j]) == u"that") {
                    from = rest[j].end;
                    break;
                }
            }
        }
        while (from < end
               && (m_text[from].isSpace() || m_text[from] == u',' || m_text[from] == u':'))
            ++from;
        return {from, std::max(from, end)};
    }
    // … , X said. / … , said X.: the words before the source
    qsizetype to = std::min(source.isEmpty() ? ws[k].start : source.start, ws[k].start);
    const QStringView before = slice(sentence.start, to);
    const qsizetype comma = before.lastIndexOf(u',');
    if (comma <= 0)
        return {}; // "X rejected the criticism.": no content of its own
    to = sentence.start + comma;
    qsizetype from = sentence.start;
    while (from < to && (m_text[from].isSpace() || isQuoteMark(m_text[from])))
        ++from;
    while (to > from && (m_text[to - 1].isSpace() || isQuoteMark(m_text[to - 1])))
        --to;
    // one word is no statement: "There, I said it.", "That, X explained, is by design."
    if (m_words.wordsIn(from, to, 2).size() < 2)
        return {};
    return {from, to};
}

bool StatementFinder::foreseen(const Words &ws, qsizetype k) const
{
    static const WordSet foresight{u"expected", u"set", u"due", u"scheduled",
                                   u"poised", u"slated"};
    return k >= 2 && word(ws[k - 1]) == u"to" && foresight.contains(word(ws[k - 2]));
}

bool StatementFinder::genericIn(qsizetype from, qsizetype to) const
{
    for (const Word &x : m_words.wordsIn(from, to)) {
        if (lexicon::genericSources().contains(word(x)))
            return true;
    }
    return false;
}

SourcePhrase StatementFinder::accordingTo(qsizetype cueEnd, Span sentence, bool &generic)
{
    qsizetype stop = cueEnd;
    const qsizetype stopMax = std::min(sentence.end, cueEnd + kWindow / 2);
    while (stop < stopMax && m_text[stop] != u',' && m_text[stop] != u'.')
        ++stop;
    generic |= genericIn(cueEnd, stop);
    return m_hooks.resolveSource(cueEnd, stop, false);
}

SourcePhrase StatementFinder::sourceOf(const Words &ws, qsizetype k, qsizetype floorPos,
                                       Span sentence, const ReportedStatement *previous,
                                       bool &generic)
{
    const QStringView w = word(ws[k]);
    const char16_t *const s = QStringView(m_text).utf16();
    // "A White House official, who requested anonymity …, said …", "An official, speaking on
    // condition of anonymity, said …": the subject stands before a relative clause or a
    // participle's phrase that ends at the cue (and a statement inside it is no floor for it)
    const qsizetype base = std::max(sentence.start, ws[k].start - kWindow / 2);
    const qsizetype close = findLast(s, base, ws[k].start, u',');
    const bool afterComma = close >= 0 && slice(close + 1, ws[k].start).trimmed().isEmpty();
    // "The Clinton approach is …, said Jane Doe, a director.": a cue that journalists put
    // before its source, right after the comma, followed by a name that ends its clause within
    // four words, has its source after it (but "Jane Doe, a senator, said Friday he …" has
    // its source before)
    const bool inverts = verbRoles(w) & Inverts;
    bool nameAfter = false;
    if (inverts && afterComma && k + 1 < ws.size() && isCapitalised(word(ws[k + 1]))) {
        qsizetype j = k + 1;
        while (j + 1 < ws.size() && j < k + 4 && !slice(ws[j].end, ws[j + 1].start).contains(u','))
            ++j;
        nameAfter = j + 1 == ws.size() || slice(ws[j].end, ws[j + 1].start).contains(u',');
    }
    qsizetype to = ws[k].start;
    bool relative = false;
    if (afterComma && !nameAfter) {
        const qsizetype open = findLast(s, base, close, u',');
        const Words first = open >= 0 ? m_words.wordsIn(open + 1, close, 1) : Words();
        const QStringView opener = first.isEmpty() ? QStringView() : word(first[0]);
        // (not "including", a preposition)
        relative = opener == u"who" || opener == u"which"
                   || (opener.endsWith(u"ing") && opener.size() > 4 && opener.front().isLower()
                       && opener != u"including");
        if (relative)
            to = open;
    }
    const qsizetype floor = relative ? base : std::max(floorPos, base);
    qsizetype from = floor;
    // (the window is looked back over eight units at a time: up to 300 units for every cue)
    if (const qsizetype semi = findLast(s, floor, to, u';'); semi >= 0)
        from = semi + 1;
    // a new clause: "…, and observers say", "…, but critics argue" (the last comma opening
    // one: commas are few, so they are looked for first)
    const qsizetype lastComma = findLast(s, floor, to, u',');
    for (qsizetype c = lastComma; c >= 0; c = findLast(s, floor, c, u',')) {
        const QStringView rest = slice(c, to);
        if (rest.startsWith(u", and ") || rest.startsWith(u", but ")) {
            from = std::max(from, c + 6);
            break;
        }
    }
    if (!relative && k + 4 >= ws.size() && lastComma >= 0) // "…, X said." closing the sentence
        from = std::max(from, lastComma + 1);
    if (nameAfter && close >= floor)
        from = ws[k].start;
    if (w.endsWith(u"ing") && previous
        && slice(previous->cueSpan.end, ws[k].start).contains(u',')) {
        // "…, adding that …": the same source as the statement before
        generic = previous->generic;
        return {previous->source, false, previous->sourceMention};
    }
    SourcePhrase who = m_hooks.resolveSource(from, to, true);
    generic |= genericIn(from, to);
    // "…, said the mayor." / "…, says Jane Doe, a lawyer." (also when the words before the
    // comma end in a description: "… in schools, said Jane Doe")
    const bool commaBefore = !relative && slice(from, to).trimmed().endsWith(u',');
    if (who.entity < 0 && (who.mention.isEmpty() || commaBefore) && !generic
        && inverts && k + 1 < ws.size() && slice(sentence.start, ws[k].start).contains(u',')) {
        const SourcePhrase subject = who;
        qsizetype stop = ws[k].end;
        const qsizetype stopMax = std::min(sentence.end, stop + kWindow / 2);
        while (stop < stopMax && m_text[stop] != u',' && m_text[stop] != u'.'
               && m_text[stop] != u';')
            ++stop;
        who = m_hooks.resolveSource(ws[k].end, stop, false);
        generic |= genericIn(ws[k].end, stop);
        if (who.entity < 0 && who.mention.isEmpty() && !generic)
            who = subject;
    }
    return who;
}

void StatementFinder::find(qsizetype s, QList<ReportedStatement> &out)
{
    const int para = m_sents.paragraph(s);
    if (para >= 0 && para < m_a.paragraphs.size()
        && m_a.paragraphs[para].role != ParagraphRole::Body
        && m_a.paragraphs[para].role != ParagraphRole::BlockQuote)
        return;
    const Span span = m_sents.span(s);
    if (m_words.span() != span)
        m_words.read(m_text, span);
    const Words &ws = m_words.words();
    const CueWords &cueWords = CueWords::instance();
    // every attribution cue of the sentence: "X said …, adding that …", "according to Y, …"
    qsizetype lastK = -2;     // the word index of the previous cue
    qsizetype floorPos = span.start; // a source is looked for after the previous statement
    const qsizetype firstIndex = out.size();
    qsizetype prevIndex = -1; // index in out of the sentence's previous statement
    for (qsizetype k = 0; k < ws.size(); ++k) {
        const ReportedStatement *previous = prevIndex >= 0 ? &out[prevIndex] : nullptr;
        const auto [lexicons, modelWord] = cueWords.lookUp(word(ws[k]));
        if (lexicons < 0 || m_hooks.insideQuote(ws[k].start) || foreseen(ws, k))
            continue;
        const CueStrength strength = cueStrength(ws, k, lexicons, modelWord);
        if (strength == CueStrength::None)
            continue;
        // inside the content of the sentence's previous statement only a lexicon cue starts
        // another one ("X said the council had known …": no statement of the council's)
        if (previous && previous->content.contains(ws[k].start)
            && !isLexiconCue(ws, k, lexicons))
            continue;
        const QStringView w = word(ws[k]);
        if (k == lastK + 1 && previous && slice(ws[lastK].end, ws[k].start).trimmed().isEmpty()) {
            // "has said", "would argue": one cue (but "said, adding" is two)
            lastK = k;
            continue;
        }
        ReportedStatement r;
        r.sentence = span;
        qsizetype cueEnd = ws[k].end;
        SourcePhrase who;
        if (isWord(w, u"according")) {
            cueEnd = ws[k + 1].end;
            who = accordingTo(cueEnd, span, r.generic);
        } else {
            if (w == u"pointed" || w == u"pointing")
                cueEnd = ws[k + 1].end;
            who = sourceOf(ws, k, floorPos, span, previous, r.generic);
            if (k + 1 < ws.size() && word(ws[k + 1]) == u"that")
                cueEnd = ws[k + 1].end;
        }
        lastK = k;
        if (who.entity < 0 && !r.generic && who.mention.isEmpty())
            continue;
        // a cue the model is less sure of ("X applauded the council"): a statement when its
        // source resolves to an entity (a name, "a local group"; not "it" or "they")
        const bool weak = strength == CueStrength::NeedsEntitySource;
        if (weak && who.entity < 0)
            continue;
        r.source = who.entity;
        if (r.source < 0 && !r.generic && !who.mention.isEmpty())
            r.source = m_hooks.describedSource(who.mention);
        r.sourceMention = who.mention;
        r.cueSpan = {ws[k].start, cueEnd};
        // "…, X told reporters on Monday.": no statement among the words after the cue
        const bool circumstances = circumstancesAfter(ws, k, cueEnd, span, who.mention);
        r.content = contentOf(ws, k, cueEnd, span, who.mention, circumstances);
        if (r.content.isEmpty())
            continue;
        if (r.source >= 0 && !r.generic && !weak) // a weak cue gives its source no salience
            m_hooks.statementMade(s, ws[k].start, r.source, who.mention);
        out.append(r);
        prevIndex = out.size() - 1;
        floorPos = cueEnd;
        if (circumstances)
            break;
    }
    cutAtNextStatement(out, firstIndex);
}

qsizetype StatementFinder::clauseAt(qsizetype from, qsizetype pos) const
{
    // a determiner or possessive opening the phrase ("and the mayor said", ", his aide said")
    // stands after the break
    static const WordSet joints{u"and", u"but", u"while", u"whereas", u"as", u"yet"};
    if (pos <= from)
        return -1;
    const Words ws = m_words.wordsIn(std::max(from, pos - 80), pos);
    qsizetype k = ws.size() - 1;
    qsizetype at = pos; // the start of the phrase
    if (k >= 0 && lexicon::determiners().contains(word(ws[k]))
        && slice(ws[k].end, at).trimmed().isEmpty()) {
        at = ws[k].start;
        --k;
    }
    const QStringView gap = slice(k >= 0 ? ws[k].end : from, at).trimmed();
    const bool breaks = !gap.isEmpty() ? gap.back() == u',' || gap.back() == u';'
                                             || gap.back() == u':' || isDash(gap.back())
                                       : k >= 0 && joints.contains(word(ws[k]));
    return breaks ? at : -1;
}

void StatementFinder::cutAtNextStatement(QList<ReportedStatement> &out, qsizetype first) const
{
    // a statement's content ends where the next one of the sentence begins: "X said A, adding B"
    for (qsizetype i = first; i + 1 < out.size(); ++i) {
        ReportedStatement &cur = out[i];
        qsizetype cut = -1;
        for (qsizetype j = i + 1; j < out.size() && cut < 0; ++j) {
            const ReportedStatement &next = out[j];
            cut = next.cueSpan.start;
            if (!next.sourceMention.isEmpty() && next.sourceMention.start < cut
                && next.sourceMention.start >= cur.cueSpan.end) {
                // "…, and Y said" after X's statement; but "X notes that the council announced
                // …" reports the council's statement inside X's: with no break before its
                // source, that statement is part of this one's content, and this one ends
                // where a later one begins
                cut = clauseAt(cur.content.start, next.sourceMention.start);
            }
        }
        if (cut <= cur.content.start || cut >= cur.content.end)
            continue;
        const auto trim = [&] {
            while (cut > cur.content.start
                   && (m_text[cut - 1].isSpace() || m_text[cut - 1] == u','
                       || m_text[cut - 1] == u';'))
                --cut;
        };
        trim();
        // "… to approve, and" + "he hoped …": the joining word belongs to neither statement
        for (const QStringView joint : {u"and", u"but", u"while"}) {
            if (cut - cur.content.start > joint.size() + 1
                && slice(cut - joint.size(), cut) == joint
                && m_text[cut - joint.size() - 1].isSpace()) {
                cut -= joint.size();
                trim();
                break;
            }
        }
        // (not back to the statement's own cue, inside the content of "Instead, she said, her
        // boss told her …": the statement after is part of that one)
        if (cut > cur.content.start && cut > cur.cueSpan.end)
            cur.content.end = cut;
    }
}

} // namespace gloss::quotes
