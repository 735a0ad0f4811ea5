#include "ReadingTheme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QImage>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTest>

#include <memory>

using namespace gloss;

class tst_ReadingTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastRatio_data();
    void contrastRatio();
    void ensureContrast_data();
    void ensureContrast();
    void themeIsReadable_data();
    void themeIsReadable();
    void speakerColorsDistinct_data();
    void speakerColorsDistinct();
    void otherSpeakersShareOneColor_data();
    void otherSpeakersShareOneColor();
    void checkBoxesVisible_data();
    void checkBoxesVisible();
    void paletteFollowsTheme_data();
    void paletteFollowsTheme();
    void findsThemesByName_data();
    void findsThemesByName();
    void newsDefinitionLoads();
};

void tst_ReadingTheme::contrastRatio_data()
{
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("expected");
    // reference values from the WCAG 2 definition
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("same colour") << QColor(0x336699) << QColor(0x336699) << 1.0;
    QTest::newRow("grey 777 on white") << QColor(0x777777) << QColor(Qt::white) << 4.478;
    QTest::newRow("order does not matter") << QColor(Qt::white) << QColor(0x777777) << 4.478;
}

void tst_ReadingTheme::contrastRatio()
{
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, expected);
    QVERIFY2(std::abs(colors::contrastRatio(a, b) - expected) < 0.01,
             qPrintable(QString::number(colors::contrastRatio(a, b))));
}

void tst_ReadingTheme::ensureContrast_data()
{
    QTest::addColumn<QColor>("color");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("ratio");
    QTest::newRow("pale yellow on white") << QColor(0xffee88) << QColor(Qt::white) << 4.5;
    QTest::newRow("dark blue on black") << QColor(0x102060) << QColor(Qt::black) << 4.5;
    QTest::newRow("grey on solarized") << QColor(0x657b83) << QColor(0xfdf6e3) << 7.0;
    QTest::newRow("already fine") << QColor(Qt::black) << QColor(Qt::white) << 7.0;
}

void tst_ReadingTheme::ensureContrast()
{
    QFETCH(QColor, color);
    QFETCH(QColor, background);
    QFETCH(double, ratio);
    const QColor fixed = colors::ensureContrast(color, background, ratio);
    QVERIFY(colors::contrastRatio(fixed, background) >= ratio);
    // the hue is kept (for colours that have one)
    if (colors::chroma(color) > 0.05 && colors::chroma(fixed) > 0.03) {
        const double d = std::abs(colors::hue(fixed) - colors::hue(color));
        QVERIFY2(std::min(d, 360 - d) < 25, qPrintable(fixed.name()));
    }
}

void tst_ReadingTheme::themeIsReadable_data()
{
    QTest::addColumn<QString>("name");
    // Breeze Light and Dark first (the bars name them), then every installed theme
    QTest::newRow("Breeze Light") << QStringLiteral("Breeze Light");
    QTest::newRow("Breeze Dark") << QStringLiteral("Breeze Dark");
    const QStringList names = themes::names();
    QVERIFY(names.size() > 10);
    for (const QString &n : names)
        QTest::newRow(qPrintable(u"installed: " + n)) << n;
}

void tst_ReadingTheme::themeIsReadable()
{
    QFETCH(QString, name);
    const KSyntaxHighlighting::Theme theme = themes::byName(name);
    QVERIFY(theme.isValid());
    const ReadingTheme r(theme);
    const QColor bg = r.background();
    const double body = colors::contrastRatio(r.text(), bg);
    QVERIFY2(body >= 7.0, qPrintable(QStringLiteral("body %1").arg(body)));
    QVERIFY(colors::contrastRatio(r.panelText(), r.panel()) >= 7.0);
    QVERIFY(colors::contrastRatio(r.mutedText(), bg) >= 4.5);
    QVERIFY(colors::contrastRatio(r.neutralQuote(), bg) >= 4.5);
    QVERIFY(colors::contrastRatio(r.scareQuote(), bg) >= 4.5);
    QVERIFY(colors::contrastRatio(r.selectedText(), r.selection()) >= 4.5);
    for (int i = 0; i < ReadingTheme::kSpeakerColors; ++i) {
        const double tint = colors::contrastRatio(r.speakerColor(i), bg);
        QVERIFY2(tint >= 4.5, qPrintable(QStringLiteral("speaker %1: %2 on %3 is %4")
                                             .arg(i).arg(r.speakerColor(i).name(), bg.name())
                                             .arg(tint)));
    }
    using Style = KSyntaxHighlighting::Theme::TextStyle;
    for (Style s : {Style::String, Style::DecVal, Style::Float, Style::Others})
        QVERIFY(colors::contrastRatio(r.lexicalColor(s), bg) >= 4.5);
    // dimmed text recedes: clearly below the body text
    QVERIFY(colors::contrastRatio(r.dimmedText(), bg) < body / 2);
}

void tst_ReadingTheme::speakerColorsDistinct_data()
{
    themeIsReadable_data();
}

