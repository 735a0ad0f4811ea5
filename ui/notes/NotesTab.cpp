#include "NotesTab.h"

#include "MainWindow.h"
#include "NotesPanel.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QLineEdit>

namespace gloss {

NotesTab::NotesTab(MainWindow *window, NotesModel *notes, QObject *parent)
    : QObject(parent)
    , m_panel(new NotesPanel(notes, window))
{
    setObjectName(QStringLiteral("notesTab"));
    m_dock = window->addSidePanel(m_panel, QCoreApplication::translate("gloss::NoteLayer", "Notes"),
                                  QStringLiteral("notesDock"));
}

void NotesTab::reset()
{
    m_panel->setFilterText(QString());
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
