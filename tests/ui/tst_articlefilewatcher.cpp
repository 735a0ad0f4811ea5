// ArticleFileWatcher: notes saved by `gloss notes add` (another process) appear in the open
// window, and an article file changed on disk is read again, on a real MainWindow, offscreen.
#include "ArticleFileWatcher.h"
#include "ArticleView.h"
#include "MainWindow.h"
#include "TestArticles.h"
#include "TestPaths.h"
#include "annotations/AnnotationStore.h"
#include "io/Loader.h"
#include "notes/NoteLayer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gloss;
using namespace Qt::StringLiterals;

class tst_ArticleFileWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void notesFromTheCommandLineAppear();
    void unsavedNotesOfTheWindowAreKept();
    void changedArticleIsReadAgain_data();
    void changedArticleIsReadAgain();
    void deletedArticleKeepsItsText();
    void mapPosition_data();
    void mapPosition();

private:
    std::unique_ptr<MainWindow> open();
    int runGloss(const QStringList &args);
    static bool writeAtomically(const QString &path, const QString &text);
    /** The text of @p path as the window reads it (normalised by the Loader). */
    static QString loadedText(const QString &path);
    static const Annotation *noteWithText(const AnnotationStore &store, const QString &text);

    QTemporaryDir m_dir;
    QString m_data;
    QString m_path;
    QString m_text;
};

void tst_ArticleFileWatcher::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
    QFile f(test::samplePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_text = QString::fromUtf8(f.readAll());
    QVERIFY(m_text.contains(u"Not everyone is convinced."_s));
}

void tst_ArticleFileWatcher::init()
{
    QSettings().clear();
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    m_data = m_dir.filePath(u"data-"_s + name);
    QDir(m_data).removeRecursively();
    AnnotationStore::setDefaultDataDir(m_data);
    QDir(m_dir.filePath(name)).removeRecursively();
    QVERIFY(QDir(m_dir.path()).mkpath(name));
    m_path = m_dir.filePath(name + u"/article.txt"_s);
    QVERIFY(writeAtomically(m_path, m_text));
}

void tst_ArticleFileWatcher::cleanup()
{
    AnnotationStore::setDefaultDataDir(QString());
}

bool tst_ArticleFileWatcher::writeAtomically(const QString &path, const QString &text)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0 && f.commit();
}

QString tst_ArticleFileWatcher::loadedText(const QString &path)
{
    const Loader::Result r = Loader::loadFile(path);
    return r.ok() ? r.document->text() : QString();
}

const Annotation *tst_ArticleFileWatcher::noteWithText(const AnnotationStore &store,
                                                       const QString &text)
{
    for (const Annotation &a : store.annotations()) {
        if (a.text == text)
            return &a;
    }
    return nullptr;
}

std::unique_ptr<MainWindow> tst_ArticleFileWatcher::open()
{
    auto w = std::make_unique<MainWindow>();
    w->resize(1400, 900);
    w->show();
    QSignalSpy shown(w.get(), &MainWindow::articleShown);
    if (!w->openFile(m_path) || !shown.wait(20000))
        return nullptr;
    return w;
}

