#pragma once

#include "ReadingTheme.h"
#include "model/Article.h"

#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QBitArray>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTextCharFormat>
#include <QTimer>

class QTextBlock;

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
 *
 * Lazy highlighting. QSyntaxHighlighter colours a whole document on setDocument() and on every
 * rehighlight(), and each block it colours makes the document layout run again. So the
 * QSyntaxHighlighter document machinery is not used: attach() takes the document, the formats
 * of a block are computed here (KSyntaxHighlighting's highlightLine() for the lexical layer,
 * with the state at each block's end kept) and set with QTextLayout::setFormats(), and one
 * QTextDocument::markContentsDirty() per batch lays the batch out once. A short document (up to
 * kEagerLength characters) is coloured at once, on attach() and on every change of settings; a
 * longer one where the reader looks (highlightBlocks(), which the view calls for the blocks it
 * shows) and the rest in document order in idle-time slices of about kSliceMs. completed()
 * tells when every block shows the current settings; from then on scrolling colours nothing.
 */
class ArticleHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT

public:
    /** Overlay layers that View menu toggles switch. */
    enum Layer { SpeakerLayer = 0x1, EntityLayer = 0x2, ClaimLayer = 0x4 };
    Q_DECLARE_FLAGS(Layers, Layer)

    /** Documents up to this many characters are coloured at once, without idle slices. */
    static constexpr int kEagerLength = 64 * 1024;
    /** Colouring time per idle slice (the layout of the slice comes on top). */
    static constexpr int kSliceMs = 5;

    explicit ArticleHighlighter(QObject *parent = nullptr);

    /**
     * The article and its index; both must outlive their use here (the view owns them).
     * Colours nothing: call attach() with the document then.
     */
    void setArticle(const Article *article, const ArticleIndex *index);
    /**
     * Colours @p document from now on (instead of QSyntaxHighlighter::setDocument(), which is
     * not used): a short one at once, a long one from its first block, the rest in idle time.
     * Null detaches. The formats of a previous document are left as they are.
     */
    void attach(QTextDocument *document);
    QTextDocument *attachedDocument() const { return m_doc; }
    /**
     * The blocks @p first..@p last are the ones the document lays out (the window of a very
     * long article, see ArticleView; the other blocks are hidden): colouring lays out only
     * them, and the idle pass goes on from @p first. attach() sets the whole document.
     */
    void setWindow(int first, int last);
    /**
     * Colours now those of the blocks @p first..@p last (clamped) that do not show the current
     * settings yet, with one layout pass for them all.
     */
    void highlightBlocks(int first, int last);
    /** True when every block shows the current settings (nothing is left for idle time). */
    bool isComplete() const { return m_pending == 0; }
    /** Blocks that do not show the current settings yet (or whose lexical state may be off). */
    int pendingBlocks() const { return m_pending; }
    /** True when block @p block shows the current settings. */
    bool isBlockCurrent(int block) const
    {
        return block >= 0 && block < m_current.size() && m_current.testBit(block);
    }
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

    /**
     * The last of the blocks @p first..@p last (-1: to the end) of @p document that
     * QTextDocumentLayout has made lines for (its lazy layout goes in document order: the
     * blocks after it have none; blocks outside a window are hidden), or -1.
     */
    static int lastLaidOutBlock(const QTextDocument *document, int first, int last);

    /** Number of blocks highlighted since construction (for tests and benchmarks). */
    qint64 highlightedBlocks() const { return m_highlighted; }

Q_SIGNALS:
    /** Every block shows the current settings (after attach() or a change of settings). */
    void completed();

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    template<typename Change>
    void overlay(int start, int end, Change &&change);
    QTextCharFormat lexicalFormat(const KSyntaxHighlighting::Format &format);
    bool tinted(int entity) const;
    /** The settings changed: every block is due again. */
    void invalidate();
    /** Computes and sets the formats of block @p number. */
    void highlightOne(const QTextBlock &block, int number);
    /** True when document position @p position is in a code block of the article. */
    bool isCode(qsizetype position) const;
    void overlayAnalysis(int block, int length);
    /** Lays out the blocks coloured since the last commit, in one pass. */
    void commit();
    void highlightSlice();
    void finish();

    const Article *m_article = nullptr;
    const ArticleIndex *m_index = nullptr;
    ReadingTheme m_reading;
    Layers m_layers = Layers(SpeakerLayer | EntityLayer | ClaimLayer);
    int m_filter = -1;
    QSet<int> m_hidden;
    QHash<int, ParagraphRole> m_roles; // blocks that are not body text
    QHash<int, QTextCharFormat> m_lexical; // by KSyntaxHighlighting format id
    qint64 m_highlighted = 0;

    QPointer<QTextDocument> m_doc;
    QList<QTextCharFormat> m_chars;            // per character of the block being coloured
    QList<KSyntaxHighlighting::State> m_states; // lexical state at the end of each block
    QBitArray m_current; // block shows the current settings
    QBitArray m_exact;   // block was coloured with the right lexical state from its predecessor
    int m_pending = 0;   // blocks not both current and exact
    int m_next = 0;      // the idle pass's next block
    int m_idleSinceWork = 0; // blocks the idle pass visited since it last coloured one
    int m_windowFirst = 0; // the blocks laid out (setWindow()); -1 last: all
    int m_windowLast = -1;
    int m_dirtyFrom = -1; // document range coloured since the last commit()
    int m_dirtyTo = -1;
    QTimer m_idle;
};

} // namespace gloss

Q_DECLARE_OPERATORS_FOR_FLAGS(gloss::ArticleHighlighter::Layers)
