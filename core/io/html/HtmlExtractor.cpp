#include "HtmlExtractor.h"
#include "HtmlExtractor_p.h"
#include "text/Nfc.h"

#include "HtmlCharset.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gloss {

namespace {

// --- gumbo helpers -----------------------------------------------------------------------------

bool isElement(const GumboNode *n)
{
    return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

GumboTag tagOf(const GumboNode *n)
{
    return isElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}

const GumboVector &childrenOf(const GumboNode *n)
{
    return n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
}

/** The children of a document or an element, to change (the tree is ours); null for text. */
GumboVector *childrenToEdit(GumboNode *n)
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

std::string_view attribute(const GumboNode *n, const char *name)
{
    if (!isElement(n))
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? std::string_view(a->value) : std::string_view();
}

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string lowered(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    return out;
}

bool isAsciiSpace(char c)
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

constexpr std::array<unsigned char, 256> kByteClass = [] {
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

bool isBlockTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIALOG: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION: case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_HTML: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_SEARCH: case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

/** Elements that never hold article text. */
bool isNeverText(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_DATALIST: case GUMBO_TAG_LABEL: case GUMBO_TAG_IMG: case GUMBO_TAG_PICTURE:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP: case GUMBO_TAG_DIALOG:
    case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_BASE: case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_APPLET: case GUMBO_TAG_FRAMESET:
        return true;
    default:
        return false;
    }
}

/** Page furniture: dropped from pages (kept in fragments the user picked). */
bool isFurniture(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_MENU: case GUMBO_TAG_SEARCH:
        return true;
    default:
        return false;
    }
}

bool isHidden(const GumboNode *n)
{
    if (n->v.element.attributes.length == 0)
        return false;
    if (gumbo_get_attribute(&n->v.element.attributes, "hidden"))
        return true;
    if (lowered(attribute(n, "aria-hidden")) == "true")
        return true;
    const std::string_view style = attribute(n, "style");
    if (style.empty())
        return false;
    std::string compact;
    for (const char c : style) {
        if (!isAsciiSpace(c))
            compact += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    return compact.find("display:none") != std::string::npos
           || compact.find("visibility:hidden") != std::string::npos;
}

// --- parsing -----------------------------------------------------------------------------------

/**
 * Bump allocator for gumbo: the tree is built once and freed all at once, so individual frees
 * are skipped (gumbo otherwise spends a fifth of its time in malloc/free on big pages).
 */
class Arena
{
public:
    Arena() = default;
    Arena(const Arena &) = delete;
    Arena &operator=(const Arena &) = delete;
    ~Arena()
    {
        for (char *c : m_chunks)
            std::free(c);
    }

    static void *allocate(void *self, std::size_t size)
    {
        return static_cast<Arena *>(self)->take(size);
    }
    static void deallocate(void *, void *) { }

private:
    void *take(std::size_t size)
    {
        size = (size + 15) & ~std::size_t(15);
        if (m_chunks.empty() || m_used + size > m_capacity) {
            m_capacity = std::max<std::size_t>(size, std::size_t(1) << 20);
            m_chunks.push_back(static_cast<char *>(std::malloc(m_capacity)));
            if (!m_chunks.back())
                std::abort(); // as gumbo's own malloc use: it cannot report a failure
            m_used = 0;
        }
        void *p = m_chunks.back() + m_used;
        m_used += size;
        return p;
    }

    std::vector<char *> m_chunks;
    std::size_t m_used = 0;
    std::size_t m_capacity = 0;
};

/** How deep the walkers below go (a news page nests 20 to 40 elements deep). */
constexpr int kMaxDepth = 200;

/**
 * Makes the elements nested deeper than kMaxDepth hold only their text: the walkers below
 * recurse, and a hostile page (10,000 nested <q>) overflowed the stack. No text is lost;
 * the structure below that depth is. True when something was flattened.
 */
bool flattenDeep(GumboNode *root, Arena &arena)
{
    bool cut = false;
    std::vector<std::pair<GumboNode *, int>> stack{{root, 0}};
    std::vector<GumboNode *> todo, texts;
    while (!stack.empty()) {
        const auto [n, depth] = stack.back();
        stack.pop_back();
        GumboVector *children = childrenToEdit(n);
        if (!children)
            continue;
        if (depth < kMaxDepth) {
            for (unsigned i = 0; i < children->length; ++i)
                stack.emplace_back(static_cast<GumboNode *>(children->data[i]), depth + 1);
            continue;
        }
        // the text below, in document order
        texts.clear();
        todo.clear();
        for (unsigned i = children->length; i-- > 0;)
            todo.push_back(static_cast<GumboNode *>(children->data[i]));
        bool elements = false;
        while (!todo.empty()) {
            GumboNode *c = todo.back();
            todo.pop_back();
            if (GumboVector *grand = childrenToEdit(c)) {
                elements = true;
                for (unsigned i = grand->length; i-- > 0;)
                    todo.push_back(static_cast<GumboNode *>(grand->data[i]));
            } else if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE ||
                       c->type == GUMBO_NODE_CDATA) {
                texts.push_back(c);
            } else {
                elements = true; // (a comment)
            }
        }
        if (!elements)
            continue;
        cut = true;
        void **data = static_cast<void **>(
            Arena::allocate(&arena, std::max<std::size_t>(1, texts.size()) * sizeof(void *)));
        for (std::size_t i = 0; i < texts.size(); ++i) {
            texts[i]->parent = n;
            texts[i]->index_within_parent = i;
            data[i] = texts[i];
        }
        children->data = data;
        children->length = unsigned(texts.size());
        children->capacity = unsigned(std::max<std::size_t>(1, texts.size()));
    }
    return cut;
}

// --- pre-filter --------------------------------------------------------------------------------

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

/** Offset just past the '>' closing the tag that starts at @p from (quotes respected). */
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

/**
 * Empties the elements whose content is never article text (scripts, styles, inline SVG,
 * noscript, template) and drops comments, before the page goes to gumbo. On news pages these
 * are most of the bytes (inline JSON state, CSS, icon sprites), and gumbo tokenises every byte
 * one at a time. Script and style content ends at the first matching end tag, as in the HTML
 * tokenizer, so the tree gumbo builds is the same apart from the emptied elements. JSON-LD
 * scripts are kept whole.
 */
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
            // <!--> and <!---> are complete (empty) comments
            qsizetype end = pos + 3;
            if (s.sliced(end).startsWith(">"))
                end += 1;
            else if (s.sliced(end).startsWith("->"))
                end += 2;
            else {
                // "--!>" ends a comment too, as in the tokenizer
                const qsizetype dashes = s.indexOf("-->", end);
                const qsizetype bang = s.indexOf("--!>", end);
                if (bang >= 0 && (dashes < 0 || bang < dashes))
                    end = bang + 4;
                else
                    end = dashes < 0 ? s.size() : dashes + 3;
            }
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

// --- class/id hints ----------------------------------------------------------------------------

enum Hint : unsigned { NoHint = 0, Positive = 1, WeakNegative = 2, StrongNegative = 4 };

bool contains(std::string_view token, std::string_view part)
{
    return token.find(part) != std::string_view::npos;
}

unsigned tokenHints(std::string_view t)
{
    static constexpr std::string_view positive[] = {"article", "story", "content", "body",
                                                    "text",    "entry", "main",    "post"};
    static constexpr std::string_view strong[] = {
        "comment", "share",   "sharing",   "social",  "related",  "promo",     "newsletter",
        "cookie",  "consent", "gdpr",      "byline",  "author",   "sponsor",   "outbrain",
        "taboola", "recommend", "subscri", "signup",  "paywall",  "trending",  "popular",
        "mostread", "pullquote", "disqus", "advert",  "banner",   "popup",     "modal"};
    static constexpr std::string_view strongExact[] = {"ad", "ads", "adslot", "adunit", "dfp"};
    static constexpr std::string_view weak[] = {"menu",     "footer", "sidebar", "widget",
                                                "breadcrumb", "toolbar", "masthead", "caption",
                                                "credit",   "pagination", "pager", "hidden",
                                                "teaser",   "timestamp", "dateline-meta"};
    static constexpr std::string_view weakExact[] = {"meta", "date", "time", "tags", "tag",
                                                     "topics", "sr", "extra", "rail", "more",
                                                     "skip", "print", "rss", "tools", "share"};
    unsigned h = NoHint;
    for (const auto p : positive) {
        if (contains(t, p))
            h |= Positive;
    }
    for (const auto s : strong) {
        if (contains(t, s) && !(s == "comment" && t.starts_with("commentary")))
            h |= StrongNegative;
    }
    for (const auto s : strongExact) {
        if (t == s)
            h |= StrongNegative;
    }
    if (t.starts_with("nav"))
        h |= WeakNegative;
    for (const auto w : weak) {
        if (contains(t, w))
            h |= WeakNegative;
    }
    for (const auto w : weakExact) {
        if (t == w)
            h |= WeakNegative;
    }
    return h;
}

unsigned computeClassHints(const std::string &s)
{
    unsigned h = NoHint;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i])))
            ++i;
        std::size_t j = i;
        while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j])))
            ++j;
        if (j > i)
            h |= tokenHints(std::string_view(s).substr(i, j - i));
        i = j;
    }
    return h;
}

