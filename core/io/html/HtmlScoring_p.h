#pragma once

// Internal to the HTML extractor: readability scoring, which finds the element holding the
// article among the page's furniture.

#include "HtmlExtractor.h"

#include <QHash>

#include <gumbo.h>

#include <unordered_map>
#include <vector>

namespace gloss::html {

/** What the text of an element is made of (computed once for the whole tree). */
struct Stats
{
    int text = 0;     ///< visible characters (white space collapsed)
    int link = 0;     ///< of which inside links
    int commas = 0;
    int ownText = 0;   ///< of which outside block-level children (text run in a div)
    int ownCommas = 0;
    bool hasBlock = false; ///< has a block-level child element
    bool removed = false;  ///< not article text at all
    bool key = false;      ///< holds the headline, <main> or the articleBody
    double linkDensity() const { return text > 0 ? double(link) / text : 0.0; }
};

/**
 * Reader-mode scoring: paragraphs score their ancestors (text length, commas), candidates
 * are weighted by class/id hints and link density, and the best one (with related siblings)
 * holds the article. Elements that are never article text (scripts, forms, hidden elements,
 * and in a page, furniture by tag or class) are marked removed.
 */
class ContentScorer
{
public:
    ContentScorer(const GumboNode *root, HtmlExtractor::Mode mode);

    /** The stats of element @p n (empty ones for text and for what is inside a removed one). */
    const Stats &stats(const GumboNode *n) const
    {
        static const Stats none;
        const auto it = m_stats.constFind(n);
        return it == m_stats.cend() ? none : *it;
    }

    /** The element holding the article and the siblings that belong with it, in order. */
    std::vector<const GumboNode *> content(const GumboNode *body);

    HtmlExtractor::Mode mode() const { return m_mode; }

private:
    struct Scored
    {
        const GumboNode *node;
        double score;
    };

    Stats computeStats(const GumboNode *n, bool inLink);
    void score(const GumboNode *n);
    double &scoreOf(const GumboNode *n);
    std::vector<Scored> ranked();
    const GumboNode *commonAncestor(const GumboNode *top, const std::vector<Scored> &ranked) const;
    const GumboNode *enclosingArticle(const GumboNode *top) const;
    std::vector<const GumboNode *> withSiblings(const GumboNode *top, double topScore) const;

    HtmlExtractor::Mode m_mode;
    QHash<const GumboNode *, Stats> m_stats; // (a node-based map took a tenth of a long page)
    std::unordered_map<const GumboNode *, double> m_scores;
    std::vector<const GumboNode *> m_candidates;
};

} // namespace gloss::html
