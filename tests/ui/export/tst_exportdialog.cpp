// File > Export Notes... (ExportDialog) and the export/import actions, offscreen.
#include "../../core/export/ExportFixture.h"
#include "../FileDialogAnswer.h"
#include "annotations/AnnotationStore.h"
#include "export/ExportDialog.h"
#include "export/NoteExportActions.h"
#include "export/NoteExport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>
#include <QFile>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QImage>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QWidget>

using namespace gloss;
using namespace Qt::StringLiterals;

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewFollowsOptions_data();
    void previewFollowsOptions();
    void controlsFollowFormat();
    void saveTo();
    void renderedPreview_data();
    void renderedPreview();
    void renderedPreviewLoadsNothing();
    void actions();
    void reopenAfterClose_data();
    void reopenAfterClose();
    void dialogsRememberFolders();

private:
    QTemporaryDir m_settings;
    Article m_article;
    QList<Annotation> m_notes;
    const QDateTime m_when{QDate(2026, 11, 28), QTime(6, 0), QTimeZone::UTC};
};

void tst_ExportDialog::initTestCase()
{
    // away from the user's settings (the dialogs remember folders)
    QVERIFY(m_settings.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"GlossTest"_s);
    QCoreApplication::setApplicationName(u"gloss-test"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QSettings().clear();
    m_article = test::sampleArticle();
    QVERIFY(!m_article.document.text().isEmpty());
    m_notes = test::sampleNotes(m_article);
}

void tst_ExportDialog::previewFollowsOptions_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("syntax");
    QTest::addColumn<QString>("start");
    QTest::newRow("md") << 0 << u"Markdown"_s << u"# Notes: "_s;
    QTest::newRow("html") << 1 << u"HTML"_s << u"<!DOCTYPE html>"_s;
    QTest::newRow("w3c") << 2 << u"JSON"_s << u"{"_s;
    QTest::newRow("csv") << 3 << QString() << u"quote,speaker,note"_s;
}

void tst_ExportDialog::previewFollowsOptions()
{
    QFETCH(int, index);
    QFETCH(QString, syntax);
    QFETCH(QString, start);
    ExportDialog dialog(m_article, m_notes);
    dialog.setExportedAt(m_when);
    dialog.show();
    QSignalSpy updated(&dialog, &ExportDialog::previewUpdated);
    auto *combo = dialog.findChild<QComboBox *>(u"formatCombo"_s);
    QVERIFY(combo);
    if (combo->currentIndex() != index) {
        combo->setCurrentIndex(index);
        QVERIFY(updated.wait(2000));
    }
    QCOMPARE(dialog.previewSyntax(), syntax);
    QVERIFY2(dialog.previewText().startsWith(start), qPrintable(dialog.previewText().left(80)));
    QString expected = QString::fromUtf8(dialog.output());
    if (expected.startsWith(QChar(0xFEFF)))
        expected.remove(0, 1);
    expected.remove(u'\r'); // the CSV's line ends, as a text editor shows them
    QCOMPARE(dialog.previewText(), expected);
    QCOMPARE(dialog.options().format, NoteExport::Format(combo->currentData().toInt()));

    // The sections appear in the preview as soon as they are ticked (md and html).
    if (index <= 1) {
        auto *claims = dialog.findChild<QCheckBox *>(u"claimsCheck"_s);
        QVERIFY(!dialog.previewText().contains(u"Claims by source"_s));
        claims->setChecked(true);
        QVERIFY(updated.wait(2000));
        QVERIFY(dialog.previewText().contains(u"Claims by source"_s));
    }
}

void tst_ExportDialog::controlsFollowFormat()
{
    ExportDialog dialog(m_article, m_notes);
    auto *combo = dialog.findChild<QComboBox *>(u"formatCombo"_s);
    auto *claims = dialog.findChild<QCheckBox *>(u"claimsCheck"_s);
    auto *noted = dialog.findChild<QRadioButton *>(u"notedRadio"_s);
    QVERIFY(combo && claims && noted);
    QVERIFY(claims->isEnabled());
    QVERIFY(!noted->isEnabled()); // Markdown lists notes only
    combo->setCurrentIndex(combo->findData(int(NoteExport::Format::Html)));
    QVERIFY(noted->isEnabled());
    noted->setChecked(true);
    QVERIFY(!dialog.options().wholeArticle);
    QTRY_VERIFY(dialog.previewText().contains(u"class=\"gap\""_s));
    combo->setCurrentIndex(combo->findData(int(NoteExport::Format::Csv)));
    QVERIFY(!claims->isEnabled());
    QVERIFY(!noted->isEnabled());
}

