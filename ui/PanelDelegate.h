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

    /**
     * Rows of one line (names): the text elided, centred in the row with the check box, icon
     * and count, every row as tall as the others (pair with QTreeView::setUniformRowHeights).
     * Off by default: the text wraps (claims read as sentences).
     */
    void setSingleLine(bool on) { m_singleLine = on; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

Q_SIGNALS:
    /**
     * The mouse toggled @p index's check box: emitted before the view's clicked(), which a
     * panel then ignores (a click on a check box only ticks it).
     */
    void checkBoxClicked(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    int textWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QTreeView *m_view;
    bool m_singleLine = false;
};

} // namespace gloss
