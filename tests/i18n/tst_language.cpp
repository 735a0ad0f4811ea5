// i18n/Language (and ui/LanguageMenu): which language is chosen (system, View > Language),
// what loading it changes (the window's menus and panels, core and command-line messages, plural
// forms, numbers).
#include "ArticleView.h"
#include "Language.h"
#include "MainWindow.h"
#include "TestPaths.h"
#include "analysis/Analyzer.h"
#include "export/NoteExport.h"
#include "io/Loader.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gloss;
using namespace Qt::StringLiterals;

class tst_Language : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void match_data();
    void match();
    void available();
    void apply_data();
    void apply();
    void pluralForms_data();
    void pluralForms();
    void numbersFollowTheLanguage_data();
    void numbersFollowTheLanguage();
    void unknownLanguageKeepsEnglish();
    void windowInTheLanguage_data();
    void windowInTheLanguage();
    void languageMenu();
    void exportsInTheLanguage_data();
    void exportsInTheLanguage();
    void commandLineFollowsTheSystem_data();
    void commandLineFollowsTheSystem();
    void noDisplayMessageInTheLanguage();

private:
    QTemporaryDir m_dir;
};

void tst_Language::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"GlossTest"_s);
    QCoreApplication::setApplicationName(u"gloss-test"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings().clear();
}

void tst_Language::cleanup()
{
    Language::apply(u"en"_s);
    QSettings().clear();
}

void tst_Language::match_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German") << QStringList{u"de"_s} << u"de"_s;
    QTest::newRow("German of Austria, BCP 47") << QStringList{u"de-AT"_s} << u"de"_s;
    QTest::newRow("French of Canada, POSIX form") << QStringList{u"fr_CA"_s} << u"fr"_s;
    QTest::newRow("Spanish of Mexico") << QStringList{u"es-MX"_s} << u"es"_s;
    QTest::newRow("Korean") << QStringList{u"ko-KR"_s} << u"ko"_s;
    QTest::newRow("first one spoken wins") << QStringList{u"pt-BR"_s, u"ko"_s, u"de"_s} << u"ko"_s;
    QTest::newRow("English before a translation") << QStringList{u"en-GB"_s, u"de"_s} << u"en"_s;
    QTest::newRow("C locale") << QStringList{u"C"_s} << u"en"_s;
    QTest::newRow("C.UTF-8 locale") << QStringList{u"C.UTF-8"_s} << u"en"_s;
    QTest::newRow("untranslated language") << QStringList{u"ja"_s} << u"en"_s;
    QTest::newRow("nothing") << QStringList{} << u"en"_s;
}

void tst_Language::match()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(Language::match(uiLanguages), expected);
}

void tst_Language::available()
{
    QStringList codes, names;
    for (const Language::Option &o : Language::available()) {
        codes << o.code;
        names << o.nativeName;
    }
    QCOMPARE(codes, (QStringList{u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"ko"_s}));
    QCOMPARE(names,
             (QStringList{u"Deutsch"_s, u"English"_s, u"Español"_s, u"Français"_s, u"한국어"_s}));
}

void tst_Language::apply_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("missingFile");
    QTest::newRow("German") << u"de"_s << u"&Datei"_s << u"/nirgends.txt: Datei nicht gefunden"_s;
    QTest::newRow("French") << u"fr"_s << u"&Fichier"_s
                            << u"/nirgends.txt\u00A0: fichier introuvable"_s;
    QTest::newRow("Spanish") << u"es"_s << u"&Archivo"_s
                             << u"/nirgends.txt: no existe el archivo"_s;
    QTest::newRow("Korean") << u"ko"_s << u"파일(&F)"_s << u"/nirgends.txt: 파일이 없습니다"_s;
    QTest::newRow("English") << u"en"_s << u"&File"_s << u"/nirgends.txt: no such file"_s;
}

