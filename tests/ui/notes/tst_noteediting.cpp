// NoteEditing: every change of the notes is one undoable NoteCommand; nothing else pushes them.
#include "NotesFixture.h"
#include "annotations/AnnotationStore.h"
#include "export/NoteImport.h"
#include "io/Loader.h"
#include "notes/NoteCommand.h"
#include "notes/NoteEditing.h"

#include <QDir>
#include <QTest>
#include <QUndoStack>

using namespace gloss;
using namespace Qt::StringLiterals;

class tst_NoteEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void change_data();
    void change();
    void refused_data();
    void refused();
    void typingIsOneStep();
    void deleteSeveralIsOneStep();
    void importIsOneStep();
    void nothingWithoutAnOpenText();

private:
    QTemporaryDir m_dir;
    Document m_doc;
    AnnotationStore m_store;
    QUndoStack m_stack;
};

void tst_NoteEditing::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
    const Loader::Result loaded = Loader::loadFile(test::samplePath());
    QVERIFY(loaded.ok());
    m_doc = *loaded.document;
}

void tst_NoteEditing::init()
{
    m_stack.clear();
    m_store.close();
    QDir(m_dir.filePath(u"data"_s)).removeRecursively();
    m_store.setDataDir(m_dir.filePath(u"data"_s));
    QVERIFY(m_store.open(m_doc));
}

void tst_NoteEditing::change_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("undoText"); // Edit > Undo names it
    QTest::newRow("add a note on words") << u"add"_s << u"Add Note"_s;
    QTest::newRow("add a note on the article") << u"article"_s << u"Add Note"_s;
    QTest::newRow("edit its text") << u"text"_s << u"Edit Note"_s;
    QTest::newRow("colour it") << u"color"_s << u"Note Colour: Green"_s;
    QTest::newRow("tag it") << u"tags"_s << u"Note Tags"_s;
    QTest::newRow("delete it") << u"delete"_s << u"Delete 1 Note"_s;
}

void tst_NoteEditing::change()
{
    QFETCH(QString, change);
    QFETCH(QString, undoText);
    NoteEditing editing(&m_store, &m_stack);
    const Span span = test::spanOf(m_doc, u"lifeboat slipway"_s);
    QUuid id;
    if (change == u"article") {
        id = editing.addArticleNote(u"on the whole"_s);
        QVERIFY(!id.isNull());
        QVERIFY(m_store.annotation(id)->isArticleNote());
    } else {
        id = editing.addNote(span, u"first"_s);
        QVERIFY(!id.isNull());
        QCOMPARE(m_store.annotation(id)->span, span);
        QCOMPARE(m_store.annotation(id)->text, u"first"_s);
    }
    const Annotation before = *m_store.annotation(id);
    bool done = true;
    if (change == u"text")
        done = editing.setText(id, u"second"_s);
    else if (change == u"color")
        done = editing.setColor(id, u"green"_s);
    else if (change == u"tags")
        done = editing.setTags(id, {u"b"_s, u"a"_s, u"a"_s});
    else if (change == u"delete")
        done = editing.remove({id}) == 1;
    QVERIFY(done);
    const bool added = change == u"add" || change == u"article";
    QCOMPARE(m_stack.count(), added ? 1 : 2);
    QVERIFY2(m_stack.undoText().startsWith(undoText), qPrintable(m_stack.undoText()));
    const std::optional<Annotation> after =
        m_store.annotation(id) ? std::optional<Annotation>(*m_store.annotation(id)) : std::nullopt;
    if (change == u"text")
        QCOMPARE(after->text, u"second"_s);
    if (change == u"color")
        QCOMPARE(after->color, Annotation::normalizedColor(u"green"_s));
    if (change == u"tags")
        QCOMPARE(after->tags, (QStringList{u"b"_s, u"a"_s})); // (normalised: once each)
    if (change == u"delete")
        QVERIFY(!after);
    // undone: as it was before; redone: as after
    // (the store stamps every change of content with the time, an undo's too: the time aside)
    const auto sameBut = [](Annotation a, const Annotation &b) {
        a.modified = b.modified;
        return a == b;
    };
    m_stack.undo();
    if (added) {
        QVERIFY(!m_store.annotation(id));
    } else {
        QVERIFY(m_store.annotation(id));
        QVERIFY(sameBut(*m_store.annotation(id), before));
    }
    m_stack.redo();
    if (after)
        QVERIFY(sameBut(*m_store.annotation(id), *after));
    else
        QVERIFY(!m_store.annotation(id));
}

void tst_NoteEditing::refused_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("an empty span") << u"empty span"_s;
    QTest::newRow("a span past the end of the text") << u"past the end"_s;
    QTest::newRow("a negative span") << u"negative"_s;
    QTest::newRow("the same text again") << u"same text"_s;
    QTest::newRow("an unknown colour") << u"bad colour"_s;
    QTest::newRow("the same colour") << u"same colour"_s;
    QTest::newRow("the same tags, written otherwise") << u"same tags"_s;
    QTest::newRow("a note that is not there") << u"unknown note"_s;
    QTest::newRow("delete nothing") << u"delete none"_s;
}

