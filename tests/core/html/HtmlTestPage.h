#pragma once

// For the tests of the HTML extractor's stages: a page parsed as the extractor parses it.

#include "io/html/HtmlArena_p.h"
#include "io/html/HtmlNodes_p.h"
#include "io/html/HtmlTree_p.h"

#include <QByteArray>
#include <QString>

#include <gumbo.h>

namespace gloss::test {

/** The gumbo tree of some markup (long text runs shrunk while parsing, as extraction does). */
class HtmlTestPage
{
public:
    explicit HtmlTestPage(const QString &html, bool shrinkRuns = true)
        : m_output(html::parse(html.toUtf8(), m_arena, shrinkRuns, m_parsed))
    {
    }
    HtmlTestPage(const HtmlTestPage &) = delete;
    HtmlTestPage &operator=(const HtmlTestPage &) = delete;

    GumboNode *document() const { return m_output->document; }
    /** The <html> element. */
    const GumboNode *root() const { return m_output->root; }
    const GumboNode *body() const { return html::findChild(m_output->root, GUMBO_TAG_BODY); }
    html::Arena &arena() { return m_arena; }

    /** The first element (depth first) whose id is @p id, or null. */
    const GumboNode *byId(const char *id) const { return findId(m_output->root, id); }

private:
    static const GumboNode *findId(const GumboNode *n, const char *id)
    {
        if (!html::isElement(n))
            return nullptr;
        if (html::attribute(n, "id") == id)
            return n;
        const GumboNode *found = nullptr;
        html::forEachChild(n, [&](const GumboNode *c) {
            if (!found)
                found = findId(c, id);
        });
        return found;
    }

    html::Arena m_arena;
    QByteArray m_parsed;
    GumboOutput *m_output;
};

} // namespace gloss::test