/** Hints of an element's class and id; pages repeat the same few, so results are cached. */
unsigned classHints(const GumboNode *n)
{
    if (!isElement(n) || n->v.element.attributes.length == 0)
        return NoHint;
    const std::string_view cls = attribute(n, "class");
    const std::string_view id = attribute(n, "id");
    if (cls.empty() && id.empty())
        return NoHint;
    thread_local std::unordered_map<std::string, unsigned> cache;
    std::string key;
    key.reserve(cls.size() + id.size() + 1);
    key.append(cls).append(1, ' ').append(id);
    const auto it = cache.find(key);
    if (it != cache.end())
        return it->second;
    if (cache.size() > 20000)
        cache.clear();
    const unsigned h = computeClassHints(lowered(key));
    cache.emplace(std::move(key), h);
    return h;
}

// --- furniture pre-filter ----------------------------------------------------------------------

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

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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

/**
 * Reads the markup at @p lt (a '<') the way the HTML tokenizer does. True for a start or end
 * tag; false for text, a comment or a bogus comment (`<!…>`, `<?…>`, `</>`), whose end is
 * then tag.end. A tag cut off by the end of the input ends there.
 */
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
    i = j;
    bool seenClass = false, seenId = false;
    while (i < n) {
        const char c = s[i];
        if (isAsciiSpace(c)) {
            ++i;
            continue;
        }
        if (c == '>') {
            tag.end = i + 1;
            return true;
        }
        if (c == '/') {
            ++i;
            if (i < n && s[i] == '>') {
                tag.selfClosing = true;
                tag.end = i + 1;
                return true;
            }
            continue;
        }
        const qsizetype nameStart = i++;
        while (i < n && !isAsciiSpace(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=')
            ++i;
        const std::string_view name(s.data() + nameStart, std::size_t(i - nameStart));
        qsizetype k = i;
        while (k < n && isAsciiSpace(s[k]))
            ++k;
        std::string_view value;
        if (k < n && s[k] == '=') {
            i = k + 1;
            while (i < n && isAsciiSpace(s[i]))
                ++i;
            if (i < n && (s[i] == '"' || s[i] == '\'')) {
                const qsizetype close = s.indexOf(s[i], i + 1);
                const qsizetype e = close < 0 ? n : close;
                value = std::string_view(s.data() + i + 1, std::size_t(e - i - 1));
                i = close < 0 ? n : close + 1;
            } else {
                const qsizetype v = i;
                while (i < n && !isAsciiSpace(s[i]) && s[i] != '>')
                    ++i;
                value = std::string_view(s.data() + v, std::size_t(i - v));
            }
        }
        // the first of duplicate attributes counts, as in the parser
        const auto take = [&](bool &seen, std::string_view &field) {
            if (!seen) {
                seen = true;
                field = value;
                tag.entity |= value.find('&') != std::string_view::npos;
            }
        };
        if (equalsNoCase(name, "class"))
            take(seenClass, tag.cls);
        else if (equalsNoCase(name, "id"))
            take(seenId, tag.id);
        else if (equalsNoCase(name, "itemprop"))
            tag.hasItemprop = true;
    }
    tag.end = n;
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

/** Elements whose content the tokenizer does not read as markup. */
bool isRawTextTag(std::string_view name)
{
    static constexpr std::string_view raw[] = {"script", "style",   "noscript", "iframe",
                                               "template", "svg",   "math",     "noembed",
                                               "noframes", "xmp",   "textarea", "title",
                                               "plaintext"};
    return std::find(std::begin(raw), std::end(raw), name) != std::end(raw);
}

/**
 * Start tags that change the tree beyond the element they stand in, or that make an element
 * part of the article (the headline, <main>): a subtree holding one is never emptied.
 */
bool isUnsafeInSubtree(std::string_view name)
{
    static constexpr std::string_view unsafe[] = {"h1",   "main",     "form",  "html",
                                                  "body", "frameset", "select", "head"};
    return std::find(std::begin(unsafe), std::end(unsafe), name) != std::end(unsafe);
}

/** Start tags that close an open paragraph (HTML's "close a p element"). */
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

/** Elements whose end tag the parser supplies when they are left open ("implied end tags"). */
bool hasImpliedEnd(std::string_view name)
{
    static constexpr std::string_view tags[] = {"p",        "li", "dd", "dt", "option",
                                                "optgroup", "rb", "rp", "rt", "rtc"};
    return std::find(std::begin(tags), std::end(tags), name) != std::end(tags);
}

/** Position of the "</" that ends a raw-text element's content starting at @p from, or -1. */
qsizetype rawTextEnd(QByteArrayView s, qsizetype from, std::string_view name)
{
    const QByteArrayView word(name.data(), qsizetype(name.size()));
    for (qsizetype close = from;; close += 2) {
        close = s.indexOf("</", close);
        if (close < 0 || startsWithNoCase(s, close + 2, word))
            return close;
    }
}

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
    QByteArray shrink(const QByteArray &page)
    {
        m_page = page;
        m_runs.clear();
        if (page.contains(kMarker))
            return page;
        const QByteArrayView s(m_page);
        QByteArray out;
        out.reserve(page.size() / 2);
        qsizetype copied = 0, pos = 0;
        RawTag tag;
        while (pos < s.size()) {
            const qsizetype lt = s.indexOf('<', pos);
            const qsizetype textEnd = lt < 0 ? s.size() : lt;
            copied = replaceRuns(s, pos, textEnd, copied, out);
            if (lt < 0)
                break;
            const bool isTag = scanTag(s, lt, tag);
            if (isTag && tag.name == "frameset") {
                m_runs.clear(); // (where text is dropped and spaces kept one by one)
                return page;
            }
            pos = tag.end;
            if (isTag && !tag.closing && isRawTextTag(tag.name)) {
                const qsizetype close = rawTextEnd(s, tag.end, tag.name);
                pos = close < 0 ? s.size() : close;
            }
        }
        if (m_runs.empty())
            return page;
        out.append(s.sliced(copied));
        return out;
    }

    /** Puts the runs back into the text and attribute values of the tree at @p root. */
    void restore(GumboNode *root, Arena &arena) const
    {
        if (m_runs.empty())
            return;
        std::vector<GumboNode *> todo{root};
        while (!todo.empty()) {
            GumboNode *n = todo.back();
            todo.pop_back();
            GumboVector *children = childrenToEdit(n);
            if (!children) {
                n->v.text.text = restored(n->v.text.text, arena);
                continue;
            }
            if (isElement(n)) {
                for (unsigned i = 0; i < n->v.element.attributes.length; ++i) {
                    auto *a = static_cast<GumboAttribute *>(n->v.element.attributes.data[i]);
                    a->value = restored(a->value, arena);
                }
            }
            for (unsigned i = 0; i < children->length; ++i)
                todo.push_back(static_cast<GumboNode *>(children->data[i]));
        }
    }

private:
    static constexpr char kMarker[] = "\xEE\x80\x80"; // U+E000, then two digits
    static constexpr int kDigits = 4096;              // U+E001 to U+F000
    static constexpr qsizetype kPlaceholder = 9;
    static constexpr qsizetype kMinRun = 32;

    /** Bytes that end a run: markup, and the controls gumbo replaces with U+FFFD. */
    static bool breaksRun(char c) { return hasClass(c, kBreaksRun); }

    /**
     * Length of the UTF-8 sequence at @p i when it encodes a code point gumbo replaces with
     * U+FFFD (C1 controls, noncharacters), else 0. The page is valid UTF-8 (from a QString).
     */
    static int replacedSequence(QByteArrayView s, qsizetype i, qsizetype to)
    {
        const auto b = [&](qsizetype k) {
            return k < to ? int(static_cast<unsigned char>(s[k])) : 0;
        };
        const int lead = b(i);
        if (lead == 0xC2 && b(i + 1) >= 0x80 && b(i + 1) <= 0x9F)
            return 2; // U+0080 to U+009F
        if (lead == 0xEF && b(i + 1) == 0xB7 && b(i + 2) >= 0x90 && b(i + 2) <= 0xAF)
            return 3; // U+FDD0 to U+FDEF
        if (lead == 0xEF && b(i + 1) == 0xBF && b(i + 2) >= 0xBE)
            return 3; // U+FFFE, U+FFFF
        if (lead >= 0xF0 && (b(i + 1) & 0x0F) == 0x0F && b(i + 2) == 0xBF && b(i + 3) >= 0xBE)
            return 4; // U+1FFFE, U+1FFFF, ... U+10FFFF
        return 0;
    }

    static void putDigit(QByteArray &out, int digit)
    {
        const int cp = 0xE001 + digit;
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }

    static int digitAt(const char *p)
    {
        const auto b = [p](int i) { return int(static_cast<unsigned char>(p[i])); };
        if ((b(0) & 0xF0) != 0xE0 || (b(1) & 0xC0) != 0x80 || (b(2) & 0xC0) != 0x80)
            return -1;
        const int cp = ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
        return cp >= 0xE001 && cp < 0xE001 + kDigits ? cp - 0xE001 : -1;
    }

    /** Replaces the runs in the text [from, to) of the page; returns the new copied offset. */
    qsizetype replaceRuns(QByteArrayView s, qsizetype from, qsizetype to, qsizetype copied,
                          QByteArray &out)
    {
        qsizetype i = from;
        while (i < to) {
            // the bytes that break runs, skipped
            while (i < to) {
                if (const int n = replacedSequence(s, i, to)) {
                    i += n;
                    continue;
                }
                if (!breaksRun(s[i]))
                    break;
                if (s[i++] != '&')
                    continue;
                // a character reference stays whole, outside the run
                while (i < to &&
                       (isAsciiAlpha(s[i]) || (s[i] >= '0' && s[i] <= '9') || s[i] == '#'))
                    ++i;
                if (i < to && s[i] == ';')
                    ++i;
            }
            qsizetype end = i;
            while (end < to && !breaksRun(s[end])) {
                if (static_cast<unsigned char>(s[end]) >= 0xC2 && replacedSequence(s, end, to))
                    break;
                ++end;
            }
            qsizetype a = i, b = end;
            while (a < b && isAsciiSpace(s[a]))
                ++a;
            while (b > a && isAsciiSpace(s[b - 1]))
                --b;
            // (a UTF-8 sequence is never cut: no byte of one breaks a run or is a space)
            if (b - a >= kMinRun && m_runs.size() < std::size_t(kDigits) * kDigits) {
                out.append(s.sliced(copied, a - copied));
                const auto index = int(m_runs.size());
                out.append(kMarker);
                putDigit(out, index / kDigits);
                putDigit(out, index % kDigits);
                m_runs.emplace_back(a, b - a);
                copied = b;
            }
            i = end;
        }
        return copied;
    }

    /** @p text with its placeholders replaced (a copy in @p arena), or @p text. */
    const char *restored(const char *text, Arena &arena) const
    {
        const char *first = std::strstr(text, kMarker);
        if (!first)
            return text;
        std::string out(text, first);
        for (const char *p = first; *p;) {
            const int hi = std::strncmp(p, kMarker, 3) == 0 ? digitAt(p + 3) : -1;
            const int lo = hi < 0 ? -1 : digitAt(p + 6);
            const std::size_t index = std::size_t(hi) * kDigits + std::size_t(lo);
            if (lo < 0 || index >= m_runs.size()) {
                out.push_back(*p++);
                continue;
            }
            const auto [at, length] = m_runs[index];
            out.append(m_page.constData() + at, std::size_t(length));
            p += kPlaceholder;
            const char *next = std::strstr(p, kMarker);
            const char *stop = next ? next : p + std::strlen(p);
            out.append(p, stop);
            p = stop;
        }
        auto *copy = static_cast<char *>(Arena::allocate(&arena, out.size() + 1));
        std::memcpy(copy, out.c_str(), out.size() + 1);
        return copy;
    }

    QByteArray m_page;
    std::vector<std::pair<qsizetype, qsizetype>> m_runs; // offset and length in m_page
};

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
qsizetype subtreeEnd(QByteArrayView s, qsizetype from, std::string_view root, qsizetype &budget)
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

/**
 * Empties page furniture (see isFurnitureRoot()) before the page goes to gumbo: on pages with
 * a long comment thread or big related-link blocks those are most of the markup, and gumbo
 * costs about the same for every tag. Only plainly nested subtrees are emptied (their start
 * and end tags stay), so the tree gumbo builds is the same but for their missing content,
 * which extraction would remove anyway. Scanning is linear: candidates that turn out not to be
 * plainly nested cost at most a few passes over the input in all.
 */
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

// --- text --------------------------------------------------------------------------------------

/** Appends UTF-8 text with white space collapsed (NBSP counts as space; soft hyphens vanish). */
class TextSink
{
public:
    std::string buf;
    bool pendingSpace = false;
    /** How often the text was taken (a paragraph ended): positions in buf from before are void. */
    std::size_t takes = 0;

    void append(std::string_view s)
    {
        const std::size_t n = s.size();
        for (std::size_t i = 0; i < n; ++i) {
            // the bytes up to the next space or the first byte of one of the characters below,
            // copied at once
            std::size_t plain = i;
            while (plain < n && !hasClass(s[plain], kSinkSpecial))
                ++plain;
            if (plain > i) {
                putSpace();
                buf.append(s.data() + i, plain - i);
                i = plain - 1;
                continue;
            }
            const char c = s[i];
            if (isAsciiSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (c == '\xC2' && i + 1 < n && (s[i + 1] == '\xA0' || s[i + 1] == '\xAD')) {
                pendingSpace |= s[i + 1] == '\xA0';
                ++i;
                continue;
            }
            // zero-width space, joiners and BOM
            if (c == '\xE2' && i + 2 < n && s[i + 1] == '\x80'
                && (s[i + 2] == '\x8B' || s[i + 2] == '\x8C' || s[i + 2] == '\x8D')) {
                i += 2;
                continue;
            }
            if (c == '\xEF' && i + 2 < n && s[i + 1] == '\xBB' && s[i + 2] == '\xBF') {
                i += 2;
                continue;
            }
            putSpace();
            buf += c;
        }
    }
    /** Writes a pending space now (unless at the start or after a space). */
    void putSpace()
    {
        if (pendingSpace && !buf.empty() && buf.back() != ' ')
            buf += ' ';
        pendingSpace = false;
    }
    QString take()
    {
        while (!buf.empty() && buf.back() == ' ')
            buf.pop_back();
        QString s = QString::fromUtf8(buf.data(), qsizetype(buf.size()));
        buf.clear();
        pendingSpace = false;
        ++takes;
        return s;
    }
};

void collectText(const GumboNode *n, TextSink &sink)
{
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA
        || n->type == GUMBO_NODE_WHITESPACE) {
        sink.append(n->v.text.text);
        return;
    }
    if (!isElement(n) || isNeverText(tagOf(n)))
        return;
    const bool block = isBlockTag(tagOf(n)) || tagOf(n) == GUMBO_TAG_BR;
    if (block)
        sink.pendingSpace = true;
    forEachChild(n, [&](const GumboNode *c) { collectText(c, sink); });
    if (block)
        sink.pendingSpace = true;
}

/** The visible text of a subtree on one line. */
QString textOf(const GumboNode *n)
{
    TextSink sink;
    collectText(n, sink);
    return sink.take();
}

bool startsWithQuoteMark(QStringView s)
{
    static const QString marks = QStringLiteral("\"\u201C\u201D\u201E\u00AB\u00BB\u2018\u2039\u300C");
    return !s.isEmpty() && marks.contains(s.front());
}

QString cleanAuthor(QString s)
{
    s = s.simplified();
    static const QRegularExpression by(QStringLiteral("^(by|von|par|por|door)\\s+"),
                                       QRegularExpression::CaseInsensitiveOption);
    s.remove(by);
    while (!s.isEmpty() && (s.back() == u',' || s.back() == u'|' || s.back() == u'-'))
        s.chop(1);
    return s.trimmed();
}

bool looksLikeUrl(const QString &s)
{
    return s.startsWith(u"http://") || s.startsWith(u"https://") || s.startsWith(u"//");
}

// --- metadata ----------------------------------------------------------------------------------

struct Meta
{
    QHash<QString, QString> tags; ///< lower-cased name/property/itemprop → first content
    QString titleElement;
    QString canonical;
    QString h1;
    QString timeDatetime;  ///< first <time datetime>
    QString timePublished; ///< <time itemprop=datePublished> or <time pubdate>
    QString bylineText;    ///< rel=author, itemprop=author or a byline-classed element
    QList<QByteArray> jsonLd;
};

void collectMeta(const GumboNode *n, Meta &meta)
{
    if (!isElement(n))
        return;
    const GumboTag t = tagOf(n);
    switch (t) {
    case GUMBO_TAG_TITLE:
        if (meta.titleElement.isEmpty()) {
            TextSink sink;
            forEachChild(n, [&](const GumboNode *c) { collectText(c, sink); });
            meta.titleElement = sink.take();
        }
        return;
    case GUMBO_TAG_META: {
        const QString content = qstr(attribute(n, "content")).trimmed();
        if (content.isEmpty())
            return;
        for (const char *key : {"property", "name", "itemprop"}) {
            const QString k = qstr(attribute(n, key)).trimmed().toLower();
            if (!k.isEmpty() && !meta.tags.contains(k))
                meta.tags.insert(k, content);
        }
        return;
    }
    case GUMBO_TAG_LINK:
        if (lowered(attribute(n, "rel")) == "canonical" && meta.canonical.isEmpty())
            meta.canonical = qstr(attribute(n, "href")).trimmed();
        return;
    case GUMBO_TAG_SCRIPT: {
        if (lowered(attribute(n, "type")) != "application/ld+json")
            return;
        QByteArray json;
        forEachChild(n, [&](const GumboNode *c) {
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA
                || c->type == GUMBO_NODE_WHITESPACE)
                json += c->v.text.text;
        });
        meta.jsonLd.append(json);
        return;
    }
    case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
        return;
    case GUMBO_TAG_H1:
        if (meta.h1.isEmpty())
            meta.h1 = textOf(n);
        return;
    case GUMBO_TAG_TIME: {
        const QString dt = qstr(attribute(n, "datetime")).trimmed();
        if (!dt.isEmpty()) {
            if (meta.timeDatetime.isEmpty())
                meta.timeDatetime = dt;
            const bool published = lowered(attribute(n, "itemprop")) == "datepublished"
                                   || gumbo_get_attribute(&n->v.element.attributes, "pubdate");
            if (published && meta.timePublished.isEmpty())
                meta.timePublished = dt;
        }
        return;
    }
    default:
        break;
    }
    if (meta.bylineText.isEmpty() && !isHidden(n)) {
        const bool relAuthor = lowered(attribute(n, "rel")) == "author";
        const bool itemAuthor = lowered(attribute(n, "itemprop")) == "author";
        const std::string cls = lowered(attribute(n, "class"));
        const bool bylineClass = cls.find("byline") != std::string::npos
                                 || cls.find("author") != std::string::npos;
        if (relAuthor || itemAuthor || bylineClass) {
            QString text = cleanAuthor(textOf(n));
            if (!text.isEmpty() && text.size() < 100)
                meta.bylineText = std::move(text);
        }
    }
    forEachChild(n, [&](const GumboNode *c) { collectMeta(c, meta); });
}

