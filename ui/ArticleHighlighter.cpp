#include "ArticleHighlighter.h"

#include "ArticleIndex.h"

#include <KSyntaxHighlighting/Format>

#include <QElapsedTimer>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace gloss {

using KSyntaxHighlighting::Theme;

ArticleHighlighter::ArticleHighlighter(QObject *parent)
    : KSyntaxHighlighting::SyntaxHighlighter(parent)
{
    setDefinition(themes::newsDefinition());
    m_idle.setInterval(0);
    connect(&m_idle, &QTimer::timeout, this, &ArticleHighlighter::highlightSlice);
}

void ArticleHighlighter::attach(QTextDocument *doc)
{
    m_idle.stop();
    m_doc = doc;
    const int blocks = doc ? doc->blockCount() : 0;
    m_states = QList<KSyntaxHighlighting::State>(blocks);
    m_current = QBitArray(blocks);
    m_exact = QBitArray(blocks);
    m_dirtyFrom = m_dirtyTo = -1;
    m_windowFirst = 0;
    m_windowLast = -1;
    invalidate();
}

void ArticleHighlighter::setWindow(int first, int last)
{
    m_windowFirst = first;
    m_windowLast = last;
    if (first < m_current.size())
        m_next = first;
}

void ArticleHighlighter::invalidate()
{
    m_idle.stop();
    const int blocks = int(m_current.size());
    if (!m_doc || blocks == 0 || m_doc->blockCount() != blocks) {
        m_pending = 0;
        return;
    }
    m_current.fill(false);
    m_pending = blocks;
    m_next = 0;
    m_idleSinceWork = 0;
    if (m_doc->characterCount() <= kEagerLength) {
        highlightBlocks(0, blocks - 1);
    } else {
        highlightBlocks(0, 0);
        m_idle.start();
    }
}

void ArticleHighlighter::highlightBlocks(int first, int last)
{
    const int blocks = int(m_current.size());
    if (!m_doc || blocks == 0 || m_doc->blockCount() != blocks || m_pending == 0)
        return;
    first = std::clamp(first, 0, blocks - 1);
    last = std::clamp(last, first, blocks - 1);
    int i = first;
    for (QTextBlock b = m_doc->findBlockByNumber(first); b.isValid() && i <= last;
         b = b.next(), ++i) {
        if (!m_current.testBit(i))
            highlightOne(b, i);
    }
    commit();
    if (m_pending == 0)
        finish();
}

