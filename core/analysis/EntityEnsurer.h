#pragma once

#include "model/Article.h"

namespace gloss {

/**
 * @brief How attribution adds to Article::entities: a name the recognizer missed becomes an
 * entity (or a mention of one) through ensure(); what attribution appends itself is told with
 * mentionAdded(), so that an index kept by the ensurer stays whole.
 *
 * EntityRecognizer::Ensurer is the one the Analyzer uses.
 */
class EntityEnsurer
{
public:
    virtual ~EntityEnsurer() = default;
    /** The index in Article::entities of the entity named at @p span, or -1 (see
     *  EntityRecognizer::ensureEntity()). */
    virtual int ensure(Article &article, Span span, EntityType type) = 0;
    /** @p span was appended to the mentions of Article::entities[@p entity] (which may have
     *  just been appended too). */
    virtual void mentionAdded(const Article &article, int entity, Span span) = 0;
};

} // namespace gloss
