#pragma once

// Internal to the HTML extractor (not installed, not part of HtmlExtractor.h): small helpers
// over gumbo's tree and the byte classes the per-byte loops use. The hot ones are inline.

#include <QString>

#include <gumbo.h>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace gloss::html {

inline bool isElement(const GumboNode *n)
{
    return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

inline GumboTag tagOf(const GumboNode *n)
{
    return isElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}

inline const GumboVector &childrenOf(const GumboNode *n)
{
    return n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
}

/** The children of a document or an element, to change (the tree is ours); null for text. */
inline GumboVector *childrenToEdit(GumboNode *n)
{
    if (n->type == GUMBO_NODE_DOCUMENT)
        return &n->v.document.children;
    return isElement(n) ? &n->v.element.children : nullptr;
}

template<typename F>
void forEachChild(const GumboNode *n, F &&f)
{
    const GumboVector &children = childrenOf(n);
    for (unsigned i = 0; i < children.length; ++i)
        f(static_cast<const GumboNode *>(children.data[i]));
}

/** The value of attribute @p name of an element (empty when absent or not an element). */
inline std::string_view attribute(const GumboNode *n, const char *name)
{
    if (!isElement(n))
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? std::string_view(a->value) : std::string_view();
}

inline QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/** @p s with ASCII letters in lower case. */
inline std::string lowered(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    return out;
}

inline bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/**
 * What the per-byte loops over a long page's text look for, one table lookup a byte (they
 * were a third of extracting a long article).
 */
enum ByteClass : unsigned char {
    kSpace = 1,        ///< HTML white space
    kSinkSpecial = 2,  ///< TextSink::append looks closer: white space, or starts a special char
    kBreaksRun = 4,    ///< ends a TextRuns run: markup, or a control gumbo replaces
    kContinuation = 8, ///< a UTF-8 continuation byte
};

inline constexpr std::array<unsigned char, 256> kByteClass = [] {
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 256; ++c) {
        unsigned char k = 0;
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        if (space)
            k |= kSpace | kSinkSpecial;
        if (c == 0xC2 || c == 0xE2 || c == 0xEF)
            k |= kSinkSpecial;
        if (c == '&' || c == '<' || c == '>' || c == '-' || c == '!' || c == ']' ||
            (c < 0x20 && c != '\t' && c != '\n' && c != '\f') || c == 0x7F)
            k |= kBreaksRun;
        if ((c & 0xC0) == 0x80)
            k |= kContinuation;
        t[std::size_t(c)] = k;
    }
    return t;
}();

inline bool hasClass(char c, unsigned char k)
{
    return kByteClass[static_cast<unsigned char>(c)] & k;
}

/** Block-level elements: they end a paragraph of text. */
bool isBlockTag(GumboTag t);
/** Elements that never hold article text (head, scripts, forms, media, ...). */
bool isNeverText(GumboTag t);
/** Page furniture: dropped from pages (kept in fragments the user picked). */
bool isFurniture(GumboTag t);
/** Hidden by the `hidden` attribute, `aria-hidden="true"` or an inline style. */
bool isHidden(const GumboNode *n);
/** The first child element of @p n with tag @p tag, or null. */
const GumboNode *findChild(const GumboNode *n, GumboTag tag);

} // namespace gloss::html
