#include "LibraryImporter.h"

#include "LibraryDatabase.h"
#include "LibraryNotes.h"
#include "LibraryTexts.h"
#include "LibraryWriter.h"
#include "PeopleResolver.h"
#include "analysis/Analyzer.h"
#include "annotations/AnnotationStore.h"
#include "io/Loader.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace gloss::library {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gloss::library::LibraryImporter", text);
}

struct Job
{
    enum Kind { File, Given, Stored };
    Kind kind = File;
    QString path;
    Document document;
    std::optional<Article> analysed; // Given: the window's analysis of it, not made again
};

struct Done
{
    enum State { Analysed, Known, Failed, Cancelled };
    State state = Failed;
    AnalysedArticle article;
    QByteArray hash;
    QString path;
    QString problem;
};

/** A file path as the library keys it (canonical); URLs and other sources as they are. */
QString keyOf(const QString &source)
{
    if (source.isEmpty() || source.contains(QLatin1StringView("://"))
        || source.startsWith(u':') || source.startsWith(u"urn:"))
        return source;
    const QFileInfo fi(source);
    const QString canonical = fi.canonicalFilePath();
    return canonical.isEmpty() ? fi.absoluteFilePath() : canonical;
}

bool isArticleFile(const QFileInfo &fi)
{
    static const QStringList suffixes{QStringLiteral("txt"), QStringLiteral("text"),
                                      QStringLiteral("md"),  QStringLiteral("markdown"),
                                      QStringLiteral("html"), QStringLiteral("htm")};
    return suffixes.contains(fi.suffix().toLower());
}

Done work(const Job &job, const QSet<QByteArray> &known, const LibraryTexts &texts,
          const std::atomic_bool *cancel)
{
    Done d;
    if (cancel && cancel->load()) {
        d.state = Done::Cancelled;
        return d;
    }
    Document doc;
    QDateTime added = QDateTime::currentDateTimeUtc();
    switch (job.kind) {
    case Job::File: {
        d.path = keyOf(job.path);
        if (!QFileInfo::exists(job.path)) {
            d.problem = tr("%1: no such file").arg(job.path);
            return d;
        }
        Loader::Result loaded = Loader::loadFile(d.path);
        if (!loaded.ok()) {
            d.problem = QStringLiteral("%1: %2").arg(job.path, loaded.error);
            return d;
        }
        doc = std::move(*loaded.document);
        break;
    }
    case Job::Given:
        doc = job.analysed ? job.analysed->document : job.document;
        d.path = keyOf(doc.source());
        break;
    case Job::Stored: {
        const auto entry = LibraryTexts::readFile(job.path);
        if (!entry) {
            d.problem = tr("%1: not a text of the library (damaged?); left as it is")
                            .arg(job.path);
            return d;
        }
        doc = entry->document;
        d.path = keyOf(doc.source());
        if (entry->added.isValid())
            added = entry->added;
        break;
    }
    }
    if (doc.text().trimmed().isEmpty()) {
        d.problem = tr("%1: no text").arg(job.kind == Job::File ? job.path : d.path);
        return d;
    }
    d.hash = doc.sha256();
    if (known.contains(d.hash)) {
        d.state = Done::Known;
        return d;
    }
    QString error;
    if (job.kind != Job::Stored && !texts.store(doc, added, &error)) {
        d.problem = tr("%1: the text could not be kept in the library: %2")
                        .arg(d.path.isEmpty() ? doc.source() : d.path, error);
        return d;
    }
    d.article = AnalysedArticle::prepare(job.analysed ? *job.analysed : Analyzer::analyze(doc),
                                         d.path, added);
    d.state = Done::Analysed;
    return d;
}

/** Opens the library, rebuilding it first when it was damaged; false with report.error. */
bool openLibrary(const LibraryPaths &paths, LibraryDatabase &db,
                 LibraryImporter::Report &report);

