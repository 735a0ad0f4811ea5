// The sticky notes in the window with many notes: the note layer's layout (all notes placed
// in the lane), adding a note (issue 5: under 16 ms with 5,000 notes), the save that follows,
// scrolling (cards made and moved), and opening an article that has them. The store's own
// figures are in bench_annotations.
// Run: build/dev/tests/bench/bench_notelayer -platform offscreen
#include "ArticleView.h"
#include "BenchArticles.h"
#include "MainWindow.h"
#include "annotations/AnnotationStore.h"
#include "io/Loader.h"
#include "notes/NoteCard.h"
#include "notes/NoteLayer.h"
#include "notes/NotesPanel.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace gloss;
using gloss::bench::median;

class bench_NoteLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void manyNotes_data();
    void manyNotes();

private:
    QTemporaryDir m_dir;
};

void bench_NoteLayer::initTestCase()
{
    bench::isolate(m_dir);
}

void bench_NoteLayer::manyNotes_data()
{
    QTest::addColumn<int>("notes");
    QTest::newRow("500 notes") << 500;
    QTest::newRow("5000 notes") << 5000;
}

void bench_NoteLayer::manyNotes()
{
    QFETCH(int, notes);
    AnnotationStore::setDefaultDataDir(m_dir.filePath(QStringLiteral("data-%1").arg(notes)));
    const QString path =
        bench::writeArticle(m_dir, QStringLiteral("article-%1.txt").arg(notes), 300 * 1024);
    QVERIFY(!path.isEmpty());
    {
        // notes spread over the text, on words 3 to 12 characters long
        const Loader::Result loaded = Loader::loadFile(path);
        AnnotationStore store;
        QVERIFY(store.open(*loaded.document));
        const QString &text = loaded.document->text();
        for (int i = 0; i < notes; ++i) {
            qsizetype at = text.size() * i / notes;
            while (at < text.size() && !text.at(at).isLetter())
                ++at;
            store.add(Annotation::onSpan(*loaded.document,
                                         {at, std::min(at + 3 + i % 10, text.size())},
                                         QStringLiteral("Note %1: check this.").arg(i)));
        }
        QVERIFY(store.save());
    }
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    NoteLayer *layer = w.noteLayer();
    QSignalSpy shown(&w, &MainWindow::articleShown);

    QElapsedTimer t;
    t.start();
    QVERIFY(w.openFile(path));
    QVERIFY(shown.wait(60000));
    layer->refreshNow();
    const double open = t.nsecsElapsed() / 1e6;
    QCOMPARE(layer->laneIds().size(), notes);

    QList<double> refresh, panel, add, painted, saves, scroll;
    for (int i = 0; i < 5; ++i) {
        t.restart();
        layer->refreshNow();
        refresh.append(t.nsecsElapsed() / 1e6);
        t.restart();
        // (the tab's rows follow the store: its full work is a search, every row filtered)
        layer->panel()->setFilterText(QStringLiteral("check %1").arg(i));
        panel.append(t.nsecsElapsed() / 1e6);
        layer->panel()->setFilterText(QString());
    }
    const Document &doc = w.notesStore()->document();
    for (int i = 0; i < 9; ++i) {
        // as a reader does: the passage in view, then Add Note
        const qsizetype at = doc.text().indexOf(u"sea wall", doc.text().size() * i / 9);
        const QRect passage = w.articleView()->spanRect({at, at + 8});
        QScrollBar *text = w.articleView()->verticalScrollBar();
        text->setValue(text->value() + passage.top() -
                       w.articleView()->viewport()->height() * 2 / 5);
        // what the last note caused is done, and saved (timed below, apart)
        QTRY_VERIFY_WITH_TIMEOUT(!w.notesStore()->hasUnsavedChanges(), 5000);
        QTest::qWait(20);
        t.restart();
        layer->addNote({at, at + 8}, QStringLiteral("added"));
        add.append(t.nsecsElapsed() / 1e6);
        // and what it posted: the repaint of the text, the cards and the Notes tab
        QCoreApplication::processEvents();
        painted.append(t.nsecsElapsed() / 1e6);
    }
    for (int i = 0; i < 5; ++i) {
        // the save that follows a change within a second (on the window's thread)
        t.restart();
        QVERIFY(w.notesStore()->save());
        saves.append(t.nsecsElapsed() / 1e6);
    }
    QScrollBar *bar = w.articleView()->verticalScrollBar();
    for (int i = 0; i < 40; ++i) {
        t.restart();
        bar->setValue(bar->maximum() * i / 40);
        scroll.append(t.nsecsElapsed() / 1e6);
    }
    qInfo("%d notes on a 300 KB article: open → shown with cards %.0f ms; refresh (Notes tab, "
          "lane layout, highlights) median %.1f ms; a search of the Notes tab %.1f ms; "
          "add a note %.1f ms (listed, laid out in the lane, its card ready to type in), %.1f ms "
          "to the "
          "painted window; save them %.1f ms; scroll a step (cards made and moved) %.2f ms; %lld "
          "cards made",
          notes, open, median(refresh), median(panel), median(add), median(painted), median(saves),
          median(scroll), qint64(layer->cards().size()));
}

QTEST_MAIN(bench_NoteLayer)
#include "bench_notelayer.moc"
