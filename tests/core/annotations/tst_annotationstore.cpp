#include "annotations/AnnotationJson.h"
#include "annotations/AnnotationStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace gloss;

namespace {

const QString kText = QString::fromUtf8(
    "Harbour city votes to rebuild \xF0\x9F\x8C\x8A seafront\n\n"
    "The council of Portmere voted on Tuesday to spend \xC2\xA3" "48 million rebuilding the "
    "seafront wrecked by January's storm surge.\n\n"
    "\xE2\x80\x9CWe are not going to hand the promenade back to the sea,\xE2\x80\x9D said "
    "council leader Alys Pritchard after the vote.");

Annotation noteOn(const Document &doc, const QString &words, const QString &text)
{
    const qsizetype at = doc.text().indexOf(words);
    Annotation a = Annotation::onSpan(doc, Span{at, at + words.size()}, text);
    return a;
}

QStringList asideFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.broken-*")},
                               QDir::AllEntries | QDir::System | QDir::Hidden);
}

} // namespace

class tst_AnnotationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void roundTrip();
    void fileIsW3CAnnotationCollection();
    void timesWritten_data();
    void timesWritten();
    void savedWithinASecond();
    void editedArticleFindsItsNotes();
    void damagedFiles_data();
    void damagedFiles();
    void changesFromAnotherProcessAreMerged();
    void changedOnBothSidesLaterWins_data();
    void changedOnBothSidesLaterWins();
    void watchedStoreFollowsOtherSaves();
    void dataDirFromEnvironment();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_AnnotationStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_AnnotationStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    AnnotationStore::setDefaultDataDir(m_dir->path());
}

void tst_AnnotationStore::roundTrip()
{
    const Document doc(kText, m_dir->filePath(QStringLiteral("a.txt")));
    QList<Annotation> made;
    {
        AnnotationStore store;
        QVERIFY(store.open(doc));
        Annotation a = noteOn(doc, QStringLiteral("council leader Alys Pritchard"),
                              QStringLiteral("Who is she? \xF0\x9F\xA4\x94 <b>&amp;"));
        a.tags = {QStringLiteral("people"), QStringLiteral("council")};
        a.color = QStringLiteral("#12abef");
        Annotation b = noteOn(doc, QStringLiteral("seafront"), QStringLiteral("emoji before"));
        b.color = QStringLiteral("green");
        const Annotation c = Annotation::onArticle(QStringLiteral("About the whole story"));
        for (const Annotation &x : {a, b, c})
            store.add(x);
        QVERIFY(store.save());
        made = store.annotations();
    }
    AnnotationStore again;
    QVERIFY(again.open(doc));
    QCOMPARE(again.annotations().size(), 3);
    for (const Annotation &m : std::as_const(made)) {
        const Annotation *r = again.annotation(m.id);
        QVERIFY(r);
        QCOMPARE(*r, m);
    }
    QVERIFY(again.problems().isEmpty());
}

