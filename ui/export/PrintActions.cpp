#include "PrintActions.h"

#include "export/ArticleFacts.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTextDocument>
#include <QVBoxLayout>

namespace gloss {

namespace {

const QString kPlacementKey = QStringLiteral("print/notes");

/** Where the notes go and which colours are printed: the print dialog's tab, the PDF dialog. */
class PrintOptionsWidget : public QWidget
{
public:
    explicit PrintOptionsWidget(const PrintDocument::Options &options, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_options(options)
    {
        setObjectName(QStringLiteral("printOptions"));
        setWindowTitle(PrintActions::tr("Notes and Colours"));
        m_margin = new QRadioButton(PrintActions::tr("In the &margin, beside their passages"),
                                    this);
        m_margin->setObjectName(QStringLiteral("marginRadio"));
        m_endnotes = new QRadioButton(PrintActions::tr("As &endnotes, numbered after the article"),
                                      this);
        m_endnotes->setObjectName(QStringLiteral("endnotesRadio"));
        auto *group = new QButtonGroup(this);
        group->addButton(m_margin);
        group->addButton(m_endnotes);
        (options.notes == PrintDocument::NotePlacement::Margin ? m_margin : m_endnotes)
            ->setChecked(true);
        m_speakers = new QCheckBox(PrintActions::tr("&Speaker colours"), this);
        m_speakers->setObjectName(QStringLiteral("speakersCheck"));
        m_speakers->setChecked(options.layers.testFlag(ArticleHighlighter::SpeakerLayer));
        m_entities = new QCheckBox(PrintActions::tr("E&ntity underlines"), this);
        m_entities->setObjectName(QStringLiteral("entitiesCheck"));
        m_entities->setChecked(options.layers.testFlag(ArticleHighlighter::EntityLayer));
        auto *form = new QFormLayout(this);
        auto *notes = new QVBoxLayout;
        notes->addWidget(m_margin);
        notes->addWidget(m_endnotes);
        form->addRow(PrintActions::tr("Notes:"), notes);
        auto *marks = new QVBoxLayout;
        marks->addWidget(m_speakers);
        marks->addWidget(m_entities);
        form->addRow(PrintActions::tr("Print:"), marks);
    }

    void addRow(const QString &label, QWidget *field)
    {
        static_cast<QFormLayout *>(layout())->addRow(label, field);
    }

    PrintDocument::Options options() const
    {
        PrintDocument::Options o = m_options;
        o.notes = m_margin->isChecked() ? PrintDocument::NotePlacement::Margin
                                        : PrintDocument::NotePlacement::Endnotes;
        o.layers.setFlag(ArticleHighlighter::SpeakerLayer, m_speakers->isChecked());
        o.layers.setFlag(ArticleHighlighter::EntityLayer, m_entities->isChecked());
        return o;
    }

private:
    PrintDocument::Options m_options;
    QRadioButton *m_margin = nullptr;
    QRadioButton *m_endnotes = nullptr;
    QCheckBox *m_speakers = nullptr;
    QCheckBox *m_entities = nullptr;
};

/** A wait cursor while a long article is laid out. */
struct BusyCursor
{
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace

PrintActions::PrintActions(QWidget *window, Hooks hooks)
    : QObject(window)
    , m_window(window)
    , m_hooks(std::move(hooks))
{
    m_print = new QAction(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("actionPrint"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the article with its notes"));
    connect(m_print, &QAction::triggered, this, &PrintActions::print);

    m_pdf = new QAction(tr("Export as P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("actionExportPdf"));
    m_pdf->setStatusTip(tr("Save the article with its notes as a PDF"));
    connect(m_pdf, &QAction::triggered, this, &PrintActions::chooseAndExportPdf);
}

PrintActions::~PrintActions() = default;

PrintDocument::Options PrintActions::options() const
{
    PrintDocument::Options o = m_hooks.viewOptions ? m_hooks.viewOptions()
                                                   : PrintDocument::Options();
    o.notes = QSettings().value(kPlacementKey).toString() == u"endnotes"
                  ? PrintDocument::NotePlacement::Endnotes
                  : PrintDocument::NotePlacement::Margin;
    o.locale = QLocale();
    return o;
}

void PrintActions::setNotePlacement(PrintDocument::NotePlacement placement)
{
    QSettings().setValue(kPlacementKey, placement == PrintDocument::NotePlacement::Endnotes
                                            ? QStringLiteral("endnotes")
                                            : QStringLiteral("margin"));
}

QString PrintActions::suggestedPdfName() const
{
    const Article article = m_hooks.article ? m_hooks.article() : Article();
    QString base = QFileInfo(article.document.source()).completeBaseName();
    if (base.isEmpty() || article.document.source().contains(QLatin1StringView("://")))
        base = QStringLiteral("article");
    return base + QStringLiteral(".pdf");
}

bool PrintActions::exportPdf(const QString &path, const PrintDocument::Options &options,
                             const QPageSize &pageSize, QString *why)
{
    const Article article = m_hooks.article ? m_hooks.article() : Article();
    const QList<Annotation> notes = m_hooks.notes ? m_hooks.notes() : QList<Annotation>();
    QString error;
    bool ok = false;
    {
        BusyCursor busy;
        const auto doc = PrintDocument::build(article, notes, options);
        ok = PrintDocument::writePdf(*doc, path, NoteExport::articleTitle(article), pageSize,
                                     &error);
    }
    if (!ok) {
        const QString text = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error);
        if (why)
            *why = text;
        Q_EMIT message(text);
        return false;
    }
    Q_EMIT message(tr("Exported as PDF to %1").arg(QFileInfo(path).fileName()));
    return true;
}

void PrintActions::print()
{
    const Article article = m_hooks.article ? m_hooks.article() : Article();
    if (article.document.text().isEmpty()) {
        Q_EMIT message(tr("Open an article to print it."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(NoteExport::articleTitle(article));
    printer.setPageSize(PrintDocument::defaultPageSize());
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Article"));
    auto *tab = new PrintOptionsWidget(options());
    dialog.setOptionTabs({tab});
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PrintDocument::Options chosen = tab->options();
    setNotePlacement(chosen.notes);
    {
        BusyCursor busy;
        const QList<Annotation> notes = m_hooks.notes ? m_hooks.notes() : QList<Annotation>();
        const auto doc = PrintDocument::build(article, notes, chosen);
        PrintDocument::print(*doc, &printer);
    }
    Q_EMIT message(printer.outputFileName().isEmpty()
                       ? tr("Sent to %1").arg(printer.printerName())
                       : tr("Printed to %1").arg(QFileInfo(printer.outputFileName()).fileName()));
}

void PrintActions::chooseAndExportPdf()
{
    const Article article = m_hooks.article ? m_hooks.article() : Article();
    if (article.document.text().isEmpty()) {
        Q_EMIT message(tr("Open an article to export it."));
        return;
    }
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("exportPdfDialog"));
    dialog.setWindowTitle(tr("Export as PDF"));
    auto *options = new PrintOptionsWidget(this->options(), &dialog);
    auto *pages = new QComboBox(&dialog);
    pages->setObjectName(QStringLiteral("pageSizeCombo"));
    for (const auto id : {QPageSize::A4, QPageSize::Letter, QPageSize::A5, QPageSize::Legal})
        pages->addItem(QPageSize::name(id), int(id));
    pages->setCurrentIndex(pages->findData(int(PrintDocument::defaultPageSize().id())));
    options->addRow(tr("Page size:"), pages);
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save…"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(options);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PrintDocument::Options chosen = options->options();
    setNotePlacement(chosen.notes);
    QString dir = QFileInfo(article.document.source()).absolutePath();
    if (article.document.source().startsWith(u":/") || !QFileInfo(dir).isWritable())
        dir = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export as PDF"),
                                                      QDir(dir).filePath(suggestedPdfName()),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QPageSize size(QPageSize::PageSizeId(pages->currentData().toInt()));
    QString why;
    if (!exportPdf(path, chosen, size, &why))
        QMessageBox::warning(m_window, tr("Export as PDF"), why);
}

} // namespace gloss
