#include "Document.h"

#include "text/UnitScan.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringEncoder>

#include <algorithm>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define GLOSS_SHA_NI 1
#endif

namespace gloss {

namespace {

#ifdef GLOSS_SHA_NI

bool hasShaInstructions()
{
    static const bool has = [] {
        unsigned a = 0, b = 0, c = 0, d = 0;
        if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) || !(c & bit_SSSE3))
            return false;
        if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
            return false;
        return (b & bit_SHA) != 0;
    }();
    return has;
}

alignas(16) constexpr std::uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

/** SHA-256 compression of @p blocks 64-byte blocks with the x86 SHA extensions. */
__attribute__((target("sha,sse4.1,ssse3"))) void shaBlocks(std::uint32_t state[8],
                                                          const unsigned char *data,
                                                          std::size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[0]));
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[4]));
    tmp = _mm_shuffle_epi32(tmp, 0xB1);             // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);       // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8); // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);    // CDGH
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefSave = state0;
        const __m128i cdghSave = state1;
        __m128i m[4];
        for (int g = 0; g < 16; ++g) {
            __m128i &cur = m[g % 4];
            if (g < 4)
                cur = _mm_shuffle_epi8(
                    _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * g)), byteSwap);
            __m128i msg = _mm_add_epi32(
                cur, _mm_load_si128(reinterpret_cast<const __m128i *>(&kRound[4 * g])));
            state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
            if (g >= 3 && g <= 14) {
                __m128i &next = m[(g + 1) % 4];
                next = _mm_add_epi32(next, _mm_alignr_epi8(cur, m[(g + 3) % 4], 4));
                next = _mm_sha256msg2_epu32(next, cur);
            }
            msg = _mm_shuffle_epi32(msg, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
            if (g >= 1 && g <= 12)
                m[(g + 3) % 4] = _mm_sha256msg1_epu32(m[(g + 3) % 4], cur);
        }
        state0 = _mm_add_epi32(state0, abefSave);
        state1 = _mm_add_epi32(state1, cdghSave);
    }
    tmp = _mm_shuffle_epi32(state0, 0x1B);          // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);       // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0);    // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);       // ABEF
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[0]), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[4]), state1);
}

#endif

/**
 * SHA-256 of a stream of bytes: with the processor's SHA instructions when it has them (about
 * ten times QCryptographicHash's own code, which loading a big text waits for), else
 * QCryptographicHash.
 */
class Sha256
{
public:
    void add(QByteArrayView bytes)
    {
#ifdef GLOSS_SHA_NI
        if (m_fast) {
            const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
            std::size_t n = std::size_t(bytes.size());
            m_length += n;
            if (m_used > 0) {
                const std::size_t take = std::min(n, sizeof(m_block) - m_used);
                std::memcpy(m_block + m_used, p, take);
                m_used += take;
                p += take;
                n -= take;
                if (m_used < sizeof(m_block))
                    return;
                shaBlocks(m_state, m_block, 1);
                m_used = 0;
            }
            if (n >= 64)
                shaBlocks(m_state, p, n / 64);
            p += n / 64 * 64;
            n %= 64;
            std::memcpy(m_block, p, n);
            m_used = n;
            return;
        }
#endif
        m_hash.addData(bytes);
    }

