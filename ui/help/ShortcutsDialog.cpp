#include "ShortcutsDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace gloss {

namespace {

constexpr int kEntryRole = Qt::UserRole + 1; // index into the catalog's entries

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_all(new QCheckBox(tr("Show actions &without shortcuts"), this))
    , m_tree(new QTreeWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts — Gloss"));
    setAccessibleName(tr("Keyboard shortcuts"));

    auto *label = new QLabel(tr("&Filter:"), this);
    label->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Action or key, e.g. “note” or “Ctrl+F”"));
    m_filter->setAccessibleName(tr("Filter the shortcuts"));
    m_filter->setAccessibleDescription(
        tr("Lists only the actions whose name, menu or keys contain every word typed"));
    m_filter->setClearButtonEnabled(true);
    m_all->setObjectName(QStringLiteral("shortcutsShowAll"));

    m_tree->setObjectName(QStringLiteral("shortcutsList"));
    m_tree->setAccessibleName(tr("Actions and their keys"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_empty->setObjectName(QStringLiteral("shortcutsNone"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_all);
    layout->addWidget(buttons);
    resize(560, 640);

    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    connect(m_all, &QCheckBox::toggled, this, &ShortcutsDialog::applyFilter);
    // Down from the filter goes into the list
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::returnPressed, m_tree,
            [this] { m_tree->setFocus(Qt::TabFocusReason); });
}

void ShortcutsDialog::setCatalog(const ShortcutCatalog &catalog)
{
    m_catalog = catalog;
    rebuild();
}

void ShortcutsDialog::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

QString ShortcutsDialog::filterText() const
{
    return m_filter->text();
}

void ShortcutsDialog::setShowingAll(bool all)
{
    m_all->setChecked(all);
}

void ShortcutsDialog::rebuild()
{
    m_tree->clear();
    const QList<ShortcutCatalog::Entry> &entries = m_catalog.entries();
    QFont groupFont = font();
    groupFont.setBold(true);
    const QStringList groups = m_catalog.groups();
    for (const QString &group : groups) {
        auto *g = new QTreeWidgetItem(m_tree, {group});
        g->setFont(0, groupFont);
        g->setFlags(Qt::ItemIsEnabled);
        g->setFirstColumnSpanned(true);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const ShortcutCatalog::Entry &e = entries.at(i);
            if (e.group != group)
                continue;
            const QString keys = ShortcutCatalog::keysText(e.keys);
            auto *item = new QTreeWidgetItem(g, {e.text, keys});
            item->setData(0, kEntryRole, int(i));
            item->setToolTip(0, e.description);
            item->setData(0, Qt::AccessibleDescriptionRole, e.description);
            item->setData(1, Qt::AccessibleTextRole, keys.isEmpty() ? tr("no shortcut") : keys);
            if (e.action && !e.action->isEnabled())
                item->setToolTip(1, tr("Not available right now"));
        }
    }
    m_tree->expandAll();
    applyFilter();
}

void ShortcutsDialog::applyFilter()
{
    const QString filter = m_filter->text();
    const QList<ShortcutCatalog::Entry> &entries = m_catalog.entries();
    int shown = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int inGroup = 0;
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *item = group->child(c);
            const ShortcutCatalog::Entry &e = entries.at(item->data(0, kEntryRole).toInt());
            const bool show =
                (m_all->isChecked() || !e.keys.isEmpty()) && ShortcutCatalog::matches(e, filter);
            item->setHidden(!show);
            inGroup += show ? 1 : 0;
        }
        group->setHidden(inGroup == 0);
        shown += inGroup;
    }
    m_empty->setText(filter.trimmed().isEmpty()
                         ? tr("No shortcuts.")
                         : tr("No action or key matches “%1”.").arg(filter.trimmed()));
    m_empty->setVisible(shown == 0);
    m_tree->setVisible(shown > 0);
}

bool ShortcutsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_tree->isVisible()) {
        m_tree->setFocus(Qt::TabFocusReason);
        for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
            if (!(*it)->isHidden() && (*it)->parent() && !(*it)->parent()->isHidden()) {
                m_tree->setCurrentItem(*it);
                break;
            }
        }
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_filter->setFocus(Qt::OtherFocusReason);
    m_filter->selectAll();
}

QStringList ShortcutsDialog::shownActions() const
{
    QStringList list;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int c = 0; !group->isHidden() && c < group->childCount(); ++c) {
            if (!group->child(c)->isHidden())
                list.append(group->child(c)->text(0));
        }
    }
    return list;
}

QString ShortcutsDialog::shownKeys(const QString &name) const
{
    const QList<ShortcutCatalog::Entry> &entries = m_catalog.entries();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int c = 0; !group->isHidden() && c < group->childCount(); ++c) {
            const QTreeWidgetItem *item = group->child(c);
            if (!item->isHidden() && entries.at(item->data(0, kEntryRole).toInt()).name == name)
                return item->text(1);
        }
    }
    return {};
}

} // namespace gloss
