#include "Loader.h"

#include "MarkdownReader.h"
#include "TextDecoder.h"
#include "html/HtmlExtractor.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

// the context is the one lupdate gives these calls (inside Loader's members)
QString tr(const char *text)
{
    return QCoreApplication::translate("gloss::Loader", text);
}

Document plainText(const QString &text, const QString &source)
{
    return Document(text, source);
}

/**
 * A source format: the file suffixes that ask for it and its converter to plain text. A format
 * converts either the text TextDecoder made of the bytes (decoded, normalised, refused when it
 * is not text) or, when it declares its own charset, the raw bytes.
 */
struct Format
{
    QLatin1StringView name;
    std::initializer_list<QLatin1StringView> suffixes;
    /** Decoded, normalised text to a Document (text, blocks, metadata). */
    Document (*fromText)(const QString &text, const QString &source) = nullptr;
    /** Raw bytes to a Document (the format decodes them itself). */
    Document (*fromBytes)(const QByteArray &bytes, const QString &source) = nullptr;
};

// The first format whose suffix matches wins; the last one is the default.
const Format kFormats[] = {
    {"markdown"_L1, {"md"_L1, "markdown"_L1, "mdown"_L1, "mkd"_L1}, &MarkdownReader::toDocument},
    {"html"_L1, {"html"_L1, "htm"_L1, "xhtml"_L1, "shtml"_L1}, nullptr,
     [](const QByteArray &bytes, const QString &source) {
         return HtmlExtractor::load(bytes, source);
     }},
    {"text"_L1, {}, &plainText},
};

const Format &formatFor(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix();
    for (const Format &f : kFormats) {
        for (QLatin1StringView s : f.suffixes) {
            if (suffix.compare(s, Qt::CaseInsensitive) == 0)
                return f;
        }
    }
    return *std::prev(std::end(kFormats));
}

} // namespace

QString Loader::formatForName(const QString &name)
{
    return formatFor(name).name;
}

Loader::Result Loader::loadFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return {std::nullopt, tr("%1: no such file").arg(path)};
    if (info.isDir())
        return {std::nullopt, tr("%1: is a folder, not a file").arg(path)};
    if (info.size() > kMaxFileSize)
        return {std::nullopt, tr("%1: too large (%2 MB; the limit is %3 MB)")
                                  .arg(path)
                                  .arg(info.size() / (1024 * 1024))
                                  .arg(kMaxFileSize / (1024 * 1024))};
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, tr("%1: cannot read: %2").arg(path, file.errorString())};
    // Read in pieces into a buffer of the file's size: read(kMaxFileSize + 1) would first
    // allocate the whole limit.
    QByteArray bytes;
    bytes.reserve(std::min<qint64>(std::max<qint64>(info.size(), 0), kMaxFileSize) + 1);
    while (bytes.size() <= kMaxFileSize) {
        const qsizetype at = bytes.size();
        const qint64 room = bytes.capacity() > at ? bytes.capacity() - at : qint64(1) << 20;
        const qint64 piece = std::min({room, qint64(1) << 20, kMaxFileSize + 1 - at});
        bytes.resize(at + piece);
        const qint64 got = file.read(bytes.data() + at, piece);
        bytes.resize(at + std::max<qint64>(got, 0));
        if (got <= 0)
            break;
    }
    if (bytes.size() > kMaxFileSize)
        return {std::nullopt, tr("%1: too large (the limit is %2 MB)")
                                  .arg(path)
                                  .arg(kMaxFileSize / (1024 * 1024))};
    if (file.error() != QFileDevice::NoError)
        return {std::nullopt, tr("%1: cannot read: %2").arg(path, file.errorString())};
    return loadBytes(bytes, path);
}

Loader::Result Loader::loadBytes(const QByteArray &bytes, const QString &name)
{
    const Format &format = formatFor(name);
    if (bytes.size() > kMaxFileSize)
        return {std::nullopt, tr("%1: too large (the limit is %2 MB)")
                                  .arg(name)
                                  .arg(kMaxFileSize / (1024 * 1024))};
    Document doc;
    if (format.fromBytes) {
        doc = format.fromBytes(bytes, name);
    } else {
        TextDecoder::Result decoded = TextDecoder::decode(bytes);
        if (!decoded.ok())
            return {std::nullopt, u"%1: %2"_s.arg(name, decoded.error)};
        doc = format.fromText(decoded.text, name);
        decoded.text.clear();
        doc.warnings = decoded.warnings + doc.warnings;
    }
    doc.format = format.name;
    if (bytes.isEmpty())
        doc.warnings.append(tr("the file is empty"));
    else if (QStringView(doc.text()).trimmed().isEmpty())
        doc.warnings.append(tr("the file holds no text"));
    return {std::move(doc), {}};
}

} // namespace gloss
