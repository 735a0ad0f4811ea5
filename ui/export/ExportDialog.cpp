#include "ExportDialog.h"

#include "FileDialogs.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QStyleHints>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QVBoxLayout>

namespace gloss {

namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

/**
 * The rendered preview's document: it loads nothing (images, style sheets; remote or local).
 * QTextDocument::resource() asks loadResource() first, and for an image QTextImageHandler
 * would then read a local file itself: images are drawn by NoImages instead.
 */
class OfflineDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return QVariant(); }
};

/** Draws an image of the rendered preview as an empty frame, never loading it. */
class NoImages : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const QTextImageFormat image = format.toImageFormat();
        return QSizeF(image.width() > 0 ? std::min(image.width(), 600.0) : 16.0,
                      image.height() > 0 ? std::min(image.height(), 400.0) : 16.0);
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &) override
    {
        painter->save();
        painter->setPen(QPen(Qt::gray, 1, Qt::DashLine));
        painter->drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        painter->restore();
    }
};

} // namespace

ExportDialog::ExportDialog(const Article &article, const QList<Annotation> &notes,
                           QWidget *parent)
    : QDialog(parent)
    , m_article(article)
    , m_notes(notes)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Notes"));
    resize(900, 640);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("Markdown (Obsidian, GitHub, …)"), int(NoteExport::Format::Markdown));
    m_format->addItem(tr("HTML page (print, share)"), int(NoteExport::Format::Html));
    m_format->addItem(tr("W3C Web Annotations (JSON-LD)"), int(NoteExport::Format::W3c));
    m_format->addItem(tr("CSV (spreadsheets)"), int(NoteExport::Format::Csv));

    m_claims = new QCheckBox(tr("Claims by source"), this);
    m_claims->setObjectName(QStringLiteral("claimsCheck"));
    m_quotes = new QCheckBox(tr("Quotes by speaker"), this);
    m_quotes->setObjectName(QStringLiteral("quotesCheck"));
    auto *sections = new QHBoxLayout;
    sections->addWidget(m_claims);
    sections->addWidget(m_quotes);
    sections->addStretch();

    m_whole = new QRadioButton(tr("Whole article"), this);
    m_whole->setObjectName(QStringLiteral("wholeRadio"));
    m_noted = new QRadioButton(tr("Only noted paragraphs"), this);
    m_noted->setObjectName(QStringLiteral("notedRadio"));
    m_whole->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_whole);
    group->addButton(m_noted);
    auto *extent = new QHBoxLayout;
    extent->addWidget(m_whole);
    extent->addWidget(m_noted);
    extent->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Include:"), sections);
    form->addRow(tr("Article:"), extent);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("previewEdit"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setAccessibleDescription(tr("The export as it will be saved or copied"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_preview->document());
    m_highlighter->setTheme(repository().defaultTheme(
        isDarkPalette(palette()) ? KSyntaxHighlighting::Repository::DarkTheme
                                 : KSyntaxHighlighting::Repository::LightTheme));

    m_rendered = new QTextBrowser(this);
    m_rendered->setObjectName(QStringLiteral("renderedPreview"));
    m_rendered->setAccessibleName(tr("Rendered preview"));
    m_rendered->setAccessibleDescription(
        tr("The export as a browser or Markdown viewer shows it"));
    auto *offline = new OfflineDocument(m_rendered);
    offline->documentLayout()->registerHandler(QTextFormat::ImageObject, new NoImages(offline));
    m_rendered->setDocument(offline);
    m_rendered->setOpenLinks(false);
    m_rendered->setOpenExternalLinks(false);
    connect(m_rendered, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment())
            m_rendered->scrollToAnchor(url.fragment()); // a note's number, a note's passage
        else
            m_status->setText(tr("Links are not followed in the preview: %1")
                                  .arg(url.toDisplayString()));
    });
    m_previewTabs = new QTabWidget(this);
    m_previewTabs->setObjectName(QStringLiteral("previewTabs"));
    m_previewTabs->setDocumentMode(true);
    m_previewTabs->addTab(m_rendered, tr("&Rendered"));
    m_previewTabs->addTab(m_preview, tr("Sourc&e"));
    connect(m_previewTabs, &QTabWidget::tabBarClicked, this,
            [this](int index) { m_preferRendered = index == 0; });
    connect(m_previewTabs, &QTabWidget::currentChanged, this, &ExportDialog::updateRendered);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setText(tr("&Save…"));
    m_copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &ExportDialog::save);
    connect(m_copyButton, &QPushButton::clicked, this, &ExportDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_previewTabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(0);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_claims, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_quotes, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_whole, &QRadioButton::toggled, this, &ExportDialog::schedulePreview);
    updateEnabled();
    updatePreview();
}

ExportDialog::~ExportDialog() = default;

NoteExport::Options ExportDialog::options() const
{
    NoteExport::Options o;
    o.format = NoteExport::Format(m_format->currentData().toInt());
    o.includeClaims = m_claims->isChecked();
    o.includeQuotes = m_quotes->isChecked();
    o.wholeArticle = m_whole->isChecked();
    o.exportedAt = m_exportedAt;
    o.locale = QLocale(); // the date in the interface's language (headings follow it too)
    return o;
}

