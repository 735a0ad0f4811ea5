#pragma once

// Test helper: an edit of a text described as pieces of the old text (kept, maybe reordered)
// and inserted strings, so that the right place of every old span in the new text is known.

#include "model/Article.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <vector>

namespace gloss::test {

struct Piece
{
    qsizetype oldStart = -1; ///< a kept piece of the old text [oldStart, oldEnd) ...
    qsizetype oldEnd = -1;
    QString inserted;        ///< ... or inserted text (oldStart < 0)
    bool isKept() const { return oldStart >= 0; }
};

struct Replacement
{
    qsizetype start;
    qsizetype end;
    QString with;
};

inline int editDistance(QStringView a, QStringView b)
{
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            cur[size_t(j)] = std::min({prev[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1),
                                       prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

enum class Expect { Same, Corrected, Orphan, DontCare };

struct Expectation
{
    Expect kind = Expect::DontCare;
    Span span;
};

class Edit
{
public:
    Edit(QString oldText, QList<Piece> pieces)
        : m_old(std::move(oldText))
        , m_pieces(std::move(pieces))
    {
        for (const Piece &p : std::as_const(m_pieces)) {
            m_newStarts.append(m_new.size());
            m_new += p.isKept() ? m_old.mid(p.oldStart, p.oldEnd - p.oldStart) : p.inserted;
        }
    }

    /** Replacements (sorted, not overlapping) of the old text. */
    static Edit replace(const QString &old, QList<Replacement> rs)
    {
        std::sort(rs.begin(), rs.end(),
                  [](const Replacement &a, const Replacement &b) { return a.start < b.start; });
        QList<Piece> pieces;
        qsizetype at = 0;
        for (const Replacement &r : std::as_const(rs)) {
            if (r.start > at)
                pieces.append(Piece{at, r.start, {}});
            if (!r.with.isEmpty())
                pieces.append(Piece{-1, -1, r.with});
            at = r.end;
        }
        if (at < old.size())
            pieces.append(Piece{at, old.size(), {}});
        return Edit(old, pieces);
    }

    const QString &newText() const { return m_new; }

    /** Where the words of old span @p s belong in the new text, if anywhere. */
    Expectation expect(const Span &s) const
    {
        const int i = keptPieceOf(s.start), j = keptPieceOf(s.end - 1);
        if (i < 0 && j < 0) {
            const bool anyKept =
                std::any_of(m_pieces.begin(), m_pieces.end(), [&](const Piece &p) {
                    return p.isKept() && Span{p.oldStart, p.oldEnd}.overlaps(s);
                });
            return Expectation{anyKept ? Expect::DontCare : Expect::Orphan, {}};
        }
        if (i < 0 || j < 0)
            return {};
        const Span mapped{map(i, s.start), map(j, s.end - 1) + 1};
        if (i == j)
            return Expectation{Expect::Same, mapped};
        if (i > j || m_pieces[i].oldEnd > m_pieces[j].oldStart)
            return {};
        QString inserted;
        for (int k = i + 1; k < j; ++k) {
            if (m_pieces[k].isKept())
                return {};
            inserted += m_pieces[k].inserted;
        }
        const QString removed =
            m_old.mid(m_pieces[i].oldEnd, m_pieces[j].oldStart - m_pieces[i].oldEnd);
        const int changed = editDistance(removed, inserted);
        if (changed <= std::max<qsizetype>(2, s.length() / 4))
            return Expectation{Expect::Corrected, mapped};
        return {};
    }

private:
    int keptPieceOf(qsizetype oldPos) const
    {
        for (int k = 0; k < m_pieces.size(); ++k) {
            const Piece &p = m_pieces[k];
            if (p.isKept() && oldPos >= p.oldStart && oldPos < p.oldEnd)
                return k;
        }
        return -1;
    }
    qsizetype map(int piece, qsizetype oldPos) const
    {
        return m_newStarts[piece] + (oldPos - m_pieces[piece].oldStart);
    }

    QString m_old;
    QList<Piece> m_pieces;
    QString m_new;
    QList<qsizetype> m_newStarts;
};

} // namespace gloss::test
