#pragma once
// Shared by the notes UI tests: the sample article written to a file (so that the store
// records a source path), and notes on its words.

#include "../TestArticles.h"
#include "annotations/Annotation.h"

#include <QFile>
#include <QTemporaryDir>

namespace gloss::test {

/** The text of the bundled sample article. */
inline QString sampleText()
{
    QFile f(samplePath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(text.toUtf8());
    return path;
}

/** The span of the @p occurrence-th @p words in @p document (empty when absent). */
inline Span spanOf(const Document &document, const QString &words, int occurrence = 1)
{
    qsizetype at = -1;
    for (int i = 0; i < occurrence; ++i) {
        at = document.text().indexOf(words, at + 1);
        if (at < 0)
            return {};
    }
    return {at, at + words.size()};
}

inline Annotation noteOn(const Document &document, const QString &words, const QString &text,
                         const QStringList &tags = {}, const QString &color = {})
{
    Annotation a = Annotation::onSpan(document, spanOf(document, words), text);
    a.tags = tags;
    if (!color.isEmpty())
        a.color = color;
    return a;
}

/**
 * Five notes on the sample, in an order that is not the reading order on purpose: three on
 * passages, one on the whole article and an orphan (its last known words gone from the text).
 */
inline QList<Annotation> sampleNotes(const Document &document)
{
    using namespace Qt::StringLiterals;
    QList<Annotation> notes = {
        noteOn(document, u"lifeboat slipway"_s, u"Who pays for the slipway?"_s, {u"money"_s}),
        noteOn(document, u"Alys Pritchard"_s, u"Council leader since 2019"_s, {u"people"_s}),
        Annotation::onArticle(u"Compare with the 2015 flood report"_s),
        noteOn(document, u"60 centimetres"_s, u"Check the review's figure"_s,
               {u"numbers"_s, u"check"_s})};
    Annotation orphan = noteOn(document, u"sea wall"_s, u"Gone from the text"_s);
    orphan.quote.exact = u"a sentence the editors removed"_s;
    orphan.state = AnchorState::Orphaned;
    orphan.span = {};
    notes.append(orphan);
    return notes;
}

} // namespace gloss::test
