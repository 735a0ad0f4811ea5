#pragma once

#include <QtGlobal>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gloss {

/**
 * The first position in s[i, end) that holds a unit outside ASCII or one of @p a, @p b, @p c;
 * @p end when there is none. The scanners' fast path over the text between the characters they
 * look for (sentence ends, for instance): eight units at a time with SSE2, one at a time
 * elsewhere. @p a, @p b and @p c are ASCII.
 */
inline qsizetype skipAsciiExcept(const char16_t *s, qsizetype i, qsizetype end, char16_t a,
                                 char16_t b, char16_t c)
{
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi16(short(a));
    const __m128i vb = _mm_set1_epi16(short(b));
    const __m128i vc = _mm_set1_epi16(short(c));
    const __m128i high = _mm_set1_epi16(short(0xff80));
    const __m128i zero = _mm_setzero_si128();
    while (end - i >= 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const __m128i wanted = _mm_or_si128(
            _mm_cmpeq_epi16(v, va), _mm_or_si128(_mm_cmpeq_epi16(v, vb), _mm_cmpeq_epi16(v, vc)));
        const __m128i ascii = _mm_cmpeq_epi16(_mm_and_si128(v, high), zero);
        const int stops = _mm_movemask_epi8(wanted) | (~_mm_movemask_epi8(ascii) & 0xffff);
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
