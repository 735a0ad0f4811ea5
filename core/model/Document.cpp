#include "Document.h"

#include <QCryptographicHash>
#include <QStringEncoder>

#include <algorithm>

namespace gloss {

Document::Document(QString text, QString source)
    : m_text(std::move(text))
    , m_source(std::move(source))
{
    // Hash the UTF-8 form in slices: no second copy of a large text.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringEncoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    constexpr qsizetype kSlice = 32 * 1024;
    QByteArray buffer(utf8.requiredSpace(kSlice), Qt::Uninitialized);
    for (qsizetype i = 0; i < m_text.size(); i += kSlice) {
        qsizetype len = std::min(kSlice, m_text.size() - i);
        if (len == kSlice && m_text.at(i + len - 1).isHighSurrogate())
            --len; // keep a surrogate pair in one slice
        char *end = utf8.appendToBuffer(buffer.data(), QStringView(m_text).sliced(i, len));
        hash.addData(QByteArrayView(buffer.constData(), end - buffer.constData()));
        i -= kSlice - len;
    }
    m_sha256 = hash.result().toHex();
    const QChar *data = m_text.constData();
    for (qsizetype i = 0, n = m_text.size(); i + 1 < n; ++i) {
        if (data[i].isHighSurrogate() && data[i + 1].isLowSurrogate())
            m_surrogates.append(i++);
    }
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
