#pragma once

#include "export/Citation.h"

#include <QList>

#include <functional>

class QAction;
class QMenu;
class QMimeData;

namespace gloss {

class ArticleView;

/**
 * @brief Copy with Citation and Copy as Markdown: a quote, a claim or the selected words with
 * the speaker and the article's title, site, date and address (Citation, core/export).
 *
 * Used by the context menus of the article (a quote or a selection) and of the Claims tab.
 */
namespace CopyCitation {

/** What is put on the clipboard: plain text, or Markdown (as text and as text/markdown). */
QMimeData *mimeData(const Citation::Source &source, bool markdown);
/** Puts @p source on the clipboard. */
void copy(const Citation::Source &source, bool markdown);
/**
 * Inserts "Copy with Citation" and "Copy as Markdown" for @p source into @p menu, before
 * @p before (at the end when null); @p copied (if set) is told a message once one is used.
 * Returns the two actions (object names "contextCopyCitation", "contextCopyMarkdown").
 */
QList<QAction *> addTo(QMenu *menu, const Citation::Source &source, QAction *before = nullptr,
                       const std::function<void(const QString &)> &copied = {});

/**
 * Adds Copy with Citation and Copy as Markdown to the article's context menu @p menu (made at
 * document position @p position), after Copy: the selected words, else the quote there.
 */
void addToArticleMenu(QMenu *menu, const ArticleView &view, int position,
                      const std::function<void(const QString &)> &copied = {});


} // namespace CopyCitation
} // namespace gloss