bool isArticleType(const QJsonValue &type)
{
    static const QStringList extra = {QStringLiteral("BlogPosting"),
                                      QStringLiteral("LiveBlogPosting"), QStringLiteral("Report")};
    if (type.isArray()) {
        const QJsonArray types = type.toArray();
        return std::any_of(types.begin(), types.end(),
                           [](const QJsonValue &v) { return isArticleType(v); });
    }
    const QString t = type.toString();
    return t.endsWith(u"Article") || extra.contains(t);
}

void indexJsonLd(const QJsonValue &v, QHash<QString, QJsonObject> &byId,
                 QList<QJsonObject> &articles, int depth)
{
    if (depth > 6)
        return;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            indexJsonLd(e, byId, articles, depth + 1);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    const QString id = o.value(u"@id").toString();
    if (!id.isEmpty() && o.size() > 1)
        byId.insert(id, o);
    if (isArticleType(o.value(u"@type")))
        articles.append(o);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it->isObject() || it->isArray())
            indexJsonLd(*it, byId, articles, depth + 1);
    }
}

QString jsonName(const QJsonValue &v, const QHash<QString, QJsonObject> &byId)
{
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList names;
        for (const QJsonValue &e : v.toArray()) {
            const QString n = jsonName(e, byId);
            if (!n.isEmpty() && !names.contains(n))
                names << n;
        }
        return names.join(QStringLiteral(", "));
    }
    QJsonObject o = v.toObject();
    if (!o.contains(u"name") && byId.contains(o.value(u"@id").toString()))
        o = byId.value(o.value(u"@id").toString());
    return o.value(u"name").toString();
}

