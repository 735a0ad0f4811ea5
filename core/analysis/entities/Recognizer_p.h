#pragma once

// Internal to the EntityRecognizer: one recognition run over an article (Recognizer) and what its
// stages share. The stages live in their own files:
//   RecognizerRuns.cpp        sentences, quotations and runs of capitalised words (and headlines)
//   RecognizerCandidates.cpp  a run's candidate names with their evidence, cues and roles
//   RecognizerClusters.cpp    candidates clustered into entities, typed and resolved
//   EntityTokenizer_p.h       the tokens they read

#include "EntityRecognizer.h"
#include "EntityTokenizer_p.h"
#include "Gazetteer.h"
#include "Vocabulary_p.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <array>
#include <bitset>
#include <vector>

namespace gloss::entities {

using G = Gazetteer;

constexpr qsizetype kMaxChunk = 1 << 16;

/**
 * A lower-case word a name goes on over after its head ("Bank of Canada", "Center for Public
 * Integrity", "Council on Foreign Relations"): the word before one is a head, which may give the
 * name its type.
 */
inline bool isHeadConnector(QStringView w)
{
    return w == u"of" || w == u"for" || w == u"on";
}

/** A word that names an organisation by itself when it ends a name ("Foreign Office",
 *  "Federal Bureau"), as "Services" or "Works" do not. */
inline bool isOrgHead(QStringView w)
{
    static const QSet<QStringView> heads = {
        u"Ministry",  u"Department", u"Office",    u"Committee", u"Subcommittee", u"Commission",
        u"Bureau",    u"Agency",     u"Council",   u"Board",     u"Administration",
        u"Authority", u"Bank",       u"University", u"Institute", u"Association", u"Party",
        u"Union",     u"Court",
    };
    return heads.contains(w);
}

/**
 * Whether a capitalised word at a sentence's start reads as an ordinary word by its ending
 * ("Citing", "Initially", "Asked"), not as a name.
 */
inline bool endsLikeOrdinaryWord(QStringView w)
{
    return w.endsWith(u"ing") || w.endsWith(u"ly") || w.endsWith(u"ed");
}

// ---- candidates --------------------------------------------------------------------------------

enum Evidence : quint32 {
    EvGazetteer = 1u << 0,
    EvTitle = 1u << 1,       ///< after an honorific or title
    EvGiven = 1u << 2,       ///< starts with a common given name
    EvOrgSuffix = 1u << 3,
    EvLocSuffix = 1u << 4,
    EvGpeSuffix = 1u << 5,
    EvEventWord = 1u << 6,
    EvWork = 1u << 7,        ///< followed by programme/album/...
    EvOrgCue = 1u << 8,      ///< oil giant X, the X newspaper, told the X
    EvPersonCue = 1u << 9,   ///< spokesman X, X, a spokesman, X said
    EvPlaceCue = 1u << 10,   ///< in X
    EvAcronym = 1u << 11,
    EvNumber = 1u << 12,     ///< ends with a number (Chapter 11)
    EvTitleLike = 1u << 13,  ///< capitalised function words inside (An Audience With ...)
    EvFollower = 1u << 14,   ///< X war / X summit / X inquiry
    EvMulti = 1u << 15,      ///< two or more words
    EvOrgNext = 1u << 16,    ///< followed by an organisation noun (the X newspaper)
    EvSpeaker = 1u << 17,    ///< followed by a speech verb (X said)
    EvLawWord = 1u << 18,    ///< ends in a law word (Affordable Care Act)
    EvInitial = 1u << 19,    ///< a middle initial between two names (Anna K. Berg)
    EvArticle = 1u << 20,    ///< two or more words after "the", not a modifier (the Daily Post)
};

/** What tells a person's name by its shape: a common given name first, or a middle initial. */
constexpr quint32 kPersonShape = EvGiven | EvInitial;

struct Candidate
{
    qint32 start = 0;
    qint32 end = 0;
    qint32 firstToken = 0;
    qint32 lastToken = 0;
    qint32 aliasStart = -1; ///< start of "Mr Blair" / "President Ortega" when titled
    quint32 evidence = 0;
    EntityType forced = EntityType::Other; ///< type from gazetteer / follower
    bool hasForced = false;
    int group = -1;          ///< gazetteer group
    bool weak = false;       ///< weak gazetteer entry
    bool sentStart = false;
    bool inQuote = false;
    int link = -1;           ///< candidate this one is another name of (acronym, real name)
    int name = -1;           ///< the text [start, end) in the vocabulary
    int entity = -1;
    int words = 0;
};

struct RolePhrase
{
    QStringList words;          ///< after "the"
    std::vector<int> candidates; ///< the names it was learned for
    QSet<qsizetype> sites;      ///< offsets of the "the" where it was learned
};

struct RoleMatch
{
    qint32 start = 0;
    qint32 end = 0;
    int role = -1; ///< index into the role phrases, or -1 - candidate for a learning site
};

/** Lists of clusters by word (its vocabulary id), and the words that have one. */
struct WordMap
{
    std::vector<int> index;          ///< by word: its list in lists, or -1
    std::vector<int> words;          ///< the words with a list, in the order they got one
    std::vector<QList<int>> lists;

