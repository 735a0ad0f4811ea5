#include "WebSources.h"

#include "ClipboardArticle.h"
#include "OpenLinkDialog.h"
#include "SourceHeader.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QWidget>

namespace gloss {

WebSources::WebSources(QWidget *window, ArticleOpener *opener)
    : QObject(window)
    , m_window(window)
    , m_opener(opener)
    , m_fetcher(new ArticleFetcher(this))
    , m_header(new SourceHeader(window))
{
    setObjectName(QStringLiteral("webSources"));
    m_openLink = new QAction(tr("Open &Link…"), window);
    m_openLink->setObjectName(QStringLiteral("actionOpenLink"));
    m_openLink->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_openLink->setStatusTip(tr("Open a news article from the web"));
    connect(m_openLink, &QAction::triggered, this, &WebSources::openLinkDialog);

    m_reload = new QAction(tr("Reload from &Web"), window);
    m_reload->setObjectName(QStringLiteral("actionReloadFromWeb"));
    m_reload->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reload->setStatusTip(tr("Download the shown page again instead of using the saved copy"));
    m_reload->setEnabled(false);
    connect(m_reload, &QAction::triggered, this, [this] {
        if (m_currentUrl.isValid())
            openUrl(m_currentUrl, ArticleFetcher::Policy::Reload);
    });
    connect(m_header, &SourceHeader::reloadRequested, m_reload, &QAction::trigger);

    m_paste = new QAction(tr("Paste as &New Article"), window);
    m_paste->setObjectName(QStringLiteral("actionPasteArticle"));
    m_paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_paste->setStatusTip(tr("Open the text or web page selection on the clipboard as an article"));
    connect(m_paste, &QAction::triggered, this, [this] {
        pasteArticle(QGuiApplication::clipboard()->mimeData());
    });
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            &WebSources::updatePasteAction);
    updatePasteAction();

    connect(m_fetcher, &ArticleFetcher::fetched, this, &WebSources::onFetched);
    connect(m_fetcher, &ArticleFetcher::failed, this, &WebSources::onFailed);
}

WebSources::~WebSources() = default;

bool WebSources::isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed());
    return (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

QUrl WebSources::droppedWebUrl(const QMimeData *data)
{
    if (!data)
        return {};
    for (const QUrl &url : data->urls()) {
        if (isWebAddress(url.toString()))
            return url;
    }
    if (data->hasText()) {
        const QString text = data->text().trimmed();
        if (!text.contains(u'\n') && !text.contains(u' ') && isWebAddress(text))
            return QUrl(text);
    }
    return {};
}

void WebSources::openLinkDialog()
{
    if (m_linkDialog) { // one at a time: the one open comes to the front
        m_linkDialog->raise();
        m_linkDialog->activateWindow();
        return;
    }
    auto *dialog = new OpenLinkDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_linkDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        openUrl(dialog->url(), dialog->reload() ? ArticleFetcher::Policy::Reload
                                                : ArticleFetcher::Policy::PreferCache);
    });
    dialog->open();
}

void WebSources::openUrl(const QUrl &url, ArticleFetcher::Policy policy)
{
    m_fetching = m_opener->reserve(); // before fetch(): a saved copy may answer at once
    Q_EMIT statusMessage(tr("Opening %1…").arg(url.toDisplayString()), 0);
    Q_EMIT busyChanged(true);
    m_fetcher->fetch(url, policy);
}

void WebSources::onFetched(const Document &document, bool fromCache)
{
    Q_EMIT busyChanged(false);
    if (!m_opener->isLatest(m_fetching))
        return; // another article was asked for while the page downloaded
    m_opener->openDocument(document, m_fetching);
    Q_EMIT statusMessage(fromCache ? tr("Opened the copy saved when this page was first read "
                                        "(File > Reload from Web for the current page)")
                                   : tr("Downloaded %1").arg(document.source()),
                         8000);
}

void WebSources::onFailed(const QUrl &url, const QString &error)
{
    Q_EMIT busyChanged(false);
    if (!m_opener->isLatest(m_fetching))
        return; // the reader has moved on to another article: no box over it
    Q_EMIT statusMessage(error, 0);
    Q_EMIT openFailed(url.toString(), error);
    // not modal: the window keeps working, and tests never block
    if (m_errorBox) { // the latest error replaces the one shown; boxes do not pile up
        m_errorBox->setText(error);
        m_errorBox->raise();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open link"), error,
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("openLinkError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox = box;
    box->open();
}

bool WebSources::pasteArticle(const QMimeData *data)
{
    std::optional<Document> doc = data ? documentFromMimeData(*data) : std::nullopt;
    if (!doc) {
        Q_EMIT statusMessage(tr("The clipboard holds no text to open"), 5000);
        return false;
    }
    m_opener->openDocument(*doc);
    return true;
}

void WebSources::setCurrentDocument(const Document &document)
{
    m_header->setDocument(document);
    m_currentUrl = isWebAddress(document.source()) ? QUrl(document.source()) : QUrl();
    m_reload->setEnabled(m_currentUrl.isValid());
}

void WebSources::updatePasteAction()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    m_paste->setEnabled(data && (data->hasText() || data->hasHtml()));
}

} // namespace gloss
