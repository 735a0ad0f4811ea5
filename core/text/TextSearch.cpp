#include "TextSearch.h"

#include <algorithm>

namespace gloss {

TextSearch::TextSearch(const QString &phrase, Options options)
    : m_phrase(phrase.normalized(QString::NormalizationForm_C)) // as the text (core/text/Nfc)
    , m_options(options)
    , m_matcher(m_phrase, options.testFlag(MatchCase) ? Qt::CaseSensitive : Qt::CaseInsensitive)
{
    m_wordAtStart = isWordCharacter(codePointAt(m_phrase, 0));
    m_wordAtEnd = isWordCharacter(codePointBefore(m_phrase, m_phrase.size()));
}

bool TextSearch::isWordCharacter(char32_t c)
{
    if (c == 0)
        return false;
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

char32_t TextSearch::codePointAt(QStringView text, qsizetype pos)
{
    if (pos < 0 || pos >= text.size())
        return 0;
    const QChar c = text.at(pos);
    if (c.isHighSurrogate() && pos + 1 < text.size() && text.at(pos + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(pos + 1));
    return c.unicode();
}

char32_t TextSearch::codePointBefore(QStringView text, qsizetype pos)
{
    if (pos <= 0 || pos > text.size())
        return 0;
    const QChar c = text.at(pos - 1);
    if (c.isLowSurrogate() && pos >= 2 && text.at(pos - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(pos - 2), c);
    return c.unicode();
}

bool TextSearch::acceptsAt(QStringView text, qsizetype start) const
{
    if (!m_options.testFlag(WholeWords))
        return true;
    if (m_wordAtStart && isWordCharacter(codePointBefore(text, start)))
        return false;
    return !(m_wordAtEnd && isWordCharacter(codePointAt(text, start + m_phrase.size())));
}

QList<qsizetype> TextSearch::findAll(QStringView text, const std::function<bool()> &canceled) const
{
    QList<qsizetype> matches;
    const qsizetype n = m_phrase.size();
    if (n == 0 || n > text.size())
        return matches;
    qsizetype from = 0;
    while (from <= text.size() - n) {
        if (canceled && canceled())
            break;
        // one chunk of start positions at a time: [from, chunkEnd)
        const qsizetype chunkEnd = std::min(text.size() - n + 1, from + kChunk);
        const QStringView window = text.first(chunkEnd + n - 1);
        qsizetype at = from;
        while ((at = m_matcher.indexIn(window, at)) >= 0) {
            if (acceptsAt(text, at)) {
                matches.append(at);
                at += n;
            } else {
                ++at;
            }
        }
        // a match may have ended beyond the chunk: go on after it
        from = std::max(chunkEnd, matches.isEmpty() ? chunkEnd : matches.constLast() + n);
    }
    return matches;
}

QList<Span> TextSearch::paragraphSpans(const Article &article)
{
    QList<Span> spans;
    spans.reserve(article.paragraphs.size());
    qsizetype end = 0;
    for (const Paragraph &p : article.paragraphs) {
        spans.append(p.span);
        end = std::max(end, p.span.end);
    }
    // the text the analysis did not reach: one paragraph per non-blank line
    const QString &text = article.document.text();
    while (end < text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', end);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = QStringView(text).sliced(end, lineEnd - end);
        if (!line.trimmed().isEmpty())
            spans.append({end, lineEnd});
        end = lineEnd + 1;
    }
    return spans;
}

QList<TextSearch::ParagraphHits> TextSearch::countPerParagraph(const QList<qsizetype> &matches,
                                                               const QList<Span> &paragraphs)
{
    QList<ParagraphHits> hits;
    if (paragraphs.isEmpty() || matches.isEmpty())
        return hits;
    qsizetype p = 0;
    for (qsizetype m = 0; m < matches.size(); ++m) {
        const qsizetype at = matches.at(m);
        // the first paragraph that ends after the match starts (or the last one)
        while (p + 1 < paragraphs.size() && paragraphs.at(p).end <= at)
            ++p;
        if (hits.isEmpty() || hits.constLast().paragraph != p)
            hits.append({int(p), paragraphs.at(p), int(m), 0});
        ++hits.last().count;
    }
    return hits;
}

TextSearch::Result TextSearch::run(const QString &text, const QList<Span> &paragraphs,
                                   const QString &phrase, Options options,
                                   const std::function<bool()> &canceled)
{
    Result r;
    const TextSearch search(phrase, options);
    r.length = search.phrase().size();
    r.matches = search.findAll(text, canceled);
    r.canceled = canceled && canceled();
    if (!r.canceled)
        r.paragraphs = countPerParagraph(r.matches, paragraphs);
    return r;
}

int TextSearch::Result::paragraphOfMatch(int match) const
{
    if (match < 0 || match >= matches.size())
        return -1;
    const auto it =
        std::upper_bound(paragraphs.cbegin(), paragraphs.cend(), match,
                         [](int m, const ParagraphHits &h) { return m < h.firstMatch; });
    return it == paragraphs.cbegin() ? -1 : int(it - paragraphs.cbegin()) - 1;
}

} // namespace gloss