void ArticleHighlighter::highlightSlice()
{
    const int blocks = int(m_current.size());
    if (!m_doc || m_doc->blockCount() != blocks) {
        m_idle.stop();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    QTextBlock b = m_doc->findBlockByNumber(m_next);
    while (m_pending > 0 && clock.elapsed() < kSliceMs) {
        if (!b.isValid() || m_next >= blocks) {
            m_next = 0; // a block coloured out of order is left: once more from the start
            b = m_doc->begin();
        }
        if (!m_current.testBit(m_next) || !m_exact.testBit(m_next)) {
            highlightOne(b, m_next);
            m_idleSinceWork = 0;
        } else if (++m_idleSinceWork > blocks) {
            m_pending = 0; // a whole pass found nothing left to do
        }
        b = b.next();
        ++m_next;
    }
    commit();
    if (m_pending == 0)
        finish();
}

void ArticleHighlighter::finish()
{
    m_idle.stop();
    Q_EMIT completed();
}

void ArticleHighlighter::commit()
{
    if (m_dirtyFrom < 0)
        return;
    int from = m_dirtyFrom, to = m_dirtyTo;
    m_dirtyFrom = m_dirtyTo = -1;
    if (!m_doc)
        return;
    if (m_windowLast >= 0) {
        // hidden blocks are laid out when they are shown: only the window's part is due
        const QTextBlock last = m_doc->findBlockByNumber(m_windowLast);
        from = std::max(from, m_doc->findBlockByNumber(m_windowFirst).position());
        to = std::min(to, last.position() + last.length());
        if (from >= to)
            return;
    }
    const int laidOut = lastLaidOutBlock(m_doc, m_windowFirst, m_windowLast);
    const int lastBlock = m_windowLast >= 0 ? m_windowLast : m_doc->blockCount() - 1;
    if (laidOut >= 0 && laidOut < lastBlock) {
        // QTextDocumentLayout's lazy layout is under way. A relayout of a part would go on past
        // the part laid out, over blocks without lines, take them as laid out (no height) and
        // end the lazy layout: the rest of the text would vanish. Relaid out to the end, the
        // batch is laid out and the lazy layout goes on after it.
        m_doc->markContentsDirty(from, m_doc->characterCount() - from);
        return;
    }
    m_doc->markContentsDirty(from, to - from); // one layout pass for the batch
}

int ArticleHighlighter::lastLaidOutBlock(const QTextDocument *doc, int first, int last)
{
    // QTextDocumentLayout lays out in document order; a block not reached yet has no lines
    const auto laidOut = [doc](int number) {
        const QTextLayout *tl = doc->findBlockByNumber(number).layout();
        return tl && tl->lineCount() > 0;
    };
    int lo = std::max(first, 0);
    int hi = last < 0 ? doc->blockCount() - 1 : std::min(last, doc->blockCount() - 1);
    if (hi < lo || !laidOut(lo))
        return -1;
    if (laidOut(hi))
        return hi;
    while (hi - lo > 1) { // laidOut(lo) and !laidOut(hi)
        const int mid = lo + (hi - lo) / 2;
        (laidOut(mid) ? lo : hi) = mid;
    }
    return lo;
}

void ArticleHighlighter::highlightOne(const QTextBlock &block, int b)
{
    ++m_highlighted;
    const QString text = block.text();
    const int length = int(text.size());
    m_chars.fill(QTextCharFormat(), length);
    const bool inputExact = b == 0 || m_exact.testBit(b - 1);
    const KSyntaxHighlighting::State end =
        highlightLine(text, b > 0 ? m_states.at(b - 1) : KSyntaxHighlighting::State());
    if (isCode(block.position()))
        m_chars.fill(QTextCharFormat(), length); // code is not news prose: no lexical tints
    overlayAnalysis(b, length);

    QList<QTextLayout::FormatRange> ranges;
    for (int i = 0; i < length;) {
        int j = i + 1;
        while (j < length && m_chars.at(j) == m_chars.at(i))
            ++j;
        if (!m_chars.at(i).isEmpty())
            ranges.append({i, j - i, m_chars.at(i)});
        i = j;
    }
    block.layout()->setFormats(ranges);

    const bool wasDone = m_current.testBit(b) && m_exact.testBit(b);
    m_current.setBit(b);
    if (inputExact) {
        // a different state at the end changes how the next block starts
        const int next = b + 1;
        if (m_exact.testBit(b) && end != m_states.at(b) && next < m_exact.size()
            && m_exact.testBit(next)) {
            if (m_current.testBit(next))
                ++m_pending;
            m_exact.clearBit(next);
        }
        m_exact.setBit(b);
    }
    m_states[b] = end;
    if (!wasDone && m_exact.testBit(b))
        --m_pending;

    const int from = block.position(), to = from + block.length();
    m_dirtyFrom = m_dirtyFrom < 0 ? from : std::min(m_dirtyFrom, from);
    m_dirtyTo = std::max(m_dirtyTo, to);
}

bool ArticleHighlighter::isCode(qsizetype position) const
{
    if (!m_article)
        return false;
    const QList<Document::Block> &blocks = m_article->document.blocks; // ascending
    const auto it = std::upper_bound(
        blocks.cbegin(), blocks.cend(), position,
        [](qsizetype pos, const Document::Block &block) { return pos < block.start; });
    return it != blocks.cbegin() && std::prev(it)->kind == Document::Block::Code
           && position < std::prev(it)->end;
}

void ArticleHighlighter::setArticle(const Article *article, const ArticleIndex *index)
{
    m_article = article;
    m_index = index;
    m_filter = -1;
    m_hidden.clear();
    m_roles.clear();
    attach(nullptr);
    if (!article || !index)
        return;
    for (const Paragraph &p : article->paragraphs) {
        if (p.role == ParagraphRole::Body)
            continue;
        const int first = index->blockAt(p.span.start);
        const int last = index->blockAt(std::max(p.span.start, p.span.end - 1));
        for (int b = first; b >= 0 && b <= last; ++b)
            m_roles.insert(b, p.role);
    }
}

void ArticleHighlighter::setReadingTheme(const ReadingTheme &theme)
{
    m_reading = theme;
    m_lexical.clear();
    if (this->theme().name() != theme.theme().name())
        AbstractHighlighter::setTheme(theme.theme()); // not SyntaxHighlighter's: no rehighlight()
    invalidate();
}

void ArticleHighlighter::setLayers(Layers layers)
{
    if (layers == m_layers)
        return;
    m_layers = layers;
    invalidate();
}

void ArticleHighlighter::setSpeakerFilter(int entity)
{
    if (entity == m_filter)
        return;
    m_filter = entity;
    invalidate();
}

void ArticleHighlighter::setHiddenSpeakers(const QSet<int> &entities)
{
    if (entities == m_hidden)
        return;
    m_hidden = entities;
    invalidate();
}

bool ArticleHighlighter::tinted(int entity) const
{
    return entity >= 0 && (m_layers & SpeakerLayer) && !m_hidden.contains(entity)
           && (m_filter < 0 || m_filter == entity);
}

QTextCharFormat ArticleHighlighter::lexicalFormat(const KSyntaxHighlighting::Format &format)
{
    const auto cached = m_lexical.constFind(format.id());
    if (cached != m_lexical.cend())
        return *cached;
    QTextCharFormat f;
    const QString name = format.name();
    if (name == u"Quote Mark") {
        f.setForeground(m_reading.mutedText());
    } else if (name == u"Quoted Text") {
        f.setForeground(m_reading.lexicalColor(Theme::String));
    } else if (name == u"Money" || name == u"Percentage" || name == u"Number") {
        f.setForeground(m_reading.lexicalColor(format.textStyle()));
    } else if (name == u"Date") {
        f.setForeground(m_reading.lexicalColor(Theme::Others));
    }
    m_lexical.insert(format.id(), f);
    return f;
}

void ArticleHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    // The lexical layer in reading colours: the theme's hue, lightness made readable.
    if (length == 0 || format.isDefaultTextStyle(theme()))
        return;
    const QTextCharFormat f = lexicalFormat(format);
    if (!f.hasProperty(QTextFormat::ForegroundBrush))
        return;
    const int end = std::min<int>(offset + length, int(m_chars.size()));
    for (int i = std::max(0, offset); i < end; ++i)
        m_chars[i] = f;
}

