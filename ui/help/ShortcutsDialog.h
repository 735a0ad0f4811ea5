#pragma once

#include "ShortcutCatalog.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace gloss {

/**
 * @brief Help > Keyboard Shortcuts: every action of the window with its keys, by menu, with a
 * filter box matching action names and keys ("note", "Ctrl+F").
 *
 * Shows a ShortcutCatalog built from the window's real actions each time it is opened. Actions
 * without keys are listed when "Show actions without shortcuts" is checked.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    void setCatalog(const ShortcutCatalog &catalog);
    const ShortcutCatalog &catalog() const { return m_catalog; }
    void setFilterText(const QString &text);
    QString filterText() const;
    void setShowingAll(bool all);
    /** The texts of the actions listed (not filtered out), in order. */
    QStringList shownActions() const;
    /** The key text shown for the action called @p name, or empty when it is not shown. */
    QString shownKeys(const QString &name) const;
    QLineEdit *filterEdit() const { return m_filter; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    /** Opens with the focus in the filter, its text selected. */
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void applyFilter();

    ShortcutCatalog m_catalog;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_all = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace gloss
