#include "SourceHeader.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using gloss::Document;
using gloss::SourceHeader;

class tst_SourceHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void shows_data();
    void shows();
    void reload();
};

void tst_SourceHeader::shows_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<QString>("pageUrl");
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("web");

    const QDateTime day(QDate(2025, 3, 4), QTime(0, 0), QTimeZone::UTC);
    QTest::newRow("web page, everything")
        << QStringLiteral("https://www.herald.example.com/local/bridge?utm=x")
        << QStringLiteral("The Herald") << QStringLiteral("Mara Lind") << day
        << QStringLiteral("https://www.herald.example.com/local/bridge")
        << QStringLiteral("The Herald \u00B7 by Mara Lind \u00B7 Tuesday, 4 March 2025 \u00B7 "
                          "herald.example.com/local/bridge")
        << true;
    QTest::newRow("web page, nothing known")
        << QStringLiteral("http://example.org/a") << QString() << QString() << QDateTime()
        << QString() << QStringLiteral("example.org/a") << true;
    QTest::newRow("saved file with metadata")
        << QStringLiteral("/home/r/page.html") << QStringLiteral("Streetwise") << QString()
        << QDateTime() << QStringLiteral("https://streetwise.example.net/2023/09/tram-plan/")
        << QStringLiteral("Streetwise \u00B7 streetwise.example.net/2023/09/tram-plan") << false;
    QTest::newRow("special characters escaped")
        << QStringLiteral("/a.html") << QStringLiteral("A <b>&amp; Co") << QString()
        << QDateTime() << QString() << QStringLiteral("A <b>&amp; Co") << false;
    QTest::newRow("plain text file") << QStringLiteral("/a.txt") << QString() << QString()
                                     << QDateTime() << QString() << QString() << false;
}

void tst_SourceHeader::shows()
{
    QFETCH(QString, source);
    QFETCH(QString, site);
    QFETCH(QString, author);
    QFETCH(QDateTime, date);
    QFETCH(QString, pageUrl);
    QFETCH(QString, line);
    QFETCH(bool, web);

    QWidget window;
    auto *header = new SourceHeader(&window);
    window.show();
    Document d(QStringLiteral("Text"), source);
    d.metaSite = site;
    d.metaAuthor = author;
    d.metaDate = date;
    d.metaUrl = pageUrl;
    header->setDocument(d);
    QCOMPARE(header->text(), line);
    QCOMPARE(header->isVisible(), !line.isEmpty());
    QCOMPARE(header->isWebSource(), web);
    QCOMPARE(header->findChild<QToolButton *>(QStringLiteral("sourceReload"))->isVisible(), web);
    if (!pageUrl.isEmpty())
        QCOMPARE(header->url(), QUrl(pageUrl));
    header->clear();
    QVERIFY(header->isHidden());
    QVERIFY(header->text().isEmpty());
}

void tst_SourceHeader::reload()
{
    SourceHeader header;
    header.setDocument(Document(QStringLiteral("x"), QStringLiteral("https://example.org/a")));
    QSignalSpy spy(&header, &SourceHeader::reloadRequested);
    QTest::mouseClick(header.findChild<QToolButton *>(QStringLiteral("sourceReload")),
                      Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
}

QTEST_MAIN(tst_SourceHeader)
#include "tst_sourceheader.moc"
