#pragma once

#include "model/Article.h"

#include <QTextBrowser>

namespace gloss {

/** The read-only article text. */
class ArticleView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);
    void setArticle(const Article &article);

private:
    Article m_article;
};

} // namespace gloss
