#include "HtmlTree_p.h"
#include "HtmlExtractor_p.h"
#include "HtmlNodes_p.h"
#include "HtmlTextRuns_p.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace gloss::html {

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

QString treeOf(const QString &html, bool shrinkRuns)
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
                out += u' ' + QString::fromUtf8(a->name) + u"=\"" + QString::fromUtf8(a->value)
                       + u'"';
            }
            out += u">\n";
        } else if (n->type != GUMBO_NODE_DOCUMENT) {
            out += u'#' + QString::number(int(n->type)) + u' '
                   + QString::fromUtf8(n->v.text.text) + u'\n';
        }
        const GumboVector &children = childrenOf(n);
        if (n->type == GUMBO_NODE_DOCUMENT || isElement(n)) {
            for (unsigned i = children.length; i-- > 0;)
                todo.emplace_back(static_cast<const GumboNode *>(children.data[i]), depth + 1);
        }
    }
    return out;
}

} // namespace gloss::html
