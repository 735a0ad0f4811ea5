#pragma once

#include <QList>
#include <QStringList>
#include <QString>
#include <QStringView>

#include <initializer_list>

namespace gloss::quotes {

/**
 * @brief A small set of lower-case words with allocation-free look-up of text slices.
 *
 * Used for the cue, pronoun and role-noun lists of the quote stages: a word of the text is
 * looked up as a QStringView, case-insensitively, in an open-addressing table (no copies).
 */
class WordSet
{
public:
    WordSet(std::initializer_list<const char16_t *> words);
    /** @p indexOfEach, when given, gets the indexOf() of each of @p words in turn (-1 for an
     *  empty one): a table by word built without a look-up of each. */
    explicit WordSet(const QStringList &words, QList<qsizetype> *indexOfEach = nullptr);
    /** The same of views (the set keeps copies of the words). */
    explicit WordSet(const QList<QStringView> &words, QList<qsizetype> *indexOfEach = nullptr);

    bool contains(QStringView word) const { return mayHold(word) && containsWord(word); }
    /**
     * The place of @p word (case-insensitive) among the set's distinct words, 0 to size() - 1
     * in the order they were first given; -1 when the set does not hold it. For a table of
     * what a set's words stand for, looked up with the set's own look-up.
     */
    qsizetype indexOf(QStringView word) const { return mayHold(word) ? indexOfWord(word) : -1; }
    /** The number of distinct words. */
    qsizetype size() const { return m_size; }
    /** The words of the set, lower case, each at its indexOf(). */
    QStringList words() const;
    /** words() as views of the set's own copies (valid while the set is). */
    QList<QStringView> wordViews() const;

private:
    /** False for most words of a text, which are in no set: one bit of their shape tells. */
    bool mayHold(QStringView word) const
    {
        if (word.size() < m_minLength || word.size() > m_maxLength || word.isEmpty())
            return false;
        const quint32 sh = shape(word);
        return m_shapes[sh / 64] & (quint64(1) << (sh % 64));
    }
    /** An empty table for @p count words. */
    void prepare(qsizetype count);
    /** Adds @p lowerWord unless the set holds it; its indexOf(). */
    qsizetype insert(QStringView lowerWord);
    /** insert() of @p word in lower case (QString::toLower(): a copy only where it changes). */
    qsizetype insertFolded(QStringView word);
    bool containsWord(QStringView word) const;
    qsizetype indexOfWord(QStringView word) const;
    /** The slot of @p word (@p h: its hashLower() with the lowest bit set), or the free slot
     *  where it would go. */
    quint32 slotOf(QStringView word, quint32 h) const;
    static quint32 hashLower(QStringView word);
    /** Five bits of a character, the same for its upper and lower case. */
    static quint32 bits5(char16_t c)
    {
        return (c < 128 ? quint32(c | 0x20) : quint32(QChar::toLower(c))) & 31u;
    }
    /**
     * A 16-bit digest of a non-empty word's length and first, second and last characters
     * (words of a text sharing all four with a word of the set are few).
     */
    static quint32 shape(QStringView word)
    {
        const qsizetype n = word.size();
        const quint32 second = n > 1 ? bits5(word[1].unicode()) : 0u;
        return ((quint32(n < 15 ? n : 15) << 12) ^ (bits5(word[0].unicode()) << 7)
                ^ (second << 3) ^ bits5(word[n - 1].unicode()))
               & (kShapes - 1);
    }
    static constexpr quint32 kShapes = 1u << 16;
    /** A slot of the table: its word's hashLower() with the lowest bit set (0: an empty
     *  slot), and where the word stands in m_pool. A probe reads one slot, and the word only
     *  where the hash is the same (the hash and the word's place side by side: one cache
     *  line, not two, for a look-up in the large sets). */
    struct Slot
    {
        quint32 hash = 0;
        quint32 offset = 0;
        quint32 length = 0;
        quint32 index = 0; ///< indexOf() the word
    };
    QList<Slot> m_slots;      ///< a power of two of them
    QList<char16_t> m_pool;   ///< the words side by side (no string of their own to chase)
    quint32 m_mask = 0;
    qsizetype m_minLength = 0;
    qsizetype m_maxLength = 0;
    qsizetype m_size = 0;       ///< distinct words
    QList<quint64> m_shapes;    ///< a bit for the shape() of every word of the set
};

/**
 * @brief A value for each of a few words, looked up as WordSet looks up (case-insensitive, no
 * copies): what a word of a list stands for ("sen" for "senator", a verb's roles).
 */
template <typename T>
class WordTable
{
public:
    struct Row
    {
        const char16_t *word; ///< lower case; every word once
        T value;
    };
    WordTable(std::initializer_list<Row> rows) : m_words(wordsOf(rows))
    {
        Q_ASSERT(m_words.size() == qsizetype(rows.size()));
        m_values.reserve(qsizetype(rows.size()));
        for (const Row &r : rows)
            m_values.append(r.value);
    }
    /** The value of @p word, or @p none when the table has no row for it. */
    T value(QStringView word, T none = T()) const
    {
        const qsizetype i = m_words.indexOf(word);
        return i < 0 ? none : m_values[i];
    }

private:
    static WordSet wordsOf(std::initializer_list<Row> rows)
    {
        QList<QStringView> words;
        words.reserve(qsizetype(rows.size()));
        for (const Row &r : rows)
            words.append(QStringView(r.word));
        return WordSet(words);
    }

