#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QStringView>

#include <cstring>
#include <functional>
#include <optional>

namespace gloss::quotes {

/** A text piece of a feature and whether it is a word to fold (FeatureKey::folded()). */
struct FeaturePiece
{
    QStringView text;
    bool fold = false;
};

/**
 * @brief The key of a feature named by text, built piece by piece without a copy.
 *
 * A 64-bit FNV-1a hash over the UTF-16 code units: the pieces "B", "|k=", "NAME" give the key
 * of "B|k=NAME". A piece added folded is hashed as the training tools write words: lower case,
 * with a typographic apostrophe (’) as a plain one. FeatureWeights keeps a key's upper 48
 * bits: with the models' 40,000 feature names in 2^48 kept keys, two names sharing one has odds
 * of about 1 in 350,000 (tst_featureweights checks that no two of the shipped models' do), and a
 * feature the model lacks taking one of their keys about 1 in 10^14 per look-up.
 */
class FeatureKey
{
public:
    FeatureKey() = default;
    /** A key continued from another one's value(): FeatureKey(k.value()) << "x" is k << "x". */
    explicit FeatureKey(quint64 value)
        : m_hash(value)
    {
    }

    FeatureKey &operator<<(QStringView piece)
    {
        for (const QChar c : piece)
            mix(c.unicode());
        return *this;
    }

    FeatureKey &operator<<(const FeaturePiece &piece)
    {
        return piece.fold ? folded(piece.text) : *this << piece.text;
    }

    /** Adds @p piece as the tools' lower-case word (lower case, ’ as '). */
    FeatureKey &folded(QStringView piece)
    {
        for (const QChar c : piece)
            mix(fold(c.unicode()));
        return *this;
    }

    quint64 value() const { return m_hash; }

    static char16_t fold(char16_t c)
    {
        if (c < 128)
            return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
        return c == u'\u2019' ? u'\'' : char16_t(QChar::toLower(c));
    }

private:
    void mix(char16_t unit)
    {
        m_hash = (m_hash ^ unit) * 1099511628211ull;
    }

    quint64 m_hash = 14695981039346656037ull;
};

/**
 * @brief The weights of a learned linear model, by feature key.
 *
 * Read from the `feature<TAB>weight` lines of a model file (the tools' format; a line starting
 * with '#' or '@' is not a weight), looked up by FeatureKey: a model's look-ups allocate
 * nothing, however their feature names are put together. A weight is kept in 16 bits (the
 * tools write -32768 to 32767; one beyond is kept as the nearest of the two).
 */
class FeatureWeights
{
public:
    /**
     * Reads the lines of a model file (UTF-8): keeps the weight of each "feature<TAB>integer"
     * line and calls @p other(name, value) for every other line with a tab, "@" lines included
     * ("@threshold<TAB>400": name "@threshold"), and @p weight(name, value) for each weight
     * kept, if given. Comments ('#') and empty lines are skipped; the views live until read()
     * returns.
     */
    static FeatureWeights read(QByteArrayView model,
                               const std::function<void(QStringView, QStringView)> &other,
                               const std::function<void(QStringView, int)> &weight = {});

    /** The integer of @p text ("-2481"), or nothing when it is not one. */
    static std::optional<int> integer(QStringView text);

    void insert(QStringView feature, int weight);

    /**
     * The table as bytes, for a model compiled at build time (tools/compilemodel): read back
     * by fromImage() without a look-up or a copy. The places are written in this machine's
     * byte order, which the image records.
     */
    QByteArray image() const;
    /**
     * The weights of an image(), viewed in place (@p image must outlive them and every copy
     * of them), or nothing when @p image is none: too short, of another byte order or
     * version, or a table of the wrong size.
     */
    static std::optional<FeatureWeights> fromImage(QByteArrayView image);
    /** (the image must outlive what views it: not a temporary) */
    static std::optional<FeatureWeights> fromImage(const QByteArray &&) = delete;

    /** The weight of the feature, 0 when the model has none. */
    int weight(const FeatureKey &key) const { return lookUp(key.value()).value_or(0); }
    int weight(QStringView feature) const { return weight(FeatureKey() << feature); }
    bool contains(const FeatureKey &key) const { return lookUp(key.value()).has_value(); }
    /** The weight of the feature, or nothing when the model has none (one look-up). */
    std::optional<int> find(const FeatureKey &key) const { return lookUp(key.value()); }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

private:
    // A place of the table is 8 bytes: the upper 48 bits of a key, then its weight's 16 (0
    // marks a free place; the one feature whose kept bits are 0, if any, is kept apart). The
    // places are read with memcpy(): an image compiled in as a resource is not aligned.
    static constexpr qsizetype kPlace = 8;
    static quint64 keptOf(quint64 bits) { return bits >> 16; }
    static int weightOf(quint64 bits) { return qint16(quint16(bits)); }
    /** The part of a key a place keeps. */
    static quint64 stored(quint64 k) { return k >> 16; }
    static quint64 key(QStringView feature) { return (FeatureKey() << feature).value(); }
    /** The place of a key: the high bits of its product with 2^64 / golden ratio. */
    quint64 home(quint64 kept) const { return (kept * 0x9E3779B97F4A7C15ull) >> m_shift; }
    static quint64 placeAt(const char *table, quint64 i)
    {
        quint64 bits;
        std::memcpy(&bits, table + i * kPlace, sizeof bits);
        return bits;
    }
    std::optional<int> lookUp(quint64 k) const
    {
        const quint64 kept = stored(k);
        if (kept == 0)
            return m_hasZero ? std::optional<int>(weightOf(m_zero)) : std::nullopt;
        if (m_table.isEmpty())
            return std::nullopt;
        const char *const table = m_table.constData();
        for (quint64 i = home(kept);; i = (i + 1) & m_mask) {
            const quint64 bits = placeAt(table, i);
            if (keptOf(bits) == kept)
                return weightOf(bits);
            if (bits == 0)
                return std::nullopt;
        }
    }
    void reserve(qsizetype count);

    // an open-addressing table, at most half full: a look-up for every feature of every word
    // scored reads one place of it (QHash reads a bucket, then its entry); 8 bytes a place,
    // so that the cue model's 32,700 weights take 512 KB, not 1 MB (its look-ups, one table
    // place each, miss the cache less). Owned, or a view of a compiled image.
    QByteArray m_table;
    quint64 m_mask = 0;
    int m_shift = 63;
    qsizetype m_size = 0;
    quint64 m_zero = 0;
    bool m_hasZero = false;
};

} // namespace gloss::quotes
