#include "NoteActions.h"

#include "ArticleView.h"
#include "MainWindow.h"
#include "annotations/AnnotationStore.h"
#include "export/NoteExportActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace gloss {

namespace {

QString shortened(QString s, int max)
{
    s = s.simplified();
    return s.size() > max ? s.left(max - 1).trimmed() + u'…' : s;
}

} // namespace

// (the strings keep the note layer's translation context)

NoteActions::NoteActions(MainWindow *window, AnnotationStore *store, QObject *parent)
    : QObject(parent)
    , m_view(window->articleView())
    , m_store(store)
{
    setObjectName(QStringLiteral("noteActions"));
    createActions(window);
}

void NoteActions::createActions(MainWindow *window)
{
    const auto make = [this, window](const QString &name, const QString &text,
                                     const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setStatusTip(tip);
        window->addAction(a); // shortcuts work in focus mode too
        return a;
    };
    m_addNote = make(
        QStringLiteral("actionAddNote"),
        QCoreApplication::translate("gloss::NoteLayer", "&Add Note"),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M),
        QCoreApplication::translate(
            "gloss::NoteLayer", "Pin a note to the selected words (or the quote at the cursor)"));
    connect(m_addNote, &QAction::triggered, this, [this] { Q_EMIT addAtSelectionRequested(true); });
    m_addArticleNote =
        make(QStringLiteral("actionAddArticleNote"),
             QCoreApplication::translate("gloss::NoteLayer", "Add Note on the A&rticle"),
             QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_M),
             QCoreApplication::translate(
                 "gloss::NoteLayer", "A note on the article as a whole, at the top of the margin"));
    connect(m_addArticleNote, &QAction::triggered, this, &NoteActions::addArticleNoteRequested);
    m_next =
        make(QStringLiteral("actionNextNote"),
             QCoreApplication::translate("gloss::NoteLayer", "&Next Note"),
             QKeySequence(Qt::ALT | Qt::Key_Down),
             QCoreApplication::translate("gloss::NoteLayer", "Go to the next note in the text"));
    connect(m_next, &QAction::triggered, this, [this] { Q_EMIT stepRequested(+1); });
    m_previous = make(
        QStringLiteral("actionPreviousNote"),
        QCoreApplication::translate("gloss::NoteLayer", "&Previous Note"),
        QKeySequence(Qt::ALT | Qt::Key_Up),
        QCoreApplication::translate("gloss::NoteLayer", "Go to the previous note in the text"));
    connect(m_previous, &QAction::triggered, this, [this] { Q_EMIT stepRequested(-1); });
    m_delete = make(QStringLiteral("actionDeleteNote"),
                    QCoreApplication::translate("gloss::NoteLayer", "&Delete Note"),
                    QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X),
                    QCoreApplication::translate(
                        "gloss::NoteLayer",
                        "Delete the current note (or the notes selected in the Notes tab)"));
    connect(m_delete, &QAction::triggered, this, &NoteActions::deleteCurrentRequested);

    m_menu = window->addMenu(QCoreApplication::translate("gloss::NoteLayer", "&Notes"));
    m_menu->setObjectName(QStringLiteral("notesMenu"));
    m_menu->addAction(m_addNote);
    m_menu->addAction(m_addArticleNote);
    m_menu->addSeparator();
    m_menu->addAction(m_next);
    m_menu->addAction(m_previous);
    m_menu->addSeparator();
    m_menu->addAction(m_delete);
    m_menu->addSeparator();
    NoteExportActions *exports = window->noteExportActions();
    m_menu->addAction(exports->copyMarkdownAction());
    m_menu->addAction(exports->exportAction());
    m_menu->addAction(exports->importAction());
    m_menu->addSeparator();
    QAction *showTab =
        m_menu->addAction(QCoreApplication::translate("gloss::NoteLayer", "Show the Notes &Tab"));
    showTab->setObjectName(QStringLiteral("actionShowNotesTab"));
    connect(showTab, &QAction::triggered, this, &NoteActions::showTabRequested);
}

void NoteActions::addTextMenuEntries(QMenu *menu, int pos)
{
    QAction *before = menu->actions().value(0);
    QList<QAction *> entries;
    if (m_store->isOpen() && m_view->textCursor().hasSelection()) {
        QAction *a = new QAction(QCoreApplication::translate("gloss::NoteLayer", "Add Note"), menu);
        a->setObjectName(QStringLiteral("contextAddNote"));
        a->setShortcut(m_addNote->shortcut());
        connect(a, &QAction::triggered, this, [this] { Q_EMIT addAtSelectionRequested(false); });
        entries.append(a);
    } else if (m_store->isOpen() && pos >= 0) {
        const int q = m_view->articleIndex().quoteAt(pos);
        if (q >= 0 && q < m_view->article().quotes.size()) {
            const Span span = m_view->article().quotes.at(q).span;
            QAction *a = new QAction(
                QCoreApplication::translate("gloss::NoteLayer", "Add Note on This Quote"), menu);
            a->setObjectName(QStringLiteral("contextAddNoteOnQuote"));
            connect(a, &QAction::triggered, this,
                    [this, span] { Q_EMIT addOnSpanRequested(span); });
            entries.append(a);
        }
    }
    if (pos >= 0) { // notes on the words under the mouse
        for (const Annotation &n : m_store->annotations()) {
            if (!n.isPlaced() || pos < n.span.start || pos >= n.span.end)
                continue;
            const QUuid id = n.id;
            const QString label = shortened(
                n.text.isEmpty() ? QCoreApplication::translate("gloss::NoteLayer", "(empty note)")
                                 : n.text,
                32);
            QAction *edit = new QAction(
                QCoreApplication::translate("gloss::NoteLayer", "Edit Note “%1”").arg(label), menu);
            edit->setObjectName(QStringLiteral("contextEditNote"));
            connect(edit, &QAction::triggered, this, [this, id] { Q_EMIT editRequested(id); });
            QAction *del = new QAction(
                QCoreApplication::translate("gloss::NoteLayer", "Delete Note “%1”").arg(label),
                menu);
            del->setObjectName(QStringLiteral("contextDeleteNote"));
            connect(del, &QAction::triggered, this, [this, id] { Q_EMIT deleteRequested({id}); });
            entries << edit << del;
        }
    }
    if (m_store->isOpen()) {
        QAction *a = new QAction(
            QCoreApplication::translate("gloss::NoteLayer", "Add Note on the Article"), menu);
        a->setObjectName(QStringLiteral("contextAddArticleNote"));
        connect(a, &QAction::triggered, this, &NoteActions::addArticleNoteRequested);
        entries.append(a);
    }
    menu->insertActions(before, entries);
    if (!entries.isEmpty())
        menu->insertSeparator(before);
}

void NoteActions::addClaimMenuEntries(QMenu *menu, int claim)
{
    const Article &article = m_view->article();
    if (claim < 0 || claim >= article.claims.size() || !m_store->isOpen())
        return;
    const Span span = article.claims.at(claim).span;
    QAction *before = menu->actions().value(0);
    QAction *a = new QAction(
        QCoreApplication::translate("gloss::NoteLayer", "Add Note on This Claim"), menu);
    a->setObjectName(QStringLiteral("contextAddNoteOnClaim"));
    connect(a, &QAction::triggered, this, [this, span] { Q_EMIT addOnSpanRequested(span); });
    menu->insertAction(before, a);
    menu->insertSeparator(before);
}

} // namespace gloss