struct JsonLdArticle
{
    QString headline, author, date, publisher, url;
};

JsonLdArticle readJsonLd(const QList<QByteArray> &scripts, QStringList &warnings)
{
    QHash<QString, QJsonObject> byId;
    QList<QJsonObject> articles;
    for (QByteArray json : scripts) {
        json = json.trimmed();
        if (json.startsWith("<![CDATA[") && json.endsWith("]]>"))
            json = json.mid(9, json.size() - 12);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            warnings << QCoreApplication::translate("HtmlExtractor",
                                                    "Ignored invalid JSON-LD metadata: %1")
                            .arg(error.errorString());
            continue;
        }
        indexJsonLd(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), byId,
                    articles, 0);
    }
    JsonLdArticle out;
    for (const QJsonObject &a : std::as_const(articles)) {
        if (out.headline.isEmpty())
            out.headline = a.value(u"headline").toString().simplified();
        if (out.author.isEmpty())
            out.author = cleanAuthor(jsonName(a.value(u"author"), byId));
        if (out.date.isEmpty())
            out.date = a.value(u"datePublished").toString();
        if (out.publisher.isEmpty())
            out.publisher = jsonName(a.value(u"publisher"), byId).simplified();
        if (out.url.isEmpty()) {
            out.url = a.value(u"url").toString();
            const QJsonValue main = a.value(u"mainEntityOfPage");
            if (out.url.isEmpty())
                out.url = main.isString() ? main.toString() : main[u"@id"].toString();
        }
    }
    return out;
}

