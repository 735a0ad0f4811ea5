#include "FeatureWeights.h"

#include <QString>

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

FeatureWeights FeatureWeights::read(QByteArrayView model,
                                    const std::function<void(QStringView, QStringView)> &other,
                                    const std::function<void(QStringView, int)> &weight)
{
    FeatureWeights weights;
    weights.m_weights.reserve(model.count('\n'));
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
