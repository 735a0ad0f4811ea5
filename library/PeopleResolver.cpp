#include "PeopleResolver.h"

#include "LibraryDatabase.h"
#include "analysis/quotes/Lexicon.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace gloss::library {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gloss::library::PeopleResolver", text);
}

/** The words of a name that name the person: leading titles and lower-case words dropped. */
QStringList nameWords(const QString &name)
{
    QString s = name.trimmed();
    s.replace(u'\u2019', u'\'');
    if (s.endsWith(QStringLiteral("'s"), Qt::CaseInsensitive))
        s.chop(2);
    else if (s.endsWith(u'\''))
        s.chop(1);
    QStringList words;
    for (QString w : s.split(u' ', Qt::SkipEmptyParts)) {
        while (!w.isEmpty() && !w.back().isLetterOrNumber())
            w.chop(1);
        while (!w.isEmpty() && !w.front().isLetterOrNumber())
            w.remove(0, 1);
        if (!w.isEmpty())
            words << w;
    }
    qsizetype first = 0;
    while (first + 1 < words.size()
           && (quotes::lexicon::titles().contains(words.at(first))
               || words.at(first).front().isLower()))
        ++first;
    return words.mid(first);
}

} // namespace

PeopleResolver::PeopleResolver(LibraryDatabase &db, QString choicesFile)
    : m_db(db)
    , m_choicesFile(std::move(choicesFile))
{
}

QString PeopleResolver::nameKey(const QString &name)
{
    return nameWords(name).join(u' ').toCaseFolded();
}

QString PeopleResolver::displayName(const QString &name)
{
    return nameWords(name).join(u' ');
}

bool PeopleResolver::fail(const QString &message)
{
    m_error = message;
    return false;
}

void PeopleResolver::indexPerson(qint64 id, const QString &key)
{
    m_personByKey.insert(key, id);
    m_personKey.insert(id, key);
    const qsizetype space = key.lastIndexOf(u' ');
    if (space > 0)
        m_bySurname[key.mid(space + 1)].append(id);
}

