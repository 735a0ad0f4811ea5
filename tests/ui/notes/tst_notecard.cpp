// NoteCard (a sticky note in the margin) and noteStyle (its colours on every theme).
#include "NotesFixture.h"
#include "io/Loader.h"
#include "notes/NoteCard.h"
#include "notes/NoteStyle.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

using namespace gloss;
using namespace Qt::StringLiterals;

class tst_NoteCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheNote_data();
    void showsTheNote();
    void typingIsReportedAfterAPause();
    void leavingTheEditorReportsAtOnce();
    void pendingTypingIsNotOverwritten();
    void tags_data();
    void tags();
    void tagsEdit();
    void colourMenu();
    void collapse();
    void deleteAndKeyboard();
    void heightFollowsText();
    void readableOnEveryTheme_data();
    void readableOnEveryTheme();

private:
    Document m_doc;
    QTemporaryDir m_dir;
};

void tst_NoteCard::initTestCase()
{
    test::isolate(m_dir);
    const Loader::Result loaded = Loader::loadFile(test::samplePath());
    QVERIFY(loaded.ok());
    m_doc = *loaded.document;
}

void tst_NoteCard::showsTheNote_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("accessible");
    QTest::newRow("on a passage") << u"passage"_s << u"“lifeboat slipway”"_s
                                  << u"Note on “lifeboat slipway”"_s;
    QTest::newRow("on the article")
        << u"article"_s << u"On the whole article"_s << u"Note on the article"_s;
    QTest::newRow("orphan") << u"orphan"_s << u"Orphan, was on “lifeboat slipway”"_s
                            << u"Orphaned note, was on “lifeboat slipway”"_s;
}

void tst_NoteCard::showsTheNote()
{
    QFETCH(QString, kind);
    QFETCH(QString, caption);
    QFETCH(QString, accessible);
    Annotation a = kind == u"article" ? Annotation::onArticle(u"Check the minutes"_s)
                                      : test::noteOn(m_doc, u"lifeboat slipway"_s,
                                                     u"Check the minutes"_s, {u"harbour"_s});
    if (kind == u"orphan") {
        a.state = AnchorState::Orphaned;
        a.span = {};
    }
    NoteCard card;
    card.setReadingTheme(ReadingTheme(themes::byName(u"Breeze Light"_s)));
    card.resize(260, 100);
    card.setNote(a, kind == u"article" ? QString() : u"lifeboat slipway"_s);
    QCOMPARE(card.id(), a.id);
    QCOMPARE(card.editor()->toPlainText(), u"Check the minutes"_s);
    QCOMPARE(card.caption(), caption);
    QCOMPARE(card.accessibleName(), accessible);
    QCOMPARE(card.accessibleDescription(), u"Check the minutes"_s);
    QCOMPARE(card.tagsEdit()->text(), kind == u"article" ? QString() : u"#harbour"_s);
    QVERIFY(!card.editor()->accessibleName().isEmpty());
    QVERIFY(!card.menuButton()->accessibleName().isEmpty());
    QVERIFY(card.tagsEdit()->placeholderText().isEmpty()); // "Add tags" only when editing
}

void tst_NoteCard::typingIsReportedAfterAPause()
{
    NoteCard card;
    card.resize(260, 100);
    card.setNote(test::noteOn(m_doc, u"sea wall"_s, QString()), u"sea wall"_s);
    QSignalSpy edited(&card, &NoteCard::textEdited);
    QTest::keyClicks(card.editor(), u"Too low?"_s);
    QCOMPARE(edited.count(), 0); // not at every key
    QTRY_COMPARE(edited.count(), 1);
    QCOMPARE(edited.first().at(0).toUuid(), card.id());
    QCOMPARE(edited.first().at(1).toString(), u"Too low?"_s);
}

