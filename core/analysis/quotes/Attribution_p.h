#pragma once

// Internal to the Attributor: one attribution run over an article (Impl) and what its stages
// share. The stages live in their own files:
//   Attributor.cpp           the run: sentence by sentence, quotes then reported speech
//   AttributionMentions.cpp  entities and their mentions: gender, pronouns, names, descriptions
//   AttributionPhrases.cpp   the noun phrase next to a cue: pronoun, role, description, name
//   AttributionQuotes.cpp    quotes: cues around them, the speaker chosen, the learned ranker

#include "Attributor.h"
#include "Lexicon.h"
#include "MentionIndex_p.h"
#include "SentenceSpeakers_p.h"
#include "SpanCursor_p.h"
#include "StatementFinder_p.h"
#include "TextScan.h"

#include <QHash>
#include <QList>

#include <optional>

namespace gloss::attribution {

using namespace gloss::quotes;

/** How far (UTF-16 units) before and after a quote the attribution looks. */
constexpr qsizetype kWindow = 600;

enum class Gender { Unknown, Male, Female };
enum class Pick { First, Last };

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

/** The words next to a cue that may name its source (Impl::resolveNP()). */
struct NounPhrase
{
    qsizetype from = 0;
    qsizetype to = 0;
    bool beforeCue = false; ///< the phrase stands before the cue (else after it)
    Pick pick = Pick::First;
    Words ws;               ///< its words outside quotes
    qsizetype adj = -1;     ///< the word next to the cue
};

/** Where a quote stands, as its attribution needs it (Impl::siteOf()). */
struct QuoteSite
{
    int qi = -1;
    bool nested = false;        ///< inside another quote
    qsizetype openMark = 0;     ///< the opening quotation mark
    qsizetype afterQuote = 0;   ///< after the closing mark
    qsizetype after = 0;        ///< the first character after it that is not a space
    Span bounds;                ///< the sentences it stands in (or the enclosing quote), bounded
    bool clauseEnd = false;     ///< it ends its clause: “…,” “…?” “…!” or a comma after it
    int prev = -1;              ///< the quote before it at the same level
};

/** They, we, I, you, who, someone, …: pronouns that never name one entity. */
const WordSet &otherPronouns();
/** Honorifics that make one capitalised word a person's name (Mr Reed). */
const WordSet &honorifics();
/** Words before a gerund cue that keep it a quotation ("as saying", "while adding"). */
const WordSet &gerundLinks();

/** One attribution run over an article: Attributor::attribute() makes one and runs it. */
class Impl final : private StatementHooks
{
public:
    Impl(Article &article, EntityEnsurer *ensure);
    Q_DISABLE_COPY_MOVE(Impl)

    QList<ReportedStatement> run();

private:
    QStringView word(const Word &w) const
    {
        return QStringView(m_text).mid(w.start, w.end - w.start);
    }
    QStringView slice(qsizetype s, qsizetype e) const { return QStringView(m_text).mid(s, e - s); }
    EntityType typeOf(int e) const { return m_a.entities[e].type; }

    /** Outside every quote (inside the enclosing quote while attributing a nested one). */
    bool outside(qsizetype pos) const { return m_nested || !insideQuote(pos); }

    bool insideQuote(qsizetype pos) const override
    {
        return m_quoteCursor.inside(pos); // the look-ups go forward through the text
    }

    /** Gender from the honorifics of an entity's mentions (Mr, Ms, …), looked up once. */
    Gender genderOf(int e);

    void noteGender(const Mention &m);

    /** Mentions starting in [s, e) outside quotes (inside them when @p quoted). */
    Mentions mentionsIn(qsizetype s, qsizetype e) const;

    /** A name preceded (over title words) by a preposition: "adviser to President X". */
    bool afterPreposition(qsizetype pos, qsizetype floor) const;

    bool possessive(const Mention &m) const;

    bool compatible(int e, const QStringView pronoun);

    /** The subject of sentence @p k before @p limit: an entity, or -2 for a pronoun subject. */
    int subjectOf(qsizetype k, qsizetype limit, EntityType want, qsizetype floor = -1);

    int resolvePronoun(qsizetype pos, QStringView pronoun);

    int resolveOrgAnaphor(QStringView head, qsizetype npStart);

    /** The organisation that spoke in sentence @p k (its last), or its subject; -1 if none. */
    int organisationOf(qsizetype k);

    /**
     * The speaker of a transcript's turn labelled @p label: the person of that name or
     * surname, whatever its case ("TAPPER" is Jake Tapper's), else a new person named as the
     * label is written ("MODERATOR"); of an interview's answer ("A"), interviewee(). The label
     * becomes a mention of it.
     */
    /** Whether entity @p e is a place the gazetteer knows and quote @p qi speaks as "I":
     *  no speaker for it. */
    bool placeSaysI(int qi, int e) const;
    int turnSpeaker(Span label);
    /** The person an interview is with: the one named most before its first answer (at
     *  @p firstAnswer), else in the whole article; -1 when it names nobody. */
    int interviewee(qsizetype firstAnswer) const;
    /** Indexes the people added to the entities since the last call for turnSpeaker(). */
    void indexPeople();

    /** A capitalised name the recognizer missed, added through ensure(). */
    int unknownName(const Words &ws, qsizetype floor, Pick pick);

    /** The words of a name candidate without the sentence and title words around it ("But
     *  Brill" → "Brill"); empty when nothing is left or the words are no name. */
    Span bareName(const Words &ws) const;
    /** Whether words @p b to @p e of @p ws could be a person's name (length, word classes). */
    bool nameLike(const Words &ws, qsizetype b, qsizetype e) const;
    /** The first of words @p b to @p e of @p ws after the last word that ends a title among
     *  them, two words at least before @p e (the name after "Senior Adviser"); @p b if none. */
    qsizetype afterLastTitle(const Words &ws, qsizetype b, qsizetype e) const;

