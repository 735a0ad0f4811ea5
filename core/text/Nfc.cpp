#include "Nfc.h"

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

QString toNfc(const QString &text)
{
    const qsizetype n = text.size();
    if (n <= kMaxMarks)
        return text.normalized(QString::NormalizationForm_C);

    QString out;
    out.reserve(n + n / 16);
    const QChar *data = text.constData();
    qsizetype pieceStart = 0;
    qsizetype lastBoundary = 0;
    int marks = 0;
    const auto flush = [&](qsizetype end) {
        out += QStringView(data + pieceStart, end - pieceStart)
                   .toString()
                   .normalized(QString::NormalizationForm_C);
        pieceStart = end;
    };
    for (qsizetype i = 0; i < n;) {
        char32_t c = data[i].unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && data[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(data[i].unicode(), data[i + 1].unicode());
            width = 2;
        }
        bool cut = false;
        if (startsPiece(c)) {
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
        i += width;
    }
    flush(n);
    return out;
}

} // namespace gloss
