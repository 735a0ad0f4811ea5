#include "ArticleHighlighter.h"

#include "ArticleIndex.h"

#include <KSyntaxHighlighting/Format>

#include <QTextDocument>

namespace gloss {

using KSyntaxHighlighting::Theme;

ArticleHighlighter::ArticleHighlighter(QObject *parent)
    : KSyntaxHighlighting::SyntaxHighlighter(parent)
{
    setDefinition(themes::newsDefinition());
}

void ArticleHighlighter::setArticle(const Article *article, const ArticleIndex *index)
{
    m_article = article;
    m_index = index;
    m_filter = -1;
    m_hidden.clear();
    m_roles.clear();
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
        setTheme(theme.theme()); // rehighlights
    else
        rehighlight();
}

void ArticleHighlighter::setLayers(Layers layers)
{
    if (layers == m_layers)
        return;
    m_layers = layers;
    rehighlight();
}

void ArticleHighlighter::setSpeakerFilter(int entity)
{
    if (entity == m_filter)
        return;
    m_filter = entity;
    rehighlight();
}

void ArticleHighlighter::setHiddenSpeakers(const QSet<int> &entities)
{
    if (entities == m_hidden)
        return;
    m_hidden = entities;
    rehighlight();
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
    if (f.hasProperty(QTextFormat::ForegroundBrush))
        setFormat(offset, length, f);
}

template<typename Change>
void ArticleHighlighter::overlay(int start, int end, Change &&change)
{
    int i = start;
    while (i < end) {
        QTextCharFormat f = format(i);
        int j = i + 1;
        while (j < end && format(j) == f)
            ++j;
        change(f);
        setFormat(i, j - i, f);
        i = j;
    }
}

void ArticleHighlighter::highlightBlock(const QString &text)
{
    ++m_highlighted;
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    if (!m_article || !m_index || text.isEmpty())
        return;
    const int block = currentBlock().blockNumber();
    const int length = int(text.size());

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
