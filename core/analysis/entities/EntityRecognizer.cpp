#include "EntityRecognizer.h"

#include "Gazetteer.h"
#include "Recognizer_p.h"

#include "text/PartyTag.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace gloss {

using entities::Gazetteer;
using entities::Recognizer;
using G = Gazetteer;

QList<Entity> EntityRecognizer::recognize(const Article &article)
{
    return Recognizer(article).run();
}

namespace {

QString stripForMatch(QString s)
{
    s = s.trimmed();
    for (const QString &poss : {QStringLiteral("'s"), QStringLiteral("\u2019s")}) {
        if (s.endsWith(poss))
            s.chop(2);
    }
    if (s.endsWith(u'\'') || s.endsWith(u'\u2019'))
        s.chop(1);
    const Gazetteer &g = Gazetteer::instance();
    for (;;) {
        const qsizetype space = s.indexOf(u' ');
        if (space <= 0)
            break;
        const QStringView first = QStringView(s).left(space);
        if (first.compare(u"the", Qt::CaseInsensitive) == 0
            || (g.classes(first) & (G::Honorific | G::Title)))
            s.remove(0, space + 1);
        else
            break;
    }
    return s;
}

} // namespace

int EntityRecognizer::ensureEntity(Article &article, Span span, EntityType type)
{
    Ensurer ensurer(article);
    return ensurer.ensure(article, span, type);
}

EntityRecognizer::Ensurer::Ensurer(const Article &article)
{
    qsizetype count = 0;
    for (const Entity &e : article.entities)
        count += e.mentions.size();
    m_mentions.reserve(count);
    for (int i = 0; i < article.entities.size(); ++i) {
        for (const Span &m : article.entities[i].mentions) {
            m_mentions.append({m.start, m.end, i});
            m_longest = std::max(m_longest, m.length());
        }
    }
    std::stable_sort(m_mentions.begin(), m_mentions.end(),
                     [](const Ref &x, const Ref &y) { return x.start < y.start; });
    indexEntities(article);
    for (const Quote &q : article.quotes) {
        if (q.span.isEmpty())
            continue;
        m_quoted.append(q.span);
    }
    std::sort(m_quoted.begin(), m_quoted.end(),
              [](const Span &x, const Span &y) { return x.start < y.start; });
    // merged: no two overlap, so the one before a position is the only one that can hold it
    qsizetype kept = 0;
    for (const Span &q : std::as_const(m_quoted)) {
        if (kept > 0 && q.start <= m_quoted[kept - 1].end)
            m_quoted[kept - 1].end = std::max(m_quoted[kept - 1].end, q.end);
        else
            m_quoted[kept++] = q;
    }
    m_quoted.resize(kept);
}

void EntityRecognizer::Ensurer::indexName(const QString &name, int entity)
{
    const auto it = m_byName.find(name);
    if (it == m_byName.end())
        m_byName.insert(name, entity);
    else if (entity < it.value())
        it.value() = entity;
}

void EntityRecognizer::Ensurer::indexEntities(const Article &article)
{
    for (; m_entities < article.entities.size(); ++m_entities) {
        const int i = int(m_entities);
        const Entity &e = article.entities[i];
        indexName(e.name, i);
        for (const QString &alias : e.aliases)
            indexName(alias, i);
        if (e.type != EntityType::Person)
            continue;
        // its first and last words (between spaces), when it has two or more
        const QStringView name(e.name);
        qsizetype firstStart = 0;
        while (firstStart < name.size() && name[firstStart] == u' ')
            ++firstStart;
        const qsizetype firstEnd = name.indexOf(u' ', firstStart);
        if (firstEnd < 0)
            continue;
        qsizetype lastEnd = name.size();
        while (name[lastEnd - 1] == u' ') // a word ends before the space at firstEnd
            --lastEnd;
        const qsizetype lastStart = name.lastIndexOf(u' ', lastEnd - 1) + 1;
        if (lastStart <= firstEnd)
            continue;
        for (const QStringView part : {name.sliced(firstStart, firstEnd - firstStart),
                                       name.sliced(lastStart, lastEnd - lastStart)}) {
            auto &[people, last] = m_byPart[part.toString()];
            if (last != i) // "Lee Lee": one person
                ++people;
            last = i;
        }
    }
}

void EntityRecognizer::Ensurer::indexMention(Span span, int entity)
{
    const Ref ref{span.start, span.end, entity};
    const auto at = std::upper_bound(m_added.begin(), m_added.end(), ref.start,
                                     [](qsizetype p, const Ref &r) { return p < r.start; });
    m_added.insert(at, ref);
    m_longest = std::max(m_longest, span.length());
}

