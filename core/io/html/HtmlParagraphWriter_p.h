#pragma once

// Internal to the HTML extractor: writing the article's elements out as paragraphs.

#include "HtmlExtractor.h"
#include "HtmlText_p.h"

#include <QList>
#include <QSet>
#include <QString>

#include <gumbo.h>

namespace gloss::html {

class ContentScorer;

/**
 * Writes elements out block by block as paragraphs (headings and block quotes marked), without
 * what the scorer removed, the headline, a repeated byline, boilerplate lines ("Advertisement",
 * "Read more"), copyright lines and, in pages, link lists and kickers. `<q>` text and block
 * quotes get curly quotation marks so that the analyser sees them as quotes; two <br> in a row
 * end a paragraph.
 */
class ParagraphWriter
{
public:
    ParagraphWriter(const ContentScorer &scorer, const QString &title, const QString &author)
        : m_scorer(scorer)
        , m_title(title)
        , m_author(author)
    {
    }

    /** Writes the text of @p n; a root is written even when it would be dropped. */
    void walk(const GumboNode *n, bool isRoot = false);
    /** Ends the paragraph being written (kept unless empty, boilerplate or a repeat). */
    void flush();
    /** The paragraphs written so far. */
    QList<HtmlArticle::Paragraph> paragraphs;

private:
    bool dropped(const GumboNode *n) const;
    void quote(const GumboNode *n);

    const ContentScorer &m_scorer;
    QString m_title;
    QString m_author;
    TextSink m_sink;
    QSet<QString> m_seen;
    int m_heading = 0;
    int m_blockquote = 0;
    int m_q = 0;
    bool m_lastBr = false;
};

} // namespace gloss::html