void tst_NoteCard::leavingTheEditorReportsAtOnce()
{
    NoteCard card;
    card.resize(260, 100);
    card.setNote(test::noteOn(m_doc, u"sea wall"_s, u"x"_s), u"sea wall"_s);
    QSignalSpy edited(&card, &NoteCard::textEdited);
    QSignalSpy left(&card, &NoteCard::editingLeft);
    card.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(card.editor(), u"yz"_s);
    QTest::keyClick(card.editor(), Qt::Key_Escape);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.first().at(1).toString(), u"xyz"_s);
    QCOMPARE(left.count(), 1);
    Annotation stored = card.note();
    stored.text = u"xyz"_s; // as the store has it now
    card.setNote(stored, u"sea wall"_s);
    QVERIFY(!card.commitText()); // nothing more to report
    QCOMPARE(edited.count(), 1);
}

void tst_NoteCard::pendingTypingIsNotOverwritten()
{
    NoteCard card;
    card.resize(260, 100);
    Annotation a = test::noteOn(m_doc, u"sea wall"_s, u"old"_s);
    card.setNote(a, u"sea wall"_s);
    card.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(card.editor(), u" and new"_s);
    a.color = u"green"_s; // another change arrives while the typing waits
    card.setNote(a, u"sea wall"_s);
    QCOMPARE(card.editor()->toPlainText(), u"old and new"_s);
    QCOMPARE(card.note().color, u"green"_s);
    // once reported, the store's version is shown (e.g. after Undo)
    QVERIFY(card.commitText());
    a.text = u"undone"_s;
    card.setNote(a, u"sea wall"_s);
    QCOMPARE(card.editor()->toPlainText(), u"undone"_s);
}

void tst_NoteCard::tags_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("hashes") << u"#flood #money"_s << QStringList{u"flood"_s, u"money"_s};
    QTest::newRow("commas") << u"flood, money"_s << QStringList{u"flood"_s, u"money"_s};
    QTest::newRow("spaces inside a tag")
        << u"#sea level, #cost"_s << QStringList{u"sea level"_s, u"cost"_s};
    QTest::newRow("duplicates and blanks") << u"a,, #a , b"_s << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("empty") << u"  "_s << QStringList{};
}

void tst_NoteCard::tags()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, tags);
    QCOMPARE(NoteCard::parseTags(typed), tags);
    QCOMPARE(NoteCard::parseTags(NoteCard::tagsText(tags)), tags);
}

void tst_NoteCard::tagsEdit()
{
    NoteCard card;
    card.resize(260, 100);
    card.setNote(test::noteOn(m_doc, u"sea wall"_s, u"x"_s), u"sea wall"_s);
    QSignalSpy tagged(&card, &NoteCard::tagsEdited);
    card.tagsEdit()->setText(u"engineering, cost"_s);
    Q_EMIT card.tagsEdit()->editingFinished();
    QCOMPARE(tagged.count(), 1);
    QCOMPARE(tagged.first().at(1).toStringList(), (QStringList{u"engineering"_s, u"cost"_s}));
    // Esc puts back the note's tags
    card.tagsEdit()->setText(u"oops"_s);
    QTest::keyClick(card.tagsEdit(), Qt::Key_Escape);
    QCOMPARE(card.tagsEdit()->text(), QString());
}

void tst_NoteCard::colourMenu()
{
    NoteCard card;
    card.resize(260, 100);
    card.setNote(test::noteOn(m_doc, u"sea wall"_s, u"x"_s), u"sea wall"_s);
    QSignalSpy colored(&card, &NoteCard::colorChosen);
    const QStringList palette = Annotation::paletteNames();
    for (const QString &name : palette)
        QVERIFY2(card.menu()->findChild<QAction *>(u"noteColor:"_s + name), qPrintable(name));
    card.menu()->findChild<QAction *>(u"noteColor:blue"_s)->trigger();
    QCOMPARE(colored.count(), 1);
    QCOMPARE(colored.first().at(1).toString(), u"blue"_s);
    QCOMPARE(noteStyle::displayName(u"blue"_s), u"Blue"_s);
    QCOMPARE(noteStyle::displayName(u"#123456"_s), u"#123456"_s);
}

