#include "ArticleIndex.h"

#include "ReadingTheme.h"

#include <QSet>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace gloss {

void ArticleIndex::build(const Article &article, const QTextDocument *document)
{
    *this = ArticleIndex();
    if (document) {
        m_blockStarts.reserve(document->blockCount());
        for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
            m_blockStarts.append(b.position());
    } else {
        // the block separators QTextDocument makes of plain text
        const QString &text = article.document.text();
        m_blockStarts.append(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator)
                m_blockStarts.append(i + 1);
        }
    }
    m_runs.resize(m_blockStarts.size());

    m_speakerIndex = SpeakerIndex(article);
    for (int i = 0; i < article.quotes.size(); ++i)
        addRuns(article.quotes.at(i).span, Kind::Quote, i);
    assignColorSlots();
    for (int e = 0; e < article.entities.size(); ++e) {
        const QList<Span> &mentions = article.entities.at(e).mentions;
        for (int m = 0; m < mentions.size(); ++m)
            addRuns(mentions.at(m), Kind::Mention, e, m);
    }
    for (int c = 0; c < article.claims.size(); ++c)
        addRuns(article.claims.at(c).span, Kind::Claim, c);
    for (QList<Run> &list : m_runs) {
        std::stable_sort(list.begin(), list.end(), [](const Run &a, const Run &b) {
            return a.kind != b.kind ? a.kind < b.kind : a.start < b.start;
        });
    }

    if (!article.dateline.isEmpty()) {
        const QString &text = article.document.text();
        for (const Paragraph &p : article.paragraphs) {
            if (p.role == ParagraphRole::Headline)
                continue;
            if (QStringView(text).mid(p.span.start, p.span.length()).startsWith(article.dateline)) {
                m_dateline = {p.span.start, p.span.start + article.dateline.size()};
                break;
            }
            if (p.role == ParagraphRole::Body)
                break;
        }
    }
}

int ArticleIndex::sharedSlot()
{
    return ReadingTheme::kSpeakerColors;
}

void ArticleIndex::assignColorSlots()
{
    // the most quoted speakers (ties: the earlier first) get a colour of their own ...
    const QList<int> &speakers = m_speakerIndex.speakers();
    QList<int> byQuotes = speakers;
    std::stable_sort(byQuotes.begin(), byQuotes.end(), [this](int a, int b) {
        return m_speakerIndex.quoteCount(a) > m_speakerIndex.quoteCount(b);
    });
    QSet<int> own;
    for (int i = 0; i < byQuotes.size() && i < ReadingTheme::kSpeakerColors; ++i)
        own.insert(byQuotes.at(i));
    // ... in order of their first quote (the first slots differ the most); the rest share one
    int slot = 0;
    for (int e : speakers) {
        if (own.contains(e)) {
            m_slots.insert(e, slot++);
        } else {
            m_slots.insert(e, sharedSlot());
            ++m_sharedColors;
        }
    }
}

const QList<ArticleIndex::Run> &ArticleIndex::runs(int block) const
{
    static const QList<Run> none;
    return block >= 0 && block < m_runs.size() ? m_runs.at(block) : none;
}

int ArticleIndex::blockAt(qsizetype pos) const
{
    if (m_blockStarts.isEmpty())
        return -1;
    const auto it = std::upper_bound(m_blockStarts.cbegin(), m_blockStarts.cend(), pos);
    return int(it - m_blockStarts.cbegin()) - 1;
}

void ArticleIndex::addRuns(const Span &span, Kind kind, int item, int mention)
{
    if (span.isEmpty() || m_blockStarts.isEmpty())
        return;
    int block = blockAt(span.start);
    while (block >= 0 && block < m_blockStarts.size()) {
        const qsizetype bStart = m_blockStarts.at(block);
        if (bStart >= span.end)
            break;
        const qsizetype bEnd = block + 1 < m_blockStarts.size() ? m_blockStarts.at(block + 1) - 1
                                                                : span.end;
        const qsizetype s = std::max(span.start, bStart), e = std::min(span.end, bEnd);
        if (e > s)
            m_runs[block].append({int(s - bStart), int(e - bStart), kind, item, mention});
        ++block;
    }
}

int ArticleIndex::itemAt(qsizetype pos, Kind kind) const
{
    const int block = blockAt(pos);
    if (block < 0)
        return -1;
    const int rel = int(pos - m_blockStarts.at(block));
    int found = -1, foundLength = INT_MAX;
    for (const Run &r : runs(block)) {
        if (r.kind == kind && rel >= r.start && rel < r.end && r.end - r.start <= foundLength) {
            found = r.item;
            foundLength = r.end - r.start;
        }
    }
    return found;
}

int ArticleIndex::quoteAt(qsizetype pos) const
{
    return itemAt(pos, Kind::Quote);
}

int ArticleIndex::entityAt(qsizetype pos) const
{
    return itemAt(pos, Kind::Mention);
}

int ArticleIndex::claimAt(qsizetype pos) const
{
    return itemAt(pos, Kind::Claim);
}

} // namespace gloss
