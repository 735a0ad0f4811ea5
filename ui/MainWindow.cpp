#include "MainWindow.h"

#include "LibraryRecorder.h"

#include "ArticleOpener.h"
#include "SourceHeader.h"
#include "WebSources.h"
#include "annotations/AnnotationStore.h"

#include "ArticleView.h"
#include "ClaimsPanel.h"
#include "EntitiesPanel.h"
#include "FileDialogs.h"
#include "FindBar.h"
#include "Icons.h"
#include "KeyboardNavigation.h"
#include "LanguageMenu.h"
#include "RestartCommand.h"
#include "MessageBar.h"
#include "SpeakersPanel.h"
#include "analysis/Analyzer.h"
#include "help/GettingStarted.h"
#include "help/ShortcutsDialog.h"

#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QStyleHints>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace gloss {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kThemeKey = QStringLiteral("view/theme");
const QString kZoomKey = QStringLiteral("view/zoom");
const QString kPositionsGroup = QStringLiteral("readingPositions");
constexpr int kWordsPerMinute = 230;

bool isResource(const QString &path)
{
    return Document::isBundled(path);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_view(new ArticleView(this))
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Gloss"));
    setAccessibleName(tr("Gloss"));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
    setDocumentMode(true);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    m_findBar = new FindBar(m_view, central);
    m_messageBar = new MessageBar(central);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    setCentralWidget(central);

    createActions();
    createMenus();
    createDocks();
    createStatusBar();

    // Files, links and the clipboard open through one ArticleOpener: read and analysed on a
    // worker thread, and only the latest request is shown.
    m_opener = new ArticleOpener(this);
    connect(m_opener, &ArticleOpener::opened, this, &MainWindow::onOpened);
    connect(m_opener, &ArticleOpener::failed, this, &MainWindow::fail);
    connect(m_opener, &ArticleOpener::busyChanged, this, &MainWindow::showLoading);
    // Web pages and the clipboard: File > Open Link…, Reload from Web; Edit > Paste as New
    // Article; the source line (site, author, date, address) above the text.
    m_web = new WebSources(this, m_opener);
    layout->insertWidget(0, m_web->header());
    m_fileMenu->insertActions(m_recentMenu->menuAction(),
                              {m_web->openLinkAction(), m_web->reloadAction()});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_web->pasteAction());
    for (QAction *a : {m_web->openLinkAction(), m_web->reloadAction(), m_web->pasteAction()})
        addAction(a); // shortcuts work in focus mode too
    connect(this, &MainWindow::articleShown, m_web,
            [this] { m_web->setCurrentDocument(m_article.document); });
    connect(m_web, &WebSources::statusMessage, statusBar(), &QStatusBar::showMessage);

    // Every article shown goes into the library (issue 18), in the background; a problem
    // (a locked or read-only library) is a status message, never a dialog
    m_library = new library::LibraryRecorder({}, this);
    connect(this, &MainWindow::articleShown, m_library,
            [this] { m_library->record(m_article); });
    connect(m_library, &library::LibraryRecorder::problem, statusBar(),
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_web, &WebSources::openFailed, this, &MainWindow::openFailed);

    // The notes, File > Export Notes…, Print…, the note layer (MainWindowNotes.cpp)
    createNotes();

    connect(m_view, &ArticleView::speakerClicked, this, &MainWindow::setSpeakerFilter);
    connect(m_view, &ArticleView::zoomChanged, this, [this](int zoom) {
        QSettings().setValue(kZoomKey, zoom);
        statusBar()->showMessage(tr("Zoom %1%").arg(zoom), 1500);
    });
    connect(m_view, &QTextEdit::copyAvailable, action(QStringLiteral("actionCopy")),
            &QAction::setEnabled);
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_followSystem)
            applyTheme(themes::systemTheme());
    });
    // View > Go To (Ctrl+1… panels, F6 panes), the caret and quote details for the keyboard
    new KeyboardNavigation(this);
    createLibrary(); // after Go To, which lists its dock
    readSettings();
}

MainWindow::~MainWindow()
{
    m_noteStore->close(); // saves (or keeps a copy of) pending notes while messages can be shown
}

