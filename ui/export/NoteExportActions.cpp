#include "NoteExportActions.h"

#include "ExportDialog.h"
#include "FileDialogs.h"
#include "annotations/AnnotationStore.h"
#include "export/NoteExport.h"
#include "export/NoteImport.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSet>

namespace gloss {

NoteExportActions::NoteExportActions(QWidget *window, Hooks hooks)
    : QObject(window)
    , m_window(window)
    , m_hooks(std::move(hooks))
{
    m_export = new QAction(tr("&Export Notes…"), this);
    m_export->setObjectName(QStringLiteral("actionExportNotes"));
    m_export->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_export->setStatusTip(tr("Save the notes as Markdown, HTML, W3C annotations or CSV"));
    connect(m_export, &QAction::triggered, this, [this]() { showExportDialog(); });

    m_import = new QAction(tr("&Import Notes…"), this);
    m_import->setObjectName(QStringLiteral("actionImportNotes"));
    m_import->setStatusTip(tr("Add notes from a W3C Web Annotation file (Gloss, Hypothesis)"));
    connect(m_import, &QAction::triggered, this, &NoteExportActions::chooseImportFile);

    m_copy = new QAction(tr("Copy Notes as &Markdown"), this);
    m_copy->setObjectName(QStringLiteral("actionCopyNotesMarkdown"));
    m_copy->setStatusTip(tr("Copy the selected notes (or all) as Markdown"));
    connect(m_copy, &QAction::triggered, this, [this]() { copyAsMarkdown(); });
}

NoteExportActions::~NoteExportActions() = default;

QList<Annotation> NoteExportActions::notes() const
{
    AnnotationStore *store = m_hooks.store ? m_hooks.store() : nullptr;
    return store ? store->annotations() : QList<Annotation>();
}

ExportDialog *NoteExportActions::showExportDialog()
{
    if (m_dialog) // a fresh one, with the notes as they are now
        m_dialog->close();
    auto *dialog = new ExportDialog(m_hooks.article ? m_hooks.article() : Article(), notes(),
                                    m_window);
    // it deletes itself when closed (Close, Esc, Save, the window's close button); m_dialog
    // is a QPointer, so it never points to a dialog that is gone
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_options)
        dialog->setOptions(*m_options);
    connect(dialog, &ExportDialog::saved, this, [this](const QString &path) {
        Q_EMIT message(tr("Notes exported to %1").arg(QFileInfo(path).fileName()));
    });
    // the next one opens with the format and sections chosen in this one
    connect(dialog, &QDialog::finished, this, [this, dialog] { m_options = dialog->options(); });
    m_dialog = dialog;
    dialog->show();
    return dialog;
}

void NoteExportActions::chooseImportFile()
{
    const QString article = m_hooks.article ? m_hooks.article().document.source() : QString();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import Notes"),
        FileDialogs::startFolder(FileDialogs::Kind::ImportNotes, article),
        tr("W3C Web Annotations (*.jsonld *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    FileDialogs::remember(FileDialogs::Kind::ImportNotes, path);
    importFile(path);
}

bool NoteExportActions::importFile(const QString &path, bool force, bool ask)
{
    AnnotationStore *store = m_hooks.store ? m_hooks.store() : nullptr;
    if (!store || !store->isOpen()) {
        Q_EMIT message(tr("Open an article before importing notes."));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const QString why = tr("Cannot read %1: %2").arg(path, file.errorString());
        if (ask)
            QMessageBox::warning(m_window, tr("Import Notes"), why);
        Q_EMIT message(why);
        return false;
    }
    const QByteArray bytes = file.read(AnnotationStore::kMaxFileSize + 1);
    NoteImport::Result r;
    if (bytes.size() > AnnotationStore::kMaxFileSize) {
        r.error = tr("the file is too large");
    } else {
        r = NoteImport::read(bytes, store->document(), store->annotations(), force);
        if (!r.ok && r.otherArticle && ask
            && QMessageBox::question(
                   m_window, tr("Import Notes"),
                   tr("These notes were made on another article (%1).\n\nImport them anyway? "
                      "Notes whose passage is not in this article are kept as orphans.")
                       .arg(Document::displaySource(r.fileSource)))
                   == QMessageBox::Yes)
            r = NoteImport::read(bytes, store->document(), store->annotations(), true);
    }
    if (!r.ok) {
        const QString why = tr("Nothing imported from %1: %2").arg(QFileInfo(path).fileName(),
                                                                   r.error);
        if (ask && !r.otherArticle)
            QMessageBox::warning(m_window, tr("Import Notes"), why);
        Q_EMIT message(why);
        return false;
    }
    if (m_hooks.applyImport)
        m_hooks.applyImport(r);
    else
        NoteImport::apply(r, *store);
    store->save();
    QString text = r.summary();
    if (!r.problems.isEmpty())
        text += u" (" + r.problems.join(QStringLiteral("; ")) + u')';
    Q_EMIT message(text);
    return true;
}

QString NoteExportActions::copyAsMarkdown()
{
    QList<Annotation> all = notes();
    const QList<QUuid> selected = m_hooks.selectedNotes ? m_hooks.selectedNotes() : QList<QUuid>();
    if (!selected.isEmpty()) {
        const QSet<QUuid> ids(selected.cbegin(), selected.cend());
        all.removeIf([&](const Annotation &a) { return !ids.contains(a.id); });
    }
    if (all.isEmpty()) {
        Q_EMIT message(tr("No notes to copy."));
        return QString();
    }
    const QString md = NoteExport::notesToMarkdown(m_hooks.article ? m_hooks.article() : Article(),
                                                   all);
    QGuiApplication::clipboard()->setText(md);
    Q_EMIT message(tr("Copied %n note(s) as Markdown.", nullptr, int(all.size())));
    return md;
}

} // namespace gloss
