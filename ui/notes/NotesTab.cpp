#include "NotesTab.h"

#include "MainWindow.h"
#include "NotesPanel.h"
#include "annotations/AnnotationStore.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QLineEdit>

namespace gloss {

namespace {

constexpr int kRebuildAbove = 32; // changes at once that make a rebuild (an import)

} // namespace

NotesTab::NotesTab(MainWindow *window, AnnotationStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_panel(new NotesPanel(window))
{
    setObjectName(QStringLiteral("notesTab"));
    m_dock = window->addSidePanel(m_panel, QCoreApplication::translate("gloss::NoteLayer", "Notes"),
                                  QStringLiteral("notesDock"));
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stale)
            update();
    });
}

void NotesTab::reset()
{
    m_panel->setFilterText(QString());
    m_stale = true;
}

void NotesTab::update()
{
    if (m_changed.size() > kRebuildAbove)
        m_stale = true;
    if (!m_stale && !m_changed.isEmpty()) {
        for (const QUuid &id : std::as_const(m_changed)) {
            const Annotation *a = m_store->annotation(id);
            bool done = true;
            if (!a) {
                m_panel->removeNote(id); // (or never listed: added and removed meanwhile)
            } else if (!m_panel->updateNote(*a, m_store->document())) {
                m_panel->removeNote(id); // it moves, or is new
                done = m_panel->addNote(*a, m_store->document());
            }
            if (!done) {
                m_stale = true;
                break;
            }
        }
    }
    m_changed.clear();
    if (m_stale && m_panel->isVisible()) {
        m_panel->setNotes(m_store->isOpen() ? m_store->annotations() : QList<Annotation>(),
                          m_store->document());
        m_stale = false;
    }
}

void NotesTab::showTab(bool focusSearch)
{
    m_dock->show();
    m_dock->raise();
    if (focusSearch)
        m_panel->filterEdit()->setFocus(Qt::ShortcutFocusReason);
    else
        m_panel->setFocus(Qt::OtherFocusReason);
}

} // namespace gloss
