#pragma once
// The sample article with notes that test every exporter: Markdown and HTML specials, commas,
// quotes and line breaks for CSV, emoji and right-to-left text, overlapping passages, a note
// inside a quote (a speaker), a note on the whole article and an orphan. Ids and times are
// fixed, so exports can be compared with golden files.

#include "annotations/Anchorer.h"
#include "annotations/Annotation.h"
#include "io/Loader.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUuid>

namespace gloss::test {

inline const QString kSamplePath = QStringLiteral(":/org.gloss/data/sample-article.txt");

/**
 * The sample with a structure made here, not by the Analyzer (so the golden files do not
 * change when the analysis gets better): paragraphs at blank lines, quotes between curly
 * double quotes, the speaker named in the quote's paragraph, four claims.
 */
inline Article sampleArticle()
{
    const Loader::Result loaded = Loader::loadFile(kSamplePath);
    if (!loaded.ok())
        return Article{};
    Article a;
    a.document = *loaded.document;
    const QString &text = a.document.text();
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype stop = text.indexOf(QStringLiteral("\n\n"), from);
        if (stop < 0)
            stop = text.size();
        if (stop > from)
            a.paragraphs.append(Paragraph{Span{from, stop},
                                          a.paragraphs.isEmpty() ? ParagraphRole::Headline
                                                                 : ParagraphRole::Body});
        from = stop + 2;
    }
    a.title = a.textOf(a.paragraphs.value(0).span);
    a.dateline = QStringLiteral("PORTMERE, Wales");
    const QStringList people{QStringLiteral("Alys Pritchard"), QStringLiteral("Samuel Okafor"),
                             QStringLiteral("Gareth Lewis"), QStringLiteral("Rhodri Evans")};
    for (const QString &name : people)
        a.entities.append(Entity{QString(), name, EntityType::Person, {}, {}});
    a.entities.append(Entity{QString(), QStringLiteral("Association of British Insurers"),
                             EntityType::Org, {}, {}});
    a.entities.append(
        Entity{QString(), QStringLiteral("Environment Agency"), EntityType::Org, {}, {}});
    qsizetype open = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QChar(0x201C) && open < 0) {
            open = i + 1;
        } else if (text.at(i) == QChar(0x201D) && open >= 0) {
            Quote q;
            q.id = QStringLiteral("Q%1").arg(a.quotes.size() + 1);
            q.span = Span{open, i};
            q.paragraph = a.paragraphAt(open);
            const QString para = a.textOf(a.paragraphs.value(q.paragraph).span);
            for (int p = 0; p < people.size(); ++p) {
                if (para.contains(people.at(p).section(u' ', -1)))
                    q.speaker = p;
            }
            a.quotes.append(q);
            open = -1;
        }
    }
    const auto claim = [&](const QString &words, int source, ClaimKind kind) {
        const qsizetype at = text.indexOf(words);
        Claim c;
        c.id = QStringLiteral("C%1").arg(a.claims.size() + 1);
        c.span = Span{at, at + words.size()};
        c.source = source;
        c.kind = kind;
        a.claims.append(c);
    };
    claim(QStringLiteral("The plan raises the sea wall by 1.4 metres"), -1, ClaimKind::Factual);
    claim(QStringLiteral("the higher wall would buy time but not safety"), 1,
          ClaimKind::Reported);
    claim(QStringLiteral("premiums in exposed coastal towns had risen by an average of 23% "
                         "since 2020"),
          4, ClaimKind::Reported);
    claim(QStringLiteral("about 5,200 properties in Portmere are at high risk of flooding"), 5,
          ClaimKind::Reported);
    return a;
}

/**
 * The sample as a saved web page would give it: page address, site, author and date known
 * (invented; the file name stands for the saved copy).
 */
