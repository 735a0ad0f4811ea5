#pragma once

#include "model/Article.h"

#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QList>
#include <QPalette>

class QStyle;

namespace KSyntaxHighlighting {
class Definition;
class Repository;
} // namespace KSyntaxHighlighting

namespace gloss {

/** Colour arithmetic used to keep every derived colour readable (WCAG 2 contrast, OKLab). */
namespace colors {

/** WCAG 2 relative luminance of an sRGB colour, 0 (black) … 1 (white). */
double relativeLuminance(const QColor &color);
/** WCAG 2 contrast ratio of two colours, 1 … 21 (order does not matter). */
double contrastRatio(const QColor &a, const QColor &b);
/** Distance of two colours in OKLab (0 = same; 0.1 is clearly different). */
double distance(const QColor &a, const QColor &b);
/** Hue angle of a colour in OKLCH, degrees 0 … 360. */
double hue(const QColor &color);
/** Chroma of a colour in OKLCH (0 = grey, ~0.3 = most vivid). */
double chroma(const QColor &color);
/**
 * The colour of @p hueDegrees and @p chromaValue, on the side of @p background that allows the
 * most contrast, as close to the background's lightness as possible while keeping a contrast
 * ratio of at least @p minRatio (chroma is reduced where sRGB cannot show it).
 */
QColor withContrast(double hueDegrees, double chromaValue, const QColor &background,
                    double minRatio);
/** @p color moved in lightness (hue kept) just enough to reach @p minRatio on @p background. */
QColor ensureContrast(const QColor &color, const QColor &background, double minRatio);
/** Linear mix: 0 gives @p a, 1 gives @p b. */
QColor mix(const QColor &a, const QColor &b, double amount);

} // namespace colors

/** The KSyntaxHighlighting repository with Gloss's own syntax definition ("Gloss News"). */
namespace themes {

KSyntaxHighlighting::Repository &repository();
/** The news-text definition shipped in resources/syntax/news.xml. */
KSyntaxHighlighting::Definition newsDefinition();
/** Names of all installed themes, sorted for a menu. */
QStringList names();
/** The theme called @p name (its name or its translated name); invalid when none. */
KSyntaxHighlighting::Theme byName(const QString &name);
/** The light or dark default theme matching the system's colour scheme. */
KSyntaxHighlighting::Theme systemTheme();
/** A high-contrast palette: window text on window at 15:1 or more (black on white is 21:1). */
bool isHighContrast(const QPalette &palette);
/**
 * The theme for the system's @p palette and colour @p scheme: for a high-contrast palette the
 * installed theme of the same darkness whose text stands out most from its page; else the
 * default light or dark theme (by @p scheme, or by the palette when the scheme is unknown).
 */
KSyntaxHighlighting::Theme themeForSystem(const QPalette &palette, Qt::ColorScheme scheme);
/**
 * The window's style: Fusion, which draws every widget from the palette, except that a check
 * box is framed in the palette's PlaceholderText (ReadingTheme::mutedText(), 4.5:1 or more on
 * every page) rather than in Fusion's Window.darker(140), which is 1.05:1 on Breeze Dark's
 * lists: an unticked box vanished on every dark theme. The caller owns it.
 */
QStyle *createStyle();

} // namespace themes

/**
 * @brief Every colour the reading window uses, derived from one KSyntaxHighlighting theme.
 *
 * The theme gives the page, the text and a set of hues; the reading theme turns them into
 * colours that stay readable: body text reaches a contrast of 7:1 on the page, tinted quote
 * text 4.5:1, on every theme (the lightness is adjusted, the hue kept). A plain value.
 */
class ReadingTheme
{
public:
    /** Minimum contrast of body text and of tinted (speaker, neutral, muted) text. */
    static constexpr double kBodyContrast = 7.0;
    static constexpr double kTintContrast = 4.5;
    /**
     * Number of distinct speaker colours; further speakers share otherSpeakers() (the
     * ArticleIndex gives them the slot kSpeakerColors).
     */
    static constexpr int kSpeakerColors = 8;

    ReadingTheme() = default;
    explicit ReadingTheme(const KSyntaxHighlighting::Theme &theme);

    const KSyntaxHighlighting::Theme &theme() const { return m_theme; }
    QString name() const { return m_theme.name(); }
    bool isValid() const { return m_theme.isValid(); }
    bool isDark() const;

    /** The page behind the article. */
    QColor background() const { return m_background; }
    /** Body text. */
    QColor text() const { return m_text; }
    /** Secondary text: dateline, byline, scare quotes, status. */
    QColor mutedText() const { return m_muted; }
    /** Text dimmed by a speaker filter (deliberately low contrast). */
    QColor dimmedText() const { return m_dimmed; }
    /** Direct quotes without a known speaker. */
    QColor neutralQuote() const { return m_neutralQuote; }
    /** Scare quotes ("so-called") and titles. */
    QColor scareQuote() const { return m_muted; }
    /** Lexical-layer colour of a KSyntaxHighlighting text style, made readable on the page. */
    QColor lexicalColor(KSyntaxHighlighting::Theme::TextStyle style) const;

    /** Colour of the speaker at @p slot: slots from kSpeakerColors on get otherSpeakers(). */
    QColor speakerColor(int slot) const;
    /**
     * The colour shared by the speakers beyond the kSpeakerColors most quoted: nearly grey,
     * between body text and muted text, so it differs from unattributed quotes (body text).
     */
    QColor otherSpeakers() const { return m_otherSpeakers; }
    QList<QColor> speakerColors() const { return m_speakers; }
    /** Underline colour of an entity type. */
    QColor entityColor(EntityType type) const;
    /** Marker colour of a claim kind (margin bars, panel icons). */
    QColor claimColor(ClaimKind kind) const;

    QColor selection() const { return m_selection; }
    QColor selectedText() const { return m_selectedText; }
    /** Background of find matches and of the flash after a jump. */
    QColor searchHighlight() const { return m_search; }
    /** Background of the panels and bars around the page. */
    QColor panel() const { return m_panel; }
    QColor panelText() const { return m_panelText; }

    /** A palette for the whole window (panels, bars, menus, dialogs) matching the page. */
    QPalette palette() const;

private:
    KSyntaxHighlighting::Theme m_theme;
    QColor m_background = Qt::white;
    QColor m_text = Qt::black;
    QColor m_muted = Qt::darkGray;
    QColor m_dimmed = Qt::lightGray;
    QColor m_neutralQuote = Qt::black;
    QColor m_otherSpeakers = Qt::darkGray;
    QColor m_selection = Qt::blue;
    QColor m_selectedText = Qt::white;
    QColor m_search = Qt::yellow;
    QColor m_panel = Qt::white;
    QColor m_panelText = Qt::black;
    QList<QColor> m_speakers;
    QList<QColor> m_entities; // by EntityType
    QList<QColor> m_claims;   // by ClaimKind
};

} // namespace gloss
