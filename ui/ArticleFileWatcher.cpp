#include "ArticleFileWatcher.h"

#include "ArticleOpener.h"
#include "ArticleView.h"
#include "MainWindow.h"
#include "annotations/Anchorer.h"
#include "annotations/AnnotationStore.h"

#include <QFileInfo>
#include <QScrollBar>
#include <QStatusBar>
#include <QTimeZone>

#include <algorithm>
#include <utility>

namespace gloss {

namespace {

/** Characters of the text at the top of the view that are looked for in the new text. */
constexpr qsizetype kProbeLength = 48;

bool isWatchable(const QString &path)
{
    return !path.isEmpty() && !path.startsWith(u':') && !path.startsWith(u"qrc:")
           && !path.contains(QLatin1StringView("://"));
}

} // namespace

ArticleFileWatcher::ArticleFileWatcher(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("articleFileWatcher"));
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &ArticleFileWatcher::check);
    connect(&m_files, &QFileSystemWatcher::fileChanged, this, [this] { m_settle.start(); });
    connect(&m_files, &QFileSystemWatcher::directoryChanged, this, [this](const QString &dir) {
        if (!m_path.isEmpty() && QFileInfo(m_path).absolutePath() == dir)
            m_settle.start(); // the file may have been replaced, made again or removed
    });
    m_load = new ArticleOpener(this);
    connect(m_load, &ArticleOpener::opened, this,
            [this](const Article &article, const QString &path) { onLoaded(path, &article, {}); });
    connect(m_load, &ArticleOpener::failed, this,
            [this](const QString &path, const QString &error) { onLoaded(path, nullptr, error); });
    connect(window, &MainWindow::articleShown, this, &ArticleFileWatcher::follow);

    AnnotationStore *store = window->notesStore();
    store->setWatchingDisk(true);
    connect(store, &AnnotationStore::changedOnDisk, this,
            [this](int added, int changed, int removed) {
                QStringList parts;
                if (added > 0)
                    parts.append(tr("%n note(s) added", nullptr, added));
                if (changed > 0)
                    parts.append(tr("%n changed", "notes", changed));
                if (removed > 0)
                    parts.append(tr("%n removed", "notes", removed));
                if (!parts.isEmpty())
                    say(tr("Notes saved by another program: %1.").arg(parts.join(u", ")), 6000);
            });
}

ArticleFileWatcher::~ArticleFileWatcher() = default; // m_load waits for its worker

ArticleFileWatcher::Stamp ArticleFileWatcher::stampOf(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return Stamp{};
    return Stamp{true, fi.size(), fi.lastModified(QTimeZone::UTC)};
}

void ArticleFileWatcher::follow()
{
    if (m_reloading || !m_window)
        return; // the same file, read again: its stamp is current
    const QString path = m_window->currentPath();
    m_settle.stop();
    m_again = false;
    m_path = isWatchable(path) ? QFileInfo(path).absoluteFilePath() : QString();
    m_stamp = m_path.isEmpty() ? Stamp{} : stampOf(m_path);
    rewatch();
}

void ArticleFileWatcher::rewatch()
{
    const QStringList watched = m_files.files() + m_files.directories();
    if (!watched.isEmpty())
        m_files.removePaths(watched);
    if (m_path.isEmpty())
        return;
    // a file replaced by a rename is a new file to the watcher: it is added again each time
    const QFileInfo fi(m_path);
    QStringList wanted{fi.absolutePath()};
    if (fi.exists())
        wanted.append(m_path);
    m_files.addPaths(wanted);
}

void ArticleFileWatcher::check()
{
    rewatch();
    if (m_path.isEmpty() || !m_window)
        return;
    if (m_load->isBusy()) {
        m_again = true;
        return;
    }
    if (m_window->isBusy()) {
        m_settle.start(); // another article is being opened; look again then
        return;
    }
    const Stamp now = stampOf(m_path);
    if (now == m_stamp)
        return; // the folder changed, or the window's own reading of it
    m_stamp = now;
    const QString name = QFileInfo(m_path).fileName();
    if (!now.exists) {
        const QString message = tr("“%1” was deleted or moved on disk; the window keeps the "
                                   "text it read (and its notes).")
                                    .arg(name);
        say(message);
        Q_EMIT reloadRefused(m_path, message);
        return;
    }
    m_load->openFile(m_path);
}

qsizetype ArticleFileWatcher::mapPosition(const Document &from, const Document &to,
                                          qsizetype pos)
{
    const qsizetype oldSize = from.text().size();
    const qsizetype newSize = to.text().size();
    pos = std::clamp<qsizetype>(pos, 0, oldSize);
    if (pos == 0 || newSize == 0)
        return 0;
    const qsizetype end = std::min(oldSize, pos + kProbeLength);
    if (end > pos && !QStringView(from.text()).mid(pos, end - pos).trimmed().isEmpty()) {
        Annotation probe = Annotation::onSpan(from, Span{pos, end}, QString());
        Anchorer(to).anchor(probe, false);
        if (probe.isPlaced())
            return probe.span.start;
    }
    return std::clamp<qsizetype>(qsizetype(double(pos) * newSize / double(oldSize)), 0, newSize);
}

void ArticleFileWatcher::onLoaded(const QString &path, const Article *article,
                                  const QString &error)
{
    const bool again = std::exchange(m_again, false);
    if (!m_window || path != m_path || m_window->isBusy())
        return; // another article was opened meanwhile
    const QString name = QFileInfo(m_path).fileName();
    if (!article || article->document.text().trimmed().isEmpty()) {
        const QString why = article ? tr("it holds no text now") : error;
        const QString message = tr("“%1” changed on disk but cannot be read again (%2); the "
                                   "window keeps the text it read.")
                                    .arg(name, why);
        say(message);
        Q_EMIT reloadRefused(m_path, message);
    } else if (article->document.sha256() != m_window->article().document.sha256()) {
        ArticleView *view = m_window->articleView();
        const Document before = m_window->article().document;
        const qsizetype top = view->topPosition();
        const bool atStart = view->articleScrollBar()->value() == 0;
        m_reloading = true;
        m_window->showArticle(*article); // the notes are re-anchored on the new text
        m_reloading = false;
        if (atStart)
            view->scrollToStart(); // the headline, not its first line's top
        else
            view->scrollToPosition(mapPosition(before, article->document, top));
        const QList<Annotation> &notes = m_window->notesStore()->annotations();
        const auto orphans = std::count_if(notes.cbegin(), notes.cend(),
                                           [](const Annotation &a) { return a.isOrphan(); });
        QString message = tr("“%1” changed on disk and was read again.").arg(name);
        if (!notes.isEmpty()) {
            message += u' '
                       + (orphans == 0
                              ? tr("Its %n note(s) were placed on the new text.", nullptr,
                                   int(notes.size()))
                              : tr("%n note(s) lost their passage and are listed as orphans "
                                   "in the Notes tab.",
                                   nullptr, int(orphans)));
        }
        say(message);
        Q_EMIT articleReloaded(m_path);
    }
    if (again)
        check();
}

void ArticleFileWatcher::say(const QString &message, int ms)
{
    if (m_window)
        m_window->statusBar()->showMessage(message, ms);
}

} // namespace gloss