template<typename Change>
void ArticleHighlighter::overlay(int start, int end, Change &&change)
{
    start = std::max(0, start);
    end = std::min<int>(end, int(m_chars.size()));
    int i = start;
    while (i < end) {
        QTextCharFormat f = m_chars.at(i);
        int j = i + 1;
        while (j < end && m_chars.at(j) == f)
            ++j;
        change(f);
        for (int k = i; k < j; ++k)
            m_chars[k] = f;
        i = j;
    }
}

void ArticleHighlighter::overlayAnalysis(int block, int length)
{
    if (!m_article || !m_index || length == 0)
        return;

    const auto role = m_roles.constFind(block);
    if (role != m_roles.cend()) {
        const ParagraphRole r = *role;
        if (r == ParagraphRole::Dateline || r == ParagraphRole::Byline) {
            overlay(0, length, [this](QTextCharFormat &f) {
                f.setForeground(m_reading.mutedText());
            });
        } else if (r == ParagraphRole::Headline || r == ParagraphRole::Heading) {
            overlay(0, length, [this](QTextCharFormat &f) { f.setForeground(m_reading.text()); });
        }
    }
    const Span dateline = m_index->datelineSpan();
    if (!dateline.isEmpty() && m_index->blockAt(dateline.start) == block) {
        const int s = int(dateline.start - m_index->blockStart(block));
        overlay(s, s + int(dateline.length()), [this](QTextCharFormat &f) {
            f.setForeground(m_reading.mutedText());
        });
    }
    if (m_filter >= 0) {
        overlay(0, length, [this](QTextCharFormat &f) { f.setForeground(m_reading.dimmedText()); });
    }

    const QList<ArticleIndex::Run> &runs = m_index->runs(block);
    for (const ArticleIndex::Run &run : runs) {
        if (run.kind != ArticleIndex::Kind::Quote)
            continue;
        const Quote &q = m_article->quotes.at(run.item);
        QColor color;
        bool italic = false;
        if (q.kind == QuoteKind::Scare) {
            color = m_reading.scareQuote();
        } else if (q.kind == QuoteKind::Title) {
            color = m_reading.text();
            italic = true;
        } else if (tinted(q.speaker)) {
            color = m_reading.speakerColor(m_index->speakerSlot(q.speaker));
        } else {
            color = m_reading.neutralQuote();
        }
        if (m_filter >= 0 && q.speaker != m_filter)
            color = m_reading.dimmedText();
        overlay(run.start, run.end, [&](QTextCharFormat &f) {
            f.setForeground(color);
            if (italic)
                f.setFontItalic(true);
        });
    }
    for (const ArticleIndex::Run &run : runs) {
        if (run.kind != ArticleIndex::Kind::Mention)
            continue;
        const Entity &e = m_article->entities.at(run.item);
        const int slot = m_index->speakerSlot(run.item);
        const bool insideQuote = m_index->quoteAt(m_index->blockStart(block) + run.start) >= 0;
        if (slot >= 0 && tinted(run.item) && !insideQuote) {
            const QColor color = m_reading.speakerColor(slot);
            overlay(run.start, run.end, [&](QTextCharFormat &f) {
                f.setForeground(color);
                f.setFontWeight(QFont::DemiBold);
            });
        } else if ((m_layers & EntityLayer) && m_filter < 0) {
            const QColor color = m_reading.entityColor(e.type);
            QTextCharFormat::UnderlineStyle style = QTextCharFormat::SingleUnderline;
            switch (e.type) {
            case EntityType::Person:
                style = QTextCharFormat::SingleUnderline;
                break;
            case EntityType::Org:
            case EntityType::Work:
                style = QTextCharFormat::DashUnderline;
                break;
            case EntityType::Gpe:
            case EntityType::Loc:
                style = QTextCharFormat::DotLine;
                break;
            case EntityType::Event:
            case EntityType::Other:
                style = QTextCharFormat::DashDotLine;
                break;
            }
            overlay(run.start, run.end, [&](QTextCharFormat &f) {
                f.setUnderlineStyle(style);
                f.setUnderlineColor(color);
            });
        }
    }
}

} // namespace gloss
