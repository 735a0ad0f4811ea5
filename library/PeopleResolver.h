#pragma once

#include "model/Article.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace gloss::library {

class LibraryDatabase;

/** A person (or any speaker: an organisation that "said") of the library. */
struct Person
{
    qint64 id = -1;
    /** The canonical name, normalised (PeopleResolver::nameKey()): unique. */
    QString key;
    /** The name as shown: the fullest form met, titles left out. */
    QString name;
    EntityType type = EntityType::Person;
    /** Every name the person was found under, as shown. */
    QStringList names;
    /** The normalised keys of those names (split() takes these). */
    QStringList nameKeys;
    int quotes = 0;
    int articles = 0;
};

/**
 * @brief One person per speaker across the library: canonical names, aliases, and the user's
 * merges and splits.
 *
 * A speaker's name is normalised by a general rule (nameKey()): leading title words (the
 * analysis' lexicon of titles: President, Mr, Senator, Prime Minister, …) and lower-case words
 * ("former") are left out, a possessive dropped, case folded. "President Donald Trump" and
 * "Donald Trump" are then one name; "Trump" (or "President Trump") joins the one person whose
 * fuller name ends with it, when exactly one does; an earlier "Trump" is adopted by the first
 * fuller name that ends with it. Aliases found within an article (Article::entities) are
 * followed too.
 *
 * The user's choices (merge(), split()) are kept by name: the table person_choices and the
 * file `DATA/library/people.json` (so a rebuilt library keeps them) map a name's key to the key
 * of the person it belongs to; they come first when a name is resolved, so they survive
 * re-analysis and rebuilds.
 *
 * Works on one connection (the writer's), with the names and people cached in memory.
 */
class PeopleResolver
{
public:
    PeopleResolver(LibraryDatabase &db, QString choicesFile);

    /** The normalised key of a name: titles and lower-case words before it left out. */
    static QString nameKey(const QString &name);
    /** The name as shown: the same words as nameKey() keeps, as written. */
    static QString displayName(const QString &name);

    /** Reads the people and names into the cache; false with error(). */
    bool load();
    const QString &error() const { return m_error; }

    /**
     * The id of the name row for a speaker called @p name (aliases @p aliases), creating the
     * name and its person as needed; -1 for an empty name. Call inside a transaction.
     */
    qint64 nameFor(const QString &name, const QStringList &aliases, EntityType type);

    /** Every person with their names and counts, most quoted first. */
    QList<Person> people();
    /**
     * The people quoted at least once (name, id), by name: what a filter lists. Cheap on a
     * large library (no counts: counting every person's articles reads every quote row).
     */
    QList<QPair<QString, qint64>> speakers();
    /** The person called @p text (a name, an alias or a key), or -1. */
    qint64 find(const QString &text);

    /**
     * The user's merge: person @p from becomes part of @p into (its names, quotes, claims);
     * remembered. False with error().
     */
    bool merge(qint64 from, qint64 into);
    /**
     * The user's split: the names @p nameKeys of @p person become a person of their own (named
     * after the first); remembered. Returns the new person's id, -1 with error().
     */
    qint64 split(qint64 person, const QStringList &nameKeys);

    /** Writes the choices to the file; false with error(). */
    bool saveChoices();
    /** Reads the choices file into the table (a rebuild); false with error(). */
    bool loadChoicesFile();

private:
    struct Choice
    {
        QString person;
        QString display;
    };
    qint64 resolvePerson(const QString &key, const QString &display, const QStringList &aliases,
                         EntityType type);
    qint64 createPerson(const QString &key, const QString &display, EntityType type);
    void indexPerson(qint64 id, const QString &key);
    bool setChoice(const QString &nameKey, const QString &personKey, const QString &display);
    bool fail(const QString &message);

    LibraryDatabase &m_db;
    QString m_choicesFile;
    QString m_error;
    QHash<QString, qint64> m_nameIds;       ///< name key -> names.id
    QHash<qint64, qint64> m_namePerson;     ///< names.id -> people.id
    QHash<QString, qint64> m_personByKey;   ///< person key -> people.id
    QHash<qint64, QString> m_personKey;     ///< people.id -> key
    QHash<QString, QList<qint64>> m_bySurname; ///< last word -> people of more than one word
    QHash<QString, Choice> m_choices;       ///< name key -> the user's choice
};

} // namespace gloss::library