    /** The entity for a capitalised name the recognizer missed, added through ensure(); its
     *  words become m_lastFound. -1 when there is no ensure(). */
    int ensureName(Span found);

    /** Makes a mention added during attribution known to the resolution after it. */
    void indexMention(Span found, int e);
    /** Adds @p mention to entity @p e: to its mentions, the ensurer's index and the
     *  resolution's (indexMention()). */
    void addMention(int e, Span mention);

    /**
     * A speaker the text names only by a description ("a source close to the campaign", "the
     * congressional report", "the 43-year-old") that no entity stands for: an entity of its
     * own, one per wording, so that the quote is still somebody's. The entity's name is a label
     * without the article that also takes the words saying whose description it is ("Spokesman
     * for the ministry"); the mention stays the words given. -1 for a pronoun or a capitalised word alone, or for words that
     * hold a named entity (those resolve to it, or to nobody).
     */
    int describedSpeaker(Span mention);

    /**
     * A lede names a speaker by office first and by name after ("… is unavoidable, the
     * minister has warned. ¶ Speaking on the radio, Jane Doe said …"): for "the" + a title in
     * the article's first sentences, the person that is the subject of one of the next two
     * sentences; -1 when none. The description becomes one of that person's mentions.
     */
    int namedAfter(Span mention, QStringView first, QStringView head);

    /** "said in a statement", "tweeted a warning": a statement or a work named after the
     *  cue or after a preposition is how something was said, not who said it. */
    bool notASpeaker(Span mention, const Cue *cue) const;

    /** Where a description's post-modifier ends: "a source [close to the campaign]", "an aide
     *  [to the governor]"; at most six words up to a cue, a clause mark or a quote. */
    qsizetype describedUntil(Span mention) const;

    Resolved resolveNP(qsizetype from, qsizetype to, bool npBeforeCue, Pick pick);
    /** A pronoun next to the cue ("he", "who", "they"), or the subject of its clause. */
    std::optional<Resolved> subjectAtCue(const NounPhrase &np);
    /** The person of the phrase: the first, or the last (before an appositive). */
    Resolved personInPhrase(const NounPhrase &np, const Mentions &people) const;
    std::optional<Resolved> roleInPhrase(const NounPhrase &np);
    std::optional<Resolved> organisationInPhrase(const NounPhrase &np, const Mentions &orgs);
    bool placeIsPhrase(const NounPhrase &np, const Mention &place) const;
    /** A source the article names no entity for ("union officials"): its words only. */
    Resolved unknownSource(const NounPhrase &np) const;
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
    /** Finds quote @p qi's speaker, in the order the steps below are declared in. */
    bool attributeQuote(int qi);
    QuoteSite siteOf(int qi) const;
    /** An entity that may speak at @p site: any, or a person inside another quote. */
    bool accepts(const QuoteSite &site, int e) const;
    /** A cue after the quote: “…,” said X / “…,” X said / “…” and warned. */
    bool cueAfter(const QuoteSite &site);
    /** A cue before the quote, the nearest three tried: X said: “…” / according to X, “…”. */
    bool cueBefore(const QuoteSite &site);
    /** The cue at word @p k before the quote: true or false when it decides, else nothing. */
    std::optional<bool> cueBeforeAt(const QuoteSite &site, const Words &ws, qsizetype k,
                                    const Cue &cue, qsizetype floor);
    /** said it was “A” and “B”: the second quote goes with the first. */
    bool linkedToPrevious(const QuoteSite &site, const Words &ws, qsizetype floor);
    /** X was quoted by Y as saying “…” / Y quoted X as saying “…”. */
    bool quotedAs(const QuoteSite &site, const Words &ws, qsizetype k, const Cue &cue,
                  qsizetype floor);
    /** A quote opening its sentence after reported speech or another quote of the speaker. */
    bool continuesPrevious(const QuoteSite &site);
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
    int describedSource(Span mention) override;
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
    quotes::SpanCursor m_quoteCursor{m_topQuotes}; ///< for insideQuote()
    MentionIndex m_mentions;
    QList<Gender> m_gender;
    QList<bool> m_genderKnown;
    /** Per sentence: (quote start or cue, speaker) of the quotes attributed and the
     *  statements found so far. */
    SentenceSpeakers m_sentenceSpeaker;
    QHash<QString, int> m_roles; ///< "spokesman" → the entity it last stood for
    bool m_nested = false;       ///< attributing a quote inside another quote
    QHash<QString, int> m_ensured; ///< names added through m_ensure, by surface
    QHash<QString, int> m_described; ///< describedSpeaker()'s entities, by wording
    /** By quote: a transcript's turn (its label the quote finder's speaker mention). */
    std::vector<bool> m_turn;
    QHash<QString, int> m_turnSpeakers; ///< turnSpeaker()'s entities, by label in lower case
    QHash<QString, int> m_peopleByName;    ///< people by name or alias, in lower case
    QHash<QString, int> m_peopleBySurname; ///< people by the last word of their name, lower case
    qsizetype m_peopleIndexed = 0;         ///< entities indexed in those
    Span m_lastFound;              ///< the words of the last name unknownName() added
    std::pair<qsizetype, int> m_lastReported{-1, -1}; ///< (sentence, source) of reported speech
    std::optional<QList<Span>> m_quoteMarks; ///< SpeakerRanker::quoteMarks(), made when needed
    Span m_lastReportedMention; ///< the words naming that source
    /** The words of the sentence being read: windows inside it are read off them. */
    SpanWords m_sentenceWords;
    StatementFinder m_statements{m_a, m_sents, m_sentenceWords, *this};
};

} // namespace gloss::attribution
