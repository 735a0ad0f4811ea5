#pragma once

#include "model/Article.h"

#include <QMainWindow>

namespace gloss {

class ArticleView;

/** The reading window: the article, its speakers and claims, the notes. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Loads and analyses a file; false (with a message shown) when it cannot be read. */
    bool openFile(const QString &path);
    /** Shows an already analysed article. */
    void showArticle(const Article &article);
    const Article &article() const { return m_article; }
    ArticleView *articleView() const { return m_view; }

Q_SIGNALS:
    /** Emitted once an article is shown and highlighted. */
    void articleShown();

private:
    ArticleView *m_view = nullptr;
    Article m_article;
};

} // namespace gloss
