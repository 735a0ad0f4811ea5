#include "ReadingTheme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QGuiApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QStyleHints>

#include <algorithm>
#include <cmath>

namespace gloss {

namespace colors {
namespace {

struct Lab
{
    double L = 0, a = 0, b = 0;
};

double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double toGamma(double c)
{
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
}

Lab toLab(const QColor &color)
{
    const double r = toLinear(color.redF()), g = toLinear(color.greenF()),
                 b = toLinear(color.blueF());
    const double l = std::cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
    const double m = std::cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
    const double s = std::cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
    return {0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
            1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
            0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s};
}

/** sRGB of an OKLab colour; false when it lies outside the sRGB gamut. */
bool fromLab(const Lab &lab, QColor *out)
{
    const double l_ = lab.L + 0.3963377774 * lab.a + 0.2158037573 * lab.b;
    const double m_ = lab.L - 0.1055613458 * lab.a - 0.0638541728 * lab.b;
    const double s_ = lab.L - 0.0894841775 * lab.a - 1.2914855480 * lab.b;
    const double l = l_ * l_ * l_, m = m_ * m_ * m_, s = s_ * s_ * s_;
    const double rgb[3] = {4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
                           -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
                           -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s};
    constexpr double eps = 1e-4;
    bool inGamut = true;
    double g[3];
    for (int i = 0; i < 3; ++i) {
        inGamut &= rgb[i] >= -eps && rgb[i] <= 1 + eps;
        g[i] = std::clamp(toGamma(std::clamp(rgb[i], 0.0, 1.0)), 0.0, 1.0);
    }
    *out = QColor::fromRgbF(float(g[0]), float(g[1]), float(g[2]));
    return inGamut;
}

constexpr double kPi = 3.14159265358979323846;

/** The OKLCH colour (L, C, h), with chroma reduced until sRGB can show it. */
QColor fromLch(double L, double C, double h)
{
    const double rad = h * kPi / 180.0;
    QColor out;
    if (fromLab({L, C * std::cos(rad), C * std::sin(rad)}, &out))
        return out;
    double lo = 0, hi = C;
    for (int i = 0; i < 18; ++i) {
        const double mid = (lo + hi) / 2;
        QColor c;
        if (fromLab({L, mid * std::cos(rad), mid * std::sin(rad)}, &c))
            lo = mid;
        else
            hi = mid;
    }
    fromLab({L, lo * std::cos(rad), lo * std::sin(rad)}, &out);
    return out;
}

} // namespace

double relativeLuminance(const QColor &color)
{
    return 0.2126 * toLinear(color.redF()) + 0.7152 * toLinear(color.greenF())
           + 0.0722 * toLinear(color.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

double distance(const QColor &a, const QColor &b)
{
    const Lab x = toLab(a), y = toLab(b);
    return std::sqrt((x.L - y.L) * (x.L - y.L) + (x.a - y.a) * (x.a - y.a)
                     + (x.b - y.b) * (x.b - y.b));
}

double hue(const QColor &color)
{
    const Lab lab = toLab(color);
    const double h = std::atan2(lab.b, lab.a) * 180.0 / kPi;
    return h < 0 ? h + 360.0 : h;
}

double chroma(const QColor &color)
{
    const Lab lab = toLab(color);
    return std::hypot(lab.a, lab.b);
}

QColor withContrast(double hueDegrees, double chromaValue, const QColor &background,
                    double minRatio)
{
    const bool darker = contrastRatio(Qt::black, background) >= contrastRatio(Qt::white, background);
    const double bgL = toLab(background).L;
    // Search between the background's lightness (no contrast) and black or white (most).
    double near = bgL, far = darker ? 0.0 : 1.0;
    if (contrastRatio(fromLch(far, chromaValue, hueDegrees), background) < minRatio)
        return fromLch(far, 0, hueDegrees);
    for (int i = 0; i < 24; ++i) {
        const double mid = (near + far) / 2;
        if (contrastRatio(fromLch(mid, chromaValue, hueDegrees), background) >= minRatio)
            far = mid;
        else
            near = mid;
    }
    // 8-bit rounding can cost a little contrast: step further until the target holds.
    QColor c = fromLch(far, chromaValue, hueDegrees);
    for (int i = 0; i < 50 && contrastRatio(c, background) < minRatio; ++i) {
        far += darker ? -0.004 : 0.004;
        c = fromLch(std::clamp(far, 0.0, 1.0), chromaValue, hueDegrees);
    }
    return c;
}

QColor ensureContrast(const QColor &color, const QColor &background, double minRatio)
{
    if (contrastRatio(color, background) >= minRatio)
        return color;
    return withContrast(hue(color), chroma(color), background, minRatio);
}

QColor mix(const QColor &a, const QColor &b, double amount)
{
    const auto m = [amount](float x, float y) { return float(x + (y - x) * amount); };
    return QColor::fromRgbF(m(a.redF(), b.redF()), m(a.greenF(), b.greenF()),
                            m(a.blueF(), b.blueF()));
}

} // namespace colors

namespace themes {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository *repo = [] {
        auto *r = new KSyntaxHighlighting::Repository;
        // resources/syntax/news.xml is compiled in under :/org.gloss/syntax
        r->addCustomSearchPath(QStringLiteral(":/org.gloss"));
        return r;
    }();
    return *repo;
}

KSyntaxHighlighting::Definition newsDefinition()
{
    return repository().definitionForName(QStringLiteral("Gloss News"));
}

QStringList names()
{
    QStringList list;
    const auto all = repository().themes();
    for (const auto &t : all)
        list.append(t.name());
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return list;
}

KSyntaxHighlighting::Theme byName(const QString &name)
{
    const auto all = repository().themes();
    for (const auto &t : all) {
        if (t.name().compare(name, Qt::CaseInsensitive) == 0
            || t.translatedName().compare(name, Qt::CaseInsensitive) == 0)
            return t;
    }
    return {};
}

KSyntaxHighlighting::Theme systemTheme()
{
    // the palette the platform gave before Gloss changed it
    static const QPalette platform = QGuiApplication::palette();
    return themeForSystem(platform, QGuiApplication::styleHints()->colorScheme());
}

namespace {

/** Fusion with check boxes framed in the palette's PlaceholderText (see createStyle()). */
class ReadingStyle : public QProxyStyle
{
public:
    ReadingStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        // Fusion draws item view check boxes through PE_IndicatorCheckBox too
        if (element != PE_IndicatorCheckBox)
            return;
        if ((option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange))
            return; // Fusion's focus frame (the highlight colour) stays
        const bool enabled = option->state & State_Enabled;
        QColor frame = option->palette.color(QPalette::PlaceholderText);
        if (!enabled)
            frame = colors::mix(frame, option->palette.color(QPalette::Base), 0.5);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->translate(0.5, 0.5);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(frame, 1));
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
    }
};

} // namespace

QStyle *createStyle()
{
    return new ReadingStyle;
}

bool isHighContrast(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    return colors::contrastRatio(window, palette.color(QPalette::WindowText)) >= 15.0;
}

KSyntaxHighlighting::Theme themeForSystem(const QPalette &palette, Qt::ColorScheme scheme)
{
    using KSyntaxHighlighting::Repository;
    using KSyntaxHighlighting::Theme;
    if (isHighContrast(palette)) {
        const bool dark = colors::relativeLuminance(palette.color(QPalette::Window)) < 0.5;
        Theme best;
        double bestRatio = 0;
        const auto all = repository().themes();
        for (const Theme &t : all) {
            const QColor page = QColor::fromRgba(t.editorColor(Theme::BackgroundColor));
            if ((colors::relativeLuminance(page) < 0.5) != dark)
                continue;
            const QColor text = QColor::fromRgba(t.textColor(Theme::Normal));
            const double ratio = colors::contrastRatio(text, page);
            if (ratio > bestRatio) {
                bestRatio = ratio;
                best = t;
            }
        }
        if (best.isValid())
            return best;
    }
    if (scheme == Qt::ColorScheme::Dark)
        return repository().defaultTheme(Repository::DarkTheme);
    if (scheme == Qt::ColorScheme::Light)
        return repository().defaultTheme(Repository::LightTheme);
    return repository().themeForPalette(palette);
}

} // namespace themes

