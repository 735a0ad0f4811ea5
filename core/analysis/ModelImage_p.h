#pragma once

#include <QByteArray>
#include <QDebug>
#include <QByteArrayView>
#include <QList>
#include <QResource>
#include <QString>

#include <cstring>
#include <optional>
#include <type_traits>

namespace gloss {

/**
 * @brief The bytes of an image (CueModel::image(), SpeakerRanker::image(),
 * Gazetteer::image() and the tables they hold), written and read part by part.
 *
 * An image is made at build time (tools/compilemodel) and read on the same machine: its
 * parts are plain structs in this machine's byte order, which the image's header records. A
 * resource's bytes are not aligned, so the parts are read with memcpy().
 */
namespace image {

/** The byte order mark a header holds: reads back as written on a machine of that order. */
constexpr quint32 kByteOrder = 0x01020304;

template<typename T>
void append(QByteArray &out, const T &part)
{
    static_assert(std::is_trivially_copyable_v<T>);
    out.append(reinterpret_cast<const char *>(&part), sizeof part);
}

/**
 * The bytes of a resource compiled in uncompressed, viewed where the program holds them (for
 * as long as it runs); empty when there is no such resource or it is compressed.
 */
inline QByteArrayView compiledIn(const QString &path)
{
    const QResource resource(path);
    if (!resource.isValid() || resource.compressionAlgorithm() != QResource::NoCompression)
        return {};
    return QByteArrayView(resource.data(), resource.size());
}

/**
 * The T::fromImage() of the image compiled in at @p path, or @p empty() when it cannot be
 * read (a build that did not make it): said on the log, with @p missing.
 */
template<typename T, typename Empty>
T compiledOr(const QString &path, const char *missing, Empty empty)
{
    std::optional<T> read = T::fromImage(compiledIn(path));
    if (!read) {
        qWarning("gloss: %s", missing);
        return empty();
    }
    return std::move(*read);
}

/** Appends @p words: their count, the length of each, then their UTF-16 units. */
template<typename Words>
void appendWords(QByteArray &out, const Words &words)
{
    append(out, qint32(words.size()));
    for (const auto &w : words)
        append(out, qint32(w.size()));
    for (const auto &w : words) {
        out.append(reinterpret_cast<const char *>(w.utf16()),
                   w.size() * qsizetype(sizeof(char16_t)));
    }
}

/** The parts of an image, read in turn. */
class Reader
{
public:
    explicit Reader(QByteArrayView image)
        : m_rest(image)
    {
    }
    /** Reads the next part into @p out; false when the image is shorter. */
    template<typename T>
    bool read(T &out)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        if (m_rest.size() < qsizetype(sizeof out))
            return false;
        std::memcpy(&out, m_rest.data(), sizeof out);
        m_rest = m_rest.sliced(sizeof out);
        return true;
    }
    /**
     * Reads the next part as an image's header: true when its magic and byte order are a
     * default-made @p Header's (an image of this version, written on a machine of this byte
     * order).
     */
    template<typename Header>
    bool readHeader(Header &header)
    {
        const Header expected;
        return read(header)
               && std::memcmp(header.magic, expected.magic, sizeof header.magic) == 0
               && header.byteOrder == expected.byteOrder;
    }
    /** Reads the next @p count parts into @p out; false when the image is shorter (or the
     *  count negative). */
    template<typename T>
    bool readList(QList<T> &out, qsizetype count)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        const std::optional<QByteArrayView> bytes =
            count < 0 ? std::nullopt : take(count * qsizetype(sizeof(T)));
        if (!bytes)
            return false;
        out.resize(count);
        copy(out.data(), *bytes);
        return true;
    }
    /** The next @p size bytes, or nothing when fewer are left. */
    std::optional<QByteArrayView> take(qsizetype size)
    {
        if (size < 0 || m_rest.size() < size)
            return std::nullopt;
        const QByteArrayView part = m_rest.first(size);
        m_rest = m_rest.sliced(size);
        return part;
    }
    /** Words appended by appendWords(), copied into @p text side by side (one allocation) and
     *  viewed there; nothing when the image is cut short. */
    std::optional<QList<QStringView>> words(QString &text)
    {
        qint32 count = 0;
        QList<qint32> lengthOf;
        if (!read(count) || !readList(lengthOf, count))
            return std::nullopt;
        qsizetype units = 0;
        for (const qint32 length : std::as_const(lengthOf)) {
            if (length < 0)
                return std::nullopt;
            units += length;
        }
        const std::optional<QByteArrayView> bytes = take(units * qsizetype(sizeof(char16_t)));
        if (!bytes)
            return std::nullopt;
        text = QString(units, Qt::Uninitialized);
        copy(text.data(), *bytes);
        QList<QStringView> out;
        out.reserve(count);
        qsizetype at = 0;
        for (const qint32 length : std::as_const(lengthOf)) {
            out.append(QStringView(text).sliced(at, length));
            at += length;
        }
        return out;
    }
    /** What is left after the parts read. */
    QByteArrayView rest() const { return m_rest; }

private:
    /** Copies @p bytes to @p to (memcpy() of nothing may not be given a null pointer). */
    static void copy(void *to, QByteArrayView bytes)
    {
        if (!bytes.isEmpty())
            std::memcpy(to, bytes.data(), size_t(bytes.size()));
    }

    QByteArrayView m_rest;
};

} // namespace image
} // namespace gloss