// --- content scoring ---------------------------------------------------------------------------

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

class Extraction
{
public:
    Extraction(const GumboNode *root, HtmlExtractor::Mode mode)
        : m_mode(mode)
    {
        m_stats.reserve(4096);
        computeStats(root, false);
    }

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
    Stats computeStats(const GumboNode *n, bool inLink);
    void score(const GumboNode *n);
    double &scoreOf(const GumboNode *n);

    HtmlExtractor::Mode m_mode;
    QHash<const GumboNode *, Stats> m_stats; // (a node-based map took a tenth of a long page)
    std::unordered_map<const GumboNode *, double> m_scores;
    std::vector<const GumboNode *> m_candidates;
};

Stats Extraction::computeStats(const GumboNode *n, bool inLink)
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

double &Extraction::scoreOf(const GumboNode *n)
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

void Extraction::score(const GumboNode *n)
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

std::vector<const GumboNode *> Extraction::content(const GumboNode *body)
{
    score(body);
    struct Scored
    {
        const GumboNode *node;
        double score;
    };
    std::vector<Scored> ranked;
    ranked.reserve(m_candidates.size());
    for (const GumboNode *c : m_candidates)
        ranked.push_back({c, m_scores[c] * (1.0 - stats(c).linkDensity())});
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Scored &a, const Scored &b) { return a.score > b.score; });
    if (ranked.empty())
        return {body};
    const GumboNode *top = ranked.front().node;
    const double topScore = ranked.front().score;

    // Article text split over several containers: climb to the element holding most of them.
    std::vector<const GumboNode *> alternatives;
    for (std::size_t i = 1; i < std::min<std::size_t>(ranked.size(), 6); ++i) {
        if (ranked[i].score >= 0.75 * topScore)
            alternatives.push_back(ranked[i].node);
    }
    if (alternatives.size() >= 2) {
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
            if (inside >= 2) {
                top = p;
                break;
            }
        }
    }

    // The <article> around the body also holds the standfirst; its furniture is dropped later.
    int depth = 0;
    for (const GumboNode *p = top; p && depth < 4; p = p->parent, ++depth) {
        if (tagOf(p) == GUMBO_TAG_ARTICLE) {
            if (!stats(p).removed && stats(p).linkDensity() < 0.3)
                top = p;
            break;
        }
    }

    const GumboNode *parent = top->parent;
    if (!parent || tagOf(top) == GUMBO_TAG_BODY || !isElement(parent))
        return {top};
    // Siblings that belong to the article (a second body part after an ad slot, a lone paragraph).
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

