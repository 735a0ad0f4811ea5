#include "ClaimsPanel.h"

#include "Icons.h"
#include "PanelDelegate.h"
#include "PanelFilterModel.h"
#include "model/KindLabels.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace gloss {

namespace {

/** Re-lays out wrapped rows when the list's width changes. */
class WidthWatcher : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize) {
            auto *e = static_cast<QResizeEvent *>(event);
            if (e->size().width() != e->oldSize().width()) {
                auto *view = qobject_cast<QAbstractItemView *>(parent());
                QTimer::singleShot(0, view, [view] { view->doItemsLayout(); });
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

ClaimsPanel::ClaimsPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new PanelFilterModel(this))
{
    setObjectName(QStringLiteral("claimsPanel"));
    setAccessibleName(tr("Claims"));
    m_filter->setObjectName(QStringLiteral("claimsFilter"));
    m_filter->setPlaceholderText(tr("Filter claims"));
    m_filter->setAccessibleName(tr("Filter claims"));
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setAutoAcceptChildRows(true); // a source's name shows all its claims
    // a group counts the claims the filter shows
    m_proxy->setGroupToolTip([](int shown, int total) {
        return shown == total ? tr("Claims: %1").arg(total)
                              : tr("Claims: %1 of %2 shown").arg(shown).arg(total);
    });

    m_view->setObjectName(QStringLiteral("claimsView"));
    m_view->setAccessibleName(tr("Claims by source"));
    m_view->setAccessibleDescription(tr("The claims grouped by who made them, with their kind; "
                                        "Enter shows the claim in the article"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setIndentation(14);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegate(new PanelDelegate(m_view));
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->viewport()->installEventFilter(new WidthWatcher(m_view));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_filter);

    connect(m_filter, &QLineEdit::textChanged, this, &ClaimsPanel::setFilterText);
    connect(m_view, &QTreeView::activated, this, &ClaimsPanel::activate);
    connect(m_view, &QTreeView::clicked, this, &ClaimsPanel::activate);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QVariant claim = m_view->indexAt(pos).data(ClaimRole);
        if (!claim.isValid())
            return;
        QMenu *menu = claimMenu(claim.toInt());
        if (menu->isEmpty()) {
            delete menu;
            return;
        }
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    // Down from the filter box goes into the list
    m_filter->installEventFilter(this);
}

void ClaimsPanel::setArticle(const Article &article)
{
    m_article = article;
    rebuild();
}

void ClaimsPanel::setReadingTheme(const ReadingTheme &theme)
{
    m_theme = theme;
    rebuild();
}

void ClaimsPanel::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
    m_view->expandAll();
}

QMenu *ClaimsPanel::claimMenu(int claim)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("claimContextMenu"));
    Q_EMIT claimMenuAboutToShow(menu, claim);
    return menu;
}

int ClaimsPanel::visibleClaimCount() const
{
    int n = 0;
    for (int g = 0; g < m_proxy->rowCount(); ++g)
        n += m_proxy->rowCount(m_proxy->index(g, 0));
    return n;
}

void ClaimsPanel::rebuild()
{
    m_model->clear();
    // groups in order of the first claim of each source; unattributed last
    QList<int> order;
    QHash<int, QStandardItem *> groups;
    // one icon per kind, shared by the rows (thousands in a long article)
    QHash<int, QIcon> kindIcons;
    const auto kindIcon = [&](ClaimKind kind) {
        auto it = kindIcons.find(int(kind));
        if (it == kindIcons.end())
            it = kindIcons.insert(int(kind), icons::claimIcon(kind, m_theme.claimColor(kind)));
        return *it;
    };
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    for (int i = 0; i < m_article.claims.size(); ++i) {
        const Claim &c = m_article.claims.at(i);
        const int source = c.source >= 0 && c.source < m_article.entities.size() ? c.source : -1;
        QStandardItem *group = groups.value(source);
        if (!group) {
            group = new QStandardItem(source >= 0 ? m_article.entities.at(source).name
                                                  : tr("Unattributed"));
            group->setData(source, SourceRole);
            group->setSelectable(true);
            group->setFont(bold);
            groups.insert(source, group);
            order.append(source);
        }
        auto *item = new QStandardItem(m_article.textOf(c));
        item->setData(i, ClaimRole);
        item->setData(int(c.kind), KindRole);
        item->setIcon(kindIcon(c.kind));
        QString tip = claimKindLabel(c.kind);
        if (!c.cueSpan.isEmpty())
            tip += QStringLiteral(" · ") + tr("cue: “%1”").arg(m_article.textOf(c.cueSpan));
        item->setToolTip(tip);
        item->setData(tip, Qt::AccessibleDescriptionRole);
        group->appendRow(item);
    }
    std::stable_sort(order.begin(), order.end(), [](int a, int b) { return (a < 0) < (b < 0); });
    for (int source : std::as_const(order)) {
        QStandardItem *group = groups.value(source);
        // its count and tool tip come from the filter (PanelFilterModel)
        group->setData(QString::number(group->rowCount()), PanelDelegate::CountRole);
        m_model->appendRow(group);
    }
    if (m_article.claims.isEmpty()) {
        auto *none = new QStandardItem(tr("No claims found in this article."));
        none->setEnabled(false);
        m_model->appendRow(none);
    }
    m_view->expandAll();
}

bool ClaimsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            // the first claim (not a group header) becomes current
            if (!m_view->currentIndex().data(ClaimRole).isValid() && m_proxy->rowCount() > 0) {
                const QModelIndex group = m_proxy->index(0, 0);
                m_view->setCurrentIndex(m_proxy->rowCount(group) > 0 ? m_proxy->index(0, 0, group)
                                                                     : group);
            }
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ClaimsPanel::activate(const QModelIndex &index)
{
    const QVariant claim = index.data(ClaimRole);
    if (claim.isValid())
        Q_EMIT claimActivated(claim.toInt());
}

} // namespace gloss