    /** The list of @p word, a new empty one when it has none. */
    QList<int> &operator[](int word)
    {
        if (size_t(word) >= index.size())
            index.resize(size_t(word) + 1, -1);
        int &i = index[size_t(word)];
        if (i < 0) {
            i = int(lists.size());
            words.push_back(word);
            lists.emplace_back();
        }
        return lists[size_t(i)];
    }
    /** The list of @p word, or null. */
    const QList<int> *find(int word) const
    {
        if (word < 0 || size_t(word) >= index.size() || index[size_t(word)] < 0)
            return nullptr;
        return &lists[size_t(index[size_t(word)])];
    }
    qsizetype size() const { return qsizetype(words.size()); }
};

/** One recognition run over an article: EntityRecognizer::recognize() makes one and runs it. */
class Recognizer
{
public:
    explicit Recognizer(const Article &article)
        : m_article(article), m_text(article.document.text()), m_g(Gazetteer::instance()),
          m_vocab(m_g)
    {
        // the labels of a transcript's turns (the quote finder's only speaker mentions): the
        // attribution stage makes each its turn's speaker ("HOLLAND:" is a person there)
        for (const Quote &q : article.quotes) {
            if (!q.speakerMention.isEmpty())
                m_labels.append(q.speakerMention);
        }
    }

