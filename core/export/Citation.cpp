#include "Citation.h"

#include "NoteExport.h"
#include "ArticleFacts.h"

#include <QCoreApplication>
#include <QStringList>

namespace gloss::Citation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gloss::Citation", text);
}

bool isOpeningContext(QChar before)
{
    return before.isSpace() || before == u'(' || before == u'[' || before == u'{'
           || before == u'‘' || before == u'—' || before == u'–' || before == u'-'
           || before == u'/';
}

/** The outer pair of quote marks around the whole text, when it has one. */
bool hasOuterMarks(QStringView text)
{
    if (text.size() < 2)
        return false;
    const QChar first = text.front(), last = text.back();
    return (first == u'“' && last == u'”') || (first == u'"' && last == u'"')
           || (first == u'„' && (last == u'“' || last == u'”'))
           || (first == u'«' && last == u'»');
}

QString authorLine(const Source &s)
{
    QString speaker = s.speaker.simplified();
    const QString via = s.via.simplified();
    if (!speaker.isEmpty() && !via.isEmpty())
        speaker = tr("%1 (via %2)").arg(speaker, via);
    else if (speaker.isEmpty() && !via.isEmpty())
        speaker = tr("via %1").arg(via);
    return speaker;
}

/** A link destination CommonMark reads whole: <…> when it holds parentheses. */
QString linkDestination(const QString &url)
{
    if (url.contains(u'(') || url.contains(u')'))
        return u'<' + url + u'>';
    return url;
}

} // namespace

Source articleSource(const Article &article)
{
    Source s;
    s.title = !article.title.trimmed().isEmpty() ? article.title.simplified()
                                                 : article.document.metaTitle.simplified();
    const NoteExport::SourceMeta meta = NoteExport::sourceMeta(article);
    s.site = meta.site;
    s.published = meta.published;
    s.url = meta.url;
    return s;
}

namespace {

/** The article's source with @p text (else the words of @p span) said by @p speaker. */
Source saidIn(const Article &article, const QString &text, const Span &span, int speaker)
{
    Source s = articleSource(article);
    s.text = text.isEmpty() ? article.textOf(span) : text;
    s.speaker = NoteExport::entityName(article, speaker);
    return s;
}

} // namespace

Source forQuote(const Article &article, int quote)
{
    if (quote < 0 || quote >= article.quotes.size())
        return {};
    const Quote &q = article.quotes.at(quote);
    Source s = saidIn(article, article.textOf(q), q.span, q.speaker);
    s.via = NoteExport::entityName(article, q.via);
    return s;
}

Source forClaim(const Article &article, int claim)
{
    if (claim < 0 || claim >= article.claims.size())
        return {};
    const Claim &c = article.claims.at(claim);
    return saidIn(article, article.textOf(c), c.span, c.source);
}

Source forSpan(const Article &article, const Span &span)
{
    const qsizetype size = article.document.text().size();
    const Span clamped{std::clamp<qsizetype>(span.start, 0, size),
                       std::clamp<qsizetype>(span.end, 0, size)};
    if (clamped.isEmpty())
        return {};
    Source s = articleSource(article);
    s.text = article.textOf(clamped);
    // the innermost quote holding the whole selection gives the speaker
    qsizetype innermost = -1;
    for (qsizetype i = 0; i < article.quotes.size(); ++i) {
        const Quote &q = article.quotes.at(i);
        if (q.kind != QuoteKind::Direct || !q.span.contains(clamped))
            continue;
        if (innermost < 0 || article.quotes.at(innermost).span.contains(q.span))
            innermost = i;
    }
    if (innermost >= 0) {
        const Quote &q = article.quotes.at(innermost);
        s.speaker = NoteExport::entityName(article, q.speaker);
        s.via = NoteExport::entityName(article, q.via);
    }
    return s;
}

QString date(const QDateTime &published, const QLocale &locale)
{
    if (!published.isValid())
        return {};
    const QDate d = published.toUTC().date();
    if (locale.language() == QLocale::C)
        return d.toString(Qt::ISODate);
    return locale.toString(d, QLocale::LongFormat);
}

QString innerQuotes(const QString &raw)
{
    QStringList lines;
    for (QStringView line : QStringView(raw).split(u'\n')) {
        const QString simple = line.toString().simplified();
        if (!simple.isEmpty())
            lines.append(simple);
    }
    QString text = lines.join(u'\n');
    if (hasOuterMarks(text))
        text = text.mid(1, text.size() - 2).trimmed();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'“':
            out += u'‘';
            break;
        case u'”':
            out += u'’';
            break;
        case u'„':
            out += u'‚';
            break;
        case u'«':
            out += u'‹';
            break;
        case u'»':
            out += u'›';
            break;
        case u'"':
            out += i == 0 || isOpeningContext(text.at(i - 1)) ? u'‘' : u'’';
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString plainText(const Source &source, const QLocale &locale)
{
    const QString words = innerQuotes(source.text);
    QStringList parts;
    if (const QString who = authorLine(source); !who.isEmpty())
        parts.append(who);
    if (const QString title = innerQuotes(source.title); !title.isEmpty())
        parts.append(u'“' + title.simplified() + u'”');
    if (!source.site.simplified().isEmpty())
        parts.append(source.site.simplified());
    if (const QString d = date(source.published, locale); !d.isEmpty())
        parts.append(d);
    if (!source.url.trimmed().isEmpty())
        parts.append(source.url.trimmed());
    QString out;
    if (!words.isEmpty())
        out = u'“' + words + u'”';
    if (!parts.isEmpty()) {
        if (!out.isEmpty())
            out += u'\n';
        out += QStringLiteral("— ") + parts.join(QStringLiteral(", "));
    }
    return out;
}

QString markdown(const Source &source, const QLocale &locale)
{
    using NoteExport::escapeMarkdown;
    using NoteExport::escapeMarkdownInline;
    QString out;
    const QString escaped = escapeMarkdown(source.text.trimmed());
    if (!escaped.isEmpty()) {
        for (QStringView line : QStringView(escaped).split(u'\n')) {
            out += line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line;
            out += u'\n';
        }
    }
    QStringList parts;
    if (const QString who = authorLine(source); !who.isEmpty())
        parts.append(escapeMarkdownInline(who));
    const QString title = source.title.simplified();
    const QString url = source.url.trimmed();
    const bool linkable = NoteExport::isLinkable(url);
    if (!title.isEmpty() && linkable)
        parts.append(u'[' + escapeMarkdownInline(title) + QStringLiteral("](")
                     + linkDestination(url) + u')');
    else if (!title.isEmpty())
        parts.append(u'“' + escapeMarkdownInline(title) + u'”');
    if (!source.site.simplified().isEmpty())
        parts.append(u'*' + escapeMarkdownInline(source.site.simplified()) + u'*');
    if (const QString d = date(source.published, locale); !d.isEmpty())
        parts.append(escapeMarkdownInline(d));
    if (title.isEmpty() && linkable)
        parts.append(u'<' + url + u'>'); // an autolink
    else if (!url.isEmpty() && !linkable)
        parts.append(escapeMarkdownInline(url));
    if (!parts.isEmpty()) {
        if (!out.isEmpty())
            out += QStringLiteral(">\n> ");
        out += QStringLiteral("— ") + parts.join(QStringLiteral(", ")) + u'\n';
    }
    return out;
}

} // namespace gloss::Citation
