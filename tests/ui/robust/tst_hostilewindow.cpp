// The reading window when the article it shows is deleted, changed, emptied or replaced on disk
// (issue 8): the window keeps showing the text it read, notes added afterwards are saved, opening
// the file again shows the new text with every note (re-anchored) or says why it cannot, and no
// note is lost.
#include "HostileInputs.h"
#include "MainWindow.h"
#include "TestArticles.h"
#include "annotations/AnnotationStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gloss;
using hostile::kArticle;
using hostile::writeBytes;

namespace {

Annotation noteOn(const Document &doc, const QString &words, const QString &text)
{
    const qsizetype at = doc.text().indexOf(words);
    return Annotation::onSpan(doc, Span{at, at + words.size()}, text);
}

} // namespace

class tst_HostileWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void articleGoneOrChanged_data();
    void articleGoneOrChanged();
    void unsavedNotesOnClose();

private:
    QTemporaryDir m_settings;
};

void tst_HostileWindow::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolate(m_settings);
}

void tst_HostileWindow::articleGoneOrChanged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("opensAgain");
    QTest::newRow("deleted") << "deleted" << false;
    QTest::newRow("changed") << "changed" << true;
    QTest::newRow("emptied") << "emptied" << true;
    QTest::newRow("replaced by random bytes") << "binary" << false;
    QTest::newRow("replaced by a folder") << "folder" << false;
}

void tst_HostileWindow::articleGoneOrChanged()
{
    QFETCH(QString, kind);
    QFETCH(bool, opensAgain);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AnnotationStore::setDefaultDataDir(dir.filePath(QStringLiteral("data")));
    const QString path = dir.filePath(QStringLiteral("article.txt"));
    QVERIFY(writeBytes(path, kArticle));

    Document shown;
    QList<QUuid> ids;
    {
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::articleShown);
        QSignalSpy failed(&w, &MainWindow::openFailed);
        QVERIFY(w.openFile(path));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 60000);
        shown = w.article().document;
        AnnotationStore *store = w.notesStore();
        QVERIFY(store->isOpen());
        const Annotation first = noteOn(shown, QStringLiteral("old bridge"), QStringLiteral("1"));
        store->add(first);
        ids.append(first.id);

        if (kind == u"deleted") {
            QVERIFY(QFile::remove(path));
        } else if (kind == u"changed") {
            QByteArray edited = kArticle;
            edited.replace("$4.5 million", "$4.7 million");
            QVERIFY(writeBytes(path, "Updated on Wednesday.\n\n" + edited));
        } else if (kind == u"emptied") {
            QVERIFY(writeBytes(path, QByteArray()));
        } else if (kind == u"binary") {
            QByteArray junk(4096, '\0');
            for (qsizetype i = 0; i < junk.size(); ++i)
                junk[i] = char((i * 7919) & 0xff);
            QVERIFY(writeBytes(path, junk));
        } else if (kind == u"folder") {
            QVERIFY(QFile::remove(path));
            QVERIFY(QDir().mkpath(path));
        }

        // The window goes on with the text it read; a note added now is kept.
        QCOMPARE(w.article().document.text(), shown.text());
        const Annotation second = noteOn(shown, QStringLiteral("said a baker"),
                                         QStringLiteral("2"));
        store->add(second);
        ids.append(second.id);
        QVERIFY2(store->save(), qPrintable(store->problems().join(u"; ")));

        // Opening the file again: the new text with every note, or a message and the old text.
        if (w.openFile(path) && opensAgain) {
            QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 60000);
            QVERIFY(store->isOpen());
            QCOMPARE(store->annotations().size(), 2);
            for (const QUuid &id : std::as_const(ids))
                QVERIFY(store->annotation(id));
        } else {
            QVERIFY(!opensAgain);
            QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
            const QString error = failed.first().at(1).toString();
            QVERIFY2(error.contains(path) && error.size() > path.size() + 8, qPrintable(error));
            QCOMPARE(w.article().document.text(), shown.text());
            QVERIFY(store->isOpen());
            QCOMPARE(store->annotations().size(), 2);
        }
    } // the window closes: what is pending is saved

    AnnotationStore again;
    again.open(shown);
    for (const QUuid &id : std::as_const(ids))
        QVERIFY(again.annotation(id));
}

// The notes folder cannot be made: the window says so, and on closing keeps a copy of its notes
// in the temporary folder (the message says where and how to import it).
void tst_HostileWindow::unsavedNotesOnClose()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString inTheWay = dir.filePath(QStringLiteral("file"));
    QVERIFY(writeBytes(inTheWay, "not a folder"));
    AnnotationStore::setDefaultDataDir(inTheWay + QStringLiteral("/data"));
    const QString tmp = dir.filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(tmp));
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(tmp));
    const QString path = dir.filePath(QStringLiteral("article.txt"));
    QVERIFY(writeBytes(path, kArticle));
    QUuid id;
    QStringList messages;
    {
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::articleShown);
        QVERIFY(w.openFile(path));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 60000);
        AnnotationStore *store = w.notesStore();
        connect(store, &AnnotationStore::problemFound, this,
                [&messages](const QString &m) { messages.append(m); });
        const Annotation note =
            noteOn(w.article().document, QStringLiteral("old bridge"), QStringLiteral("keep"));
        id = note.id;
        store->add(note);
        QVERIFY(!store->save());
        QVERIFY(!messages.isEmpty() && messages.last().contains(u"Cannot create"));
    }
    qputenv("TMPDIR", oldTmp);
    if (oldTmp.isNull())
        qunsetenv("TMPDIR");
    const QStringList copies =
        QDir(tmp).entryList({QStringLiteral("gloss-unsaved-notes-*.json")}, QDir::Files);
    QCOMPARE(copies.size(), 1);
    QVERIFY2(messages.last().contains(copies.first()), qPrintable(messages.join(u'\n')));
    QFile copy(QDir(tmp).filePath(copies.first()));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QVERIFY(copy.readAll().contains(id.toByteArray(QUuid::WithoutBraces)));
}

QTEST_MAIN(tst_HostileWindow)
#include "tst_hostilewindow.moc"
