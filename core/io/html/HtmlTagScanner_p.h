#pragma once

// Internal to the HTML extractor: reading tags in raw markup the way the HTML tokenizer does,
// for the pre-filters that run before gumbo (HtmlPrefilters_p.h, HtmlTextRuns_p.h).

#include <QByteArrayView>

#include <string>
#include <string_view>

namespace gloss::html {

/** A tag as the HTML tokenizer reads it: name, end, and the attributes the filter looks at. */
struct RawTag
{
    qsizetype end = 0; ///< just past the tag
    bool closing = false;
    bool selfClosing = false;
    bool hasItemprop = false;
    bool entity = false; ///< a class or id value holds a character reference
    std::string name;    ///< lower-case
    std::string_view cls;
    std::string_view id;
};

/**
 * Reads the markup at @p lt (a '<') the way the HTML tokenizer does. True for a start or end
 * tag; false for text, a comment or a bogus comment (`<!…>`, `<?…>`, `</>`), whose end is
 * then tag.end. A tag cut off by the end of the input ends there.
 */
bool scanTag(QByteArrayView s, qsizetype lt, RawTag &tag);

/** Offset just past the '>' closing the tag that starts at @p from (quotes respected). */
qsizetype endOfTag(QByteArrayView s, qsizetype from);
/** Position of the "</" that ends a raw-text element's content starting at @p from, or -1. */
qsizetype rawTextEnd(QByteArrayView s, qsizetype from, std::string_view name);

/** Whether @p s holds @p word (lower case) at @p at, ASCII case ignored. */
bool startsWithNoCase(QByteArrayView s, qsizetype at, QByteArrayView word);
/** Whether @p a equals @p b (lower case), ASCII case ignored. */
bool equalsNoCase(std::string_view a, std::string_view b);

inline bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/** Elements without content or end tag (br, img, meta, ...). */
bool isVoidTag(std::string_view name);
/** Elements whose content the tokenizer does not read as markup. */
bool isRawTextTag(std::string_view name);
/**
 * Start tags that change the tree beyond the element they stand in, or that make an element
 * part of the article (the headline, <main>): a subtree holding one is never emptied.
 */
bool isUnsafeInSubtree(std::string_view name);
/** Start tags that close an open paragraph (HTML's "close a p element"). */
bool closesParagraph(std::string_view name);
/** Elements whose end tag the parser supplies when they are left open ("implied end tags"). */
bool hasImpliedEnd(std::string_view name);

} // namespace gloss::html