void tst_AnnotationStore::fileIsW3CAnnotationCollection()
{
    const Document doc(kText, m_dir->filePath(QStringLiteral("a.txt")));
    AnnotationStore store;
    store.open(doc);
    Annotation a = noteOn(doc, QStringLiteral("seafront"), QStringLiteral("note"));
    a.tags = {QStringLiteral("t1")};
    store.add(a);
    store.add(Annotation::onArticle(QStringLiteral("whole")));
    QVERIFY(store.save());
    QFile f(store.filePath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(o.value(u"@context").toArray().at(0).toString(),
             QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    QCOMPARE(o.value(u"type").toString(), QStringLiteral("AnnotationCollection"));
    QCOMPARE(o.value(u"gloss:contentHash").toString(), QString::fromLatin1(doc.sha256()));
    QCOMPARE(o.value(u"gloss:source").toString(), doc.source());
    QCOMPARE(o.value(u"total").toInt(), 2);
    const QJsonArray items = o.value(u"first").toObject().value(u"items").toArray();
    QCOMPARE(items.size(), 2);
    const QJsonObject n = items.at(0).toObject();
    QCOMPARE(n.value(u"type").toString(), QStringLiteral("Annotation"));
    QCOMPARE(n.value(u"id").toString(), u"urn:uuid:" + a.id.toString(QUuid::WithoutBraces));
    QCOMPARE(n.value(u"motivation").toString(), QStringLiteral("commenting"));
    QVERIFY(QDateTime::fromString(n.value(u"created").toString(), Qt::ISODateWithMs).isValid());
    const QJsonArray body = n.value(u"body").toArray();
    QCOMPARE(body.at(0).toObject().value(u"purpose").toString(), QStringLiteral("commenting"));
    QCOMPARE(body.at(0).toObject().value(u"type").toString(), QStringLiteral("TextualBody"));
    QCOMPARE(body.at(1).toObject().value(u"purpose").toString(), QStringLiteral("tagging"));
    QCOMPARE(body.at(1).toObject().value(u"value").toString(), QStringLiteral("t1"));
    const QJsonObject target = n.value(u"target").toObject();
    QCOMPARE(target.value(u"source").toString(), u"file://" + doc.source());
    const QJsonArray sel = target.value(u"selector").toArray();
    QCOMPARE(sel.at(0).toObject().value(u"type").toString(), QStringLiteral("TextQuoteSelector"));
    QCOMPARE(sel.at(0).toObject().value(u"exact").toString(), QStringLiteral("seafront"));
    QCOMPARE(sel.at(1).toObject().value(u"type").toString(),
             QStringLiteral("TextPositionSelector"));
    // code points: the wave emoji before "seafront" counts once
    const qsizetype utf16 = kText.indexOf(QStringLiteral("seafront"));
    QCOMPARE(sel.at(1).toObject().value(u"start").toInteger(), utf16 - 1);
    QCOMPARE(n.value(u"stylesheet").toObject().value(u"type").toString(),
             QStringLiteral("CssStylesheet"));
    QCOMPARE(target.value(u"styleClass").toString(), QStringLiteral("gloss-yellow"));
    // the article-level note has a target without selectors
    QVERIFY(!items.at(1).toObject().value(u"target").toObject().contains(u"selector"));
}

void tst_AnnotationStore::timesWritten_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::newRow("UTC") << QDateTime(QDate(2026, 11, 28), QTime(6, 0), QTimeZone::UTC);
    QTest::newRow("milliseconds") << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 67),
                                               QTimeZone::UTC);
    QTest::newRow("last moment of a year")
        << QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::UTC);
    QTest::newRow("local time east of UTC")
        << QDateTime(QDate(2026, 3, 1), QTime(0, 30), QTimeZone(QByteArrayLiteral("Asia/Seoul")));
    QTest::newRow("offset west of UTC") << QDateTime(QDate(2026, 12, 31), QTime(20, 15, 1, 5),
                                                     QTimeZone::fromSecondsAheadOfUtc(-5 * 3600));
    QTest::newRow("year 1") << QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::UTC);
    QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 998),
                                            QTimeZone::UTC);
    QTest::newRow("year 10000") << QDateTime(QDate(10000, 1, 1), QTime(0, 0), QTimeZone::UTC);
    QTest::newRow("before year 1") << QDateTime(QDate(-5, 6, 1), QTime(0, 0), QTimeZone::UTC);
}

void tst_AnnotationStore::timesWritten()
{
    // the notes file writes times in UTC as Qt::ISODateWithMs does, and reads them back
    QFETCH(QDateTime, time);
    const Document doc(kText, m_dir->filePath(QStringLiteral("a.txt")));
    Annotation a = noteOn(doc, QStringLiteral("seafront"), QStringLiteral("when?"));
    a.created = time;
    a.modified = time.addMSecs(1);
    const QByteArray bytes = AnnotationJson::collectionToBytes({a}, doc.source(), doc.sha256());
    const QJsonObject note = QJsonDocument::fromJson(bytes)
                                 .object()
                                 .value(u"first")
                                 .toObject()
                                 .value(u"items")
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(note.value(u"created").toString(), time.toUTC().toString(Qt::ISODateWithMs));
    QCOMPARE(note.value(u"modified").toString(),
             time.addMSecs(1).toUTC().toString(Qt::ISODateWithMs));
    const AnnotationJson::Collection read = AnnotationJson::collectionFromBytes(bytes);
    QCOMPARE(read.annotations.size(), 1);
    const int year = time.toUTC().date().year();
    if (year >= 1 && year <= 9999) {
        QCOMPARE(read.annotations.first().created, time);
        QCOMPARE(read.annotations.first().modified, time.addMSecs(1));
    }
}

