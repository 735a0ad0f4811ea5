#pragma once

#include <QString>

namespace gloss {

/**
 * @brief Where the window's file dialogs start, remembered across runs (QSettings).
 *
 * - Open Article: the folder of the article shown, else the folder an article was last opened
 *   from, else the home folder.
 * - Export Notes: the folder notes were last exported to, else the article's folder when it can
 *   be written, else the home folder.
 * - Import Notes: the folder notes were last imported from, else the article's folder, else
 *   the home folder.
 * - Import Folder (into the library): the folder chosen last time (the folder above it), else
 *   the home folder.
 * - Export from the library: the folder last exported to, else the home folder.
 *
 * A remembered folder that has gone is skipped. Articles that are not local files (web pages,
 * the bundled sample, the clipboard) have no folder.
 */
class FileDialogs
{
public:
    enum class Kind { OpenArticle, ExportNotes, ImportNotes, ImportFolder, ExportLibrary };

    /** The folder a dialog of @p kind starts in, for the article read from @p articleSource. */
    static QString startFolder(Kind kind, const QString &articleSource);
    /** Remembers the folder of @p chosenFile (the file or folder picked in a dialog of
     *  @p kind). */
    static void remember(Kind kind, const QString &chosenFile);
};

} // namespace gloss
