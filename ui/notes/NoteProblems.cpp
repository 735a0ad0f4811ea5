#include "NoteProblems.h"

#include "MessageBar.h"
#include "annotations/AnnotationStore.h"

#include <QCoreApplication>

namespace gloss {

namespace {

const QString kTopic = QStringLiteral("notes"); // in the window's message bar

} // namespace

NoteProblems::NoteProblems(MessageBar *bar, const AnnotationStore *store)
    : m_bar(bar)
    , m_store(store)
{
}

void NoteProblems::show(const QStringList &problems)
{
    if (problems.isEmpty()) {
        m_bar->setMessage(kTopic, {});
        return;
    }
    const QString before = m_bar->message(kTopic);
    QString text = before.isEmpty() ? QString() : before + u'\n';
    text += problems.join(u'\n');
    const int readable = int(m_store->annotations().size());
    if (before.isEmpty() && m_store->isOpen()) {
        text += u'\n' + QCoreApplication::translate("gloss::NoteLayer",
                                                    "%n note(s) could be read and are shown.",
                                                    nullptr, readable);
    }
    m_bar->setMessage(kTopic, text);
}

QString NoteProblems::text() const
{
    return m_bar->message(kTopic);
}

} // namespace gloss
