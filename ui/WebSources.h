#pragma once

#include "ArticleFetcher.h"
#include "ArticleOpener.h"
#include "model/Document.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QAction;
class QMessageBox;
class QMimeData;
class QWidget;

namespace gloss {

class OpenLinkDialog;
class SourceHeader;

/**
 * @brief Articles from the web and the clipboard, for the reading window.
 *
 * Owns the actions File > Open Link… (Ctrl+L), File > Reload from Web and Edit > Paste as New
 * Article (Ctrl+Shift+V), the ArticleFetcher behind them and the SourceHeader line that names
 * the shown article's source. The window adds the actions to its menus, places the header and
 * calls setCurrentDocument() whenever it shows an article. Documents obtained here go to the
 * window's ArticleOpener, which analyses them and delivers the article to show; a link takes
 * its place in the opener's order when it is asked for, so a file opened while the page
 * downloads supersedes the page (whose answer, page or error, is then dropped).
 */
class WebSources : public QObject
{
    Q_OBJECT

public:
    WebSources(QWidget *window, ArticleOpener *opener);
    ~WebSources() override;

    QAction *openLinkAction() const { return m_openLink; }
    QAction *reloadAction() const { return m_reload; }
    QAction *pasteAction() const { return m_paste; }
    SourceHeader *header() const { return m_header; }
    ArticleFetcher *fetcher() const { return m_fetcher; }

    /** Opens a web page: the saved copy if there is one (unless reloading), else downloads it. */
    void openUrl(const QUrl &url, ArticleFetcher::Policy policy = ArticleFetcher::Policy::PreferCache);
    /** Shows the Open Link dialog (not modal). */
    void openLinkDialog();
    /**
     * Opens what @p data holds as a new article (analysed by the opener); false (with a
     * message) when it holds no text.
     */
    bool pasteArticle(const QMimeData *data);
    /** Tells which document the window shows (header line, Reload enabled for web pages). */
    void setCurrentDocument(const Document &document);

    /** http(s) URLs (what `gloss URL` opens in the window instead of a file). */
    static bool isWebAddress(const QString &text);
    /**
     * The web page a drag carries: the first http(s) URL of a text/uri-list, else dragged text
     * that is one web address (a link dragged from a browser or a chat); empty when none.
     */
    static QUrl droppedWebUrl(const QMimeData *data);

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);
    void openFailed(const QString &source, const QString &error);
    void busyChanged(bool busy);

private:
    void onFetched(const Document &document, bool fromCache);
    void onFailed(const QUrl &url, const QString &error);
    void updatePasteAction();

    QWidget *m_window = nullptr;
    ArticleOpener *m_opener = nullptr;
    /** The opener's generation of the link being fetched. */
    ArticleOpener::Generation m_fetching = 0;
    ArticleFetcher *m_fetcher = nullptr;
    SourceHeader *m_header = nullptr;
    QAction *m_openLink = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_paste = nullptr;
    QUrl m_currentUrl;
    /** The open Open Link dialog and error box (each deletes itself when closed). */
    QPointer<OpenLinkDialog> m_linkDialog;
    QPointer<QMessageBox> m_errorBox;
};

} // namespace gloss
