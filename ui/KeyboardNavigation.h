#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QKeySequence;
class QMenu;
class QTabBar;
class QWidget;

namespace gloss {

class MainWindow;

/**
 * @brief Keyboard access to the reading window, beyond Tab and the menus.
 *
 * - View > Go To: Ctrl+1, Ctrl+2, Ctrl+3, … show a side panel (by its order) and move the focus
 *   into it; F6 and Shift+F6 move between the panes (article, the side panel shown, the find
 *   bar when open, the page's source line when shown); Ctrl+Shift+A back to the article.
 * - The article shows its caret whenever it has the keyboard focus, so the focus is visible.
 * - When the caret moves onto a quote or a name, what the mouse would show (speaker, cue,
 *   entity kind) is shown beside the caret and in the status bar: colour is never the only way
 *   to tell who speaks.
 *
 * The actions are the window's (object names "actionGoTo:<dock name>", "actionGoToArticle",
 * "actionNextPane", "actionPreviousPane").
 */
class KeyboardNavigation : public QObject
{
    Q_OBJECT

public:
    /** Adds the actions to @p window (and its View menu); owned by the window. */
    explicit KeyboardNavigation(MainWindow *window);

    /** The panes F6 visits, in order (visible ones only). */
    QList<QWidget *> panes() const;
    /** Moves the focus @p step panes on (1 forwards, -1 backwards). */
    void cyclePanes(int step);
    /**
     * Adds View > Go To > @p dock's panel (Ctrl+<n> for the first nine); the window's side
     * panels are added by themselves (MainWindow::sidePanels(), sidePanelAdded()).
     */
    void addDock(QDockWidget *dock);
    /** Shows @p dock, raises its tab and puts the focus into it. */
    void focusDock(QDockWidget *dock);
    /** Names the scroll bars of the named scroll areas below @p root ("Article, vertical…"). */
    static void nameScrollBars(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void announceAtCaret();
    void nameTabBar(QTabBar *tabs);
    QAction *addAction(const QString &name, const QString &text, const QKeySequence &key);

    MainWindow *m_window;
    /**
     * The window's article view (watched for focus), as a QObject: compared with what the
     * filter sees, also while the view is being destroyed (no cast of a half-destroyed view).
     */
    QPointer<QObject> m_view;
    QMenu *m_menu = nullptr;
    QList<QPointer<QDockWidget>> m_docks;
    /** The menu bar's » button (shown when the menus do not fit). */
    QPointer<QObject> m_moreButton;
    QString m_announced;
};

} // namespace gloss