void tst_ReadingTheme::speakerColorsDistinct()
{
    QFETCH(QString, name);
    const ReadingTheme r(themes::byName(name));
    const QList<QColor> colors = r.speakerColors();
    QCOMPARE(colors.size(), ReadingTheme::kSpeakerColors);
    // the first three speakers (the screenshot bar) are far apart, all are distinguishable
    for (int i = 0; i < colors.size(); ++i) {
        for (int j = i + 1; j < colors.size(); ++j) {
            const double d = colors::distance(colors[i], colors[j]);
            const double min = j < 3 ? 0.12 : 0.04;
            QVERIFY2(d >= min, qPrintable(QStringLiteral("%1 and %2: %3")
                                              .arg(colors[i].name(), colors[j].name()).arg(d)));
        }
        // tinted, not grey
        QVERIFY(colors::chroma(colors[i]) > 0.04);
    }
}

void tst_ReadingTheme::otherSpeakersShareOneColor_data()
{
    themeIsReadable_data();
}

void tst_ReadingTheme::otherSpeakersShareOneColor()
{
    QFETCH(QString, name);
    const ReadingTheme r(themes::byName(name));
    const QColor other = r.otherSpeakers();
    // the speakers beyond the distinct colours share one, never a recycled speaker colour
    for (int slot = ReadingTheme::kSpeakerColors; slot < 3 * ReadingTheme::kSpeakerColors; ++slot)
        QCOMPARE(r.speakerColor(slot), other);
    QVERIFY(colors::contrastRatio(other, r.background()) >= ReadingTheme::kTintContrast);
    QVERIFY2(colors::chroma(other) <= 0.04, qPrintable(other.name())); // nearly grey
    // told apart from unattributed quotes (body text) and from every own colour
    QVERIFY2(colors::distance(other, r.neutralQuote()) >= 0.04,
             qPrintable(QStringLiteral("%1 and %2").arg(other.name(), r.neutralQuote().name())));
    for (const QColor &c : r.speakerColors())
        QVERIFY2(colors::distance(other, c) >= 0.04, qPrintable(c.name()));
}

void tst_ReadingTheme::checkBoxesVisible_data()
{
    themeIsReadable_data();
}

void tst_ReadingTheme::checkBoxesVisible()
{
    // the check boxes of the panels (Speakers tab), as the window's style draws them from the
    // palette: their frame and their tick stand out from the list behind them
    QFETCH(QString, name);
    const ReadingTheme r(themes::byName(name));
    const QPalette palette = r.palette();
    const std::unique_ptr<QStyle> fusion(themes::createStyle());
    const QColor base = palette.color(QPalette::Base);
    for (const QStyle::StateFlag state : {QStyle::State_Off, QStyle::State_On}) {
        QImage image(48, 48, QImage::Format_RGB32);
        image.fill(base);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.palette = palette;
        option.rect = QRect(16, 16, 16, 16);
        option.state = QStyle::State_Enabled | state;
        fusion->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &option, &painter);
        painter.end();
        double most = 1;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                most = std::max(most, colors::contrastRatio(image.pixelColor(x, y), base));
        }
        // WCAG 2.1 (1.4.11): user interface components at least 3:1
        QVERIFY2(most >= 3.0, qPrintable(QStringLiteral("%1 box: %2 on %3")
                                            .arg(state == QStyle::State_On ? u"ticked" : u"empty")
                                            .arg(most)
                                            .arg(base.name())));
    }
}

void tst_ReadingTheme::paletteFollowsTheme_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("dark");
    QTest::newRow("Breeze Light") << QStringLiteral("Breeze Light") << false;
    QTest::newRow("Breeze Dark") << QStringLiteral("Breeze Dark") << true;
    QTest::newRow("Solarized Dark") << QStringLiteral("Solarized Dark") << true;
}

void tst_ReadingTheme::paletteFollowsTheme()
{
    QFETCH(QString, name);
    QFETCH(bool, dark);
    const ReadingTheme r(themes::byName(name));
    QCOMPARE(r.isDark(), dark);
    const QPalette p = r.palette();
    QCOMPARE(p.color(QPalette::Base), r.background());
    QCOMPARE(p.color(QPalette::Text), r.text());
    QCOMPARE(p.color(QPalette::Window), r.panel());
    QVERIFY(colors::contrastRatio(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7);
    QVERIFY(colors::contrastRatio(p.color(QPalette::ButtonText), p.color(QPalette::Button)) >= 4.5);
    QCOMPARE(colors::relativeLuminance(p.color(QPalette::Window)) < 0.25, dark);
}

void tst_ReadingTheme::findsThemesByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("exact") << QStringLiteral("Breeze Dark") << true;
    QTest::newRow("any case") << QStringLiteral("breeze light") << true;
    QTest::newRow("unknown") << QStringLiteral("No Such Theme") << false;
}

void tst_ReadingTheme::findsThemesByName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(themes::byName(name).isValid(), valid);
}

void tst_ReadingTheme::newsDefinitionLoads()
{
    const auto def = themes::newsDefinition();
    QVERIFY(def.isValid());
    QCOMPARE(def.name(), QStringLiteral("Gloss News"));
    QStringList formats;
    for (const auto &f : def.formats())
        formats.append(f.name());
    for (const char *name : {"Quote Mark", "Quoted Text", "Money", "Percentage", "Date", "Number"})
        QVERIFY2(formats.contains(QLatin1String(name)), name);
    QVERIFY(themes::systemTheme().isValid());
}

QTEST_MAIN(tst_ReadingTheme)
#include "tst_readingtheme.moc"