// --- writing paragraphs ------------------------------------------------------------------------

class Writer
{
public:
    Writer(const Extraction &x, const QString &title, const QString &author)
        : m_x(x)
        , m_title(title)
        , m_author(author)
    {
    }

    void walk(const GumboNode *n, bool isRoot = false);
    void flush();
    QList<HtmlArticle::Paragraph> paragraphs;

private:
    bool dropped(const GumboNode *n) const;
    void quote(const GumboNode *n);

    const Extraction &m_x;
    QString m_title;
    QString m_author;
    TextSink m_sink;
    QSet<QString> m_seen;
    int m_heading = 0;
    int m_blockquote = 0;
    int m_q = 0;
    bool m_lastBr = false;
};

bool Writer::dropped(const GumboNode *n) const
{
    const Stats &s = m_x.stats(n);
    if (s.removed)
        return true;
    if (m_x.mode() == HtmlExtractor::Mode::Fragment)
        return false;
    const GumboTag t = tagOf(n);
    if (t == GUMBO_TAG_H1)
        return true; // the headline is written first, from the metadata
    const unsigned h = classHints(n);
    if (h & StrongNegative)
        return true;
    if ((h & WeakNegative) && ((h & Positive) == 0 || s.text < 200))
        return true;
    switch (t) {
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_HEADER:
        return s.linkDensity() > 0.5 && s.commas < 10;
    case GUMBO_TAG_P: case GUMBO_TAG_LI:
        return s.linkDensity() > 0.6;
    default:
        return false;
    }
}

void Writer::flush()
{
    QString text = m_sink.take();
    m_lastBr = false;
    if (text.isEmpty())
        return;
    static const QSet<QString> boilerplate = {
        QStringLiteral("advertisement"), QStringLiteral("advertising"),
        QStringLiteral("sponsored"), QStringLiteral("story continues below advertisement"),
        QStringLiteral("continue reading"), QStringLiteral("read more"),
        QStringLiteral("share this article"), QStringLiteral("skip to content"),
        QStringLiteral("anzeige"), QStringLiteral("publicité")};
    // Old layouts write headline and byline as loose text in front of the first paragraph.
    if (!m_title.isEmpty() && text.size() > m_title.size()
        && text.startsWith(m_title, Qt::CaseInsensitive)) {
        text = text.mid(m_title.size()).trimmed();
    }
    // (case-folded only when short: folding every paragraph of a long article cost a tenth)
    if ((text.size() <= 40 && boilerplate.contains(text.toCaseFolded()))
        || (text.size() == m_title.size() && text.compare(m_title, Qt::CaseInsensitive) == 0)
        || m_seen.contains(text))
        return;
    if (text.startsWith(u"copyright", Qt::CaseInsensitive) || text.startsWith(u'\u00A9')
        || text.startsWith(u"(c) ", Qt::CaseInsensitive))
        return;
    const bool inQuoteOrHeading = m_blockquote > 0 || m_heading > 0;
    if (!inQuoteOrHeading && !m_author.isEmpty() && text.size() < 120
        && text.contains(m_author, Qt::CaseInsensitive)
        && (text.startsWith(u"by ", Qt::CaseInsensitive)
            || text.startsWith(m_author, Qt::CaseInsensitive)))
        return; // byline
    if (!inQuoteOrHeading && paragraphs.isEmpty() && m_x.mode() == HtmlExtractor::Mode::Page
        && text.split(u' ', Qt::SkipEmptyParts).size() < 4
        && !QStringLiteral(".!?\u201D\"").contains(text.back()))
        return; // a kicker or section label above the article
    m_seen.insert(text);
    HtmlArticle::Kind kind = HtmlArticle::Kind::Body;
    if (m_blockquote > 0) {
        kind = HtmlArticle::Kind::Quote;
        if (!startsWithQuoteMark(text))
            text = u'\u201C' + text + u'\u201D';
    } else if (m_heading > 0) {
        kind = HtmlArticle::Kind::Heading;
    }
    paragraphs.append({text, kind});
}

