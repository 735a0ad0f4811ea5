// The distinct words and names of a text (see Vocabulary_p.h).
#include "Vocabulary_p.h"

#include <algorithm>
#include <cstring>

namespace gloss::entities {

quint64 Vocabulary::hash(QStringView text)
{
    // eight bytes (four UTF-16 code units) at a time, multiplied and folded
    constexpr quint64 k = 0x9e3779b97f4a7c15ull;
    const char *p = reinterpret_cast<const char *>(text.utf16());
    size_t n = size_t(text.size()) * 2;
    quint64 h = k ^ n;
    while (n >= 8) {
        quint64 v;
        std::memcpy(&v, p, 8);
        h = (h ^ v) * k;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    // the rest (6, 4 or 2 bytes) with fixed-size loads
    if (n >= 4) {
        quint32 v;
        std::memcpy(&v, p, 4);
        h = (h ^ v) * k;
        p += 4;
        n -= 4;
    }
    if (n >= 2) {
        quint16 v;
        std::memcpy(&v, p, 2);
        h = (h ^ v) * k;
    }
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ull;
    h ^= h >> 32;
    return h;
}

namespace {

/** Equal strings of @p size code units; words are short, compared here rather than by a call. */
inline bool equal(const char16_t *x, const char16_t *y, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (x[i] != y[i])
            return false;
    }
    return true;
}

} // namespace

size_t Vocabulary::slotOf(QStringView text, quint32 h) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot &s = m_slots[i];
        if (s.id < 0)
            return i;
        if (s.hash == h) {
            quint32 size;
            std::memcpy(&size, s.text - 2, sizeof size);
            if (size == text.size() && equal(s.text, text.utf16(), text.size()))
                return i;
        }
    }
}

void Vocabulary::grow()
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    const size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.id < 0)
            continue;
        size_t i = s.hash & mask;
        while (m_slots[i].id >= 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

int Vocabulary::add(QStringView text)
{
    if ((m_words.size() + 1) * 4 > m_slots.size() * 3)
        grow(); // at most three quarters full: a smaller table, more of it in the cache
    const quint32 h = quint32(hash(text));
    Slot &s = m_slots[slotOf(text, h)];
    if (s.id < 0) {
        const QStringView kept = keep(text);
        s = Slot{kept.utf16(), h, int(m_words.size())};
        m_words.push_back(Word{kept});
    }
    return s.id;
}

QStringView Vocabulary::keep(QStringView text)
{
    constexpr qsizetype kBlock = 1 << 15;
    const qsizetype n = text.size();
    if (n + 2 > m_blockFree) {
        const qsizetype size = std::max(kBlock, n + 2);
        m_blocks.push_back(std::make_unique_for_overwrite<char16_t[]>(size_t(size)));
        m_next = m_blocks.back().get();
        m_blockFree = size;
    }
    const quint32 size = quint32(n); // texts are far shorter than 4 G code units
    std::memcpy(m_next, &size, sizeof size);
    char16_t *to = m_next + 2;
    std::copy(text.utf16(), text.utf16() + n, to);
    m_next += n + 2;
    m_blockFree -= n + 2;
    return QStringView(to, n);
}

int Vocabulary::idOf(QStringView text) const
{
    if (m_slots.empty())
        return -1;
    return m_slots[slotOf(text, quint32(hash(text)))].id;
}

} // namespace gloss::entities