QAction *MainWindow::makeAction(const QString &name, const QString &text, const QString &icon)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!icon.isEmpty())
        a->setIcon(icons::icon(icon));
    addAction(a); // shortcuts keep working in focus mode, with the menu bar hidden
    return a;
}

QAction *MainWindow::action(const QString &name) const
{
    // the window's own actions (whose shortcuts work in focus mode too), then its menus'
    QList<QAction *> todo = actions() + menuBar()->actions();
    for (qsizetype i = 0; i < todo.size(); ++i) {
        QAction *a = todo.at(i);
        if (a->objectName() == name)
            return a;
        if (a->menu())
            todo += a->menu()->actions();
    }
    return nullptr;
}

void MainWindow::createActions()
{
    QAction *a = makeAction(QStringLiteral("actionOpen"), tr("&Open…"),
                            QStringLiteral("document-open"));
    a->setShortcut(QKeySequence::Open);
    a->setToolTip(tr("Open an article (%1)").arg(a->shortcut().toString(QKeySequence::NativeText)));
    a->setStatusTip(tr("Open a text, Markdown or HTML article"));
    connect(a, &QAction::triggered, this, &MainWindow::openDialog);

    a = makeAction(QStringLiteral("actionQuit"), tr("&Quit"));
    a->setShortcut(QKeySequence::Quit);
    a->setMenuRole(QAction::QuitRole);
    connect(a, &QAction::triggered, this, &QWidget::close);

    a = makeAction(QStringLiteral("actionCopy"), tr("&Copy"));
    a->setShortcut(QKeySequence::Copy);
    a->setEnabled(false);
    connect(a, &QAction::triggered, m_view, &QTextEdit::copy);

    a = makeAction(QStringLiteral("actionFind"), tr("&Find…"), QStringLiteral("edit-find"));
    a->setShortcut(QKeySequence::Find);
    a->setToolTip(tr("Find in the article (%1)").arg(a->shortcut().toString(QKeySequence::NativeText)));
    connect(a, &QAction::triggered, m_findBar, &FindBar::activate);
    a = makeAction(QStringLiteral("actionFindNext"), tr("Find &Next"));
    a->setShortcut(QKeySequence::FindNext);
    connect(a, &QAction::triggered, m_findBar, &FindBar::findNext);
    a = makeAction(QStringLiteral("actionFindPrevious"), tr("Find Pre&vious"));
    a->setShortcut(QKeySequence::FindPrevious);
    connect(a, &QAction::triggered, m_findBar, &FindBar::findPrevious);

    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    // the platform's Redo (Ctrl+Shift+Z here) and Ctrl+Y, which many users expect too
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    redo->setShortcuts(redoKeys);
    addAction(redo);

    a = makeAction(QStringLiteral("actionZoomIn"), tr("Zoom &In"), QStringLiteral("zoom-in"));
    a->setShortcuts(QKeySequence::ZoomIn);
    connect(a, &QAction::triggered, this, [this] { m_view->zoomBy(1); });
    a = makeAction(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), QStringLiteral("zoom-out"));
    a->setShortcuts(QKeySequence::ZoomOut);
    connect(a, &QAction::triggered, this, [this] { m_view->zoomBy(-1); });
    a = makeAction(QStringLiteral("actionZoomReset"), tr("&Actual Size"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(a, &QAction::triggered, this, [this] { m_view->setZoom(100); });

    const auto layerToggle = [this](const QString &name, const QString &text,
                                    ArticleHighlighter::Layer layer, int key) {
        QAction *t = makeAction(name, text);
        t->setCheckable(true);
        t->setChecked(true);
        t->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | key));
        connect(t, &QAction::toggled, this, [this, layer, name](bool on) {
            m_view->setLayerVisible(layer, on);
            QSettings().setValue(QStringLiteral("view/layers/") + name, on);
        });
    };
    layerToggle(QStringLiteral("actionShowSpeakers"), tr("Colour &Speakers"),
                ArticleHighlighter::SpeakerLayer, Qt::Key_1);
    layerToggle(QStringLiteral("actionShowEntities"), tr("Underline &Entities"),
                ArticleHighlighter::EntityLayer, Qt::Key_2);
    layerToggle(QStringLiteral("actionShowClaims"), tr("Mark &Claims"),
                ArticleHighlighter::ClaimLayer, Qt::Key_3);

    a = makeAction(QStringLiteral("actionShowAllSpeakers"), tr("Show &All Speakers"));
    a->setShortcut(QKeySequence(Qt::Key_Escape));
    a->setShortcutContext(Qt::WindowShortcut);
    a->setEnabled(false);
    connect(a, &QAction::triggered, this, [this] { setSpeakerFilter(-1); });

    a = makeAction(QStringLiteral("actionFocusMode"), tr("&Focus Mode"),
                   QStringLiteral("focus-mode"));
    a->setCheckable(true);
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    a->setToolTip(tr("Only the text (%1)").arg(a->shortcut().toString(QKeySequence::NativeText)));
    connect(a, &QAction::toggled, this, &MainWindow::setFocusMode);

    a = makeAction(QStringLiteral("actionSidePanel"), tr("Side &Panel"),
                   QStringLiteral("side-panel"));
    a->setCheckable(true);
    a->setChecked(true);
    a->setShortcut(QKeySequence(Qt::Key_F9));
    a->setToolTip(tr("Show or hide the side panel (%1)")
                      .arg(a->shortcut().toString(QKeySequence::NativeText)));
    connect(a, &QAction::toggled, this, [this](bool on) {
        for (QDockWidget *d : std::as_const(m_docks))
            d->setVisible(on);
    });

    // Help > Getting Started (F1), Keyboard Shortcuts (Ctrl+/): built from the real actions
    a = makeAction(QStringLiteral("actionGettingStarted"), tr("&Getting Started"));
    a->setShortcut(QKeySequence::HelpContents);
    a->setStatusTip(tr("What the colours mean, the side panel, notes, exporting and keys"));
    connect(a, &QAction::triggered, this, &MainWindow::showGettingStarted);
    a = makeAction(QStringLiteral("actionKeyboardShortcuts"), tr("&Keyboard Shortcuts"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    a->setStatusTip(tr("Every action and its keys, with a filter"));
    connect(a, &QAction::triggered, this, &MainWindow::showShortcuts);

    a = makeAction(QStringLiteral("actionAbout"), tr("&About Gloss"));
    a->setMenuRole(QAction::AboutRole);
    connect(a, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Gloss"),
                           tr("<h3>Gloss %1</h3><p>Read news articles closely: who is speaking, "
                              "what is claimed, and your notes.</p><p>Highlighting and themes by "
                              "KDE's KSyntaxHighlighting.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    a = makeAction(QStringLiteral("actionAboutQt"), tr("About &Qt"));
    a->setMenuRole(QAction::AboutQtRole);
    connect(a, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    menuBar()->setAccessibleName(tr("Menu bar"));
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(action(QStringLiteral("actionOpen")));
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(QStringLiteral("actionQuit")));

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(action(QStringLiteral("actionUndo")));
    m_editMenu->addAction(action(QStringLiteral("actionRedo")));
    m_editMenu->addSeparator();
    m_editMenu->addAction(action(QStringLiteral("actionCopy")));
    m_editMenu->addSeparator();
    m_editMenu->addAction(action(QStringLiteral("actionFind")));
    m_editMenu->addAction(action(QStringLiteral("actionFindNext")));
    m_editMenu->addAction(action(QStringLiteral("actionFindPrevious")));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(action(QStringLiteral("actionZoomIn")));
    m_viewMenu->addAction(action(QStringLiteral("actionZoomOut")));
    m_viewMenu->addAction(action(QStringLiteral("actionZoomReset")));
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(icons::icon(QStringLiteral("theme")), tr("&Theme"));
    m_themeMenu->setObjectName(QStringLiteral("themeMenu"));
    m_themeGroup = new QActionGroup(this);
    m_themeGroup->setExclusive(true);
    rebuildThemeMenu();
    // View > Language: applies at the next start; Restart Now reopens the article
    m_viewMenu->addMenu(LanguageMenu::create(this, [this] { restart(); }));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(action(QStringLiteral("actionShowSpeakers")));
    m_viewMenu->addAction(action(QStringLiteral("actionShowEntities")));
    m_viewMenu->addAction(action(QStringLiteral("actionShowClaims")));
    m_viewMenu->addAction(action(QStringLiteral("actionShowAllSpeakers")));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(action(QStringLiteral("actionSidePanel")));
    m_viewMenu->addAction(action(QStringLiteral("actionFocusMode")));

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(action(QStringLiteral("actionGettingStarted")));
    m_helpMenu->addAction(action(QStringLiteral("actionKeyboardShortcuts")));
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(action(QStringLiteral("actionAbout")));
    m_helpMenu->addAction(action(QStringLiteral("actionAboutQt")));

    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setAccessibleName(tr("Main toolbar"));
    m_toolBar->setMovable(false);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->addAction(action(QStringLiteral("actionOpen")));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(QStringLiteral("actionFind")));
    m_toolBar->addAction(action(QStringLiteral("actionZoomOut")));
    m_toolBar->addAction(action(QStringLiteral("actionZoomIn")));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(QStringLiteral("actionFocusMode")));
    m_toolBar->addAction(action(QStringLiteral("actionSidePanel")));
    rebuildRecentMenu();
}

ShortcutCatalog MainWindow::shortcutCatalog() const
{
    ShortcutCatalog catalog;
    catalog.addMenuBar(menuBar());
    catalog.addActions(m_findBar->actions(), tr("Find Bar"));
    catalog.addActions(actions(), tr("Other")); // window actions no menu shows
    return catalog;
}

void MainWindow::showShortcuts()
{
    if (!m_shortcutsDialog)
        m_shortcutsDialog = new ShortcutsDialog(this);
    m_shortcutsDialog->setCatalog(shortcutCatalog());
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

void MainWindow::showGettingStarted()
{
    if (!m_gettingStarted) {
        m_gettingStarted = new GettingStartedDialog(this);
        connect(this, &MainWindow::themeChanged, m_gettingStarted, [this] {
            if (m_gettingStarted->isVisible()) // the colours on the page are the theme's
                m_gettingStarted->setContent(m_theme, shortcutCatalog());
        });
    }
    m_gettingStarted->setContent(m_theme, shortcutCatalog());
    m_gettingStarted->show();
    m_gettingStarted->raise();
    m_gettingStarted->activateWindow();
}

QMenu *MainWindow::addMenu(const QString &title)
{
    auto *menu = new QMenu(title, this);
    menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
    return menu;
}

void MainWindow::rebuildThemeMenu()
{
    m_themeMenu->clear();
    QAction *system = m_themeMenu->addAction(tr("Follow &System"));
    system->setObjectName(QStringLiteral("actionThemeSystem"));
    system->setCheckable(true);
    system->setChecked(m_followSystem);
    m_themeGroup->addAction(system);
    connect(system, &QAction::triggered, this, &MainWindow::followSystemTheme);
    m_themeMenu->addSeparator();
    const QStringList names = themes::names();
    for (const QString &name : names) {
        QAction *a = m_themeMenu->addAction(name);
        a->setObjectName(QStringLiteral("actionTheme:") + name);
        a->setData(name);
        a->setCheckable(true);
        a->setChecked(!m_followSystem && name == m_theme.name());
        m_themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] { setThemeName(name); });
    }
}

