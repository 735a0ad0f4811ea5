#pragma once
// What the window benchmarks share: articles of a given size made of the bundled sample, and
// the median of their timings.

#include "io/Loader.h"

#include <QFile>
#include <QList>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <algorithm>

namespace gloss::bench {

/** Settings and data of the benchmark's own, in @p dir: no user's files are read or written. */
inline void isolate(const QTemporaryDir &dir)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
}

/** The sample's headline, then its paragraphs again and again up to @p bytes of UTF-8. */
inline QString makeArticle(qsizetype bytes)
{
    const Loader::Result sample =
        Loader::loadFile(QStringLiteral(":/org.gloss/data/sample-article.txt"));
    const QString text = sample.document->text();
    const qsizetype body = text.indexOf(u"\n\n") + 2;
    QString out = text.left(body);
    // numbered, so that no two copies are the same; the size counted per copy (converting the
    // whole text each time was quadratic: a 50 MB article took half an hour to make)
    qsizetype size = out.toUtf8().size();
    const QString copy = text.mid(body) + u"\n\n";
    const qsizetype copySize = copy.toUtf8().size();
    for (int part = 1; size < bytes; ++part) {
        const QString heading = QStringLiteral("Part %1\n\n").arg(part);
        out += heading + copy;
        size += heading.size() + copySize; // the heading is ASCII
    }
    return out;
}

/** makeArticle(@p bytes) written to @p name in @p dir; its path, or empty on failure. */
inline QString writeArticle(const QTemporaryDir &dir, const QString &name, qsizetype bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(makeArticle(bytes).toUtf8()) < 0)
        return {};
    return path;
}

inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace gloss::bench