void tst_AnnotationStore::savedWithinASecond()
{
    const Document doc(kText, m_dir->filePath(QStringLiteral("a.txt")));
    AnnotationStore store;
    store.open(doc);
    QVERIFY(store.saveDelay() <= 1000);
    QSignalSpy saved(&store, &AnnotationStore::saved);
    QElapsedTimer clock;
    clock.start();
    store.add(noteOn(doc, QStringLiteral("seafront"), QStringLiteral("note")));
    QVERIFY(store.hasUnsavedChanges());
    QVERIFY(!QFile::exists(store.filePath()));
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 1000);
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(!store.hasUnsavedChanges());
    QVERIFY(QFile::exists(store.filePath()));
}

void tst_AnnotationStore::editedArticleFindsItsNotes()
{
    const QString path = m_dir->filePath(QStringLiteral("story.txt"));
    const Document v1(kText, path);
    QString oldFile;
    QUuid id;
    {
        AnnotationStore store;
        store.open(v1);
        const Annotation a = noteOn(v1, QStringLiteral("Alys Pritchard"), QStringLiteral("n"));
        id = a.id;
        store.add(a);
        QVERIFY(store.save());
        oldFile = store.filePath();
    }
    const Document v2(QStringLiteral("Update: new paragraph on top.\n\n") + kText, path);
    AnnotationStore store;
    QVERIFY(store.open(v2));
    QCOMPARE(store.annotations().size(), 1);
    QCOMPARE(store.annotation(id)->state, AnchorState::Moved);
    QCOMPARE(v2.text().mid(store.annotation(id)->span.start, 14),
             QStringLiteral("Alys Pritchard"));
    QVERIFY(!QFile::exists(store.filePath())); // nothing written just by opening
    store.add(Annotation::onArticle(QStringLiteral("second")));
    QVERIFY(store.save());
    QVERIFY(QFile::exists(store.filePath()));
    QVERIFY(!QFile::exists(oldFile)); // moved to the new text's file, not duplicated
    AnnotationStore third;
    QVERIFY(third.open(v2));
    QCOMPARE(third.annotations().size(), 2);
    QCOMPARE(third.annotation(id)->state, AnchorState::Anchored);
}

void tst_AnnotationStore::damagedFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("readable");
    QTest::newRow("truncated") << QStringLiteral("truncated") << 2;
    QTest::newRow("empty") << QStringLiteral("empty") << 0;
    QTest::newRow("foreign JSON") << QStringLiteral("foreign") << 0;
    QTest::newRow("garbage bytes") << QStringLiteral("garbage") << 0;
    QTest::newRow("one unreadable note") << QStringLiteral("bad item") << 2;
    QTest::newRow("damaged in the middle") << QStringLiteral("middle") << 2;
    QTest::newRow("deeply nested") << QStringLiteral("nested") << 0;
    QTest::newRow("200 MB") << QStringLiteral("huge") << 0;
    QTest::newRow("a folder") << QStringLiteral("folder") << 0;
    QTest::newRow("symlink to /dev/zero") << QStringLiteral("symlink") << 0;
}

