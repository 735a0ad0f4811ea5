#include "Nfc.h"

#include "UnitScan.h"

#include <algorithm>
#include <cstring>

namespace gloss {

namespace {

/** A piece is normalised once it is at least this long and a boundary comes (short pieces
 * keep Qt's rewrite after each decomposed character cheap). */
constexpr qsizetype kPiece = 256;
/** Marks in a row after which a cut is forced (UAX #15 Stream-Safe: 30 non-starters). */
constexpr int kMaxMarks = 30;
/** Characters without a boundary after which a cut is forced. */
constexpr qsizetype kMaxWithoutBoundary = 1024;

bool isMark(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

/**
 * True when NFC never acts across the start of @p c: c is a starter (combining class 0) that
 * cannot be the second character of a canonical composition (those are marks and the Hangul
 * vowel and final jamo) and whose decomposition starts with such a starter (true of every
 * character that is not a mark).
 */
bool startsPiece(char32_t c)
{
    if (c < 0x300)
        return true;
    if ((c >= 0x1160 && c <= 0x11FF) || (c >= 0xD7B0 && c <= 0xD7FF))
        return false;
    return QChar::combiningClass(c) == 0 && !isMark(c);
}

} // namespace

namespace {

/**
 * toNfc() of @p text; with @p inPlace (a text no one else holds), the pieces NFC changes are
 * written back into the text itself while they fit before the place read next (NFC makes most
 * pieces shorter or keeps their length), so that a big text is not held twice.
 */
QString nfc(QString text, bool inPlace)
{
    const qsizetype n = text.size();
    if (n <= kMaxMarks)
        return text.normalized(QString::NormalizationForm_C);
    // A piece NFC leaves alone is taken as it is, and nothing is copied before the first piece
    // NFC changes: a text already in NFC (most of them) comes back shared, not copied.
    QString out;
    bool copying = false;
    inPlace = inPlace && text.isDetached();
    QChar *own = inPlace ? text.data() : nullptr; // no copy: no one else holds the text
    const QChar *data = text.constData();
    qsizetype written = 0;   // in place: the units of the result so far, at the text's start
    bool rewriting = false;  // in place: a piece has changed (the rest moves up behind it)
    qsizetype pieceStart = 0;
    qsizetype lastBoundary = 0;
    int marks = 0;
    bool unchanged = true; // every character of the piece so far is one NFC leaves alone
    const auto flush = [&](qsizetype end) {
        const QStringView piece(data + pieceStart, end - pieceStart);
        if (!unchanged) {
            const QString composed = piece.toString().normalized(QString::NormalizationForm_C);
            const qsizetype at = rewriting ? written : pieceStart; // the result's end
            if (inPlace && !copying && at + composed.size() <= end) {
                written = at;
                std::copy(composed.cbegin(), composed.cend(), own + written);
                written += composed.size();
                rewriting = true;
            } else {
                if (!copying) {
                    out.reserve(n + n / 16);
                    out += QStringView(data, rewriting ? written : pieceStart);
                    copying = true;
                }
                out += composed;
            }
        } else if (copying) {
            out += piece;
        } else if (rewriting) {
            // moved up to the end of the result (which never passes the place read from)
            if (written != pieceStart)
                std::memmove(own + written, piece.data(), size_t(piece.size()) * sizeof(QChar));
            written += piece.size();
        }
        pieceStart = end;
        unchanged = true;
    };
    const char16_t *units = reinterpret_cast<const char16_t *>(data);
    for (qsizetype i = 0; i < n;) {
        // a run below U+0300 (starters all, none changed), up to where the piece must be cut
        const qsizetype run = skipInRange(units, i, std::min(n, pieceStart + kPiece), 0, 0x300);
        if (run > i) {
            marks = 0;
            lastBoundary = run - 1;
            i = run;
            continue;
        }
        char32_t c = data[i].unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && data[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(data[i].unicode(), data[i + 1].unicode());
            width = 2;
        }
        bool cut = false;
        const bool starter = c < 0x300 || startsPiece(c);
        if (starter) {
            marks = 0;
            lastBoundary = i;
            cut = i - pieceStart >= kPiece;
        } else {
            marks = QChar::combiningClass(c) != 0 ? marks + 1 : 0;
            cut = marks > kMaxMarks || i - lastBoundary > kMaxWithoutBoundary;
            if (cut) {
                marks = 0;
                lastBoundary = i;
            }
        }
        if (cut && i > pieceStart)
            flush(i);
        // below U+0300: no marks, and the letters there are precomposed already; above it, a
        // starter of that kind without a canonical decomposition: nothing decomposes, nothing
        // composes with what comes before it
        if (c >= 0x300 && (!starter || QChar::decompositionTag(c) == QChar::Canonical))
            unchanged = false;
        i += width;
    }
    flush(n);
    if (copying)
        return out;
    if (rewriting)
        text.truncate(written);
    return text;
}

} // namespace

QString toNfc(const QString &text)
{
    return nfc(text, false);
}

QString toNfc(QString &&text)
{
    return nfc(std::move(text), true);
}

} // namespace gloss