void EntityRecognizer::Ensurer::mentionAdded(const Article &article, int entity, Span span)
{
    indexEntities(article);
    indexMention(span, entity);
}

int EntityRecognizer::Ensurer::covering(Span span) const
{
    // the first entity with a mention that holds the span or lies within it; such a mention
    // starts at most the longest mention's length before the span
    int found = -1;
    const qsizetype from = span.start - m_longest;
    for (const QList<Ref> *list : {&m_mentions, &m_added}) {
        auto it = std::lower_bound(list->cbegin(), list->cend(), from,
                                   [](const Ref &r, qsizetype p) { return r.start < p; });
        for (; it != list->cend() && it->start <= span.end; ++it) {
            const Span m{it->start, it->end};
            if ((m.contains(span) || span.contains(m)) && (found < 0 || it->entity < found))
                found = it->entity;
        }
    }
    return found;
}

bool EntityRecognizer::Ensurer::quoted(qsizetype pos) const
{
    const auto it = std::upper_bound(m_quoted.cbegin(), m_quoted.cend(), pos,
                                     [](qsizetype p, const Span &s) { return p < s.start; });
    return it != m_quoted.cbegin() && std::prev(it)->contains(pos);
}

int EntityRecognizer::Ensurer::addMention(Article &article, int i, Span span,
                                          const QString &surface)
{
    Entity &e = article.entities[i];
    const auto pos = std::lower_bound(e.mentions.begin(), e.mentions.end(), span,
                                      [](const Span &x, const Span &y) {
                                          return x.start < y.start;
                                      });
    e.mentions.insert(pos, span);
    indexMention(span, i);
    if (surface != e.name && !e.aliases.contains(surface)) {
        e.aliases.append(surface);
        indexName(surface, i);
    }
    return i;
}

namespace {

/** Whether only white space, quotation marks or brackets stand between @p pos and the end of
 *  a sentence or paragraph before it. */
bool opensSentence(const Article &article, qsizetype pos)
{
    const QString &text = article.document.text();
    for (qsizetype i = pos - 1; i >= 0; --i) {
        const QChar c = text.at(i);
        if (c == u'\n' || c == u'.' || c == u'!' || c == u'?')
            return true;
        if (!c.isSpace() && !(c.category() == QChar::Punctuation_InitialQuote)
            && c != u'"' && c != u'\'' && c != u'(' && c != u'[')
            return false;
    }
    return true;
}

} // namespace

int EntityRecognizer::Ensurer::ensure(Article &article, Span span, EntityType type)
{
    if (span.isEmpty())
        return -1;
    span.start = std::max<qsizetype>(0, span.start);
    span.end = std::min(article.document.text().size(), span.end);
    if (span.isEmpty())
        return -1;
    indexEntities(article);
    if (const int e = covering(span); e >= 0)
        return e;
    const QString surface = article.textOf(span);
    const QString key = stripForMatch(surface);
    if (key.isEmpty())
        return -1;
    const Gazetteer &g = Gazetteer::instance();
    if (const auto it = m_byName.constFind(key); it != m_byName.cend())
        return addMention(article, it.value(), span, surface);
    if (!key.contains(u' ')) {
        if (const auto it = m_byPart.constFind(key);
            it != m_byPart.cend() && it.value().first == 1)
            return addMention(article, it.value().second, span, surface);
    }
    // a new entity only for a name: capitalised, not a nationality or a common word, and not
    // inside a quotation (where capitals are often emphasis: "the Deep State")
    if (!key.at(0).isUpper() || (g.classes(key) & (G::Demonym | G::Stop | G::Calendar))
        || g.is(key, G::Title) || g.is(key, G::Honorific))
        return -1;
    if (quoted(span.start) || isPartyTag(article.document.text(), span.start, span.end))
        return -1; // ("(R-Fla.)" after a name)
    // a name opening a sentence with a word that reads as an ordinary one ("Citing last week's
    // attack …, Will urged", "Rubbing Japanese noses in …")
    const qsizetype space = key.indexOf(u' ');
    const QStringView first = space < 0 ? QStringView(key) : QStringView(key).first(space);
    if (entities::endsLikeOrdinaryWord(first) && !g.find(first) // "Wyoming Republicans"
        && opensSentence(article, span.start))
        return -1;
    Entity e;
    e.id = analysisId(u'E', article.entities.size() + 1);
    e.name = key;
    e.type = type;
    if (surface != key)
        e.aliases.append(surface);
    e.mentions.append(span);
    article.entities.append(e);
    const int i = int(article.entities.size()) - 1;
    indexEntities(article);
    indexMention(span, i);
    return i;
}

} // namespace gloss
