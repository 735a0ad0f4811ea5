#pragma once
// Shared by the tests of the notes in the reading window (tst_notelayer, tst_notestab): the
// window opened on a file, and notes added to it.

#include "MainWindow.h"
#include "NotesFixture.h"
#include "annotations/AnnotationStore.h"
#include "notes/NoteLayer.h"

#include <QDir>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace gloss::test {

/**
 * Before each test: settings cleared, the notes in @p data (a folder of its own, emptied), the
 * sample article written to a file in @p dir; its path.
 */
inline QString prepareNotesTest(const QTemporaryDir &dir, const QString &data)
{
    QSettings().clear();
    QDir(data).removeRecursively();
    AnnotationStore::setDefaultDataDir(data);
    return writeFile(dir, QStringLiteral("sample.txt"), sampleText());
}

/** A window shown with @p path open and its Notes tab raised; null when it did not open. */
inline std::unique_ptr<MainWindow> openNotesWindow(const QString &path)
{
    auto w = std::make_unique<MainWindow>();
    w->resize(1400, 900);
    w->show();
    QSignalSpy shown(w.get(), &MainWindow::articleShown);
    if (!w->openFile(path) || !shown.wait(20000))
        return nullptr;
    w->noteLayer()->dock()->raise();
    w->noteLayer()->refreshNow();
    return w;
}

/** A note on each of @p words (its text "on WORDS"); their ids. */
inline QList<QUuid> addNotesOn(NoteLayer *l, const Document &doc, const QStringList &words)
{
    QList<QUuid> out;
    for (const QString &w : words)
        out.append(l->addNote(spanOf(doc, w), QStringLiteral("on ") + w));
    return out;
}

} // namespace gloss::test
