#pragma once

#include "model/Article.h"

#include <QHash>
#include <QRect>
#include <QSizeF>
#include <QUuid>

namespace gloss {

class ArticleView;

/**
 * @brief Where each note's passage starts on the page: its first line, in document
 * coordinates, measured once and kept.
 *
 * Measuring thousands of passages on each change is what made adding a note slow. A place is
 * kept relative to its paragraph's layout (with the span and the paragraph's laid-out size it
 * was measured for): after the text's layout changed (it lays out lazily as it is scrolled,
 * which moves the paragraphs below; layoutChanged()) the paragraph's place is read again from
 * its layout, which is cheap. A paragraph the lazy layout has not reached is estimated and
 * looked at again later. clear() when the column, zoom or theme changes, or another article
 * is shown.
 */
class NotePlaces
{
public:
    explicit NotePlaces(const ArticleView *view);

    /** @p span's first line in document coordinates (@p scroll: the view's scroll now). */
    QRect place(const QUuid &id, const Span &span, int scroll);
    /** The text was laid out again: the places are checked against their paragraphs. */
    void layoutChanged() { ++m_generation; }
    /** Forgets every place (the column, zoom, theme or article changed). */
    void clear() { m_places.clear(); }

private:
    struct Place
    {
        Span span;
        QSizeF blockSize;
        QRect inBlock;
        QRect rect; // in document coordinates, as of generation
        int generation = -1;
    };

    const ArticleView *m_view;
    QHash<QUuid, Place> m_places;
    /** Counts the text's layout changes: a place measured in this generation is used as is. */
    int m_generation = 0;
};

} // namespace gloss
