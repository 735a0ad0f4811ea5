#pragma once

#include "ArticleIndex.h"
#include "ReadingTheme.h"
#include "model/Article.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QToolButton;
class QTreeView;

namespace gloss {

/**
 * @brief The Speakers tab: a legend of who speaks, in their colour, with quote counts.
 *
 * Each speaker has a check box (tint their quotes or not); activating a speaker filters the
 * article to their quotes (speakerActivated()), "Show all" clears the filter.
 */
class SpeakersPanel : public QWidget
{
    Q_OBJECT

public:
    enum Role { EntityRole = Qt::UserRole + 1 };

    explicit SpeakersPanel(QWidget *parent = nullptr);

    void setArticle(const Article &article, const ArticleIndex &index);
    void setReadingTheme(const ReadingTheme &theme);
    /** Marks the filtered speaker (-1: none). */
    void setFilter(int entity);

    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }

Q_SIGNALS:
    /** A speaker was activated: filter to them (or clear, when they are already filtered). */
    void speakerActivated(int entity);
    void speakerVisibilityChanged(int entity, bool visible);
    void filterCleared();

private:
    void rebuild();

    Article m_article;
    ArticleIndex m_index;
    ReadingTheme m_theme;
    int m_filter = -1;
    QLabel *m_summary = nullptr;
    QToolButton *m_showAll = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    bool m_rebuilding = false;
};

} // namespace gloss
