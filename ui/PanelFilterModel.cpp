#include "PanelFilterModel.h"

#include "PanelDelegate.h"

namespace gloss {

PanelFilterModel::PanelFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

QVariant PanelFilterModel::data(const QModelIndex &index, int role) const
{
    if (role == PanelDelegate::CountRole || (role == Qt::ToolTipRole && m_groupToolTip)) {
        const QModelIndex source = mapToSource(index);
        if (source.isValid() && sourceModel()->hasChildren(source)) {
            const int shown = rowCount(index);
            if (role == PanelDelegate::CountRole)
                return QString::number(shown);
            return m_groupToolTip(shown, sourceModel()->rowCount(source));
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace gloss