void Writer::quote(const GumboNode *n)
{
    m_sink.putSpace();
    const std::size_t start = m_sink.buf.size();
    const std::size_t takes = m_sink.takes;
    ++m_q;
    forEachChild(n, [&](const GumboNode *c) { walk(c); });
    --m_q;
    if (m_sink.takes != takes)
        return; // a block inside the <q> ended the paragraph: its start is gone, no marks
    const QString inner = QString::fromUtf8(m_sink.buf.data() + start,
                                            qsizetype(m_sink.buf.size() - start));
    if (inner.trimmed().isEmpty() || startsWithQuoteMark(inner))
        return;
    const bool nested = m_q > 0;
    m_sink.buf.insert(start, nested ? "\u2018" : "\u201C");
    while (!m_sink.buf.empty() && m_sink.buf.back() == ' ') {
        m_sink.buf.pop_back();
        m_sink.pendingSpace = true;
    }
    m_sink.buf += nested ? "\u2019" : "\u201D";
}

void Writer::walk(const GumboNode *n, bool isRoot)
{
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA
        || n->type == GUMBO_NODE_WHITESPACE) {
        const std::size_t before = m_sink.buf.size();
        m_sink.append(n->v.text.text);
        if (m_sink.buf.size() != before)
            m_lastBr = false;
        return;
    }
    if (!isElement(n))
        return;
    if (!isRoot && dropped(n)) {
        if (isBlockTag(tagOf(n)))
            flush();
        return;
    }
    const GumboTag t = tagOf(n);
    if (t == GUMBO_TAG_BR) {
        if (m_lastBr)
            flush();
        m_sink.pendingSpace = true;
        m_lastBr = true;
        return;
    }
    if (t == GUMBO_TAG_Q) {
        quote(n);
        return;
    }
    if (!isBlockTag(t)) {
        forEachChild(n, [&](const GumboNode *c) { walk(c); });
        return;
    }
    flush();
    const bool heading = t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
    const bool blockquote = t == GUMBO_TAG_BLOCKQUOTE;
    m_heading += heading;
    m_blockquote += blockquote;
    forEachChild(n, [&](const GumboNode *c) { walk(c); });
    flush();
    m_heading -= heading;
    m_blockquote -= blockquote;
}

const GumboNode *findChild(const GumboNode *n, GumboTag tag)
{
    const GumboNode *found = nullptr;
    forEachChild(n, [&](const GumboNode *c) {
        if (!found && tagOf(c) == tag)
            found = c;
    });
    return found;
}

QString firstOf(const Meta &meta, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QString v = meta.tags.value(QString::fromLatin1(k)).simplified();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

} // namespace

// --- public ------------------------------------------------------------------------------------

QString HtmlArticle::text() const
{
    QStringList parts;
    parts.reserve(paragraphs.size() + 1);
    if (!title.isEmpty())
        parts << title;
    for (const Paragraph &p : paragraphs)
        parts << p.text;
    return parts.join(QStringLiteral("\n\n"));
}

QDateTime HtmlExtractor::parseDate(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(v, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(v, Qt::ISODate);
    if (!dt.isValid() && v.size() > 10 && v[10] == u' ') {
        QString t = v;
        t[10] = u'T';
        t.remove(QRegularExpression(QStringLiteral("\\s+(?=[+-]\\d\\d:?\\d\\d$|Z$)")));
        dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    }
    if (!dt.isValid()) {
        static const QRegularExpression zone(QStringLiteral("\\s(GMT|UTC|UT)$"));
        QString rfc = v;
        rfc.replace(zone, QStringLiteral(" +0000"));
        dt = QDateTime::fromString(rfc, Qt::RFC2822Date);
    }
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(v.left(10), Qt::ISODate);
        if (d.isValid())
            dt = d.startOfDay(QTimeZone::UTC);
    }
    return dt;
}

QString HtmlExtractor::cleanTitle(const QString &title, const QString &site)
{
    QString t = title.simplified();
    static const QStringList separators = {QStringLiteral(" | "), QStringLiteral(" - "),
                                           QStringLiteral(" \u2013 "), QStringLiteral(" \u2014 "),
                                           QStringLiteral(" :: "), QStringLiteral(" \u00B7 "),
                                           QStringLiteral(" / "), QStringLiteral(" \u00BB ")};
    const QString s = site.simplified();
    for (const QString &sep : separators) {
        if (!s.isEmpty() && t.endsWith(sep + s, Qt::CaseInsensitive))
            return t.left(t.size() - sep.size() - s.size()).trimmed();
        if (!s.isEmpty() && t.startsWith(s + sep, Qt::CaseInsensitive))
            return t.mid(s.size() + sep.size()).trimmed();
    }
    auto words = [](QStringView v) {
        return v.trimmed().split(u' ', Qt::SkipEmptyParts).size();
    };
    qsizetype best = -1, bestSep = 0;
    for (const QString &sep : separators) {
        const qsizetype at = t.lastIndexOf(sep);
        if (at > best) {
            best = at;
            bestSep = sep.size();
        }
    }
    if (best > 0) {
        const QStringView head = QStringView(t).left(best);
        const QStringView tail = QStringView(t).mid(best + bestSep);
        if (words(tail) <= 4 && words(head) >= 3)
            return head.trimmed().toString();
    }
    return t;
}

HtmlArticle HtmlExtractor::extract(const QByteArray &bytes, QByteArrayView httpCharset, Mode mode)
{
    HtmlCharset::Decoded decoded = HtmlCharset::decode(bytes, httpCharset);
    HtmlArticle article = extractString(decoded.text, mode);
    article.charset = decoded.charset;
    article.warnings = decoded.warnings + article.warnings;
    return article;
}

