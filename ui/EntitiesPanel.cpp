#include "EntitiesPanel.h"

#include "PanelDelegate.h"

#include <QLocale>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace gloss {

EntitiesPanel::EntitiesPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("entitiesPanel"));
    setAccessibleName(tr("Entities"));
    m_view->setObjectName(QStringLiteral("entitiesView"));
    m_view->setAccessibleName(tr("Entities by type"));
    m_view->setAccessibleDescription(tr("People, organisations and places named in the "
                                        "article; Enter shows the next mention"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setIndentation(14);
    m_view->setUniformRowHeights(true); // names: one line each, evenly spaced
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *delegate = new PanelDelegate(m_view);
    delegate->setSingleLine(true);
    m_view->setItemDelegate(delegate);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
    connect(m_view, &QTreeView::activated, this, &EntitiesPanel::activate);
    connect(m_view, &QTreeView::clicked, this, &EntitiesPanel::activate);
}

QString EntitiesPanel::typeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return tr("People");
    case EntityType::Org:
        return tr("Organisations");
    case EntityType::Gpe:
        return tr("Places (political)");
    case EntityType::Loc:
        return tr("Places");
    case EntityType::Event:
        return tr("Events");
    case EntityType::Work:
        return tr("Works");
    case EntityType::Other:
        break;
    }
    return tr("Other");
}

void EntitiesPanel::setArticle(const Article &article)
{
    m_article = article;
    m_next.clear();
    rebuild();
}

void EntitiesPanel::setReadingTheme(const ReadingTheme &theme)
{
    m_theme = theme;
    rebuild();
}

void EntitiesPanel::rebuild()
{
    m_model->clear();
    static const EntityType order[] = {EntityType::Person, EntityType::Org, EntityType::Gpe,
                                       EntityType::Loc, EntityType::Event, EntityType::Work,
                                       EntityType::Other};
    for (EntityType type : order) {
        QList<int> members;
        for (int e = 0; e < m_article.entities.size(); ++e) {
            if (m_article.entities.at(e).type == type)
                members.append(e);
        }
        if (members.isEmpty())
            continue;
        // most mentioned first
        std::stable_sort(members.begin(), members.end(), [this](int a, int b) {
            return m_article.entities.at(a).mentions.size() > m_article.entities.at(b).mentions.size();
        });
        auto *group = new QStandardItem(typeLabel(type));
        QFont bold = font();
        bold.setWeight(QFont::DemiBold);
        group->setFont(bold);
        group->setData(int(type), TypeRole);
        group->setData(QString::number(members.size()), PanelDelegate::CountRole);
        for (int e : std::as_const(members)) {
            const Entity &entity = m_article.entities.at(e);
            auto *item = new QStandardItem(entity.name);
            item->setData(e, EntityRole);
            const QString mentions = QLocale().toString(entity.mentions.size());
            item->setData(mentions, PanelDelegate::CountRole);
            QString tip = tr("Mentions: %1. Click again for the next one.").arg(mentions);
            if (!entity.aliases.isEmpty())
                tip += QStringLiteral("\n") + tr("Also: %1").arg(entity.aliases.join(u", "));
            item->setToolTip(tip);
            item->setData(tip, Qt::AccessibleDescriptionRole);
            group->appendRow(item);
        }
        m_model->appendRow(group);
    }
    if (m_model->rowCount() == 0) {
        auto *none = new QStandardItem(tr("No names found in this article."));
        none->setEnabled(false);
        m_model->appendRow(none);
    }
    m_view->expandAll();
}

void EntitiesPanel::activate(const QModelIndex &index)
{
    const QVariant e = index.data(EntityRole);
    if (e.isValid())
        activateEntity(e.toInt());
}

void EntitiesPanel::activateEntity(int entity)
{
    if (entity < 0 || entity >= m_article.entities.size())
        return;
    const int count = int(m_article.entities.at(entity).mentions.size());
    if (count == 0)
        return;
    const int mention = m_next.value(entity, 0) % count;
    m_next.insert(entity, mention + 1);
    Q_EMIT mentionActivated(entity, mention, count);
}

} // namespace gloss
