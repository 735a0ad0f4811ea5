#pragma once

#include <QSortFilterProxyModel>

#include <functional>

namespace gloss {

/**
 * @brief The filter of a side panel's tree (Claims, Speakers): group rows count what is shown.
 *
 * A row with children in the source model is a group; its count (PanelDelegate::CountRole)
 * is the number of its children that pass the filter, not of all, and its tool tip says so
 * when some are filtered out (setGroupToolTip()). Filtering is recursive (a group stays while
 * a child matches), case-insensitive, on filterRole().
 */
class PanelFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /** The tool tip of a group showing @p shown of its @p total children. */
    using GroupToolTip = std::function<QString(int shown, int total)>;

    explicit PanelFilterModel(QObject *parent = nullptr);

    void setGroupToolTip(GroupToolTip toolTip) { m_groupToolTip = std::move(toolTip); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    GroupToolTip m_groupToolTip;
};

} // namespace gloss
