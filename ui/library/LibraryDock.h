#pragma once

#include "model/Document.h"

#include <QDockWidget>

#include <functional>

class QAction;
class QTimer;

namespace gloss {

class FolderImport;
class LibraryNavigator;
class LibraryPanel;
class MainWindow;

/**
 * @brief The Library view in the window: a dock with the LibraryPanel, View > Library
 * (Ctrl+Shift+L), File > Import Folder… (FolderImport), and the way from a result to its
 * article (LibraryNavigator).
 *
 * The dock stands left of the article, hidden until asked for; View > Go To lists it with the
 * side panels (F6 visits it). Ctrl+Shift+L shows it with the focus in its search field, and
 * hides it when it has the focus. The list is read again when the window adds an article to
 * the library (libraryChanged()) or an import ends, and follows the window's theme.
 */
class LibraryDock : public QDockWidget
{
    Q_OBJECT

public:
    /** Added to @p window; @p openDocument opens a text the library keeps (no file). */
    LibraryDock(MainWindow *window, std::function<void(const Document &)> openDocument);

    LibraryPanel *panel() const { return m_panel; }
    FolderImport *folderImport() const { return m_import; }
    LibraryNavigator *navigator() const { return m_navigator; }
    /** View > Library. */
    QAction *libraryAction() const { return m_action; }

    /** Shows the view with the keyboard focus in its search field. */
    void showLibrary();
    /**
     * Shows the view with a search (@p kind: "articles", "quotes" or "notes"; false for
     * another word), as `gloss --library-search` asks.
     */
    bool showSearch(const QString &text, const QString &kind);
    /** Adds folders (and files) to the library in the background (a folder dropped). */
    bool importPaths(const QStringList &paths);
    /** The library changed (an article added): the list is read again soon. */
    void libraryChanged();

private:
    void toggle();

    MainWindow *m_window;
    LibraryPanel *m_panel = nullptr;
    FolderImport *m_import = nullptr;
    LibraryNavigator *m_navigator = nullptr;
    QAction *m_action = nullptr;
    QTimer *m_reload = nullptr;
};

} // namespace gloss
