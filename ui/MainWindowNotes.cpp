#include "MainWindow.h"

// The window's notes: the store of the shown article, File > Export Notes…, Import Notes…,
// Copy Notes as Markdown, Print… and Export as PDF…, the note layer, and Copy with Citation in
// the context menus (split from MainWindow.cpp, which stays the window's frame).

#include "ArticleFileWatcher.h"
#include "ArticleView.h"
#include "ClaimsPanel.h"
#include "CopyCitation.h"
#include "annotations/AnnotationStore.h"
#include "export/NoteExportActions.h"
#include "export/NoteImport.h"
#include "export/PrintActions.h"
#include "notes/NoteEditing.h"
#include "notes/NoteLayer.h"
#include "notes/NotesPanel.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>

namespace gloss {

void MainWindow::createNotes()
{
    // The notes of the shown article (the same store as `gloss notes`), and File > Export
    // Notes…, Import Notes…, Copy Notes as Markdown.
    m_noteStore = new AnnotationStore(this);
    const auto countNotes = [this] { setNotesCount(int(m_noteStore->annotations().size())); };
    connect(m_noteStore, &AnnotationStore::annotationsReset, this, countNotes);
    connect(m_noteStore, &AnnotationStore::annotationAdded, this, countNotes);
    connect(m_noteStore, &AnnotationStore::annotationRemoved, this, countNotes);
    connect(m_noteStore, &AnnotationStore::problemFound, this, [this](const QString &message) {
        statusBar()->showMessage(message);
        qWarning("gloss: %s", qPrintable(message));
    });
    NoteExportActions::Hooks exportHooks;
    exportHooks.article = [this] { return m_article; };
    exportHooks.store = [this]() -> AnnotationStore * {
        return m_noteStore->isOpen() ? m_noteStore : nullptr;
    };
    // Copy as Markdown: the notes selected in the Notes tab; an import: one undoable command
    exportHooks.selectedNotes = [this] { return m_noteLayer->panel()->selectedIds(); };
    exportHooks.applyImport = [this](const NoteImport::Result &r) {
        m_noteLayer->editing()->applyImport(r);
    };
    m_noteExport = new NoteExportActions(this, std::move(exportHooks));
    m_fileMenu->insertActions(action(QStringLiteral("actionQuit")),
                              {m_noteExport->exportAction(), m_noteExport->importAction(),
                               m_noteExport->copyMarkdownAction()});
    m_fileMenu->insertSeparator(action(QStringLiteral("actionQuit")));
    connect(m_noteExport, &NoteExportActions::message, statusBar(),
            [this](const QString &m) { statusBar()->showMessage(m, 4000); });
    // File > Print… and Export as PDF…: the article with its notes, as the view colours it
    auto *print = new PrintActions(
        this, {[this] { return m_article; },
               [this] {
                   return m_noteStore->isOpen() ? m_noteStore->annotations() : QList<Annotation>();
               },
               [this] {
                   PrintDocument::Options o;
                   o.layers = m_view->highlighter()->layers();
                   o.hiddenSpeakers = m_view->highlighter()->hiddenSpeakers();
                   o.theme = m_theme;
                   return o;
               }});
    m_fileMenu->insertActions(m_noteExport->exportAction(),
                              {print->printAction(), print->exportPdfAction()});
    m_fileMenu->insertSeparator(m_noteExport->exportAction());
    addAction(print->printAction());
    connect(print, &PrintActions::message, statusBar(),
            [this](const QString &m) { statusBar()->showMessage(m, 4000); });
    connect(this, &MainWindow::articleShown, m_noteStore, [this, countNotes] {
        m_noteStore->open(m_article.document);
        countNotes();
    });

    // The sticky notes: cards in the margin, the Notes tab and menu, undoable edits.
    m_noteLayer = new NoteLayer(this);
    m_claimsDock->raise(); // the Notes tab is added behind Claims
    // Copy with Citation, Copy as Markdown in the context menus of the text and of a claim
    const auto copied = [this](const QString &message) { statusBar()->showMessage(message, 4000); };
    connect(m_view, &ArticleView::contextMenuAboutToShow, this,
            [this, copied](QMenu *menu, int pos) {
                CopyCitation::addToArticleMenu(menu, *m_view, pos, copied);
            });
    connect(m_claims, &ClaimsPanel::claimMenuAboutToShow, this, [this, copied](QMenu *menu, int c) {
        CopyCitation::addTo(menu, Citation::forClaim(m_article, c), nullptr, copied);
    });
    // Notes saved by other programs, and the article file changed on disk, shown at once
    new ArticleFileWatcher(this);
    // Notes > Sync Now, Sync Settings…, the sync state on the toolbar (issue 19)
    new SyncController(this);
}

} // namespace gloss
