#pragma once

#include <QStringView>
#include <QtGlobal>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gloss {

/*
 * The scanners' fast paths over UTF-16: the first unit of a kind, eight units at a time with
 * SSE2 (one at a time elsewhere), so that the long runs of text between the characters a
 * scanner looks for cost little; and a word compared in any case without a call.
 */

#if defined(__SSE2__)
namespace unitscan {
/** Lanes (two bits each, as _mm_movemask_epi8 gives them) whose unit is in [lo, hi). */
inline int inRangeMask(__m128i v, char16_t lo, char16_t hi)
{
    // v - lo, wrapping, is below hi - lo (unsigned) exactly for the units in range
    const __m128i shifted = _mm_sub_epi16(v, _mm_set1_epi16(short(lo)));
    const __m128i over = _mm_subs_epu16(shifted, _mm_set1_epi16(short(hi - lo - 1)));
    return _mm_movemask_epi8(_mm_cmpeq_epi16(over, _mm_setzero_si128()));
}
inline __m128i load(const char16_t *s)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(s));
}
} // namespace unitscan
#endif

/** The first position in s[i, end) whose unit is outside [lo, hi) (lo < hi); else end. */
inline qsizetype skipInRange(const char16_t *s, qsizetype i, qsizetype end, char16_t lo,
                             char16_t hi)
{
#if defined(__SSE2__)
    while (end - i >= 8) {
        const int outside = ~unitscan::inRangeMask(unitscan::load(s + i), lo, hi) & 0xffff;
        if (outside != 0)
            return i + (__builtin_ctz(unsigned(outside)) >> 1);
        i += 8;
    }
#endif
    while (i < end && s[i] >= lo && s[i] < hi)
        ++i;
    return i;
}

/** The first position in s[i, end) whose unit is in [lo, hi) (lo < hi); else end. */
inline qsizetype findInRange(const char16_t *s, qsizetype i, qsizetype end, char16_t lo,
                             char16_t hi)
{
#if defined(__SSE2__)
    while (end - i >= 8) {
        const int inside = unitscan::inRangeMask(unitscan::load(s + i), lo, hi);
        if (inside != 0)
            return i + (__builtin_ctz(unsigned(inside)) >> 1);
        i += 8;
    }
#endif
    while (i < end && (s[i] < lo || s[i] >= hi))
        ++i;
    return i;
}

/**
 * Whether @p word is @p target in any case: "The", "THE" and "the" are "the", "gpe" is "GPE".
 * QStringView::compare(Qt::CaseInsensitive) == 0, without its call for a word of another
 * length or of ASCII letters (a unit beyond ASCII on either side is left to it).
 */
inline bool isWord(QStringView word, QStringView target)
{
    if (word.size() != target.size())
        return false;
    const auto fold = [](char16_t c) { return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c; };
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word[i].unicode();
        const char16_t t = target[i].unicode();
        if (c >= 128 || t >= 128)
            return word.compare(target, Qt::CaseInsensitive) == 0;
        if (fold(c) != fold(t))
            return false;
    }
    return true;
}

/**
 * The last position in s[begin, end) that holds @p unit; else -1. Eight units at a time from
 * the end (QStringView::lastIndexOf() reads one at a time), for the look back over a window.
 */
inline qsizetype findLast(const char16_t *s, qsizetype begin, qsizetype end, char16_t unit)
{
#if defined(__SSE2__)
    const __m128i wanted = _mm_set1_epi16(short(unit));
    while (end - begin >= 8) {
        const int found =
            _mm_movemask_epi8(_mm_cmpeq_epi16(unitscan::load(s + end - 8), wanted));
        if (found != 0)
            return end - 8 + ((31 - __builtin_clz(unsigned(found))) >> 1);
        end -= 8;
    }
#endif
    while (end > begin) {
        if (s[--end] == unit)
            return end;
    }
    return -1;
}

/**
 * The first position in s[i, end) that holds a unit outside ASCII or one of @p a, @p b, @p c
 * (ASCII themselves: the ends of sentences, for instance); else end.
 */
inline qsizetype skipAsciiExcept(const char16_t *s, qsizetype i, qsizetype end, char16_t a,
                                 char16_t b, char16_t c)
{
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi16(short(a));
    const __m128i vb = _mm_set1_epi16(short(b));
    const __m128i vc = _mm_set1_epi16(short(c));
    while (end - i >= 8) {
        const __m128i v = unitscan::load(s + i);
        const __m128i wanted = _mm_or_si128(
            _mm_cmpeq_epi16(v, va), _mm_or_si128(_mm_cmpeq_epi16(v, vb), _mm_cmpeq_epi16(v, vc)));
        const int outside = ~unitscan::inRangeMask(v, 0, 0x80) & 0xffff; // not ASCII
        const int stops = _mm_movemask_epi8(wanted) | outside;
        if (stops != 0)
            return i + (__builtin_ctz(unsigned(stops)) >> 1);
        i += 8;
    }
#endif
    while (i < end && s[i] < 0x80 && s[i] != a && s[i] != b && s[i] != c)
        ++i;
    return i;
}

} // namespace gloss
