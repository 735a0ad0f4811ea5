#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace gloss {

/**
 * @brief Draws a search result: its snippet on up to two lines with the matching words in
 * bold on the find colour, and a muted line of context below (LibrarySearchModel's
 * HighlightsRole and ContextRole). Every row is as tall as the others.
 */
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int kSnippetLines = 2;

    explicit SnippetDelegate(QObject *parent = nullptr);

    /** The background and text of the matching words (the theme's find colours). */
    void setHighlight(const QColor &background, const QColor &text);
    QColor highlightBackground() const { return m_background; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QColor m_background = Qt::yellow;
    QColor m_text = Qt::black;
};

} // namespace gloss
