#pragma once

#include "model/Article.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace gloss {

class ArticleOpener;
class MainWindow;

/**
 * @brief Keeps the reading window in step with its files on disk.
 *
 * Installed once on a MainWindow (`new ArticleFileWatcher(window)`); it uses only the window's
 * public API.
 *
 * Notes: turns on AnnotationStore::setWatchingDisk(), so that notes other programs save (`gloss
 * notes add`, `gloss notes import`, another Gloss window) appear at once, merged note by note
 * with the window's own unsaved changes; the status bar says what came in.
 *
 * The article: its file is watched (and its folder, since editors and QSaveFile replace a file
 * by renaming a new one over it). When its contents change it is read and analysed again on a
 * worker thread (by an ArticleOpener of its own) and shown with MainWindow::showArticle(): the
 * notes store reopens on the new text, whose Anchorer re-anchors the notes (or keeps them as
 * orphans), the reading position is kept (the words at the top of the view are looked for in
 * the new text) and the status bar says so. A file deleted, emptied or no longer readable is reported, and the window keeps the
 * text it read. Web pages and the bundled sample are not watched.
 */
class ArticleFileWatcher : public QObject
{
    Q_OBJECT

public:
    /** Milliseconds from the last event of a change on disk to reading the file. */
    static constexpr int kSettleMs = 250;

    explicit ArticleFileWatcher(MainWindow *window);
    ~ArticleFileWatcher() override;

    /** The article file watched now (empty when none). */
    QString watchedPath() const { return m_path; }

    /** Where @p pos of @p from is in @p to: the same words, else the same proportion. */
    static qsizetype mapPosition(const Document &from, const Document &to, qsizetype pos);

Q_SIGNALS:
    /** The article changed on disk and was read again (and shown). */
    void articleReloaded(const QString &path);
    /** The article changed on disk but the window keeps its text; @p message says why. */
    void reloadRefused(const QString &path, const QString &message);

private:
    struct Stamp
    {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        friend bool operator==(const Stamp &, const Stamp &) = default;
    };
    static Stamp stampOf(const QString &path);
    void follow();
    void rewatch();
    void check();
    /** The file read again: @p article, or null and @p error. */
    void onLoaded(const QString &path, const Article *article, const QString &error);
    void say(const QString &message, int ms = 10000);

    QPointer<MainWindow> m_window;
    QFileSystemWatcher m_files;
    QTimer m_settle;
    QString m_path;
    Stamp m_stamp;
    ArticleOpener *m_load = nullptr;
    /** Another change came while the file was being read: look again when done. */
    bool m_again = false;
    /** The article being shown is this class's reload (articleShown() keeps the watch). */
    bool m_reloading = false;
};

} // namespace gloss
