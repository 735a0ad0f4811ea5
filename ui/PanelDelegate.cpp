#include "PanelDelegate.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QTreeView>

namespace gloss {

namespace {
constexpr int kPadV = 5;
constexpr int kPadH = 6;
constexpr int kIcon = 16;
} // namespace

PanelDelegate::PanelDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

int PanelDelegate::textWidth(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    int depth = 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    int w = m_view->viewport()->width() - m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
    if (!index.data(Qt::DecorationRole).isNull())
        w -= kIcon + kPadH;
    const QString count = index.data(CountRole).toString();
    if (!count.isEmpty())
        w -= option.fontMetrics.horizontalAdvance(count) + 2 * kPadH;
    if (index.flags() & Qt::ItemIsUserCheckable)
        w -= kIcon + kPadH;
    return std::max(60, w - 2 * kPadH);
}

QSize PanelDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (m_singleLine)
        return QSize(option.rect.width(), std::max(opt.fontMetrics.height(), kIcon) + 2 * kPadV);
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect r = opt.fontMetrics.boundingRect(QRect(0, 0, textWidth(opt, index), 100000),
                                                 Qt::TextWordWrap, text);
    return QSize(option.rect.width(), std::max(r.height(), kIcon) + 2 * kPadV);
}

bool PanelDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QVariant before = index.data(Qt::CheckStateRole);
    const bool handled = QStyledItemDelegate::editorEvent(event, model, option, index);
    if (handled && event->type() == QEvent::MouseButtonRelease
        && index.data(Qt::CheckStateRole) != before)
        Q_EMIT checkBoxClicked(index);
    return handled;
}

void PanelDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QString count = index.data(CountRole).toString();
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, check

    QRect r = opt.rect.adjusted(kPadH, kPadV, -kPadH, -kPadV);
    if (m_singleLine) { // the line centred in the row, as the style centres the check box
        r.setTop(opt.rect.top() + (opt.rect.height() - opt.fontMetrics.height()) / 2);
        r.setHeight(opt.fontMetrics.height());
    }
    if (index.flags() & Qt::ItemIsUserCheckable) {
        const QRect check = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt,
                                                  opt.widget);
        r.setLeft(check.right() + kPadH);
    }
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    if (!icon.isNull()) {
        icon.paint(painter, QRect(r.left(), r.top() + (opt.fontMetrics.height() - kIcon) / 2 + 1,
                                  kIcon, kIcon));
        r.setLeft(r.left() + kIcon + kPadH);
    }
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setFont(opt.font);
    if (!count.isEmpty()) {
        const int cw = opt.fontMetrics.horizontalAdvance(count);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText
                                                   : QPalette::PlaceholderText));
        painter->drawText(QRect(r.right() - cw, r.top(), cw, opt.fontMetrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, count);
        r.setRight(r.right() - cw - kPadH);
    }
    const QVariant fg = index.data(Qt::ForegroundRole);
    painter->setPen(fg.isValid() && !selected ? fg.value<QBrush>().color()
                                               : opt.palette.color(textRole));
    if (m_singleLine)
        painter->drawText(r, Qt::AlignLeft | Qt::AlignTop,
                          opt.fontMetrics.elidedText(text, Qt::ElideRight, r.width()));
    else
        painter->drawText(r, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    painter->restore();
}

} // namespace gloss
