// NotesModel: the notes of the store as sections of rows in reading order, following the
// store's changes with the exact rows (never a reset for one note).
#include "NotesFixture.h"
#include "NotesStore.h"
#include "export/NoteOrder.h"
#include "io/Loader.h"
#include "notes/NoteEditing.h"
#include "notes/NotesFilter.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace gloss;
using namespace Qt::StringLiterals;

namespace {

enum class Op {
    AddPlaced,
    AddArticleNote,
    AddOrphan,
    EditText,
    EditColor,
    MoveDown,
    MoveUp,
    Orphan,
    Delete,
    UndoAdd,
    UndoEdit,
    UndoDelete,
};

/** What a model said, in order: "inserted 1:2", "removed 0:0", "moved 1:0->1:3", "changed 1"
 * (a section), "changed 1:2" (a note), "reset", "layout". */
class Recorder : public QObject
{
public:
    explicit Recorder(QAbstractItemModel *model)
    {
        const auto at = [](const QModelIndex &parent, int row) {
            return u"%1:%2"_s.arg(parent.row()).arg(row);
        };
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this, at](const QModelIndex &p, int first, int last) {
                    for (int r = first; r <= last; ++r)
                        said.append(u"inserted "_s + at(p, r));
                });
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this, at](const QModelIndex &p, int first, int last) {
                    for (int r = first; r <= last; ++r)
                        said.append(u"removed "_s + at(p, r));
                });
        connect(model, &QAbstractItemModel::rowsMoved, this,
                [this, at](const QModelIndex &from, int first, int, const QModelIndex &to,
                           int row) {
                    said.append(u"moved %1->%2"_s.arg(at(from, first), at(to, row)));
                });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this, at](const QModelIndex &first, const QModelIndex &last) {
                    QCOMPARE(first, last); // one row at a time
                    said.append(u"changed "_s
                                + (first.parent().isValid() ? at(first.parent(), first.row())
                                                            : QString::number(first.row())));
                });
        connect(model, &QAbstractItemModel::modelReset, this, [this] { said.append(u"reset"_s); });
        connect(model, &QAbstractItemModel::layoutChanged, this,
                [this] { said.append(u"layout"_s); });
    }
    QStringList said;
};

} // namespace

Q_DECLARE_METATYPE(Op)

class tst_NotesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sectionsAndRoles();
    void changes_data();
    void changes();
    void orphanAfterTheDocumentChanges();
    void readingOrderTies_data();
    void readingOrderTies();
    void laneList();
    void filterFollowsChanges();

private:
    QUuid id(const QString &text) const;
    /** The notes of @p model as "section:text", in row order. */
    static QStringList rows(const NotesModel &model);
    QTemporaryDir m_dir;
    Document m_doc;
    QList<Annotation> m_notes;
};

void tst_NotesModel::initTestCase()
{
    test::isolate(m_dir);
    const Loader::Result loaded = Loader::loadFile(test::samplePath());
    QVERIFY(loaded.ok());
    m_doc = *loaded.document;
    m_notes = test::sampleNotes(m_doc);
    m_notes[1].color = u"blue"_s;
    // each a millisecond after the one before
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-60);
    for (qsizetype i = 0; i < m_notes.size(); ++i)
        m_notes[i].created = m_notes[i].modified = t0.addMSecs(i);
}

QUuid tst_NotesModel::id(const QString &text) const
{
    for (const Annotation &a : m_notes) {
        if (a.text.startsWith(text))
            return a.id;
    }
    return {};
}

QStringList tst_NotesModel::rows(const NotesModel &model)
{
    QStringList out;
    for (int s = 0; s < model.rowCount(); ++s) {
        const QModelIndex section = model.index(s, 0);
        for (int r = 0; r < model.rowCount(section); ++r)
        {
            const QString text = model.index(r, 0, section).data(NotesModel::TextRole).toString();
            out.append(u"%1:%2"_s.arg(s).arg(text.section(u' ', 0, 1)));
        }
    }
    return out;
}

