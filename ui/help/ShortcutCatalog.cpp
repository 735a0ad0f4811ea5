#include "ShortcutCatalog.h"

#include <QAction>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>

#include <algorithm>

namespace gloss {

QString ShortcutCatalog::withoutMnemonic(const QString &text)
{
    // "(&O)" as some languages write a mnemonic after the text
    static const QRegularExpression trailing(QStringLiteral("\\s*\\(&[^&]\\)"));
    const QString s = QString(text).remove(trailing);
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == u'&') {
            if (i + 1 < s.size() && s.at(i + 1) == u'&') {
                out.append(u'&');
                ++i;
            }
            continue;
        }
        out.append(s.at(i));
    }
    return out.trimmed();
}

void ShortcutCatalog::addMenuBar(const QMenuBar *bar)
{
    const QList<QAction *> actions = bar->actions();
    for (QAction *a : actions) {
        if (a->menu() && a->isVisible())
            addMenu(a->menu(), withoutMnemonic(a->text()));
    }
}

void ShortcutCatalog::addMenu(const QMenu *menu, const QString &group)
{
    const QList<QAction *> actions = menu->actions();
    QList<QAction *> plain;
    for (QAction *a : actions) {
        if (!a->menu())
            plain.append(a);
    }
    addActions(plain, group);
    for (QAction *a : actions) {
        if (a->menu() && a->isVisible())
            addMenu(a->menu(), group + QStringLiteral(" › ") + withoutMnemonic(a->text()));
    }
}

void ShortcutCatalog::addActions(const QList<QAction *> &actions, const QString &group)
{
    for (QAction *a : actions) {
        if (!a || a->isSeparator() || a->menu() || !a->isVisible() || a->text().isEmpty())
            continue;
        const bool listed = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                        [a](const Entry &e) { return e.action == a; });
        if (listed)
            continue;
        Entry e;
        e.group = group;
        e.text = withoutMnemonic(a->text());
        e.name = a->objectName();
        e.keys = a->shortcuts();
        e.keys.removeAll(QKeySequence());
        e.description = a->statusTip();
        if (e.description.isEmpty() && a->toolTip() != e.text)
            e.description = a->toolTip();
        e.action = a;
        m_entries.append(e);
    }
}

QStringList ShortcutCatalog::groups() const
{
    QStringList list;
    for (const Entry &e : m_entries) {
        if (!list.contains(e.group))
            list.append(e.group);
    }
    return list;
}

const ShortcutCatalog::Entry *ShortcutCatalog::find(const QString &name) const
{
    for (const Entry &e : m_entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

QString ShortcutCatalog::keysOf(const QString &name) const
{
    const Entry *e = find(name);
    return e ? keysText(e->keys) : QString();
}

QList<ShortcutCatalog::Conflict> ShortcutCatalog::conflicts() const
{
    QList<Conflict> list;
    QHash<QKeySequence, qsizetype> seen; // key → index into list, or -1 - entry
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        for (const QKeySequence &key : e.keys) {
            const auto it = seen.constFind(key);
            if (it == seen.cend()) {
                seen.insert(key, -1 - i);
            } else if (*it < 0) {
                list.append({key, {m_entries.at(-1 - *it).text, e.text}});
                seen[key] = list.size() - 1;
            } else {
                list[*it].actions.append(e.text);
            }
        }
    }
    return list;
}

QString ShortcutCatalog::keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &k : keys)
        texts.append(k.toString(QKeySequence::NativeText));
    return texts.join(QStringLiteral(", "));
}

bool ShortcutCatalog::matches(const Entry &entry, const QString &filter)
{
    const QStringList words = filter.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        bool found = entry.text.contains(word, Qt::CaseInsensitive) ||
                     entry.group.contains(word, Qt::CaseInsensitive);
        for (qsizetype i = 0; !found && i < entry.keys.size(); ++i) {
            const QKeySequence &k = entry.keys.at(i);
            found = k.toString(QKeySequence::NativeText).contains(word, Qt::CaseInsensitive) ||
                    k.toString(QKeySequence::PortableText).contains(word, Qt::CaseInsensitive);
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace gloss
