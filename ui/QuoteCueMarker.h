#pragma once

#include <QObject>
#include <QTextEdit>

namespace gloss {

class ArticleView;

/**
 * @brief Marks the cue words and the speaker-mention words of the quote under the pointer.
 *
 * Hovering a quote in an ArticleView boxes its attribution cue ("said", "told reporters") and
 * the words naming its speaker where the attribution is made ("he", "a spokeswoman") in a
 * light wash of the speaker's colour, underlined in that colour; unattributed quotes use the
 * theme's neutral quote colour. The marks go when the pointer leaves the quote or the view.
 * Without a hovered quote, the quote holding the keyboard caret (the view focused, the caret
 * shown) is marked the same way. The marks live in the view's "quote-cue" selection layer, so
 * they never clobber find or note marks.
 */
class QuoteCueMarker : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kLayer = "quote-cue";

    explicit QuoteCueMarker(ArticleView *view);

    /** Forgets the marked quote (the view's article changed and its layers are cleared). */
    void reset();
    /** Marks the same quote again (the reading theme changed). */
    void refresh();
    /** The quote marked now (index into Article::quotes), or -1. */
    int markedQuote() const { return m_marked; }
    /** The selections for quote @p quote of the view's article (empty when it has no words). */
    QList<QTextEdit::ExtraSelection> selectionsFor(int quote) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setHovered(int quote);
    void update();

    ArticleView *m_view;
    int m_hovered = -1;
    int m_marked = -1;
};

} // namespace gloss
