#include "FeatureWeights.h"

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
    if (count * 2 <= m_slots.size())
        return; // (asked on every insert: the model's weights mostly fit)
    qsizetype capacity = 16;
    int bits = 4;
    while (capacity < count * 2) {
        capacity *= 2;
        ++bits;
    }
    if (capacity <= m_slots.size())
        return;
    const QList<Slot> old = std::exchange(m_slots, QList<Slot>(capacity));
    m_mask = quint64(capacity - 1);
    m_shift = 64 - bits;
    for (const Slot &s : old) {
        if (s.bits == 0)
            continue;
        quint64 i = home(s.key());
        while (m_slots[qsizetype(i)].bits != 0)
            i = (i + 1) & m_mask;
        m_slots[qsizetype(i)] = s;
    }
}

void FeatureWeights::insert(QStringView feature, int weight)
{
    const quint64 kept = stored(key(feature));
    const Slot slot{(kept << 16) | quint16(qint16(std::clamp(weight, -32768, 32767)))};
    if (kept == 0) {
        m_size += m_hasZero ? 0 : 1;
        m_zero = slot;
        m_hasZero = true;
        return;
    }
    reserve(m_size + 1);
    quint64 i = home(kept);
    while (m_slots[qsizetype(i)].bits != 0 && m_slots[qsizetype(i)].key() != kept)
        i = (i + 1) & m_mask;
    m_size += m_slots[qsizetype(i)].bits == 0 ? 1 : 0;
    m_slots[qsizetype(i)] = slot;
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
