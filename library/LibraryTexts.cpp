#include "LibraryTexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace gloss::library {

namespace {
constexpr int kFormatVersion = 1;

QString isoOrEmpty(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

LibraryTexts::LibraryTexts(QString folder)
    : m_folder(std::move(folder))
{
}

QString LibraryTexts::pathFor(const QByteArray &hash) const
{
    const QString name = QString::fromLatin1(hash);
    return m_folder + u'/' + name.left(2) + u'/' + name + QStringLiteral(".json");
}

bool LibraryTexts::store(const Document &document, const QDateTime &added, QString *error) const
{
    const QString path = pathFor(document.sha256());
    if (QFileInfo::exists(path) && readFile(path))
        return true;
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString dir = QFileInfo(path).path();
    if (!QDir().mkpath(dir))
        return fail(QCoreApplication::translate("gloss::library::LibraryTexts",
                                                "Cannot create the folder %1")
                        .arg(QDir::toNativeSeparators(dir)));
    QJsonObject o;
    o.insert(u"version", kFormatVersion);
    o.insert(u"sha256", QString::fromLatin1(document.sha256()));
    o.insert(u"source", document.source());
    o.insert(u"added", isoOrEmpty(added));
    o.insert(u"format", document.format);
    o.insert(u"title", document.metaTitle);
    o.insert(u"author", document.metaAuthor);
    o.insert(u"site", document.metaSite);
    o.insert(u"pageUrl", document.metaUrl);
    o.insert(u"date", isoOrEmpty(document.metaDate));
    o.insert(u"text", document.text());
    // content-addressed: a temporary file renamed into place (no fsync: a file lost in a crash
    // is written again at the next import, and read() refuses one that does not match)
    // a name of its own per writer: two workers may store the same text at once
    static std::atomic_uint counter{0};
    QFile file(QStringLiteral("%1.%2-%3.tmp")
                   .arg(path)
                   .arg(QCoreApplication::applicationPid())
                   .arg(++counter));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(file.errorString());
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.remove();
        return fail(why);
    }
    file.close();
    // rename(2) replaces an older file atomically (QFile::rename would refuse)
    if (std::rename(QFile::encodeName(file.fileName()).constData(),
                    QFile::encodeName(path).constData())
        != 0) {
        file.remove();
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    }
    return true;
}

std::optional<LibraryTexts::Entry> LibraryTexts::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.value(u"version").toInt() != kFormatVersion)
        return std::nullopt;
    Entry entry;
    entry.document = Document(o.value(u"text").toString(), o.value(u"source").toString());
    if (entry.document.sha256() != o.value(u"sha256").toString().toLatin1()
        || QFileInfo(path).completeBaseName() != QString::fromLatin1(entry.document.sha256()))
        return std::nullopt;
    Document &doc = entry.document;
    doc.format = o.value(u"format").toString();
    doc.metaTitle = o.value(u"title").toString();
    doc.metaAuthor = o.value(u"author").toString();
    doc.metaSite = o.value(u"site").toString();
    doc.metaUrl = o.value(u"pageUrl").toString();
    doc.metaDate = QDateTime::fromString(o.value(u"date").toString(), Qt::ISODate);
    entry.added = QDateTime::fromString(o.value(u"added").toString(), Qt::ISODate);
    return entry;
}

std::optional<LibraryTexts::Entry> LibraryTexts::read(const QByteArray &hash) const
{
    return readFile(pathFor(hash));
}

bool LibraryTexts::remove(const QByteArray &hash) const
{
    return QFile::remove(pathFor(hash));
}

QStringList LibraryTexts::files() const
{
    QStringList out;
    QDirIterator it(m_folder, {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

} // namespace gloss::library
