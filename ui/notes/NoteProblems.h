#pragma once

#include <QString>
#include <QStringList>

namespace gloss {

class AnnotationStore;
class MessageBar;

/**
 * @brief Problems with the notes file (damaged, unreadable, not saved), shown in the window's
 * message bar above the text under the topic "notes", with how many notes could be read.
 */
class NoteProblems
{
public:
    NoteProblems(MessageBar *bar, const AnnotationStore *store);

    /** Adds @p problems to those shown (none: the bar's notes message is cleared). */
    void show(const QStringList &problems);
    /** What the bar says about the notes (empty: nothing). */
    QString text() const;
    MessageBar *bar() const { return m_bar; }

private:
    MessageBar *m_bar;
    const AnnotationStore *m_store;
};

} // namespace gloss