void tst_ExportDialog::saveTo()
{
    QTemporaryDir dir;
    ExportDialog dialog(m_article, m_notes);
    NoteExport::Options o;
    o.format = NoteExport::Format::W3c;
    dialog.setOptions(o);
    QCOMPARE(dialog.suggestedFileName(), u"sample-article-notes.jsonld"_s);
    QSignalSpy saved(&dialog, &ExportDialog::saved);
    const QString path = dir.filePath(u"out.jsonld"_s);
    QVERIFY(dialog.saveTo(path));
    QCOMPARE(saved.count(), 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), NoteExport::toW3c(m_article, m_notes));
    QVERIFY(!dialog.saveTo(dir.filePath(u"no/such/folder/out.jsonld"_s)));
}

void tst_ExportDialog::renderedPreview_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("rendered");
    QTest::addColumn<QString>("shown");   // in the rendered text
    QTest::addColumn<QString>("notShown"); // markup, not in the rendered text
    QTest::newRow("html") << int(NoteExport::Format::Html) << true << u"Note 2"_s
                          << u"<!DOCTYPE"_s;
    QTest::newRow("markdown") << int(NoteExport::Format::Markdown) << true << u"Note 2"_s
                              << u"### Note"_s;
    QTest::newRow("w3c") << int(NoteExport::Format::W3c) << false << QString() << QString();
    QTest::newRow("csv") << int(NoteExport::Format::Csv) << false << QString() << QString();
}

void tst_ExportDialog::renderedPreview()
{
    QFETCH(int, format);
    QFETCH(bool, rendered);
    QFETCH(QString, shown);
    QFETCH(QString, notShown);
    ExportDialog dialog(m_article, m_notes);
    dialog.show();
    NoteExport::Options o;
    o.format = NoteExport::Format(format);
    dialog.setOptions(o);
    QCOMPARE(dialog.canRender(), rendered);
    QCOMPARE(dialog.isRenderedShown(), rendered); // rendered first, where it can be
    if (!rendered) {
        QVERIFY(dialog.renderedText().isEmpty());
        dialog.setRenderedShown(true);
        QVERIFY(!dialog.isRenderedShown());
        return;
    }
    const QString text = dialog.renderedText();
    QVERIFY2(text.contains(shown), qPrintable(text.left(400)));
    QVERIFY(!text.contains(notShown));
    // the notes' text, as written (escaped in the source, shown as is)
    QVERIFY(text.contains(u"<script>alert('x')</script>"_s));
    QVERIFY(text.contains(u"Gone from the updated story"_s));

    // the source, and the choice kept when the format changes
    dialog.setRenderedShown(false);
    QVERIFY(!dialog.isRenderedShown());
    QVERIFY(dialog.previewText().contains(notShown));
    o.format = NoteExport::Format(format) == NoteExport::Format::Html
                   ? NoteExport::Format::Markdown
                   : NoteExport::Format::Html;
    dialog.setOptions(o);
    QVERIFY(!dialog.isRenderedShown());
    dialog.setRenderedShown(true);
    QVERIFY(dialog.isRenderedShown());
    QVERIFY(dialog.renderedText().contains(u"Note 2"_s));
}

