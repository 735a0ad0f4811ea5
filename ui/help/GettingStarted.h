#pragma once

#include "ReadingTheme.h"
#include "ShortcutCatalog.h"

#include <QDialog>

class QTextBrowser;

namespace gloss {

/**
 * @brief Help > Getting Started: a short offline page on reading with Gloss.
 *
 * What the colours mean (shown in the theme's own colours), the side panel tabs, notes,
 * exporting, finding and the keys worth remembering. The page is assembled from translatable
 * paragraphs (tr()), and every menu path and key in it is read from the window's actions (a
 * ShortcutCatalog), so it follows the language, the theme and the real shortcuts.
 */
class GettingStartedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);

    /** Fills the page for @p theme and the actions of @p catalog. */
    void setContent(const ReadingTheme &theme, const ShortcutCatalog &catalog);
    QTextBrowser *browser() const { return m_browser; }

    /** The page as HTML (claim icons as "gloss-claim:KIND" images, see setContent()). */
    static QString html(const ReadingTheme &theme, const ShortcutCatalog &catalog);

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace gloss