    /** The digest as lower-case hex. */
    QByteArray hex()
    {
#ifdef GLOSS_SHA_NI
        if (m_fast) {
            const std::uint64_t bits = m_length * 8;
            unsigned char tail[128] = {};
            std::memcpy(tail, m_block, m_used);
            tail[m_used] = 0x80;
            const std::size_t total = m_used + 9 <= 64 ? 64 : 128;
            for (int i = 0; i < 8; ++i)
                tail[total - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
            shaBlocks(m_state, tail, total / 64);
            QByteArray digest(32, Qt::Uninitialized);
            for (int i = 0; i < 8; ++i) {
                for (int k = 0; k < 4; ++k)
                    digest[4 * i + k] = char(m_state[i] >> (24 - 8 * k));
            }
            return digest.toHex();
        }
#endif
        return m_hash.result().toHex();
    }

private:
#ifdef GLOSS_SHA_NI
    bool m_fast = hasShaInstructions();
    std::uint32_t m_state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    unsigned char m_block[64] = {};
    std::size_t m_used = 0;
    std::uint64_t m_length = 0;
#endif
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace

namespace {

const QString kSampleIri = QStringLiteral("urn:gloss:sample-article");
const QString kBundledIri = QStringLiteral("urn:gloss:bundled:");

} // namespace

QString Document::sampleSource()
{
    return QStringLiteral(":/org.gloss/data/sample-article.txt");
}

bool Document::isBundled(const QString &source)
{
    return source.startsWith(u":/") || source.startsWith(u"qrc:/")
           || (source.startsWith(u"urn:gloss:") && !source.startsWith(u"urn:gloss:notes:"));
}

QString Document::publicIri(const QString &source)
{
    if (!isBundled(source))
        return {};
    if (source.startsWith(u"urn:gloss:"))
        return source;
    const QString name = source.section(u'/', -1);
    return name == sampleSource().section(u'/', -1) ? kSampleIri : kBundledIri + name;
}

QString Document::displaySource(const QString &source)
{
    if (!isBundled(source))
        return source;
    const QString iri = publicIri(source);
    if (iri == kSampleIri)
        return QCoreApplication::translate("gloss::Document",
                                           "Sample article (bundled with Gloss)");
    return QCoreApplication::translate("gloss::Document", "%1 (bundled with Gloss)")
        .arg(iri.mid(kBundledIri.size()));
}

Document::Document(QString text, QString source)
    : m_text(std::move(text))
    , m_source(std::move(source))
{
    // Hash the UTF-8 form in slices: no second copy of a large text.
    Sha256 hash;
    QStringEncoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    constexpr qsizetype kSlice = 32 * 1024;
    QByteArray buffer(utf8.requiredSpace(kSlice), Qt::Uninitialized);
    for (qsizetype i = 0; i < m_text.size(); i += kSlice) {
        qsizetype len = std::min(kSlice, m_text.size() - i);
        if (len == kSlice && m_text.at(i + len - 1).isHighSurrogate())
            --len; // keep a surrogate pair in one slice
        char *end = utf8.appendToBuffer(buffer.data(), QStringView(m_text).sliced(i, len));
        hash.add(QByteArrayView(buffer.constData(), end - buffer.constData()));
        i -= kSlice - len;
    }
    m_sha256 = hash.hex();
    const auto *data = reinterpret_cast<const char16_t *>(m_text.constData());
    for (qsizetype i = 0, n = m_text.size(); i + 1 < n; ++i) {
        i = findInRange(data, i, n - 1, 0xD800, 0xDC00); // a high surrogate
        if (i + 1 < n && QChar::isLowSurrogate(data[i + 1]))
            m_surrogates.append(i++);
    }
}

void Document::copyMetadata(const Document &other)
{
    metaTitle = other.metaTitle;
    metaAuthor = other.metaAuthor;
    metaSite = other.metaSite;
    metaUrl = other.metaUrl;
    metaDate = other.metaDate;
}

qsizetype Document::codePointLength() const
{
    return m_text.size() - m_surrogates.size();
}

qsizetype Document::toCodePoint(qsizetype utf16) const
{
    utf16 = std::clamp<qsizetype>(utf16, 0, m_text.size());
    // every surrogate pair that starts before utf16 counts one code point for two units
    const auto pairsBefore = std::lower_bound(m_surrogates.cbegin(), m_surrogates.cend(), utf16)
                             - m_surrogates.cbegin();
    return utf16 - pairsBefore;
}

qsizetype Document::fromCodePoint(qsizetype codePoint) const
{
    codePoint = std::clamp<qsizetype>(codePoint, 0, codePointLength());
    // the k-th surrogate pair (0-based) starts at code point m_surrogates[k] - k
    qsizetype lo = 0, hi = m_surrogates.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_surrogates[mid] - mid < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePoint + lo;
}

} // namespace gloss
