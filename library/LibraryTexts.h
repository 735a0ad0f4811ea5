#pragma once

#include "model/Document.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace gloss::library {

/**
 * @brief The articles' texts, one file each, named by content hash: the library's source of
 * truth beside the notes files.
 *
 * `DATA/library/texts/<first two hex digits>/<sha256>.json`: the normalised text and what is
 * known of its source (path or URL, title, author, site, page URL, date, format) and when it
 * was added, as ArticleCache keeps web pages. A file is written once (a temporary file renamed
 * into place, so a crash never leaves half a text under a hash); read() checks the text against
 * its name and refuses a file that does not match.
 */
class LibraryTexts
{
public:
    struct Entry
    {
        Document document;
        /** When the article was first added to the library. */
        QDateTime added;
    };

    /** Texts in @p folder (`DATA/library/texts` for the default library). */
    explicit LibraryTexts(QString folder);

    const QString &folder() const { return m_folder; }
    /** The file of the text with content hash @p hash (hex SHA-256). */
    QString pathFor(const QByteArray &hash) const;

    /** Writes @p document's text unless a file of that hash is there; false with @p error. */
    bool store(const Document &document, const QDateTime &added, QString *error = nullptr) const;
    /** The text of @p hash, or nothing (missing, unreadable, or not matching its name). */
    std::optional<Entry> read(const QByteArray &hash) const;
    /** Reads the file at @p path (as named by pathFor()). */
    static std::optional<Entry> readFile(const QString &path);
    bool remove(const QByteArray &hash) const;
    /** Every text file in the folder (for a rebuild). */
    QStringList files() const;

private:
    QString m_folder;
};

} // namespace gloss::library
