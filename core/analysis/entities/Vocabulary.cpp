// The distinct words and names of a text (see Vocabulary_p.h).
#include "Vocabulary_p.h"

#include <algorithm>
#include <cstring>

namespace gloss::entities {

namespace {

template<typename T>
inline quint64 load(const unsigned char *p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

__extension__ using Product = unsigned __int128; // GCC and Clang

/** The two halves of the 128-bit product, folded. */
inline quint64 mix(quint64 a, quint64 b)
{
    const Product r = Product(a) * b;
    return quint64(r) ^ quint64(r >> 64);
}

} // namespace

quint64 Vocabulary::hash(QStringView text)
{
    // words are short: up to 16 bytes are read as two (overlapping) loads and one product,
    // longer strings 16 bytes at a time (after wyhash)
    constexpr quint64 k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull;
    const auto *p = reinterpret_cast<const unsigned char *>(text.utf16());
    const size_t n = size_t(text.size()) * 2;
    quint64 a = 0, b = 0;
    if (n >= 8 && n <= 16) {
        a = load<quint64>(p);
        b = load<quint64>(p + n - 8);
    } else if (n >= 4 && n < 8) {
        a = load<quint32>(p);
        b = load<quint32>(p + n - 4);
    } else if (n == 2) {
        a = load<quint16>(p);
    } else if (n > 16) {
        quint64 h = k0;
        size_t i = 0;
        for (; i + 16 < n; i += 16)
            h = mix(load<quint64>(p + i) ^ k1, load<quint64>(p + i + 8) ^ h);
        a = load<quint64>(p + n - 16) ^ h;
        b = load<quint64>(p + n - 8);
    }
    return mix(k1 ^ n, mix(a ^ k1, b ^ k0));
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
