#pragma once

#include <QDir>
#include <QString>

namespace gloss::library {

/**
 * @brief Where a library's files are, from the data folder DATA (AnnotationStore's: the
 * `--data-dir` option, `GLOSS_DATA_DIR`, or the standard location).
 *
 * - `DATA/library/library.sqlite`: the database (an index; rebuilt from the files below)
 * - `DATA/library/texts/`: the articles' texts (LibraryTexts)
 * - `DATA/library/people.json`: the user's merges and splits of people (PeopleResolver)
 * - `DATA/notes/`: the notes files (AnnotationStore), read, never written, by the library
 */
struct LibraryPaths
{
    QString dataDir;

    /** The paths under AnnotationStore::defaultDataDir(). */
    static LibraryPaths standard();

    QString folder() const { return QDir(dataDir).filePath(QStringLiteral("library")); }
    QString texts() const { return QDir(folder()).filePath(QStringLiteral("texts")); }
    QString choices() const { return QDir(folder()).filePath(QStringLiteral("people.json")); }
    QString notes() const { return QDir(dataDir).filePath(QStringLiteral("notes")); }
};

} // namespace gloss::library
