#pragma once

#include "analysis/EntityEnsurer.h"
#include "model/Article.h"

#include <QHash>

#include <utility>

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

    /**
     * ensureEntity() for the many calls attribution makes on one article, each in about
     * constant time: it indexes the article's mentions, names and quotes once (ensureEntity()
     * reads all of them on every call, which made attribution quadratic on long texts). Gives
     * the answers ensureEntity() gives as long as every other mention or entity added to the
     * article is told with mentionAdded(); the quotes must not change while it is used.
     */
    class Ensurer final : public EntityEnsurer
    {
    public:
        explicit Ensurer(const Article &article);
        int ensure(Article &article, Span span, EntityType type) override;
        void mentionAdded(const Article &article, int entity, Span span) override;

    private:
        struct Ref
        {
            qsizetype start = 0;
            qsizetype end = 0;
            int entity = -1;
        };
        void indexEntities(const Article &article);
        void indexName(const QString &name, int entity);
        void indexMention(Span span, int entity);
        int covering(Span span) const;
        bool quoted(qsizetype pos) const;
        int addMention(Article &article, int entity, Span span, const QString &surface);

        QList<Ref> m_mentions; ///< the article's mentions when indexed, by start
        QList<Ref> m_added;    ///< mentions added since, by start
        qsizetype m_longest = 0;
        QHash<QString, int> m_byName; ///< name or alias → the first entity with it
        /** First or last word of a person's name of two words or more → (people, the last). */
        QHash<QString, std::pair<int, int>> m_byPart;
        QList<Span> m_quoted; ///< the text inside quotes, merged, ascending
        qsizetype m_entities = 0; ///< entities indexed
    };
};

} // namespace gloss