void tst_NoteEditing::refused()
{
    QFETCH(QString, change);
    NoteEditing editing(&m_store, &m_stack);
    const QUuid id = editing.addNote(test::spanOf(m_doc, u"lifeboat slipway"_s), u"first"_s);
    QVERIFY(editing.setTags(id, {u"x"_s, u"y"_s}));
    const QList<Annotation> notes = m_store.annotations();
    const int steps = m_stack.count();
    const qsizetype size = m_doc.text().size();
    bool done = false;
    if (change == u"empty span")
        done = !editing.addNote({10, 10}).isNull();
    else if (change == u"past the end")
        done = !editing.addNote({size - 2, size + 5}).isNull();
    else if (change == u"negative")
        done = !editing.addNote({-3, 4}).isNull();
    else if (change == u"same text")
        done = editing.setText(id, u"first"_s);
    else if (change == u"bad colour")
        done = editing.setColor(id, u"not a colour"_s);
    else if (change == u"same colour")
        done = editing.setColor(id, m_store.annotation(id)->color);
    else if (change == u"same tags")
        done = editing.setTags(id, {u"#x"_s, u" y "_s, u"x"_s});
    else if (change == u"unknown note")
        done = editing.setText(QUuid::createUuid(), u"new"_s);
    else if (change == u"delete none")
        done = editing.remove({QUuid::createUuid()}) > 0;
    QVERIFY(!done);
    QCOMPARE(m_stack.count(), steps); // nothing to undo
    QCOMPARE(m_store.annotations(), notes);
}

void tst_NoteEditing::typingIsOneStep()
{
    NoteEditing editing(&m_store, &m_stack);
    const QUuid id = editing.addNote(test::spanOf(m_doc, u"lifeboat slipway"_s));
    for (const QString &text : {u"a"_s, u"ab"_s, u"abc"_s})
        QVERIFY(editing.setText(id, text));
    QCOMPARE(m_stack.count(), 2);
    m_stack.undo();
    QCOMPARE(m_store.annotation(id)->text, QString());
}

void tst_NoteEditing::deleteSeveralIsOneStep()
{
    NoteEditing editing(&m_store, &m_stack);
    const QUuid a = editing.addNote(test::spanOf(m_doc, u"lifeboat slipway"_s));
    const QUuid b = editing.addArticleNote(u"b"_s);
    m_stack.clear();
    // a note named twice is deleted once, an unknown one is passed over
    QCOMPARE(editing.remove({a, b, a, QUuid::createUuid()}), 2);
    QCOMPARE(m_stack.count(), 1);
    QVERIFY(m_store.annotations().isEmpty());
    m_stack.undo();
    QCOMPARE(m_store.annotations().size(), 2);
    QVERIFY(m_store.annotation(a) && m_store.annotation(b));
}

void tst_NoteEditing::importIsOneStep()
{
    NoteEditing editing(&m_store, &m_stack);
    const QUuid kept = editing.addNote(test::spanOf(m_doc, u"lifeboat slipway"_s), u"old"_s);
    m_stack.clear();
    NoteImport::Result r;
    r.ok = true;
    r.added = {test::noteOn(m_doc, u"seafront"_s, u"new 1"_s),
               test::noteOn(m_doc, u"council"_s, u"new 2"_s)};
    Annotation updated = *m_store.annotation(kept);
    updated.text = u"newer"_s;
    r.updated = {updated};
    QCOMPARE(editing.applyImport(r), 3);
    QCOMPARE(m_stack.count(), 1);
    QVERIFY2(m_stack.undoText().startsWith(u"Import 3 Note"_s), qPrintable(m_stack.undoText()));
    QCOMPARE(m_store.annotations().size(), 3);
    QCOMPARE(m_store.annotation(kept)->text, u"newer"_s);
    m_stack.undo(); // the import as a whole
    QCOMPARE(m_store.annotations().size(), 1);
    QCOMPARE(m_store.annotation(kept)->text, u"old"_s);
    // nothing new: no step
    QCOMPARE(editing.applyImport(NoteImport::Result{}), 0);
    QCOMPARE(m_stack.count(), 1);
}

void tst_NoteEditing::nothingWithoutAnOpenText()
{
    m_store.close();
    NoteEditing editing(&m_store, &m_stack);
    QVERIFY(editing.addNote({0, 5}).isNull());
    QVERIFY(editing.addArticleNote(u"x"_s).isNull());
    QCOMPARE(m_stack.count(), 0);
}

QTEST_MAIN(tst_NoteEditing)
#include "tst_noteediting.moc"
