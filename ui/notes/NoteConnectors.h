#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QWidget>

namespace gloss {

/**
 * @brief Lines from each visible card to the first line of its passage, over the gutter
 * between the text column and the lane. Transparent for the mouse.
 */
class NoteConnectors : public QWidget
{
public:
    struct Line
    {
        QPointF from; ///< at the passage (this widget's coordinates)
        QPointF to;   ///< at the card
        QColor color;
        bool active = false;
    };

    explicit NoteConnectors(QWidget *parent);

    void setLines(QList<Line> lines);
    const QList<Line> &lines() const { return m_lines; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Line> m_lines;
};

} // namespace gloss
