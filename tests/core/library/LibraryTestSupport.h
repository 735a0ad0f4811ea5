#pragma once
// What the library's tests share: a data folder of their own, article files written into it.

#include "LibraryImporter.h"
#include "LibraryTypes.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace gloss::library::librarytest {

/** A data folder in a temporary folder, never the user's. */
struct Sandbox
{
    QTemporaryDir dir;
    LibraryPaths paths;

    Sandbox()
    {
        QStandardPaths::setTestModeEnabled(true);
        paths.dataDir = dir.filePath(QStringLiteral("data"));
        QDir().mkpath(paths.dataDir);
        QDir().mkpath(dir.filePath(QStringLiteral("in")));
    }

    /** Writes @p text to in/@p name (sub-folders made); returns its path. */
    QString write(const QString &name, const QString &text) const
    {
        const QString path = dir.filePath(QStringLiteral("in/") + name);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text.toUtf8());
        return path;
    }
    QString in() const { return dir.filePath(QStringLiteral("in")); }

    LibraryImporter::Report add(const QStringList &inputs) const
    {
        return LibraryImporter::run(paths, inputs);
    }
};

} // namespace gloss::library::librarytest
