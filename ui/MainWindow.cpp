#include "MainWindow.h"

#include "ArticleView.h"
#include "analysis/Analyzer.h"
#include "io/Loader.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace gloss {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_view(new ArticleView(this))
{
    setCentralWidget(m_view);
    setWindowTitle(tr("Gloss"));
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    const Loader::Result loaded = Loader::loadFile(path);
    if (!loaded.ok()) {
        statusBar()->showMessage(loaded.error);
        // not modal: a window opened on a bad file still works, and tests never block
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open article"), loaded.error,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    showArticle(Analyzer::analyze(*loaded.document));
    return true;
}

void MainWindow::showArticle(const Article &article)
{
    m_article = article;
    m_view->setArticle(article);
    const QString name = QFileInfo(article.document.source()).fileName();
    setWindowTitle(article.title.isEmpty() ? tr("%1 — Gloss").arg(name)
                                           : tr("%1 — Gloss").arg(article.title));
    statusBar()->showMessage(tr("%n word(s)", nullptr, article.wordCount()));
    Q_EMIT articleShown();
}

} // namespace gloss
