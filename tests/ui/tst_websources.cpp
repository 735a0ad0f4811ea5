#include "ArticleOpener.h"
#include "OpenLinkDialog.h"
#include "SourceHeader.h"
#include "WebSources.h"
#include "../net/TestHttpServer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using gloss::ArticleCache;
using gloss::ArticleFetcher;
using gloss::Document;
using gloss::WebSources;

namespace {
const QByteArray kPage =
    "<html><head><meta property='og:site_name' content='Coast News'>"
    "<meta property='article:published_time' content='2025-06-01T10:00:00Z'>"
    "<title>Ferry timetable changes | Coast News</title></head><body><article>"
    "<h1>Ferry timetable changes</h1><p class='byline'>By Ola Berg</p>"
    "<p>The island ferry will run every forty minutes from June, the operator said.</p>"
    "</article></body></html>";
}

class tst_WebSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensUrlThenCachedCopy();
    void dialog();
    void failureIsShown();
    void oneDialogOrBoxAtATime();
    void paste();
    void laterRequestSupersedesLink();
    void pasteActionFollowsClipboard();
    void webAddress_data();
    void webAddress();

private:
    TestHttpServer m_server;
    QTemporaryDir m_dir;
    QWidget *m_window = nullptr;
    WebSources *m_web = nullptr;
    QList<Document> m_shown;
};

void tst_WebSources::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.listen());
    m_server.setResponse("/ferry", TestHttpServer::html(kPage));
}

void tst_WebSources::init()
{
    m_shown.clear();
    m_window = new QWidget;
    auto *opener = new gloss::ArticleOpener(m_window);
    m_web = new WebSources(m_window, opener);
    connect(opener, &gloss::ArticleOpener::opened, m_window, [this](const gloss::Article &a) {
        m_shown << a.document;
        m_web->setCurrentDocument(a.document); // what the window does once it is shown
    });
    m_web->fetcher()->setCache(ArticleCache(m_dir.filePath(QStringLiteral("pages"))));
    m_window->show();
}

void tst_WebSources::cleanup()
{
    delete m_window;
    QDir(m_dir.filePath(QStringLiteral("pages"))).removeRecursively();
}

void tst_WebSources::opensUrlThenCachedCopy()
{
    QSignalSpy status(m_web, &WebSources::statusMessage);
    const QUrl url = m_server.url(QStringLiteral("/ferry"));
    QVERIFY(!m_web->reloadAction()->isEnabled());
    m_web->openUrl(url);
    QTRY_COMPARE(m_shown.size(), 1);
    QCOMPARE(m_shown[0].source(), url.toString());
    QCOMPARE(m_shown[0].metaTitle, QStringLiteral("Ferry timetable changes"));
    QCOMPARE(m_shown[0].metaAuthor, QStringLiteral("Ola Berg"));
    QVERIFY(m_web->header()->isVisible());
    QVERIFY(m_web->header()->text().startsWith(QStringLiteral("Coast News \u00B7 by Ola Berg")));
    QVERIFY(m_web->reloadAction()->isEnabled());
    QCOMPARE(m_server.requests().count("/ferry"), 1);

    m_web->openUrl(url);
    QTRY_COMPARE(m_shown.size(), 2);
    QCOMPARE(m_server.requests().count("/ferry"), 1); // the saved copy
    QVERIFY(status.last().at(0).toString().contains(QStringLiteral("saved")));

    m_web->reloadAction()->trigger();
    QTRY_COMPARE(m_shown.size(), 3);
    QCOMPARE(m_server.requests().count("/ferry"), 2);
}

void tst_WebSources::dialog()
{
    QGuiApplication::clipboard()->setText(m_server.url(QStringLiteral("/ferry")).toString());
    m_web->openLinkAction()->trigger();
    auto *dialog = m_window->findChild<gloss::OpenLinkDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // a web address on the clipboard is offered
    QCOMPARE(dialog->url(), m_server.url(QStringLiteral("/ferry")));
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("not a url at all"));
    QPushButton *open = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
    QVERIFY(!open->isEnabled());
    dialog->setUrl(m_server.url(QStringLiteral("/ferry")).toString());
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_COMPARE(m_shown.size(), 1);
    QCOMPARE(m_web->openLinkAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
}

void tst_WebSources::failureIsShown()
{
    QSignalSpy failed(m_web, &WebSources::openFailed);
    m_web->openUrl(m_server.url(QStringLiteral("/gone")));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("404")));
    QVERIFY(m_shown.isEmpty());
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("openLinkError"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("404")));
}

