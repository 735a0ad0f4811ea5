#pragma once

#include "ReadingTheme.h"

#include <QColor>
#include <QString>

namespace gloss::noteStyle {

/**
 * Colours of a note (a palette name or "#rrggbb", see Annotation) on a reading theme: soft on
 * light pages, deep and quiet on dark ones, always with the theme's text readable on them.
 */
/** The note's colour itself (an unknown colour gives the default one). */
QColor base(const QString &color);
/** Behind the noted words in the text (the "notes" selection layer). */
QColor highlight(const QString &color, const ReadingTheme &theme, bool active = false);
/** The card's paper. */
QColor card(const QString &color, const ReadingTheme &theme);
/** The card's edge. */
QColor border(const QString &color, const ReadingTheme &theme, bool active = false);
/** Lines to the anchor, the colour swatches: visible on the page (3:1). */
QColor accent(const QString &color, const ReadingTheme &theme);
/** The menu name of a palette colour ("Yellow"), or the hex code of another colour. */
QString displayName(const QString &color);

} // namespace gloss::noteStyle
