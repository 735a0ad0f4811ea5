#pragma once

#include "ArticleHighlighter.h"
#include "ArticleIndex.h"
#include "ReadingTheme.h"
#include "model/Article.h"

#include <QMap>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimer>

class QMenu;
class QScrollBar;
class QVariantAnimation;

namespace gloss {

class QuoteCueMarker;

/**
 * @brief The read-only article: a centred serif column of about 70 characters.
 *
 * The document's plain text is exactly Article::document.text(), so every Span is a document
 * position (headline, dateline and paragraphs are styled with block and character formats, the
 * text is never changed). ArticleHighlighter colours it.
 *
 * Geometry: the text column sits in the viewport, which is centred in the widget with viewport
 * margins. A margin lane (setMarginLaneWidth(), for note cards) can be reserved to the right of
 * the column; marginLaneRect() tells where it is, columnGeometryChanged() when it moves.
 * Selection layers (setSelectionLayer()) let several features mark text without clobbering
 * each other: "find", "flash", and whatever a later feature adds.
 */
class ArticleView : public QTextEdit
{
    Q_OBJECT

public:
    /** Characters per line of the text column. */
    static constexpr int kMeasure = 70;
    static constexpr int kMinZoom = 50;
    static constexpr int kMaxZoom = 300;
    static constexpr int kZoomStep = 10;

    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    void setArticle(const Article &article);
    const Article &article() const { return m_article; }
    const ArticleIndex &articleIndex() const { return m_index; }
    ArticleHighlighter *highlighter() const { return m_highlighter; }
    /** Marks the cue and speaker mention of the hovered (or caret's) quote. */
    QuoteCueMarker *quoteCueMarker() const { return m_quoteCues; }

    void setReadingTheme(const ReadingTheme &theme);
    const ReadingTheme &readingTheme() const { return m_theme; }

    // Overlays
    void setLayerVisible(ArticleHighlighter::Layer layer, bool visible);
    bool isLayerVisible(ArticleHighlighter::Layer layer) const;
    /** Shows only @p entity's quotes in colour (others dimmed); -1 shows all. */
    void setSpeakerFilter(int entity);
    int speakerFilter() const;
    void setSpeakerHidden(int entity, bool hidden);
    bool isSpeakerHidden(int entity) const;

    // Navigation. Every jump lands on its target however long the article: the text is laid
    // out up to the target first and the scroll range follows (see syncScrollRange()).
    /** Scrolls so that @p span stands in the upper third of the view. */
    void scrollToSpan(const Span &span);
    /** Briefly marks @p span with the theme's search colour (fades out). */
    void flashSpan(const Span &span);
    /** Document position at the top of the view (the reading position). */
    qsizetype topPosition() const;
    /** Scrolls so that @p pos stands at the top of the view. */
    void scrollToPosition(qsizetype pos);
    /** Scrolls to the very start: the headline with the margin above it. */
    void scrollToStart();
    /**
     * The rectangle of the line holding @p pos, in document coordinates (the text is laid
     * out up to it, never further).
     */
    QRectF lineRect(qsizetype pos) const;
    /**
     * The height of the text: exact once the lazy layout is complete, until then the part laid
     * out extrapolated by characters (in floating point: QTextEdit's own estimate overflows
     * past about 21 million pixels, a 40 MB article). The scroll range follows it.
     */
    qreal estimatedDocumentHeight() const;
    /** True when the whole text is laid out (the scroll range is exact). */
    bool isLayoutComplete() const;
    /**
     * The part of the text the layout holds: all of it, or for a very long article (over
     * articlewindow::threshold characters) a window of about a million characters around
     * the reading position, whole paragraphs. The other paragraphs are hidden blocks, so
     * document positions stay article positions; the window follows scrolling and jumps.
     * The view's own coordinates (verticalScrollBar(), spanRect()) are the window's.
     */
    Span layoutWindow() const;
    bool isWindowed() const { return m_windowed; }
    /**
     * The scroll bar the reader sees, over the whole article: verticalScrollBar(), or for a
     * windowed article one of its own, in pixels estimated from the window's.
     */
    QScrollBar *articleScrollBar() const;

    /**
     * While an article is being read and analysed: shows @p what ("Reading “x”…") in place of
     * the empty view's invitation to open a file; empty when done.
     */
    void setLoadingText(const QString &what);
    QString loadingText() const { return m_loadingText; }

    // Zoom (percent of the base size, which follows the system font size)
    int zoom() const { return m_zoom; }
    void setZoom(int percent);
    void zoomBy(int steps);

