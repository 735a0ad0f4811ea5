#pragma once

#include "LibraryImporter.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;
class QWidget;

namespace gloss {

/**
 * @brief File > Import Folder… and folders dropped on the window: many articles added to the
 * library at once, in the background.
 *
 * A LibraryImporter reads and analyses the files in parallel; a progress bar with a Cancel
 * button stands in the status bar meanwhile (what was written before a cancel stays). Then a
 * line in the status bar says what was added; files that could not be read are listed in a
 * box that does not block the window. Duplicates are skipped by the importer.
 */
class FolderImport : public QObject
{
    Q_OBJECT

public:
    FolderImport(QWidget *window, QStatusBar *statusBar,
                 library::LibraryPaths paths = library::LibraryPaths::standard());
    ~FolderImport() override;

    /** File > Import Folder… (the dialog starts where the last import came from). */
    QAction *importAction() const { return m_action; }
    /** Adds @p paths (folders and files) in the background; false when one is running. */
    bool importPaths(const QStringList &paths);
    void cancel();
    /** From importPaths() until finished(). */
    bool isRunning() const;
    /** The importer (tests wait on it). */
    library::LibraryImporter *importer() const { return m_importer; }
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *cancelButton() const { return m_cancel; }
    /** The box listing the files that could not be read (null when none is shown). */
    QMessageBox *problemsBox() const { return m_problemsBox; }

    /** What a finished import says in the status bar. */
    static QString summary(const library::LibraryImporter::Report &report);

Q_SIGNALS:
    /** An import finished (or was cancelled): the library changed. */
    void finished(const gloss::library::LibraryImporter::Report &report);
    void message(const QString &text, int timeoutMs);

private:
    void chooseFolder();
    void onProgress(int done, int total);
    void onFinished(const library::LibraryImporter::Report &report);

    QWidget *m_window;
    library::LibraryPaths m_paths;
    QAction *m_action = nullptr;
    library::LibraryImporter *m_importer = nullptr;
    QWidget *m_box = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QPointer<QMessageBox> m_problemsBox;
};

} // namespace gloss
