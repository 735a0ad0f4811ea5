// NoteOrder: the one reading order of notes (the exports, the Notes tab, the lane, `gloss notes
// list`) and its tie-breaks.
#include "export/NoteOrder.h"

#include <QTest>
#include <QTimeZone>

using namespace gloss;
using namespace Qt::StringLiterals;
using NoteExport::NoteOrder;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 11, 28), QTime(6, 0), QTimeZone::UTC);

/** A note described as "kind start end minute id": kind a (article), p (placed), o (orphan). */
Annotation note(const QString &spec)
{
    const QStringList f = spec.split(u' ');
    Annotation a;
    a.id = QUuid(u"00000000-0000-0000-0000-%1"_s.arg(f.at(4).toInt(), 12, 10, QChar(u'0')));
    if (f.at(0) != u"a")
        a.quote.exact = u"words"_s;
    if (f.at(0) == u"o")
        a.state = AnchorState::Orphaned;
    a.span = {f.at(1).toInt(), f.at(2).toInt()};
    a.created = kT0.addSecs(60 * f.at(3).toInt());
    return a;
}

} // namespace

class tst_NoteOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBefore_data();
    void readsBefore();
    void sortsAlike();
};

void tst_NoteOrder::readsBefore_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("an article note before a passage") << u"a 0 0 9 1"_s << u"p 0 5 0 2"_s;
    QTest::newRow("a passage before an orphan") << u"p 900 905 9 1"_s << u"o 0 5 0 2"_s;
    QTest::newRow("an article note before an orphan") << u"a 0 0 9 1"_s << u"o 0 5 0 2"_s;
    QTest::newRow("passages by where they start") << u"p 10 90 9 9"_s << u"p 20 25 0 1"_s;
    QTest::newRow("same start: the shorter first") << u"p 10 15 9 9"_s << u"p 10 30 0 1"_s;
    QTest::newRow("same words: the older first") << u"p 10 15 1 9"_s << u"p 10 15 2 1"_s;
    QTest::newRow("article notes: the older first") << u"a 0 0 1 9"_s << u"a 0 0 2 1"_s;
    QTest::newRow("orphans: the older first, wherever they were")
        << u"o 500 505 1 9"_s << u"o 10 15 2 1"_s;
    QTest::newRow("the same time: by id") << u"p 10 15 1 1"_s << u"p 10 15 1 2"_s;
}

void tst_NoteOrder::readsBefore()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const Annotation a = note(first);
    const Annotation b = note(second);
    QVERIFY(NoteOrder::readsBefore(a, b));
    QVERIFY(!NoteOrder::readsBefore(b, a));
    QVERIFY(!NoteOrder::readsBefore(a, a)); // strict
    QVERIFY(NoteOrder::Before()(&a, &b));
}

// Whatever order the notes come in, every list of them reads alike; NoteOrder::of() groups
// them in that order and numbers them.
void tst_NoteOrder::sortsAlike()
{
    const QStringList specs{u"o 40 45 0 7"_s, u"p 10 30 3 3"_s, u"a 0 0 5 1"_s,
                            u"p 10 15 4 4"_s, u"p 10 15 2 5"_s, u"a 0 0 1 2"_s,
                            u"p 5 8 9 6"_s};
    const QList<int> expected{2, 1, 6, 5, 4, 3, 7}; // ids
    QList<Annotation> notes;
    for (const QString &s : specs)
        notes.append(note(s));
    for (int turn = 0; turn < int(notes.size()); ++turn) {
        std::rotate(notes.begin(), notes.begin() + 1, notes.end());
        QList<Annotation> sorted = notes;
        std::sort(sorted.begin(), sorted.end(), NoteOrder::Before());
        QList<int> ids;
        for (const Annotation &a : sorted)
            ids.append(int(a.id.data4[7]));
        QCOMPARE(ids, expected);
        Article article;
        article.document = Document(QString(100, u'x'), QString());
        const NoteOrder order = NoteOrder::of(article, notes);
        ids.clear();
        for (const NoteExport::NoteEntry &e : order.all()) {
            ids.append(int(e.note->id.data4[7]));
            QCOMPARE(e.number, int(ids.size()));
        }
        QCOMPARE(ids, expected);
    }
}

QTEST_GUILESS_MAIN(tst_NoteOrder)
#include "tst_noteorder.moc"
