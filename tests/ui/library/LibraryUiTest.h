#pragma once
// What the Library view's tests share: a data folder of their own (the window's library and
// notes), invented articles with a title, site and date, notes on them.

#include "../TestArticles.h"
#include "../../support/ArticleGenerator.h"

#include "LibraryCatalog.h"
#include "LibraryDatabase.h"
#include "LibraryImporter.h"
#include "LibrarySearch.h"
#include "LibraryTypes.h"
#include "annotations/AnnotationStore.h"
#include "io/Loader.h"

#include <QDir>
#include <QSignalSpy>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace gloss::test {

using namespace Qt::StringLiterals;

struct InventedArticle
{
    QString file, title, site, date, body;
};

/** Five short invented articles (no real text), two sites each quoting the same people. */
inline const QList<InventedArticle> &inventedArticles()
{
    static const QList<InventedArticle> list{
        {u"harbour.md"_s, u"Harbour dredging begins"_s, u"Valley Herald"_s, u"2025-03-02"_s,
         u"Work on the harbour started on Monday. The harbour board said the channel is too "
         "shallow for the ferry.\n\n“The river levels keep falling every summer,” Alder "
         "Abernath said.\n"_s},
        {u"school.md"_s, u"New school timetable"_s, u"Coast News"_s, u"2025-01-15"_s,
         u"Teachers reviewed the timetable on Tuesday. A trip to the lighthouse was planned "
         "for the spring.\n\n“Our children deserve better schools,” Brenna Brightwell said.\n"_s},
        {u"river.md"_s, u"A study of river levels"_s, u"Valley Herald"_s, u"2024-11-20"_s,
         u"Researchers measured the river every week.\n\n“The numbers simply do not add up,” "
         "Alder Abernath told reporters. The bridge stayed open.\n"_s},
        {u"market.md"_s, u"Market square plans"_s, u"Hill Gazette"_s, u"2025-02-10"_s,
         u"The market square will be repaved this year.\n\n“Nobody asked the people who live "
         "here,” Brenna Brightwell said. “The harbour can wait,” she added.\n"_s},
        {u"ferry.md"_s, u"Ferry timetable changes"_s, u"Coast News"_s, u"2024-12-05"_s,
         u"The island ferry will run every forty minutes from June.\n\n“We listened to the "
         "islanders about the harbour,” Caspin Corrigan said.\n"_s},
    };
    return list;
}

/** A data folder in a temporary folder for the window's library, settings kept there too. */
class LibrarySandbox
{
public:
    LibrarySandbox()
    {
        isolate(m_dir);
        m_data = m_dir.filePath(u"data"_s);
        QDir().mkpath(m_data);
        QDir().mkpath(in());
        AnnotationStore::setDefaultDataDir(m_data);
    }
    ~LibrarySandbox() { AnnotationStore::setDefaultDataDir({}); }

    library::LibraryPaths paths() const { return {m_data}; }
    QString in() const { return m_dir.filePath(u"in"_s); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    /** Writes a Markdown article with its title, site and date in front matter. */
    QString write(const InventedArticle &a, const QString &folder = {}) const
    {
        const QString dir = folder.isEmpty() ? in() : folder;
        QDir().mkpath(dir);
        const QString file = QDir(dir).filePath(a.file);
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(file));
        f.write(QStringLiteral("---\ntitle: %1\nsite: %2\ndate: %3\n---\n\n%4")
                    .arg(a.title, a.site, a.date, a.body)
                    .toUtf8());
        return QFileInfo(file).canonicalFilePath();
    }

    /** The invented articles written and added; their files. */
    QStringList addInvented()
    {
        QStringList files;
        for (const InventedArticle &a : inventedArticles())
            files << write(a);
        const auto report = library::LibraryImporter::run(paths(), files);
        if (!report.ok() || report.added != int(files.size()))
            qFatal("cannot add the invented articles: %s", qPrintable(report.error));
        return files;
    }

    /**
     * The invented articles added with two notes: "Check the depth figures" (#factcheck) on
     * the first, "Who pays for the paving?" (#budget) on the fourth; their files.
     */
    QStringList addInventedWithNotes()
    {
        const QStringList files = addInvented();
        addNote(files.at(0), u"too shallow"_s, u"Check the depth figures"_s, u"factcheck"_s);
        addNote(files.at(3), u"repaved"_s, u"Who pays for the paving?"_s, u"budget"_s);
        if (!library::LibraryImporter::run(paths(), files).ok()) // indexes the notes
            qFatal("cannot index the notes");
        return files;
    }

    /** @p count generated articles in @p folder (titles "Generated 0001", …); their files. */
    static QStringList generate(const QString &folder, int count, int bytes = 600)
    {
        testing::ArticleGenerator generator(7);
        QStringList files;
        QDir().mkpath(folder);
        for (int i = 0; i < count; ++i) {
            const QString number = u"%1"_s.arg(i, 4, 10, QChar(u'0'));
            const QString file = QDir(folder).filePath(u"gen-"_s + number + u".md"_s);
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(file));
            // the generator's headline gives way to the title
            const QString body = generator.article(bytes).section(u"\n\n"_s, 1);
            f.write(QStringLiteral("---\ntitle: Generated %1\nsite: Site %2\ndate: 2024-%3-%4\n"
                                   "---\n\nGenerated %1\n\n%5")
                        .arg(number)
                        .arg(i % 3)
                        .arg(1 + i % 12, 2, 10, QChar(u'0'))
                        .arg(1 + i % 28, 2, 10, QChar(u'0'))
                        .arg(body)
                        .toUtf8());
            files << file;
        }
        return files;
    }

    /** Adds a note tagged @p tag on @p words of the article in @p file. */
    static void addNote(const QString &file, const QString &words, const QString &text,
                        const QString &tag)
    {
        const Document doc = *Loader::loadFile(file).document;
        AnnotationStore store;
        store.open(doc);
        const qsizetype at = doc.text().indexOf(words);
        if (at < 0)
            qFatal("no “%s” in %s", qPrintable(words), qPrintable(file));
        Annotation a = Annotation::onSpan(doc, {at, at + words.size()}, text);
        a.tags = QStringList{tag};
        store.add(a);
        if (!store.save())
            qFatal("cannot save a note");
    }

private:
    QTemporaryDir m_dir;
    QString m_data;
};

/** A sandbox's library opened, with its catalog and search. */
struct OpenLibrary
{
    explicit OpenLibrary(const library::LibraryPaths &paths)
        : db(paths.folder())
        , catalog(db)
        , search(db, paths.texts())
    {
        if (!db.open())
            qFatal("cannot open the library: %s", qPrintable(db.error()));
    }
    library::LibraryDatabase db;
    library::LibraryCatalog catalog;
    library::LibrarySearch search;
};

/** A query of @p kind for @p text (FTS5 syntax), only @p speaker's when given. */
inline library::SearchQuery searchQuery(const QString &text, library::SearchKind kind,
                                        const QString &speaker = {})
{
    library::SearchQuery q;
    q.text = text;
    q.kind = kind;
    q.speaker = speaker;
    return q;
}

} // namespace gloss::test
