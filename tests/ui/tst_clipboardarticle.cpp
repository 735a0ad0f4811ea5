#include "ClipboardArticle.h"

#include <QMimeData>
#include <QTest>

using gloss::documentFromMimeData;

class tst_ClipboardArticle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void html();
    void htmlWithoutTextFallsBackToText();
    void plainText_data();
    void plainText();
    void sourcePage_data();
    void sourcePage();
    void nothing();
};

void tst_ClipboardArticle::html()
{
    QMimeData data;
    data.setHtml(QStringLiteral(
        "<meta charset='utf-8'><h1>Bridge vote</h1><p>The council voted <q>yes</q>.</p>"
        "<div class='share'>Share this</div><blockquote><p>Finally.</p></blockquote>"));
    data.setText(QStringLiteral("Bridge vote\nThe council voted yes.\nShare this\nFinally."));
    const std::optional<gloss::Document> d = documentFromMimeData(data);
    QVERIFY(d);
    QCOMPARE(d->format, QStringLiteral("html"));
    QCOMPARE(d->source(), QStringLiteral("clipboard"));
    QCOMPARE(d->metaTitle, QStringLiteral("Bridge vote"));
    // a selection is kept whole (no reader-mode cleaning of what the user chose)
    QCOMPARE(d->text(), QStringLiteral("Bridge vote\n\nThe council voted \u201Cyes\u201D.\n\n"
                                       "Share this\n\n\u201CFinally.\u201D"));
}

void tst_ClipboardArticle::htmlWithoutTextFallsBackToText()
{
    QMimeData data;
    data.setHtml(QStringLiteral("<img src='x.png'>"));
    data.setText(QStringLiteral("A caption"));
    const std::optional<gloss::Document> d = documentFromMimeData(data);
    QVERIFY(d);
    QCOMPARE(d->format, QStringLiteral("text"));
    QCOMPARE(d->text(), QStringLiteral("A caption"));
}

void tst_ClipboardArticle::plainText_data()
{
    QTest::addColumn<QString>("clip");
    QTest::addColumn<QString>("text");
    QTest::newRow("crlf and spaces") << QStringLiteral("  Title\r\n\r\nBody.\r\n ")
                                     << QStringLiteral("Title\n\nBody.");
    QTest::newRow("nfc") << QStringLiteral("Cafe\u0301") << QStringLiteral("Caf\u00E9");
}

void tst_ClipboardArticle::plainText()
{
    QFETCH(QString, clip);
    QFETCH(QString, text);
    QMimeData data;
    data.setText(clip);
    const std::optional<gloss::Document> d = documentFromMimeData(data);
    QVERIFY(d);
    QCOMPARE(d->format, QStringLiteral("text"));
    QCOMPARE(d->text(), text);
    QCOMPARE(d->source(), QStringLiteral("clipboard"));
}

void tst_ClipboardArticle::sourcePage_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("url");
    const QString page = QStringLiteral("https://news.example.org/a?b=1");
    QTest::newRow("utf-8") << page.toUtf8() << page;
    QTest::newRow("utf-16") << QByteArray(reinterpret_cast<const char *>(page.utf16()),
                                          page.size() * 2)
                            << page;
    QTest::newRow("with title line") << (page + QStringLiteral("\nPage title")).toUtf8() << page;
    QTest::newRow("not web") << QByteArray("file:///etc/passwd") << QString();
}

void tst_ClipboardArticle::sourcePage()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, url);
    QMimeData data;
    data.setHtml(QStringLiteral("<p>Selected words from a page.</p>"));
    data.setData(QStringLiteral("text/x-moz-url-priv"), raw);
    const std::optional<gloss::Document> d = documentFromMimeData(data);
    QVERIFY(d);
    QCOMPARE(d->metaUrl, url);
}

void tst_ClipboardArticle::nothing()
{
    QMimeData data;
    QVERIFY(!documentFromMimeData(data));
    data.setText(QStringLiteral(" \n\t "));
    QVERIFY(!documentFromMimeData(data));
    data.setImageData(QVariant());
    QVERIFY(!documentFromMimeData(data));
}

QTEST_MAIN(tst_ClipboardArticle)
#include "tst_clipboardarticle.moc"
