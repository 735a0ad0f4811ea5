#include "FileDialogs.h"

#include "model/Document.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace gloss {

namespace {

QString settingsKey(FileDialogs::Kind kind)
{
    switch (kind) {
    case FileDialogs::Kind::OpenArticle:
        return QStringLiteral("lastDirectory"); // the key Open has always used
    case FileDialogs::Kind::ExportNotes:
        return QStringLiteral("dialogs/exportFolder");
    case FileDialogs::Kind::ImportNotes:
        return QStringLiteral("dialogs/importFolder");
    case FileDialogs::Kind::ImportFolder:
        return QStringLiteral("dialogs/libraryImportFolder");
    case FileDialogs::Kind::ExportLibrary:
        return QStringLiteral("dialogs/libraryExportFolder");
    }
    return {};
}

/** The folder of a local article file, or empty (web page, bundled, clipboard, gone). */
QString articleFolder(const QString &source)
{
    if (source.isEmpty() || Document::isBundled(source) || source.contains(u"://"))
        return {};
    const QFileInfo folder(QFileInfo(source).absolutePath());
    return folder.isDir() ? folder.absoluteFilePath() : QString();
}

QString remembered(FileDialogs::Kind kind)
{
    const QString folder = QSettings().value(settingsKey(kind)).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QString();
}

} // namespace

QString FileDialogs::startFolder(Kind kind, const QString &articleSource)
{
    const QString article = articleFolder(articleSource);
    QString folder;
    switch (kind) {
    case Kind::OpenArticle:
        folder = !article.isEmpty() ? article : remembered(kind);
        break;
    case Kind::ExportNotes:
        folder = remembered(kind);
        if (folder.isEmpty() && !article.isEmpty() && QFileInfo(article).isWritable())
            folder = article;
        break;
    case Kind::ImportNotes:
        folder = remembered(kind);
        if (folder.isEmpty())
            folder = article;
        break;
    case Kind::ImportFolder:
    case Kind::ExportLibrary:
        folder = remembered(kind);
        break;
    }
    return folder.isEmpty() ? QDir::homePath() : folder;
}

void FileDialogs::remember(Kind kind, const QString &chosenFile)
{
    if (chosenFile.isEmpty())
        return;
    QSettings().setValue(settingsKey(kind), QFileInfo(chosenFile).absolutePath());
}

} // namespace gloss
