#pragma once
// Articles built by hand for the UI tests: the sample text with known quotes, speakers,
// entities and claims, so the tests do not depend on what the analyzer finds.

#include "analysis/Analyzer.h"
#include "io/Loader.h"
#include "model/Article.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

namespace gloss::test {

/** Keeps tests away from the user's settings and files. */
inline void isolate(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GlossTest"));
    QCoreApplication::setApplicationName(QStringLiteral("gloss-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

class ArticleBuilder
{
public:
    explicit ArticleBuilder(Article article)
        : m_a(std::move(article))
    {
        m_a.quotes.clear();
        m_a.entities.clear();
        m_a.claims.clear();
    }

    /** The @p occurrence-th (from 1) place of @p words; empty when absent. */
    Span find(const QString &words, int occurrence = 1) const
    {
        qsizetype from = 0;
        for (int i = 1;; ++i) {
            const qsizetype at = m_a.document.text().indexOf(words, from);
            if (at < 0)
                return {};
            if (i == occurrence)
                return {at, at + words.size()};
            from = at + 1;
        }
    }

    /** The first place of @p words from @p from on, else the first of all; empty when absent. */
    Span findFrom(const QString &words, qsizetype from) const
    {
        const qsizetype at = m_a.document.text().indexOf(words, from);
        return at < 0 ? find(words) : Span{at, at + words.size()};
    }

    int entity(const QString &name, EntityType type, QStringList forms)
    {
        Entity e;
        e.id = QStringLiteral("E%1").arg(m_a.entities.size() + 1);
        e.name = name;
        e.type = type;
        std::sort(forms.begin(), forms.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &form : std::as_const(forms)) {
            if (form != name)
                e.aliases.append(form);
            const QRegularExpression re(u"\\b" + QRegularExpression::escape(form) + u"\\b");
            auto it = re.globalMatch(m_a.document.text());
            while (it.hasNext()) {
                const auto m = it.next();
                const Span s{m.capturedStart(), m.capturedEnd()};
                if (!taken(s))
                    e.mentions.append(s);
            }
        }
        std::sort(e.mentions.begin(), e.mentions.end(),
                  [](const Span &a, const Span &b) { return a.start < b.start; });
        m_a.entities.append(e);
        return int(m_a.entities.size() - 1);
    }

    int quote(const QString &words, int speaker, const QString &cue = {},
              QuoteKind kind = QuoteKind::Direct, int via = -1, int parent = -1)
    {
        Quote q;
        q.id = QStringLiteral("Q%1").arg(m_a.quotes.size() + 1);
        q.span = find(words);
        q.kind = kind;
        q.speaker = speaker;
        if (!cue.isEmpty())
            q.cueSpan = findFrom(cue, q.span.end); // "…," he said
        q.via = via;
        q.parent = parent;
        q.paragraph = m_a.paragraphAt(q.span.start);
        m_a.quotes.append(q);
        return int(m_a.quotes.size() - 1);
    }

    int claim(const QString &words, ClaimKind kind, int source, const QString &cue = {})
    {
        Claim c;
        c.id = QStringLiteral("C%1").arg(m_a.claims.size() + 1);
        c.span = find(words);
        c.kind = kind;
        c.source = source;
        if (!cue.isEmpty())
            c.cueSpan = findFrom(cue, c.span.start);
        m_a.claims.append(c);
        return int(m_a.claims.size() - 1);
    }

    Article article() const
    {
        Article a = m_a;
        std::sort(a.quotes.begin(), a.quotes.end(),
                  [](const Quote &x, const Quote &y) { return x.span.start < y.span.start; });
        return a;
    }

private:
    bool taken(const Span &s) const
    {
        for (const Entity &e : m_a.entities) {
            for (const Span &m : e.mentions) {
                if (m.overlaps(s))
                    return true;
            }
        }
        return false;
    }

    Article m_a;
};

inline QString samplePath()
{
    return QStringLiteral(":/org.gloss/data/sample-article.txt");
}

/**
 * The sample's text again and again up to about @p chars characters, then a paragraph holding
 * @p marker and a last one; not analysed (for the view's layout, jumps and zoom).
 */
inline Article longArticle(qsizetype chars, const QString &marker)
{
    const Loader::Result loaded = Loader::loadFile(samplePath());
    const QString text = loaded.document->text();
    QString out;
    out.reserve(chars + text.size() + 200);
    for (int part = 1; out.size() < chars; ++part)
        out += QStringLiteral("Part %1\n\n").arg(part) + text + QStringLiteral("\n\n");
    out += marker + QStringLiteral(" is a word near the end.\n\nThe last paragraph.");
    Article a;
    a.document = Document(out, QStringLiteral("long.txt"));
    return a;
}

/** Speakers of sampleArticle(), as entity indexes. */
enum SampleEntity { Pritchard, Okafor, Insurers, Lewis, Evans, Portmere, Cardiff, Agency,
                    Government, QuayStreet };

/** The sample with hand-made analysis: 5 speakers, 16 quotes, 10 entities, 7 claims. */
inline Article sampleArticle()
{
    const Loader::Result loaded = Loader::loadFile(samplePath());
    Article base = Analyzer::analyze(*loaded.document);
    ArticleBuilder b(base);
    b.entity(QStringLiteral("Alys Pritchard"), EntityType::Person,
             {QStringLiteral("Alys Pritchard"), QStringLiteral("Ms Pritchard")});
    b.entity(QStringLiteral("Samuel Okafor"), EntityType::Person,
             {QStringLiteral("Dr Samuel Okafor"), QStringLiteral("Dr Okafor")});
    b.entity(QStringLiteral("Association of British Insurers"), EntityType::Org,
             {QStringLiteral("Association of British Insurers")});
    b.entity(QStringLiteral("Gareth Lewis"), EntityType::Person,
             {QStringLiteral("Gareth Lewis"), QStringLiteral("Mr Lewis")});
    b.entity(QStringLiteral("Rhodri Evans"), EntityType::Person,
             {QStringLiteral("Rhodri Evans"), QStringLiteral("Mr Evans")});
    b.entity(QStringLiteral("Portmere"), EntityType::Gpe, {QStringLiteral("Portmere")});
    b.entity(QStringLiteral("Cardiff University"), EntityType::Org,
             {QStringLiteral("Cardiff University")});
    b.entity(QStringLiteral("Environment Agency"), EntityType::Org,
             {QStringLiteral("Environment Agency")});
    b.entity(QStringLiteral("Welsh Government"), EntityType::Org,
             {QStringLiteral("Welsh Government")});
    b.entity(QStringLiteral("Quay Street"), EntityType::Loc, {QStringLiteral("Quay Street")});

    const QString said = QStringLiteral("said");
    b.quote(QStringLiteral("We are not going to hand the promenade back to the sea,"), Pritchard, said);
    b.quote(QStringLiteral("People have lived and worked on this front for two hundred years, "
                           "and they will for two hundred more."), Pritchard, said);
    b.quote(QStringLiteral("A wall is a promise you make to the next generation,"), Okafor,
            QStringLiteral("he said"));
    b.quote(QStringLiteral("If you build it, you have to keep raising it, and the bill grows "
                           "every time you do."), Okafor, QStringLiteral("he said"));
    b.quote(QStringLiteral("Rebuilding is welcome, but it must be matched by planning that stops "
                           "new homes going up in the flood zone,"), Insurers,
            QStringLiteral("the association said"));
    b.quote(QStringLiteral("sold a wall instead of a future"), Lewis, said);
    const int knock = b.quote(
        QStringLiteral("When I knocked on doors in Quay Street after the storm, one woman told "
                       "me, ‘I don't want a taller wall, I want a house that doesn't flood,’"),
        Lewis, said);
    b.quote(QStringLiteral("I don't want a taller wall, I want a house that doesn't flood,"), -1,
            QStringLiteral("told me"), QuoteKind::Direct, -1, knock);
    b.quote(QStringLiteral("That is the question nobody in this chamber has answered."), Lewis, said);
    b.quote(QStringLiteral("Managed retreat sounds tidy on paper,"), Pritchard,
            QStringLiteral("she said"));
    b.quote(QStringLiteral("It is a lot less tidy when it is your grandmother's house."), Pritchard,
            QStringLiteral("she said"));
    b.quote(QStringLiteral("We listened to the engineers, we listened to the insurers and, above "
                           "all, we listened to the people who live here."), Pritchard);
    b.quote(QStringLiteral("The slipway is the heart of this place,"), Evans, said);
    b.quote(QStringLiteral("Without it, there's no lifeboat and there's no fishing, and without "
                           "those there's no town."), Evans, said);
    b.quote(QStringLiteral("continues to work closely with Portmere"), Government, said,
            QuoteKind::Direct);
    b.quote(QStringLiteral("quick fix"), -1, {}, QuoteKind::Scare);
    b.quote(QStringLiteral("Nobody is saying the sea will win tomorrow,"), Okafor, said);

    b.claim(QStringLiteral("The council of Portmere voted on Tuesday to spend £48 million "
                           "rebuilding the seafront"), ClaimKind::Factual, -1);
    b.claim(QStringLiteral("A wall is a promise you make to the next generation"), ClaimKind::Quote,
            Okafor, QStringLiteral("he said"));
    b.claim(QStringLiteral("premiums in exposed coastal towns had risen by an average of 23% "
                           "since 2020"), ClaimKind::Reported, Insurers,
            QStringLiteral("said in a statement"));
    b.claim(QStringLiteral("about 5,200 properties in Portmere are at high risk of flooding"),
            ClaimKind::Reported, Agency, QStringLiteral("according to"));
    b.claim(QStringLiteral("the wetland scheme would have cost more than £70 million"),
            ClaimKind::Reported, Pritchard, QStringLiteral("she said"));
    b.claim(QStringLiteral("Critics reportedly plan to ask for a judicial review of the decision"),
            ClaimKind::Hedged, -1, QStringLiteral("reportedly"));
    b.claim(QStringLiteral("the legal challenge could delay the start of work by several months"),
            ClaimKind::Hedged, -1, QStringLiteral("observers say"));
    return b.article();
}

/**
 * An article of speakers "Speaker 1", "Speaker 2", … where speaker i has @p quoteCounts[i]
 * direct quotes: round r holds a paragraph "Speaker i said: “Words r of speaker i.”" for every
 * speaker with more than r quotes, so they first speak in order and their quotes alternate.
 */
inline Article manySpeakersArticle(const QList<int> &quoteCounts)
{
    QString text = QStringLiteral("Many voices\n\n");
    struct Placed
    {
        Span span;
        Span name;
        Span cue;
        int speaker;
    };
    QList<Placed> placed;
    const int rounds = quoteCounts.isEmpty()
                           ? 0
                           : *std::max_element(quoteCounts.cbegin(), quoteCounts.cend());
    for (int r = 0; r < rounds; ++r) {
        for (int i = 0; i < quoteCounts.size(); ++i) {
            if (quoteCounts.at(i) <= r)
                continue;
            const QString name = QStringLiteral("Speaker %1").arg(i + 1);
            const Span nameSpan{text.size(), text.size() + name.size()};
            const Span cueSpan{nameSpan.end + 1, nameSpan.end + 5};
            text += name + QStringLiteral(" said: “");
            const QString words = QStringLiteral("Words %1 of speaker %2.").arg(r + 1).arg(i + 1);
            placed.append({{text.size(), text.size() + words.size()}, nameSpan, cueSpan, i});
            text += words + QStringLiteral("”\n\n");
        }
    }
    Article a;
    a.document = Document(text, QStringLiteral("many-speakers.txt"));
    a.title = QStringLiteral("Many voices");
    for (int i = 0; i < quoteCounts.size(); ++i) {
        Entity e;
        e.id = QStringLiteral("E%1").arg(i + 1);
        e.name = QStringLiteral("Speaker %1").arg(i + 1);
        e.type = EntityType::Person;
        a.entities.append(e);
    }
    for (const Placed &p : std::as_const(placed)) {
        Quote q;
        q.id = QStringLiteral("Q%1").arg(a.quotes.size() + 1);
        q.span = p.span;
        q.speaker = p.speaker;
        q.cueSpan = p.cue; // "said"
        a.quotes.append(q);
        a.entities[p.speaker].mentions.append(p.name);
    }
    return a;
}

} // namespace gloss::test
