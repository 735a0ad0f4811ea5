#include "FolderImport.h"

#include "FileDialogs.h"
#include "LibraryDatabase.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace gloss {

using library::LibraryImporter;

namespace {

/** Files that could not be read named in the box itself (the rest under Show Details). */
constexpr int kProblemsShown = 8;

} // namespace

FolderImport::FolderImport(QWidget *window, QStatusBar *statusBar, library::LibraryPaths paths)
    : QObject(window)
    , m_window(window)
    , m_paths(paths)
    , m_importer(new LibraryImporter(std::move(paths), this))
{
    setObjectName(QStringLiteral("folderImport"));
    m_action = new QAction(tr("Import &Folder…"), this);
    m_action->setObjectName(QStringLiteral("actionImportFolder"));
    m_action->setStatusTip(tr("Add every article of a folder to the library"));
    connect(m_action, &QAction::triggered, this, &FolderImport::chooseFolder);

    m_box = new QWidget(statusBar);
    m_box->setObjectName(QStringLiteral("importProgress"));
    auto *layout = new QHBoxLayout(m_box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_progress = new QProgressBar(m_box);
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->setAccessibleName(tr("Importing articles"));
    m_progress->setMaximumWidth(180);
    m_progress->setMaximumHeight(14);
    m_progress->setFormat(tr("%v of %m"));
    m_cancel = new QToolButton(m_box);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the import (the articles added so far stay)"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &FolderImport::cancel);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    statusBar->addPermanentWidget(m_box);
    m_box->hide();

    connect(m_importer, &LibraryImporter::progress, this, &FolderImport::onProgress);
    connect(m_importer, &LibraryImporter::finished, this, &FolderImport::onFinished);
}

FolderImport::~FolderImport()
{
    m_importer->cancel();
    m_importer->waitForFinished();
}

void FolderImport::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        m_window, tr("Import Folder"),
        FileDialogs::startFolder(FileDialogs::Kind::ImportFolder, QString()));
    if (folder.isEmpty())
        return;
    FileDialogs::remember(FileDialogs::Kind::ImportFolder, folder + QStringLiteral("/."));
    importPaths({folder});
}

bool FolderImport::importPaths(const QStringList &paths)
{
    if (isRunning()) {
        Q_EMIT message(tr("An import is running already."), 4000);
        return false;
    }
    if (paths.isEmpty())
        return false;
    {
        // made (or migrated) here first, so that the view, which opens it on this thread when
        // shown, never makes it at the same time as the importer's thread
        library::LibraryDatabase db(m_paths.folder());
        if (!db.open()) {
            Q_EMIT message(db.error(), 8000);
            return false;
        }
    }
    if (!m_importer->start(paths))
        return false;
    m_progress->setRange(0, 0); // counting the files
    m_box->show();
    m_action->setEnabled(false);
    Q_EMIT message(tr("Adding articles to the library…"), 0);
    return true;
}

void FolderImport::cancel()
{
    if (!isRunning())
        return;
    m_importer->cancel();
    m_cancel->setEnabled(false);
    Q_EMIT message(tr("Stopping the import…"), 0);
}

bool FolderImport::isRunning() const
{
    return m_importer->isRunning();
}

void FolderImport::onProgress(int done, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
}

QString FolderImport::summary(const LibraryImporter::Report &r)
{
    if (!r.ok())
        return r.error;
    const QLocale l;
    QString text = r.cancelled ? tr("Import stopped: %1 added").arg(l.toString(r.added))
                               : tr("Import finished: %1 added").arg(l.toString(r.added));
    if (r.updated > 0)
        text += tr(", %1 updated").arg(l.toString(r.updated));
    if (r.duplicates + r.unchanged > 0)
        text += tr(", %1 there already").arg(l.toString(r.duplicates + r.unchanged));
    if (r.failed > 0)
        text += tr(", %1 could not be read").arg(l.toString(r.failed));
    return text + u'.';
}

void FolderImport::onFinished(const LibraryImporter::Report &report)
{
    m_box->hide();
    m_cancel->setEnabled(true);
    m_action->setEnabled(true);
    Q_EMIT message(summary(report), 8000);
    if (!report.problems.isEmpty() || !report.ok()) {
        if (!m_problemsBox) {
            // not modal: the window goes on working; the box deletes itself when closed
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Folder"), QString(),
                                        QMessageBox::Close, m_window);
            box->setObjectName(QStringLiteral("importProblems"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            m_problemsBox = box;
        }
        // the first files named at once, every one under Show Details
        QStringList first = report.problems.mid(0, kProblemsShown);
        if (report.problems.size() > kProblemsShown)
            first << tr("… and %L1 more (Show Details…)")
                         .arg(report.problems.size() - kProblemsShown);
        m_problemsBox->setText(report.ok() ? summary(report) : report.error);
        m_problemsBox->setInformativeText(first.join(u'\n'));
        m_problemsBox->setDetailedText(report.problems.join(u'\n'));
        m_problemsBox->setWindowModality(Qt::NonModal);
        m_problemsBox->show();
        m_problemsBox->raise();
    }
    Q_EMIT finished(report);
}

} // namespace gloss
