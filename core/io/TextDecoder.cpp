#include "TextDecoder.h"
#include "text/Nfc.h"
#include "text/UnitScan.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <climits>
#include <cstring>

namespace gloss {

namespace {

// the context is the one lupdate gives these calls (inside TextDecoder's members)
QString tr(const char *text, const char *disambiguation = nullptr, qsizetype n = -1)
{
    return QCoreApplication::translate("gloss::TextDecoder", text, disambiguation,
                                       int(std::min<qsizetype>(n, INT_MAX)));
}

/** Windows-1252 code points of bytes 0x80-0x9F (undefined bytes keep their C1 value). */
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

struct Utf8Stats
{
    qsizetype multiByte = 0; ///< valid sequences of two to four bytes
    qsizetype invalid = 0;   ///< bytes that start no valid sequence
};

Utf8Stats utf8Stats(QByteArrayView bytes)
{
    Utf8Stats stats;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        char32_t min = 0;
        if ((b & 0xE0) == 0xC0) {
            len = 2;
            min = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            len = 3;
            min = 0x800;
        } else if ((b & 0xF8) == 0xF0) {
            len = 4;
            min = 0x10000;
        }
        bool valid = len > 0 && i + len <= n;
        char32_t cp = len > 0 ? (b & (0x7F >> len)) : 0;
        for (int k = 1; valid && k < len; ++k) {
            valid = (p[i + k] & 0xC0) == 0x80;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        valid = valid && cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
        if (valid) {
            ++stats.multiByte;
            i += len;
        } else {
            ++stats.invalid;
            ++i;
        }
    }
    return stats;
}

/** UTF-16 without BOM: NUL bytes on one side of most code units of the first kilobytes. */
QStringConverter::Encoding utf16Pattern(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return QStringConverter::System;
    qsizetype evenNul = 0, oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += bytes[i] == 0;
        oddNul += bytes[i + 1] == 0;
    }
    const qsizetype units = n / 2;
    if (oddNul * 10 >= units * 4 && evenNul * 20 < units)
        return QStringConverter::Utf16LE;
    if (evenNul * 10 >= units * 4 && oddNul * 20 < units)
        return QStringConverter::Utf16BE;
    return QStringConverter::System;
}

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, bool *error)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *error = decoder.hasError();
    return text;
}

} // namespace

QString TextDecoder::fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    const auto *src = reinterpret_cast<const unsigned char *>(bytes.data());
    for (qsizetype i = 0, n = bytes.size(); i < n; ++i) {
        const unsigned char b = src[i];
        dst[i] = b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : char16_t(b);
    }
    return out;
}

namespace {

/** Whether normalise() has anything to do before NFC (most files: nothing). */
bool needsCleaning(const QString &text)
{
    const char16_t *src = reinterpret_cast<const char16_t *>(text.constData());
    for (qsizetype i = 0, n = text.size(); i < n; ++i) {
        i = skipInRange(src, i, n, 0x20, 0x7F); // printable ASCII
        if (i == n)
            break;
        const char16_t c = src[i];
        if (c == u'\n' || c == u'\t')
            continue;
        if (c < 0xA0 || c == 0x2028 || c == 0x2029 || c >= 0xD800)
            return true; // controls, CR, separators; surrogates, BOM, U+FFFD checked below
    }
    return false;
}

/**
 * TextDecoder::normalise() of a text of its own: it lets go of @p text before the NFC step, so
 * that a big text is not held three times over (as read, cleaned, composed).
 */
QString normaliseOwned(QString text, qsizetype *suspicious)
{
    if (!needsCleaning(text)) { // no copy of a clean text
        if (suspicious)
            *suspicious = 0;
        return toNfc(std::move(text));
    }
    qsizetype bad = 0;
    // One unit out per unit in, except U+2029 and form feed (two). Without those, and with a
    // text no one else holds, the text is cleaned where it is (each unit is written at or
    // before the place it is read from): a big text is not held twice. Else into a copy that
    // grows when needed.
    const qsizetype n = text.size();
    // (QStringView::contains() of one unit reads eight or more at a time: twice over the text
    // is still cheaper than one test of every unit)
    const bool inPlace = text.isDetached() && !QStringView(text).contains(QChar(0x000C))
                         && !QStringView(text).contains(QChar(0x2029));
    QString out = inPlace ? QString() : QString(text.size() + 16, Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(inPlace ? text.data() : out.data());
    const char16_t *src = reinterpret_cast<const char16_t *>(text.constData());
    qsizetype o = 0;
    const auto ensure = [&](qsizetype more) {
        if (!inPlace && o + more > out.size()) {
            out.resize(std::max(out.size() * 2, o + more + 64));
            dst = reinterpret_cast<char16_t *>(out.data());
        }
    };
    for (qsizetype i = 0; i < n; ++i) {
        // fast path: printable ASCII, kept as it is (in place, moved up behind what was dropped)
        const qsizetype plain = skipInRange(src, i, n, 0x20, 0x7F) - i;
        if (plain > 0) {
            ensure(plain);
            if (dst + o != src + i)
                std::memmove(dst + o, src + i, size_t(plain) * sizeof(char16_t));
            o += plain;
            i += plain;
            if (i == n)
                break;
        }
        const char16_t c = src[i];
        switch (c) {
        case u'\n':
        case u'\t':
            ensure(1);
            dst[o++] = c;
            continue;
        case u'\r':
            ensure(1);
            dst[o++] = u'\n';
            if (i + 1 < n && src[i + 1] == u'\n')
                ++i;
            continue;
        case 0x000B: // vertical tab
        case 0x0085: // next line
        case 0x2028: // line separator
            ensure(1);
            dst[o++] = u'\n';
            continue;
        case 0x000C: // form feed: a page break reads as a paragraph break
        case 0x2029: // paragraph separator
            ensure(2);
            dst[o++] = u'\n';
            dst[o++] = u'\n';
            continue;
        case 0xFEFF: // BOM or zero-width no-break space: dropped silently
            continue;
        case 0xFFFD:
            ++bad;
            break; // kept: it marks where something was lost
        case 0xFFFE:
        case 0xFFFF:
            ++bad;
            continue;
        default:
            break;
        }
        if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            ++bad;
            continue;
        }
        if (QChar::isHighSurrogate(c)) {
            ensure(2);
            if (i + 1 < n && QChar::isLowSurrogate(src[i + 1])) {
                dst[o++] = c;
                dst[o++] = src[++i];
            } else {
                ++bad;
                dst[o++] = 0xFFFD;
            }
            continue;
        }
        ensure(1);
        if (QChar::isLowSurrogate(c)) {
            ++bad;
            dst[o++] = 0xFFFD;
            continue;
        }
        dst[o++] = c;
    }
    if (suspicious)
        *suspicious = bad;
    if (inPlace) {
        text.truncate(o);
        return toNfc(std::move(text));
    }
    out.truncate(o);
    text = QString();
    return toNfc(std::move(out));
}

} // namespace