void tst_NoteCard::collapse()
{
    NoteCard card;
    card.resize(260, 100);
    card.setNote(test::noteOn(m_doc, u"sea wall"_s, u"First line\nsecond line\nthird"_s, {u"x"_s}),
                 u"sea wall"_s);
    const int open = card.heightForWidth(260);
    QSignalSpy toggled(&card, &NoteCard::collapseToggled);
    QSignalSpy height(&card, &NoteCard::heightChanged);
    card.collapseButton()->click();
    QCOMPARE(toggled.count(), 1);
    QVERIFY(card.isCollapsed());
    QVERIFY(height.count() >= 1);
    QVERIFY2(card.heightForWidth(260) < open, qPrintable(QString::number(open)));
    QCOMPARE(card.caption(), u"First line #x"_s);
    QVERIFY(card.editor()->isHidden());
    card.startEditing(); // editing opens it again
    QVERIFY(!card.isCollapsed());
    QCOMPARE(card.heightForWidth(260), open);
}

void tst_NoteCard::deleteAndKeyboard()
{
    NoteCard card;
    card.resize(260, 100);
    card.setNote(test::noteOn(m_doc, u"sea wall"_s, u"x"_s), u"sea wall"_s);
    QSignalSpy deleted(&card, &NoteCard::deleteRequested);
    card.menu()->findChild<QAction *>(u"noteDelete"_s)->trigger();
    QCOMPARE(deleted.count(), 1);
    QSignalSpy left(&card, &NoteCard::editingLeft);
    QTest::keyClick(card.editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(left.count(), 1);
    QVERIFY(card.editor()->tabChangesFocus());
    QCOMPARE(card.menuButton()->focusPolicy(), Qt::TabFocus);
}

void tst_NoteCard::heightFollowsText()
{
    NoteCard card;
    card.resize(240, 100);
    card.setNote(test::noteOn(m_doc, u"sea wall"_s, u"short"_s), u"sea wall"_s);
    const int one = card.heightForWidth(240);
    QSignalSpy height(&card, &NoteCard::heightChanged);
    QTest::keyClicks(card.editor(), u" and then a much longer note that wraps onto several "
                                    u"lines of the card when it is only this wide"_s);
    QVERIFY(height.count() >= 1);
    QVERIFY(card.heightForWidth(240) > one + card.editor()->fontMetrics().lineSpacing());
    QVERIFY(card.heightForWidth(480) < card.heightForWidth(240));
}

void tst_NoteCard::readableOnEveryTheme_data()
{
    QTest::addColumn<QString>("theme");
    for (const QString &name : themes::names())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_NoteCard::readableOnEveryTheme()
{
    QFETCH(QString, theme);
    const ReadingTheme t(themes::byName(theme));
    QVERIFY(t.isValid());
    for (const QString &color : Annotation::paletteNames() + QStringList{u"#203040"_s}) {
        const QByteArray where = (theme + u' ' + color).toUtf8();
        const QColor paper = noteStyle::card(color, t);
        const QColor mark = noteStyle::highlight(color, t);
        const QColor active = noteStyle::highlight(color, t, true);
        // the body text stays readable (4.5:1) on cards and highlights, and the speakers'
        // tinted quotes (3:1) under a highlight
        const double body =
            std::min(ReadingTheme::kTintContrast, colors::contrastRatio(t.text(), t.background()));
        QVERIFY2(colors::contrastRatio(t.text(), paper) >= body - 0.01, where);
        QVERIFY2(colors::contrastRatio(t.text(), mark) >= body - 0.01, where);
        QVERIFY2(colors::contrastRatio(t.text(), active) >= body - 0.01, where);
        // (unless the highlight is as faint as it can be and still be seen)
        const bool faintest = colors::distance(mark, t.background()) < 0.05;
        for (const QColor &speaker : t.speakerColors()) {
            const double want = std::min(3.0, colors::contrastRatio(speaker, t.background()));
            QVERIFY2(faintest || colors::contrastRatio(speaker, mark) >= want - 0.01, where);
        }
        // the highlight is visible on the page, the current note's more so
        QVERIFY2(colors::distance(mark, t.background()) > 0.02, where);
        QVERIFY2(colors::distance(active, t.background()) >= colors::distance(mark, t.background()),
                 where);
        QVERIFY2(colors::contrastRatio(noteStyle::accent(color, t), t.background()) >= 2.9, where);
    }
}

QTEST_MAIN(tst_NoteCard)
#include "tst_notecard.moc"
