#include "NoteConnectors.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace gloss {

NoteConnectors::NoteConnectors(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("noteConnectors"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
}

void NoteConnectors::setLines(QList<Line> lines)
{
    m_lines = std::move(lines);
    update();
}

void NoteConnectors::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // the current note's line last, on top
    for (int pass = 0; pass < 2; ++pass) {
        for (const Line &l : std::as_const(m_lines)) {
            if (l.active != (pass == 1))
                continue;
            QColor c = l.color;
            c.setAlphaF(l.active ? 1.0f : 0.55f);
            p.setPen(QPen(c, l.active ? 1.6 : 1.0, Qt::SolidLine, Qt::RoundCap));
            p.setBrush(Qt::NoBrush);
            QPainterPath path(l.from);
            const qreal dx = std::max<qreal>(12.0, (l.to.x() - l.from.x()) * 0.5);
            path.cubicTo(l.from + QPointF(dx, 0), l.to - QPointF(dx, 0), l.to);
            p.drawPath(path);
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawEllipse(l.from, l.active ? 2.6 : 2.0, l.active ? 2.6 : 2.0);
        }
    }
}

} // namespace gloss
