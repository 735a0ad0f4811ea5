#include "KeyboardNavigation.h"

#include "ArticleView.h"
#include "FindBar.h"
#include "MainWindow.h"
#include "SourceHeader.h"
#include "WebSources.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QActionEvent>
#include <QApplication>
#include <QDockWidget>
#include <QFocusEvent>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>

namespace gloss {

namespace {

constexpr int kMaxDockShortcuts = 9;

QString withoutMnemonic(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
}

bool isKeyboardReason(Qt::FocusReason reason)
{
    return reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
           reason == Qt::ShortcutFocusReason || reason == Qt::OtherFocusReason;
}

} // namespace

KeyboardNavigation::KeyboardNavigation(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("keyboardNavigation"));
    m_menu = window->viewMenu()->addMenu(tr("&Go To"));
    m_menu->setObjectName(QStringLiteral("goToMenu"));

    QAction *a = addAction(QStringLiteral("actionGoToArticle"), tr("&Article"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    a->setStatusTip(tr("Move the keyboard focus to the article text"));
    connect(a, &QAction::triggered, this,
            [this] { m_window->articleView()->setFocus(Qt::ShortcutFocusReason); });
    a = addAction(QStringLiteral("actionNextPane"), tr("&Next Pane"), QKeySequence(Qt::Key_F6));
    a->setStatusTip(tr("Move the keyboard focus to the next part of the window"));
    connect(a, &QAction::triggered, this, [this] { cyclePanes(1); });
    a = addAction(QStringLiteral("actionPreviousPane"), tr("&Previous Pane"),
                  QKeySequence(Qt::SHIFT | Qt::Key_F6));
    a->setStatusTip(tr("Move the keyboard focus to the previous part of the window"));
    connect(a, &QAction::triggered, this, [this] { cyclePanes(-1); });
    m_menu->addSeparator();
    // the panels in the order they were added (Claims, Speakers, Entities, then any later)
    const QList<QDockWidget *> docks = window->sidePanels();
    for (QDockWidget *dock : docks)
        addDock(dock);
    connect(window, &MainWindow::sidePanelAdded, this, &KeyboardNavigation::addDock);
    nameScrollBars(window);
    // Qt's own controls: the menu bar's » button (when the menus do not fit; the menu bar's
    // only tool button), the dock tabs
    const QList<QToolButton *> buttons =
        window->menuBar()->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    if (buttons.size() == 1) {
        QToolButton *more = buttons.first();
        m_moreButton = more;
        more->setAccessibleName(tr("More menus"));
        if (more->menu())
            more->menu()->setTitle(tr("More menus"));
        more->installEventFilter(this); // its action comes once the menu bar is laid out
    }
    window->installEventFilter(this);
    for (QTabBar *tabs : window->findChildren<QTabBar *>())
        nameTabBar(tabs);

    ArticleView *view = window->articleView();
    m_view = view;
    view->setTabChangesFocus(true); // read only: Tab moves on, it never types a tab
    view->installEventFilter(this);
    connect(view, &QTextEdit::cursorPositionChanged, this, &KeyboardNavigation::announceAtCaret);
}

QAction *KeyboardNavigation::addAction(const QString &name, const QString &text,
                                       const QKeySequence &key)
{
    auto *a = new QAction(text, m_window);
    a->setObjectName(name);
    a->setShortcut(key);
    m_window->addAction(a); // works in focus mode too, with the menu bar hidden
    m_menu->addAction(a);
    return a;
}

void KeyboardNavigation::addDock(QDockWidget *dock)
{
    if (m_docks.contains(dock))
        return;
    m_docks.append(dock);
    const int n = int(m_docks.size());
    QAction *a = addAction(QStringLiteral("actionGoTo:") + dock->objectName(),
                           tr("%1 Panel").arg(withoutMnemonic(dock->windowTitle())),
                           n <= kMaxDockShortcuts ? QKeySequence(Qt::CTRL | (Qt::Key_0 + n))
                                                  : QKeySequence());
    a->setStatusTip(tr("Show the %1 panel and move the keyboard focus into it")
                        .arg(withoutMnemonic(dock->windowTitle())));
    connect(a, &QAction::triggered, this, [this, dock = QPointer<QDockWidget>(dock)] {
        if (dock)
            focusDock(dock);
    });
}

void KeyboardNavigation::focusDock(QDockWidget *dock)
{
    if (m_window->isFocusMode())
        m_window->setFocusMode(false);
    dock->show();
    dock->raise();
    QWidget *target = dock->widget() ? dock->widget() : dock;
    target->setFocus(Qt::ShortcutFocusReason);
}

QList<QWidget *> KeyboardNavigation::panes() const
{
    QList<QWidget *> list{m_window->articleView()};
    if (m_window->findBar()->isVisible())
        list.append(m_window->findBar());
    SourceHeader *header = m_window->webSources()->header();
    if (header->isVisible())
        list.append(header);
    for (QDockWidget *dock : m_docks) {
        if (dock && dock->isVisible() && dock->widget() && !dock->visibleRegion().isEmpty())
            list.append(dock->widget());
    }
    return list;
}

void KeyboardNavigation::cyclePanes(int step)
{
    const QList<QWidget *> list = panes();
    QWidget *focus = QApplication::focusWidget();
    qsizetype at = -1;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (focus && (list.at(i) == focus || list.at(i)->isAncestorOf(focus)))
            at = i;
    }
    const qsizetype n = list.size();
    const qsizetype next = at < 0 ? 0 : ((at + step) % n + n) % n;
    QWidget *target = list.at(next);
    // a pane's own focus proxy, else its first control
    if (!target->focusProxy() && !(target->focusPolicy() & Qt::TabFocus)) {
        const QList<QWidget *> children = target->findChildren<QWidget *>();
        for (QWidget *child : children) {
            if ((child->focusPolicy() & Qt::TabFocus) && child->isVisible() && child->isEnabled()) {
                target = child;
                break;
            }
        }
    }
    target->setFocus(Qt::ShortcutFocusReason);
}

void KeyboardNavigation::nameTabBar(QTabBar *tabs)
{
    tabs->setAccessibleName(tr("Side panels"));
    tabs->setAccessibleDescription(
        tr("Left and Right switch between the panels; Ctrl+1, Ctrl+2, … go to one"));
}

bool KeyboardNavigation::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ActionAdded && watched == m_moreButton) {
        QAction *a = static_cast<QActionEvent *>(event)->action();
        if (a->text().isEmpty())
            a->setText(tr("More menus"));
        return false;
    }
    // the window's dock tab bars come and go with the layout
    if (watched == m_window && event->type() == QEvent::ChildPolished) {
        if (auto *tabs = qobject_cast<QTabBar *>(static_cast<QChildEvent *>(event)->child()))
            nameTabBar(tabs);
        return false;
    }
    // (not through m_window: this also sees the events of the window's destruction)
    if (event->type() == QEvent::FocusIn && watched == m_view) {
        auto *view = static_cast<ArticleView *>(watched);
        // the caret shows where the keyboard focus is (it stays hidden for mouse readers)
        if (isKeyboardReason(static_cast<QFocusEvent *>(event)->reason()) &&
            view->cursorWidth() == 0) {
            view->setCursorWidth(
                std::max(1, view->style()->pixelMetric(QStyle::PM_TextCursorWidth)) + 1);
        }
    }
    return QObject::eventFilter(watched, event);
}