LibraryImporter::Report importJobs(const LibraryPaths &paths, LibraryDatabase &db,
                                   const QList<Job> &jobs,
                                   const LibraryImporter::Progress &progress,
                                   const std::atomic_bool *cancel,
                                   LibraryImporter::Report report = {})
{
    report.total += int(jobs.size());
    if (db.isReadOnly()) {
        report.error = db.error();
        return report;
    }
    PeopleResolver people(db, paths.choices());
    LibraryWriter writer(db, people);
    if (!writer.load()) {
        report.error = writer.error();
        return report;
    }
    const LibraryTexts texts(paths.texts());
    // the texts known when the import starts: those are not analysed again
    QSet<QByteArray> known;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT hash FROM articles"));
        while (q.next())
            known.insert(q.value(0).toByteArray());
    }
    auto analyse = [&known, &texts, cancel](const Job &job) {
        return work(job, known, texts, cancel);
    };
    const int batch = LibraryImporter::kBatch;
    int done = 0;
    QFuture<Done> next;
    if (!jobs.isEmpty())
        next = QtConcurrent::mapped(jobs.mid(0, batch), analyse);
    for (qsizetype from = 0; from < jobs.size(); from += batch) {
        const QList<Done> results = next.results();
        // the next batch is analysed while this one is written
        const bool more = from + batch < jobs.size() && !(cancel && cancel->load());
        if (more)
            next = QtConcurrent::mapped(jobs.mid(from + batch, batch), analyse);
        if (!db.begin()) {
            report.error = db.error();
            next.waitForFinished();
            return report;
        }
        bool failed = false;
        for (const Done &d : results) {
            switch (d.state) {
            case Done::Cancelled:
                report.cancelled = true;
                continue;
            case Done::Failed:
                ++report.failed;
                report.problems << d.problem;
                break;
            case Done::Known:
                if (writer.hashOfPath(d.path) == d.hash)
                    ++report.unchanged;
                else
                    ++report.duplicates;
                break;
            case Done::Analysed:
                switch (writer.write(d.article)) {
                case LibraryWriter::Outcome::Added: ++report.added; break;
                case LibraryWriter::Outcome::Updated: ++report.updated; break;
                case LibraryWriter::Outcome::Duplicate: ++report.duplicates; break;
                case LibraryWriter::Outcome::Unchanged: ++report.unchanged; break;
                case LibraryWriter::Outcome::Failed: failed = true; break;
                }
                break;
            }
            if (failed)
                break;
            ++done;
        }
        if (failed || !db.commit()) {
            report.error = failed ? writer.error() : db.error();
            db.rollback();
            next.waitForFinished();
            return report;
        }
        // texts replaced by a changed file's new text go once the change is committed
        for (const QByteArray &old : writer.takeReplacedTexts())
            texts.remove(old);
        if (progress)
            progress(done, report.total);
        if (!more) {
            if (from + batch < jobs.size())
                report.cancelled = true;
            break;
        }
    }
    LibraryNotes notes(db, paths.notes(), paths.texts());
    LibraryNotes::Report notesReport;
    if (!notes.refresh(&notesReport))
        report.problems << notes.error();
    report.notesFiles = notesReport.filesRead;
    report.problems << notesReport.problems;
    return report;
}

LibraryImporter::Report rebuildInto(const LibraryPaths &paths, LibraryDatabase &db,
                                    const LibraryImporter::Progress &progress,
                                    const std::atomic_bool *cancel,
                                    LibraryImporter::Report report)
{
    PeopleResolver people(db, paths.choices());
    if (!people.load() || !db.begin() || !people.loadChoicesFile() || !db.commit()) {
        db.rollback();
        report.error = people.error().isEmpty() ? db.error() : people.error();
        return report;
    }
    QList<Job> jobs;
    for (const QString &file : LibraryTexts(paths.texts()).files())
        jobs.append(Job{Job::Stored, file, {}, std::nullopt});
    return importJobs(paths, db, jobs, progress, cancel, report);
}

bool openLibrary(const LibraryPaths &paths, LibraryDatabase &db, LibraryImporter::Report &report)
{
    if (!db.open()) {
        report.error = db.error();
        return false;
    }
    if (db.wasRecreated()) {
        report.movedAside = db.movedAside();
        report = rebuildInto(paths, db, {}, nullptr, report);
        // what the rebuild counted is not what the caller asked for
        report.total = report.added = report.updated = report.duplicates = report.unchanged = 0;
        return report.ok();
    }
    return true;
}

