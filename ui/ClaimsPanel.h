#pragma once

#include "ReadingTheme.h"
#include "model/Article.h"

#include <QWidget>

class QLineEdit;
class QMenu;
class QStandardItemModel;
class QTreeView;
class QModelIndex;

namespace gloss {

class PanelFilterModel;

/**
 * @brief The Claims tab: the article's claims grouped by source, with kind icons
 * (quote, reported, hedged, factual) and a filter box.
 *
 * Activating a claim (click, Enter) emits claimActivated(); the window scrolls the article to
 * it. Keyboard: the filter box, then arrows in the list, Enter to jump.
 */
class ClaimsPanel : public QWidget
{
    Q_OBJECT

public:
    /** Item data roles of the model. */
    enum Role { ClaimRole = Qt::UserRole + 1, KindRole, SourceRole };

    explicit ClaimsPanel(QWidget *parent = nullptr);

    void setArticle(const Article &article);
    void setReadingTheme(const ReadingTheme &theme);

    void setFilterText(const QString &text);
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    /** The model behind the view (groups → claims), unfiltered. */
    QStandardItemModel *model() const { return m_model; }
    /** Number of claims shown after filtering. */
    int visibleClaimCount() const;
    /**
     * The context menu of claim @p claim: what claimMenuAboutToShow()'s receivers add (Add
     * Note on This Claim, Copy with Citation). The caller owns it.
     */
    QMenu *claimMenu(int claim);

Q_SIGNALS:
    void claimActivated(int claim);
    /** claimMenu() is making @p menu for claim @p claim: receivers add their entries. */
    void claimMenuAboutToShow(QMenu *menu, int claim);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void activate(const QModelIndex &index);

    Article m_article;
    ReadingTheme m_theme;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    PanelFilterModel *m_proxy = nullptr;
};

} // namespace gloss