namespace {

using Style = KSyntaxHighlighting::Theme::TextStyle;
using Role = KSyntaxHighlighting::Theme::EditorColorRole;

QColor rgb(QRgb value)
{
    return QColor::fromRgb(value);
}

double hueGap(double a, double b)
{
    const double d = std::fabs(a - b);
    return std::min(d, 360.0 - d);
}

/** Distinct speaker hues: the theme's own accent hues first, filled up evenly. */
QList<double> speakerHues(const KSyntaxHighlighting::Theme &theme, int count)
{
    static const Style seeds[] = {
        Style::Keyword,  Style::Function,   Style::String,    Style::DataType,
        Style::DecVal,   Style::ControlFlow, Style::Variable, Style::BuiltIn,
        Style::Import,   Style::Char,       Style::Constant,  Style::SpecialString,
        Style::Preprocessor, Style::Attribute, Style::Extension, Style::Information,
        Style::Warning,  Style::Alert,      Style::Annotation, Style::Others};
    constexpr double kMinGap = 34.0;
    QList<double> hues;
    for (Style s : seeds) {
        const QColor c = rgb(theme.textColor(s));
        if (colors::chroma(c) < 0.05 || hues.size() >= count)
            continue;
        const double h = colors::hue(c);
        if (std::all_of(hues.cbegin(), hues.cend(),
                        [h](double o) { return hueGap(h, o) >= kMinGap; }))
            hues.append(h);
    }
    while (hues.size() < count) {
        double best = 0, bestGap = -1;
        for (int h = 0; h < 360; h += 5) {
            double gap = 360;
            for (double o : std::as_const(hues))
                gap = std::min(gap, hueGap(h, o));
            if (gap > bestGap) {
                bestGap = gap;
                best = h;
            }
        }
        hues.append(best);
    }
    // Order so that neighbours (the first speakers of an article) differ the most.
    QList<double> ordered{hues.takeFirst()};
    while (!hues.isEmpty()) {
        qsizetype pick = 0;
        double pickGap = -1;
        for (qsizetype i = 0; i < hues.size(); ++i) {
            double gap = 360;
            for (double o : std::as_const(ordered))
                gap = std::min(gap, hueGap(hues[i], o));
            if (gap > pickGap) {
                pickGap = gap;
                pick = i;
            }
        }
        ordered.append(hues.takeAt(pick));
    }
    return ordered;
}

} // namespace

