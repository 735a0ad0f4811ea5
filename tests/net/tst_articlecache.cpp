#include "ArticleCache.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using gloss::ArticleCache;
using gloss::Document;

class tst_ArticleCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void roundTrip();
    void keys_data();
    void keys();
    void foreignFileIgnored();
    void unwritable();
    void defaultDirectory();
};

void tst_ArticleCache::roundTrip()
{
    QTemporaryDir dir;
    const ArticleCache cache(dir.filePath(QStringLiteral("pages")));
    const QUrl url(QStringLiteral("https://news.example.org/2025/story?id=7"));
    QVERIFY(!cache.find(url));

    Document d(QStringLiteral("Headline\n\nBody with \u201Cquotes\u201D and \U0001F600."),
               url.toString());
    d.format = QStringLiteral("html");
    d.metaTitle = QStringLiteral("Headline");
    d.metaAuthor = QStringLiteral("Ann Example");
    d.metaSite = QStringLiteral("Example News");
    d.metaUrl = QStringLiteral("https://news.example.org/2025/story");
    d.metaDate = QDateTime(QDate(2025, 3, 4), QTime(7, 30), QTimeZone::fromSecondsAheadOfUtc(3600));
    d.warnings = {QStringLiteral("a warning")};
    QString error;
    QVERIFY2(cache.store(url, d, &error), qPrintable(error));

    const std::optional<Document> back = cache.find(url);
    QVERIFY(back);
    QCOMPARE(back->text(), d.text());
    QCOMPARE(back->sha256(), d.sha256());
    QCOMPARE(back->source(), d.source());
    QCOMPARE(back->format, d.format);
    QCOMPARE(back->metaTitle, d.metaTitle);
    QCOMPARE(back->metaAuthor, d.metaAuthor);
    QCOMPARE(back->metaSite, d.metaSite);
    QCOMPARE(back->metaUrl, d.metaUrl);
    QCOMPARE(back->metaDate, d.metaDate);
    QCOMPARE(back->metaDate.offsetFromUtc(), 3600);
    QCOMPARE(back->warnings, d.warnings);

    QVERIFY(cache.remove(url));
    QVERIFY(!cache.find(url));
}

void tst_ArticleCache::keys_data()
{
    QTest::addColumn<QUrl>("a");
    QTest::addColumn<QUrl>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("fragment ignored") << QUrl(QStringLiteral("https://x.org/a#p3"))
                                      << QUrl(QStringLiteral("https://x.org/a")) << true;
    QTest::newRow("host case") << QUrl(QStringLiteral("https://X.ORG/a"))
                               << QUrl(QStringLiteral("https://x.org/a")) << true;
    QTest::newRow("dot segments") << QUrl(QStringLiteral("https://x.org/b/../a"))
                                  << QUrl(QStringLiteral("https://x.org/a")) << true;
    QTest::newRow("query matters") << QUrl(QStringLiteral("https://x.org/a?id=1"))
                                   << QUrl(QStringLiteral("https://x.org/a?id=2")) << false;
    QTest::newRow("scheme matters") << QUrl(QStringLiteral("http://x.org/a"))
                                    << QUrl(QStringLiteral("https://x.org/a")) << false;
}

void tst_ArticleCache::keys()
{
    QFETCH(QUrl, a);
    QFETCH(QUrl, b);
    QFETCH(bool, same);
    const ArticleCache cache(QStringLiteral("/nonexistent"));
    QCOMPARE(cache.pathFor(a) == cache.pathFor(b), same);
}

void tst_ArticleCache::foreignFileIgnored()
{
    QTemporaryDir dir;
    const ArticleCache cache(dir.path());
    const QUrl url(QStringLiteral("https://x.org/a"));
    const QUrl other(QStringLiteral("https://x.org/other"));
    QVERIFY(cache.store(other, Document(QStringLiteral("Other text"), other.toString())));
    // a file in a's place that belongs to another URL (or is damaged) is never used
    QVERIFY(QFile::copy(cache.pathFor(other), cache.pathFor(url)));
    QVERIFY(!cache.find(url));
    QFile damaged(cache.pathFor(other));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{ not json");
    damaged.close();
    QVERIFY(!cache.find(other));
}

void tst_ArticleCache::unwritable()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const ArticleCache cache(dir.filePath(QStringLiteral("file/pages")));
    QString error;
    QVERIFY(!cache.store(QUrl(QStringLiteral("https://x.org/a")), Document(), &error));
    QVERIFY(!error.isEmpty());
}

void tst_ArticleCache::defaultDirectory()
{
    // test mode: under the test location, never the reader's own data
    QVERIFY(ArticleCache::defaultDirectory().endsWith(QStringLiteral("/pages")));
    QVERIFY(ArticleCache::defaultDirectory().contains(QStringLiteral("qttest")));
}

QTEST_GUILESS_MAIN(tst_ArticleCache)
#include "tst_articlecache.moc"
