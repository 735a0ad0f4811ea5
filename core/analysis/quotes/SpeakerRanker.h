#pragma once

#include "FeatureWeights.h"
#include "Lexicon.h"
#include "model/Article.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace gloss::quotes {

/**
 * @brief The learned quote-speaker ranker: picks the words naming a quote's speaker among
 * candidates around it, or none.
 *
 * Used by the Attributor for the quotes its rules leave without a speaker. Around a quote (the
 * paragraph before and the quote's own paragraph, outside quotes, at most eight each side) the
 * candidates are runs of capitalised words (NAME), the pronouns he, she, they, we, it (PRON_…)
 * and lower-case nouns that often head a source (DESC: spokesman, official, …), each with
 * binary features (side, distance in words, sentence and paragraph breaks between, the
 * lower-case words or punctuation next to it, the punctuation closing and opening the quote).
 * A linear model scores them and a NONE candidate; the best is taken only when it beats NONE
 * by the model's margin (a wrong speaker is worse than none).
 *
 * The weights are learned from PolNeAR's training articles by tools/train_ranker.py, which
 * computes the same tokens, candidates and features (change both together), written to
 * resources/attribution/ranker.txt and compiled at build time (tools/compilemodel) into the
 * image() learned() views in place. Cost: linear in the window, bounded per quote; the
 * features are hashed as they are put together (FeatureKey), with no string built.
 */
class SpeakerRanker
{
public:
    /** A chosen candidate: its kind ("NAME", "PRON_he", "DESC", …) and words. */
    struct Choice
    {
        QString kind;
        Span span;
        int score = 0;     ///< its score (weights times 100)
        int noneScore = 0; ///< NONE's score
    };

    /** The model compiled in (`:/org.gloss/attribution/ranker.image`; empty, choosing
     *  nothing, when it cannot be read). */
    static const SpeakerRanker &learned();

    /** A model from the text of a ranker file (see tools/train_ranker.py). */
    explicit SpeakerRanker(const QByteArray &model);

    /** The model as bytes, for the build (tools/compilemodel), as CueModel::image(). */
    QByteArray image() const;
    /** The model of an image(), its weights viewed in place (@p image must outlive it), or
     *  nothing when @p image is none (truncated, of another version or byte order). */
    static std::optional<SpeakerRanker> fromImage(QByteArrayView image);
    /** (the image must outlive what views it: not a temporary) */
    static std::optional<SpeakerRanker> fromImage(const QByteArray &&) = delete;

    bool isEmpty() const { return m_weights.isEmpty(); }
    int margin() const { return m_margin; }
    qsizetype weightCount() const { return m_weights.size(); }
    /** True for a lower-case noun that often heads a source ("spokesman", "report"). */
    bool isSourceHead(QStringView word) const { return m_heads.contains(word); }

    /**
     * The double-quoted stretches of @p text as (opening mark, closing mark) spans, end
     * inclusive: a quote closes at ” or " or at the end of its paragraph. Sorted.
     */
    static QList<Span> quoteMarks(const QString &text);

    /**
     * The speaker's words for the quote whose marks stand at @p openMark and @p closeMark,
     * or nothing when NONE wins. @p quotes is quoteMarks(text).
     */
    std::optional<Choice> choose(const QString &text, qsizetype openMark, qsizetype closeMark,
                                 const QList<Span> &quotes) const;

private:
    SpeakerRanker() = default;

    FeatureWeights m_weights;
    WordSet m_heads{}; ///< lower-case nouns that often head a source
    int m_margin = 0;
};

} // namespace gloss::quotes