    WordSet m_words;
    QList<T> m_values; ///< by m_words.indexOf()
};

/** The word lists of the quote, attribution and claim stages (general English, no names). */
namespace lexicon {

/** Verbs that introduce or close speech: said, told, wrote, tweeted, argued, warned, … */
const WordSet &speechVerbs();
/** Forms of a speech verb that read as an attribution of a quoted fragment (said, called, …). */
const WordSet &fragmentVerbs();
/** Reporting verbs that make a sentence reported speech (said, argued, claimed, believes, …). */
const WordSet &reportingVerbs();
/** Auxiliaries and adverbs that may stand between a speaker and the cue (has, also, later…). */
const WordSet &cueFillers();
/** Prepositions: a name after one of these is not the subject of a clause. */
const WordSet &prepositions();
/** Determiners and possessives that open a noun phrase ("the mayor", "his aide"). */
const WordSet &determiners();
/** Title words before a name (President, Secretary, Mr, Dr, Sheriff, …), lower case. */
const WordSet &titles();
/** Role nouns naming a person by function (spokesman, source, official, strategist, …). */
const WordSet &roleNouns();
/** Head nouns of an organisation described anaphorically (company, group, airline, …). */
const WordSet &orgNouns();
/** Nouns that name a quoted work (film, book, song, album, programme, …). */
const WordSet &workNouns();
/** Nouns naming a statement that may introduce a quote after a colon (slogan, statement…). */
const WordSet &statementNouns();
/** Hedging words: reportedly, allegedly, likely, could, may, expected, … */
const WordSet &hedges();
/** Generic plural sources whose statements are hedged (observers, analysts, critics, …). */
const WordSet &genericSources();
/** Words that make a sentence check-worthy: million, percent, largest, twice, … */
const WordSet &factualWords();
/** Sentence-initial discourse words skipped when looking for a subject. */
const WordSet &discourseWords();
/**
 * Attribution cues learned from PolNeAR's training articles by tools/learn_cues.py (the
 * resource `:/org.gloss/attribution/cues.txt`): reporting, belief and intention words that
 * mark an attribution in most of their uses (said, according, vowed, suggested, …).
 */
const WordSet &learnedCues();
/**
 * Cues in context from the same file (lines with a fourth column "that"): words that mark an
 * attribution in most of their uses before "that" only (found that, hopes that, show that).
 */
const WordSet &learnedThatCues();
/** Cues before "to" from the same file: intentions (pledged to, sought to, hopes to). */
const WordSet &learnedToCues();
/** Abbreviations after which a full stop does not end a sentence (mr, dr, no, feb, …). */
const WordSet &abbreviations();
/** The singular personal pronouns that name one person: he, she. */
const WordSet &personPronouns();
/** Speech verbs that are also plural nouns (claims, calls, notes, reports, …). */
const WordSet &speechNouns();
/** Capitalised words that never start a person's name (days, months, The, But, …). */
const WordSet &nonNameWords();
/**
 * Words that make a run of capitalised words a clause or a heading, never a person's name
 * (pronouns as objects, auxiliaries: "CONGRESS HAS INVESTIGATED HIM", "Why Is It").
 */
const WordSet &clauseWords();
/**
 * The words that end a title before a name (Secretary, Adviser, Spokeswoman, Treasurer, …):
 * "Clinton Senior Adviser Sidney Blumenthal" is Sidney Blumenthal. Not the words of a
 * department or rank before them (Defense, Press, Senior), which also open a law's or an
 * organisation's name.
 */
const WordSet &titleHeads();

} // namespace lexicon

} // namespace gloss::quotes
