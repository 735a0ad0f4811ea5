#pragma once

#include "ReadingTheme.h"
#include "help/ShortcutCatalog.h"
#include "model/Article.h"

#include <QMainWindow>
#include <QPointer>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMessageBox;
class QProgressBar;
class QUndoStack;

namespace gloss {

class ArticleOpener;
class ArticleView;
class ClaimsPanel;
class EntitiesPanel;
class FindBar;
class GettingStartedDialog;
class LibraryDock;
class ShortcutsDialog;
class MessageBar;
class SpeakersPanel;
class WebSources;
namespace library {
class LibraryRecorder;
}
class AnnotationStore;
class NoteExportActions;
class NoteLayer;

/**
 * @brief The reading window: the article, its speakers, entities and claims.
 *
 * Files are opened by dialog, drag and drop, the command line or Open Recent, web pages and
 * the clipboard through webSources(); all of them are read and analysed on a worker thread by
 * one ArticleOpener, which delivers only the latest request's article, and articleShown()
 * follows once it is shown and highlighted. Window geometry, dock layout, theme, zoom and each
 * article's reading position (by content hash, saved whenever another article is shown) are
 * kept in QSettings.
 *
 * Extension points: undoStack() (user edits, e.g. notes), addSidePanel() (a tab beside Claims,
 * Speakers and Entities), the menus (fileMenu(), editMenu(), viewMenu(), addMenu()),
 * setNotesCount() (status bar), and ArticleView's margin lane and selection layers.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Starts loading and analysing @p path in the background; false (with a message shown)
     * when the file cannot be read at all. openFailed() or articleShown() follows.
     */
    bool openFile(const QString &path);
    /**
     * Opens what was asked for from outside the window: the command line, or a second `gloss`
     * through the single-instance channel (absolute paths, `file://` URLs, web addresses). The
     * first is shown (one article at a time); the other files go to File > Open Recent. A
     * window on screen comes to the front. False when the first file cannot be read at all.
     */
    bool openFromElsewhere(const QStringList &arguments);
    /**
     * Shows an already analysed article (synchronously; emits articleShown()), after saving
     * the reading position of the article shown before.
     */
    void showArticle(const Article &article);
    const Article &article() const { return m_article; }
    /** Path of the shown article (empty before one is opened). */
    QString currentPath() const { return m_path; }
    bool isBusy() const;