int tst_ArticleFileWatcher::runGloss(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(test::glossBinary(), args + QStringList{u"--data-dir"_s, m_data});
    if (!p.waitForFinished(60000))
        return -1;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void tst_ArticleFileWatcher::notesFromTheCommandLineAppear()
{
    auto w = open();
    QVERIFY(w);
    auto *watcher = w->findChild<ArticleFileWatcher *>();
    QVERIFY(watcher);
    QCOMPARE(watcher->watchedPath(), QFileInfo(m_path).absoluteFilePath());
    AnnotationStore *store = w->notesStore();
    QVERIFY(store->isWatchingDisk());
    ArticleView *view = w->articleView();
    const qsizetype paragraph = w->article().document.text().indexOf(u"He told the meeting"_s);
    view->scrollToPosition(paragraph);
    const qsizetype top = view->topPosition();
    QVERIFY(top > 0);

    // no notes file exists yet: the command line makes it
    QCOMPARE(runGloss({u"notes"_s, u"add"_s, m_path, u"--quote"_s, u"Alys Pritchard"_s,
                       u"--text"_s, u"added from the command line"_s}),
             0);
    QTRY_VERIFY(noteWithText(*store, u"added from the command line"_s));
    const Annotation *note = noteWithText(*store, u"added from the command line"_s);
    QVERIFY(note->isPlaced());
    QCOMPARE(store->document().text().mid(note->span.start, note->span.length()),
             u"Alys Pritchard"_s);
    NoteLayer *layer = w->noteLayer();
    QVERIFY(layer);
    const QUuid id = note->id;
    QTRY_VERIFY(layer->laneIds().contains(id)); // in the margin lane
    QCOMPARE(view->topPosition(), top);         // the reading position stays
    QVERIFY2(w->statusBar()->currentMessage().contains(u"another program"_s),
             qPrintable(w->statusBar()->currentMessage()));

    // and once more, now that the file exists (it is replaced by each save)
    QCOMPARE(runGloss({u"notes"_s, u"add"_s, m_path, u"--text"_s, u"second"_s}), 0);
    QTRY_VERIFY(noteWithText(*store, u"second"_s));
    QCOMPARE(store->annotations().size(), 2);
    QCOMPARE(view->topPosition(), top);
}

void tst_ArticleFileWatcher::unsavedNotesOfTheWindowAreKept()
{
    auto w = open();
    QVERIFY(w);
    AnnotationStore *store = w->notesStore();
    store->setSaveDelay(1000);
    const qsizetype at = store->document().text().indexOf(u"storm surge"_s);
    const Annotation mine =
        Annotation::onSpan(store->document(), Span{at, at + 11}, u"made in the window"_s);
    store->add(mine); // saved within a second, perhaps after the command line's save
    QCOMPARE(runGloss({u"notes"_s, u"add"_s, m_path, u"--text"_s, u"from the CLI"_s}), 0);
    QTRY_VERIFY(noteWithText(*store, u"from the CLI"_s));
    QVERIFY(store->annotation(mine.id));
    QTRY_VERIFY(!store->hasUnsavedChanges());

    AnnotationStore check;
    check.open(store->document());
    QCOMPARE(check.annotations().size(), 2);
    QVERIFY(check.annotation(mine.id));
    QVERIFY(noteWithText(check, u"from the CLI"_s));
}

void tst_ArticleFileWatcher::changedArticleIsReadAgain_data()
{
    QTest::addColumn<bool>("atomic");
    QTest::newRow("replaced (QSaveFile, editors that rename)") << true;
    QTest::newRow("rewritten in place") << false;
}

void tst_ArticleFileWatcher::changedArticleIsReadAgain()
{
    QFETCH(bool, atomic);
    const auto write = [atomic](const QString &path, const QString &text) {
        if (atomic)
            return writeAtomically(path, text);
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
               && f.write(text.toUtf8()) == text.toUtf8().size();
    };
    auto w = open();
    QVERIFY(w);
    auto *watcher = w->findChild<ArticleFileWatcher *>();
    QVERIFY(watcher);
    QSignalSpy reloaded(watcher, &ArticleFileWatcher::articleReloaded);
    AnnotationStore *store = w->notesStore();
    const QString shown = w->article().document.text();
    const qsizetype at = shown.indexOf(u"Dr Samuel Okafor"_s);
    const Annotation note =
        Annotation::onSpan(store->document(), Span{at, at + 16}, u"who is he?"_s);
    store->add(note);
    QVERIFY(store->save());
    ArticleView *view = w->articleView();
    view->scrollToPosition(shown.indexOf(u"He told the meeting"_s));
    const QString topWords = shown.mid(view->topPosition(), 40); // the top line of the view
    QVERIFY2(topWords.contains(u"He told the meeting"_s), qPrintable(topWords));

    // a paragraph added near the top, a word changed below: positions move
    QString changed = m_text;
    changed.insert(changed.indexOf(u"“We are not going"_s),
                   u"A correction was appended to this article on Thursday.\n\n"_s);
    changed.replace(u"cautiously pleased"_s, u"quietly pleased"_s);
    QVERIFY(write(m_path, changed));
    QVERIFY(reloaded.wait(20000));
    QString now = w->article().document.text();
    QCOMPARE(now, loadedText(m_path));
    QVERIFY(now.contains(u"A correction was appended"_s));
    QCOMPARE(w->currentPath(), m_path);
    // the reading position: the same words at the top
    QCOMPARE(now.mid(view->topPosition(), topWords.size()), topWords);
    // the note follows its words
    QCOMPARE(store->document().text(), now);
    const Annotation *moved = store->annotation(note.id);
    QVERIFY(moved);
    QVERIFY(moved->isPlaced());
    QVERIFY(moved->span.start > at);
    QCOMPARE(now.mid(moved->span.start, moved->span.length()), u"Dr Samuel Okafor"_s);
    QVERIFY2(w->statusBar()->currentMessage().contains(u"changed on disk"_s),
             qPrintable(w->statusBar()->currentMessage()));

    // a second change is seen too (the watch survives the replaced file)
    changed.replace(u"quietly pleased"_s, u"pleased"_s);
    QVERIFY(write(m_path, changed));
    QVERIFY(reloaded.count() == 2 || reloaded.wait(20000));
    now = w->article().document.text();
    QCOMPARE(now, loadedText(m_path));
    QVERIFY(!now.contains(u"quietly"_s));
    QCOMPARE(now.mid(view->topPosition(), topWords.size()), topWords);

    // the notes were saved for the new text: a new window finds them there
    const Document doc = w->article().document;
    w.reset();
    AnnotationStore check;
    check.open(doc);
    QVERIFY(check.annotation(note.id));
}

void tst_ArticleFileWatcher::deletedArticleKeepsItsText()
{
    auto w = open();
    QVERIFY(w);
    auto *watcher = w->findChild<ArticleFileWatcher *>();
    const QString shown = w->article().document.text();
    QSignalSpy refused(watcher, &ArticleFileWatcher::reloadRefused);
    QSignalSpy reloaded(watcher, &ArticleFileWatcher::articleReloaded);
    QVERIFY(QFile::remove(m_path));
    QVERIFY(refused.wait(20000));
    QCOMPARE(w->article().document.text(), shown);
    QVERIFY2(refused.first().at(1).toString().contains(u"deleted"_s),
             qPrintable(refused.first().at(1).toString()));
    QCOMPARE(w->statusBar()->currentMessage(), refused.first().at(1).toString());

    // emptied: kept as well
    QVERIFY(writeAtomically(m_path, u"\n\n"_s));
    QVERIFY(refused.wait(20000));
    QCOMPARE(w->article().document.text(), shown);
    QVERIFY(reloaded.isEmpty());

    // back with text: read again
    const QString back = m_text + u"\nA line added at the end.\n"_s;
    QVERIFY(writeAtomically(m_path, back));
    QVERIFY(reloaded.wait(20000));
    QCOMPARE(w->article().document.text(), loadedText(m_path));
    QVERIFY(w->article().document.text().contains(u"A line added at the end."_s));
    // read at the very top, it stays there (the text's margin above the headline included)
    QCOMPARE(w->articleView()->verticalScrollBar()->value(), 0);
}

void tst_ArticleFileWatcher::mapPosition_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("atTop");
    QTest::addColumn<QString>("expected"); // the words at the mapped position
    const QString text = u"First paragraph here.\n\nSecond paragraph says something long "
                         "enough to be found again.\n\nThird one."_s;
    QTest::newRow("unchanged") << text << text << u"Second"_s << u"Second"_s;
    QTest::newRow("paragraph inserted above")
        << text << u"New lead.\n\n"_s + text << u"Second"_s << u"Second"_s;
    QTest::newRow("a word changed in the top paragraph")
        << text << QString(text).replace(u"something long"_s, u"anything long"_s)
        << u"Second"_s << u"Second"_s;
    QTest::newRow("start of the text") << text << u"Lead.\n\n"_s + text << u"First"_s
                                       << u"Lead."_s;
}

void tst_ArticleFileWatcher::mapPosition()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, atTop);
    QFETCH(QString, expected);
    const Document from(before, u"a.txt"_s);
    const Document to(after, u"a.txt"_s);
    const qsizetype mapped = ArticleFileWatcher::mapPosition(from, to, before.indexOf(atTop));
    QCOMPARE(after.mid(mapped, expected.size()), expected);
}

QTEST_MAIN(tst_ArticleFileWatcher)
#include "tst_articlefilewatcher.moc"
