#include "ClipboardArticle.h"

#include "io/TextDecoder.h"
#include "io/html/HtmlExtractor.h"

#include <QMimeData>
#include <QUrl>

namespace gloss {

namespace {

QString sourcePageUrl(const QMimeData &data)
{
    const QByteArray raw = data.data(QStringLiteral("text/x-moz-url-priv"));
    if (raw.isEmpty())
        return {};
    // Firefox writes it as UTF-16 on some systems, UTF-8 on others
    QString text = raw.contains('\0')
                       ? QString::fromUtf16(reinterpret_cast<const char16_t *>(raw.constData()),
                                            raw.size() / 2)
                       : QString::fromUtf8(raw);
    text = text.section(u'\n', 0, 0).trimmed();
    text.remove(QChar(0));
    const QUrl url(text);
    return (url.scheme() == u"http" || url.scheme() == u"https") ? url.toString() : QString();
}

} // namespace

std::optional<Document> documentFromMimeData(const QMimeData &data)
{
    const QString source = QString::fromUtf16(kClipboardSource);
    const QString pageUrl = sourcePageUrl(data);
    if (data.hasHtml()) {
        const HtmlArticle article =
            HtmlExtractor::extractString(data.html(), HtmlExtractor::Mode::Fragment);
        if (!article.paragraphs.isEmpty() || !article.title.isEmpty()) {
            Document doc = HtmlExtractor::toDocument(article, source);
            if (doc.metaUrl.isEmpty())
                doc.metaUrl = pageUrl;
            return doc;
        }
    }
    if (!data.hasText())
        return std::nullopt;
    const QString text = TextDecoder::normalise(data.text()).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    Document doc(text, source);
    doc.format = QStringLiteral("text");
    doc.metaUrl = pageUrl;
    return doc;
}

} // namespace gloss
