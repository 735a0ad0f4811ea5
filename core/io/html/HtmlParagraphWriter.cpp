#include "HtmlParagraphWriter_p.h"
#include "HtmlClassHints_p.h"
#include "HtmlNodes_p.h"
#include "HtmlScoring_p.h"

namespace gloss::html {

bool ParagraphWriter::dropped(const GumboNode *n) const
{
    const Stats &s = m_scorer.stats(n);
    if (s.removed)
        return true;
    if (m_scorer.mode() == HtmlExtractor::Mode::Fragment)
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

void ParagraphWriter::flush()
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
    if (!inQuoteOrHeading && paragraphs.isEmpty() && m_scorer.mode() == HtmlExtractor::Mode::Page
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

void ParagraphWriter::quote(const GumboNode *n)
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

void ParagraphWriter::walk(const GumboNode *n, bool isRoot)
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
    if (t == GUMBO_TAG_PRE || t == GUMBO_TAG_LISTING) {
        // code (or other preformatted text): kept as written, a paragraph of its own
        const QString code = preformattedText(n);
        if (!code.isEmpty())
            paragraphs.append({code, HtmlArticle::Kind::Code});
        return;
    }
    const bool heading = t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
    const bool blockquote = t == GUMBO_TAG_BLOCKQUOTE;
    m_heading += heading;
    m_blockquote += blockquote;
    forEachChild(n, [&](const GumboNode *c) { walk(c); });
    flush();
    m_heading -= heading;
    m_blockquote -= blockquote;
}

} // namespace gloss::html