void ExportDialog::setOptions(const NoteExport::Options &options)
{
    m_format->setCurrentIndex(m_format->findData(int(options.format)));
    m_claims->setChecked(options.includeClaims);
    m_quotes->setChecked(options.includeQuotes);
    (options.wholeArticle ? m_whole : m_noted)->setChecked(true);
    m_exportedAt = options.exportedAt;
    updatePreview();
}

QByteArray ExportDialog::output() const
{
    return NoteExport::exportNotes(m_article, m_notes, options());
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString ExportDialog::previewSyntax() const
{
    return m_syntax;
}

bool ExportDialog::canRender() const
{
    const auto format = NoteExport::Format(m_format->currentData().toInt());
    return format == NoteExport::Format::Markdown || format == NoteExport::Format::Html;
}

void ExportDialog::setRenderedShown(bool rendered)
{
    m_preferRendered = rendered;
    m_previewTabs->setCurrentIndex(rendered && canRender() ? 0 : 1);
}

bool ExportDialog::isRenderedShown() const
{
    return m_previewTabs->currentIndex() == 0;
}

QString ExportDialog::renderedText() const
{
    return m_previewTabs->isTabEnabled(0) ? m_rendered->toPlainText() : QString();
}

void ExportDialog::setExportedAt(const QDateTime &when)
{
    m_exportedAt = when;
    updatePreview();
}

void ExportDialog::schedulePreview()
{
    updateEnabled();
    m_previewTimer.start();
}

void ExportDialog::updateEnabled()
{
    const auto format = NoteExport::Format(m_format->currentData().toInt());
    const bool sections = format == NoteExport::Format::Markdown
                          || format == NoteExport::Format::Html;
    m_claims->setEnabled(sections);
    m_quotes->setEnabled(sections);
    m_whole->setEnabled(format == NoteExport::Format::Html);
    m_noted->setEnabled(format == NoteExport::Format::Html);
}

void ExportDialog::updatePreview()
{
    m_previewTimer.stop();
    const NoteExport::Options o = options();
    QString text = QString::fromUtf8(output());
    if (!text.isEmpty() && text.front() == QChar(0xFEFF))
        text.remove(0, 1); // the CSV's byte order mark
    const qsizetype full = text.size();
    // rendered from the whole output (a shortened page would end in the middle of a tag), and
    // only when it is looked at
    m_renderSource = canRender() ? text : QString();
    m_renderedStale = true;
    if (text.size() > kPreviewLimit)
        text = text.left(kPreviewLimit) + u'\n' + tr("… (preview shortened; the file is complete)");
    const QString syntax = NoteExport::syntaxName(o.format);
    if (syntax != m_syntax || !m_highlighter->definition().isValid()) {
        m_syntax = syntax;
        m_highlighter->setDefinition(syntax.isEmpty()
                                         ? KSyntaxHighlighting::Definition()
                                         : repository().definitionForName(syntax));
    }
    // KSyntaxHighlighting queues the highlighting of a block's successor as a call holding the
    // QTextBlock; setPlainText() deletes those blocks, and a queued call run later (in the file
    // dialog's event loop, under ASan) read a freed block. The new text is highlighted anew.
    QCoreApplication::removePostedEvents(m_highlighter, QEvent::MetaCall);
    m_preview->setPlainText(text);
    const bool render = canRender();
    m_previewTabs->setTabEnabled(0, render);
    m_previewTabs->setCurrentIndex(render && m_preferRendered ? 0 : 1);
    updateRendered();
    m_status->setText(tr("%n note(s), %1 characters", nullptr, int(m_notes.size()))
                          .arg(QLocale().toString(full)));
    Q_EMIT previewUpdated();
}

void ExportDialog::updateRendered()
{
    if (!m_renderedStale || m_previewTabs->currentIndex() != 0)
        return;
    m_renderedStale = false;
    if (m_renderSource.isEmpty())
        m_rendered->clear();
    else if (NoteExport::Format(m_format->currentData().toInt()) == NoteExport::Format::Html)
        m_rendered->setHtml(m_renderSource);
    else
        m_rendered->setMarkdown(m_renderSource);
}

QString ExportDialog::suggestedFileName() const
{
    QString base = QFileInfo(m_article.document.source()).completeBaseName();
    if (base.isEmpty())
        base = QStringLiteral("article");
    return base + QStringLiteral("-notes.") + NoteExport::fileSuffix(options().format);
}

bool ExportDialog::saveTo(const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = output();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_status->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    Q_EMIT saved(path);
    return true;
}

void ExportDialog::save()
{
    const auto format = options().format;
    // where notes were last exported to, else beside the article
    const QString dir = FileDialogs::startFolder(FileDialogs::Kind::ExportNotes,
                                                 m_article.document.source());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Notes"), QDir(dir).filePath(suggestedFileName()),
        NoteExport::fileFilter(format));
    if (path.isEmpty())
        return;
    FileDialogs::remember(FileDialogs::Kind::ExportNotes, path);
    if (saveTo(path))
        accept();
    else
        QMessageBox::warning(this, tr("Export Notes"), m_status->text());
}

void ExportDialog::copy()
{
    QString text = QString::fromUtf8(output());
    if (!text.isEmpty() && text.front() == QChar(0xFEFF))
        text.remove(0, 1);
    QGuiApplication::clipboard()->setText(text);
    m_status->setText(tr("Copied to the clipboard."));
}

} // namespace gloss

#include "ExportDialog.moc"