QString TextDecoder::normalise(const QString &text, qsizetype *suspicious)
{
    return normaliseOwned(text, suspicious);
}

QString TextDecoder::normalise(QString &&text, qsizetype *suspicious)
{
    return normaliseOwned(std::move(text), suspicious);
}

TextDecoder::Result TextDecoder::decode(QByteArrayView bytes)
{
    Result r;
    using E = QStringConverter::Encoding;
    E encoding = E::System; // "not decided"
    qsizetype skip = 0;
    const auto starts = [&](const char *bom, qsizetype len) {
        return bytes.size() >= len && std::memcmp(bytes.data(), bom, size_t(len)) == 0;
    };
    if (starts("\xEF\xBB\xBF", 3)) {
        encoding = E::Utf8;
        skip = 3;
    } else if (starts("\xFF\xFE\x00\x00", 4)) {
        encoding = E::Utf32LE;
        skip = 4;
    } else if (starts("\x00\x00\xFE\xFF", 4)) {
        encoding = E::Utf32BE;
        skip = 4;
    } else if (starts("\xFF\xFE", 2)) {
        encoding = E::Utf16LE;
        skip = 2;
    } else if (starts("\xFE\xFF", 2)) {
        encoding = E::Utf16BE;
        skip = 2;
    }
    const QByteArrayView body = bytes.sliced(skip);
    if (encoding == E::System && body.contains('\0')) {
        encoding = utf16Pattern(body);
        if (encoding == E::System) {
            r.error = tr("not a text file (it contains NUL bytes)");
            return r;
        }
        r.warnings.append(tr("no byte order mark: read as %1")
                              .arg(QString::fromLatin1(QStringConverter::nameForEncoding(encoding))));
    }

    QString text;
    bool error = false;
    if (encoding != E::System) {
        text = decodeWith(encoding, body, &error);
        if (error)
            r.warnings.append(tr("invalid %1 sequences replaced by \uFFFD")
                                  .arg(QString::fromLatin1(QStringConverter::nameForEncoding(encoding))));
    } else {
        encoding = E::Utf8;
        text = decodeWith(E::Utf8, body, &error);
        if (error) {
            const Utf8Stats stats = utf8Stats(body);
            if (stats.invalid < stats.multiByte) {
                r.warnings.append(tr("%n invalid UTF-8 byte(s) replaced by \uFFFD", nullptr,
                                     stats.invalid));
            } else {
                text = fromWindows1252(body);
                r.encoding = QStringLiteral("windows-1252");
                r.warnings.append(tr("not valid UTF-8: read as Windows-1252 (Latin-1)"));
            }
        }
    }
    if (r.encoding.isEmpty())
        r.encoding = QString::fromLatin1(QStringConverter::nameForEncoding(encoding));

    qsizetype bad = 0;
    const qsizetype units = text.size();
    r.text = normalise(std::move(text), &bad);
    if (bad * 20 > units && bad > 0) {
        r.error = tr("not a text file (%1% of it is control or undecodable characters)")
                      .arg(units > 0 ? bad * 100 / units : 100);
        r.text.clear();
        return r;
    }
    if (bad > 0)
        r.warnings.append(
            tr("%n control or undecodable character(s) removed or replaced", nullptr, bad));
    return r;
}

} // namespace gloss
