#include "MainWindow.h"

// The window's files: File > Open…, Open Recent, and articles, links and folders dropped on the
// window (split from MainWindow.cpp, which stays the window's frame).

#include "FileDialogs.h"
#include "library/LibraryDock.h"
#include "WebSources.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace gloss {

namespace {

const QString kRecentKey = QStringLiteral("recentFiles");

} // namespace

void MainWindow::openDialog()
{
    // the shown article's folder, else the one an article was last opened from
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Article"),
        FileDialogs::startFolder(FileDialogs::Kind::OpenArticle, m_path),
        tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"));
    if (path.isEmpty())
        return;
    FileDialogs::remember(FileDialogs::Kind::OpenArticle, path);
    openFile(path);
}

bool MainWindow::openFromElsewhere(const QStringList &arguments)
{
    if (isVisible()) { // a file manager asked: the window comes to the front
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        raise();
        activateWindow();
    }
    const auto localFile = [](const QString &argument) {
        const QUrl url(argument.trimmed());
        return url.isLocalFile() ? url.toLocalFile() : QFileInfo(argument).absoluteFilePath();
    };
    // the others first, so that the one shown ends at the top of Open Recent
    for (qsizetype i = arguments.size() - 1; i >= 1; --i) {
        if (WebSources::isWebAddress(arguments.at(i)))
            continue;
        const QString path = localFile(arguments.at(i));
        if (QFileInfo(path).isFile())
            addRecentFile(path);
    }
    if (arguments.isEmpty())
        return true;
    if (WebSources::isWebAddress(arguments.first())) {
        m_web->openUrl(QUrl(arguments.first().trimmed()));
        return true; // downloads in the background: articleShown() or openFailed() follows
    }
    return openFile(localFile(arguments.first()));
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(kRecentKey, list);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList list = recentFiles();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list.at(i);
        QString text = QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"));
        if (i < 9)
            text = QStringLiteral("&%1  %2").arg(i + 1).arg(text);
        QAction *a = m_recentMenu->addAction(text);
        a->setObjectName(QStringLiteral("actionRecent%1").arg(i));
        a->setData(path);
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!list.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    clear->setEnabled(!list.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        QSettings().remove(kRecentKey);
        rebuildRecentMenu();
    });
    m_recentMenu->setEnabled(true);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); })
        || !WebSources::droppedWebUrl(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    // folders go into the library (in the background), like File > Import Folder…
    QStringList folders;
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir())
            folders << url.toLocalFile();
    }
    if (!folders.isEmpty()) {
        event->acceptProposedAction();
        m_libraryDock->importPaths(folders);
        return;
    }
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            openFile(url.toLocalFile());
            return;
        }
    }
    // a dropped link opens like File > Open Link
    const QUrl web = WebSources::droppedWebUrl(event->mimeData());
    if (!web.isEmpty()) {
        event->acceptProposedAction();
        m_web->openUrl(web);
    }
}

} // namespace gloss