    QList<Entity> run();

private:
    QStringView word(int t) const
    {
        const Token &k = m_tokens[size_t(t)];
        return QStringView(m_text).mid(k.start, k.end - k.start);
    }
    quint32 flags(int t) const { return m_tokens[size_t(t)].flags; }
    /** Words and flags of the tokens kept for candidates (Candidate::firstToken...). */
    QStringView cword(int t) const
    {
        const Token &k = m_ctoks[size_t(t)];
        return QStringView(m_text).mid(k.start, k.end - k.start);
    }
    quint32 cflags(int t) const { return m_ctoks[size_t(t)].flags; }
    int cwordId(int t) const { return m_cids[size_t(t)]; }
    /** A role noun, singular or plural ("analyst", "analysts"), for a string not in the text. */
    bool isRoleNoun(QStringView w) const
    {
        return m_g.is(w, Gazetteer::Role)
               || (w.size() > 3 && w.endsWith(u's') && m_g.is(w.chopped(1), Gazetteer::Role));
    }
    /** Token @p t is a role noun (isRoleNoun), looked up in the vocabulary. */
    bool isRoleWord(int t) const
    {
        const QStringView w = word(t);
        return (cls(t) & Gazetteer::Role)
               || (w.size() > 3 && w.endsWith(u's')
                   && (m_vocab.classes(m_vocab.add(w.chopped(1))) & Gazetteer::Role));
    }
    int tokenCount() const { return int(m_tokens.size()); }
    bool lowerIs(int t, QStringView w) const
    {
        return t >= 0 && t < tokenCount() && (flags(t) & Lower) && word(t) == w;
    }
    /** Makes m_tokens the current line (the ids of its words and spans unknown). */
    void startLine()
    {
        m_ids.assign(m_tokens.size(), -1);
        m_spanIds.fill(SpanId{});
    }
    /** The vocabulary's id of token @p t of the current line (looked up once). */
    int wordId(int t) const
    {
        qint32 &id = m_ids[size_t(t)];
        if (id < 0)
            id = m_vocab.add(word(t));
        return id;
    }
    /** Word classes of token @p t of the current line. */
    quint32 cls(int t) const { return m_vocab.classes(wordId(t)); }
    /** An honorific or a title, a hyphenated word whose last part is a title
     *  (Secretary-Treasurer, Attorney-General, Vice-Chairman), or "Member" after an office's
     *  first word ("Ranking Member"). */
    bool isTitleWord(int t) const
    {
        if (cls(t) & (Gazetteer::Honorific | Gazetteer::Title))
            return true;
        const Token &k = m_tokens[size_t(t)];
        // (the rare rest out of line: a hyphenated word, or one of six letters, "Member")
        return ((k.flags & Hyphenated) || k.end - k.start == 6) && isTitleWordRare(t);
    }
    /** isTitleWord() of a hyphenated title ("Vice-Chairman") or an office of two words with
     *  Member ("Ranking Member", "Council Member"; but "Member States"). */
    bool isTitleWordRare(int t) const;
    /** The gazetteer's entry for token @p t of the current line, or null. */
    const Gazetteer::Entry *entry(int t) const { return m_vocab.entry(wordId(t)); }
    /** The vocabulary's id of the text of tokens [@p a, @p b) of the current line. */
    int spanId(int a, int b) const
    {
        if (b == a + 1)
            return wordId(a);
        // the steps of processRun() ask for the same few spans: the last ones are kept
        SpanId &kept = m_spanIds[size_t(a * 7 + b) % m_spanIds.size()];
        if (kept.a != a || kept.b != b) {
            const qint32 start = m_tokens[size_t(a)].start;
            kept = SpanId{a, b,
                          m_vocab.add(QStringView(m_text).mid(
                              start, m_tokens[size_t(b - 1)].end - start))};
        }
        return kept.id;
    }
    /**
     * Whether the gazetteer may know the text of tokens [@p a, @p b): a word, a span that
     * starts as a known name does (Gazetteer::startsName()), or one that may be all capitals
     * (no lower-case letter in its first word). Spans that cannot be known are not looked up.
     */
    bool mayBeKnown(int a, int b) const
    {
        if (b == a + 1 || m_vocab.startsName(wordId(a)))
            return true;
        for (QChar c : word(a)) {
            if (c.isLower())
                return false;
        }
        return true;
    }
    /** The gazetteer's entry for the text of tokens [@p a, @p b), or null. */
    const Gazetteer::Entry *spanEntry(int a, int b) const
    {
        return mayBeKnown(a, b) ? m_vocab.entry(spanId(a, b)) : nullptr;
    }
    /** Whether the gazetteer knows tokens [@p a, @p b) as a name (not only weakly). */
    bool knownName(int a, int b) const
    {
        const auto *e = spanEntry(a, b);
        return e && !e->weak;
    }
    /** Whether the text of tokens [@p a, @p b) is the name of a candidate of the body. */
    bool bodyName(int a, int b) const
    {
        const qint32 start = m_tokens[size_t(a)].start;
        const int id = m_vocab.idOf(
            QStringView(m_text).mid(start, m_tokens[size_t(b - 1)].end - start));
        return id >= 0 && size_t(id) < m_bodyNames.size() && m_bodyNames[size_t(id)];
    }
    /** The word classes of the text of tokens [@p a, @p b). */
    quint32 spanClasses(int a, int b) const
    {
        return mayBeKnown(a, b) ? m_vocab.classes(spanId(a, b)) : 0u;
    }
    bool nameWord(int t) const
    {
        const quint32 f = flags(t);
        return (f & Cap) && word(t).size() >= 1;
    }