void tst_Language::apply()
{
    QFETCH(QString, code);
    QFETCH(QString, fileMenu);
    QFETCH(QString, missingFile);
    QVERIFY(Language::apply(code));
    QCOMPARE(Language::current(), code);
    QCOMPARE(QCoreApplication::translate("gloss::MainWindow", "&File"), fileMenu);
    // a core message (Qt Core only, QCoreApplication::translate)
    QCOMPARE(Loader::loadFile(u"/nirgends.txt"_s).error, missingFile);
    // and back
    QVERIFY(Language::apply(u"en"_s));
    QCOMPARE(QCoreApplication::translate("gloss::MainWindow", "&File"), u"&File"_s);
}

void tst_Language::pluralForms_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German, one") << u"de"_s << 1 << u"1 Notiz als Markdown kopiert."_s;
    QTest::newRow("German, three") << u"de"_s << 3 << u"3 Notizen als Markdown kopiert."_s;
    QTest::newRow("French, one") << u"fr"_s << 1 << u"1 note copiée en Markdown."_s;
    QTest::newRow("French, zero (singular in French)")
        << u"fr"_s << 0 << u"0 note copiée en Markdown."_s;
    QTest::newRow("French, three") << u"fr"_s << 3 << u"3 notes copiées en Markdown."_s;
    QTest::newRow("Spanish, one") << u"es"_s << 1 << u"1 nota copiada como Markdown."_s;
    QTest::newRow("Spanish, three") << u"es"_s << 3 << u"3 notas copiadas como Markdown."_s;
    QTest::newRow("Korean, one form") << u"ko"_s << 3 << u"메모 3개를 Markdown으로 복사했습니다."_s;
    QTest::newRow("English, one") << u"en"_s << 1 << u"Copied 1 note as Markdown."_s;
    QTest::newRow("English, three") << u"en"_s << 3 << u"Copied 3 notes as Markdown."_s;
}

void tst_Language::pluralForms()
{
    QFETCH(QString, code);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QVERIFY(Language::apply(code));
    QCOMPARE(QCoreApplication::translate("gloss::NoteExportActions",
                                         "Copied %n note(s) as Markdown.", nullptr, n),
             expected);
}

void tst_Language::numbersFollowTheLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    // the system's locale is of another language (C.UTF-8 in the tests): the language's own
    QTest::newRow("German") << u"de"_s << u"1.234.567"_s;
    QTest::newRow("French") << u"fr"_s << u"1\u202F234\u202F567"_s;
    QTest::newRow("Spanish") << u"es"_s << u"1.234.567"_s;
    QTest::newRow("Korean") << u"ko"_s << u"1,234,567"_s;
}

void tst_Language::numbersFollowTheLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    if (QLocale::system().language() == QLocale(code).language())
        QSKIP("the system's locale is of this language: its own formats are kept");
    QVERIFY(Language::apply(code));
    QCOMPARE(QLocale().toString(1234567), expected);
}

void tst_Language::unknownLanguageKeepsEnglish()
{
    QVERIFY(Language::apply(u"de"_s));
    QVERIFY(!Language::apply(u"xx"_s));
    QCOMPARE(Language::current(), u"en"_s);
    QCOMPARE(QCoreApplication::translate("gloss::MainWindow", "&File"), u"&File"_s);
    // a stored choice Gloss does not have falls back to the system's language
    QCOMPARE(Language::resolve(u"xx"_s), Language::match(QLocale::system().uiLanguages()));
}

