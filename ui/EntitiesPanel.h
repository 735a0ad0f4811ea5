#pragma once

#include "ReadingTheme.h"
#include "model/Article.h"

#include <QHash>
#include <QWidget>

class QStandardItemModel;
class QTreeView;
class QModelIndex;

namespace gloss {

/**
 * @brief The Entities tab: people, organisations, places … grouped by type with mention counts.
 *
 * Activating an entity again and again cycles through its mentions (mentionActivated()).
 */
class EntitiesPanel : public QWidget
{
    Q_OBJECT

public:
    enum Role { EntityRole = Qt::UserRole + 1, TypeRole };

    explicit EntitiesPanel(QWidget *parent = nullptr);

    void setArticle(const Article &article);
    void setReadingTheme(const ReadingTheme &theme);

    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    /** Activates @p entity as a click would: emits the next mention. */
    void activateEntity(int entity);

    /** Plural label of an entity type ("People", "Organisations", …). */
    static QString typeLabel(EntityType type);

Q_SIGNALS:
    /** Mention @p mention (index into Entity::mentions) of @p entity, of @p count. */
    void mentionActivated(int entity, int mention, int count);

private:
    void rebuild();
    void activate(const QModelIndex &index);

    Article m_article;
    ReadingTheme m_theme;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QHash<int, int> m_next; // entity → next mention to show
};

} // namespace gloss