namespace {

/**
 * The tree of @p utf8 (the arena owns it, and frees it when it goes out of scope); @p parsed
 * keeps the bytes gumbo read, which the tree's original_* fields point into.
 */
GumboOutput *parse(const QByteArray &utf8, Arena &arena, bool shrinkRuns, QByteArray &parsed)
{
    TextRuns runs;
    parsed = shrinkRuns ? runs.shrink(utf8) : utf8;
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    options.allocator = &Arena::allocate;
    options.deallocator = &Arena::deallocate;
    options.userdata = &arena;
    GumboOutput *output =
        gumbo_parse_with_options(&options, parsed.constData(), std::size_t(parsed.size()));
    runs.restore(output->document, arena);
    return output;
}

} // namespace

QString html::treeOf(const QString &html, bool shrinkRuns)
{
    Arena arena;
    QByteArray parsed;
    const GumboOutput *output = parse(html.toUtf8(), arena, shrinkRuns, parsed);
    QString out;
    std::vector<std::pair<const GumboNode *, int>> todo{{output->document, 0}};
    while (!todo.empty()) {
        const auto [n, depth] = todo.back();
        todo.pop_back();
        out += QString(depth, u' ');
        if (isElement(n)) {
            out += u'<' + QString::fromUtf8(gumbo_normalized_tagname(n->v.element.tag));
            if (n->v.element.tag == GUMBO_TAG_UNKNOWN)
                out += QString::fromUtf8(n->v.element.original_tag.data,
                                         qsizetype(n->v.element.original_tag.length));
            for (unsigned i = 0; i < n->v.element.attributes.length; ++i) {
                const auto *a =
                    static_cast<const GumboAttribute *>(n->v.element.attributes.data[i]);
                out +=
                    u' ' + QString::fromUtf8(a->name) + u"=\"" + QString::fromUtf8(a->value) + u'"';
            }
            out += u">\n";
        } else if (n->type != GUMBO_NODE_DOCUMENT) {
            out += u'#' + QString::number(int(n->type)) + u' ' + QString::fromUtf8(n->v.text.text) +
                   u'\n';
        }
        const GumboVector &children = childrenOf(n);
        if (n->type == GUMBO_NODE_DOCUMENT || isElement(n)) {
            for (unsigned i = children.length; i-- > 0;)
                todo.emplace_back(static_cast<const GumboNode *>(children.data[i]), depth + 1);
        }
    }
    return out;
}

HtmlArticle HtmlExtractor::extractString(const QString &html, Mode mode)
{
    HtmlArticle article;
    QByteArray utf8 = dropRawText(html.toUtf8());
    if (mode == Mode::Page)
        utf8 = dropFurniture(utf8);
    Arena arena;
    QByteArray parsed;
    GumboOutput *output = parse(utf8, arena, true, parsed);
    article.charset = "UTF-8";
    if (flattenDeep(output->document, arena)) {
        article.warnings << QCoreApplication::translate(
                                "HtmlExtractor",
                                "The page nests its markup more than %1 levels deep: the "
                                "deeper parts are read as plain text")
                                .arg(kMaxDepth);
    }

    Meta meta;
    collectMeta(output->root, meta);
    const JsonLdArticle ld = readJsonLd(meta.jsonLd, article.warnings);

    article.site = firstOf(meta, {"og:site_name", "application-name", "twitter:site"});
    if (article.site.isEmpty() || article.site.startsWith(u'@'))
        article.site = ld.publisher.isEmpty() ? article.site : ld.publisher;
    QString title = ld.headline;
    if (title.isEmpty())
        title = firstOf(meta, {"og:title", "twitter:title", "headline", "sailthru.title"});
    if (title.isEmpty())
        title = meta.h1;
    if (title.isEmpty())
        title = meta.titleElement;
    article.title = cleanTitle(title, article.site);

    article.author = ld.author;
    if (article.author.isEmpty()) {
        const QString a = firstOf(meta, {"author", "article:author", "byl", "parsely-author",
                                         "sailthru.author", "dc.creator"});
        if (!looksLikeUrl(a))
            article.author = cleanAuthor(a);
    }
    if (article.author.isEmpty())
        article.author = meta.bylineText;

    const QString dateCandidates[] = {
        ld.date,
        firstOf(meta, {"article:published_time", "datepublished", "og:article:published_time",
                       "pubdate", "publishdate", "publish-date", "parsely-pub-date",
                       "sailthru.date", "dc.date.issued", "dcterms.created", "date"}),
        meta.timePublished, meta.timeDatetime};
    for (const QString &d : dateCandidates) {
        article.published = parseDate(d);
        if (article.published.isValid())
            break;
    }

    article.url = firstOf(meta, {"og:url"});
    if (article.url.isEmpty())
        article.url = meta.canonical;
    if (article.url.isEmpty())
        article.url = ld.url;

    const GumboNode *body = findChild(output->root, GUMBO_TAG_BODY);
    if (!body)
        return article;
    Extraction x(body, mode);
    if (mode == Mode::Fragment) {
        Writer writer(x, QString(), QString());
        writer.walk(body, true);
        writer.flush();
        article.paragraphs = writer.paragraphs;
        article.title.clear();
        if (!article.paragraphs.isEmpty()
            && article.paragraphs.front().kind == HtmlArticle::Kind::Heading)
            article.title = article.paragraphs.takeFirst().text;
        return article;
    }
    Writer writer(x, article.title, article.author);
    for (const GumboNode *n : x.content(body)) {
        writer.walk(n, true);
        writer.flush();
    }
    article.paragraphs = writer.paragraphs;
    if (article.paragraphs.isEmpty())
        article.warnings << QCoreApplication::translate("HtmlExtractor",
                                                        "No article text found in the page");
    return article;
}

Document HtmlExtractor::toDocument(const HtmlArticle &article, const QString &source)
{
    Document doc(toNfc(article.text()), source);
    doc.format = QStringLiteral("html");
    doc.metaTitle = article.title;
    doc.metaAuthor = article.author;
    doc.metaSite = article.site;
    doc.metaDate = article.published;
    doc.metaUrl = article.url;
    const QUrl url(source);
    if (doc.metaUrl.isEmpty() && (url.scheme() == u"http" || url.scheme() == u"https"))
        doc.metaUrl = source;
    doc.warnings = article.warnings;
    return doc;
}

Document HtmlExtractor::load(const QByteArray &bytes, const QString &source,
                             QByteArrayView httpCharset)
{
    return toDocument(extract(bytes, httpCharset), source);
}

} // namespace gloss