    // Extension points (notes layer)
    /** Reserves @p width pixels right of the text column, outside the viewport. */
    void setMarginLaneWidth(int width);
    int marginLaneWidth() const { return m_laneWidth; }
    /** The reserved lane, in this widget's coordinates. */
    QRect marginLaneRect() const;
    /** The text column, in viewport coordinates. */
    QRect textColumnRect() const;
    /** Rectangle of the first line of @p span, in viewport coordinates. */
    QRect spanRect(const Span &span) const;
    /**
     * spanRect() when the lazy layout has reached @p span's paragraph; else an estimate from
     * the share of the text laid out so far (a line's height at the column's left), which
     * lays nothing out: for what is far from view (note cards below it).
     */
    QRect estimatedSpanRect(const Span &span) const;
    /** Document position under @p viewportPos, or -1 when not on text. */
    int positionAt(const QPoint &viewportPos) const;
    /**
     * The text of the paragraphs (blocks) between viewport heights @p top and @p bottom, which
     * may lie outside the viewport (negative: above it): the whole paragraphs, so a superset.
     * Found by walking block rectangles near the view, never through the whole document
     * (unlike cursorForPosition()).
     */
    Span blockSpanBetween(int top, int bottom) const;
    /** Replaces the extra selections of one named layer ("find", "flash", "notes", …). */
    void setSelectionLayer(const QString &layer, const QList<QTextEdit::ExtraSelection> &selections);
    QList<QTextEdit::ExtraSelection> selectionLayer(const QString &layer) const;
    /** The tool tip (rich text) of document position @p pos: speaker, cue, entity; or empty. */
    QString toolTipAt(int pos) const;
    /**
     * The context menu at @p viewportPos (the right button, the menu key): the standard
     * entries (Copy, Select All) and what contextMenuAboutToShow()'s receivers add (notes,
     * Copy with Citation). The caller owns it.
     */
    QMenu *contextMenuAt(const QPoint &viewportPos);

Q_SIGNALS:
    /** A speaker's name was clicked (entity index). */
    void speakerClicked(int entity);
    void speakerFilterChanged(int entity);
    void zoomChanged(int percent);
    /** The column or the margin lane moved (resize, zoom, lane width). */
    void columnGeometryChanged();
    /**
     * The window of a very long article moved (see layoutWindow()): every place in the view's
     * coordinates changed, what was outside it may be in it now.
     */
    void layoutWindowMoved();
    /**
     * contextMenuAt() is making @p menu for document position @p position (-1: not on the
     * text): receivers add their entries to it.
     */
    void contextMenuAboutToShow(QMenu *menu, int position);

protected:
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    QFont bodyFont() const;
    void updateColumn();
    void updateSelections();
    void showFlash(double strength);
    void updateViewPalette();
    void paintClaimBars(QPainter &painter);
    void paintPlaceholder(QPainter &painter);

    // The lazy layout and scrolling (ArticleViewLayout.cpp)
    /** Colours now the shown blocks that the highlighter has not coloured yet. */
    void highlightVisible();
    /** The block at document height @p y (the last one below the text). */
    QTextBlock blockAtY(qreal y) const;
    /** The last block the lazy layout has made lines for (blocks after it have none), or -1. */
    int lastLaidOutBlock() const;
    /** The height of @p pos extrapolated from the text laid out so far (0 before any). */
    qreal extrapolatedY(qsizetype pos) const;
    /** Lays out again the blocks left without lines by a lazy layout ended early. */
    void repairLayout();
    /**
     * Sets the vertical scroll range from estimatedDocumentHeight() (QTextEdit sets it only on
     * the layout's size signals, which a zoom or a jump can leave stale, and with an int
     * extrapolation that overflows); polls the lazy layout until it is complete.
     */
    void syncScrollRange();
    /** Scrolls so that the line of @p pos stands @p fromTop pixels below the view's top. */
    void jumpTo(qsizetype pos, int fromTop);
    /**
     * Scroll anchoring: the text in view stays put when text above it or between it and a
     * jump's target is laid out again (coloured text wraps differently, and the idle colouring
     * and layout reach it after a jump). The anchor is a position and its line's distance from
     * the view's top: the first line in view after a scroll, the target after a jump; the
     * view follows it after every change of the layout.
     */
    void rememberAnchor();
    void rememberAnchor(qsizetype pos);
    void keepAnchor();

    // The window of a very long article (ArticleViewWindow.cpp)
    /** Hides the blocks after the first window of a new document (before it is shown). */
    void setUpWindow(QTextDocument *doc);
    /** The article scroll bar shown (windowed) or the view's own (set after setDocument()). */
    void showArticleBar();
    /** Moves the window when @p pos is outside it or near an edge that is not the text's. */
    void ensureInWindow(qsizetype pos);
    /** Moves the window to the paragraphs around @p centre; lays out what it shows anew. */
    void moveWindow(qsizetype centre);
    /** After a scroll of the reader's: moves the window when the view nears its edge. */
    void followWindowEdge();
    int windowLastBlock() const;
    void placeArticleBar();
    /** Sets the article scroll bar from the window's place and the view's scroll position. */
    void syncArticleBar();
    void articleBarMoved(int value);
    qreal windowPixelsPerCharacter() const;

    Article m_article;
    ArticleIndex m_index;
    ArticleHighlighter *m_highlighter = nullptr;
    QuoteCueMarker *m_quoteCues = nullptr;
    ReadingTheme m_theme;
    int m_zoom = 100;
    int m_laneWidth = 0;
    int m_docMargin = 28;
    int m_visibleHint = 0; // first block in view when last looked
    QMap<QString, QList<QTextEdit::ExtraSelection>> m_selectionLayers;
    QVariantAnimation *m_flash = nullptr;
    Span m_flashSpan;
    QPoint m_pressPos;
    QString m_loadingText;
    QTimer m_layoutPoll; // follows the lazy layout until it is complete
    bool m_syncingRange = false;
    qsizetype m_anchorPos = -1; // the position that stays put, or -1 (the view at the start)
    qreal m_anchorOffset = 0;   // its line's top, from the view's top
    bool m_keepingAnchor = false;
    bool m_anchorCheckQueued = false;
    bool m_windowed = false;
    int m_windowFirst = 0;  // the window's blocks (all of them when not windowed)
    int m_windowLast = -1;
    QScrollBar *m_articleBar = nullptr; // shown when windowed
    bool m_movingWindow = false;
    bool m_syncingArticleBar = false;
    bool m_windowHeld = false; // a key is being handled: the window follows the caret after it
};

} // namespace gloss
