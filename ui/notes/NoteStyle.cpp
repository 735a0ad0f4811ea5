#include "NoteStyle.h"

#include "annotations/Annotation.h"

#include <QCoreApplication>
#include <QHash>

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

/** Coloured quote text on a highlight: at least this contrast (body text 4.5:1). */
constexpr double kTintOnHighlight = 3.0;

bool readableOn(const QColor &paper, const ReadingTheme &theme, bool tintsToo)
{
    const QColor page = theme.background();
    const double body =
        std::min(ReadingTheme::kTintContrast, colors::contrastRatio(theme.text(), page));
    if (colors::contrastRatio(theme.text(), paper) < body - 0.01)
        return false;
    if (!tintsToo)
        return true;
    const QList<QColor> speakers = theme.speakerColors();
    for (const QColor &c : speakers) {
        const double want = std::min(kTintOnHighlight, colors::contrastRatio(c, page));
        if (colors::contrastRatio(c, paper) < want - 0.01)
            return false;
    }
    return true;
}

/**
 * @p paper pulled back towards the page until the theme's text (and, for a highlight, the
 * speakers' tinted quotes) stays readable on it.
 */
QColor readable(QColor paper, const ReadingTheme &theme, bool tintsToo)
{
    const QColor page = theme.background();
    for (int i = 0; i < 16 && !readableOn(paper, theme, tintsToo); ++i) {
        const QColor next = colors::mix(paper, page, 0.2);
        // a highlight must stay visible: for a speaker's colour much like the note's, the
        // body text's contrast is kept and the tint's gives way
        if (tintsToo && colors::distance(next, page) < kMinVisible &&
            readableOn(paper, theme, false))
            break;
        paper = next;
    }
    return paper;
}

/**
 * The colours computed for a theme, by what was asked: the contrast searches cost tens of
 * microseconds each, and thousands of notes ask for the same few colours on every change.
 * Keyed by everything the result depends on (the theme's page, text and speaker colours).
 * GUI thread only, like the widgets that ask.
 */
template<typename Compute>
QColor cached(char kind, const QString &color, const ReadingTheme &theme, Compute compute)
{
    static QHash<QString, QColor> cache;
    QString key = QString::number(theme.background().rgba(), 16) + u'|' +
                  QString::number(theme.text().rgba(), 16) + u'|' + QChar(kind) + color;
    for (const QColor &c : theme.speakerColors())
        key += u'|' + QString::number(c.rgba(), 16);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    if (cache.size() > 4096) // many custom colours or themes: start again
        cache.clear();
    const QColor out = compute();
    cache.insert(key, out);
    return out;
}

} // namespace

static QColor computeHighlight(const QString &color, const ReadingTheme &theme, bool active);

QColor base(const QString &color)
{
    QString hex = Annotation::colorHex(color);
    if (hex.isEmpty())
        hex = Annotation::colorHex(Annotation::defaultColor());
    return QColor(hex);
}

QColor highlight(const QString &color, const ReadingTheme &theme, bool active)
{
    return cached(active ? 'H' : 'h', color, theme,
                  [&] { return computeHighlight(color, theme, active); });
}

static QColor computeHighlight(const QString &color, const ReadingTheme &theme, bool active)
{
    const bool dark = theme.isDark();
    const QColor page = theme.background();
    const QColor b = base(color);
    QColor mark =
        readable(colors::mix(page, b, dark ? kHighlightDark : kHighlightLight), theme, true);
    if (colors::distance(mark, page) < kMinVisible) {
        // a colour close to the page's own (a dark custom colour on a dark theme): its hue,
        // just visibly off the page
        mark = readable(
            colors::withContrast(colors::hue(b), std::max(colors::chroma(b), 0.06), page, 1.3),
            theme, true);
    }
    if (!active)
        return mark;
    const QColor strong =
        readable(colors::mix(page, b, dark ? kActiveDark : kActiveLight), theme, true);
    return colors::distance(strong, page) > colors::distance(mark, page) ? strong : mark;
}

QColor card(const QString &color, const ReadingTheme &theme)
{
    return cached('c', color, theme, [&] {
        return readable(
            colors::mix(theme.background(), base(color), theme.isDark() ? kCardDark : kCardLight),
            theme, false);
    });
}

QColor border(const QString &color, const ReadingTheme &theme, bool active)
{
    if (active)
        return accent(color, theme);
    return cached('b', color, theme, [&] {
        return colors::mix(theme.background(), base(color),
                           theme.isDark() ? kBorderDark : kBorderLight);
    });
}

QColor accent(const QString &color, const ReadingTheme &theme)
{
    return cached('a', color, theme,
                  [&] { return colors::ensureContrast(base(color), theme.background(), 3.0); });
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
