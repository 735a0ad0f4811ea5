#include "CueModel.h"

#include "TextScan.h"

#include <QFile>

#include <cmath>

namespace gloss::quotes {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

/** What stands right before @p start: "<start>", a punctuation mark, "pron", "cap" or "low". */
FeaturePiece before(QStringView text, qsizetype start)
{
    qsizetype i = start;
    while (i > 0 && isBlank(text[i - 1]))
        --i;
    if (i == 0 || text[i - 1] == u'\n')
        return {u"<start>"};
    const QChar c = text[i - 1];
    if (!c.isLetterOrNumber() && !isApostrophe(c))
        return {text.mid(i - 1, 1)};
    qsizetype j = i;
    while (j > 0
           && (text[j - 1].isLetterOrNumber() || isApostrophe(text[j - 1])
               || text[j - 1] == u'-' || text[j - 1] == u'.'))
        --j;
    while (j < i && !text[j].isLetterOrNumber())
        ++j;
    const QStringView w = text.mid(j, i - j);
    static const WordSet pronouns{u"he", u"she", u"they", u"we", u"i", u"it", u"who", u"you"};
    if (pronouns.contains(w))
        return {u"pron"};
    return {!w.isEmpty() && w.front().isUpper() ? QStringView(u"cap") : QStringView(u"low")};
}

/** The word (folded) or the punctuation mark right after @p end, or "<end>". */
FeaturePiece after(QStringView text, qsizetype end)
{
    qsizetype i = end;
    while (i < text.size() && isBlank(text[i]))
        ++i;
    if (i >= text.size() || text[i] == u'\n')
        return {u"<end>"};
    if (!text[i].isLetterOrNumber())
        return {text.mid(i, 1)};
    qsizetype j = i + 1;
    while (j < text.size()) {
        if (text[j].isLetterOrNumber()) {
            ++j;
        } else if ((isApostrophe(text[j]) || text[j] == u'-' || text[j] == u'.')
                   && j + 1 < text.size() && text[j + 1].isLetterOrNumber()) {
            j += 2;
        } else {
            break;
        }
    }
    return {text.mid(i, j - i), true};
}

/** The word (folded) right before @p start, or "-". */
FeaturePiece previousWord(QStringView text, qsizetype start)
{
    qsizetype i = start;
    while (i > 0 && isBlank(text[i - 1]))
        --i;
    qsizetype j = i;
    while (j > 0
           && (text[j - 1].isLetterOrNumber() || isApostrophe(text[j - 1])
               || text[j - 1] == u'-' || text[j - 1] == u'.'))
        --j;
    return j < i ? FeaturePiece{text.mid(j, i - j), true} : FeaturePiece{u"-"};
}

} // namespace

const CueModel &CueModel::learned()
{
    static const CueModel model = [] {
        QFile f(QStringLiteral(":/org.gloss/attribution/cue_model.txt"));
        return CueModel(f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    }();
    return model;
}

CueModel::CueModel(const QByteArray &model)
{
    QStringList words; // the words with a weight of their own: the "w=said" features
    m_weights = FeatureWeights::read(
        model,
        [this](QStringView name, QStringView value) {
            if (name == u"@threshold")
                m_threshold = FeatureWeights::integer(value).value_or(m_threshold);
            else if (name == u"@sourced_threshold")
                m_sourcedThreshold = FeatureWeights::integer(value).value_or(m_sourcedThreshold);
        },
        [&words](QStringView name, int) {
            if (name.startsWith(u"w="))
                words.append(name.sliced(2).toString());
        });
    m_bias = m_weights.weight(u"bias");
    m_wordCount = words.size();
    m_words = WordSet(words);
}

int CueModel::probability(QStringView text, qsizetype start, qsizetype end) const
{
    const QStringView word = text.mid(start, end - start);
    if (!m_words.contains(word) && !hasTypographicApostrophe(word))
        return -1;
    const FeaturePiece w{word, true};
    const std::optional<int> wordWeight = m_weights.find(FeatureKey() << u"w=" << w);
    if (!wordWeight)
        return -1;
    const FeaturePiece p = before(text, start);
    const FeaturePiece n = after(text, end);
    const FeaturePiece pw = previousWord(text, start);
    const int sum = m_bias + *wordWeight
                    + m_weights.weight(FeatureKey() << u"w|p=" << w << u"|" << p)
                    + m_weights.weight(FeatureKey() << u"w|n=" << w << u"|" << n)
                    + m_weights.weight(FeatureKey() << u"w|pw=" << w << u"|" << pw)
                    + m_weights.weight(FeatureKey() << u"p=" << p)
                    + m_weights.weight(FeatureKey() << u"n=" << n)
                    + m_weights.weight(FeatureKey() << u"pw=" << pw);
    return static_cast<int>(std::lround(1000.0 / (1.0 + std::exp(-sum / 1000.0))));
}

bool CueModel::isCue(QStringView text, qsizetype start, qsizetype end) const
{
    return probability(text, start, end) >= m_threshold;
}

} // namespace gloss::quotes