void tst_AnnotationStore::damagedFiles()
{
    QFETCH(QString, kind);
    QFETCH(int, readable);
    const Document doc(kText, m_dir->filePath(QStringLiteral("a.txt")));
    QString path;
    QByteArray good;
    {
        AnnotationStore store;
        store.open(doc);
        store.add(noteOn(doc, QStringLiteral("seafront"), QStringLiteral("one")));
        store.add(noteOn(doc, QStringLiteral("storm surge"), QStringLiteral("two")));
        store.add(noteOn(doc, QStringLiteral("Alys Pritchard"), QStringLiteral("three")));
        QVERIFY(store.save());
        path = store.filePath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        good = f.readAll();
    }
    QByteArray bad;
    qsizetype third = -1;
    for (int k = 0; k < 3; ++k)
        third = good.indexOf("\"urn:uuid:", third + 1);
    if (kind == u"truncated") {
        bad = good.left(third + 40); // cut inside the third note
    } else if (kind == u"foreign") {
        bad = "{\"hello\": \"world\", \"items\": 3}";
    } else if (kind == u"garbage") {
        static const char garbage[] = "\x00\xff\xfe garbage \x01\x02";
        bad = QByteArray(garbage, sizeof garbage - 1).repeated(100); // ASan: read 16 of 15
    } else if (kind == u"bad item") {
        bad = good;
        bad.replace("\"target\"", "\"tarjet\"");
        const qsizetype first = bad.indexOf("\"tarjet\"");
        bad = good.left(first) + bad.mid(first, 8) + good.mid(first + 8); // only the first note
    } else if (kind == u"middle") {
        bad = good;
        const qsizetype at = bad.indexOf("\"urn:uuid:");
        bad[at + 3] = '}'; // a stray brace inside the first note's id: that note is lost
        bad.insert(at + 3, "\"]]");
    } else if (kind == u"nested") {
        bad = QByteArray(20 * 1024 * 1024, '[');
    }
    QVERIFY(QFile::remove(path));
    if (kind == u"folder") {
        QVERIFY(QDir().mkpath(path + QStringLiteral("/inside")));
    } else if (kind == u"symlink") {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
    } else if (kind == u"huge") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(good.left(good.size() - 10));
        QVERIFY(f.resize(200LL * 1024 * 1024)); // sparse
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bad);
    }

    AnnotationStore store;
    QSignalSpy problems(&store, &AnnotationStore::problemFound);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!store.open(doc));
    QVERIFY2(clock.elapsed() < 5000, "opening a damaged store must not hang");
    QCOMPARE(problems.size(), store.problems().size());
    QVERIFY(!store.problems().isEmpty());
    QCOMPARE(store.annotations().size(), readable);
    // kept aside, never overwritten
    const QStringList aside = asideFiles(m_dir->filePath(QStringLiteral("notes")));
    QCOMPARE(aside.size(), 1);
    const QString asidePath = m_dir->filePath(QStringLiteral("notes/") + aside.first());
    QVERIFY(store.problems().first().contains(aside.first()));
    if (kind == u"symlink") {
        QCOMPARE(QFileInfo(asidePath).symLinkTarget(), QStringLiteral("/dev/zero"));
    } else if (kind == u"folder") {
        QVERIFY(QFileInfo(asidePath + QStringLiteral("/inside")).isDir());
    } else if (kind != u"huge") {
        QFile f(asidePath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bad);
    }
    // the notes that could be read are saved at once to a clean file
    QCOMPARE(QFileInfo::exists(path), readable > 0);
    AnnotationStore again;
    QVERIFY(again.open(doc));
    QCOMPARE(again.annotations().size(), readable);
}

void tst_AnnotationStore::changesFromAnotherProcessAreMerged()
{
    const Document doc(kText, m_dir->filePath(QStringLiteral("a.txt")));
    AnnotationStore window;
    window.open(doc);
    const Annotation kept = noteOn(doc, QStringLiteral("seafront"), QStringLiteral("kept"));
    const Annotation goes = noteOn(doc, QStringLiteral("storm surge"), QStringLiteral("goes"));
    window.add(kept);
    window.add(goes);
    QVERIFY(window.save());

    AnnotationStore cli; // another process: the command line
    cli.open(doc);
    const Annotation fromCli = Annotation::onArticle(QStringLiteral("from the CLI"));
    cli.add(fromCli);
    cli.remove(goes.id);
    QVERIFY(cli.save());

    Annotation edited = *window.annotation(kept.id);
    edited.text = QStringLiteral("edited in the window");
    QVERIFY(window.update(edited));
    QVERIFY(window.save());
    QCOMPARE(window.annotations().size(), 2);
    QVERIFY(window.annotation(fromCli.id));
    QVERIFY(!window.annotation(goes.id));

    AnnotationStore check;
    check.open(doc);
    QCOMPARE(check.annotations().size(), 2);
    QCOMPARE(check.annotation(kept.id)->text, QStringLiteral("edited in the window"));
    QVERIFY(check.annotation(fromCli.id));
}

void tst_AnnotationStore::changedOnBothSidesLaterWins_data()
{
    QTest::addColumn<bool>("laterInWindow");
    QTest::newRow("edited later in the window") << true;
    QTest::newRow("edited later by the other process") << false;
}

