#pragma once

// Internal to the HTML extractor: the pre-filter that stands in for long text runs while
// gumbo parses a page, and puts them back in the tree.

#include "HtmlArena_p.h"

#include <QByteArray>

#include <gumbo.h>

#include <utility>
#include <vector>

namespace gloss::html {

/**
 * Long runs of plain text stood in for by short placeholders while gumbo parses the page, and
 * put back in the tree after: gumbo reads every byte one code point at a time, and on a long
 * article most bytes are such runs (a 2 MB article took gumbo 105 ms, the bar for the whole
 * extraction being 100). The tree is the same: a run is text where the tokenizer reads text
 * (outside tags, comments and raw-text elements, as scanTag() reads them); it holds none of
 * the characters that mean something to the tokenizer in any state (& < > - ! ] NUL CR) or
 * that gumbo replaces (controls, noncharacters), and starts and ends with a non-space, like
 * its placeholder (private-use characters), so the tree builder takes the same steps. A page
 * that holds the placeholders' first character itself, or a frameset (where the builder keeps
 * spaces one by one), is parsed as it is.
 */
class TextRuns
{
public:
    /** @p page with its long text runs replaced (or @p page itself). */
    QByteArray shrink(const QByteArray &page);
    /** Puts the runs back into the text and attribute values of the tree at @p root. */
    void restore(GumboNode *root, Arena &arena) const;
    /** How many runs the last shrink() replaced. */
    std::size_t runCount() const { return m_runs.size(); }

private:
    /** Replaces the runs in the text [from, to) of the page; returns the new copied offset. */
    qsizetype replaceRuns(QByteArrayView s, qsizetype from, qsizetype to, qsizetype copied,
                          QByteArray &out);
    /** @p text with its placeholders replaced (a copy in @p arena), or @p text. */
    const char *restored(const char *text, Arena &arena) const;

    QByteArray m_page;
    std::vector<std::pair<qsizetype, qsizetype>> m_runs; // offset and length in m_page
};

} // namespace gloss::html
