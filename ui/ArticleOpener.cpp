#include "ArticleOpener.h"

#include "analysis/Analyzer.h"
#include "io/Loader.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace gloss {

ArticleOpener::ArticleOpener(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("articleOpener"));
}

ArticleOpener::~ArticleOpener()
{
    for (QFutureWatcher<Outcome> *watcher : std::as_const(m_running)) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
}

ArticleOpener::Generation ArticleOpener::openFile(const QString &path)
{
    const Generation generation = ++m_latest;
    start(generation, [path, generation] {
        Outcome out;
        out.generation = generation;
        out.path = path;
        Loader::Result loaded = Loader::loadFile(path);
        if (!loaded.ok())
            out.error = loaded.error;
        else
            out.article = Analyzer::analyze(*loaded.document);
        return out;
    });
    return generation;
}

ArticleOpener::Generation ArticleOpener::openDocument(const Document &document,
                                                      Generation reserved)
{
    if (reserved != 0 && (!isLatest(reserved) || reserved != std::exchange(m_reserved, 0)))
        return reserved; // superseded meanwhile, or handed over already
    const Generation generation = reserved != 0 ? reserved : ++m_latest;
    start(generation, [document, generation] {
        Outcome out;
        out.generation = generation;
        out.article = Analyzer::analyze(document);
        return out;
    });
    return generation;
}

ArticleOpener::Generation ArticleOpener::reserve()
{
    setBusy(false); // whatever runs now is superseded; the source's own progress shows
    m_reserved = ++m_latest;
    return m_reserved;
}

void ArticleOpener::start(Generation generation, std::function<Outcome()> job)
{
    m_latest = generation;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { deliver(watcher); });
    m_running.append(watcher);
    watcher->setFuture(
        QtConcurrent::run([job = std::move(job), before = m_beforeWork, generation] {
            if (before)
                before(generation); // a test holding this request back
            return job();
        }));
    setBusy(true);
}

void ArticleOpener::deliver(QFutureWatcher<Outcome> *watcher)
{
    m_running.removeOne(watcher);
    watcher->deleteLater();
    const Outcome out = watcher->result();
    if (!isLatest(out.generation))
        return; // a later request was made: its answer is the one to show
    setBusy(false); // before the signals: who shows the article finds the opener idle
    if (out.article)
        Q_EMIT opened(*out.article, out.path);
    else
        Q_EMIT failed(out.path, out.error);
}

void ArticleOpener::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace gloss
