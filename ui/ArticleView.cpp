#include "ArticleView.h"

namespace gloss {

ArticleView::ArticleView(QWidget *parent)
    : QTextBrowser(parent)
{
    setAccessibleName(tr("Article"));
    setOpenLinks(false);
}

void ArticleView::setArticle(const Article &article)
{
    m_article = article;
    setPlainText(article.document.text());
}

} // namespace gloss
