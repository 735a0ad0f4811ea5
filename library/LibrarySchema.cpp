#include "LibrarySchema.h"

namespace gloss::library::Schema {

namespace {

QStringList version1()
{
    return {
        // one row per text (content hash); path: the file it was last read from (canonical)
        QStringLiteral("CREATE TABLE articles("
                       "id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, path TEXT, "
                       "title TEXT NOT NULL DEFAULT '', site TEXT NOT NULL DEFAULT '', "
                       "url TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', "
                       "published TEXT, added INTEGER NOT NULL, opened INTEGER, "
                       "chars INTEGER NOT NULL DEFAULT 0, words INTEGER NOT NULL DEFAULT 0, "
                       "quotes INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX articles_path ON articles(path)"),
        QStringLiteral("CREATE INDEX articles_published ON articles(published)"),
        QStringLiteral("CREATE INDEX articles_title ON articles(title COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX articles_site ON articles(site COLLATE NOCASE)"),
        // a person: the key is the canonical name, normalised (PeopleResolver)
        QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, "
                       "name TEXT NOT NULL, type INTEGER NOT NULL DEFAULT 0)"),
        // each name a speaker was found under, and the person it stands for
        QStringLiteral("CREATE TABLE names(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, "
                       "name TEXT NOT NULL, person INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX names_person ON names(person)"),
        // a quote: its words (for the full-text index) and where they stand (code points)
        QStringLiteral("CREATE TABLE quotes(id INTEGER PRIMARY KEY, article INTEGER NOT NULL, "
                       "name INTEGER, start INTEGER NOT NULL, end INTEGER NOT NULL, "
                       "kind INTEGER NOT NULL, text TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX quotes_article ON quotes(article)"),
        QStringLiteral("CREATE INDEX quotes_name ON quotes(name)"),
        QStringLiteral("CREATE TABLE claims(article INTEGER NOT NULL, start INTEGER NOT NULL, "
                       "end INTEGER NOT NULL, kind INTEGER NOT NULL, name INTEGER)"),
        QStringLiteral("CREATE INDEX claims_article ON claims(article)"),
        QStringLiteral("CREATE TABLE entities(article INTEGER NOT NULL, name TEXT NOT NULL, "
                       "type INTEGER NOT NULL, mentions INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX entities_article ON entities(article)"),
        // the articles' words: index only, the text stays in its file
        QStringLiteral("CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, "
                       "content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', "
                       "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN "
                       "INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END"),
        QStringLiteral("CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN "
                       "INSERT INTO quotes_fts(quotes_fts, rowid, text) "
                       "VALUES ('delete', old.id, old.text); END"),
    };
}

QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE articles ADD COLUMN notes INTEGER NOT NULL DEFAULT 0"),
        // the notes as read from the notes files (which stay the source of truth)
        QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
                       "file TEXT NOT NULL, article INTEGER, source TEXT NOT NULL DEFAULT '', "
                       "exact TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '', "
                       "tags TEXT NOT NULL DEFAULT '', start INTEGER, end INTEGER, "
                       "color TEXT NOT NULL DEFAULT '', modified TEXT)"),
        QStringLiteral("CREATE INDEX notes_article ON notes(article)"),
        QStringLiteral("CREATE INDEX notes_file ON notes(file)"),
        QStringLiteral("CREATE VIRTUAL TABLE notes_fts USING fts5(text, tags, exact, "
                       "content='notes', content_rowid='id', "
                       "tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN "
                       "INSERT INTO notes_fts(rowid, text, tags, exact) "
                       "VALUES (new.id, new.text, new.tags, new.exact); END"),
        QStringLiteral("CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN "
                       "INSERT INTO notes_fts(notes_fts, rowid, text, tags, exact) "
                       "VALUES ('delete', old.id, old.text, old.tags, old.exact); END"),
        // the notes files read, by name, with the size and time they had then
        QStringLiteral("CREATE TABLE notes_files(name TEXT PRIMARY KEY, size INTEGER NOT NULL, "
                       "mtime INTEGER NOT NULL) WITHOUT ROWID"),
        // the user's merges and splits of people: name key -> person key (also in people.json)
        QStringLiteral("CREATE TABLE person_choices(name TEXT PRIMARY KEY, person TEXT NOT NULL, "
                       "display TEXT NOT NULL) WITHOUT ROWID"),
    };
}

QStringList version3()
{
    return {
        // an index for each order of the article list (LibraryCatalog), so that a page of a
        // sorted list of 100,000 articles is read from an index, never sorted whole; the
        // rowid at the end of each index entry is the tie-breaker (a.id)
        QStringLiteral("DROP INDEX articles_site"),
        QStringLiteral("CREATE INDEX articles_site ON articles(site COLLATE NOCASE, published)"),
        QStringLiteral("CREATE INDEX articles_notes ON articles(notes, published)"),
        QStringLiteral("CREATE INDEX articles_added ON articles(added)"),
        QStringLiteral("CREATE INDEX articles_opened ON articles(opened)"),
        // the quotes' index gets the speaker's name (names.id, one token): a search of one
        // person's quotes for words is then one full-text query (name:(3 OR 8) AND text:(...)),
        // ranked by FTS5 itself, instead of a lookup per quote of the person
        QStringLiteral("DROP TRIGGER quotes_ai"),
        QStringLiteral("DROP TRIGGER quotes_ad"),
        QStringLiteral("DROP TABLE quotes_fts"),
        QStringLiteral("CREATE VIRTUAL TABLE quotes_fts USING fts5(text, name, content='quotes', "
                       "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN "
                       "INSERT INTO quotes_fts(rowid, text, name) "
                       "VALUES (new.id, new.text, new.name); END"),
        QStringLiteral("CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN "
                       "INSERT INTO quotes_fts(quotes_fts, rowid, text, name) "
                       "VALUES ('delete', old.id, old.text, old.name); END"),
        QStringLiteral("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')"),
    };
}

} // namespace

const QList<QStringList> &migrations()
{
    static const QList<QStringList> list{version1(), version2(), version3()};
    return list;
}

} // namespace gloss::library::Schema
