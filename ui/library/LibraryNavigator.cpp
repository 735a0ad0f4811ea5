#include "LibraryNavigator.h"

#include "ArticleView.h"
#include "LibraryTexts.h"
#include "MainWindow.h"
#include "notes/NoteLayer.h"

#include <QFileInfo>
#include <QTextCursor>
#include <QUuid>

namespace gloss {

LibraryNavigator::LibraryNavigator(MainWindow *window, OpenDocument openDocument)
    : QObject(window)
    , m_window(window)
    , m_openDocument(std::move(openDocument))
{
    connect(window, &MainWindow::articleShown, this, &LibraryNavigator::arrive);
    connect(window, &MainWindow::openFailed, this, [this] { m_pending.reset(); });
}

void LibraryNavigator::open(const LibraryTarget &target, const QString &textsFolder)
{
    m_pending = target;
    if (!target.hash.isEmpty() && m_window->article().document.sha256() == target.hash) {
        arrive();
        return;
    }
    const QFileInfo file(target.path);
    if (!target.path.isEmpty() && !target.path.contains(u"://") && file.isFile()
        && file.isReadable()) {
        m_window->openFile(target.path);
        return;
    }
    const auto stored = library::LibraryTexts(textsFolder).read(target.hash);
    if (!stored) {
        m_pending.reset();
        Q_EMIT problem(tr("The text of “%1” is not in the library any more.").arg(target.title));
        return;
    }
    m_openDocument(stored->document);
}

std::optional<std::pair<qsizetype, qsizetype>>
LibraryNavigator::locate(const Document &document, const LibraryTarget &target)
{
    if (target.start < 0)
        return std::nullopt;
    const QString &text = document.text();
    const qsizetype start = document.fromCodePoint(target.start);
    const qsizetype end = document.fromCodePoint(std::max(target.start, target.end));
    // a quote's span holds its words (and may hold its quotation marks)
    if (target.text.isEmpty() || text.mid(start, end - start).contains(target.text)) {
        if (start > text.size())
            return std::nullopt;
        return std::pair{start, std::min(end, text.size())};
    }
    // the text changed: the same words, nearest where they were
    qsizetype best = -1;
    for (qsizetype at = text.indexOf(target.text); at >= 0;
         at = text.indexOf(target.text, at + 1)) {
        if (best < 0 || std::abs(at - start) < std::abs(best - start))
            best = at;
    }
    if (best < 0)
        return std::nullopt;
    return std::pair{best, best + target.text.size()};
}

void LibraryNavigator::arrive()
{
    if (!m_pending)
        return;
    const LibraryTarget target = *m_pending;
    m_pending.reset();
    ArticleView *view = m_window->articleView();
    if (!target.noteId.isEmpty()) {
        m_window->noteLayer()->goToNote(QUuid::fromString(target.noteId), false);
        view->setFocus(Qt::OtherFocusReason);
        return;
    }
    const auto place = locate(m_window->article().document, target);
    view->setFocus(Qt::OtherFocusReason);
    if (!place)
        return;
    QTextCursor cursor(view->document());
    cursor.setPosition(int(place->first));
    cursor.setPosition(int(place->second), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    const Span span{place->first, place->second};
    view->scrollToSpan(span);
    view->flashSpan(span);
}

} // namespace gloss
