#pragma once

#include <QList>
#include <QStringList>

namespace gloss::library {

/**
 * @brief The library's SQL schema, as the ordered list of its migrations.
 *
 * Migration N (1-based) turns a database of schema version N-1 into version N; a new database
 * runs them all. `PRAGMA user_version` holds the version reached. Migrations are never edited
 * once released: a change of schema is a new migration at the end (tests/core/library checks
 * that a version-1 database migrates).
 *
 * Version 1: articles, people and their names, quotes, claims, entities; full-text indexes of
 * the articles (contentless: the text is in the text files) and of the quotes.
 * Version 2: the notes (text and tags, read from the notes files) and their full-text index,
 * the notes files seen, the user's choices of people (merge/split), note counts per article.
 * Version 3: an index for each order of the article list (site and date, notes and date, added,
 * opened); the quotes' full-text index has the speaker's name too (names.id).
 */
namespace Schema {

/** The schema version this program writes. */
inline constexpr int kVersion = 3;

/** The statements of each migration, in order: migrations()[0] makes version 1. */
const QList<QStringList> &migrations();

} // namespace Schema

} // namespace gloss::library
