#include "FeatureWeights.h"

#include "analysis/ModelImage_p.h"

#include <QString>

#include <algorithm>

#include <cstring>
#include <utility>

namespace gloss::quotes {

std::optional<int> FeatureWeights::integer(QStringView text)
{
    // the tools write plain decimal integers; QStringView::toInt() goes through the locale
    // machinery and made reading the models the largest cost of analysing a short article
    const bool negative = text.startsWith(u'-');
    const QStringView digits = negative ? text.sliced(1) : text;
    if (digits.isEmpty() || digits.size() > 9)
        return std::nullopt;
    int value = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return negative ? -value : value;
}

void FeatureWeights::reserve(qsizetype count)
{
    if (count * 2 * kPlace <= m_table.size())
        return; // (asked on every insert: the model's weights mostly fit)
    qsizetype capacity = 16;
    int bits = 4;
    while (capacity < count * 2) {
        capacity *= 2;
        ++bits;
    }
    const QByteArray old = std::exchange(m_table, QByteArray(capacity * kPlace, '\0'));
    m_mask = quint64(capacity - 1);
    m_shift = 64 - bits;
    char *const table = m_table.data();
    for (qsizetype at = 0; at < old.size(); at += kPlace) {
        const quint64 place = placeAt(old.constData() + at, 0);
        if (place == 0)
            continue;
        quint64 i = home(keptOf(place));
        while (placeAt(table, i) != 0)
            i = (i + 1) & m_mask;
        std::memcpy(table + i * kPlace, &place, kPlace);
    }
}

void FeatureWeights::insert(QStringView feature, int weight)
{
    const quint64 kept = stored(key(feature));
    const quint64 bits = (kept << 16) | quint16(qint16(std::clamp(weight, -32768, 32767)));
    if (kept == 0) {
        m_size += m_hasZero ? 0 : 1;
        m_zero = bits;
        m_hasZero = true;
        return;
    }
    reserve(m_size + 1);
    char *const table = m_table.data(); // (an image's view is copied here: then owned)
    quint64 i = home(kept);
    while (placeAt(table, i) != 0 && keptOf(placeAt(table, i)) != kept)
        i = (i + 1) & m_mask;
    m_size += placeAt(table, i) == 0 ? 1 : 0;
    std::memcpy(table + i * kPlace, &bits, kPlace);
}

namespace {

/** What an image starts with (FeatureWeights::image()). */
struct ImageHeader
{
    char magic[4] = {'G', 'F', 'W', '1'};
    quint32 byteOrder = image::kByteOrder;
    quint32 bits = 0; ///< the table has 2^bits places (0: none)
    quint32 hasZero = 0;
    quint64 size = 0;
    quint64 zero = 0;
};
static_assert(sizeof(ImageHeader) == 32);

} // namespace

QByteArray FeatureWeights::image() const
{
    ImageHeader header;
    header.bits = m_table.isEmpty() ? 0 : quint32(64 - m_shift);
    header.hasZero = m_hasZero ? 1 : 0;
    header.size = quint64(m_size);
    header.zero = m_zero;
    QByteArray out;
    image::append(out, header);
    return out + m_table;
}

std::optional<FeatureWeights> FeatureWeights::fromImage(QByteArrayView bytes)
{
    image::Reader in(bytes);
    ImageHeader header;
    if (!in.readHeader(header) || header.bits > 40)
        return std::nullopt;
    const qsizetype places = header.bits == 0 ? 0 : qsizetype(1) << header.bits;
    if (in.rest().size() != places * kPlace || header.size > quint64(places) + 1)
        return std::nullopt;
    FeatureWeights w;
    if (places > 0) {
        w.m_table = QByteArray::fromRawData(in.rest().data(), places * kPlace);
        w.m_mask = quint64(places - 1);
        w.m_shift = 64 - int(header.bits);
    }
    w.m_size = qsizetype(header.size);
    w.m_hasZero = header.hasZero != 0;
    w.m_zero = header.zero;
    return w;
}

FeatureWeights FeatureWeights::read(QByteArrayView model,
                                    const std::function<void(QStringView, QStringView)> &other,
                                    const std::function<void(QStringView, int)> &weight)
{
    FeatureWeights weights;
    // the lines, by memchr() (QByteArrayView::count() searches for a substring, and a plain
    // loop over the bytes was no faster: five instructions a byte of a 700 KB model)
    qsizetype lines = 0;
    const char *end = model.data() + model.size();
    for (const char *p = model.data(); p < end; ++p, ++lines) {
        p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!p)
            break;
    }
    weights.reserve(lines);
    const QString text = QString::fromUtf8(model); // one decoding, then views of it
    for (QStringView rest = text; !rest.isEmpty();) {
        const qsizetype newline = rest.indexOf(u'\n');
        const QStringView line = newline < 0 ? rest : rest.first(newline);
        rest = newline < 0 ? QStringView() : rest.sliced(newline + 1);
        const qsizetype tab = line.lastIndexOf(u'\t');
        if (line.startsWith(u'#') || tab <= 0)
            continue;
        const QStringView name = line.first(tab);
        QStringView value = line.sliced(tab + 1);
        while (!value.isEmpty() && value.back().isSpace())
            value.chop(1);
        const std::optional<int> number = integer(value);
        if (number && !name.startsWith(u'@')) {
            weights.insert(name, *number);
            if (weight)
                weight(name, *number);
        } else {
            other(name, value);
        }
    }
    return weights;
}

} // namespace gloss::quotes
