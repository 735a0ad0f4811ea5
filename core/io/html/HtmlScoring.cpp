#include "HtmlScoring_p.h"
#include "HtmlClassHints_p.h"
#include "HtmlNodes_p.h"
#include "HtmlText_p.h"

#include <QRegularExpression>

#include <algorithm>
#include <string>

namespace gloss::html {

ContentScorer::ContentScorer(const GumboNode *root, HtmlExtractor::Mode mode)
    : m_mode(mode)
{
    m_stats.reserve(4096);
    computeStats(root, false);
}

Stats ContentScorer::computeStats(const GumboNode *n, bool inLink)
{
    Stats s;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
        bool space = true;
        for (const char *p = n->v.text.text; *p; ++p) {
            const char c = *p;
            const unsigned char k = kByteClass[static_cast<unsigned char>(c)];
            if (k & kSpace) {
                space = true;
                continue;
            }
            if (k & kContinuation)
                continue; // UTF-8 continuation byte
            s.text += space ? 2 : 1;
            space = false;
            if (c == ',')
                ++s.commas;
        }
        if (s.text > 0)
            --s.text; // no space before the first word
        if (inLink)
            s.link = s.text;
        return s;
    }
    if (!isElement(n))
        return s;
    const GumboTag t = tagOf(n);
    const bool page = m_mode == HtmlExtractor::Mode::Page;
    if (isNeverText(t) || isHidden(n) || (page && isFurniture(t))) {
        s.removed = true;
        m_stats.insert(n, s);
        return Stats{};
    }
    const bool link = inLink || t == GUMBO_TAG_A;
    forEachChild(n, [&](const GumboNode *c) {
        const Stats cs = computeStats(c, link);
        s.text += cs.text;
        s.link += cs.link;
        s.commas += cs.commas;
        s.key |= cs.key;
        if (isElement(c) && isBlockTag(tagOf(c))) {
            s.hasBlock = true;
        } else {
            s.ownText += cs.text;
            s.ownCommas += cs.commas;
        }
    });
    s.key |= t == GUMBO_TAG_H1 || t == GUMBO_TAG_MAIN
             || lowered(attribute(n, "itemprop")) == "articlebody";
    if (page && !s.key && t != GUMBO_TAG_HTML && t != GUMBO_TAG_BODY && t != GUMBO_TAG_ARTICLE
        && t != GUMBO_TAG_MAIN) {
        const unsigned h = classHints(n);
        if ((h & StrongNegative) || ((h & WeakNegative) && !(h & Positive))) {
            s.removed = true;
            m_stats.insert(n, s);
            return Stats{};
        }
    }
    m_stats.insert(n, s);
    return s;
}

double &ContentScorer::scoreOf(const GumboNode *n)
{
    auto it = m_scores.find(n);
    if (it != m_scores.end())
        return it->second;
    double base = 0;
    switch (tagOf(n)) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: base = 5; break;
    case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN: base = 3; break;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: base = 3; break;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: base = -3; break;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TH: base = -5; break;
    default: break;
    }
    const unsigned h = classHints(n);
    if (h & Positive)
        base += 25;
    if (h & (WeakNegative | StrongNegative))
        base -= 25;
    m_candidates.push_back(n);
    return m_scores.emplace(n, base).first->second;
}

void ContentScorer::score(const GumboNode *n)
{
    if (!isElement(n))
        return;
    const Stats &s = stats(n);
    if (s.removed)
        return;
    const GumboTag t = tagOf(n);
    const bool paragraph = t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_TD
                           || ((t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION) && !s.hasBlock);
    auto credit = [this](const GumboNode *from, int text, int commas) {
        const double contentScore = 1.0 + commas + std::min(text / 100, 3);
        const GumboNode *a = from;
        for (int level = 0; level < 5 && a && isElement(a); ++level, a = a->parent) {
            const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            scoreOf(a) += contentScore / divider;
        }
    };
    if (paragraph) {
        if (s.text >= 25)
            credit(n->parent, s.text, s.commas);
        return; // paragraphs inside paragraphs (div in div) are not scored twice
    }
    // Text written straight into a container (paragraphs split by <br><br>) counts as if it
    // were in a <p> child of that container.
    if (s.ownText >= 25)
        credit(n, s.ownText, s.ownCommas);
    forEachChild(n, [&](const GumboNode *c) { score(c); });
}

