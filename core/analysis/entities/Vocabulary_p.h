#pragma once

// Internal to the EntityRecognizer: the distinct words and names of one text, each hashed once,
// with what the gazetteer knows of each looked up once (instead of a hash look-up in the
// gazetteer's tables for every use of a word).

#include "Gazetteer.h"

#include <QStringView>

#include <memory>
#include <vector>

namespace gloss::entities {

/**
 * An id for each distinct string it is given (a word, or a name of several words), with the
 * string's Gazetteer::classes() and Gazetteer::find() looked up on first use and kept.
 *
 * It keeps a copy of each string, next to the others (fewer cache misses than the article's
 * text when it is compared). Equal strings have equal ids, so ids stand for strings in the
 * recognizer's maps.
 */
class Vocabulary
{
public:
    explicit Vocabulary(const Gazetteer &gazetteer) : m_g(gazetteer) {}

    /** The id of @p text, a new one when it is new (ids count from 0). */
    int add(QStringView text);
    /** The id of @p text, or -1 when it was never added (it is not added). */
    int idOf(QStringView text) const;
    QStringView text(int id) const { return m_words[size_t(id)].text; }
    int size() const { return int(m_words.size()); }

    /** Gazetteer::classes() of the string, looked up once. */
    quint32 classes(int id) const
    {
        const Word &w = m_words[size_t(id)];
        if (!(w.known & KnownClasses)) {
            w.classes = m_g.classes(w.text);
            w.known |= KnownClasses;
        }
        return w.classes;
    }
    /** Gazetteer::find() of the string, looked up once. */
    const Gazetteer::Entry *entry(int id) const
    {
        const Word &w = m_words[size_t(id)];
        if (!(w.known & KnownEntry)) {
            w.entry = m_g.find(w.text);
            w.known |= KnownEntry;
        }
        return w.entry;
    }

    /** Gazetteer::startsName() of the string, looked up once. */
    bool startsName(int id) const
    {
        const Word &w = m_words[size_t(id)];
        if (!(w.known & KnownStarts)) {
            if (m_g.startsName(w.text))
                w.known |= StartsName;
            w.known |= KnownStarts;
        }
        return w.known & StartsName;
    }

    /** The hash of @p text the table uses (exposed for the test). */
    static quint64 hash(QStringView text);

private:
    enum : quint8 { KnownClasses = 1, KnownEntry = 2, KnownStarts = 4, StartsName = 8 };
    struct Word
    {
        QStringView text;
        mutable const Gazetteer::Entry *entry = nullptr;
        mutable quint32 classes = 0;
        mutable quint8 known = 0;
    };
    /** A slot of the table: the string is compared from here, without a look at m_words. */
    struct Slot
    {
        const char16_t *text = nullptr; ///< the copy (its length stored right before it)
        quint32 hash = 0;
        qint32 id = -1; ///< -1: empty
    };

    /**
     * A copy of @p text in m_blocks, its length in the two code units before it (the strings
     * close together, where the cache keeps them).
     */
    QStringView keep(QStringView text);
    /** The slot of @p text (or the empty one where it would go). */
    size_t slotOf(QStringView text, quint32 h) const;
    void grow();

    const Gazetteer &m_g;
    std::vector<Word> m_words;
    std::vector<Slot> m_slots; ///< open addressing, linear probing, a power of two in size
    std::vector<std::unique_ptr<char16_t[]>> m_blocks; ///< copies of the strings
    char16_t *m_next = nullptr; ///< where the next copy goes in the last block
    qsizetype m_blockFree = 0;  ///< code units free there
};

} // namespace gloss::entities
