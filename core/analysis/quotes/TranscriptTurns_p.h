#pragma once

#include "model/Article.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace gloss::quotes {

/** One turn of a transcript: "TAPPER: Do you think the bill will pass?" */
struct TranscriptTurn
{
    Span label;         ///< the speaker's label ("TAPPER", "Jake Tapper"), without the colon
    Span colon;         ///< the colon after it
    /** What the speaker says: the rest of the paragraph, trimmed (and an answer's paragraphs
     *  without a label after it: one turn over several paragraphs). */
    Span words;
    int paragraph = -1; ///< index of the paragraph the turn is
    /** An interview's answer ("A: …"): the words of the person interviewed, whom the label
     *  does not name. */
    bool answer = false;
};

/**
 * @brief The turns of an interview or debate transcript printed in an article.
 *
 * A turn is a body paragraph that opens with a speaker's label and a colon: one to four words,
 * either all in capitals ("TAPPER:", "JAKE TAPPER:", "O'MALLEY:", "McCAIN:") or each
 * capitalised ("Jake Tapper:"), then a colon, a space and the speaker's words. Editorial
 * labels are no speakers ("UPDATE:", "EDITOR'S NOTE:", "WATCH:", "Q:"); words without a
 * letter ("Jane Doe: 1,769.") or in title case ("Jane Doe: Why I Am Running") are no speech.
 *
 * An article holds a transcript only when its labelled paragraphs read as an exchange: three
 * turns or more, by two speakers or more, one of whom speaks twice ("JAKE TAPPER:", then
 * "TAPPER:"). Otherwise there are no turns (a lone "BREAKING: …" or a list of "Pros: …",
 * "Cons: …" is no conversation).
 *
 * In an interview, paragraphs without a label between an answer and the next question or
 * answer go on with the answer (not after a question, nor after the last answer, nor over a
 * stage direction in brackets). A named speaker's turn is one paragraph: the article's own
 * words may follow it.
 *
 * An interview printed as questions and answers ("Q: …", "A: …", or "Q. …", "A. …") holds
 * two questions or more and two answers or more: each answer is a turn (answer set, its label
 * "A"); the questions are the interviewer's, nobody's the article names, and no turns.
 *
 * The paragraphs are read one at a time, in order, each as another stage reads it (the quote
 * finder): only its first words, while they are in the cache.
 */
class TranscriptTurns
{
public:
    /** Reads paragraph @p index, @p paragraph of @p text. */
    void read(QStringView text, const Paragraph &paragraph, int index);
    /** The turns of the paragraphs read, in order; none unless they make an exchange. */
    QList<TranscriptTurn> turns() const;

private:
    QList<TranscriptTurn> m_turns; ///< named turns and answers, in order
    qsizetype m_open = -1;         ///< the answer the paragraphs read go on with, or -1
    qsizetype m_goesOnTo = -1;     ///< the end of the unlabelled paragraphs after it
    int m_questions = 0;
    int m_answers = 0;
    /** The label's last word in lower case ("JAKE TAPPER" then "TAPPER") → its turns. */
    QHash<QString, int> m_bySpeaker;
};

/** The turns of @p paragraphs of @p text (TranscriptTurns over them all). */
QList<TranscriptTurn> transcriptTurns(QStringView text, const QList<Paragraph> &paragraphs);

} // namespace gloss::quotes
