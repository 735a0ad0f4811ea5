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

/** A letter, digit, apostrophe, hyphen or full stop: what the word before a cue is read over. */
bool inWordBefore(QChar c)
{
    return c.isLetterOrNumber() || isApostrophe(c) || c == u'-' || c == u'.';
}

/**
 * What stands right before @p start: "<start>", a punctuation mark, "pron", "cap" or "low"
 * (@p before), and the word (folded) right before it, or "-" (@p previous); one scan back.
 */
void readBefore(QStringView text, qsizetype start, FeaturePiece &before, FeaturePiece &previous)
{
    qsizetype i = start;
    while (i > 0 && isBlank(text[i - 1]))
        --i;
    qsizetype j = i;
    while (j > 0 && inWordBefore(text[j - 1]))
        --j;
    previous = j < i ? FeaturePiece{text.mid(j, i - j), true} : FeaturePiece{u"-"};
    if (i == 0 || text[i - 1] == u'\n') {
        before = {u"<start>"};
        return;
    }
    const QChar c = text[i - 1];
    if (!c.isLetterOrNumber() && !isApostrophe(c)) {
        before = {text.mid(i - 1, 1)};
        return;
    }
    while (j < i && !text[j].isLetterOrNumber())
        ++j;
    const QStringView w = text.mid(j, i - j);
    static const WordSet pronouns{u"he", u"she", u"they", u"we", u"i", u"it", u"who", u"you"};
    if (pronouns.contains(w))
        before = {u"pron"};
    else
        before = {!w.isEmpty() && w.front().isUpper() ? QStringView(u"cap") : QStringView(u"low")};
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
    m_wordKeys.resize(m_words.size());
    for (const QString &w : words) {
        if (const qsizetype i = m_words.indexOf(w); i >= 0)
            m_wordKeys[i] = keysOf(w);
    }
}

CueModel::WordKeys CueModel::keysOf(QStringView word) const
{
    const FeaturePiece w{word, true};
    return {m_weights.find(FeatureKey() << u"w=" << w),
            (FeatureKey() << u"w|p=" << w << u"|").value(),
            (FeatureKey() << u"w|n=" << w << u"|").value(),
            (FeatureKey() << u"w|pw=" << w << u"|").value()};
}

int CueModel::probability(QStringView text, qsizetype start, qsizetype end) const
{
    const QStringView word = text.mid(start, end - start);
    const qsizetype known = m_words.indexOf(word);
    // the model scores words with a typographic apostrophe as the tools wrote them ("she'd")
    const WordKeys keys = known >= 0                       ? m_wordKeys[known]
                          : hasTypographicApostrophe(word) ? keysOf(word)
                                                           : WordKeys{};
    if (!keys.weight)
        return -1;
    FeaturePiece p;
    FeaturePiece pw;
    readBefore(text, start, p, pw);
    const FeaturePiece n = after(text, end);
    const int sum = m_bias + *keys.weight + m_weights.weight(FeatureKey(keys.before) << p)
                    + m_weights.weight(FeatureKey(keys.next) << n)
                    + m_weights.weight(FeatureKey(keys.previous) << pw)
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
