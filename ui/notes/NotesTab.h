#pragma once

#include <QObject>

class QDockWidget;

namespace gloss {

class MainWindow;
class NotesModel;
class NotesPanel;

/**
 * @brief The Notes tab: a side panel of the window (NotesPanel in a dock beside Claims).
 *
 * Its rows are NotesModel's, which follows the store by itself (a note added, edited or
 * removed changes its row alone): nothing is pushed to it.
 */
class NotesTab : public QObject
{
    Q_OBJECT

public:
    NotesTab(MainWindow *window, NotesModel *notes, QObject *parent = nullptr);

    NotesPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }

    /** Another text (or the notes read again): the search is cleared. */
    void reset();
    /** Shows and raises the tab; the focus goes to its search box, or to the list. */
    void showTab(bool focusSearch);

private:
    NotesPanel *m_panel;
    QDockWidget *m_dock;
};

} // namespace gloss
