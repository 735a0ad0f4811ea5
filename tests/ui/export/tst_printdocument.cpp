// File > Print… and Export as PDF…: PrintDocument (the printable document) and PrintActions,
// offscreen; the PDF is read back with pdftotext (poppler-utils).
#include "../TestArticles.h"
#include "ArticleIndex.h"
#include "MainWindow.h"
#include "export/PrintActions.h"
#include "export/PrintDocument.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTimeZone>

using namespace gloss;
using namespace Qt::StringLiterals;

namespace {

/** Every run of text in @p doc (tables too) with its character format. */
QList<QTextFragment> fragments(const QTextDocument &doc)
{
    QList<QTextFragment> out;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it)
            out.append(it.fragment());
    }
    return out;
}

/** The format of the first character of the first occurrence of @p words. */
QTextCharFormat formatAt(const QTextDocument &doc, const QString &words)
{
    const QTextCursor found = doc.find(words);
    if (found.isNull())
        return {};
    QTextCursor c(const_cast<QTextDocument *>(&doc));
    c.setPosition(found.selectionStart() + 1);
    return c.charFormat();
}

QStringList superscripts(const QTextDocument &doc)
{
    QStringList out;
    for (const QTextFragment &f : fragments(doc)) {
        if (f.charFormat().verticalAlignment() == QTextCharFormat::AlignSuperScript)
            out.append(f.text());
    }
    return out;
}

bool hasTable(const QTextDocument &doc)
{
    const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
    return std::any_of(frames.cbegin(), frames.cend(),
                       [](QTextFrame *f) { return qobject_cast<QTextTable *>(f) != nullptr; });
}

} // namespace

class tst_PrintDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void notesNumberedAndPlaced_data();
    void notesNumberedAndPlaced();
    void coloursAsTheViewShowsThem_data();
    void coloursAsTheViewShowsThem();
    void darkThemePrintsLight();
    void codeInTheFixedFont();
    void pdf_data();
    void pdf();
    void pdfToAnUnwritablePlace();
    void actionsInTheWindow();

private:
    Annotation note(const QString &words, const QString &text, int n);
    PrintActions *actions(QObject *owner);

    QTemporaryDir m_dir;
    Article m_article;
    QList<Annotation> m_notes;
};

Annotation tst_PrintDocument::note(const QString &words, const QString &text, int n)
{
    const qsizetype at = m_article.document.text().indexOf(words);
    Annotation a = Annotation::onSpan(m_article.document, Span{at, at + words.size()}, text);
    a.created = a.modified = QDateTime(QDate(2026, 11, 28), QTime(6, n), QTimeZone::UTC);
    return a;
}

void tst_PrintDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
    m_article = test::sampleArticle();
    QVERIFY(!m_article.document.text().isEmpty());
    // in reading order: 1 on the article, 2-5 on passages ("We are not going…", "31 to 12",
    // "Dr Samuel Okafor", "Ms Pritchard rejected…"), 6 an orphan
    m_notes.append(note(u"Ms Pritchard rejected the criticism"_s, u"Her answer, in full."_s, 4));
    m_notes.append(note(u"Dr Samuel Okafor"_s, u"Coastal engineer; check the review."_s, 1));
    m_notes.append(note(u"31 to 12"_s, u"Vote count checked\nagainst the minutes"_s, 2));
    Annotation tagged = note(u"We are not going to hand the promenade back to the sea"_s,
                             u"Rhetoric or plan?"_s, 3);
    tagged.tags = {u"rhetoric"_s, u"follow-up"_s};
    tagged.color = u"green"_s;
    m_notes.append(tagged);
    Annotation whole = Annotation::onArticle(u"Well sourced overall."_s);
    m_notes.append(whole);
    Annotation orphan;
    orphan.id = QUuid::createUuid();
    orphan.quote = TextQuoteSelector{u"a sentence the editors removed"_s, {}, {}};
    orphan.state = AnchorState::Orphaned;
    orphan.text = u"Gone from the updated story"_s;
    m_notes.append(orphan);
}

void tst_PrintDocument::notesNumberedAndPlaced_data()
{
    QTest::addColumn<int>("placement");
    QTest::newRow("notes in the margin") << int(PrintDocument::NotePlacement::Margin);
    QTest::newRow("endnotes") << int(PrintDocument::NotePlacement::Endnotes);
}