void KeyboardNavigation::nameScrollBars(QWidget *root)
{
    const QList<QAbstractScrollArea *> areas = root->findChildren<QAbstractScrollArea *>();
    for (QAbstractScrollArea *area : areas) {
        const QString owner = area->accessibleName();
        if (owner.isEmpty())
            continue;
        if (area->verticalScrollBar()->accessibleName().isEmpty())
            area->verticalScrollBar()->setAccessibleName(tr("%1, vertical scroll bar").arg(owner));
        if (area->horizontalScrollBar()->accessibleName().isEmpty()) {
            area->horizontalScrollBar()->setAccessibleName(
                tr("%1, horizontal scroll bar").arg(owner));
        }
    }
}

void KeyboardNavigation::announceAtCaret()
{
    ArticleView *view = m_window->articleView();
    if (!view->hasFocus())
        return;
    const QString tip = view->toolTipAt(view->textCursor().position());
    if (tip == m_announced)
        return;
    m_announced = tip;
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    if (view->cursorWidth() > 0) { // the keyboard moved the caret: show it there too
        const QPoint at = view->viewport()->mapToGlobal(view->cursorRect().bottomLeft());
        QToolTip::showText(at, tip, view->viewport());
    }
    m_window->statusBar()->showMessage(QTextDocumentFragment::fromHtml(tip).toPlainText(), 6000);
}

} // namespace gloss
