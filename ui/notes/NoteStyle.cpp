#include "NoteStyle.h"

#include "annotations/Annotation.h"

#include <QCoreApplication>

#include <algorithm>

namespace gloss::noteStyle {

namespace {

/** How much of the note's colour goes into the page colour, light / dark pages. */
constexpr double kHighlightLight = 0.55;
constexpr double kHighlightDark = 0.30;
constexpr double kActiveLight = 0.85;
constexpr double kActiveDark = 0.48;
constexpr double kCardLight = 0.34;
constexpr double kCardDark = 0.16;
constexpr double kBorderLight = 0.75;
constexpr double kBorderDark = 0.34;
/** A highlight at least this far from the page (OKLab) can be seen. */
constexpr double kMinVisible = 0.035;

QColor readable(QColor paper, const ReadingTheme &theme)
{
    // the theme's text must stay readable on the tint: pull it back towards the page if not
    const QColor page = theme.background();
    for (int i = 0;
         i < 8 && colors::contrastRatio(theme.text(), paper) < ReadingTheme::kTintContrast; ++i)
        paper = colors::mix(paper, page, 0.25);
    return paper;
}

} // namespace

QColor base(const QString &color)
{
    QString hex = Annotation::colorHex(color);
    if (hex.isEmpty())
        hex = Annotation::colorHex(Annotation::defaultColor());
    return QColor(hex);
}

QColor highlight(const QString &color, const ReadingTheme &theme, bool active)
{
    const bool dark = theme.isDark();
    const QColor page = theme.background();
    const QColor b = base(color);
    QColor mark = readable(colors::mix(page, b, dark ? kHighlightDark : kHighlightLight), theme);
    if (colors::distance(mark, page) < kMinVisible) {
        // a colour close to the page's own (a dark custom colour on a dark theme): its hue,
        // just visibly off the page
        mark = readable(
            colors::withContrast(colors::hue(b), std::max(colors::chroma(b), 0.06), page, 1.3),
            theme);
    }
    if (!active)
        return mark;
    const QColor strong = readable(colors::mix(page, b, dark ? kActiveDark : kActiveLight), theme);
    return colors::distance(strong, page) > colors::distance(mark, page) ? strong : mark;
}

QColor card(const QString &color, const ReadingTheme &theme)
{
    return readable(
        colors::mix(theme.background(), base(color), theme.isDark() ? kCardDark : kCardLight),
        theme);
}

QColor border(const QString &color, const ReadingTheme &theme, bool active)
{
    if (active)
        return accent(color, theme);
    return colors::mix(theme.background(), base(color),
                       theme.isDark() ? kBorderDark : kBorderLight);
}

QColor accent(const QString &color, const ReadingTheme &theme)
{
    return colors::ensureContrast(base(color), theme.background(), 3.0);
}

QString displayName(const QString &color)
{
    static const char *const names[][2] = {
        {"yellow", QT_TRANSLATE_NOOP("gloss::NoteCard", "Yellow")},
        {"green", QT_TRANSLATE_NOOP("gloss::NoteCard", "Green")},
        {"blue", QT_TRANSLATE_NOOP("gloss::NoteCard", "Blue")},
        {"pink", QT_TRANSLATE_NOOP("gloss::NoteCard", "Pink")},
        {"orange", QT_TRANSLATE_NOOP("gloss::NoteCard", "Orange")},
        {"purple", QT_TRANSLATE_NOOP("gloss::NoteCard", "Purple")},
        {"grey", QT_TRANSLATE_NOOP("gloss::NoteCard", "Grey")},
    };
    const QString c = Annotation::normalizedColor(color);
    for (const auto &n : names) {
        if (c == QLatin1StringView(n[0]))
            return QCoreApplication::translate("gloss::NoteCard", n[1]);
    }
    return c.isEmpty() ? color : c;
}

} // namespace gloss::noteStyle
