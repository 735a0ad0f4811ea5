#include "CueModel.h"

#include "analysis/ModelImage_p.h"
#include "TextScan.h"

#include <QHash>

#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <type_traits>

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

/**
 * The best weight (0 at least: a feature the model lacks weighs 0) of each kind of context
 * feature, [0] before, [1] next, [2] previous: of each word's own ("w|p=said|pron",
 * "w|n=said|that", "w|pw=said|he") and of the context alone ("p=pron", "n=that", "pw=he"),
 * gathered from a model's lines as they are read.
 */
class BestWeights
{
public:
    /** A feature line (the views need to live until the next call only). */
    void add(QStringView name, int weight)
    {
        // read by its first units (28,000 lines: no call per prefix tried)
        const auto at = [name](qsizetype i) { return i < name.size() ? name[i] : QChar(); };
        const bool own = at(0) == u'w' && at(1) == u'|';
        const qsizetype from = own ? 2 : 0;
        const int kind = at(from) == u'p' && at(from + 1) == u'='                            ? 0
                         : at(from) == u'n' && at(from + 1) == u'='                          ? 1
                         : at(from) == u'p' && at(from + 1) == u'w' && at(from + 2) == u'=' ? 2
                                                                                             : -1;
        if (kind < 0)
            return;
        if (!own) {
            m_context[size_t(kind)] = std::max(m_context[size_t(kind)], weight);
            return;
        }
        // "w|p=said|pron": the word up to the bar (a word holds none). The lines of one feature
        // and word follow each other in a model file: their best is kept in a run, put in the
        // table when the run ends (a look-up per run, not per line)
        const QStringView rest = name.sliced(from + (kind == 2 ? 3 : 2));
        const qsizetype n = m_run.word.size();
        if (kind != m_run.kind || rest.size() <= n || rest[n] != u'|'
            || std::memcmp(rest.data(), m_run.word.data(), size_t(n) * sizeof(QChar)) != 0) {
            finish();
            qsizetype bar = 0;
            while (bar < rest.size() && rest[bar] != u'|')
                ++bar;
            m_run = {rest.first(bar), (FeatureKey() << rest.first(bar)).value(), kind, 0};
        }
        m_run.best = std::max(m_run.best, weight);
    }
    /** Ends the last run: after the last line. */
    void finish()
    {
        if (m_run.kind >= 0) {
            int &b = m_byWord[m_run.key][size_t(m_run.kind)]; // (value-initialised: 0)
            b = std::max(b, m_run.best);
        }
        m_run = {};
    }
    std::array<int, 3> ofWord(QStringView word) const
    {
        return m_byWord.value((FeatureKey() << word).value(), {0, 0, 0});
    }
    std::array<int, 3> ofContext() const { return m_context; }

private:
    struct Run
    {
        QStringView word; ///< a view of the line before (compared with the next line only)
        quint64 key = 0;  ///< the word's
        int kind = -1;
        int best = 0;
    };
    Run m_run;
    QHash<quint64, std::array<int, 3>> m_byWord; ///< by the key of the word
    std::array<int, 3> m_context{0, 0, 0};
};

} // namespace

const CueModel &CueModel::learned()
{
    static const CueModel model = image::compiledOr<CueModel>(
        QStringLiteral(":/org.gloss/attribution/cue_model.image"),
        "the compiled cue model is missing or unreadable: no cue is learned",
        [] { return CueModel(QByteArray()); });
    return model;
}

