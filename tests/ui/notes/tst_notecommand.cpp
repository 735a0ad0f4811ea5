// NoteCommand: every change to the notes undone and redone through a QUndoStack.
#include "NotesFixture.h"
#include "annotations/AnnotationStore.h"
#include "io/Loader.h"
#include "notes/NoteCommand.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace gloss;
using namespace Qt::StringLiterals;

class tst_NoteCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void undoRedo_data();
    void undoRedo();
    void typingMergesIntoOneStep();
    void editsOfDifferentNotesStaySeparate();
    void deleteSeveralAndUndo();
    void doesNothingOnAnotherText();
    void changesAreSaved();

private:
    QTemporaryDir m_dir;
    Document m_doc;
    AnnotationStore m_store;
    QUndoStack m_stack;
};

void tst_NoteCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
    const Loader::Result loaded = Loader::loadFile(test::samplePath());
    QVERIFY(loaded.ok());
    m_doc = *loaded.document;
}

void tst_NoteCommand::init()
{
    m_stack.clear();
    m_store.close();
    QDir(m_dir.filePath(u"data"_s)).removeRecursively();
    m_store.setDataDir(m_dir.filePath(u"data"_s));
    QVERIFY(m_store.open(m_doc));
    QCOMPARE(m_store.annotations().size(), 0);
}

void tst_NoteCommand::undoRedo_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("add") << u"add"_s;
    QTest::newRow("edit text") << u"text"_s;
    QTest::newRow("colour") << u"color"_s;
    QTest::newRow("tags") << u"tags"_s;
    QTest::newRow("delete") << u"delete"_s;
}

void tst_NoteCommand::undoRedo()
{
    QFETCH(QString, change);
    const Annotation note = test::noteOn(m_doc, u"lifeboat slipway"_s, u"first"_s);
    if (change != u"add") {
        m_store.add(note);
    }
    Annotation after = note;
    NoteCommand *cmd = nullptr;
    if (change == u"add") {
        cmd = NoteCommand::add(&m_store, note);
    } else if (change == u"delete") {
        cmd = NoteCommand::remove(&m_store, {note});
    } else {
        if (change == u"text")
            after.text = u"second"_s;
        else if (change == u"color")
            after.color = u"blue"_s;
        else
            after.tags = {u"engineering"_s};
        cmd = NoteCommand::edit(&m_store, after, u"Edit"_s);
    }
    QVERIFY(cmd);
    m_stack.push(cmd);
    const auto check = [&](bool done) {
        if (change == u"add") {
            QCOMPARE(m_store.annotations().size(), done ? 1 : 0);
        } else if (change == u"delete") {
            QCOMPARE(m_store.annotations().size(), done ? 0 : 1);
        } else {
            QCOMPARE(m_store.annotations().size(), 1);
            const Annotation &a = m_store.annotations().first();
            const Annotation &want = done ? after : note;
            QCOMPARE(a.text, want.text);
            QCOMPARE(a.color, want.color);
            QCOMPARE(a.tags, want.tags);
        }
        if (!m_store.annotations().isEmpty()) {
            QCOMPARE(m_store.annotations().first().quote, note.quote);
            QCOMPARE(m_store.annotations().first().span, note.span);
        }
    };
    check(true);
    m_stack.undo();
    check(false);
    m_stack.redo();
    check(true);
    m_stack.undo();
    check(false);
}

void tst_NoteCommand::typingMergesIntoOneStep()
{
    Annotation note = test::noteOn(m_doc, u"sea wall"_s, QString());
    m_stack.push(NoteCommand::add(&m_store, note));
    for (const QString &t : {u"H"_s, u"Hi"_s, u"Hig"_s, u"High"_s}) {
        note.text = t;
        m_stack.push(NoteCommand::edit(&m_store, note, u"Edit Note"_s, NoteCommand::EditText));
    }
    QCOMPARE(m_stack.count(), 2);
    QCOMPARE(m_store.annotations().first().text, u"High"_s);
    m_stack.undo();
    QCOMPARE(m_store.annotations().first().text, QString());
    m_stack.undo();
    QVERIFY(m_store.annotations().isEmpty());
}