QDockWidget *MainWindow::addSidePanel(QWidget *panel, const QString &title, const QString &name)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setAccessibleName(title);
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    // the tab names the panel: no title bar above it (View menu and F9 show and hide panels)
    dock->setTitleBarWidget(new QWidget(dock));
    dock->setAttribute(Qt::WA_WindowPropagation); // floating, it keeps the theme
    addDockWidget(Qt::RightDockWidgetArea, dock);
    if (!m_docks.isEmpty())
        tabifyDockWidget(m_docks.constLast(), dock);
    m_docks.append(dock);
    if (m_viewMenu) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setObjectName(QStringLiteral("actionPanel:") + name);
        m_viewMenu->insertAction(action(QStringLiteral("actionSidePanel")), toggle);
    }
    Q_EMIT sidePanelAdded(dock); // View > Go To, Ctrl+<n>
    return dock;
}

void MainWindow::createDocks()
{
    m_claims = new ClaimsPanel(this);
    m_speakers = new SpeakersPanel(this);
    m_entities = new EntitiesPanel(this);
    QDockWidget *claims = addSidePanel(m_claims, tr("Claims"), QStringLiteral("claimsDock"));
    m_claimsDock = claims;
    addSidePanel(m_speakers, tr("Speakers"), QStringLiteral("speakersDock"));
    addSidePanel(m_entities, tr("Entities"), QStringLiteral("entitiesDock"));
    claims->raise();
    resizeDocks({claims}, {380}, Qt::Horizontal);

    connect(m_claims, &ClaimsPanel::claimActivated, this, [this](int c) {
        if (c < 0 || c >= m_article.claims.size())
            return;
        const Span span = m_article.claims.at(c).span;
        m_view->scrollToSpan(span);
        m_view->flashSpan(span);
    });
    connect(m_speakers, &SpeakersPanel::speakerActivated, this, &MainWindow::setSpeakerFilter);
    connect(m_speakers, &SpeakersPanel::filterCleared, this, [this] { setSpeakerFilter(-1); });
    connect(m_speakers, &SpeakersPanel::quoteActivated, this,
            [this](int entity, int quote, int number, int count) {
                const Span span = m_article.quotes.value(quote).span;
                m_view->scrollToSpan(span);
                m_view->flashSpan(span);
                statusBar()->showMessage(tr("%1: quote %2 of %3")
                                             .arg(m_article.entities.value(entity).name)
                                             .arg(number).arg(count));
            });
    // Alt+Right, Alt+Left anywhere in the window; View menu
    for (QAction *a : {m_speakers->nextQuoteAction(), m_speakers->previousQuoteAction()}) {
        addAction(a);
        m_viewMenu->insertAction(action(QStringLiteral("actionShowAllSpeakers")), a);
    }
    connect(m_speakers, &SpeakersPanel::speakerVisibilityChanged, this,
            [this](int entity, bool visible) { m_view->setSpeakerHidden(entity, !visible); });
    connect(m_entities, &EntitiesPanel::mentionActivated, this,
            [this](int entity, int mention, int count) {
                const Entity &e = m_article.entities.at(entity);
                const Span span = e.mentions.at(mention);
                m_view->scrollToSpan(span);
                m_view->flashSpan(span);
                statusBar()->showMessage(tr("%1: mention %2 of %3")
                                             .arg(e.name, QLocale().toString(mention + 1),
                                                  QLocale().toString(count)),
                                         3000);
            });
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));
    bar->setAccessibleName(tr("Status bar"));
    bar->setSizeGripEnabled(false);
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("analysisProgress"));
    m_progress->setAccessibleName(tr("Analysing the article"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_progress->hide();
    bar->addPermanentWidget(m_progress);
    const auto label = [bar](const QString &name, const QString &accessible) {
        auto *l = new QLabel(bar);
        l->setObjectName(name);
        l->setAccessibleName(accessible);
        l->setContentsMargins(8, 0, 8, 0);
        bar->addPermanentWidget(l);
        return l;
    };
    m_wordsLabel = label(QStringLiteral("wordsLabel"), tr("Words"));
    m_readingLabel = label(QStringLiteral("readingTimeLabel"), tr("Reading time"));
    m_speakersLabel = label(QStringLiteral("speakersLabel"), tr("Speakers"));
    m_quotesLabel = label(QStringLiteral("quotesLabel"), tr("Quotes"));
    m_notesLabel = label(QStringLiteral("notesLabel"), tr("Notes"));
    updateStatus();
}

void MainWindow::updateStatus()
{
    const bool any = !m_article.document.text().isEmpty();
    const int words = m_words;
    const int minutes = std::max(1, int(std::lround(double(words) / kWordsPerMinute)));
    const SpeakerIndex &speakers = m_view->articleIndex().speakerIndex();
    const QLocale locale;
    m_wordsLabel->setText(tr("Words: %1").arg(locale.toString(words)));
    m_readingLabel->setText(tr("Reading time: %1 min").arg(locale.toString(minutes)));
    m_speakersLabel->setText(tr("Speakers: %1").arg(locale.toString(speakers.speakers().size())));
    m_quotesLabel->setText(tr("Quotes: %1").arg(locale.toString(speakers.directQuoteCount())));
    m_notesLabel->setText(tr("Notes: %1").arg(locale.toString(m_notes)));
    for (QLabel *l : {m_wordsLabel, m_readingLabel, m_speakersLabel, m_quotesLabel})
        l->setVisible(any);
}

void MainWindow::setNotesCount(int count)
{
    m_notes = count;
    updateStatus();
}

void MainWindow::readSettings()
{
    QSettings s;
    const QString theme = s.value(kThemeKey).toString();
    if (theme.isEmpty() || !setThemeName(theme, false))
        followSystemTheme();
    m_view->setZoom(s.value(kZoomKey, 100).toInt());
    for (const QString &name : {QStringLiteral("actionShowSpeakers"),
                               QStringLiteral("actionShowEntities"),
                               QStringLiteral("actionShowClaims")}) {
        action(name)->setChecked(s.value(QStringLiteral("view/layers/") + name, true).toBool());
    }
    const QByteArray geometry = s.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1400, 900);
    restoreState(s.value(kStateKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveReadingPosition();
    if (m_focusMode)
        setFocusMode(false);
    QSettings s;
    s.setValue(kGeometryKey, saveGeometry());
    s.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        Q_EMIT closing();
}

bool MainWindow::setThemeName(const QString &name, bool remember)
{
    const KSyntaxHighlighting::Theme theme = themes::byName(name);
    if (!theme.isValid())
        return false;
    m_followSystem = false;
    if (remember)
        QSettings().setValue(kThemeKey, theme.name());
    applyTheme(theme);
    return true;
}

void MainWindow::followSystemTheme()
{
    m_followSystem = true;
    QSettings().remove(kThemeKey);
    applyTheme(themes::systemTheme());
}

void MainWindow::applyTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_theme = ReadingTheme(theme);
    // the application (menus, dialogs, tool tips) and this window with its docks, at once
    QApplication::setPalette(m_theme.palette());
    setPalette(m_theme.palette());
    m_view->setReadingTheme(m_theme);
    m_messageBar->setReadingTheme(m_theme);
    m_claims->setReadingTheme(m_theme);
    m_speakers->setReadingTheme(m_theme);
    m_entities->setReadingTheme(m_theme);
    const auto actions = m_themeGroup->actions();
    for (QAction *a : actions) {
        if (a->objectName() == u"actionThemeSystem")
            a->setChecked(m_followSystem);
        else
            a->setChecked(!m_followSystem && a->data().toString() == m_theme.name());
    }
    Q_EMIT themeChanged(m_theme);
}

bool MainWindow::isBusy() const
{
    return m_opener->isBusy();
}

bool MainWindow::openFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isDir() || !info.isReadable()) {
        fail(path, info.isDir() ? tr("“%1” is a folder, not an article.").arg(path)
                                : tr("“%1” cannot be read: no such file.").arg(path));
        return false;
    }
    m_opener->openFile(path);
    m_loadingMessage = tr("Reading “%1”…").arg(info.fileName());
    statusBar()->showMessage(m_loadingMessage);
    m_view->setLoadingText(m_loadingMessage);
    return true;
}