CueModel::CueModel(const QByteArray &model)
{
    QStringList words; // the words with a weight of their own: the "w=said" features
    BestWeights best;
    m_weights = FeatureWeights::read(
        model,
        [this](QStringView name, QStringView value) {
            if (name == u"@threshold")
                m_threshold = FeatureWeights::integer(value).value_or(m_threshold);
            else if (name == u"@sourced_threshold")
                m_sourcedThreshold = FeatureWeights::integer(value).value_or(m_sourcedThreshold);
        },
        [&words, &best](QStringView name, int weight) {
            if (name.size() >= 2 && name[0] == u'w' && name[1] == u'=')
                words.append(name.sliced(2).toString());
            else
                best.add(name, weight);
        });
    best.finish();
    const std::array<int, 3> context = best.ofContext();
    m_bestBefore = context[0];
    m_bestNext = context[1];
    m_bestPrevious = context[2];
    m_bias = m_weights.weight(u"bias");
    m_wordCount = words.size();
    QList<qsizetype> indexes; // of each of the words in m_words
    m_words = WordSet(words, &indexes);
    m_wordKeys.resize(m_words.size());
    for (qsizetype k = 0; k < words.size(); ++k) {
        const QString &w = words[k];
        if (const qsizetype i = indexes[k]; i >= 0) {
            WordKeys &keys = m_wordKeys[i];
            keys = keysOf(w);
            // (a word with a bar would be read wrong from its features' names: no bound)
            const std::array<int, 3> b = w.contains(u'|')
                                             ? std::array<int, 3>{kNoBound, kNoBound, kNoBound}
                                             : best.ofWord(w);
            keys.bestBefore = b[0];
            keys.bestNext = b[1];
            keys.bestPrevious = b[2];
        }
    }
    m_sourcedSum = leastSumFor(sourcedThreshold());
    m_thresholdSum = leastSumFor(m_threshold);
}

namespace {

/** What a CueModel::image() starts with (in this machine's byte order, as the weights). */
struct ImageHeader
{
    char magic[4] = {'G', 'C', 'M', '1'};
    quint32 byteOrder = image::kByteOrder;
    qint64 wordCount = 0; ///< CueModel::wordCount()
    qint32 bias = 0;
    qint32 bestBefore = 0, bestNext = 0, bestPrevious = 0;
    qint32 threshold = 0, sourcedThreshold = 0;
    qint32 words = 0; ///< the words(): their WordKeys follow, then the words themselves
    qint32 reserved = 0;
};
static_assert(sizeof(ImageHeader) == 48);

} // namespace

QByteArray CueModel::image() const
{
    const QList<QStringView> words = m_words.wordViews(); // by their index, as m_wordKeys
    ImageHeader header;
    header.wordCount = m_wordCount;
    header.bias = m_bias;
    header.bestBefore = m_bestBefore;
    header.bestNext = m_bestNext;
    header.bestPrevious = m_bestPrevious;
    header.threshold = m_threshold;
    header.sourcedThreshold = m_sourcedThreshold;
    header.words = qint32(words.size());
    QByteArray out;
    image::append(out, header);
    for (const WordKeys &k : m_wordKeys)
        image::append(out, k);
    image::appendWords(out, words);
    return out + m_weights.image();
}

std::optional<CueModel> CueModel::fromImage(QByteArrayView bytes)
{
    image::Reader in(bytes);
    ImageHeader header;
    CueModel m;
    if (!in.readHeader(header) || !in.readList(m.m_wordKeys, header.words))
        return std::nullopt;
    m.m_wordCount = qsizetype(header.wordCount);
    m.m_bias = header.bias;
    m.m_bestBefore = header.bestBefore;
    m.m_bestNext = header.bestNext;
    m.m_bestPrevious = header.bestPrevious;
    m.m_threshold = header.threshold;
    m.m_sourcedThreshold = header.sourcedThreshold;
    QString text; // (the set keeps copies of the words)
    const std::optional<QList<QStringView>> words = in.words(text);
    if (!words || words->size() != header.words)
        return std::nullopt;
    QList<qsizetype> indexes;
    m.m_words = WordSet(*words, &indexes);
    for (qsizetype i = 0; i < words->size(); ++i) {
        if (indexes[i] != i)
            return std::nullopt; // a word twice: not a set's words() in their order
    }
    std::optional<FeatureWeights> weights = FeatureWeights::fromImage(in.rest());
    if (!weights)
        return std::nullopt;
    m.m_weights = std::move(*weights);
    m.m_sourcedSum = leastSumFor(m.sourcedThreshold());
    m.m_thresholdSum = leastSumFor(m.m_threshold);
    return m;
}

