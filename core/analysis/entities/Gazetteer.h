#pragma once

#include "NameTable_p.h"
#include "model/Article.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

class tst_Gazetteer;

namespace gloss::entities {

/**
 * @brief General-knowledge name lists and word classes for the entity recogniser.
 *
 * Made from the lists of resources/gazetteers (countries, capitals and major cities, regions,
 * world organisations, parties, news organisations, large companies, events, and word classes
 * such as honorifics, titles, organisational suffixes and given names) and the countries and
 * subdivisions of iso-codes, compiled at build time (tools/compilemodel) into the image()
 * instance() views in place (reading the lists took a sixth of the CPU time of analysing a
 * short article). The instance is made on first use in a thread-safe static and is immutable
 * afterwards, so lookups from several analysis threads need no locking.
 *
 * Lookups take a QStringView of the text as written (no allocation); an all-capitals word such
 * as `PYONGYANG` is also tried in title case.
 */
class Gazetteer
{
public:
    /** One known name: which group of names it belongs to and what it is. */
    struct Entry
    {
        int group = -1;        ///< names of one place/organisation share a group
        EntityType type = EntityType::Other;
        bool weak = false;     ///< a type hint only, not evidence that the word is a name
    };

    /** Word classes (bit flags); a word may be in several. */
    enum WordClass : quint32 {
        Honorific = 1u << 0,   ///< Mr, Mrs, Dr, Sir ...
        Title = 1u << 1,       ///< President, Minister, Sheriff ... (capitalised)
        Role = 1u << 2,        ///< spokesman, lawyer, leader ... (lower case)
        OrgNoun = 1u << 3,     ///< company, firm, newspaper ... (lower case)
        OrgSuffix = 1u << 4,   ///< Inc, Bank, University, Party ...
        LocSuffix = 1u << 5,   ///< River, Valley, Mountains ...
        GpeSuffix = 1u << 6,   ///< City, County, Parish ...
        EventWord = 1u << 7,   ///< War, Summit, Games ...
        WorkCue = 1u << 8,     ///< programme, album, single ...
        SpeechVerb = 1u << 9,  ///< said, told, added ...
        PlacePrep = 1u << 10,  ///< in, at, from ...
        Stop = 1u << 11,       ///< The, However, Monday ... never a name alone
        GivenName = 1u << 12,  ///< common given names
        Demonym = 1u << 13,    ///< British, North Korean ...
        Calendar = 1u << 14,   ///< months, days, holidays
        EventFollower = 1u << 15, ///< war, summit, inquiry ... after a name
        LawWord = 1u << 16,    ///< Act, Amendment ... (last word of a law's name)
    };

    /** The gazetteer compiled in (`:/org.gloss/gazetteers/gazetteer.image`; empty, knowing no
     *  name or word, when it cannot be read). */
    static const Gazetteer &instance();

    /** The text of each list (UTF-8 files, a name or word a line, '#' comments). */
    struct Lists
    {
        QByteArray places;        ///< places.txt: "GPE France|French Republic|~Gaul"
        QByteArray organisations; ///< organisations.txt, in the same form
        QByteArray events;        ///< events.txt, in the same form
        QByteArray isoPlaces;     ///< iso-places.txt (generated), in the same form
        QByteArray words;         ///< words.txt: "[class]" sections of words
        QByteArray givenNames;    ///< given-names.txt: a name a line
    };
    /** The gazetteer of the lists (the hand-written lists' canonical names win over the
     *  generated ones). */
    explicit Gazetteer(const Lists &lists);

    /** The gazetteer as bytes, for the build (tools/compilemodel), in this machine's byte
     *  order (which the image records). */
    QByteArray image() const;
    /** The gazetteer of an image(), its tables viewed in place (@p image must outlive it), or
     *  nothing when @p image is none (truncated, of another version or byte order). */
    static std::optional<Gazetteer> fromImage(QByteArrayView image);
    /** (the image must outlive what views it: not a temporary) */
    static std::optional<Gazetteer> fromImage(const QByteArray &&) = delete;

    /** The entry for a name exactly as written (or title-cased when all capitals), or null. */
    const Entry *find(QStringView name) const;
    /** The canonical name of a group. */
    QStringView canonical(int group) const { return m_canonical.at(group); }
    /** The word classes of @p word as written (0 when none). */
    quint32 classes(QStringView word) const;
    bool is(QStringView word, WordClass c) const { return (classes(word) & c) != 0; }
    /** The type an EventFollower word gives to the name before it ("war" → Event). */
    EntityType followerType(QStringView word) const;
    /**
     * Whether a name or word of several words ("New York", "St. Louis", "Guinea-Bissau",
     * "North Korean") starts with @p word where a word may end (before or after a character
     * that is no letter or digit: "New", "St", "St.", "Guinea"). When a string that starts
     * with a word and goes on is known to find() or classes(), that word starts a name (or the
     * string is in capitals, which find() also tries title-cased). A filter: it may say yes for
     * a word that starts none (about one word in fifteen), never no for one that does.
     */
    bool startsName(QStringView word) const { return testStart(startBit(word)); }

private:
    friend class ::tst_Gazetteer;
    /** Number of names known (for the test). */
    qsizetype size() const { return m_names.size(); }
    Gazetteer() = default;
    /** The names of the lines of a names list ("GPE France|French Republic"). */
    void loadNames(const QList<QStringView> &lines);
    void loadWords(const QList<QStringView> &lines);
    /** The lines of a list that are neither empty nor a comment, trimmed: views of @p text. */
    static QList<QStringView> readLines(const QString &text);
    const Entry *findExact(QStringView name) const;

    NameTable m_names;         ///< a name's index in m_entries
    QList<Entry> m_entries;
    QString m_canonicalText;          ///< the canonical names side by side
    QList<QStringView> m_canonical;   ///< by group: views of m_canonicalText
    NameTable m_words;         ///< a word's classes
    NameTable m_followers;     ///< an EventFollower word's EntityType
    /**
     * startsName() as bits, one per hash of a start (a filter: a word whose bit another start
     * shares is taken for one, which costs a look-up, never a name).
     */
    std::array<quint64, (1u << 17) / 64> m_starts{};
    static constexpr quint32 kStartBits = (1u << 17) - 1;
    bool testStart(size_t bit) const { return (m_starts[bit / 64] >> (bit % 64)) & 1u; }
    void setStart(size_t bit) { m_starts[bit / 64] |= quint64(1) << (bit % 64); }
    /** The polynomial hash of a start, one character at a time (addStarts() runs it along). */
    static quint32 startHash(quint32 h, QChar c) { return h * 31u + c.unicode(); }
    static size_t startBit(QStringView word)
    {
        quint32 h = 0;
        for (QChar c : word)
            h = startHash(h, c);
        return (h ^ (h >> 15)) & kStartBits;
    }
    void addStarts(QStringView key);
};

} // namespace gloss::entities
