#pragma once

#include "model/Document.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace gloss {

/**
 * @brief The text extracted from web pages, kept on disk by URL.
 *
 * Notes are anchored in the text a reader saw. Pages change (corrections, updates, different
 * ads and teasers), so an opened link is stored as extracted — text plus source metadata — and
 * reopening the URL shows that stored text until the reader asks for a reload. One JSON file per
 * URL (named by the SHA-256 of the URL without its fragment), written atomically.
 */
class ArticleCache
{
public:
    /** A cache in @p directory; by default `<AppDataLocation>/pages`. */
    explicit ArticleCache(QString directory = defaultDirectory());

    static QString defaultDirectory();
    const QString &directory() const { return m_directory; }

    /** The stored document of @p url, if any (its source is the URL as first stored). */
    std::optional<Document> find(const QUrl &url) const;
    /** Stores @p document for @p url; false (with @p error) when it cannot be written. */
    bool store(const QUrl &url, const Document &document, QString *error = nullptr) const;
    bool remove(const QUrl &url) const;
    /** The file that holds @p url's text. */
    QString pathFor(const QUrl &url) const;
    /** The URL as used for the key: no fragment, normalised path. */
    static QUrl keyUrl(const QUrl &url);

private:
    QString m_directory;
};

} // namespace gloss