void MainWindow::showLoading(bool busy)
{
    m_progress->setVisible(busy);
    if (busy)
        return;
    m_view->setLoadingText({});
    if (statusBar()->currentMessage() == m_loadingMessage)
        statusBar()->clearMessage(); // not what was said since (a page downloaded, …)
}

void MainWindow::onOpened(const Article &article, const QString &path)
{
    m_path = path;
    showArticle(article);
    if (!m_path.isEmpty() && !isResource(m_path))
        addRecentFile(m_path);
}

void MainWindow::fail(const QString &path, const QString &error)
{
    statusBar()->showMessage(error);
    Q_EMIT openFailed(path, error);
    if (!isVisible())
        return;
    if (m_errorBox) { // the latest error replaces the one shown; boxes do not pile up
        m_errorBox->setText(error);
        m_errorBox->raise();
        return;
    }
    // not modal: a window opened on a bad file still works, and tests never block
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open article"), error,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox = box;
    box->open();
}

void MainWindow::showArticle(const Article &article)
{
    saveReadingPosition(); // of the article left, however the new one came
    m_article = article;
    m_words = article.wordCount(); // once: the status bar is updated often (notes count)
    m_view->setArticle(article);
    m_claims->setArticle(article);
    m_speakers->setArticle(article, m_view->articleIndex());
    m_entities->setArticle(article);
    action(QStringLiteral("actionShowAllSpeakers"))->setEnabled(false);
    if (m_findBar->isVisible())
        m_findBar->refresh();
    const QString name = QFileInfo(article.document.source()).fileName();
    setWindowTitle(tr("%1 — Gloss").arg(article.title.isEmpty() ? name : article.title));
    setWindowFilePath(isResource(m_path) ? QString() : m_path);
    updateStatus();
    // what the reader must know about this text stays above it until dismissed
    QStringList warnings = article.document.warnings;
    if (article.limited) {
        const qsizetype limit = article.analysedLength;
        const qsizetype length = std::max<qsizetype>(1, article.document.text().size());
        warnings.append(tr("This article is too long to analyse whole: quotes, speakers, entities "
                           "and claims cover only its first %L1 characters (%2% of the text). "
                           "All of the text is shown.")
                            .arg(limit)
                            .arg(std::max<qsizetype>(1, limit * 100 / length)));
    }
    for (const QString &w : article.warnings) {
        if (!article.limited || !w.startsWith(u"text too long"))
            warnings.append(w);
    }
    m_messageBar->setMessage(QStringLiteral("article"), warnings.join(u'\n'));

    const QByteArray sha = article.document.sha256();
    const QVariant pos = QSettings().value(kPositionsGroup + u'/' + QString::fromLatin1(sha));
    if (pos.isValid() && !sha.isEmpty())
        m_view->scrollToPosition(pos.toLongLong());
    Q_EMIT articleShown();
}

