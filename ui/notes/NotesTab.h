#pragma once

#include <QObject>
#include <QSet>
#include <QUuid>

class QDockWidget;

namespace gloss {

class AnnotationStore;
class MainWindow;
class NotesPanel;

/**
 * @brief The Notes tab kept in step with the store: a side panel of the window (NotesPanel in
 * a dock beside Claims).
 *
 * It is rebuilt when notes come or go, and only while it can be seen (else when it is shown);
 * an edit of a note (text, colour, tags) updates its row alone; many changes at once (an
 * import) make one rebuild.
 */
class NotesTab : public QObject
{
    Q_OBJECT

public:
    NotesTab(MainWindow *window, AnnotationStore *store, QObject *parent = nullptr);

    NotesPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }

    /** @p id was added, changed or removed: listed anew at the next update(). */
    void noteChanged(const QUuid &id) { m_changed.insert(id); }
    /** Another text (or the notes read again): rebuilt, the search cleared. */
    void reset();
    /** Brings the list up to date (now if it can be seen, else once it is shown). */
    void update();
    /** Shows and raises the tab; the focus goes to its search box, or to the list. */
    void showTab(bool focusSearch);

private:
    AnnotationStore *m_store;
    NotesPanel *m_panel;
    QDockWidget *m_dock;
    /** The tab needs a rebuild (notes added or removed while it was hidden). */
    bool m_stale = true;
    /** Notes changed since the last update (their rows are updated alone). */
    QSet<QUuid> m_changed;
};

} // namespace gloss
