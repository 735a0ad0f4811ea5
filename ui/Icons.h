#pragma once

#include "model/Article.h"

#include <QColor>
#include <QIcon>

namespace gloss::icons {

/**
 * A line icon from resources/icons/NAME.svg, drawn in @p color, or, when no colour is given,
 * in the application palette's text colour at paint time (so it follows theme changes).
 * Sharp at every size and device pixel ratio (rendered from the SVG each time).
 */
QIcon icon(const QString &name, const QColor &color = QColor());
/** The icon of a claim kind ("claim-quote", …) in @p color. */
QIcon claimIcon(ClaimKind kind, const QColor &color = QColor());
/** A round swatch of @p color with a thin ring (legend entries). */
QIcon swatch(const QColor &color, const QColor &ring);

} // namespace gloss::icons
