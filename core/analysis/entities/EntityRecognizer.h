#pragma once

#include "model/Article.h"

namespace gloss {

/**
 * @brief Finds the named entities of an article: people, organisations, places, events, works.
 *
 * Rule-based and linear in the text: one pass over word tokens builds runs of capitalised words
 * (joined over `of`, `and`, name particles and numbers where names use them), then decides from
 * the words themselves and their context what each run is:
 *
 * - gazetteers of general knowledge (countries, capitals and major cities, regions, world
 *   organisations, parties, news organisations, large companies, events; see Gazetteer);
 * - honorifics and titles (`Mr Blair`, `Prime Minister Tony Blair`, `Marlow County Sheriff
 *   Dana Reyes`), role nouns (`spokesman`, `lawyer`), common given names, speech verbs;
 * - organisational, geographical and administrative suffixes (`... Board`, `... River Valley`,
 *   `... Parish`), organisation nouns (`oil giant X`, `the X newspaper`), prepositions of place,
 *   works (`the X programme`) and names followed by `war`/`summit`/`inquiry`;
 * - sentence-initial words and words inside quotations count only with evidence (a gazetteer
 *   entry, the same name elsewhere, or a cue); nationality adjectives are never entities.
 *
 * Mentions of one entity are clustered: surnames and given names of a person (`Blair`,
 * `Mr Blair`), possessives (`Vietnam's` is a mention spanning `Vietnam`), gazetteer aliases
 * (`UK`/`Britain`), acronyms defined in the text (`British Chamber of Commerce (BCC)`) or
 * matching a name's initials, first or head words of organisations (`Delta`, `the Commission`),
 * and role descriptions learned from the article (`the U.S. President Donald Trump` makes a later
 * `the U.S. President` a mention of him). Spans are UTF-16 offsets into Document::text().
 *
 * All functions are pure and thread-safe.
 */
class EntityRecognizer
{
public:
    /**
     * The entities of @p article (its document, and its sentences when present; quotes, when
     * already found, mark text whose capitalised words need more evidence). Entities come in
     * order of first mention with ids "E1", "E2", …; each has its canonical name (the most
     * complete form), its other surface forms as aliases and every mention, sorted.
     */
    static QList<Entity> recognize(const Article &article);

    /** Index into @p article .entities of the entity with a mention covering @p pos, or -1. */
    static int entityAt(const Article &article, qsizetype pos);

    /**
     * Makes sure the name at @p span (e.g. a speaker found only by attribution) is an entity
     * of @p article and returns its index. The span is first matched against existing mentions,
     * names and aliases (possessive `'s`, leading titles such as `Mr` and `the` ignored), then a
     * single word against the surnames and given names of people; when nothing matches and the
     * span reads as a name (capitalised, not a nationality, title or common word, and not
     * inside one of the article's quotes), a new entity of @p type is appended with id "E<n>"
     * (the Analyzer may renumber ids afterwards). Returns -1 when there is no entity to give.
     */
    static int ensureEntity(Article &article, Span span, EntityType type);
};

} // namespace gloss
