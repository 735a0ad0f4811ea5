#include "CopyCitation.h"

#include "ArticleView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMimeData>

namespace gloss::CopyCitation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gloss::CopyCitation", text);
}

} // namespace

QMimeData *mimeData(const Citation::Source &source, bool markdown)
{
    auto *data = new QMimeData;
    if (markdown) {
        const QString md = Citation::markdown(source);
        data->setText(md);
        data->setData(QStringLiteral("text/markdown"), md.toUtf8());
    } else {
        data->setText(Citation::plainText(source));
    }
    return data;
}

void copy(const Citation::Source &source, bool markdown)
{
    QApplication::clipboard()->setMimeData(mimeData(source, markdown));
}

QList<QAction *> addTo(QMenu *menu, const Citation::Source &source, QAction *before,
                       const std::function<void(const QString &)> &copied)
{
    if (source.text.trimmed().isEmpty())
        return {};
    auto *plain = new QAction(tr("Copy with Citation"), menu);
    plain->setObjectName(QStringLiteral("contextCopyCitation"));
    plain->setStatusTip(tr("Copy the words with who said them and the article's title, site, "
                           "date and address"));
    auto *md = new QAction(tr("Copy as Markdown"), menu);
    md->setObjectName(QStringLiteral("contextCopyMarkdown"));
    md->setStatusTip(tr("Copy the words as a Markdown block quote with their citation"));
    QObject::connect(plain, &QAction::triggered, menu, [source, copied] {
        copy(source, false);
        if (copied)
            copied(tr("Copied with its citation."));
    });
    QObject::connect(md, &QAction::triggered, menu, [source, copied] {
        copy(source, true);
        if (copied)
            copied(tr("Copied as Markdown with its citation."));
    });
    menu->insertActions(before, {plain, md});
    return {plain, md};
}

void addToArticleMenu(QMenu *menu, const ArticleView &view, int position,
                      const std::function<void(const QString &)> &copied)
{
    const QTextCursor cursor = view.textCursor();
    const Article &article = view.article();
    const Citation::Source cite =
        cursor.hasSelection()
            ? Citation::forSpan(article, {cursor.selectionStart(), cursor.selectionEnd()})
            : Citation::forQuote(article,
                                 position >= 0 ? view.articleIndex().quoteAt(position) : -1);
    const QList<QAction *> actions = menu->actions();
    QAction *afterCopy = nullptr;
    for (qsizetype i = 0; i + 1 < actions.size(); ++i) {
        if (actions.at(i)->objectName() == u"edit-copy")
            afterCopy = actions.at(i + 1);
    }
    addTo(menu, cite, afterCopy, copied);
}

} // namespace gloss::CopyCitation