ReadingTheme::ReadingTheme(const KSyntaxHighlighting::Theme &theme)
    : m_theme(theme)
{
    if (!theme.isValid())
        return;
    using namespace colors;
    m_background = rgb(theme.editorColor(Role::BackgroundColor));
    // a little above the bars, so that 8-bit rounding never lands under them
    m_text = ensureContrast(rgb(theme.textColor(Style::Normal)), m_background,
                            kBodyContrast + 0.3);
    m_muted = withContrast(hue(m_text), std::min(chroma(m_text), 0.03), m_background,
                           kTintContrast + 0.4);
    m_dimmed = withContrast(hue(m_text), std::min(chroma(m_text), 0.03), m_background, 2.1);
    m_neutralQuote = m_text;
    m_otherSpeakers = withContrast(hue(m_text), std::min(chroma(m_text), 0.02), m_background,
                                   (kBodyContrast + kTintContrast) / 2 + 0.2);

    const QList<double> hues = speakerHues(theme, kSpeakerColors);
    for (double h : hues)
        m_speakers.append(withContrast(h, isDark() ? 0.12 : 0.15, m_background,
                                       kTintContrast + 0.6));

    // Entity underlines and claim markers are graphics: 3:1 is the bar for them.
    static const double entityHues[] = {300, 200, 145, 95, 40, 255, 0};
    for (double h : entityHues)
        m_entities.append(withContrast(h, h == 0 ? 0 : 0.11, m_background, 3.2));
    static const double claimHues[] = {255, 200, 70, 150};
    for (double h : claimHues)
        m_claims.append(withContrast(h, 0.14, m_background, 3.6));

    m_selection = rgb(theme.editorColor(Role::TextSelection));
    m_selectedText = ensureContrast(m_text, m_selection, kTintContrast + 0.3);
    m_search = rgb(theme.editorColor(Role::SearchHighlight));
    if (contrastRatio(m_text, m_search) < kTintContrast)
        m_search = mix(m_search, m_background, 0.5);

    // Panels sit a shade away from the page, towards the text.
    const QColor border = rgb(theme.editorColor(Role::IconBorder));
    const double gap = contrastRatio(border, m_background);
    m_panel = gap > 1.04 && gap < 1.5 ? border : mix(m_background, m_text, isDark() ? 0.06 : 0.04);
    m_panelText = ensureContrast(m_text, m_panel, kBodyContrast + 0.3);
}

