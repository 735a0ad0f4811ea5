#pragma once

#include "LibraryTypes.h"
#include "model/Article.h"

#include <QObject>
#include <QThreadPool>

namespace gloss::library {

/**
 * @brief Adds every article the window shows to the library, in the background.
 *
 * record() queues the article (a file, a web page, pasted text; never a file bundled with
 * Gloss) and returns at once: a worker thread of its own adds it with the window's analysis
 * (LibraryImporter::runArticles(); a copy of the implicitly shared value, read there only)
 * and notes when it was opened. Documents are added one after another, in the order shown.
 * What goes wrong (a locked, read-only or newer library) comes as problem(), a sentence for the
 * status bar, never as a dialog or a crash.
 */
class LibraryRecorder : public QObject
{
    Q_OBJECT

public:
    /** A recorder for the library in @p paths (empty: LibraryPaths::standard() at each
     *  record(), so a data folder set after the window was made counts). */
    explicit LibraryRecorder(LibraryPaths paths = {}, QObject *parent = nullptr);
    ~LibraryRecorder() override;

    /** Adds @p article to the library in the background (nothing for a bundled file). */
    void record(const Article &article);
    /** Blocks until every queued document is in (tests, closing). */
    void waitForDone();

Q_SIGNALS:
    /** @p document's text is in the library (added now, or there already). */
    void recorded(const QByteArray &sha256, bool added);
    /** Why a document could not be added: a sentence for the status bar. */
    void problem(const QString &message);

private:
    LibraryPaths m_paths;
    QThreadPool m_pool;
};

} // namespace gloss::library
