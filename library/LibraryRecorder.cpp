#include "LibraryRecorder.h"

#include "LibraryDatabase.h"
#include "LibraryImporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace gloss::library {

LibraryRecorder::LibraryRecorder(LibraryPaths paths, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
{
    m_pool.setMaxThreadCount(1); // one after another, in the order shown
}

LibraryRecorder::~LibraryRecorder()
{
    m_pool.waitForDone();
}

void LibraryRecorder::record(const Article &article)
{
    if (article.document.text().trimmed().isEmpty()
        || Document::isBundled(article.document.source()))
        return;
    const QPointer<LibraryRecorder> self(this);
    const LibraryPaths paths = m_paths.dataDir.isEmpty() ? LibraryPaths::standard() : m_paths;
    QThreadPool *pool = &m_pool;
    (void)QtConcurrent::run(pool, [self, paths, article] {
        const Document &document = article.document;
        const LibraryImporter::Report r = LibraryImporter::runArticles(paths, {article});
        QString problem;
        if (!r.ok()) {
            problem = QCoreApplication::translate("gloss::library::LibraryRecorder",
                                                  "Not added to the library: %1")
                          .arg(r.error);
        } else if (!r.problems.isEmpty() && r.added + r.updated + r.unchanged + r.duplicates
                                                == 0) {
            problem = QCoreApplication::translate("gloss::library::LibraryRecorder",
                                                  "Not added to the library: %1")
                          .arg(r.problems.first());
        } else {
            // when it was opened (for the list's "opened" order)
            LibraryDatabase db(paths.folder());
            if (db.open() && !db.isReadOnly()) {
                QSqlQuery q(db.connection());
                q.prepare(QStringLiteral("UPDATE articles SET opened = ? WHERE hash = ?"));
                q.addBindValue(QDateTime::currentSecsSinceEpoch());
                q.addBindValue(QString::fromLatin1(document.sha256()));
                q.exec();
            }
        }
        const bool added = r.added + r.updated > 0;
        const QByteArray sha = document.sha256();
        QMetaObject::invokeMethod(
            self.data(),
            [self, problem, added, sha] {
                if (!self)
                    return;
                if (problem.isEmpty())
                    Q_EMIT self->recorded(sha, added);
                else
                    Q_EMIT self->problem(problem);
            },
            Qt::QueuedConnection);
    });
}

void LibraryRecorder::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace gloss::library
