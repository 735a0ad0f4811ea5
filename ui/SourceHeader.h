#pragma once

#include "model/Document.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QToolButton;

namespace gloss {

/**
 * @brief One line above the article naming its source: site, author, date and address.
 *
 * Filled from the Document's metadata (HTML meta tags, JSON-LD, Markdown front matter). The
 * address is a link that opens in the web browser; for a page from the web a Reload button asks
 * for a fresh download (the shown text is the saved copy otherwise). Hidden when there is
 * nothing to say (a plain text file).
 */
class SourceHeader : public QWidget
{
    Q_OBJECT

public:
    explicit SourceHeader(QWidget *parent = nullptr);

    void setDocument(const Document &document);
    void clear();

    /** The line as shown, without markup. */
    QString text() const;
    /** The page address shown (empty when none). */
    QUrl url() const { return m_url; }
    /** Whether the document came from the web (Reload is offered). */
    bool isWebSource() const { return m_web; }

Q_SIGNALS:
    void reloadRequested();

private:
    QLabel *m_label = nullptr;
    QToolButton *m_reload = nullptr;
    QUrl m_url;
    bool m_web = false;
};

} // namespace gloss