bool PeopleResolver::load()
{
    m_nameIds.clear();
    m_namePerson.clear();
    m_personByKey.clear();
    m_personKey.clear();
    m_bySurname.clear();
    m_choices.clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, key FROM people")))
        return fail(LibraryDatabase::describe(q.lastError()));
    while (q.next())
        indexPerson(q.value(0).toLongLong(), q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT id, key, person FROM names")))
        return fail(LibraryDatabase::describe(q.lastError()));
    while (q.next()) {
        m_nameIds.insert(q.value(1).toString(), q.value(0).toLongLong());
        m_namePerson.insert(q.value(0).toLongLong(), q.value(2).toLongLong());
    }
    if (!q.exec(QStringLiteral("SELECT name, person, display FROM person_choices")))
        return fail(LibraryDatabase::describe(q.lastError()));
    while (q.next())
        m_choices.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    return true;
}

qint64 PeopleResolver::createPerson(const QString &key, const QString &display, EntityType type)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO people(key, name, type) VALUES (?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(display.isEmpty() ? key : display);
    q.addBindValue(int(type));
    if (!q.exec()) {
        m_error = LibraryDatabase::describe(q.lastError());
        return -1;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    indexPerson(id, key);
    return id;
}

qint64 PeopleResolver::resolvePerson(const QString &key, const QString &display,
                                     const QStringList &aliases, EntityType type)
{
    // 1. the user's choice for this name
    if (const auto choice = m_choices.constFind(key); choice != m_choices.cend()) {
        if (const qint64 id = m_personByKey.value(choice->person, -1); id >= 0)
            return id;
        return createPerson(choice->person, choice->display, type);
    }
    // 2. a person of this very name
    if (const qint64 id = m_personByKey.value(key, -1); id >= 0)
        return id;
    // 3. a fuller alias found in the same article that is known already
    for (const QString &alias : aliases) {
        const QString aliasKey = nameKey(alias);
        if (aliasKey.contains(u' ') && m_nameIds.contains(aliasKey))
            return m_namePerson.value(m_nameIds.value(aliasKey), -1);
    }
    if (type == EntityType::Person) {
        const qsizetype space = key.lastIndexOf(u' ');
        if (space < 0) {
            // 4. a surname alone: the one person whose fuller name ends with it
            const QList<qint64> fuller = m_bySurname.value(key);
            if (fuller.size() == 1)
                return fuller.first();
        } else {
            // 5. a fuller name: adopts a person known by its surname alone (unless chosen)
            const QString surname = key.mid(space + 1);
            const qint64 single = m_personByKey.value(surname, -1);
            const bool chosen = std::any_of(m_choices.cbegin(), m_choices.cend(),
                                            [&](const Choice &c) { return c.person == surname; });
            if (single >= 0 && m_bySurname.value(surname).isEmpty() && !chosen) {
                QSqlQuery q(m_db.connection());
                q.prepare(QStringLiteral("UPDATE people SET key = ?, name = ? WHERE id = ?"));
                q.addBindValue(key);
                q.addBindValue(display);
                q.addBindValue(single);
                if (q.exec()) {
                    m_personByKey.remove(surname);
                    indexPerson(single, key);
                    return single;
                }
            }
        }
    }
    return createPerson(key, display, type);
}

qint64 PeopleResolver::nameFor(const QString &name, const QStringList &aliases, EntityType type)
{
    const QString key = nameKey(name);
    if (key.isEmpty())
        return -1;
    if (const qint64 id = m_nameIds.value(key, -1); id >= 0)
        return id;
    const QString display = displayName(name);
    const qint64 person = resolvePerson(key, display, aliases, type);
    if (person < 0)
        return -1;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO names(key, name, person) VALUES (?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(display);
    q.addBindValue(person);
    if (!q.exec()) {
        m_error = LibraryDatabase::describe(q.lastError());
        return -1;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    m_nameIds.insert(key, id);
    m_namePerson.insert(id, person);
    return id;
}

QList<QPair<QString, qint64>> PeopleResolver::speakers()
{
    QList<QPair<QString, qint64>> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT p.name, p.id FROM people p WHERE EXISTS (SELECT 1 FROM names n "
        "JOIN quotes q ON q.name = n.id WHERE n.person = p.id) ORDER BY p.name COLLATE NOCASE"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

QList<Person> PeopleResolver::people()
{
    QList<Person> out;
    QHash<qint64, qsizetype> at;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT p.id, p.key, p.name, p.type, "
        "(SELECT count(*) FROM quotes q JOIN names n ON q.name = n.id WHERE n.person = p.id), "
        "(SELECT count(DISTINCT q.article) FROM quotes q JOIN names n ON q.name = n.id "
        " WHERE n.person = p.id) "
        "FROM people p"));
    while (q.next()) {
        Person p;
        p.id = q.value(0).toLongLong();
        p.key = q.value(1).toString();
        p.name = q.value(2).toString();
        p.type = EntityType(q.value(3).toInt());
        p.quotes = q.value(4).toInt();
        p.articles = q.value(5).toInt();
        at.insert(p.id, out.size());
        out << p;
    }
    q.exec(QStringLiteral("SELECT person, name, key FROM names ORDER BY length(name) DESC"));
    while (q.next()) {
        const qsizetype i = at.value(q.value(0).toLongLong(), -1);
        if (i >= 0) {
            out[i].names << q.value(1).toString();
            out[i].nameKeys << q.value(2).toString();
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Person &a, const Person &b) {
        return a.quotes != b.quotes ? a.quotes > b.quotes
                                    : a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

qint64 PeopleResolver::find(const QString &text)
{
    const QString key = nameKey(text);
    if (key.isEmpty())
        return -1;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM people WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT person FROM names WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    // a surname (or any last word): the one person whose name ends with it
    q.prepare(QStringLiteral("SELECT DISTINCT person FROM names WHERE key LIKE ? ESCAPE '\\'"));
    QString pattern = key;
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    q.addBindValue(QString(QStringLiteral("% ") + pattern));
    if (q.exec() && q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!q.next())
            return id;
    }
    return -1;
}

bool PeopleResolver::setChoice(const QString &nameKey, const QString &personKey,
                               const QString &display)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO person_choices(name, person, display) VALUES (?, ?, ?)"));
    q.addBindValue(nameKey);
    q.addBindValue(personKey);
    q.addBindValue(display.isEmpty() ? personKey : display);
    if (!q.exec())
        return fail(LibraryDatabase::describe(q.lastError()));
    m_choices.insert(nameKey, {personKey, display});
    return true;
}

bool PeopleResolver::merge(qint64 from, qint64 into)
{
    if (!load())
        return false;
    if (from == into || !m_personKey.contains(from) || !m_personKey.contains(into))
        return fail(tr("Cannot merge: no such person, or the same person twice."));
    const QString intoKey = m_personKey.value(into);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name FROM people WHERE id = ?"));
    q.addBindValue(into);
    const QString intoName = q.exec() && q.next() ? q.value(0).toString() : intoKey;
    if (!m_db.begin())
        return fail(m_db.error());
    bool ok = true;
    // every name of both is chosen for the target (its own names too: a later rebuild must
    // not hand them to someone else)
    q.prepare(QStringLiteral("SELECT key FROM names WHERE person IN (?, ?)"));
    q.addBindValue(from);
    q.addBindValue(into);
    QStringList keys;
    if (q.exec())
        while (q.next())
            keys << q.value(0).toString();
    keys << m_personKey.value(from);
    for (const QString &key : std::as_const(keys))
        ok = ok && setChoice(key, intoKey, intoName);
    q.prepare(QStringLiteral("UPDATE names SET person = ? WHERE person = ?"));
    q.addBindValue(into);
    q.addBindValue(from);
    ok = ok && q.exec();
    q.prepare(QStringLiteral("DELETE FROM people WHERE id = ?"));
    q.addBindValue(from);
    ok = ok && q.exec();
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        load();
        return fail(m_error.isEmpty() ? LibraryDatabase::describe(q.lastError()) : m_error);
    }
    load();
    return saveChoices();
}

qint64 PeopleResolver::split(qint64 person, const QStringList &nameKeys)
{
    if (!load())
        return -1;
    if (nameKeys.isEmpty() || !m_personKey.contains(person)) {
        fail(tr("Cannot split: no such person, or no name given."));
        return -1;
    }
    const QString ownKey = m_personKey.value(person);
    QList<qint64> moved;
    for (const QString &k : nameKeys) {
        const QString key = nameKey(k).isEmpty() ? k : nameKey(k);
        const qint64 nameId = m_nameIds.value(key, -1);
        if (nameId < 0 || m_namePerson.value(nameId) != person) {
            fail(tr("Cannot split: %1 is not a name of this person.").arg(k));
            return -1;
        }
        moved << nameId;
    }
    QSqlQuery q(m_db.connection());
    QStringList movedKeys;
    QString display;
    for (const qint64 id : std::as_const(moved)) {
        q.prepare(QStringLiteral("SELECT key, name FROM names WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next()) {
            movedKeys << q.value(0).toString();
            if (display.isEmpty())
                display = q.value(1).toString();
        }
    }
    // the split-off person takes the first name's key; the old one keeps its key unless that
    // is the name split off, then it takes the fullest of the names it keeps
    QString newKey = movedKeys.first();
    if (!m_db.begin()) {
        fail(m_db.error());
        return -1;
    }
    bool ok = true;
    if (movedKeys.contains(ownKey)) {
        q.prepare(QStringLiteral("SELECT key, name FROM names WHERE person = ? "
                                 "ORDER BY length(name) DESC"));
        q.addBindValue(person);
        QString keepKey, keepName;
        if (q.exec())
            while (q.next())
                if (!movedKeys.contains(q.value(0).toString()) && keepKey.isEmpty()) {
                    keepKey = q.value(0).toString();
                    keepName = q.value(1).toString();
                }
        if (keepKey.isEmpty()) {
            m_db.rollback();
            fail(tr("Cannot split: a person must keep at least one name."));
            return -1;
        }
        q.prepare(QStringLiteral("UPDATE people SET key = ?, name = ? WHERE id = ?"));
        q.addBindValue(keepKey);
        q.addBindValue(keepName);
        q.addBindValue(person);
        ok = q.exec();
        q.prepare(QStringLiteral("SELECT key FROM names WHERE person = ?"));
        q.addBindValue(person);
        QStringList kept;
        if (ok && q.exec())
            while (q.next())
                if (!movedKeys.contains(q.value(0).toString()))
                    kept << q.value(0).toString();
        for (const QString &k : std::as_const(kept))
            ok = ok && setChoice(k, keepKey, keepName);
    }
    QSqlQuery check(m_db.connection());
    check.prepare(QStringLiteral("SELECT 1 FROM people WHERE key = ?"));
    check.addBindValue(newKey);
    if (ok && check.exec() && check.next())
        newKey += QStringLiteral(" (%1)").arg(person); // the key is taken: a distinct one
    const qint64 created = ok ? createPerson(newKey, display, EntityType::Person) : -1;
    ok = ok && created >= 0;
    for (const qint64 id : std::as_const(moved)) {
        q.prepare(QStringLiteral("UPDATE names SET person = ? WHERE id = ?"));
        q.addBindValue(created);
        q.addBindValue(id);
        ok = ok && q.exec();
    }
    for (const QString &k : std::as_const(movedKeys))
        ok = ok && setChoice(k, newKey, display);
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        load();
        fail(m_error.isEmpty() ? LibraryDatabase::describe(q.lastError()) : m_error);
        return -1;
    }
    load();
    return saveChoices() ? created : -1;
}

bool PeopleResolver::saveChoices()
{
    QJsonArray list;
    QStringList keys = m_choices.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const Choice &c = m_choices.value(key);
        list.append(QJsonObject{{QStringLiteral("name"), key},
                                {QStringLiteral("person"), c.person},
                                {QStringLiteral("display"), c.display}});
    }
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("choices"), list}};
    QDir().mkpath(QFileInfo(m_choicesFile).path());
    QSaveFile file(m_choicesFile);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot save the choices of people to %1: %2")
                        .arg(QDir::toNativeSeparators(m_choicesFile), file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(tr("Cannot save the choices of people to %1: %2")
                        .arg(QDir::toNativeSeparators(m_choicesFile), file.errorString()));
    return true;
}

bool PeopleResolver::loadChoicesFile()
{
    QFile file(m_choicesFile);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(m_choicesFile), file.errorString()));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(u"version").toInt() != 1)
        return fail(tr("%1 is not a file of choices of people; it is left as it is.")
                        .arg(QDir::toNativeSeparators(m_choicesFile)));
    for (const QJsonValue &v : root.value(u"choices").toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(u"name").toString();
        const QString person = o.value(u"person").toString();
        if (!name.isEmpty() && !person.isEmpty()
            && !setChoice(name, person, o.value(u"display").toString(person)))
            return false;
    }
    return true;
}

} // namespace gloss::library