void tst_Language::windowInTheLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QStringList>("docks");
    QTest::addColumn<QString>("words");
    QTest::newRow("German") << u"de"_s
                            << QStringList{u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s,
                                           u"&Notizen"_s, u"&Hilfe"_s}
                            << QStringList{u"Aussagen"_s, u"Sprecher"_s, u"Namen"_s}
                            << u"Wörter: "_s;
    QTest::newRow("French") << u"fr"_s
                            << QStringList{u"&Fichier"_s, u"É&dition"_s, u"&Affichage"_s,
                                           u"&Notes"_s, u"Aid&e"_s}
                            << QStringList{u"Affirmations"_s, u"Locuteurs"_s, u"Noms"_s}
                            << u"Mots\u00A0: "_s;
    QTest::newRow("Spanish") << u"es"_s
                             << QStringList{u"&Archivo"_s, u"&Editar"_s, u"&Ver"_s, u"&Notas"_s,
                                            u"Ay&uda"_s}
                             << QStringList{u"Afirmaciones"_s, u"Hablantes"_s, u"Nombres"_s}
                             << u"Palabras: "_s;
    QTest::newRow("Korean") << u"ko"_s
                            << QStringList{u"파일(&F)"_s, u"편집(&E)"_s, u"보기(&V)"_s,
                                           u"메모(&N)"_s, u"도움말(&H)"_s}
                            << QStringList{u"주장"_s, u"발화자"_s, u"개체"_s} << u"단어: "_s;
}

void tst_Language::windowInTheLanguage()
{
    QFETCH(QString, code);
    QFETCH(QStringList, menus);
    QFETCH(QStringList, docks);
    QFETCH(QString, words);
    QVERIFY(Language::apply(code));
    MainWindow window;
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles << a->text();
    QCOMPARE(titles, menus);
    QStringList dockTitles;
    for (const char *name : {"claimsDock", "speakersDock", "entitiesDock"})
        dockTitles << window.findChild<QDockWidget *>(QString::fromLatin1(name))->windowTitle();
    QCOMPARE(dockTitles, docks);
    QVERIFY(window.openFile(u":/org.gloss/data/sample-article.txt"_s));
    QSignalSpy shown(&window, &MainWindow::articleShown);
    QVERIFY(shown.wait(30000));
    auto *label = window.findChild<QLabel *>(u"wordsLabel"_s);
    QVERIFY(label->text().startsWith(words));
    // the count in the language's number format
    const int count = window.article().wordCount();
    QVERIFY2(label->text().endsWith(QLocale().toString(count)), qPrintable(label->text()));
}

void tst_Language::languageMenu()
{
    MainWindow window;
    auto *menu = window.findChild<QMenu *>(u"languageMenu"_s);
    QVERIFY(menu);
    QVERIFY(window.viewMenu()->actions().contains(menu->menuAction()));
    QStringList entries;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            entries << a->text();
    }
    // LANGUAGE=en in the tests' environment: the system's language is English
    QCOMPARE(entries, (QStringList{u"&System (English)"_s, u"Deutsch"_s, u"English"_s, u"Español"_s,
                                   u"Français"_s, u"한국어"_s}));
    auto *system = window.findChild<QAction *>(u"actionLanguageSystem"_s);
    QVERIFY(system->isChecked());

    // choosing French stores it and says so in French, offering a restart
    window.findChild<QAction *>(u"actionLanguage:fr"_s)->trigger();
    QCOMPARE(Language::chosen(), u"fr"_s);
    QTRY_VERIFY(window.findChild<QMessageBox *>(u"languageRestartBox"_s));
    auto *box = window.findChild<QMessageBox *>(u"languageRestartBox"_s);
    QCOMPARE(box->text(), u"Gloss utilisera cette langue à son prochain démarrage."_s);
    QVERIFY(box->findChild<QPushButton *>(u"restartNow"_s));
    box->close();
    QTRY_VERIFY(!window.findChild<QMessageBox *>(u"languageRestartBox"_s));

    // a second choice replaces the box of the first (they piled up), in its own language
    window.findChild<QAction *>(u"actionLanguage:fr"_s)->trigger();
    QTRY_VERIFY(window.findChild<QMessageBox *>(u"languageRestartBox"_s));
    window.findChild<QAction *>(u"actionLanguage:de"_s)->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTRY_COMPARE(window.findChildren<QMessageBox *>(u"languageRestartBox"_s).size(), 1);
    box = window.findChild<QMessageBox *>(u"languageRestartBox"_s);
    QCOMPARE(box->text(), u"Gloss verwendet diese Sprache beim nächsten Start."_s);
    box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTRY_VERIFY(!window.findChild<QMessageBox *>(u"languageRestartBox"_s));

    // back to the system's language, which is the one in use: nothing to restart for
    system->trigger();
    QCOMPARE(Language::chosen(), QString());
    QTest::qWait(50);
    QVERIFY(!window.findChild<QMessageBox *>(u"languageRestartBox"_s));

    // a new window shows the stored choice checked
    Language::setChosen(u"ko"_s);
    MainWindow second;
    QVERIFY(second.findChild<QAction *>(u"actionLanguage:ko"_s)->isChecked());
    QVERIFY(!second.findChild<QAction *>(u"actionLanguageSystem"_s)->isChecked());
}

