#include "HtmlPrefilters_p.h"
#include "HtmlClassHints_p.h"
#include "HtmlNodes_p.h"
#include "HtmlTagScanner_p.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace gloss::html {

namespace {

/** Offset just past the comment whose "<!--" ends at @p from, as the tokenizer ends it. */
qsizetype commentEnd(QByteArrayView s, qsizetype from)
{
    // <!--> and <!---> are complete (empty) comments
    if (s.sliced(from).startsWith(">"))
        return from + 1;
    if (s.sliced(from).startsWith("->"))
        return from + 2;
    // "--!>" ends a comment too, as in the tokenizer
    const qsizetype dashes = s.indexOf("-->", from);
    const qsizetype bang = s.indexOf("--!>", from);
    if (bang >= 0 && (dashes < 0 || bang < dashes))
        return bang + 4;
    return dashes < 0 ? s.size() : dashes + 3;
}

} // namespace

QByteArray dropRawText(const QByteArray &in)
{
    static constexpr std::string_view raw[] = {"script", "style", "svg", "noscript", "template",
                                               "iframe"};
    const QByteArrayView s(in);
    QByteArray out;
    out.reserve(in.size());
    qsizetype copied = 0;
    qsizetype pos = 0;
    while (true) {
        const qsizetype lt = s.indexOf('<', pos);
        if (lt < 0 || lt + 1 >= s.size())
            break;
        pos = lt + 1;
        if (startsWithNoCase(s, pos, "!--")) {
            const qsizetype end = commentEnd(s, pos + 3);
            out.append(s.sliced(copied, lt - copied));
            copied = pos = end;
            continue;
        }
        for (const std::string_view name : raw) {
            const QByteArrayView word(name.data(), qsizetype(name.size()));
            const qsizetype after = pos + word.size();
            if (!startsWithNoCase(s, pos, word) || after >= s.size())
                continue;
            const char next = s[after];
            if (!(isAsciiSpace(next) || next == '>' || next == '/'))
                continue;
            const qsizetype contentStart = endOfTag(s, after);
            if (name == "script") {
                const QByteArray tag = s.sliced(lt, contentStart - lt).toByteArray().toLower();
                if (tag.contains("ld+json"))
                    break;
            }
            if (contentStart >= 2 && s[contentStart - 2] == '/' && name == "svg")
                break; // <svg/> has no content
            // find "</name" case-insensitively
            qsizetype close = contentStart;
            while (true) {
                close = s.indexOf("</", close);
                if (close < 0 || startsWithNoCase(s, close + 2, word))
                    break;
                close += 2;
            }
            if (close < 0)
                close = s.size();
            out.append(s.sliced(copied, contentStart - copied));
            copied = pos = close;
            break;
        }
    }
    out.append(s.sliced(copied));
    return out;
}

namespace {

/**
 * Whether the element of @p tag is page furniture that extraction removes whatever it holds
 * (a comment thread, related links, share bars, ads, a cookie banner: strong negative class or
 * id hints) and that no metadata is read from (not a byline or author block).
 */
bool isFurnitureRoot(const RawTag &tag)
{
    static constexpr std::string_view roots[] = {"div", "section", "aside", "ul",
                                                 "ol",  "nav",     "footer"};
    if (tag.closing || tag.selfClosing || tag.hasItemprop || tag.entity
        || (tag.cls.empty() && tag.id.empty())
        || std::find(std::begin(roots), std::end(roots), tag.name) == std::end(roots))
        return false;
    std::string key;
    key.reserve(tag.cls.size() + tag.id.size() + 1);
    key.append(tag.cls).append(1, ' ').append(tag.id);
    key = lowered(key);
    if (key.find("byline") != std::string::npos || key.find("author") != std::string::npos)
        return false;
    return (computeClassHints(key) & StrongNegative) != 0;
}

/**
 * End of the subtree whose root start tag ends at @p from: the offset of the root's end tag,
 * or -1 when the subtree is not plainly nested (every element closed in order, or a paragraph
 * or list item closed the way the parser closes it when left open; no element
 * that acts outside its place in the tree, no raw text but emptied scripts and styles) or
 * when @p budget (bytes to scan) runs out.
 */
qsizetype subtreeEnd(QByteArrayView s, qsizetype from, std::string_view root,
                     qsizetype &budget)
{
    std::vector<std::string> open;
    RawTag tag;
    qsizetype pos = from;
    while (true) {
        const qsizetype lt = s.indexOf('<', pos);
        if (lt < 0)
            return -1;
        if (!scanTag(s, lt, tag)) {
            budget -= tag.end - pos;
            pos = tag.end;
            if (budget < 0)
                return -1;
            continue;
        }
        budget -= tag.end - pos;
        if (budget < 0 || tag.end >= s.size())
            return -1;
        pos = tag.end;
        if (tag.closing) {
            // paragraphs and list items left open end here, as the parser ends them
            while (!open.empty() && open.back() != tag.name && hasImpliedEnd(open.back()))
                open.pop_back();
            if (open.empty())
                return tag.name == root ? lt : -1;
            if (open.back() != tag.name)
                return -1;
            open.pop_back();
            continue;
        }
        if (isUnsafeInSubtree(tag.name) || tag.hasItemprop)
            return -1;
        if (!open.empty()) {
            // an open paragraph (or list item, definition) that this start tag closes
            const std::string &top = open.back();
            if (top == "p" && tag.name == "table")
                return -1; // depends on the document's quirks mode
            if ((top == "p" && closesParagraph(tag.name))
                || (top == "li" && tag.name == "li")
                || ((top == "dd" || top == "dt") && (tag.name == "dd" || tag.name == "dt")))
                open.pop_back();
        }
        if (isVoidTag(tag.name) || (tag.selfClosing && tag.name == "svg"))
            continue;
        if (tag.selfClosing)
            return -1; // "<div/>" is an open tag in HTML: leave such pages to the parser
        if (isRawTextTag(tag.name)) {
            // only elements dropRawText() emptied (not JSON-LD, not a textarea's text)
            if (!startsWithNoCase(s, pos, "</")
                || !startsWithNoCase(s, pos + 2, QByteArrayView(tag.name.data(),
                                                                qsizetype(tag.name.size()))))
                return -1;
        }
        open.push_back(tag.name);
    }
}

} // namespace

QByteArray dropFurniture(const QByteArray &in)
{
    const QByteArrayView s(in);
    QByteArray out;
    qsizetype copied = 0;
    qsizetype pos = 0;
    qsizetype budget = 4 * s.size() + 4096;
    RawTag tag;
    while (budget > 0) {
        const qsizetype lt = s.indexOf('<', pos);
        if (lt < 0)
            break;
        if (!scanTag(s, lt, tag)) {
            pos = tag.end;
            continue;
        }
        pos = tag.end;
        if (tag.closing)
            continue;
        if (tag.name == "plaintext")
            break;
        if (isRawTextTag(tag.name) && !(tag.selfClosing && tag.name == "svg")) {
            const qsizetype close = rawTextEnd(s, pos, tag.name);
            if (close < 0)
                break;
            pos = close;
            continue;
        }
        if (!isFurnitureRoot(tag))
            continue;
        const qsizetype end = subtreeEnd(s, pos, tag.name, budget);
        if (end < 0)
            continue;
        if (out.isEmpty())
            out.reserve(in.size());
        out.append(s.sliced(copied, pos - copied));
        copied = pos = end;
    }
    if (copied == 0)
        return in;
    out.append(s.sliced(copied));
    return out;
}

} // namespace gloss::html