std::vector<ContentScorer::Scored> ContentScorer::ranked()
{
    std::vector<Scored> ranked;
    ranked.reserve(m_candidates.size());
    for (const GumboNode *c : m_candidates)
        ranked.push_back({c, m_scores[c] * (1.0 - stats(c).linkDensity())});
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Scored &a, const Scored &b) { return a.score > b.score; });
    return ranked;
}

/** Article text split over several containers: the element holding most of them, or @p top. */
const GumboNode *ContentScorer::commonAncestor(const GumboNode *top,
                                               const std::vector<Scored> &ranked) const
{
    const double topScore = ranked.front().score;
    std::vector<const GumboNode *> alternatives;
    for (std::size_t i = 1; i < std::min<std::size_t>(ranked.size(), 6); ++i) {
        if (ranked[i].score >= 0.75 * topScore)
            alternatives.push_back(ranked[i].node);
    }
    if (alternatives.size() < 2)
        return top;
    for (const GumboNode *p = top->parent; p && tagOf(p) != GUMBO_TAG_BODY; p = p->parent) {
        int inside = 0;
        for (const GumboNode *alt : alternatives) {
            for (const GumboNode *q = alt; q; q = q->parent) {
                if (q == p) {
                    ++inside;
                    break;
                }
            }
        }
        if (inside >= 2)
            return p;
    }
    return top;
}

/** The <article> around the body also holds the standfirst; its furniture is dropped later. */
const GumboNode *ContentScorer::enclosingArticle(const GumboNode *top) const
{
    int depth = 0;
    for (const GumboNode *p = top; p && depth < 4; p = p->parent, ++depth) {
        if (tagOf(p) == GUMBO_TAG_ARTICLE) {
            if (!stats(p).removed && stats(p).linkDensity() < 0.3)
                return p;
            break;
        }
    }
    return top;
}

/** @p top and the siblings that belong to the article (a second body part after an ad slot,
 * a lone paragraph). */
std::vector<const GumboNode *> ContentScorer::withSiblings(const GumboNode *top,
                                                           double topScore) const
{
    const GumboNode *parent = top->parent;
    if (!parent || tagOf(top) == GUMBO_TAG_BODY || !isElement(parent))
        return {top};
    const double threshold = std::max(10.0, topScore * 0.2);
    const std::string topClass(attribute(top, "class"));
    std::vector<const GumboNode *> out;
    forEachChild(parent, [&](const GumboNode *sib) {
        if (sib == top) {
            out.push_back(sib);
            return;
        }
        if (!isElement(sib) || stats(sib).removed)
            return;
        const Stats &s = stats(sib);
        double bonus = 0;
        if (!topClass.empty() && attribute(sib, "class") == topClass)
            bonus = topScore * 0.2;
        const auto it = m_scores.find(sib);
        const double sibScore = it == m_scores.end() ? 0.0 : it->second * (1 - s.linkDensity());
        bool append = it != m_scores.end() && sibScore + bonus >= threshold;
        if (!append && tagOf(sib) == GUMBO_TAG_P) {
            const QString text = textOf(sib);
            append = (s.text > 80 && s.linkDensity() < 0.25)
                     || (s.text > 0 && s.link == 0 && text.contains(QRegularExpression(
                                                          QStringLiteral("\\.( |$)"))));
        }
        if (append)
            out.push_back(sib);
    });
    return out;
}

std::vector<const GumboNode *> ContentScorer::content(const GumboNode *body)
{
    score(body);
    const std::vector<Scored> candidates = ranked();
    if (candidates.empty())
        return {body};
    const double topScore = candidates.front().score;
    const GumboNode *top = commonAncestor(candidates.front().node, candidates);
    top = enclosingArticle(top);
    return withSiblings(top, topScore);
}

} // namespace gloss::html