void tst_Language::exportsInTheLanguage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("claims");
    QTest::newRow("German") << u"de"_s << u"## Notizen in Lesereihenfolge"_s
                            << u"## Aussagen nach Quelle"_s;
    QTest::newRow("French") << u"fr"_s << u"## Notes dans l’ordre de lecture"_s
                            << u"## Affirmations par source"_s;
    QTest::newRow("Spanish") << u"es"_s << u"## Notas en orden de lectura"_s
                             << u"## Afirmaciones por fuente"_s;
    QTest::newRow("Korean") << u"ko"_s << u"## 읽는 순서대로 본 메모"_s << u"## 출처별 주장"_s;
}

void tst_Language::exportsInTheLanguage()
{
    QFETCH(QString, code);
    QFETCH(QString, heading);
    QFETCH(QString, claims);
    const Loader::Result loaded = Loader::loadFile(u":/org.gloss/data/sample-article.txt"_s);
    QVERIFY(loaded.ok());
    const Article article = Analyzer::analyze(*loaded.document);
    QVERIFY(Language::apply(code));
    NoteExport::Options options;
    options.includeClaims = true;
    options.exportedAt = QDateTime(QDate(2026, 3, 14), QTime(9, 30), QTimeZone::UTC);
    options.locale = QLocale();
    const QString md = NoteExport::toMarkdown(article, {}, options);
    QVERIFY2(md.contains(heading), qPrintable(md.left(400)));
    QVERIFY2(md.contains(claims), qPrintable(md.left(400)));
    // the date in the language's own long form
    const QDate local = options.exportedAt.toLocalTime().date();
    QVERIFY2(md.contains(QLocale().toString(local, QLocale::LongFormat)), qPrintable(md.left(400)));
    options.format = NoteExport::Format::Html;
    const QString html = NoteExport::toHtml(article, {}, options);
    QVERIFY(html.contains(u"<html lang=\""_s + QLocale().bcp47Name() + u'"'));
    QVERIFY(html.contains(claims.mid(3)));

    // the C locale (the command line, tools): the ISO date, as before
    options.locale = QLocale::c();
    QVERIFY(NoteExport::toMarkdown(article, {}, options).contains(u"2026-03-14 09:30 UTC"_s));
}

void tst_Language::commandLineFollowsTheSystem_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German") << u"de"_s << u"gloss: /nirgends.txt: Datei nicht gefunden"_s;
    QTest::newRow("French, first of a list")
        << u"fr:de"_s << u"gloss: /nirgends.txt\u00A0: fichier introuvable"_s;
    QTest::newRow("Korean") << u"ko_KR"_s << u"gloss: /nirgends.txt: 파일이 없습니다"_s;
    QTest::newRow("English") << u"en"_s << u"gloss: /nirgends.txt: no such file"_s;
}

void tst_Language::commandLineFollowsTheSystem()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, language);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    p.setProcessEnvironment(env);
    p.start(test::glossBinary(), {u"analyze"_s, u"/nirgends.txt"_s, u"--format"_s, u"text"_s});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY(p.exitCode() != 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(expected), qPrintable(err));
}

void tst_Language::noDisplayMessageInTheLanguage()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"LANGUAGE"_s, u"de"_s);
    p.setProcessEnvironment(env);
    p.start(test::glossBinary(), {});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.startsWith(u"gloss: kein Bildschirm gefunden"_s), qPrintable(err));
}

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
