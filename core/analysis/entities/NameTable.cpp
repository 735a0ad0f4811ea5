#include "NameTable_p.h"

#include "analysis/ModelImage_p.h"

#include <cstddef>
#include <cstring>
#include <utility>

namespace gloss::entities {

quint32 NameTable::hash(QStringView key)
{
    quint32 h = 2166136261u;
    for (const QChar c : key)
        h = (h ^ c.unicode()) * 16777619u;
    return h | 1u;
}

quint32 NameTable::placeOf(QStringView key, quint32 h) const
{
    constexpr qsizetype kUnit = sizeof(char16_t);
    const size_t bytes = size_t(key.size() * kUnit);
    quint32 i = h & m_mask;
    for (Slot slot = slotAt(i); slot.hash != 0; slot = slotAt(i = (i + 1) & m_mask)) {
        const char *const units = m_pool.constData() + qsizetype(slot.offset) * kUnit;
        if (slot.hash == h && slot.length == quint32(key.size())
            && (bytes == 0 || std::memcmp(key.utf16(), units, bytes) == 0))
            break;
    }
    return i;
}

void NameTable::reserve(qsizetype count)
{
    qsizetype capacity = 16;
    while (capacity < count * 2)
        capacity *= 2;
    const qsizetype places = m_slots.size() / qsizetype(sizeof(Slot));
    if (capacity <= places)
        return;
    const QByteArray old =
        std::exchange(m_slots, QByteArray(capacity * qsizetype(sizeof(Slot)), '\0'));
    m_mask = quint32(capacity - 1);
    for (qsizetype at = 0; at < old.size(); at += qsizetype(sizeof(Slot))) {
        Slot s;
        std::memcpy(&s, old.constData() + at, sizeof s);
        if (s.hash == 0)
            continue;
        quint32 i = s.hash & m_mask;
        while (slotAt(i).hash != 0)
            i = (i + 1) & m_mask;
        setSlotAt(i, s);
    }
}

quint32 NameTable::placeForNew(QStringView key, quint32 h)
{
    reserve(m_size + 1);
    const quint32 i = placeOf(key, h);
    setSlotAt(i, {h, quint32(m_pool.size() / qsizetype(sizeof(char16_t))), quint32(key.size()), 0});
    m_pool.append(reinterpret_cast<const char *>(key.utf16()),
                  key.size() * qsizetype(sizeof(char16_t)));
    ++m_size;
    return i;
}

quint32 &NameTable::valueAt(quint32 i)
{
    // (the value is the slot's last field; data() makes an image's view a copy of its own)
    return *reinterpret_cast<quint32 *>(m_slots.data() + qsizetype(i) * qsizetype(sizeof(Slot))
                                        + qsizetype(offsetof(Slot, value)));
}

quint32 &NameTable::operator[](QStringView key)
{
    const quint32 h = hash(key);
    if (!m_slots.isEmpty()) {
        if (const quint32 i = placeOf(key, h); slotAt(i).hash != 0)
            return valueAt(i);
    }
    return valueAt(placeForNew(key, h));
}

bool NameTable::insert(QStringView key, quint32 value)
{
    const quint32 h = hash(key);
    if (!m_slots.isEmpty() && slotAt(placeOf(key, h)).hash != 0)
        return false;
    valueAt(placeForNew(key, h)) = value;
    return true;
}

std::optional<quint32> NameTable::value(QStringView key) const
{
    if (m_slots.isEmpty())
        return std::nullopt;
    const Slot slot = slotAt(placeOf(key, hash(key)));
    return slot.hash != 0 ? std::optional<quint32>(slot.value) : std::nullopt;
}

namespace {

/** What a NameTable::image() starts with; the slots follow, then the pool. */
struct ImageHeader
{
    char magic[4] = {'G', 'N', 'T', '1'};
    quint32 byteOrder = image::kByteOrder;
    quint32 places = 0; ///< slots: a power of two, or 0
    quint32 size = 0;  ///< keys
    quint32 units = 0; ///< in the pool
    quint32 reserved = 0;
};
static_assert(sizeof(ImageHeader) == 24);

} // namespace

QByteArray NameTable::image() const
{
    ImageHeader header;
    header.places = quint32(m_slots.size() / qsizetype(sizeof(Slot)));
    header.size = quint32(m_size);
    header.units = quint32(m_pool.size() / qsizetype(sizeof(char16_t)));
    QByteArray out;
    image::append(out, header);
    return out + m_slots + m_pool;
}

std::optional<NameTable> NameTable::fromImage(QByteArrayView bytes)
{
    image::Reader in(bytes);
    ImageHeader header;
    if (!in.readHeader(header) || (header.places & (header.places - 1)) != 0
        || quint64(header.size) * 2 > header.places)
        return std::nullopt;
    const std::optional<QByteArrayView> slotBytes =
        in.take(qsizetype(header.places) * qsizetype(sizeof(Slot)));
    const std::optional<QByteArrayView> pool =
        in.take(qsizetype(header.units) * qsizetype(sizeof(char16_t)));
    if (!slotBytes || !pool || !in.rest().isEmpty())
        return std::nullopt;
    NameTable t;
    t.m_slots = QByteArray::fromRawData(slotBytes->data(), slotBytes->size());
    t.m_pool = QByteArray::fromRawData(pool->data(), pool->size());
    t.m_mask = header.places == 0 ? 0 : header.places - 1;
    t.m_size = header.size;
    return t;
}

} // namespace gloss::entities