void tst_ExportDialog::renderedPreviewLoadsNothing()
{
    // Exports hold no images or style sheets, but the preview never loads any: not remote,
    // not local (QTextBrowser reads local files by itself).
    QTemporaryDir dir;
    const QString png = dir.filePath(u"local.png"_s);
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(png));
    const QString css = dir.filePath(u"local.css"_s);
    {
        QFile f(css);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("p { color: red; }");
    }
    ExportDialog dialog(m_article, m_notes);
    dialog.show();
    QTextBrowser *browser = dialog.renderedPreview();
    QVERIFY(browser);
    QTextDocument *doc = browser->document();
    const QUrl local = QUrl::fromLocalFile(png);
    const QUrl remote(u"http://127.0.0.1:9/remote.png"_s);
    browser->setHtml(u"<html><head><link rel=\"stylesheet\" href=\"%1\"></head><body>"
                     "<p>text</p><img src=\"%2\"><img src=\"%3\"><img src=\"%4\"></body>"
                     "</html>"_s.arg(QUrl::fromLocalFile(css).toString(), local.toString(), png,
                                     remote.toString()));
    (void)browser->grab(); // laid out and painted
    QCOMPARE(doc->toPlainText().trimmed().left(4), u"text"_s);
    QVERIFY(doc->resource(QTextDocument::ImageResource, local).isNull());
    QVERIFY(doc->resource(QTextDocument::ImageResource, QUrl(png)).isNull());
    QVERIFY(doc->resource(QTextDocument::ImageResource, remote).isNull());
    QVERIFY(doc->resource(QTextDocument::StyleSheetResource, QUrl::fromLocalFile(css)).isNull());
}

void tst_ExportDialog::actions()
{
    QTemporaryDir dir;
    QWidget window;
    AnnotationStore store;
    store.setDataDir(dir.filePath(u"data"_s));
    store.open(m_article.document);
    QList<QUuid> selection;
    NoteExportActions actions(&window, {[this]() { return m_article; },
                                        [&store]() { return &store; },
                                        [&selection]() { return selection; },
                                        {}}); // (imports: NoteImport::apply)
    QCOMPARE(actions.exportAction()->objectName(), u"actionExportNotes"_s);
    QSignalSpy messages(&actions, &NoteExportActions::message);

    // Import a file exported elsewhere: every note arrives, placed.
    const QString file = dir.filePath(u"notes.jsonld"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(NoteExport::toW3c(m_article, m_notes));
    }
    QVERIFY(actions.importFile(file, false, false));
    QCOMPARE(store.annotations().size(), m_notes.size());
    QVERIFY(messages.last().first().toString().contains(u"7 new"_s));
    QCOMPARE(NoteExport::toW3c(m_article, store.annotations()), NoteExport::toW3c(m_article, m_notes));

    // Copy as Markdown: the selected notes only.
    selection = {test::fixedId(4)};
    const QString md = actions.copyAsMarkdown();
    QCOMPARE(QGuiApplication::clipboard()->text(), md);
    QVERIFY(md.contains(u"Vote count"_s));
    QVERIFY(!md.contains(u"Cardiff University"_s));
    selection.clear();
    QVERIFY(actions.copyAsMarkdown().contains(u"Cardiff University"_s));

    // The dialog shows the store's notes.
    ExportDialog *dialog = actions.showExportDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->previewText().contains(u"### Note 7"_s));
    dialog->close();
}

void tst_ExportDialog::reopenAfterClose_data()
{
    QTest::addColumn<QString>("route");
    QTest::newRow("Close button") << u"close"_s;
    QTest::newRow("Esc") << u"escape"_s;
    QTest::newRow("Save") << u"save"_s;
    QTest::newRow("window's close button") << u"window"_s;
    QTest::newRow("Export Notes again while open") << u"again"_s;
}