void tst_PrintDocument::notesNumberedAndPlaced()
{
    QFETCH(int, placement);
    PrintDocument::Options o;
    o.notes = PrintDocument::NotePlacement(placement);
    o.printedAt = QDateTime(QDate(2026, 12, 5), QTime(9, 0), QTimeZone::UTC);
    o.locale = QLocale::c();
    const auto doc = PrintDocument::build(m_article, m_notes, o);
    const QString text = doc->toPlainText();
    // the article, whole, with the number of each placed note after its passage
    QVERIFY(text.contains(u"Harbour city votes to rebuild"_s));
    QVERIFY(text.contains(u"back to the sea2,”"_s)); // note 2's number after its passage
    QVERIFY(text.contains(u"31 to 123"_s));
    QVERIFY(text.contains(u"Dr Samuel Okafor4"_s));
    QCOMPARE(superscripts(*doc), (QStringList{u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
    // the bundled sample by its name, never by its resource address
    QVERIFY(text.contains(u"Source: "_s + Document::displaySource(Document::sampleSource())));
    QVERIFY(!text.contains(u":/org.gloss"_s));
    QVERIFY(text.contains(u"Printed 2026-12-05 09:00 UTC · 6 note"_s));
    QVERIFY(text.contains(u", 1 orphaned"_s));
    // every note's text, the tags, the article note before the text, the orphan after it
    for (const Annotation &a : std::as_const(m_notes)) {
        const QString first = a.text.section(u'\n', 0, 0);
        QVERIFY2(text.contains(first), qPrintable(first));
    }
    QVERIFY(text.contains(u"#rhetoric  #follow-up"_s));
    QVERIFY(text.contains(u"1.  On the whole article"_s) || text.contains(u"1  On the whole"_s));
    QVERIFY(text.indexOf(u"Orphaned notes"_s) > text.indexOf(u"Rhodri Evans"_s));
    QVERIFY(text.contains(u"“a sentence the editors removed”"_s));
    // the passage is marked in its note's colour
    QVERIFY(formatAt(*doc, u"31 to 1"_s).background().style() != Qt::NoBrush);
    QCOMPARE(formatAt(*doc, u"The plan raises"_s).background().style(), Qt::NoBrush);
    if (o.notes == PrintDocument::NotePlacement::Margin) {
        QVERIFY(hasTable(*doc));
        QVERIFY(!text.contains(u"\nNotes\n"_s));
        // a note beside its paragraph: in the table, after the paragraph's first words
        const int paragraph = text.indexOf(u"“We are not going"_s);
        const int card = text.indexOf(u"Rhetoric or plan?"_s);
        QVERIFY(card > paragraph);
        QVERIFY(card < text.indexOf(u"Not everyone is convinced"_s));
        // the note on the whole article at the top of the margin, beside the first paragraphs
        const int whole = text.indexOf(u"Well sourced overall."_s);
        QVERIFY(whole > text.indexOf(u"the water instead."_s));
        QVERIFY(whole < paragraph);
    } else {
        QVERIFY(!hasTable(*doc));
        const int notes = text.indexOf(u"\nNotes\n"_s);
        QVERIFY(notes > text.indexOf(u"Rhodri Evans"_s));
        // numbered in reading order, with their passages and speakers
        QVERIFY(text.indexOf(u"1."_s, notes) < text.indexOf(u"2."_s, notes));
        QVERIFY(text.indexOf(u"2."_s, notes) < text.indexOf(u"3."_s, notes));
        QVERIFY(text.indexOf(u"Well sourced overall."_s) > notes);
        QVERIFY(text.indexOf(u"“Dr Samuel Okafor”"_s, notes) > notes);
        QVERIFY(text.contains(u"2.  Alys Pritchard, quoted"_s)); // a passage in her quote
    }
}

void tst_PrintDocument::coloursAsTheViewShowsThem_data()
{
    QTest::addColumn<bool>("speakers");
    QTest::addColumn<bool>("entities");
    QTest::newRow("speakers and entities") << true << true;
    QTest::newRow("speakers only") << true << false;
    QTest::newRow("entities only") << false << true;
    QTest::newRow("neither") << false << false;
}

void tst_PrintDocument::coloursAsTheViewShowsThem()
{
    QFETCH(bool, speakers);
    QFETCH(bool, entities);
    PrintDocument::Options o;
    o.layers.setFlag(ArticleHighlighter::SpeakerLayer, speakers);
    o.layers.setFlag(ArticleHighlighter::EntityLayer, entities);
    const auto doc = PrintDocument::build(m_article, {}, o);
    const ReadingTheme theme = PrintDocument::paperTheme(o.theme);
    ArticleIndex index;
    index.build(m_article, nullptr);
    const QColor okafor = theme.speakerColor(index.speakerSlot(test::Okafor));
    const QTextCharFormat quote = formatAt(*doc, u"A wall is a promise"_s);
    QCOMPARE(quote.foreground().color() == okafor, speakers);
    const QTextCharFormat cardiff = formatAt(*doc, u"Cardiff University"_s);
    QCOMPARE(cardiff.underlineStyle() != QTextCharFormat::NoUnderline, entities);
    if (entities)
        QCOMPARE(cardiff.underlineColor(), theme.entityColor(EntityType::Org));

    // a speaker switched off in the Speakers tab is not tinted
    o.hiddenSpeakers = {test::Okafor};
    const auto hidden = PrintDocument::build(m_article, {}, o);
    QVERIFY(formatAt(*hidden, u"A wall is a promise"_s).foreground().color() != okafor);
}

void tst_PrintDocument::codeInTheFixedFont()
{
    const QString code = u"total = 4096  # said nobody"_s;
    const QString text = u"Code in print\n\nThe paragraph before the code.\n\n"_s + code
                         + u"\n\nThe paragraph after it."_s;
    Article a;
    a.document = Document(text, u"t.md"_s);
    const qsizetype start = text.indexOf(code);
    a.document.blocks.append(Document::Block{Document::Block::Code, 0, start, start + code.size()});
    const auto doc = PrintDocument::build(a, {}, PrintDocument::Options{});
    const QTextCharFormat inCode = formatAt(*doc, u"total = 4096"_s);
    QVERIFY(inCode.fontFixedPitch());
    QVERIFY(!inCode.hasProperty(QTextFormat::ForegroundBrush)); // no tint of the number
    QVERIFY(!formatAt(*doc, u"paragraph after"_s).fontFixedPitch());
}

void tst_PrintDocument::darkThemePrintsLight()
{
    const KSyntaxHighlighting::Theme dark =
        themes::repository().defaultTheme(KSyntaxHighlighting::Repository::DarkTheme);
    QVERIFY(ReadingTheme(dark).isDark());
    QVERIFY(!PrintDocument::paperTheme(ReadingTheme(dark)).isDark());
    const ReadingTheme light(
        themes::repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    QCOMPARE(PrintDocument::paperTheme(light).name(), light.name());
}

PrintActions *tst_PrintDocument::actions(QObject *owner)
{
    auto *parent = new QWidget;
    connect(owner, &QObject::destroyed, parent, &QObject::deleteLater);
    return new PrintActions(parent, {[this] { return m_article; }, [this] { return m_notes; },
                                     [] { return PrintDocument::Options(); }});
}

void tst_PrintDocument::pdf_data()
{
    QTest::addColumn<int>("placement");
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("margin, A4") << int(PrintDocument::NotePlacement::Margin) << u"A4"_s;
    QTest::newRow("endnotes, Letter") << int(PrintDocument::NotePlacement::Endnotes)
                                      << u"Letter"_s;
}

void tst_PrintDocument::pdf()
{
    QFETCH(int, placement);
    QFETCH(QString, pageSize);
    QObject owner;
    PrintActions *a = actions(&owner);
    PrintDocument::Options o = a->options();
    o.notes = PrintDocument::NotePlacement(placement);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".pdf");
    QFile::remove(path);
    QSignalSpy message(a, &PrintActions::message);
    QVERIFY(a->exportPdf(path, o,
                         QPageSize(pageSize == u"A4" ? QPageSize::A4 : QPageSize::Letter)));
    QCOMPARE(message.count(), 1);
    QVERIFY(message.first().first().toString().contains(QFileInfo(path).fileName()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    // the sample article (about 800 words) with six notes: two to five pages
    qsizetype pages = 0;
    auto pageObjects = QRegularExpression(u"/Type\\s*/Page[^s]"_s)
                           .globalMatch(QString::fromLatin1(bytes));
    while (pageObjects.hasNext()) {
        pageObjects.next();
        ++pages;
    }
    qInfo("%s: %lld pages, %lld bytes", QTest::currentDataTag(), qlonglong(pages),
          qlonglong(bytes.size()));
    QVERIFY2(pages >= 2 && pages <= 5, qPrintable(QString::number(pages)));

    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils, in scripts/lib/env.sh) is not installed");
    QProcess p;
    p.start(pdftotext, {u"-layout"_s, path, u"-"_s});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    // (words within one line: -layout interleaves the margin column with the text's lines)
    for (const QString &words : {u"Harbour city votes to"_s, u"Rhodri Evans"_s,
                                 u"Coastal engineer; check the review."_s,
                                 u"Rhetoric or plan?"_s, u"Well sourced overall."_s,
                                 u"Gone from the updated story"_s, u"Orphaned notes"_s})
        QVERIFY2(text.contains(words), qPrintable(words + u" in:\n"_s + text.left(3000)));
}

void tst_PrintDocument::pdfToAnUnwritablePlace()
{
    QObject owner;
    PrintActions *a = actions(&owner);
    const QString path = m_dir.filePath(u"no-such-folder/article.pdf"_s);
    QString why;
    QSignalSpy message(a, &PrintActions::message);
    QVERIFY(!a->exportPdf(path, a->options(), QPageSize(QPageSize::A4), &why));
    QVERIFY2(why.startsWith(u"Cannot write"_s), qPrintable(why));
    QCOMPARE(message.count(), 1);
    QVERIFY(!QFile::exists(path));
}

void tst_PrintDocument::actionsInTheWindow()
{
    MainWindow w;
    QAction *print = w.action(u"actionPrint"_s);
    QAction *pdf = w.action(u"actionExportPdf"_s);
    QVERIFY(print);
    QVERIFY(pdf);
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(w.fileMenu()->actions().contains(print));
    QVERIFY(w.fileMenu()->actions().contains(pdf));
    QVERIFY(w.actions().contains(print)); // Ctrl+P works in focus mode too
}

QTEST_MAIN(tst_PrintDocument)
#include "tst_printdocument.moc"
