#include "ArticleFacts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTime>

namespace gloss::NoteExport {

QString articleTitle(const Article &article)
{
    if (!article.title.trimmed().isEmpty())
        return article.title.trimmed();
    if (!article.document.metaTitle.trimmed().isEmpty())
        return article.document.metaTitle.trimmed();
    const QString name = QFileInfo(article.document.source()).fileName();
    return name.isEmpty() ? tr("Untitled article") : name;
}

QString articleSource(const Article &article)
{
    if (!article.document.metaUrl.isEmpty())
        return article.document.metaUrl;
    return article.document.displaySource();
}

bool isLinkable(const QString &text)
{
    if (!(text.startsWith(u"http://") || text.startsWith(u"https://")))
        return false;
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() <= 0x20 || c == u'<' || c == u'>' || c == u'"' || c.unicode() == 0x7f;
    });
}

SourceMeta sourceMeta(const Article &article)
{
    const Document &d = article.document;
    SourceMeta m;
    const bool sourceIsWeb =
        d.source().startsWith(u"http://") || d.source().startsWith(u"https://");
    m.url = !d.metaUrl.trimmed().isEmpty() ? d.metaUrl.trimmed()
                                            : (sourceIsWeb ? d.source() : QString());
    if (!d.source().isEmpty() && d.source() != m.url)
        m.file = d.displaySource();
    m.site = d.metaSite.simplified();
    m.author = d.metaAuthor.simplified();
    m.published = d.metaDate;
    return m;
}

QString publishedDate(const QDateTime &published)
{
    if (!published.isValid())
        return {};
    const QDateTime utc = published.toUTC();
    if (utc.time() == QTime(0, 0))
        return utc.toString(QStringLiteral("yyyy-MM-dd"));
    return utc.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString exportDate(const QDateTime &exportedAt, const QLocale &locale)
{
    const QDateTime t = exportedAt.isValid() ? exportedAt : QDateTime::currentDateTimeUtc();
    if (locale.language() == QLocale::C)
        return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    const QDateTime local = t.toLocalTime();
    return locale.toString(local.date(), QLocale::LongFormat) + u' '
           + locale.toString(local.time(), QLocale::ShortFormat);
}

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("gloss::NoteExport", text, disambiguation, n);
}

QString entityName(const Article &article, int entity)
{
    return entity >= 0 && entity < article.entities.size() ? article.entities.at(entity).name
                                                           : QString();
}

} // namespace gloss::NoteExport