    ArticleView *articleView() const { return m_view; }
    ClaimsPanel *claimsPanel() const { return m_claims; }
    SpeakersPanel *speakersPanel() const { return m_speakers; }
    EntitiesPanel *entitiesPanel() const { return m_entities; }
    FindBar *findBar() const { return m_findBar; }
    /** The bar above the text for what must not be missed (limits, damaged notes). */
    MessageBar *messageBar() const { return m_messageBar; }
    /** Open Link, Reload from Web, Paste as New Article and the source line above the text. */
    WebSources *webSources() const { return m_web; }
    /** The notes store of the shown article (open once an article is shown). */
    AnnotationStore *notesStore() const { return m_noteStore; }
    NoteExportActions *noteExportActions() const { return m_noteExport; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /** The sticky notes: the margin lane, the Notes tab and menu (owned by the window). */
    NoteLayer *noteLayer() const { return m_noteLayer; }
    /** View > Library, File > Import Folder… (MainWindowLibrary.cpp). */
    LibraryDock *libraryDock() const { return m_libraryDock; }
    /** The side panels' docks, in the order they were added (Claims, Speakers, …). */
    QList<QDockWidget *> sidePanels() const { return m_docks; }

    /** Selects a KSyntaxHighlighting theme by name; false when there is none of that name. */
    bool setThemeName(const QString &name, bool remember = true);
    /** Follows the system's light/dark scheme again (the default). */
    void followSystemTheme();
    /** Name of the theme in use. */
    QString themeName() const { return m_theme.name(); }
    bool followsSystemTheme() const { return m_followSystem; }
    const ReadingTheme &readingTheme() const { return m_theme; }

    /** Recently opened files, newest first. */
    QStringList recentFiles() const;
    static constexpr int kMaxRecent = 10;

    /** Adds @p panel as a tab of the side panel; returns its dock (object name @p name). */
    QDockWidget *addSidePanel(QWidget *panel, const QString &title, const QString &name);
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    /** Adds a top-level menu before Help. */
    QMenu *addMenu(const QString &title);
    QToolBar *mainToolBar() const { return m_toolBar; }
    /** Shows @p count notes in the status bar. */
    void setNotesCount(int count);
    /** Focus mode: only the text, no bars or panels. */
    void setFocusMode(bool on);
    bool isFocusMode() const { return m_focusMode; }
    /**
     * Every action of the window with its keys, by menu (then the find bar's, then those no
     * menu shows): Help > Keyboard Shortcuts and Getting Started are made from it.
     */
    ShortcutCatalog shortcutCatalog() const;
    /** Help > Keyboard Shortcuts (Ctrl+/) and Help > Getting Started (F1). */
    void showShortcuts();
    void showGettingStarted();
    /**
     * One of the window's actions (those added to it, whose shortcuts work in focus mode too,
     * then those of its menus) by object name ("actionOpen", "actionFind", …), for tests and
     * extensions; or null.
     */
    QAction *action(const QString &name) const;

Q_SIGNALS:
    /** Emitted once an article is shown and highlighted. */
    void articleShown();
    void openFailed(const QString &path, const QString &error);
    void themeChanged(const gloss::ReadingTheme &theme);
    /** addSidePanel() added @p dock (View > Go To follows). */
    void sidePanelAdded(QDockWidget *dock);
    /** The window is closing (its close event): work in the background should stop. */
    void closing();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createStatusBar();
    /** The notes store, the export and print actions, the note layer (MainWindowNotes.cpp). */
    void createNotes();
    /** The Library view and Import Folder (MainWindowLibrary.cpp). */
    void createLibrary();
    void openDialog();
    /** View > Language > Restart Now: closes the window and starts Gloss again on the article. */
    void restart();
    void onOpened(const Article &article, const QString &path);
    /** The progress bar, the view's loading text and the status line while one is opened. */
    void showLoading(bool busy);
    void fail(const QString &path, const QString &error);
    void applyTheme(const KSyntaxHighlighting::Theme &theme);
    void rebuildThemeMenu();
    void rebuildRecentMenu();
    void addRecentFile(const QString &path);
    void updateStatus();
    void saveReadingPosition();
    void setSpeakerFilter(int entity);
    void readSettings();
    QAction *makeAction(const QString &name, const QString &text, const QString &icon = {});

    ArticleView *m_view = nullptr;
    FindBar *m_findBar = nullptr;
    MessageBar *m_messageBar = nullptr;
    WebSources *m_web = nullptr;
    library::LibraryRecorder *m_library = nullptr;
    LibraryDock *m_libraryDock = nullptr;
    AnnotationStore *m_noteStore = nullptr;
    NoteExportActions *m_noteExport = nullptr;
    NoteLayer *m_noteLayer = nullptr;
    ClaimsPanel *m_claims = nullptr;
    QDockWidget *m_claimsDock = nullptr;
    SpeakersPanel *m_speakers = nullptr;
    EntitiesPanel *m_entities = nullptr;
    QList<QDockWidget *> m_docks;
    QUndoStack *m_undoStack = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QLabel *m_wordsLabel = nullptr;
    QLabel *m_readingLabel = nullptr;
    QLabel *m_speakersLabel = nullptr;
    QLabel *m_quotesLabel = nullptr;
    QLabel *m_notesLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    /** The "Cannot open article" box shown (it deletes itself when closed). */
    QPointer<QMessageBox> m_errorBox;
    ShortcutsDialog *m_shortcutsDialog = nullptr;
    GettingStartedDialog *m_gettingStarted = nullptr;

    ArticleOpener *m_opener = nullptr;
    Article m_article;
    QString m_path;
    /** "Reading “file”…", cleared from the status bar once the opener is done. */
    QString m_loadingMessage;
    ReadingTheme m_theme;
    bool m_followSystem = true;
    bool m_focusMode = false;
    QByteArray m_stateBeforeFocus;
    int m_notes = 0;
    int m_words = 0;
};

} // namespace gloss
