#pragma once

#include "FeatureWeights.h"
#include "Lexicon.h"

#include <QByteArray>
#include <QStringView>

#include <algorithm>
#include <optional>

namespace gloss::quotes {

/**
 * @brief The learned cue classifier: whether a word is an attribution cue in its context.
 *
 * The cue lexicon (lexicon::learnedCues()) holds the words that are cues in most of their uses
 * ("said", "according"). Many more are cues in some contexts only: "calls" after a name but not
 * in "phone calls", "proposed" before an object but not in "the proposed rule", "believes"
 * after a subject. This logistic regression scores a lower-case word from the word itself, the
 * class of what stands right before it (a subject pronoun, a capitalised word, another word or
 * a punctuation mark), the word right before it, the word or punctuation mark right after it,
 * and those contexts on their own. A word the model has no entry for (one that was a cue fewer
 * than three times in the training articles) is never a cue here.
 *
 * The weights are learned from PolNeAR's training articles by tools/train_cue_model.py, which
 * computes the same features (change both together), written to
 * resources/attribution/cue_model.txt, and compiled at build time (tools/compilemodel) into
 * the image() learned() views in place: reading the text took a quarter of the CPU time of
 * analysing a short article. Cost: one allocation-free look-up per word, up to
 * six allocation-free hash look-ups (FeatureKey) for a word the model knows (its own weight,
 * the beginnings of its keys and its best weights are made once, when the model is read).
 */
class CueModel
{
public:
    /** The model compiled into the analyzer (`:/org.gloss/attribution/cue_model.image`). */
    static const CueModel &learned();

    /** A model read from the text of a cue_model.txt file (empty: no word is a cue). */
    explicit CueModel(const QByteArray &model);

    /**
     * The model as bytes, for the build (tools/compilemodel): fromImage() reads it back
     * without reading a feature's name. The weights' table is written in this machine's byte
     * order (FeatureWeights::image()).
     */
    QByteArray image() const;
    /**
     * The model of an image(), its weights viewed in place (@p image must outlive it), or
     * nothing when @p image is none (truncated, of another version or byte order).
     */
    static std::optional<CueModel> fromImage(QByteArrayView image);
    /** (the image must outlive what views it: not a temporary) */
    static std::optional<CueModel> fromImage(const QByteArray &&) = delete;

    /**
     * The probability, in thousandths, that the word at [@p start, @p end) of @p text is an
     * attribution cue; -1 when the model has no entry for the word.
     */
    int probability(QStringView text, qsizetype start, qsizetype end) const;

    /**
     * probability() when it reaches sourcedThreshold(); nothing when it does not (or the model
     * has no entry for the word). Reads the word's context only as far as needed: most words
     * the model knows ("campaign", "percent") fall short, and the best weights of the features
     * left unread (each word's own best, kept when the model is read) show it early.
     */
    std::optional<int> probabilityIfSourced(QStringView text, qsizetype start,
                                            qsizetype end) const;
    /** probabilityIfSourced() of a word the caller has looked up in words() already: @p known
     *  is its words().indexOf() (-1: a word the model knows only with a typographic
     *  apostrophe, or not at all). */
    std::optional<int> probabilityIfSourced(QStringView text, qsizetype start, qsizetype end,
                                            qsizetype known) const;

    /** Whether the word's probability reaches the model's threshold. */
    bool isCue(QStringView text, qsizetype start, qsizetype end) const;

    /** The words the model has a weight of its own for (probability() is -1 for the others
     *  but those with a typographic apostrophe). */
    const WordSet &words() const { return m_words; }

    /** The number of words the model knows, and the threshold in thousandths. */
    qsizetype wordCount() const { return m_wordCount; }
    int threshold() const { return m_threshold; }
    /**
     * The lower threshold (thousandths) of a cue whose source resolves to an entity ("Jane
     * Doe applauded …", "a local group applauded …"; not "it"); the threshold itself when the
     * model gives none.
     */
    int sourcedThreshold() const { return std::min(m_sourcedThreshold, m_threshold); }

private:
    CueModel() = default;

    /** What a word's features are looked up by: its own weight, and the keys of its features
     *  in context up to the context ("w|p=said|"), to be continued with the context. Plain
     *  fields with no padding: an image() holds them as they are. */
    struct WordKeys
    {
        quint64 before = 0;   ///< "w|p=said|"
        quint64 next = 0;     ///< "w|n=said|"
        quint64 previous = 0; ///< "w|pw=said|"
        qint32 weight = 0;    ///< the "w=said" weight
        qint32 hasWeight = 0; ///< 0: the model lacks the word
        /** The best weights (0 at least: a feature the model lacks weighs 0) of the "w|p=",
         *  "w|n=" and "w|pw=" features of the word. */
        qint32 bestBefore = kNoBound;
        qint32 bestNext = kNoBound;
        qint32 bestPrevious = kNoBound;
        qint32 reserved = 0;
    };
    /** A best weight not known (a word read on the fly): no feature is left unread for it. */
    static constexpr int kNoBound = 1 << 24;
    WordKeys keysOf(QStringView word) const;
    /**
     * The word's sum of weights when it reaches @p floor; nothing when it does not, or the
     * model has no entry for the word (reading stops when the best weights left fall short).
     */
    std::optional<int> sumAtLeast(QStringView text, qsizetype start, qsizetype end,
                                  qsizetype known, int floor) const;
    /** words().indexOf() of the word at [@p start, @p end) of @p text. */
    qsizetype wordIndex(QStringView text, qsizetype start, qsizetype end) const
    {
        return m_words.indexOf(text.mid(start, end - start));
    }
    /** The least sum whose probability (thousandths, rounded) reaches @p probability. */
    static int leastSumFor(int probability);
    static int probabilityOf(int sum);

    FeatureWeights m_weights; ///< "w=said", "w|p=said|pron", "p=pron", "n=that", "pw=he", "bias"
    WordSet m_words{};        ///< the words with a weight of their own (a first, cheap test)
    QList<WordKeys> m_wordKeys; ///< by m_words.indexOf(): each word's keys, made once
    qsizetype m_wordCount = 0;
    int m_bias = 0;           ///< the "bias" weight, looked up once
    /** The best weights (0 at least) of the "p=", "n=" and "pw=" features. */
    int m_bestBefore = 0, m_bestNext = 0, m_bestPrevious = 0;
    int m_sourcedSum = 0;     ///< leastSumFor(sourcedThreshold())
    int m_thresholdSum = 0;   ///< leastSumFor(threshold())
    int m_threshold = 1001;   ///< in thousandths
    int m_sourcedThreshold = 1001; ///< in thousandths
};

} // namespace gloss::quotes
