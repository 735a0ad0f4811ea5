#pragma once

#include "model/Article.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace gloss {

/**
 * @brief W3C TextQuoteSelector: the noted words and a little context either side.
 *
 * `prefix` and `suffix` hold up to Annotation::kContextLength code points of the text just
 * before and after `exact` (shorter at the start and end of the text).
 */
struct TextQuoteSelector
{
    QString exact;
    QString prefix;
    QString suffix;

    bool isEmpty() const { return exact.isEmpty(); }
    friend bool operator==(const TextQuoteSelector &, const TextQuoteSelector &) = default;
};

/** W3C TextPositionSelector: [start, end) in Unicode **code points**; start < 0 when unknown. */
struct TextPositionSelector
{
    qsizetype start = -1;
    qsizetype end = -1;

    bool isValid() const { return start >= 0 && end >= start; }
    friend bool operator==(const TextPositionSelector &, const TextPositionSelector &) = default;
};

/**
 * Where a note stands in the current text: on the words it was made on, at its stored place
 * (Anchored); re-found elsewhere or on corrected words (Moved); not found with confidence
 * (Orphaned: kept with its last known words, never dropped).
 */
enum class AnchorState { Anchored, Moved, Orphaned };

/**
 * "anchored", "moved", "orphan": the names `gloss notes list` prints (text and JSON), as issue 5
 * names the states. Never stored: the state is worked out again each time a text is opened.
 */
QString anchorStateName(AnchorState state);

/**
 * @brief A sticky note: on a passage of an article (a target with W3C selectors), or on the
 * article as a whole (no selectors).
 *
 * A plain value. The selectors describe the passage in the text the note was last placed on;
 * `span` and `state` describe where it is in the text that is open now (set by Anchorer).
 */
struct Annotation
{
    /** Length of the W3C prefix and suffix context, in code points. */
    static constexpr int kContextLength = 32;

    QUuid id;
    TextQuoteSelector quote;
    TextPositionSelector position;
    /** The note itself (plain text). */
    QString text;
    /** A palette name ("yellow", "green", ...) or "#rrggbb"; see normalizedColor(). */
    QString color;
    QStringList tags;
    QDateTime created;
    QDateTime modified;

    AnchorState state = AnchorState::Anchored;
    /** The passage in the open text, in UTF-16 offsets; empty when orphaned or article-level. */
    Span span;

    /** A note on the whole article (no passage): sits at the top of the margin. */
    bool isArticleNote() const { return quote.exact.isEmpty(); }
    bool isOrphan() const { return state == AnchorState::Orphaned; }
    /** True when the note is shown on a passage of the open text. */
    bool isPlaced() const { return !isArticleNote() && !isOrphan(); }

    /**
     * A new note on @p span (UTF-16 offsets) of @p document: a fresh id, created = modified =
     * now, the selectors computed from the text, state Anchored.
     */
    static Annotation onSpan(const Document &document, const Span &span, const QString &text);
    /** A new note on the article as a whole. */
    static Annotation onArticle(const QString &text);

    /** Points the note at @p span of @p document: selectors, span (state is left alone). */
    void setTarget(const Document &document, const Span &span);

    /** The default colour of new notes. */
    static QString defaultColor();
    /** The palette names, in menu order. */
    static QStringList paletteNames();
    /** "#rrggbb" of a palette name or of a hex colour; empty when @p color is not valid. */
    static QString colorHex(const QString &color);
    /**
     * @p color as stored: a palette name (lower case) or "#rrggbb"; empty when it is neither
     * (also accepts "#rgb" and "rrggbb").
     */
    static QString normalizedColor(const QString &color);
    /** Tags trimmed, without a leading '#', empty ones and duplicates dropped. */
    static QStringList normalizedTags(const QStringList &tags);

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

} // namespace gloss