void tst_NoteCommand::editsOfDifferentNotesStaySeparate()
{
    Annotation a = test::noteOn(m_doc, u"sea wall"_s, u"a"_s);
    Annotation b = test::noteOn(m_doc, u"substation"_s, u"b"_s);
    m_store.add(a);
    m_store.add(b);
    a.text = u"a2"_s;
    b.text = u"b2"_s;
    m_stack.push(NoteCommand::edit(&m_store, a, u"Edit"_s, NoteCommand::EditText));
    m_stack.push(NoteCommand::edit(&m_store, b, u"Edit"_s, NoteCommand::EditText));
    QCOMPARE(m_stack.count(), 2);
    m_stack.undo();
    QCOMPARE(m_store.annotation(a.id)->text, u"a2"_s);
    QCOMPARE(m_store.annotation(b.id)->text, u"b"_s);
    // an edit of a note that is not in the store cannot be made
    Annotation stray = test::noteOn(m_doc, u"harbour"_s, u"x"_s);
    QCOMPARE(NoteCommand::edit(&m_store, stray, u"Edit"_s), nullptr);
}

void tst_NoteCommand::deleteSeveralAndUndo()
{
    QList<Annotation> notes;
    for (const QString &w : {u"sea wall"_s, u"substation"_s, u"April"_s}) {
        notes.append(test::noteOn(m_doc, w, w));
        m_store.add(notes.last());
    }
    m_store.add(Annotation::onArticle(u"whole"_s));
    auto *cmd = NoteCommand::remove(&m_store, {notes.at(0), notes.at(2)});
    QVERIFY2(cmd->text().contains(u"2"_s), qPrintable(cmd->text()));
    m_stack.push(cmd);
    QCOMPARE(m_store.annotations().size(), 2);
    QVERIFY(!m_store.annotation(notes.at(0).id));
    m_stack.undo();
    QCOMPARE(m_store.annotations().size(), 4);
    for (const Annotation &n : std::as_const(notes)) {
        QVERIFY(m_store.annotation(n.id));
        QCOMPARE(m_store.annotation(n.id)->text, n.text);
    }
}

void tst_NoteCommand::doesNothingOnAnotherText()
{
    const Annotation note = test::noteOn(m_doc, u"sea wall"_s, u"a"_s);
    m_stack.push(NoteCommand::add(&m_store, note));
    QCOMPARE(m_store.annotations().size(), 1);
    const Document other = Document(u"Another article entirely.\n"_s, u"other.txt"_s);
    QVERIFY(m_store.open(other));
    m_stack.undo(); // made on the sample: the other article's notes are left alone
    QVERIFY(m_store.annotations().isEmpty());
    m_stack.redo();
    QVERIFY(m_store.annotations().isEmpty());
}

void tst_NoteCommand::changesAreSaved()
{
    m_store.setSaveDelay(50);
    QSignalSpy saved(&m_store, &AnnotationStore::saved);
    Annotation note = test::noteOn(m_doc, u"sea wall"_s, u"kept"_s);
    m_stack.push(NoteCommand::add(&m_store, note));
    QVERIFY(saved.wait(2000));
    AnnotationStore other;
    other.setDataDir(m_store.dataDir());
    QVERIFY(other.open(m_doc));
    QCOMPARE(other.annotations().size(), 1);
    QCOMPARE(other.annotations().first().text, u"kept"_s);
    m_stack.undo();
    QVERIFY(saved.wait(2000));
    other.syncWithDisk();
    QVERIFY(other.annotations().isEmpty());
    m_store.setSaveDelay(500);
}

QTEST_MAIN(tst_NoteCommand)
#include "tst_notecommand.moc"
