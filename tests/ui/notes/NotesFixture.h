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

} // namespace gloss::test
