#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gloss::library {

class LibraryDatabase;

/**
 * @brief The notes files, indexed in the library for search: text, tags, the words noted.
 *
 * The notes stay in their files (AnnotationStore's `DATA/notes/<sha256>.json`, never written
 * here); refresh() reads the files that are new or changed since it last ran (by size and
 * time), drops those that are gone, and links each note to its article: by the content hash the
 * file is named after, else by the source path recorded in it (an article whose text changed:
 * its notes are then re-anchored in the new text, as the window does, with Anchorer).
 */
class LibraryNotes
{
public:
    struct Report
    {
        int filesRead = 0;
        int filesRemoved = 0;
        int notes = 0;
        /** Notes files that could not be read whole (they are left as they are). */
        QStringList problems;
    };

    LibraryNotes(LibraryDatabase &db, QString notesFolder, QString textsFolder);

    /** Brings the notes index up to date; false with error(). */
    bool refresh(Report *report = nullptr);
    const QString &error() const { return m_error; }

private:
    LibraryDatabase &m_db;
    QString m_notesFolder;
    QString m_textsFolder;
    QString m_error;
};

} // namespace gloss::library