inline Article webSampleArticle()
{
    Article a = sampleArticle();
    a.document.metaUrl =
        QStringLiteral("https://news.example.org/wales/portmere-seafront?ref=rss&id=7");
    a.document.metaSite = QStringLiteral("The Example Courier");
    a.document.metaAuthor = QStringLiteral("Ffion Example");
    a.document.metaDate = QDateTime(QDate(2026, 10, 30), QTime(7, 45), QTimeZone::UTC);
    return a;
}

inline QDateTime fixedTime(int minute)
{
    return QDateTime(QDate(2026, 11, 1), QTime(10, minute), QTimeZone::UTC);
}

inline QUuid fixedId(int n)
{
    return QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QChar(u'0')));
}

/** A note on the first occurrence of @p words (an invalid one when they are not in the text). */
inline Annotation noteOn(const Article &article, const QString &words, int n, const QString &text,
                         const QString &color, const QStringList &tags)
{
    const qsizetype at = article.document.text().indexOf(words);
    Annotation a = at >= 0 ? Annotation::onSpan(article.document, Span{at, at + words.size()}, text)
                           : Annotation{};
    a.id = fixedId(n);
    a.text = text;
    a.color = color;
    a.tags = tags;
    a.created = fixedTime(n);
    a.modified = fixedTime(n + 30);
    return a;
}

/** The test notes, anchored in the sample (in an order that is not the reading order). */
inline QList<Annotation> sampleNotes(const Article &article)
{
    QList<Annotation> notes;
    notes.append(noteOn(article, QStringLiteral("Cardiff University"), 5,
                        QStringLiteral("🌊🏠 مرحبا بالعالم — שלום עולם 👍🏽 (RTL and emoji)"),
                        QStringLiteral("pink"), {QStringLiteral("émoji"), QStringLiteral("עברית")}));
    notes.append(noteOn(article, QStringLiteral("We are not going to hand the promenade back to the sea"),
                        2,
                        QStringLiteral("**Bold claim?** _really_ — `code` # not a heading\n"
                                       "- not a list\n1. not a list either\n> not a quote\n\n"
                                       "[not a link](http://example.org) <b>raw</b> & | ~~x~~ \\ end"),
                        QStringLiteral("yellow"),
                        {QStringLiteral("rhetoric"), QStringLiteral("c++"), QStringLiteral("two words")}));
    notes.append(noteOn(article, QStringLiteral("£48 million"), 3,
                        QStringLiteral("<script>alert('x')</script> & \"quotes\" <b>not bold</b> &amp;"),
                        QStringLiteral("#8b0000"), {QStringLiteral("money")}));
    notes.append(noteOn(article, QStringLiteral("31 to 12"), 4,
                        QStringLiteral("Vote count, \"31 to 12\", checked\nsecond line, too"),
                        QStringLiteral("green"), {QStringLiteral("numbers"), QStringLiteral("vote")}));
    notes.append(noteOn(article, QStringLiteral("hand the promenade back"), 7,
                        QStringLiteral("=SUM(A1:A3) overlaps note 2"), QStringLiteral("purple"), {}));

    Annotation whole = Annotation::onArticle(
        QStringLiteral("Overall: well sourced *but* see [the council's] review & <numbers>"));
    whole.id = fixedId(1);
    whole.color = QStringLiteral("blue");
    whole.tags = {QStringLiteral("overview")};
    whole.created = fixedTime(1);
    whole.modified = fixedTime(31);
    notes.append(whole);

    Annotation orphan;
    orphan.id = fixedId(6);
    orphan.quote = TextQuoteSelector{QStringLiteral("a sentence the editors removed"),
                                     QStringLiteral("before "), QStringLiteral(" after")};
    orphan.position = TextPositionSelector{100, 130};
    orphan.text = QStringLiteral("Gone from the updated story");
    orphan.color = QStringLiteral("grey");
    orphan.created = fixedTime(6);
    orphan.modified = fixedTime(36);
    notes.append(orphan);

    Anchorer(article.document).anchorAll(notes, true);
    return notes;
}

} // namespace gloss::test
