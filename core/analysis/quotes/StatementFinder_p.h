#pragma once

#include "Attributor.h"
#include "TextScan.h"

namespace gloss::quotes {

/** What the words naming a statement's source resolved to. */
struct SourcePhrase
{
    int entity = -1;   ///< the source entity, or -1
    bool stop = false; ///< the words name a source that is no entity ("they", "one woman")
    Span mention;      ///< the words naming the source ("he", "the agency"), or empty
};

/**
 * What the statement finder asks of the attributor: where quotes are, what a noun phrase
 * next to a cue names, and the salience a statement's source gains.
 */
class StatementHooks
{
public:
    /** Inside a top-level quote (statements are looked for outside quotes only). */
    virtual bool insideQuote(qsizetype pos) const = 0;
    /** The source named by text[from, to): before the cue when @p beforeCue (its last noun
     *  phrase), else after it (its first). */
    virtual SourcePhrase resolveSource(qsizetype from, qsizetype to, bool beforeCue) = 0;
    /** An entity for a source the text names only by a description ("a source close to the
     *  campaign", "the report"), or -1 (a pronoun, a phrase holding a name). */
    virtual int describedSource(Span mention) = 0;
    /** Sentence @p sentence holds a statement of @p source whose cue starts at @p cuePos. */
    virtual void statementMade(qsizetype sentence, qsizetype cuePos, int source, Span mention) = 0;

protected:
    ~StatementHooks() = default;
};

/**
 * @brief The statements of reported speech, belief or intention of one sentence.
 *
 * Every cue (the built-in reporting verbs, the cues learned from PolNeAR,
 * lexicon::learnedCues(), and the words the learned CueModel takes as cues in their context)
 * outside quotes with its source (through StatementHooks) and content:
 * `X said (that) …`, `…, X said.`, `according to X, …`, `X believes / wants …`, several per
 * sentence (`X said A, adding that B`). Cost: linear in the sentence (bounded windows).
 */
class StatementFinder
{
public:
    /** @p words: the words of the sentence being read, shared with the hooks (read here when
     *  they are another sentence's). */
    StatementFinder(const Article &article, const SentenceIndex &sentences, SpanWords &words,
                    StatementHooks &hooks);

    /** Appends the statements of sentence @p s to @p out, in text order. */
    void find(qsizetype s, QList<ReportedStatement> &out);

    /** The cue lexicons a word is in (bits). */
    enum CueLexicon {
        Reporting = 1,  ///< lexicon::reportingVerbs()
        Learned = 2,    ///< lexicon::learnedCues()
        BeforeThat = 4, ///< lexicon::learnedThatCues(): a cue before "that"
        BeforeTo = 8,   ///< lexicon::learnedToCues(): a cue before "to"
    };

private:
    QStringView word(const Word &w) const
    {
        return QStringView(m_text).mid(w.start, w.end - w.start);
    }
    QStringView slice(qsizetype s, qsizetype e) const { return QStringView(m_text).mid(s, e - s); }
    enum class CueStrength {
        None,             ///< no cue here
        NeedsEntitySource, ///< a cue when its source is an entity (CueModel::sourcedThreshold)
        Sure,             ///< a cue of the lexicons, or one the CueModel is sure of
    };
    /** Is word @p k (in the cue @p lexicons; @p modelWord its CueModel::words().indexOf()) a
     *  cue of reported speech, belief or intention here, and how sure? */
    CueStrength cueStrength(const Words &ws, qsizetype k, int lexicons,
                            qsizetype modelWord) const;
    /** Whether word @p k of @p ws, in the cue @p lexicons, is a cue of the lexicons here (not
     *  of the learned CueModel only). */
    bool isLexiconCue(const Words &ws, qsizetype k, int lexicons) const;
    /** The content of the statement whose cue is word @p k: after the cue, or before it
     *  (always when @p circumstancesAfter). */
    Span contentOf(const Words &ws, qsizetype k, qsizetype cueEnd, Span sentence, Span source,
                   bool circumstancesAfter) const;
    /** Whether the cue at word @p k of @p ws is something foreseen, not said: "is expected to
     *  announce", "is set to say", "is due to publish" (the sentence stays hedged). */
    bool foreseen(const Words &ws, qsizetype k) const;
    /** The clause around a source and cue set off by commas inside it ("The plan, X said,
     *  would cost …"), up to @p end; empty when the cue is not such an aside. */
    Span contentAroundAside(const Words &ws, qsizetype k, qsizetype cueEnd, Span sentence,
                            Span source, qsizetype end) const;
    /** Where a statement's content may end in @p sentence: before its closing full stop and
     *  quotation marks. */
    qsizetype contentEnd(Span sentence) const;
    /**
     * Whether the cue at word @p k closes a clause after a comma and its source, and the words
     * after the cue only say whom it was told to, where or when ("The pier will reopen, she
     * told reporters on Monday."): then the content is the clause before, and the words after
     * hold no statement.
     */
    bool circumstancesAfter(const Words &ws, qsizetype k, qsizetype cueEnd, Span sentence,
                            Span source) const;
    /** Whether text[@p from, @p to) names a generic source (observers, analysts, critics). */
    bool genericIn(qsizetype from, qsizetype to) const;
    /** The source of "according to X, …" (the cue ends at @p cueEnd). */
    SourcePhrase accordingTo(qsizetype cueEnd, Span sentence, bool &generic);
    /**
     * The source of the cue at word @p k: the subject before it (after @p floorPos, the end of
     * the sentence's previous statement @p previous), that statement's for "…, adding that",
     * or the words after it ("…, said the mayor.").
     */
    SourcePhrase sourceOf(const Words &ws, qsizetype k, qsizetype floorPos, Span sentence,
                          const ReportedStatement *previous, bool &generic);
    /**
     * Where the clause of the phrase at @p pos starts (before a determiner opening the phrase)
     * when a clause breaks before it (a comma, a semicolon, a colon or a dash, or "and", "but",
     * "while"), looked for after @p from; -1 when none does. "X said A, and the mayor said B"
     * is two statements, "X notes that the council announced B" one inside the other.
     */
    qsizetype clauseAt(qsizetype from, qsizetype pos) const;
    /** A statement's content ends where the next one of its sentence begins (not where a
     *  statement reported inside it begins). */
    void cutAtNextStatement(QList<ReportedStatement> &out, qsizetype first) const;

    const Article &m_a;
    const QString &m_text;
    const SentenceIndex &m_sents;
    SpanWords &m_words;
    StatementHooks &m_hooks;
};

} // namespace gloss::quotes
