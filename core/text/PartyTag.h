#pragma once

#include <QStringView>

namespace gloss {

/**
 * Whether text[@p start, @p end) is a politician's party and state in brackets after a name, as
 * American papers write them: "R-Fla." in "Sen. Ann Lee (R-Fla.)", "D-N.Y.", "I-Vt.", "R-TX",
 * "R-Texas". No name of its own: the entity recognizer makes no entity of it, and a speaker
 * found there is the name before the bracket.
 *
 * The party is R, D or I; the state an abbreviation with its full stop, a postal code, or one of
 * the states the style books spell out (Texas, Ohio, Iowa, …); the bracket opens right before
 * and closes right after ("(D-Day)" is no tag).
 */
bool isPartyTag(QStringView text, qsizetype start, qsizetype end);

/**
 * The start of the party tag that text[@p start, @p end) lies in ("C" of "(R-S.C.)", as a reader
 * that splits at full stops sees it), or -1 when it lies in none.
 */
qsizetype partyTagAround(QStringView text, qsizetype start, qsizetype end);

} // namespace gloss
