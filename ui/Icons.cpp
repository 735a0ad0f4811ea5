#include "Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace gloss::icons {
namespace {

class TintedSvgEngine : public QIconEngine
{
public:
    TintedSvgEngine(QByteArray svg, QColor color)
        : m_svg(std::move(svg))
        , m_color(std::move(color))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QColor c = m_color.isValid() ? m_color : QGuiApplication::palette().color(QPalette::WindowText);
        if (mode == QIcon::Disabled)
            c.setAlphaF(0.4f);
        else if (mode == QIcon::Selected && !m_color.isValid())
            c = QGuiApplication::palette().color(QPalette::HighlightedText);
        QByteArray svg = m_svg;
        svg.replace("currentColor", c.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        painter->save();
        painter->setOpacity(painter->opacity() * c.alphaF());
        renderer.render(painter, QRectF(rect));
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.setDevicePixelRatio(scale);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_svg, m_color); }
    QString key() const override { return QStringLiteral("gloss-tinted-svg"); }

private:
    QByteArray m_svg;
    QColor m_color;
};

QByteArray svgSource(const QString &name)
{
    QFile file(QStringLiteral(":/org.gloss/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("gloss: no icon %s", qPrintable(name));
        return {};
    }
    return file.readAll();
}

} // namespace

QIcon icon(const QString &name, const QColor &color)
{
    return QIcon(new TintedSvgEngine(svgSource(name), color));
}

QIcon claimIcon(ClaimKind kind, const QColor &color)
{
    switch (kind) {
    case ClaimKind::Quote:
        return icon(QStringLiteral("claim-quote"), color);
    case ClaimKind::Reported:
        return icon(QStringLiteral("claim-reported"), color);
    case ClaimKind::Hedged:
        return icon(QStringLiteral("claim-hedged"), color);
    case ClaimKind::Factual:
        break;
    }
    return icon(QStringLiteral("claim-factual"), color);
}

QIcon swatch(const QColor &color, const QColor &ring)
{
    const QByteArray svg = QStringLiteral(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\" "
        "viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"5.5\" fill=\"%1\" stroke=\"%2\" "
        "stroke-width=\"1\"/></svg>").arg(color.name(), ring.name()).toUtf8();
    return QIcon(new TintedSvgEngine(svg, color));
}

} // namespace gloss::icons
