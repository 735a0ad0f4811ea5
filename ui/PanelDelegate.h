#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace gloss {

/**
 * Draws tree rows whose text wraps to the view's width (claims read as sentences) and a
 * secondary, muted count at the right (Qt::UserRole + 20, as text).
 */
class PanelDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int CountRole = Qt::UserRole + 20;

    explicit PanelDelegate(QTreeView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int textWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QTreeView *m_view;
};

} // namespace gloss
