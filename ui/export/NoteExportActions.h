#pragma once

#include "annotations/Annotation.h"
#include "export/NoteExport.h"
#include "model/Article.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace gloss {

class AnnotationStore;
class ExportDialog;
namespace NoteImport {
struct Result;
}

/**
 * @brief The window's export and import actions: File > Export Notes..., File > Import
 * Notes... and Copy as Markdown.
 *
 * The window gives what the actions need through Hooks (the shown article, the open notes
 * store, the selected notes) and puts the actions in its menus; nothing else of the window is
 * known here.
 */
class NoteExportActions : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        /** The article shown in the window. */
        std::function<Article()> article;
        /** The notes store of that article (open), or nullptr when there is none. */
        std::function<AnnotationStore *()> store;
        /** The ids of the notes selected in the window (Copy as Markdown); may be empty. */
        std::function<QList<QUuid>()> selectedNotes;
        /**
         * How an import is applied to the store (the window makes it one undoable command);
         * when unset, NoteImport::apply().
         */
        std::function<void(const NoteImport::Result &)> applyImport;
    };

    NoteExportActions(QWidget *window, Hooks hooks);
    ~NoteExportActions() override;

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *copyMarkdownAction() const { return m_copy; }

    /** Opens the export dialog (modeless; one at a time). */
    ExportDialog *showExportDialog();
    /**
     * Imports a W3C JSON file into the store. Notes made on another article are imported only
     * when @p force is set or, when @p ask, the user agrees. False when nothing was imported.
     */
    bool importFile(const QString &path, bool force = false, bool ask = true);
    /**
     * Puts the selected notes (all notes when none is selected) on the clipboard as Markdown.
     * Returns the text.
     */
    QString copyAsMarkdown();

Q_SIGNALS:
    /** A short message for the status bar. */
    void message(const QString &text);

private:
    void chooseImportFile();
    QList<Annotation> notes() const;

    QWidget *m_window = nullptr;
    Hooks m_hooks;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QAction *m_copy = nullptr;
    /** The open export dialog; it deletes itself when closed (Close, Esc, Save). */
    QPointer<ExportDialog> m_dialog;
    /** The options of the last dialog closed (the next one starts with them). */
    std::optional<NoteExport::Options> m_options;
};

} // namespace gloss
