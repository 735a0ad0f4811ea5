#pragma once

#include <QString>

namespace gloss {

/**
 * @brief Unicode NFC in linear time: QString::normalized(NormalizationForm_C) piece by piece.
 *
 * Qt's normalisation rewrites the rest of the string for every character it decomposes and
 * sorts a run of combining marks by repeated swaps, so one stray accent before 1 MB of Korean
 * text, or 64,000 alternating combining marks (128 KB), take minutes. This function cuts the
 * text at boundaries NFC never acts across (before a character that is a starter, not a mark
 * and not a Hangul vowel or final jamo: nothing before it can compose with it or be reordered
 * past it) and normalises the pieces, which gives exactly QString::normalized()'s result.
 *
 * The only departure, as in the Unicode Stream-Safe Text Format (UAX #15): a run of more than
 * 30 combining marks, or more than 1,024 characters without any such boundary, is cut anyway;
 * no text in any language has either.
 */
QString toNfc(const QString &text);
/** The same, of a text given away: written into its own memory when no one else holds it. */
QString toNfc(QString &&text);

} // namespace gloss
