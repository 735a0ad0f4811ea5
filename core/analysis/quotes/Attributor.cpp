// Who said what: the attribution of quotes and reported speech, sentence by sentence (the stages
// are in Attribution*.cpp, their shared state in Attribution_p.h).
#include "Attributor.h"

#include "Attribution_p.h"
#include "SpeakerRanker.h"

#include <algorithm>

namespace gloss {

namespace {

/** ensureEntity() and the like through the EntityEnsurer interface. */
class FunctionEnsurer final : public EntityEnsurer
{
public:
    explicit FunctionEnsurer(EnsureEntityFn fn) : m_fn(fn) { }
    int ensure(Article &article, Span span, EntityType type) override
    {
        return m_fn(article, span, type);
    }
    void mentionAdded(const Article &, int, Span) override { }

private:
    EnsureEntityFn m_fn;
};

} // namespace

namespace attribution {

Impl::Impl(Article &article, EntityEnsurer *ensure)
    : m_a(article)
    , m_text(article.document.text())
    , m_ensure(ensure)
    , m_sents(m_text, article.paragraphs.isEmpty()
                          ? QList<Paragraph>{{{0, m_text.size()}, ParagraphRole::Body}}
                          : article.paragraphs)
{
    m_turn.reserve(size_t(m_a.quotes.size()));
    for (const Quote &q : m_a.quotes) {
        if (q.parent < 0)
            m_topQuotes.append({q.span.start - 1, std::min(m_text.size(), q.span.end + 1)});
        // (before attribution, only a turn has a speaker mention: see QuoteFinder)
        m_turn.push_back(!q.speakerMention.isEmpty());
    }
    QList<Mention> mentions;
    qsizetype count = 0;
    for (const Entity &e : std::as_const(m_a.entities))
        count += e.mentions.size();
    mentions.reserve(count);
    for (int e = 0; e < m_a.entities.size(); ++e) {
        for (const Span &s : m_a.entities[e].mentions)
            mentions.append({s.start, s.end, e, false});
    }
    m_mentions.build(std::move(mentions));
    for (Mention &m : m_mentions.base())
        m.inQuote = insideQuote(m.start);
    m_gender.resize(m_a.entities.size(), Gender::Unknown);
    m_genderKnown.resize(m_a.entities.size(), false);
}

QList<ReportedStatement> Impl::run()
{
    // sentence by sentence: its quotes first, then its reported speech, so that names found
    // on the way are known to the pronouns of the sentences after
    QList<ReportedStatement> out;
    int qi = 0;
    for (qsizetype s = 0; s < m_sents.size(); ++s) {
        m_sentenceWords.read(m_text, m_sents.span(s));
        const int firstQuote = qi;
        attributeQuotes(qi, m_sents.span(s).end);
        const qsizetype firstStatement = out.size();
        m_statements.find(s, out);
        quotesInStatements(firstQuote, qi, out, firstStatement);
    }
    attributeQuotes(qi, m_text.size());
    return out;
}

SourcePhrase Impl::resolveSource(qsizetype from, qsizetype to, bool beforeCue)
{
    const Resolved r = resolveNP(from, to, beforeCue, beforeCue ? Pick::Last : Pick::First);
    return {r.entity, r.stop, r.mention};
}

void Impl::statementMade(qsizetype sentence, qsizetype cuePos, int source, Span mention)
{
    m_lastReported = {sentence, source};
    m_lastReportedMention = mention;
    // salience: the source of a statement is a subject the pronouns after may take
    m_sentenceSpeaker.insertSorted(sentence, {cuePos, source});
}

int Impl::describedSource(Span mention)
{
    // a statement's source phrase is less sure than a quote's: a noun that heads sources
    const Words ws = m_sentenceWords.wordsIn(mention.start, mention.end);
    if (ws.isEmpty())
        return -1;
    const QStringView head = stripPossessive(word(ws.last()));
    const bool known = lexicon::roleNouns().contains(head) || lexicon::orgNouns().contains(head)
                       || lexicon::statementNouns().contains(head)
                       || SpeakerRanker::learned().isSourceHead(head);
    return known ? describedSpeaker(mention) : -1;
}

} // namespace attribution

QList<ReportedStatement> Attributor::attribute(Article &article, EnsureEntityFn ensure)
{
    if (!ensure)
        return attribute(article, static_cast<EntityEnsurer *>(nullptr));
    FunctionEnsurer ensurer(ensure);
    return attribute(article, &ensurer);
}

QList<ReportedStatement> Attributor::attribute(Article &article, EntityEnsurer *ensurer)
{
    attribution::Impl impl(article, ensurer);
    return impl.run();
}

} // namespace gloss