    void markSentences();
    /** The word after a paragraph's question label ("Q:", "Q.") starts a sentence. */
    void markAfterQuestionLabel();
    void markQuotes();
    void buildRuns();
    bool isTitleCaseHeadline(qsizetype lineStart, qsizetype lineEnd);
    /** A line of one to four words in capitals closed by "." or ":" ("FULL TEXT."): a rubric. */
    bool isLabelLine(qsizetype lineStart, qsizetype lineEnd) const;
    /** Drops the words of a turn's label in text[@p lineStart, @p lineEnd) from the line. */
    void dropTurnLabel(qsizetype lineStart, qsizetype lineEnd);
    void buildHeadlineRuns();
    int extendRun(int first);
    /**
     * Whether the run [@p first, @p t) goes on over the "and" at @p t to the capitalised words
     * [@p t + 1, @p r): the field of an organisation named by its head ("Department of Harbours
     * and Coastal Works"; @p field: the first word after such a head and its "of" or "on",
     * else -1) or by the suffix after "and" ("Fisheries and Tidal Administration"); never two names
     * known on their own.
     */
    bool joinsOverAnd(int first, int t, int r, int field) const;
    /**
     * Whether the run [@p first, @p t) goes on over the possessive that ends it to an
     * institution named after a saint, a title or a group ("St Anne's Hospital", "Queen's
     * College", "Children's Hospital"); not after a name ("Lee's University of Tolland
     * colleague").
     */
    bool joinsOverPossessive(int first, int t) const;
    void processRun(int a, int b);
    // the steps of processRun(), in order (a and b: the run's tokens [a, b))
    /** "Crimean war", "Korea summit": a name before an event word; whether one was added. */
    bool followerEntity(int a, int b);
    /** Leading function words at a sentence start ("The", "However"). */
    void trimLeading(int &a, int b, bool titleLike);
    /** A weekday or a nationality after the name ("Ohio Tuesday", "Kent County Republican"). */
    void trimTrailing(int a, int &b);
    /** "Ohio Republican Ann Lee": the place is a candidate of its own. */
    void splitPlaceBeforeName(int &a, int b);
    /** "Making Laura Chen leader": a sentence-initial ordinary word before a name. */
    void dropOrdinaryFirstWord(int &a, int b);
    /** "Italian Verona" → "Verona"; false when the run is only a nationality. */
    bool dropNationality(int &a, int b);
    /** Whether a speech verb stands right after or before token @p t ("Cuban said"). */
    bool nextToSpeechVerb(int t) const;
    /**
     * Whether the run [@p a, @p b) is one word, next to a speech verb, that is otherwise a
     * nationality, a month or an office: kept as a candidate that only a person named in
     * full with that surname may claim ("Cuban said", "May said", "King says";
     * clusterSingleWords).
     */
    bool loneSurname(int a, int b) const;
    /** Whether a word inside [@p a, @p b), between two capitalised words, is one capital with
     *  its full stop: the middle initial of a person's name ("Anna K. Berg"). */
    bool middleInitial(int a, int b) const;
    /** Titles and honorifics split a run ("County Sheriff Dana Reyes"); whether done. */
    bool splitAtTitles(int a, int b);
    /** Whether the "to" at token @p p goes to somebody ("referring to X"), not somewhere. */
    bool toSomebody(int p) const;
    /** Whether tokens [@p from, @p b) after a party's word read as a person's name. */
    bool nameAfterParty(int from, int b) const;
    int addCandidate(int a, int b, quint32 evidence, int aliasStart);
    void addCues(Candidate &c, int a, int b);
    void learnRole(int candidate, int phraseStart, int headStart, int phraseEnd,
                   bool siteMention);
    void addRole(int candidate, qsizetype site, const QStringList &words);
    void learnDescriptionBefore(int candidate, int a);
    void matchRoles();
    void resolveRoles();
    bool functionWordCap(int t) const;
    int knownPrefixEnd(int a, int b) const;