/** Opens the library (openLibrary()) and imports @p jobs into it. */
LibraryImporter::Report openAndImport(const LibraryPaths &paths, const QList<Job> &jobs,
                                      const LibraryImporter::Progress &progress,
                                      const std::atomic_bool *cancel,
                                      LibraryImporter::Report report)
{
    LibraryDatabase db(paths.folder());
    if (!openLibrary(paths, db, report))
        return report;
    return importJobs(paths, db, jobs, progress, cancel, report);
}

} // namespace

LibraryPaths LibraryPaths::standard()
{
    return {AnnotationStore::defaultDataDir()};
}

QStringList LibraryImporter::expand(const QStringList &paths, QStringList *problems)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo fi(path);
        if (fi.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext()) {
                const QFileInfo f(it.next());
                if (isArticleFile(f) && !f.fileName().startsWith(u'.')
                    && !f.absolutePath().contains(QStringLiteral("/.")))
                    found << f.filePath();
            }
            found.sort();
            files << found;
        } else if (fi.exists()) {
            files << path;
        } else if (problems) {
            *problems << tr("%1: no such file or folder").arg(path);
        }
    }
    return files;
}

LibraryImporter::Report LibraryImporter::run(const LibraryPaths &paths, const QStringList &inputs,
                                             const Progress &progress,
                                             const std::atomic_bool *cancel)
{
    Report report;
    const QStringList files = expand(inputs, &report.problems);
    report.failed = int(report.problems.size());
    QList<Job> jobs;
    jobs.reserve(files.size());
    for (const QString &file : files)
        jobs.append(Job{Job::File, file, {}, std::nullopt});
    return openAndImport(paths, jobs, progress, cancel, report);
}

LibraryImporter::Report LibraryImporter::runDocuments(const LibraryPaths &paths,
                                                      const QList<Document> &documents,
                                                      const Progress &progress,
                                                      const std::atomic_bool *cancel)
{
    QList<Job> jobs;
    for (const Document &doc : documents)
        jobs.append(Job{Job::Given, QString(), doc, std::nullopt});
    return openAndImport(paths, jobs, progress, cancel, {});
}

LibraryImporter::Report LibraryImporter::runArticles(const LibraryPaths &paths,
                                                     const QList<Article> &articles,
                                                     const Progress &progress,
                                                     const std::atomic_bool *cancel)
{
    QList<Job> jobs;
    for (const Article &article : articles)
        jobs.append(Job{Job::Given, QString(), {}, article});
    return openAndImport(paths, jobs, progress, cancel, {});
}

LibraryImporter::Report LibraryImporter::rebuild(const LibraryPaths &paths,
                                                 const Progress &progress,
                                                 const std::atomic_bool *cancel)
{
    Report report;
    LibraryDatabase db(paths.folder());
    if (QFileInfo::exists(db.filePath())) {
        const QString aside = db.moveAside();
        if (aside.isEmpty()) {
            report.error = db.error();
            return report;
        }
        report.movedAside = aside;
    }
    if (!db.open()) {
        report.error = db.error();
        return report;
    }
    return rebuildInto(paths, db, progress, cancel, report);
}

LibraryImporter::LibraryImporter(LibraryPaths paths, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Report>::finished, this, [this] {
        m_running = false; // a slot of finished() may start the next import
        if (m_watcher.future().resultCount() > 0)
            Q_EMIT finished(m_watcher.result());
    });
}

LibraryImporter::~LibraryImporter()
{
    cancel();
    waitForFinished();
}

bool LibraryImporter::startJob(std::function<Report(const Progress &, const std::atomic_bool *)> job)
{
    if (isRunning())
        return false;
    m_running = true;
    m_cancel = false;
    const Progress report = [this](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [job, report, this] { return job(report, &m_cancel); }));
    return true;
}

bool LibraryImporter::start(const QStringList &paths)
{
    const LibraryPaths where = m_paths;
    return startJob([where, paths](const Progress &p, const std::atomic_bool *c) {
        return run(where, paths, p, c);
    });
}

bool LibraryImporter::startDocuments(const QList<Document> &documents)
{
    const LibraryPaths where = m_paths;
    return startJob([where, documents](const Progress &p, const std::atomic_bool *c) {
        return runDocuments(where, documents, p, c);
    });
}

void LibraryImporter::cancel()
{
    m_cancel = true;
}

bool LibraryImporter::isRunning() const
{
    return m_running;
}

void LibraryImporter::waitForFinished()
{
    m_watcher.waitForFinished();
}

} // namespace gloss::library
