#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <cstring>
#include <optional>

namespace gloss::entities {

/**
 * @brief Strings, as written (case-sensitive), to 32-bit values: the gazetteer's tables.
 *
 * An open-addressing table, at most half full, over one pool of UTF-16 units: a look-up
 * hashes the string once (FNV-1a over its units) and compares it where a slot's hash is the
 * same. Built once (Gazetteer's lists), then read only; image() and fromImage() give the table
 * as bytes, so that it is built at build time (tools/compilemodel) and viewed in place where
 * the program holds it (the slots and keys are read with memcpy() and memcmp(): a resource's
 * bytes are not aligned).
 */
class NameTable
{
public:
    /** The value of @p key, inserted with the value 0 when it is new. */
    quint32 &operator[](QStringView key);
    /** Inserts @p key with @p value unless the table holds it: whether it was new. */
    bool insert(QStringView key, quint32 value);
    /** The value of @p key, or nothing when the table does not hold it. */
    std::optional<quint32> value(QStringView key) const;
    bool contains(QStringView key) const { return value(key).has_value(); }
    /** The number of keys. */
    qsizetype size() const { return m_size; }
    /** Room for @p count keys without growing. */
    void reserve(qsizetype count);

    /** The table as bytes (in this machine's byte order, which the image records). */
    QByteArray image() const;
    /**
     * The table of an image(), viewed in place (@p image must outlive it and its copies; a
     * key inserted then goes to a copy), or nothing when @p image is none (truncated, of
     * another byte order or version, a table of the wrong size). The slots are the build's
     * own: they are not checked one by one.
     */
    static std::optional<NameTable> fromImage(QByteArrayView image);
    /** (the image must outlive what views it: not a temporary) */
    static std::optional<NameTable> fromImage(const QByteArray &&) = delete;

private:
    /** A slot: its key's hash with the lowest bit set (0: a free slot), where the key stands
     *  in the pool (in units), and its value. */
    struct Slot
    {
        quint32 hash = 0;
        quint32 offset = 0;
        quint32 length = 0;
        quint32 value = 0;
    };
    static quint32 hash(QStringView key);
    Slot slotAt(quint32 i) const
    {
        Slot s;
        std::memcpy(&s, m_slots.constData() + qsizetype(i) * qsizetype(sizeof s), sizeof s);
        return s;
    }
    /** Writes the slot at place @p i (the table is owned then). */
    void setSlotAt(quint32 i, const Slot &s)
    {
        std::memcpy(m_slots.data() + qsizetype(i) * qsizetype(sizeof s), &s, sizeof s);
    }
    /** The place of @p key (@p h: its hash()), or the free place where it would go. */
    quint32 placeOf(QStringView key, quint32 h) const;
    /** Makes room for one more key; its place (@p h: its hash()). */
    quint32 placeForNew(QStringView key, quint32 h);
    /** The value of the slot at place @p i, to be written (the table is owned then). */
    quint32 &valueAt(quint32 i);

    QByteArray m_slots; ///< a power of two of Slot, or none: owned, or a view of an image
    QByteArray m_pool;  ///< the keys' UTF-16 units side by side
    quint32 m_mask = 0;
    qsizetype m_size = 0;
};

} // namespace gloss::entities