// The dialog deletes itself when closed; opening it again (it crashed: a dangling pointer to
// the deleted dialog was closed) must work by every route, many times over.
void tst_ExportDialog::reopenAfterClose()
{
    QFETCH(QString, route);
    QTemporaryDir dir;
    QWidget window;
    window.show();
    AnnotationStore store;
    store.setDataDir(dir.filePath(u"data"_s));
    store.open(m_article.document);
    for (const Annotation &a : std::as_const(m_notes))
        store.add(a);
    NoteExportActions actions(&window, {[this]() { return m_article; },
                                        [&store]() { return &store; },
                                        [] { return QList<QUuid>(); },
                                        {}});
    for (int round = 0; round < 4; ++round) {
        actions.exportAction()->trigger();
        const QList<ExportDialog *> open = window.findChildren<ExportDialog *>();
        QCOMPARE(open.size(), 1);
        QPointer<ExportDialog> dialog = open.first();
        QVERIFY(dialog->isVisible());
        if (round == 0) // the store's notes
            QVERIFY(dialog->previewText().contains(u"### Note 7"_s));
        // it opens with the format chosen last time
        auto *combo = dialog->findChild<QComboBox *>(u"formatCombo"_s);
        QCOMPARE(combo->currentIndex(), round == 0 ? 0 : (round - 1) % 2 + 1);
        combo->setCurrentIndex(round % 2 + 1); // HTML, W3C, HTML, …
        if (route == u"close") {
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QVERIFY(buttons);
            buttons->button(QDialogButtonBox::Close)->click();
        } else if (route == u"escape") {
            QTest::keyClick(dialog.data(), Qt::Key_Escape);
        } else if (route == u"save") {
            const QString out = dir.filePath(u"out%1.md"_s.arg(round));
            test::FileDialogAnswer answer({out});
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            buttons->button(QDialogButtonBox::Save)->click();
            QCOMPARE(answer.answered(), 1);
            QVERIFY(QFile::exists(out));
        } else if (route == u"window") {
            QVERIFY(dialog->close());
        } else { // the action again: the open dialog is replaced by a fresh one
            actions.exportAction()->trigger();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QTRY_VERIFY(dialog.isNull());
            QCOMPARE(window.findChildren<ExportDialog *>().size(), 1);
            dialog = window.findChildren<ExportDialog *>().constFirst();
            QVERIFY(dialog->isVisible());
            dialog->close();
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTRY_VERIFY(dialog.isNull()); // deleted on close, no dialog left behind
        QVERIFY(window.findChildren<ExportDialog *>().isEmpty());
    }
}

// Export Notes' Save… and Import Notes… start where they were last used (also in a later run),
// else beside the article (the bundled sample has no folder: the home folder).
void tst_ExportDialog::dialogsRememberFolders()
{
    QSettings().clear();
    const auto canonical = [](const QString &path) { return QFileInfo(path).canonicalFilePath(); };
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"exports"_s) && QDir(dir.path()).mkpath(u"imports"_s));
    QWidget window;
    window.show();
    AnnotationStore store;
    store.setDataDir(dir.filePath(u"data"_s));
    store.open(m_article.document);
    NoteExportActions actions(&window, {[this]() { return m_article; },
                                        [&store]() { return &store; },
                                        [] { return QList<QUuid>(); },
                                        {}});
    const auto saveFromDialog = [&](const QString &answer) {
        ExportDialog *dialog = actions.showExportDialog();
        test::FileDialogAnswer save({answer});
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        dialog->close();
        return save.answered() == 1 ? save.startFolders.first() + u'/' + save.startNames.first()
                                    : QString();
    };
    // first time: the sample has no folder of its own
    QCOMPARE(saveFromDialog(dir.filePath(u"exports/one.md"_s)),
             canonical(QDir::homePath()) + u"/sample-article-notes.md"_s);
    QVERIFY(QFile::exists(dir.filePath(u"exports/one.md"_s)));
    // then where the last export went
    QCOMPARE(saveFromDialog(QString()),
             canonical(dir.filePath(u"exports"_s)) + u"/sample-article-notes.md"_s);

    const QString file = dir.filePath(u"imports/notes.jsonld"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(NoteExport::toW3c(m_article, m_notes));
    }
    {
        test::FileDialogAnswer open({file});
        actions.importAction()->trigger();
        QCOMPARE(open.answered(), 1);
        QCOMPARE(open.startFolders.first(), canonical(QDir::homePath()));
        QCOMPARE(store.annotations().size(), m_notes.size());
    }
    // another run: both remembered
    NoteExportActions later(&window, {[this]() { return m_article; },
                                      [&store]() { return &store; },
                                      [] { return QList<QUuid>(); },
                                      {}});
    test::FileDialogAnswer open({QString()});
    later.importAction()->trigger();
    QCOMPARE(open.startFolders.value(0), canonical(dir.filePath(u"imports"_s)));
    QCOMPARE(saveFromDialog(QString()),
             canonical(dir.filePath(u"exports"_s)) + u"/sample-article-notes.md"_s);
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
