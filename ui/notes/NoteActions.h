#pragma once

#include "model/Article.h"

#include <QList>
#include <QObject>
#include <QUuid>

class QAction;
class QMenu;

namespace gloss {

class AnnotationStore;
class ArticleView;
class MainWindow;

/**
 * @brief The note actions and menus: Notes > Add Note, Add Note on the Article, Next and
 * Previous Note, Delete Note, the export entries and Show the Notes Tab; and the note entries
 * of the text's and the Claims tab's context menus.
 *
 * The actions are the window's (their shortcuts work in focus mode too). What the reader asks
 * for is emitted as a request; the note layer carries it out.
 */
class NoteActions : public QObject
{
    Q_OBJECT

public:
    /** Adds the actions to @p window and its Notes menu (before Help). */
    NoteActions(MainWindow *window, AnnotationStore *store, QObject *parent = nullptr);

    QMenu *menu() const { return m_menu; }
    QAction *addNoteAction() const { return m_addNote; }
    QAction *addArticleNoteAction() const { return m_addArticleNote; }
    QAction *nextNoteAction() const { return m_next; }
    QAction *previousNoteAction() const { return m_previous; }
    QAction *deleteNoteAction() const { return m_delete; }

    /**
     * The note entries of the text's context menu @p menu (made at document position @p pos,
     * -1 off the text), first: Add Note (on the selected words) or Add Note on This Quote,
     * Edit and Delete of the notes under the mouse, Add Note on the Article.
     */
    void addTextMenuEntries(QMenu *menu, int pos);
    /** Add Note on This Claim, first in the Claims tab's context menu of @p claim. */
    void addClaimMenuEntries(QMenu *menu, int claim);

Q_SIGNALS:
    /** Add Note: on the selected words, else the quote at the cursor (@p explain: say why not). */
    void addAtSelectionRequested(bool explain);
    void addOnSpanRequested(const gloss::Span &span);
    void addArticleNoteRequested();
    void stepRequested(int direction);
    /** Delete Note: the notes selected in the Notes tab when it has the focus, else the current. */
    void deleteCurrentRequested();
    void editRequested(const QUuid &id);
    void deleteRequested(const QList<QUuid> &ids);
    void showTabRequested();

private:
    void createActions(MainWindow *window);

    ArticleView *m_view;
    AnnotationStore *m_store;
    QMenu *m_menu = nullptr;
    QAction *m_addNote = nullptr;
    QAction *m_addArticleNote = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_delete = nullptr;
};

} // namespace gloss
