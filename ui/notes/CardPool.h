#pragma once

#include "ReadingTheme.h"
#include "annotations/Annotation.h"

#include <QHash>
#include <QList>
#include <QObject>

class QWidget;

namespace gloss {

class NoteCard;

/**
 * @brief The note cards of the lane: made for the notes near the visible part of the text,
 * kept for reuse when scrolled away, and the cards' heights measured without making them.
 *
 * Making a card (an editor, a menu, buttons) costs about a millisecond, too much for a scroll
 * step with thousands of notes: a card scrolled away is hidden and kept as a spare for the
 * next note scrolled to (up to kSpareCards). cardMade() tells of each card really made, so
 * that its requests can be connected once.
 */
class CardPool : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSpareCards = 24;

    /** The cards are children of @p host (the article view). */
    explicit CardPool(QWidget *host, QObject *parent = nullptr);
    ~CardPool() override;

    /** The card of @p id, or null when none is made. */
    NoteCard *card(const QUuid &id) const { return m_cards.value(id); }
    /** The cards made, by note. */
    const QHash<QUuid, NoteCard *> &cards() const { return m_cards; }
    /** @p note's card: made before, a spare, or a new one (shown by the caller). */
    NoteCard *obtain(const Annotation &note);
    /** @p id's card is not needed now: hidden, kept as a spare (or deleted). */
    void release(const QUuid &id);
    /** @p id's card is not needed any more (its note is gone or off the lane): deleted. */
    void drop(const QUuid &id);
    /** Every card deleted, spares too (another text). */
    void clear();
    /** The spare cards deleted (made again when needed, e.g. in a new theme). */
    void dropSpares();
    void setReadingTheme(const ReadingTheme &theme);

    /**
     * The height of @p note's card at @p width without making one (cached by the note's
     * text, the width and whether it is collapsed).
     */
    int measuredHeight(const Annotation &note, bool collapsed, int width);
    void forgetHeight(const QUuid &id) { m_heights.remove(id); }

Q_SIGNALS:
    /** A new card (not a spare given again): connect to its requests. */
    void cardMade(gloss::NoteCard *card);

private:
    QWidget *m_host;
    ReadingTheme m_theme;
    QHash<QUuid, NoteCard *> m_cards;
    QList<NoteCard *> m_spare;
    struct Measured
    {
        QString text;
        bool collapsed = false;
        int width = 0;
        int height = 0;
    };
    QHash<QUuid, Measured> m_heights;
    NoteCard *m_measure = nullptr;
};

} // namespace gloss
