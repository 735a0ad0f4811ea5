#include "LibraryDock.h"

#include "ArticleView.h"
#include "FolderImport.h"
#include "LibraryNavigator.h"
#include "LibraryPanel.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>

namespace gloss {

namespace {

constexpr int kReloadDelayMs = 400;

} // namespace

LibraryDock::LibraryDock(MainWindow *window, std::function<void(const Document &)> openDocument)
    : QDockWidget(tr("Library"), window)
    , m_window(window)
    , m_panel(new LibraryPanel(this))
    , m_import(new FolderImport(window, window->statusBar()))
    , m_navigator(new LibraryNavigator(window, std::move(openDocument)))
{
    setObjectName(QStringLiteral("libraryDock"));
    setAccessibleName(tr("Library"));
    setWidget(m_panel);
    setFeatures(DockWidgetMovable | DockWidgetFloatable | DockWidgetClosable);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    setAttribute(Qt::WA_WindowPropagation); // floating, it keeps the theme
    window->addDockWidget(Qt::LeftDockWidgetArea, this);
    window->resizeDocks({this}, {460}, Qt::Horizontal);
    hide();

    // View > Library: shows it and goes to the search field; from inside it, hides it
    m_action = new QAction(tr("Li&brary"), window);
    m_action->setObjectName(QStringLiteral("actionLibrary"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_action->setStatusTip(tr("Every article read: search its quotes and notes"));
    window->addAction(m_action); // also in focus mode
    connect(m_action, &QAction::triggered, this, &LibraryDock::toggle);
    connect(this, &QDockWidget::visibilityChanged, m_action, [this] {
        m_action->setChecked(isVisible());
    });
    QMenu *view = window->viewMenu();
    view->insertAction(window->action(QStringLiteral("actionSidePanel")), m_action);

    // File > Import Folder…, after Open Recent
    QMenu *file = window->fileMenu();
    const QList<QAction *> fileActions = file->actions();
    QAction *before = nullptr;
    for (qsizetype i = 0; i + 1 < fileActions.size(); ++i) {
        if (fileActions.at(i)->menu())
            before = fileActions.at(i + 1);
    }
    file->insertAction(before, m_import->importAction());
    connect(m_import, &FolderImport::message, window->statusBar(), &QStatusBar::showMessage);
    connect(m_import, &FolderImport::finished, m_panel, &LibraryPanel::reload);

    connect(m_panel, &LibraryPanel::openRequested, this, [this](const LibraryTarget &target) {
        m_navigator->open(target, m_panel->paths().texts());
    });
    connect(m_panel, &LibraryPanel::statusMessage, window->statusBar(),
            &QStatusBar::showMessage);
    connect(m_navigator, &LibraryNavigator::problem, window->statusBar(),
            [window](const QString &message) { window->statusBar()->showMessage(message, 6000); });
    connect(window, &MainWindow::themeChanged, m_panel, &LibraryPanel::setReadingTheme);
    m_panel->setReadingTheme(window->readingTheme());
    // focus mode: only the text
    connect(window->action(QStringLiteral("actionFocusMode")), &QAction::toggled, this,
            [this](bool on) {
                if (on)
                    hide();
            });

    m_reload = new QTimer(this);
    m_reload->setSingleShot(true);
    m_reload->setInterval(kReloadDelayMs);
    connect(m_reload, &QTimer::timeout, m_panel, &LibraryPanel::reload);

    // View > Go To > Library Panel, and F6
    Q_EMIT window->sidePanelAdded(this);
}

void LibraryDock::toggle()
{
    QWidget *focus = QApplication::focusWidget();
    if (isVisible() && focus && isAncestorOf(focus)) {
        hide();
        m_window->articleView()->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    showLibrary();
}

void LibraryDock::showLibrary()
{
    if (m_window->isFocusMode())
        m_window->setFocusMode(false);
    show();
    raise();
    m_panel->openLibrary();
    m_panel->setFocus(Qt::ShortcutFocusReason);
    m_action->setChecked(true);
}

bool LibraryDock::showSearch(const QString &text, const QString &kind)
{
    const auto k = library::searchKindFromName(kind.isEmpty() ? QStringLiteral("articles") : kind);
    if (!k)
        return false;
    showLibrary();
    m_panel->setSearch(text, *k);
    return true;
}

bool LibraryDock::importPaths(const QStringList &paths)
{
    if (!m_import->importPaths(paths))
        return false;
    if (!isVisible())
        showLibrary();
    return true;
}

void LibraryDock::libraryChanged()
{
    if (m_panel->isLibraryOpen())
        m_reload->start();
}

} // namespace gloss