bool ReadingTheme::isDark() const
{
    return colors::relativeLuminance(m_background) < 0.25;
}

QColor ReadingTheme::lexicalColor(KSyntaxHighlighting::Theme::TextStyle style) const
{
    if (!m_theme.isValid())
        return m_text;
    // the theme's hue, toned towards the text so that figures inform without shouting
    const QColor toned = colors::mix(rgb(m_theme.textColor(style)), m_text, 0.3);
    return colors::ensureContrast(toned, m_background, kTintContrast + 0.4);
}

QColor ReadingTheme::speakerColor(int slot) const
{
    if (m_speakers.isEmpty() || slot < 0)
        return m_neutralQuote;
    return slot < m_speakers.size() ? m_speakers.at(slot) : m_otherSpeakers;
}

QColor ReadingTheme::entityColor(EntityType type) const
{
    const auto i = qsizetype(type);
    return i < m_entities.size() ? m_entities.at(i) : m_muted;
}

QColor ReadingTheme::claimColor(ClaimKind kind) const
{
    const auto i = qsizetype(kind);
    return i < m_claims.size() ? m_claims.at(i) : m_muted;
}

QPalette ReadingTheme::palette() const
{
    using namespace colors;
    QPalette p(m_panel, m_panel); // computes the bevel shades (Light, Mid, Dark, …)
    const QColor placeholder = m_muted;
    const QColor link = speakerColor(0);
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, m_panel);
        p.setColor(group, QPalette::WindowText, m_panelText);
        p.setColor(group, QPalette::Base, m_background);
        p.setColor(group, QPalette::AlternateBase, mix(m_background, m_panel, 0.6));
        p.setColor(group, QPalette::Text, m_text);
        p.setColor(group, QPalette::Button, mix(m_panel, m_background, 0.5));
        p.setColor(group, QPalette::ButtonText, m_panelText);
        p.setColor(group, QPalette::BrightText, isDark() ? Qt::white : Qt::black);
        p.setColor(group, QPalette::Highlight, m_selection);
        p.setColor(group, QPalette::HighlightedText, m_selectedText);
        p.setColor(group, QPalette::ToolTipBase, m_background);
        p.setColor(group, QPalette::ToolTipText, m_text);
        p.setColor(group, QPalette::PlaceholderText, placeholder);
        p.setColor(group, QPalette::Link, link);
        p.setColor(group, QPalette::LinkVisited, speakerColor(1));
        p.setColor(group, QPalette::Accent, link);
    }
    const QColor disabledText = mix(m_panelText, m_panel, 0.5);
    p.setColor(QPalette::Disabled, QPalette::Window, m_panel);
    p.setColor(QPalette::Disabled, QPalette::Base, m_background);
    p.setColor(QPalette::Disabled, QPalette::Button, mix(m_panel, m_background, 0.5));
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, mix(m_text, m_background, 0.5));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, mix(m_selection, m_panel, 0.5));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

} // namespace gloss