CueModel::WordKeys CueModel::keysOf(QStringView word) const
{
    static_assert(sizeof(WordKeys) == 48 && std::has_unique_object_representations_v<WordKeys>);
    const FeaturePiece w{word, true};
    WordKeys keys;
    keys.before = (FeatureKey() << u"w|p=" << w << u"|").value();
    keys.next = (FeatureKey() << u"w|n=" << w << u"|").value();
    keys.previous = (FeatureKey() << u"w|pw=" << w << u"|").value();
    if (const std::optional<int> weight = m_weights.find(FeatureKey() << u"w=" << w)) {
        keys.weight = *weight;
        keys.hasWeight = 1;
    }
    return keys;
}

int CueModel::probabilityOf(int sum)
{
    return static_cast<int>(std::lround(1000.0 / (1.0 + std::exp(-sum / 1000.0))));
}

int CueModel::leastSumFor(int probability)
{
    // probabilityOf() rises with the sum, from 0 (below -8,000) to 1000 (above 8,000)
    constexpr int kLow = -20000;
    constexpr int kHigh = 20000;
    if (probabilityOf(kLow) >= probability)
        return std::numeric_limits<int>::min(); // every sum
    if (probabilityOf(kHigh) < probability)
        return std::numeric_limits<int>::max(); // none (a threshold above 1000)
    int lo = kLow;  // falls short
    int hi = kHigh; // reaches it
    while (hi - lo > 1) {
        const int mid = lo + (hi - lo) / 2;
        (probabilityOf(mid) >= probability ? hi : lo) = mid;
    }
    return hi;
}

std::optional<int> CueModel::sumAtLeast(QStringView text, qsizetype start, qsizetype end,
                                        qsizetype known, int floor) const
{
    const QStringView word = text.mid(start, end - start);
    // the model scores words with a typographic apostrophe as the tools wrote them ("she'd")
    const WordKeys keys = known >= 0                       ? m_wordKeys[known]
                          : hasTypographicApostrophe(word) ? keysOf(word)
                                                           : WordKeys{};
    if (!keys.hasWeight)
        return std::nullopt;
    FeaturePiece p;
    FeaturePiece pw;
    readBefore(text, start, p, pw);
    const FeaturePiece n = after(text, end);
    // the features in the order that rules out most words soonest (measured on PolNeAR
    // articles: 57% of the look-ups), each read while the best weights left can still lift
    // the sum to the floor
    qint64 sum = m_bias + keys.weight;
    qint64 left = qint64(m_bestNext) + m_bestPrevious + m_bestBefore + keys.bestNext
                  + keys.bestPrevious + keys.bestBefore;
    const auto add = [&](const FeatureKey &key, int best) {
        if (sum + left < floor)
            return false;
        sum += m_weights.weight(key);
        left -= best;
        return true;
    };
    if (!add(FeatureKey() << u"n=" << n, m_bestNext)
        || !add(FeatureKey() << u"pw=" << pw, m_bestPrevious)
        || !add(FeatureKey() << u"p=" << p, m_bestBefore)
        || !add(FeatureKey(keys.next) << n, keys.bestNext)
        || !add(FeatureKey(keys.previous) << pw, keys.bestPrevious)
        || !add(FeatureKey(keys.before) << p, keys.bestBefore) || sum < floor)
        return std::nullopt;
    return int(sum);
}

int CueModel::probability(QStringView text, qsizetype start, qsizetype end) const
{
    const std::optional<int> sum =
        sumAtLeast(text, start, end, wordIndex(text, start, end), std::numeric_limits<int>::min());
    return sum ? probabilityOf(*sum) : -1;
}

std::optional<int> CueModel::probabilityIfSourced(QStringView text, qsizetype start,
                                                  qsizetype end) const
{
    return probabilityIfSourced(text, start, end, wordIndex(text, start, end));
}

std::optional<int> CueModel::probabilityIfSourced(QStringView text, qsizetype start,
                                                  qsizetype end, qsizetype known) const
{
    const std::optional<int> sum = sumAtLeast(text, start, end, known, m_sourcedSum);
    return sum ? std::optional<int>(probabilityOf(*sum)) : std::nullopt;
}

bool CueModel::isCue(QStringView text, qsizetype start, qsizetype end) const
{
    return sumAtLeast(text, start, end, wordIndex(text, start, end), m_thresholdSum).has_value();
}

} // namespace gloss::quotes
