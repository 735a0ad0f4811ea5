#pragma once

#include "ReadingTheme.h"
#include "model/Article.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QHash>
#include <QSet>

namespace gloss {

class ArticleIndex;

/**
 * @brief Colours the reading view: the lexical layer from the "Gloss News" syntax definition,
 * overlaid with what the analysis found.
 *
 * highlightBlock() lets KSyntaxHighlighting colour quotation marks, quoted text, money,
 * percentages, dates and numbers, then overlays, from the Article: direct quotes in their
 * speaker's colour, speaker mentions in the same colour, entity mentions underlined by type,
 * unattributed quotes neutral, scare quotes lighter, and the speaker filter's dimming. Each block
 * only looks at its own items (ArticleIndex), so highlighting a block costs O(its items).
 */
class ArticleHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    /** Overlay layers that View menu toggles switch. */
    enum Layer { SpeakerLayer = 0x1, EntityLayer = 0x2, ClaimLayer = 0x4 };
    Q_DECLARE_FLAGS(Layers, Layer)

    explicit ArticleHighlighter(QObject *parent = nullptr);

    /**
     * The article and its index; both must outlive their use here (the view owns them).
     * Does not rehighlight: call rehighlight() once the document is set.
     */
    void setArticle(const Article *article, const ArticleIndex *index);
    /** Sets the colours and rehighlights the document. */
    void setReadingTheme(const ReadingTheme &theme);
    const ReadingTheme &readingTheme() const { return m_reading; }

    void setLayers(Layers layers);
    Layers layers() const { return m_layers; }
    /** Shows only @p entity's quotes in colour, everything else dimmed; -1 shows all. */
    void setSpeakerFilter(int entity);
    int speakerFilter() const { return m_filter; }
    /** Speakers whose quotes are not tinted (Speakers panel toggles). */
    void setHiddenSpeakers(const QSet<int> &entities);
    QSet<int> hiddenSpeakers() const { return m_hidden; }

    /** Number of blocks highlighted since construction (for tests and benchmarks). */
    qint64 highlightedBlocks() const { return m_highlighted; }

protected:
    void highlightBlock(const QString &text) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    template<typename Change>
    void overlay(int start, int end, Change &&change);
    QTextCharFormat lexicalFormat(const KSyntaxHighlighting::Format &format);
    bool tinted(int entity) const;

    const Article *m_article = nullptr;
    const ArticleIndex *m_index = nullptr;
    ReadingTheme m_reading;
    Layers m_layers = Layers(SpeakerLayer | EntityLayer | ClaimLayer);
    int m_filter = -1;
    QSet<int> m_hidden;
    QHash<int, ParagraphRole> m_roles; // blocks that are not body text
    QHash<int, QTextCharFormat> m_lexical; // by KSyntaxHighlighting format id
    qint64 m_highlighted = 0;
};

} // namespace gloss

Q_DECLARE_OPERATORS_FOR_FLAGS(gloss::ArticleHighlighter::Layers)
