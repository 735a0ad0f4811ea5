#pragma once

#include "LibraryCatalog.h"
#include "LibraryTypes.h"
#include "export/NoteExport.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace gloss::library {

/**
 * @brief The notes and quotes of many articles of the library in one file: the exporters of
 * one article (NoteExport) run over each and their outputs joined.
 *
 * Markdown: one after another, a rule between; HTML: one page, the bodies joined with a rule;
 * CSV: one header row, every article's rows; W3C: a JSON array of the articles' annotation
 * collections. Each article is analysed from its text in the library (LibraryTexts) and its
 * notes read from its notes file. `gloss library export` and the window's Library view both
 * export through this.
 */
class LibraryExport
{
public:
    struct Result
    {
        QByteArray bytes;
        /** Articles exported. */
        int written = 0;
        /** One sentence per article left out (its text missing). */
        QStringList problems;
    };

    static Result exportArticles(const LibraryPaths &paths, const QList<ArticleEntry> &articles,
                                 const NoteExport::Options &options);
};

} // namespace gloss::library
