#include "HtmlClassHints_p.h"
#include "HtmlNodes_p.h"

#include <cctype>
#include <unordered_map>

namespace gloss::html {

namespace {

bool contains(std::string_view token, std::string_view part)
{
    return token.find(part) != std::string_view::npos;
}

} // namespace

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

} // namespace gloss::html