void tst_NotesModel::sectionsAndRoles()
{
    test::NotesStore notes(m_doc, m_notes);
    QAbstractItemModelTester tester(&notes.model,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    const NotesModel &m = notes.model;
    QCOMPARE(m.rowCount(), 3);
    const QStringList titles{u"On the article"_s, u"In the text"_s, u"Orphans"_s};
    const QStringList counts{u"1"_s, u"3"_s, u"1"_s};
    for (int s = 0; s < 3; ++s) {
        const QModelIndex section = m.index(s, 0);
        QCOMPARE(section.data().toString(), titles.at(s));
        QCOMPARE(section.data(NotesModel::CountRole).toString(), counts.at(s));
        QCOMPARE(section.data(NotesModel::SectionRole).toInt(), s);
        QVERIFY(section.data(NotesModel::IdRole).toUuid().isNull());
        QCOMPARE(m.flags(section), Qt::ItemIsEnabled);
        QVERIFY(section.data(Qt::FontRole).value<QFont>().bold());
    }
    QVERIFY(!m.index(2, 0).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(rows(m), (QStringList{u"0:Compare with"_s, u"1:Council leader"_s, u"1:Who pays"_s,
                                   u"1:Check the"_s, u"2:Gone from"_s}));
    // a note's roles
    const QModelIndex check = m.indexOf(id(u"Check"_s));
    QCOMPARE(check, m.index(2, 0, m.index(1, 0)));
    QCOMPARE(check.data(NotesModel::IdRole).toUuid(), id(u"Check"_s));
    QCOMPARE(check.data().toString(), u"“60 centimetres”\nCheck the review's figure"_s);
    QCOMPARE(check.data(NotesModel::PassageRole).toString(), u"60 centimetres"_s);
    QCOMPARE(check.data(NotesModel::CountRole).toString(), u"#numbers #check"_s);
    QCOMPARE(check.data(NotesModel::TagsRole).toStringList(),
             (QStringList{u"numbers"_s, u"check"_s}));
    QCOMPARE(check.data(NotesModel::SectionRole).toInt(), int(NotesModel::PlacedSection));
    QCOMPARE(check.data(Qt::ToolTipRole).toString(), u"Check the review's figure"_s);
    QCOMPARE(check.data(Qt::AccessibleTextRole).toString(),
             u"Note on “60 centimetres”: Check the review's figure"_s);
    QVERIFY(m.flags(check) & Qt::ItemIsSelectable);
    const QModelIndex council = m.indexOf(id(u"Council"_s));
    QCOMPARE(council.data(NotesModel::ColorRole).toString(), u"blue"_s);
    QCOMPARE(council.data(Qt::DecorationRole).value<QColor>(),
             QColor(Annotation::colorHex(u"blue"_s)));
    // an orphan shows its last known words; an article note says what it is on
    const QModelIndex gone = m.indexOf(id(u"Gone"_s));
    QCOMPARE(gone.data(NotesModel::PassageRole).toString(), u"a sentence the editors removed"_s);
    QCOMPARE(m.indexOf(id(u"Compare"_s)).data().toString(),
             u"On the whole article\nCompare with the 2015 flood report"_s);
    QVERIFY(m.indexOf(id(u"Compare"_s)).data(NotesModel::PassageRole).toString().isEmpty());
    QVERIFY(!m.indexOf(QUuid::createUuid()).isValid());
    QCOMPARE(m.note(check)->id, id(u"Check"_s));
    QVERIFY(!m.note(m.index(1, 0)));
}

void tst_NotesModel::changes_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<QStringList>("said");
    QTest::addColumn<QStringList>("after");
    const QStringList before{u"0:Compare with"_s, u"1:Council leader"_s, u"1:Who pays"_s,
                             u"1:Check the"_s, u"2:Gone from"_s};
    const auto with = [&](qsizetype at, const QString &row) {
        QStringList l = before;
        l.insert(at, row);
        return l;
    };
    const auto without = [&](qsizetype at) {
        QStringList l = before;
        l.removeAt(at);
        return l;
    };
    QTest::newRow("a note on a passage, between two")
        << Op::AddPlaced << QStringList{u"inserted 1:1"_s, u"changed 1"_s}
        << with(2, u"1:Sea wall"_s);
    QTest::newRow("a note on the article, after the older one")
        << Op::AddArticleNote << QStringList{u"inserted 0:1"_s, u"changed 0"_s}
        << with(1, u"0:Later note"_s);
    QTest::newRow("an orphan, after the older one")
        << Op::AddOrphan << QStringList{u"inserted 2:1"_s, u"changed 2"_s}
        << with(5, u"2:Lost too"_s);
    QTest::newRow("an edit of the text: its row only")
        << Op::EditText << QStringList{u"changed 1:1"_s}
        << QStringList{u"0:Compare with"_s, u"1:Council leader"_s, u"1:Who pays?"_s,
                       u"1:Check the"_s, u"2:Gone from"_s};
    QTest::newRow("a new colour: its row only") << Op::EditColor
                                                << QStringList{u"changed 1:0"_s} << before;
    QTest::newRow("put on words further on: moved down")
        << Op::MoveDown << QStringList{u"moved 1:0->1:2"_s, u"changed 1:1"_s}
        << QStringList{u"0:Compare with"_s, u"1:Who pays"_s, u"1:Council leader"_s,
                       u"1:Check the"_s, u"2:Gone from"_s};
    QTest::newRow("put on words before: moved up")
        << Op::MoveUp << QStringList{u"moved 1:2->1:0"_s, u"changed 1:0"_s}
        << QStringList{u"0:Compare with"_s, u"1:Check the"_s, u"1:Council leader"_s,
                       u"1:Who pays"_s, u"2:Gone from"_s};
    QTest::newRow("orphaned: moved to the orphans, both counts")
        << Op::Orphan
        << QStringList{u"moved 1:1->2:0"_s, u"changed 1"_s, u"changed 2"_s, u"changed 2:0"_s}
        << QStringList{u"0:Compare with"_s, u"1:Council leader"_s, u"1:Check the"_s,
                       u"2:Who pays"_s, u"2:Gone from"_s};
    QTest::newRow("deleted") << Op::Delete << QStringList{u"removed 1:1"_s, u"changed 1"_s}
                             << without(2);
    QTest::newRow("an add undone") << Op::UndoAdd
                                   << QStringList{u"removed 1:1"_s, u"changed 1"_s} << before;
    QTest::newRow("an edit undone") << Op::UndoEdit << QStringList{u"changed 1:2"_s} << before;
    QTest::newRow("a delete undone: back in its place")
        << Op::UndoDelete << QStringList{u"inserted 1:1"_s, u"changed 1"_s} << before;
}

void tst_NotesModel::changes()
{
    QFETCH(Op, op);
    QFETCH(QStringList, said);
    QFETCH(QStringList, after);
    test::NotesStore notes(m_doc, m_notes);
    QAbstractItemModelTester tester(&notes.model,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack undo;
    NoteEditing editing(&notes.store, &undo);
    AnnotationStore &store = notes.store;
    // a row held across the change (a view's current row) follows its note
    const QPersistentModelIndex council(notes.model.indexOf(id(u"Council"_s)));
    QSignalSpy reset(&notes.model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy layout(&notes.model, &QAbstractItemModel::layoutAboutToBeChanged);
    const auto edited = [&](const QString &text, auto change) {
        Annotation a = notes.note(id(text));
        change(a);
        QVERIFY(store.update(a));
    };
    const auto orphan = [](const QString &words, const QString &text) {
        Annotation a = Annotation::onArticle(text);
        a.quote.exact = words;
        a.state = AnchorState::Orphaned;
        return a;
    };
    std::unique_ptr<Recorder> recorder;
    const auto listen = [&] { recorder = std::make_unique<Recorder>(&notes.model); };
    listen();
    switch (op) {
    case Op::AddPlaced:
        store.add(test::noteOn(m_doc, u"sea wall"_s, u"Sea wall higher"_s));
        break;
    case Op::AddArticleNote:
        store.add(Annotation::onArticle(u"Later note"_s));
        break;
    case Op::AddOrphan:
        store.add(orphan(u"words gone"_s, u"Lost too"_s));
        break;
    case Op::EditText:
        edited(u"Who pays"_s, [](Annotation &a) { a.text = u"Who pays? The trust."_s; });
        break;
    case Op::EditColor:
        edited(u"Council"_s, [](Annotation &a) { a.color = u"green"_s; });
        break;
    case Op::MoveDown:
        edited(u"Council"_s, [&](Annotation &a) {
            a.setTarget(m_doc, test::spanOf(m_doc, u"substation"_s));
        });
        break;
    case Op::MoveUp:
        edited(u"Check"_s, [&](Annotation &a) {
            a.setTarget(m_doc, test::spanOf(m_doc, u"PORTMERE"_s));
        });
        break;
    case Op::Orphan:
        edited(u"Who pays"_s, [](Annotation &a) {
            a.state = AnchorState::Orphaned;
            a.span = {};
        });
        break;
    case Op::Delete:
        QVERIFY(store.remove(id(u"Who pays"_s)));
        break;
    case Op::UndoAdd:
        QVERIFY(!editing.addNote(test::spanOf(m_doc, u"sea wall"_s), u"Sea wall"_s).isNull());
        listen();
        undo.undo();
        break;
    case Op::UndoEdit:
        QVERIFY(editing.setText(id(u"Check"_s), u"Check again"_s));
        listen();
        undo.undo();
        break;
    case Op::UndoDelete:
        QCOMPARE(editing.remove({id(u"Who pays"_s)}), 1);
        listen();
        undo.undo();
        break;
    }
    QCOMPARE(recorder->said, said);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(rows(notes.model), after);
    QVERIFY(council.isValid());
    QCOMPARE(council.data(NotesModel::IdRole).toUuid(), id(u"Council"_s));
    for (int s = 0; s < 3; ++s) {
        const QModelIndex section = notes.model.index(s, 0);
        QCOMPARE(section.data(NotesModel::CountRole).toString(),
                 QString::number(notes.model.rowCount(section)));
    }
}

void tst_NotesModel::orphanAfterTheDocumentChanges()
{
    // the article's text changes under its notes: a note whose words are gone is an orphan
    test::NotesStore notes(m_doc, m_notes);
    QAbstractItemModelTester tester(&notes.model,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QVERIFY(notes.store.save());
    QString text = m_doc.text();
    text.replace(u"He told the meeting that the review had modelled sea levels rising by up to 60 "
                 "centimetres by 2100, and that"_s,
                 u"He also said that"_s);
    QVERIFY(!text.contains(u"60 centimetres"_s));
    QSignalSpy reset(&notes.model, &QAbstractItemModel::modelReset);
    notes.store.open(Document(text, m_doc.source()));
    QVERIFY(reset.count() > 0); // another text: the whole list anew
    QCOMPARE(rows(notes.model), (QStringList{u"0:Compare with"_s, u"1:Council leader"_s,
                                             u"1:Who pays"_s, u"2:Check the"_s, u"2:Gone from"_s}));
    const QModelIndex check = notes.model.indexOf(id(u"Check"_s));
    QCOMPARE(check.data(NotesModel::SectionRole).toInt(), int(NotesModel::OrphanSection));
    QCOMPARE(check.data(NotesModel::PassageRole).toString(), u"60 centimetres"_s);
    QCOMPARE(notes.model.index(2, 0).data(NotesModel::CountRole).toString(), u"2"_s);
    QVERIFY(!notes.model.isInLane(id(u"Check"_s)));
    QCOMPARE(notes.model.laneIds(),
             (QList<QUuid>{id(u"Compare"_s), id(u"Council"_s), id(u"Who pays"_s)}));
    // no article: no notes, three empty sections
    notes.store.close();
    QCOMPARE(notes.model.rowCount(), 3);
    QCOMPARE(notes.model.noteCount(), 0);
    QCOMPARE(notes.model.index(1, 0).data(NotesModel::CountRole).toString(), u"0"_s);
}

void tst_NotesModel::readingOrderTies_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("msApart"); // the second note's creation time after the first's
    QTest::addColumn<bool>("firstBefore");
    QTest::newRow("same passage: the older first") << u"same"_s << 5 << true;
    QTest::newRow("same passage, made later: after") << u"same"_s << -5 << false;
    QTest::newRow("same passage and time: by id") << u"same"_s << 0 << false;
    QTest::newRow("same start: the shorter first, whatever its age") << u"longer"_s << -5 << true;
    QTest::newRow("on the article: the older first") << u"article"_s << 5 << true;
    QTest::newRow("on the article, same time: by id") << u"article"_s << 0 << false;
    QTest::newRow("orphans: the older first") << u"orphan"_s << -5 << false;
}

void tst_NotesModel::readingOrderTies()
{
    // ties are broken as everywhere else (NoteOrder::readsBefore): added in either order,
    // the rows read alike
    QFETCH(QString, kind);
    QFETCH(int, msApart);
    QFETCH(bool, firstBefore);
    const Span wall = test::spanOf(m_doc, u"sea wall"_s);
    const auto make = [&](const QString &text, const Span &span) {
        Annotation a = kind == u"article"_s ? Annotation::onArticle(text)
                                             : Annotation::onSpan(m_doc, span, text);
        if (kind == u"orphan"_s) {
            a.state = AnchorState::Orphaned;
            a.span = {};
        }
        return a;
    };
    Annotation first = make(u"first"_s, wall);
    Annotation second = make(u"second"_s, kind == u"longer"_s ? Span{wall.start, wall.end + 6}
                                                              : wall);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    first.created = t0;
    second.created = t0.addMSecs(msApart);
    // with the same time the ids decide: the first gets the larger
    if (msApart == 0 && first.id < second.id)
        std::swap(first.id, second.id);
    QCOMPARE(NoteExport::NoteOrder::readsBefore(first, second), firstBefore);
    const QList<QUuid> expected =
        firstBefore ? QList<QUuid>{first.id, second.id} : QList<QUuid>{second.id, first.id};
    for (const bool reversed : {false, true}) {
        test::NotesStore notes(m_doc);
        QAbstractItemModelTester tester(&notes.model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        notes.store.add(reversed ? second : first);
        notes.store.add(reversed ? first : second);
        const NotesModel::Section section = NotesModel::sectionFor(first);
        QCOMPARE(notes.model.ids(section), expected);
        QCOMPARE(notes.model.rowCount(notes.model.sectionIndex(section)), 2);
        QCOMPARE(notes.model.index(0, 0, notes.model.sectionIndex(section))
                     .data(NotesModel::IdRole)
                     .toUuid(),
                 expected.first());
    }
}

void tst_NotesModel::laneList()
{
    // the lane's list: on the article, then on passages, in reading order; no orphans
    test::NotesStore notes(m_doc, m_notes);
    QCOMPARE(notes.model.laneIds(),
             (QList<QUuid>{id(u"Compare"_s), id(u"Council"_s), id(u"Who pays"_s), id(u"Check"_s)}));
    QVERIFY(notes.model.isInLane(id(u"Compare"_s)));
    QVERIFY(!notes.model.isInLane(id(u"Gone"_s)));
    QVERIFY(!notes.model.isInLane(QUuid::createUuid()));
    QCOMPARE(notes.model.noteCount(), 5);
}

void tst_NotesModel::filterFollowsChanges()
{
    // the Notes tab's search follows every kind of change, its model kept consistent
    test::NotesStore notes(m_doc, m_notes);
    NotesFilter shown(&notes.model);
    QAbstractItemModelTester tester(&shown, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto sections = [&] {
        QStringList out;
        for (int s = 0; s < shown.rowCount(); ++s)
            out.append(shown.index(s, 0).data().toString() + u' '
                       + shown.index(s, 0).data(NotesModel::CountRole).toString());
        return out;
    };
    QCOMPARE(sections(), (QStringList{u"On the article 1"_s, u"In the text 3"_s, u"Orphans 1"_s}));
    shown.setFilterText(u"#people"_s);
    QCOMPARE(sections(), QStringList{u"In the text 1"_s});
    // a note tagged so elsewhere: its section comes back
    Annotation gone = notes.note(id(u"Gone"_s));
    gone.tags = {u"people"_s};
    QVERIFY(notes.store.update(gone));
    QCOMPARE(sections(), (QStringList{u"In the text 1"_s, u"Orphans 1"_s}));
    // the one shown moves down the text, then is orphaned
    Annotation council = notes.note(id(u"Council"_s));
    council.setTarget(m_doc, test::spanOf(m_doc, u"substation"_s));
    QVERIFY(notes.store.update(council));
    QCOMPARE(sections(), (QStringList{u"In the text 1"_s, u"Orphans 1"_s}));
    council.state = AnchorState::Orphaned;
    council.span = {};
    QVERIFY(notes.store.update(council));
    QCOMPARE(sections(), QStringList{u"Orphans 2"_s});
    QVERIFY(notes.store.remove(id(u"Gone"_s)));
    QCOMPARE(sections(), QStringList{u"Orphans 1"_s});
    shown.setFilterText(QString());
    QCOMPARE(sections(), (QStringList{u"On the article 1"_s, u"In the text 2"_s, u"Orphans 1"_s}));
    // no notes: no sections
    for (const QUuid &n : notes.model.laneIds() + notes.model.ids(NotesModel::OrphanSection))
        QVERIFY(notes.store.remove(n));
    QVERIFY(sections().isEmpty());
}

QTEST_MAIN(tst_NotesModel)
#include "tst_notesmodel.moc"
