#pragma once

#include "PrintDocument.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace gloss {

/**
 * @brief File > Print… (Ctrl+P) and File > Export as PDF…: the annotated article on paper.
 *
 * Both ask where the notes go (beside their paragraphs, or numbered at the end) and whether
 * the speaker tints and entity underlines are printed (as the reading view shows them, by
 * default); Print… in an options tab of the system's print dialog, Export as PDF… in a small
 * dialog with the page size. The document is made by PrintDocument. The window gives what is
 * needed through Hooks; nothing else of it is known here.
 */
class PrintActions : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        /** The article shown in the window. */
        std::function<Article()> article;
        /** Its notes, placed in its text (AnnotationStore::annotations()). */
        std::function<QList<Annotation>()> notes;
        /** The reading view's layers, hidden speakers and theme (the print's defaults). */
        std::function<PrintDocument::Options()> viewOptions;
    };

    PrintActions(QWidget *window, Hooks hooks);
    ~PrintActions() override;

    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_pdf; }

    /** The view's options with the note placement last chosen (kept in the settings). */
    PrintDocument::Options options() const;
    /** Remembers @p placement for the next print or export. */
    static void setNotePlacement(PrintDocument::NotePlacement placement);

    /**
     * Writes the PDF of the article with @p options to @p path (atomically); false with a
     * message (also in @p why) when it cannot be written.
     */
    bool exportPdf(const QString &path, const PrintDocument::Options &options,
                   const QPageSize &pageSize = PrintDocument::defaultPageSize(),
                   QString *why = nullptr);
    /** A file name to propose: the article's name with ".pdf". */
    QString suggestedPdfName() const;

Q_SIGNALS:
    /** A short message for the status bar. */
    void message(const QString &text);

private:
    void print();
    void chooseAndExportPdf();

    QWidget *m_window = nullptr;
    Hooks m_hooks;
    QAction *m_print = nullptr;
    QAction *m_pdf = nullptr;
};

} // namespace gloss
