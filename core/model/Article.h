#pragma once

#include "Document.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gloss {

/** A half-open range [start, end) of UTF-16 offsets into Document::text(). */
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    bool contains(const Span &o) const { return o.start >= start && o.end <= end; }
    bool overlaps(const Span &o) const { return start < o.end && o.start < end; }
    friend bool operator==(const Span &, const Span &) = default;
};

enum class ParagraphRole { Body, Headline, Dateline, Byline, Heading, BlockQuote };

struct Paragraph
{
    Span span;
    ParagraphRole role = ParagraphRole::Body;
};

struct Sentence
{
    Span span;
    int paragraph = -1;
};

enum class EntityType { Person, Org, Gpe, Loc, Event, Work, Other };

/** "PERSON", "ORG", "GPE", "LOC", "EVENT", "WORK", "OTHER" (the analysis JSON names). */
QString entityTypeName(EntityType type);

/** An id of the analysis: @p prefix and @p number ("Q1", "E12", "C3"). */
QString analysisId(char16_t prefix, qsizetype number);
/** The inverse of entityTypeName(); Other for an unknown name. */
EntityType entityTypeFromName(QStringView name);

struct Entity
{
    QString id;          ///< "E1", "E2", … in order of first mention
    QString name;        ///< canonical (longest, most complete) name
    EntityType type = EntityType::Other;
    QStringList aliases; ///< other surface forms clustered into this entity
    QList<Span> mentions;
};

enum class QuoteKind { Direct, Scare, Title };
QString quoteKindName(QuoteKind kind);

struct Quote
{
    QString id;        ///< "Q1", "Q2", … in text order
    /** The quoted words, without the quote marks (over several paragraphs for a quote that
     *  runs on); Article::textOf(quote) gives its text. */
    Span span;
    QuoteKind kind = QuoteKind::Direct;
    int speaker = -1;  ///< index into Article::entities, or -1
    /** Where the attribution cue stands ("said", "told reporters"), empty when none:
     *  Article::textOf(cueSpan) gives it as written. */
    Span cueSpan;
    /** The words naming the speaker where the attribution is made ("he", "Mr Blair", "a
     *  spokeswoman"); empty when none (no speaker, or one carried over from another quote
     *  without words of its own). */
    Span speakerMention;
    int via = -1;      ///< index into Article::entities of a relaying source, or -1
    int paragraph = -1; ///< where the quote opens
    int parent = -1;   ///< index into Article::quotes of the enclosing quote, or -1
};

/**
 * Where the text of a quote stands: its span, for a quote that runs on over several paragraphs
 * the words of the first one only (@p opening, the span of the paragraph it opens in), without
 * white space at either end. The quote finder reads a quote's text by it, and so does
 * Article::textOf(quote).
 */
Span quoteTextSpan(QStringView text, Span quote, Span opening);

enum class ClaimKind { Quote, Reported, Hedged, Factual };
QString claimKindName(ClaimKind kind);

struct Claim
{
    QString id;       ///< "C1", "C2", … in text order
    Span span;        ///< its words: Article::textOf(claim) gives them as they read on their own
    ClaimKind kind = ClaimKind::Factual;
    int source = -1;  ///< index into Article::entities, or -1 when unattributed
    Span cueSpan;       ///< where the cue stands (empty when none); textOf() gives it
    Span sourceMention; ///< the words naming the source where the claim is made, or empty
    QList<int> quotes; ///< indexes into Article::quotes
};

/**
 * @brief The analysis of one document: an immutable value (copies are cheap, implicitly shared).
 *
 * Produced by Analyzer::analyze(); read by the UI, the notes and the exports.
 */
struct Article
{
    Document document;
    QString title;     ///< headline, empty when none found
    QString dateline;  ///< "PYONGYANG, North Korea", empty when none found
    QString byline;    ///< "By Jane Doe", empty when none found
    QList<Paragraph> paragraphs;
    QList<Sentence> sentences;
    QList<Entity> entities;
    QList<Quote> quotes;
    QList<Claim> claims;
    /** True when the text was too large for full analysis (see Analyzer::Limits). */
    bool limited = false;
    /** How much of the text the analysis covered (UTF-16 units from the start): all of it,
     *  unless limited, then up to the end of the last paragraph before the limit. */
    qsizetype analysedLength = 0;
    QStringList warnings;

    /** Index of the paragraph holding @p pos, or -1. */
    int paragraphAt(qsizetype pos) const;
    /** Text of a span of the document. */
    QString textOf(const Span &span) const { return viewOf(span).toString(); }
    /** textOf(span) as a view of the document (no copy). */
    QStringView viewOf(const Span &span) const
    {
        return QStringView(document.text()).mid(span.start, span.length());
    }
    /**
     * The words of @p claim as they read on their own (the claims panel, the exports, the
     * JSON): the text of its span, with each run of white space (the line breaks of a
     * hard-wrapped text) made one space. Claims keep positions only, not copies of their text.
     */
    QString textOf(const Claim &claim) const;
    /**
     * textOf(claim) without a copy where the words read as they stand (most claims): a view of
     * the document; else a view of @p buffer, which receives the words with their white space
     * made single spaces. For writers that copy the words on at once (the JSON).
     */
    QStringView viewOf(const Claim &claim, QString &buffer) const;
    /**
     * The text of @p quote (quoteTextSpan(): for a quote over several paragraphs, the words of
     * the first). Quotes keep positions only, not copies of their text.
     */
    QString textOf(const Quote &quote) const;
    /** textOf(quote) as a view of the document (no copy). */
    QStringView viewOf(const Quote &quote) const;
    /** The speaker entity of a quote, or nullptr. */
    const Entity *speakerOf(const Quote &quote) const;
    /** Number of words in the text (status bar, reading time). */
    int wordCount() const;
};

} // namespace gloss
