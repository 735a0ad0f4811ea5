#include "Annotation.h"

#include <QHash>
#include <QSet>

namespace gloss {

namespace {

struct PaletteEntry
{
    const char *name;
    const char *hex;
};

// Soft tints that keep dark text readable; the window darkens them for a dark theme.
constexpr PaletteEntry kPalette[] = {
    {"yellow", "#ffe066"}, {"green", "#b2f2bb"},  {"blue", "#a5d8ff"}, {"pink", "#fcc2d7"},
    {"orange", "#ffc078"}, {"purple", "#d0bfff"}, {"grey", "#dee2e6"},
};

/** Start of the @p count code points that end at @p end. */
qsizetype backCodePoints(const QString &text, qsizetype end, int count)
{
    qsizetype i = end;
    for (int n = 0; n < count && i > 0; ++n) {
        --i;
        if (i > 0 && text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            --i;
    }
    return i;
}

/** End of the @p count code points that start at @p start. */
qsizetype forwardCodePoints(const QString &text, qsizetype start, int count)
{
    qsizetype i = start;
    const qsizetype n = text.size();
    for (int k = 0; k < count && i < n; ++k) {
        if (i + 1 < n && text.at(i).isHighSurrogate() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++i;
    }
    return i;
}

bool isHexDigits(QStringView s)
{
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

QString anchorStateName(AnchorState state)
{
    switch (state) {
    case AnchorState::Anchored:
        return QStringLiteral("anchored");
    case AnchorState::Moved:
        return QStringLiteral("moved");
    case AnchorState::Orphaned:
        return QStringLiteral("orphan");
    }
    return QString();
}

Annotation Annotation::onSpan(const Document &document, const Span &span, const QString &text)
{
    Annotation a = onArticle(text);
    a.setTarget(document, span);
    a.state = AnchorState::Anchored;
    return a;
}

Annotation Annotation::onArticle(const QString &text)
{
    Annotation a;
    a.id = QUuid::createUuid();
    a.text = text;
    a.color = defaultColor();
    a.created = QDateTime::currentDateTimeUtc();
    a.modified = a.created;
    return a;
}

void Annotation::setTarget(const Document &document, const Span &target)
{
    const QString &t = document.text();
    const qsizetype start = std::clamp<qsizetype>(target.start, 0, t.size());
    const qsizetype end = std::clamp<qsizetype>(target.end, start, t.size());
    span = Span{start, end};
    quote.exact = t.mid(start, end - start);
    const qsizetype preStart = backCodePoints(t, start, kContextLength);
    quote.prefix = t.mid(preStart, start - preStart);
    quote.suffix = t.mid(end, forwardCodePoints(t, end, kContextLength) - end);
    position.start = document.toCodePoint(start);
    position.end = document.toCodePoint(end);
}

QString Annotation::defaultColor()
{
    return QStringLiteral("yellow");
}

QStringList Annotation::paletteNames()
{
    QStringList names;
    for (const PaletteEntry &e : kPalette)
        names.append(QLatin1StringView(e.name));
    return names;
}

QString Annotation::normalizedColor(const QString &color)
{
    QString c = color.trimmed().toLower();
    if (c == u"gray")
        c = QStringLiteral("grey");
    for (const PaletteEntry &e : kPalette) {
        if (c == QLatin1StringView(e.name))
            return c;
    }
    if (c.startsWith(u'#'))
        c.remove(0, 1);
    if (!isHexDigits(c))
        return QString();
    if (c.size() == 3) {
        QString out(u'#');
        for (QChar ch : std::as_const(c))
            out.append(ch).append(ch);
        return out;
    }
    if (c.size() == 6)
        return u'#' + c;
    return QString();
}

QString Annotation::colorHex(const QString &color)
{
    const QString c = normalizedColor(color);
    for (const PaletteEntry &e : kPalette) {
        if (c == QLatin1StringView(e.name))
            return QLatin1StringView(e.hex);
    }
    return c;
}

QStringList Annotation::normalizedTags(const QStringList &tags)
{
    QStringList out;
    QSet<QString> seen; // a file may hold a note with a million tags: no quadratic look-up
    for (QString tag : tags) {
        // "# #a" is "a": spaces and '#' are stripped together, so a tag read back is the same
        qsizetype lead = 0;
        while (lead < tag.size() && (tag.at(lead) == u'#' || tag.at(lead).isSpace()))
            ++lead;
        tag = tag.mid(lead).simplified();
        if (!tag.isEmpty() && !seen.contains(tag)) {
            seen.insert(tag);
            out.append(tag);
        }
    }
    return out;
}

} // namespace gloss
