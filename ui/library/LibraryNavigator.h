#pragma once

#include "model/Document.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace gloss {

class MainWindow;

/** A place in an article of the library: the article, and a quote or note in it. */
struct LibraryTarget
{
    QByteArray hash;   ///< the article's content hash
    QString path;      ///< its file or URL as the library knows it
    QString title;
    /** A quote or a noted passage: code points in the article's text; -1: the whole article. */
    qint64 start = -1;
    qint64 end = -1;
    /** The words at start..end, to find them again in a text changed since. */
    QString text;
    /** A note to go to (its id). */
    QString noteId;
};

/**
 * @brief Opens an article of the library in the window and goes to a quote or note in it.
 *
 * The article's file is opened when it is still there (File > Open's path, so that the window
 * watches it and lists it in Open Recent), else the library's copy of its text (a web page, a
 * file moved or deleted). Once the window shows it (articleShown()), a quote is selected and
 * scrolled to, a note's passage gone to (NoteLayer::goToNote()); when the text changed since it
 * was added, the quote's words are looked for nearest their old place.
 */
class LibraryNavigator : public QObject
{
    Q_OBJECT

public:
    /** Opens a Document already read (the window's ArticleOpener). */
    using OpenDocument = std::function<void(const Document &document)>;

    LibraryNavigator(MainWindow *window, OpenDocument openDocument);

    /**
     * Opens @p target's article (unless shown already) and goes to its place; the library's
     * copy of the text is read from @p textsFolder (LibraryPaths::texts()).
     */
    void open(const LibraryTarget &target, const QString &textsFolder);

    /**
     * Where @p target is in @p document as UTF-16 offsets (start, end): its recorded place
     * when that still holds its words, else the occurrence of the words nearest it; nothing
     * when the target has no place or its words are gone.
     */
    static std::optional<std::pair<qsizetype, qsizetype>> locate(const Document &document,
                                                                 const LibraryTarget &target);

Q_SIGNALS:
    /** Why the article cannot be opened: a sentence for the status bar. */
    void problem(const QString &message);

private:
    void arrive();

    MainWindow *m_window;
    OpenDocument m_openDocument;
    std::optional<LibraryTarget> m_pending;
};

} // namespace gloss
