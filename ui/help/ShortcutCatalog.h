#pragma once

#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

class QAction;
class QMenu;
class QMenuBar;

namespace gloss {

/**
 * @brief Every action of a window with its keys, grouped by menu: what Help > Keyboard
 * Shortcuts lists and what the Getting Started page quotes, and what the tests check for keys
 * bound twice.
 *
 * Built from the real QActions (the menus through QMenuBar / QMenu::actions(), then the
 * window's own actions and a bar's), so it cannot go stale; each action is listed once, in the
 * first group it was added under. Separators, submenus and hidden actions are left out.
 */
class ShortcutCatalog
{
public:
    struct Entry
    {
        QString group;            ///< "File", "View › Go To", "Find Bar", …
        QString text;             ///< the action's text, without the & of its mnemonic
        QString name;             ///< its object name ("actionFind")
        QList<QKeySequence> keys; ///< its shortcuts (empty: none)
        QString description;      ///< its status tip (or tool tip)
        QPointer<QAction> action;
    };
    /** A key bound to more than one action: Qt triggers none of them ("ambiguous"). */
    struct Conflict
    {
        QKeySequence key;
        QStringList actions; ///< their texts
    };

    /** Adds the actions of every menu of @p bar; a submenu's group is "Menu › Submenu". */
    void addMenuBar(const QMenuBar *bar);
    void addMenu(const QMenu *menu, const QString &group);
    /** Adds those of @p actions not listed yet, under @p group. */
    void addActions(const QList<QAction *> &actions, const QString &group);

    const QList<Entry> &entries() const { return m_entries; }
    /** The groups in the order they were added (each with at least one entry). */
    QStringList groups() const;
    /** The entry of the action called @p name, or nullptr. */
    const Entry *find(const QString &name) const;
    /** The keys of the action called @p name as shown to the user ("Ctrl+F"), or empty. */
    QString keysOf(const QString &name) const;
    /** Keys bound to more than one of the entries. */
    QList<Conflict> conflicts() const;

    /** The native text of @p keys: "Ctrl++, Ctrl+=". */
    static QString keysText(const QList<QKeySequence> &keys);
    /** @p text without mnemonic marks ("&Open…" → "Open…", "&&" → "&"). */
    static QString withoutMnemonic(const QString &text);
    /**
     * True when every word of @p filter is part of the entry's text, group or keys (any case),
     * so "note", "Ctrl+F", "view zoom" and "f3" work; an empty filter matches everything.
     */
    static bool matches(const Entry &entry, const QString &filter);

private:
    QList<Entry> m_entries;
};

} // namespace gloss