    /** Candidates into entities, in steps, the surest first (ClusterState holds the maps). */
    void cluster();
    struct ClusterState
    {
        /** A candidate's name (its id in the vocabulary) -> its cluster, or -1. */
        std::vector<int> byName;
        QHash<int, int> byGroup;        ///< a gazetteer group -> its cluster
        /** The clusters with a name of that first, last or head word. */
        WordMap lastWords, firstWords, headWords;
        /** singleWordTarget()'s misspelt-surname answer for a name, once worked out. */
        mutable QHash<int, int> nearestSurname;
        /** singleWordTarget()'s answer for a surname of several clusters, once worked out
         *  (the clusters of several words no longer change then). */
        mutable QHash<int, int> sharedSurname;
        /** The clusters with a name of those initials (their id in the vocabulary). */
        WordMap initialsOwned;
        /** The cluster of a name, or -1 (also for a string that is no candidate's name). */
        int clusterOf(int name) const
        {
            return name < 0 || size_t(name) >= byName.size() ? -1 : byName[size_t(name)];
        }
    };
    QStringView candidateName(const Candidate &c) const;
    void join(ClusterState &st, int ci, int cl);
    void create(ClusterState &st, int ci);
    /** Whether a member of @p cluster reads as a person's name (a given name, a title, a
     *  speech verb or a role next to it). */
    bool namesPerson(int cluster) const;
    /** The cluster a surname @p name stands for, of the @p clusters whose last word it is: the
     *  only one, else the one named in full first (kept in the state for the next mention). */
    int surnameTarget(const ClusterState &st, int name, const QList<int> &clusters) const;
    /** Of @p clusters, the one with the most members; -1 on a tie. */
    int mostMentioned(const QList<int> &clusters) const;
    /** Of @p clusters, the one with the earliest mention of two or more words, or -1. */
    int firstNamedInFull(const QList<int> &clusters) const;
    /** 1. Gazetteer names, by group. */
    void clusterGazetteerNames(ClusterState &st);
    /** 2. Names of several words, longest first ("Anna Rivers" / "Anna M Rivers"). */
    void clusterMultiWordNames(ClusterState &st);
    /** 3. Other names: acronyms, real names. */
    void clusterOtherNames(ClusterState &st);
    /** The first, last and head words and the initials of the clusters so far. */
    void buildWordMaps(ClusterState &st) const;
    /** The cluster a one-word candidate belongs to, or -1. */
    int singleWordTarget(const ClusterState &st, const Candidate &c) const;
    /** 4. Single words: surnames, given names, first and head words, acronyms. */
    void clusterSingleWords(ClusterState &st);
    /** Candidates that were not accepted may still join a known name. */
    void clusterLeftovers(ClusterState &st);
    bool accepted(const Candidate &c) const;
    /**
     * Asks the cache for the candidate @p members[@p i] (when there is one) ahead of its use:
     * a cluster's candidates lie all over the text.
     */
    void prefetchCandidate(const std::vector<int> &members, size_t i) const
    {
        if (i < members.size())
            __builtin_prefetch(&m_cands[size_t(members[i])]);
    }
    /** The same for the first candidates of cluster @p k (most clusters have few). */
    void prefetchCluster(size_t k) const
    {
        if (k >= m_clusters.size())
            return;
        const std::vector<int> &members = m_clusters[k].members;
        for (size_t i = 0; i < 4 && i < members.size(); ++i)
            prefetchCandidate(members, i);
    }
    QList<Entity> finish();

    const Article &m_article;
    const QString &m_text;
    const Gazetteer &m_g;
    mutable Vocabulary m_vocab;  ///< the words and names looked up, with their classes
    std::vector<Token> m_tokens; ///< tokens of the current line
    mutable std::vector<qint32> m_ids; ///< their ids in m_vocab, -1 until needed
    struct SpanId
    {
        int a = -1;
        int b = -1;
        int id = -1;
    };
    /** Ids of spans of tokens of the current line [a, b) last asked for (spanId()). */
    mutable std::array<SpanId, 16> m_spanIds;
    std::vector<Token> m_ctoks;  ///< tokens of the candidates
    std::vector<qint32> m_cids;  ///< their ids in m_vocab
    std::vector<Candidate> m_cands;
    std::vector<RolePhrase> m_roles;
    QHash<QString, int> m_roleByKey;
    QHash<QStringView, QList<int>> m_roleByFirst;
    /**
     * The first words of m_roleByFirst by roleBit(): a word whose bit is not set begins no
     * role phrase, and matchRoles() does not look it up.
     */
    std::bitset<4096> m_roleFirstBits;
    static size_t roleBit(QStringView w)
    {
        return (size_t(w.size()) * 31 + w.front().unicode() * 7u + w.back().unicode()) & 4095u;
    }
    std::vector<RoleMatch> m_roleMatches;
    qsizetype m_sentence = 0;
    qsizetype m_quote = 0;
    QList<Span> m_labels;  ///< the turns' labels, ascending
    qsizetype m_label = 0; ///< the first label not before the line
    qint32 m_prevTokenStart = -1;
    qsizetype m_paragraph = 0;
    /** Tokens of Title Case headlines, read after the body (whose names they are cut into). */
    std::vector<std::vector<Token>> m_headlines;
    std::vector<bool> m_bodyNames; ///< by vocabulary id: the name of a candidate of the body

    struct Cluster
    {
        std::vector<int> members; ///< candidate indexes
        int group = -1;
    };
    std::vector<Cluster> m_clusters;
    /** By vocabulary id: mentions of a name outside sentence starts and quotes. */
    std::vector<int> m_solid;
};

} // namespace gloss::entities