void tst_AnnotationStore::changedOnBothSidesLaterWins()
{
    // The same note edited in the window (not saved yet) and by another process: the later
    // edit is kept, whichever side made it (the window's edit used to win always).
    QFETCH(bool, laterInWindow);
    const Document doc(kText, m_dir->filePath(QStringLiteral("a.txt")));
    AnnotationStore window;
    window.setSaveDelay(1000);
    window.open(doc);
    const Annotation note = noteOn(doc, QStringLiteral("seafront"), QStringLiteral("first"));
    window.add(note);
    QVERIFY(window.save());
    AnnotationStore cli;
    cli.open(doc);

    const auto edit = [](AnnotationStore &store, const QUuid &id, const QString &text) {
        Annotation a = *store.annotation(id);
        a.text = text;
        QVERIFY(store.update(a));
        QThread::msleep(3); // the two edits get different times
    };
    if (laterInWindow) {
        edit(cli, note.id, QStringLiteral("other process"));
        QVERIFY(cli.save());
        edit(window, note.id, QStringLiteral("window"));
    } else {
        edit(window, note.id, QStringLiteral("window"));
        edit(cli, note.id, QStringLiteral("other process"));
        QVERIFY(cli.save());
    }
    const QString expected = laterInWindow ? QStringLiteral("window")
                                           : QStringLiteral("other process");
    QVERIFY(window.save());
    QCOMPARE(window.annotation(note.id)->text, expected);
    AnnotationStore check;
    check.open(doc);
    QCOMPARE(check.annotation(note.id)->text, expected);
}

void tst_AnnotationStore::watchedStoreFollowsOtherSaves()
{
    // A watched store (the window's) takes in what another process saves, without a change
    // of its own; its own saves are not reported as changes from elsewhere.
    const Document doc(kText, m_dir->filePath(QStringLiteral("a.txt")));
    AnnotationStore window;
    window.setWatchingDisk(true);
    QVERIFY(window.isWatchingDisk());
    window.open(doc); // no notes file (nor notes folder) yet
    QSignalSpy fromDisk(&window, &AnnotationStore::changedOnDisk);
    QSignalSpy added(&window, &AnnotationStore::annotationAdded);

    AnnotationStore cli;
    cli.open(doc);
    const Annotation first = noteOn(doc, QStringLiteral("storm surge"), QStringLiteral("one"));
    cli.add(first);
    QVERIFY(cli.save()); // makes the folder and the file
    QTRY_VERIFY(window.annotation(first.id));
    QCOMPARE(window.annotation(first.id)->span, first.span);
    QCOMPARE(fromDisk.count(), 1);
    QCOMPARE(fromDisk.first(), (QList<QVariant>{1, 0, 0}));
    QCOMPARE(added.count(), 1);

    // the window's own change and save
    const Annotation mine = noteOn(doc, QStringLiteral("seafront"), QStringLiteral("mine"));
    window.add(mine);
    QVERIFY(window.save());
    QVERIFY(!window.syncWithDisk()); // its own file: nothing to take in

    // the file was replaced (QSaveFile) twice since the watch began: still watched
    cli.syncWithDisk();
    Annotation edited = *cli.annotation(first.id);
    edited.text = QStringLiteral("one, edited");
    QVERIFY(cli.update(edited));
    QVERIFY(cli.remove(mine.id));
    QVERIFY(cli.save());
    QTRY_COMPARE(window.annotation(first.id)->text, QStringLiteral("one, edited"));
    QTRY_VERIFY(!window.annotation(mine.id));
    QCOMPARE(fromDisk.count(), 2);
    QCOMPARE(fromDisk.last(), (QList<QVariant>{0, 1, 1}));

    window.setWatchingDisk(false);
    QVERIFY(!window.isWatchingDisk());
}

void tst_AnnotationStore::dataDirFromEnvironment()
{
    AnnotationStore::setDefaultDataDir(QString());
    qputenv("GLOSS_DATA_DIR", m_dir->filePath(QStringLiteral("env")).toLocal8Bit());
    QCOMPARE(AnnotationStore::defaultDataDir(), m_dir->filePath(QStringLiteral("env")));
    qunsetenv("GLOSS_DATA_DIR");
    // test mode: never the user's real folder
    QVERIFY(AnnotationStore::defaultDataDir().contains(QStringLiteral("qttest")));
    AnnotationStore::setDefaultDataDir(m_dir->path());
    QCOMPARE(AnnotationStore::defaultDataDir(), m_dir->path());
}

QTEST_GUILESS_MAIN(tst_AnnotationStore)
#include "tst_annotationstore.moc"
