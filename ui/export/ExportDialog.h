#pragma once

#include "annotations/Annotation.h"
#include "export/NoteExport.h"
#include "model/Article.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTextBrowser;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace gloss {

/**
 * @brief File > Export Notes...: the format, the sections to include, the whole article or
 * only the noted paragraphs, and a live preview of the output: Markdown and HTML rendered (as
 * a browser or a Markdown viewer shows them, in a QTextBrowser that loads nothing: no remote
 * or local file, image or style sheet, and follows no link out of the page), and the source of
 * every format highlighted with KSyntaxHighlighting (Markdown, HTML or JSON definitions).
 *
 * Works on copies of the article and its notes (plain values), so the window may change
 * meanwhile. Save... asks for a file and writes it atomically; Copy puts the output on the
 * clipboard.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /** Longest preview shown (the saved file is always complete). */
    static constexpr qsizetype kPreviewLimit = 200'000;

    ExportDialog(const Article &article, const QList<Annotation> &notes,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    NoteExport::Options options() const;
    void setOptions(const NoteExport::Options &options);
    /** The export as it would be saved now. */
    QByteArray output() const;
    /** The text of the preview (shortened past kPreviewLimit). */
    QString previewText() const;
    /** The KSyntaxHighlighting definition of the preview ("" for plain text). */
    QString previewSyntax() const;
    /** Whether the format can be shown rendered (Markdown, HTML). */
    bool canRender() const;
    /** Shows the rendered preview (when the format can be rendered) or the source. */
    void setRenderedShown(bool rendered);
    bool isRenderedShown() const;
    /** The text of the rendered preview, as shown (empty when the format is not rendered). */
    QString renderedText() const;
    /** The rendered preview (its document loads no resources). */
    QTextBrowser *renderedPreview() const { return m_rendered; }

    /** Writes the export to @p path (atomically); false with a message on failure. */
    bool saveTo(const QString &path);
    /** A file name to propose: the article's name with the format's suffix. */
    QString suggestedFileName() const;

    /** Fixes the export date (tests); invalid means now. */
    void setExportedAt(const QDateTime &when);

Q_SIGNALS:
    /** The preview was brought up to date. */
    void previewUpdated();
    /** The export was written to @p path. */
    void saved(const QString &path);

private:
    void schedulePreview();
    void updatePreview();
    void updateRendered();
    void updateEnabled();
    void save();
    void copy();

    Article m_article;
    QList<Annotation> m_notes;
    QDateTime m_exportedAt;
    QComboBox *m_format = nullptr;
    QCheckBox *m_claims = nullptr;
    QCheckBox *m_quotes = nullptr;
    QRadioButton *m_whole = nullptr;
    QRadioButton *m_noted = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QTextBrowser *m_rendered = nullptr;
    QTabWidget *m_previewTabs = nullptr;
    /** The user's last choice between the rendered preview and the source. */
    bool m_preferRendered = true;
    QString m_renderSource;
    bool m_renderedStale = true;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QString m_syntax;
    QTimer m_previewTimer;
};

} // namespace gloss
