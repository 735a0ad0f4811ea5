#include "HtmlTagScanner_p.h"
#include "HtmlNodes_p.h"

#include <algorithm>
#include <iterator>

namespace gloss::html {

bool startsWithNoCase(QByteArrayView s, qsizetype at, QByteArrayView word)
{
    if (at + word.size() > s.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        char c = s[at + i];
        c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        if (c != word[i])
            return false;
    }
    return true;
}

qsizetype endOfTag(QByteArrayView s, qsizetype from)
{
    char quote = 0;
    for (qsizetype i = from; i < s.size(); ++i) {
        const char c = s[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return s.size();
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const char c = (a[i] >= 'A' && a[i] <= 'Z') ? char(a[i] - 'A' + 'a') : a[i];
        if (c != b[i])
            return false;
    }
    return true;
}

namespace {

/** An attribute of a tag in raw markup: its name and (unquoted) value. */
struct RawAttribute
{
    std::string_view name;
    std::string_view value;
};

/** Reads the attribute whose name starts at @p i; returns the offset just past it. */
qsizetype readAttribute(QByteArrayView s, qsizetype i, RawAttribute &attr)
{
    const qsizetype n = s.size();
    const qsizetype nameStart = i++;
    while (i < n && !isAsciiSpace(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=')
        ++i;
    attr.name = std::string_view(s.data() + nameStart, std::size_t(i - nameStart));
    attr.value = {};
    qsizetype k = i;
    while (k < n && isAsciiSpace(s[k]))
        ++k;
    if (k >= n || s[k] != '=')
        return i;
    i = k + 1;
    while (i < n && isAsciiSpace(s[i]))
        ++i;
    if (i < n && (s[i] == '"' || s[i] == '\'')) {
        const qsizetype close = s.indexOf(s[i], i + 1);
        const qsizetype e = close < 0 ? n : close;
        attr.value = std::string_view(s.data() + i + 1, std::size_t(e - i - 1));
        return close < 0 ? n : close + 1;
    }
    const qsizetype v = i;
    while (i < n && !isAsciiSpace(s[i]) && s[i] != '>')
        ++i;
    attr.value = std::string_view(s.data() + v, std::size_t(i - v));
    return i;
}

/** Reads the attributes of the tag whose name ends at @p i, up to and including its '>'. */
void readAttributes(QByteArrayView s, qsizetype i, RawTag &tag)
{
    const qsizetype n = s.size();
    bool seenClass = false, seenId = false;
    RawAttribute attr;
    // the first of duplicate attributes counts, as in the parser
    const auto take = [&](bool &seen, std::string_view &field) {
        if (!seen) {
            seen = true;
            field = attr.value;
            tag.entity |= attr.value.find('&') != std::string_view::npos;
        }
    };
    while (i < n) {
        const char c = s[i];
        if (isAsciiSpace(c)) {
            ++i;
            continue;
        }
        if (c == '>') {
            tag.end = i + 1;
            return;
        }
        if (c == '/') {
            ++i;
            if (i < n && s[i] == '>') {
                tag.selfClosing = true;
                tag.end = i + 1;
                return;
            }
            continue;
        }
        i = readAttribute(s, i, attr);
        if (equalsNoCase(attr.name, "class"))
            take(seenClass, tag.cls);
        else if (equalsNoCase(attr.name, "id"))
            take(seenId, tag.id);
        else if (equalsNoCase(attr.name, "itemprop"))
            tag.hasItemprop = true;
    }
    tag.end = n;
}

} // namespace

bool scanTag(QByteArrayView s, qsizetype lt, RawTag &tag)
{
    tag = RawTag{};
    const qsizetype n = s.size();
    qsizetype i = lt + 1;
    if (i < n && s[i] == '/') {
        tag.closing = true;
        ++i;
    }
    if (i >= n || !isAsciiAlpha(s[i])) {
        if (i < n && (s[i] == '!' || s[i] == '?' || tag.closing)) {
            const qsizetype gt = s.indexOf('>', i);
            tag.end = gt < 0 ? n : gt + 1;
        } else {
            tag.end = lt + 1; // a '<' in text
        }
        return false;
    }
    qsizetype j = i;
    while (j < n && !isAsciiSpace(s[j]) && s[j] != '/' && s[j] != '>')
        ++j;
    tag.name = lowered(std::string_view(s.data() + i, std::size_t(j - i)));
    readAttributes(s, j, tag);
    return true;
}

bool isVoidTag(std::string_view name)
{
    static constexpr std::string_view voids[] = {
        "area",  "base", "basefont", "bgsound", "br",    "col",  "embed", "frame", "hr",
        "image", "img",  "input",    "keygen",  "link",  "meta", "param", "source", "track",
        "wbr"};
    return std::find(std::begin(voids), std::end(voids), name) != std::end(voids);
}

bool isRawTextTag(std::string_view name)
{
    static constexpr std::string_view raw[] = {"script", "style",   "noscript", "iframe",
                                               "template", "svg",   "math",     "noembed",
                                               "noframes", "xmp",   "textarea", "title",
                                               "plaintext"};
    return std::find(std::begin(raw), std::end(raw), name) != std::end(raw);
}

bool isUnsafeInSubtree(std::string_view name)
{
    static constexpr std::string_view unsafe[] = {"h1",   "main",     "form",  "html",
                                                  "body", "frameset", "select", "head"};
    return std::find(std::begin(unsafe), std::end(unsafe), name) != std::end(unsafe);
}

bool closesParagraph(std::string_view name)
{
    static constexpr std::string_view tags[] = {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir",
        "div",     "dl",      "fieldset", "figcaption", "figure", "footer", "header", "hgroup",
        "menu",    "nav",     "ol",    "p",          "search", "section", "summary", "ul",
        "h2",      "h3",      "h4",    "h5",         "h6",     "pre",     "listing", "hr",
        "li",      "dd",      "dt"};
    return std::find(std::begin(tags), std::end(tags), name) != std::end(tags);
}

bool hasImpliedEnd(std::string_view name)
{
    static constexpr std::string_view tags[] = {"p",        "li", "dd", "dt", "option",
                                                "optgroup", "rb", "rp", "rt", "rtc"};
    return std::find(std::begin(tags), std::end(tags), name) != std::end(tags);
}

qsizetype rawTextEnd(QByteArrayView s, qsizetype from, std::string_view name)
{
    const QByteArrayView word(name.data(), qsizetype(name.size()));
    for (qsizetype close = from;; close += 2) {
        close = s.indexOf("</", close);
        if (close < 0 || startsWithNoCase(s, close + 2, word))
            return close;
    }
}

} // namespace gloss::html