void MainWindow::saveReadingPosition()
{
    const QByteArray sha = m_article.document.sha256();
    if (sha.isEmpty() || m_article.document.text().isEmpty())
        return;
    QSettings().setValue(kPositionsGroup + u'/' + QString::fromLatin1(sha), m_view->topPosition());
}

void MainWindow::setSpeakerFilter(int entity)
{
    if (entity >= 0 && entity == m_view->speakerFilter())
        entity = -1; // a second click shows everyone again
    m_view->setSpeakerFilter(entity);
    m_speakers->setFilter(entity);
    action(QStringLiteral("actionShowAllSpeakers"))->setEnabled(entity >= 0);
    if (entity >= 0 && entity < m_article.entities.size()) {
        statusBar()->showMessage(tr("Showing only %1’s quotes. Press Esc to show everyone’s.")
                                     .arg(m_article.entities.at(entity).name));
    } else {
        statusBar()->clearMessage();
    }
}

void MainWindow::setFocusMode(bool on)
{
    if (on == m_focusMode)
        return;
    m_focusMode = on;
    if (on) {
        m_stateBeforeFocus = saveState();
        for (QDockWidget *d : std::as_const(m_docks))
            d->hide();
        m_toolBar->hide();
        menuBar()->hide();
        statusBar()->hide();
    } else {
        menuBar()->show();
        statusBar()->show();
        m_toolBar->show();
        restoreState(m_stateBeforeFocus);
    }
    QAction *a = action(QStringLiteral("actionFocusMode"));
    const QSignalBlocker block(a);
    a->setChecked(on);
}

void MainWindow::restart()
{
    // started again the way this process was (under the build root's loader too), on the
    // article shown: its file, or the web page's saved copy
    QString open = isResource(m_path) ? QString() : m_path;
    if (m_path.isEmpty() && WebSources::isWebAddress(m_article.document.source()))
        open = m_article.document.source();
    const RestartCommand command = RestartCommand::forThisProcess(open);
    if (m_noteStore->isOpen())
        m_noteStore->save(); // before the new process reads them
    if (!close())
        return;
    if (!command.startDetached())
        qWarning("gloss: cannot start %s again", qPrintable(command.program));
}

} // namespace gloss