// Open Link twice shows one dialog; closed (it deletes itself), it opens again. Failures share
// one box, the latest error in it, instead of piling up.
void tst_WebSources::oneDialogOrBoxAtATime()
{
    for (int round = 0; round < 3; ++round) {
        m_web->openLinkAction()->trigger();
        m_web->openLinkAction()->trigger();
        const auto dialogs = m_window->findChildren<gloss::OpenLinkDialog *>();
        QCOMPARE(dialogs.size(), 1);
        QPointer<gloss::OpenLinkDialog> dialog = dialogs.first();
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClick(dialog.data(), Qt::Key_Escape);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTRY_VERIFY(dialog.isNull());
    }
    QSignalSpy failed(m_web, &WebSources::openFailed);
    m_web->openUrl(m_server.url(QStringLiteral("/gone")));
    QTRY_COMPARE(failed.size(), 1);
    m_web->openUrl(m_server.url(QStringLiteral("/also-gone")));
    QTRY_COMPARE(failed.size(), 2);
    const auto boxes = m_window->findChildren<QMessageBox *>(QStringLiteral("openLinkError"));
    QCOMPARE(boxes.size(), 1);
    QVERIFY(boxes.first()->text().contains(QStringLiteral("also-gone")));
    QPointer<QMessageBox> box = boxes.first();
    box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTRY_VERIFY(box.isNull());
    m_web->openUrl(m_server.url(QStringLiteral("/gone")));
    QTRY_COMPARE(failed.size(), 3);
    QTRY_COMPARE(m_window->findChildren<QMessageBox *>(QStringLiteral("openLinkError")).size(), 1);
}

void tst_WebSources::paste()
{
    QMimeData html;
    html.setHtml(QStringLiteral("<h2>Pasted title</h2><p>Pasted <q>words</q>.</p>"));
    QVERIFY(m_web->pasteArticle(&html));
    QTRY_COMPARE(m_shown.size(), 1);
    QCOMPARE(m_shown[0].text(), QStringLiteral("Pasted title\n\nPasted \u201Cwords\u201D."));
    QVERIFY(!m_web->reloadAction()->isEnabled());

    QSignalSpy status(m_web, &WebSources::statusMessage);
    QMimeData empty;
    QVERIFY(!m_web->pasteArticle(&empty));
    QCOMPARE(m_shown.size(), 1);
    QCOMPARE(status.size(), 1);
}

// A link still downloading when another article is asked for is dropped when it arrives, and
// so is its failure (no box over the article the reader chose since).
void tst_WebSources::laterRequestSupersedesLink()
{
    QSignalSpy failed(m_web, &WebSources::openFailed);
    QSignalSpy busy(m_web, &WebSources::busyChanged);
    QMimeData text;
    text.setText(QStringLiteral("Pasted while the page downloads."));
    const qsizetype asked = m_server.requests().count("/ferry");
    m_web->openUrl(m_server.url(QStringLiteral("/ferry")));
    QVERIFY(m_web->pasteArticle(&text));
    QTRY_COMPARE(busy.size(), 2); // the download is over
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(m_shown.size(), 1);
    QCOMPARE(m_shown[0].source(), QStringLiteral("clipboard"));
    QCOMPARE(m_server.requests().count("/ferry"), asked + 1); // downloaded (and saved)
    QVERIFY(!m_web->reloadAction()->isEnabled());

    m_web->openUrl(m_server.url(QStringLiteral("/gone")));
    QVERIFY(m_web->pasteArticle(&text));
    QTRY_COMPARE(busy.size(), 4);
    QTRY_COMPARE(m_shown.size(), 2);
    QVERIFY(failed.isEmpty());
    QVERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("openLinkError")));

    // the page asked for last is shown
    m_web->openUrl(m_server.url(QStringLiteral("/ferry")));
    QTRY_COMPARE(m_shown.size(), 3);
    QCOMPARE(m_shown[2].source(), m_server.url(QStringLiteral("/ferry")).toString());
}

void tst_WebSources::pasteActionFollowsClipboard()
{
    QGuiApplication::clipboard()->clear();
    QTRY_VERIFY(!m_web->pasteAction()->isEnabled());
    QGuiApplication::clipboard()->setText(QStringLiteral("Some article text."));
    QTRY_VERIFY(m_web->pasteAction()->isEnabled());
    m_web->pasteAction()->trigger();
    QTRY_COMPARE(m_shown.size(), 1);
    QCOMPARE(m_shown[0].text(), QStringLiteral("Some article text."));
}

void tst_WebSources::webAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("web");
    QTest::newRow("https") << QStringLiteral("https://example.org/a") << true;
    QTest::newRow("http") << QStringLiteral("http://example.org") << true;
    QTest::newRow("file path") << QStringLiteral("/tmp/a.html") << false;
    QTest::newRow("relative") << QStringLiteral("article.txt") << false;
    QTest::newRow("file url") << QStringLiteral("file:///tmp/a.html") << false;
}

void tst_WebSources::webAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, web);
    QCOMPARE(WebSources::isWebAddress(text), web);
}

QTEST_MAIN(tst_WebSources)
#include "tst_websources.moc"
