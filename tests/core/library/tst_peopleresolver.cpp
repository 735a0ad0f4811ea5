// PeopleResolver: names normalised by a general rule, one person across articles, the user's
// merges and splits kept through re-analysis and rebuilds.
#include "LibraryDatabase.h"
#include "LibraryTestSupport.h"
#include "PeopleResolver.h"

#include <QSqlQuery>
#include <QTest>

using namespace gloss;
using namespace gloss::library;
using namespace Qt::StringLiterals;

namespace {

QString article(const QString &title, const QStringList &speakers)
{
    QString text = title + u"\n\n"_s;
    int n = 0;
    for (const QString &s : speakers)
        text += u"The board met again to discuss the ferry timetable, item %1. "
                "“We cannot wait another winter for this,” %2 said.\n\n"_s.arg(++n).arg(s);
    return text;
}

/** Person name -> the speakers' names found for it, from the library. */
QMap<QString, QStringList> peopleOf(const librarytest::Sandbox &box)
{
    LibraryDatabase db(box.paths.folder());
    QMap<QString, QStringList> out;
    if (!db.open())
        return out;
    PeopleResolver people(db, box.paths.choices());
    for (const Person &p : people.people()) {
        if (p.quotes == 0)
            continue;
        QStringList names = p.names;
        names.sort();
        out.insert(p.name, names);
    }
    return out;
}

} // namespace

class TestPeopleResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameKey_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("display");
        QTest::addRow("plain") << u"Alder Abernath"_s << u"alder abernath"_s
                               << u"Alder Abernath"_s;
        QTest::addRow("one title") << u"President Alder Abernath"_s << u"alder abernath"_s
                                   << u"Alder Abernath"_s;
        QTest::addRow("two titles and a lower-case word")
            << u"former Prime Minister Brenna Brightwell"_s << u"brenna brightwell"_s
            << u"Brenna Brightwell"_s;
        QTest::addRow("abbreviated title with a dot") << u"Dr. Caspin Corrigan"_s
                                                       << u"caspin corrigan"_s
                                                       << u"Caspin Corrigan"_s;
        QTest::addRow("possessive") << u"Abernath’s"_s << u"abernath"_s << u"Abernath"_s;
        QTest::addRow("surname with a title") << u"Mayor Abernath"_s << u"abernath"_s
                                              << u"Abernath"_s;
        QTest::addRow("a title alone stays") << u"President"_s << u"president"_s
                                             << u"President"_s;
        QTest::addRow("case folded") << u"ALDER abernath"_s << u"alder abernath"_s
                                     << u"ALDER abernath"_s;
        QTest::addRow("an organisation") << u"the Harbour Board"_s << u"harbour board"_s
                                         << u"Harbour Board"_s;
    }
    void nameKey()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QFETCH(QString, display);
        QCOMPARE(PeopleResolver::nameKey(name), key);
        QCOMPARE(PeopleResolver::displayName(name), display);
    }

    void oneNameAcrossArticles_data()
    {
        QTest::addColumn<QStringList>("articles"); // one speaker per article
        QTest::addColumn<QString>("person");
        QTest::addColumn<int>("people");
        QTest::addRow("full name first, then surname, then titled surname")
            << QStringList{u"Alder Abernath"_s, u"Abernath"_s, u"Mayor Abernath"_s}
            << u"Alder Abernath"_s << 1;
        QTest::addRow("surname first, then the full name adopts it")
            << QStringList{u"Abernath"_s, u"Alder Abernath"_s, u"President Alder Abernath"_s}
            << u"Alder Abernath"_s << 1;
        QTest::addRow("a shared surname stays apart")
            << QStringList{u"Alder Abernath"_s, u"Hesper Abernath"_s, u"Abernath"_s}
            << u"Alder Abernath"_s << 3;
    }
    void oneNameAcrossArticles()
    {
        QFETCH(QStringList, articles);
        QFETCH(QString, person);
        QFETCH(int, people);
        librarytest::Sandbox box;
        int n = 0;
        for (const QString &speaker : articles) {
            const QString path =
                box.write(u"%1.txt"_s.arg(n), article(u"Ferry news %1"_s.arg(n), {speaker}));
            ++n;
            QCOMPARE(box.add({path}).added, 1); // one at a time: the order matters
        }
        const QMap<QString, QStringList> found = peopleOf(box);
        QCOMPARE(found.size(), people);
        QVERIFY2(found.contains(person), qPrintable(found.keys().join(u", "_s)));
        if (people == 1)
            QCOMPARE(found.value(person).size(), 2);
        // the filter's list: the same people quoted, by name
        LibraryDatabase db(box.paths.folder());
        QVERIFY(db.open());
        QStringList speakers;
        for (const auto &[name, id] : PeopleResolver(db, box.paths.choices()).speakers()) {
            QVERIFY(id > 0);
            speakers << name;
        }
        QStringList expected = found.keys();
        expected.sort(Qt::CaseInsensitive);
        QCOMPARE(speakers, expected);
    }

    void mergeAndSplitSurviveReanalysisAndRebuild()
    {
        librarytest::Sandbox box;
        const QString a = box.write(u"a.txt"_s, article(u"One"_s, {u"Alder Abernath"_s}));
        const QString b = box.write(u"b.txt"_s, article(u"Two"_s, {u"Ilvane Ingleby"_s}));
        const QString c = box.write(u"c.txt"_s, article(u"Three"_s, {u"Abernath"_s}));
        QCOMPARE(box.add({a, b, c}).added, 3);
        QCOMPARE(peopleOf(box).size(), 2);
        {
            LibraryDatabase db(box.paths.folder());
            QVERIFY(db.open());
            PeopleResolver people(db, box.paths.choices());
            // the user knows better: "Ilvane Ingleby" is the same person as Alder Abernath
            // (a pen name), and the bare "Abernath" is someone else
            const qint64 alder = people.find(u"Alder Abernath"_s);
            const qint64 ilvane = people.find(u"Ilvane Ingleby"_s);
            QVERIFY(alder >= 0 && ilvane >= 0 && alder != ilvane);
            QVERIFY2(people.merge(ilvane, alder), qPrintable(people.error()));
            QVERIFY2(people.split(alder, {u"Abernath"_s}) >= 0, qPrintable(people.error()));
            QCOMPARE(people.split(alder, {u"Nobody Here"_s}), -1);
            QVERIFY(people.error().contains(u"not a name"_s));
        }
        const QMap<QString, QStringList> chosen{
            {u"Alder Abernath"_s, {u"Alder Abernath"_s, u"Ilvane Ingleby"_s}},
            {u"Abernath"_s, {u"Abernath"_s}}};
        QCOMPARE(peopleOf(box), chosen);
        QVERIFY(QFile::exists(box.paths.choices()));

        // re-analysis: the files change, their speakers are resolved again
        box.write(u"b.txt"_s, article(u"Two, updated"_s, {u"Ilvane Ingleby"_s, u"Ingleby"_s}));
        box.write(u"c.txt"_s, article(u"Three, updated"_s, {u"Abernath"_s}));
        QCOMPARE(box.add({b, c}).updated, 2);
        QMap<QString, QStringList> after = peopleOf(box);
        QCOMPARE(after.value(u"Abernath"_s), QStringList{u"Abernath"_s});
        QVERIFY(after.value(u"Alder Abernath"_s).contains(u"Ilvane Ingleby"_s));

        // rebuilt from the files: the choices come back from people.json
        const QString file = box.paths.folder() + u"/library.sqlite"_s;
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(file + suffix);
        QVERIFY(LibraryImporter::rebuild(box.paths).ok());
        after = peopleOf(box);
        QCOMPARE(after.value(u"Abernath"_s), QStringList{u"Abernath"_s});
        QVERIFY(after.value(u"Alder Abernath"_s).contains(u"Ilvane Ingleby"_s));
        QVERIFY(after.value(u"Alder Abernath"_s).contains(u"Alder Abernath"_s));
    }

    void findsPeopleByAnyName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::addRow("full name") << u"Alder Abernath"_s << true;
        QTest::addRow("with a title") << u"President Alder Abernath"_s << true;
        QTest::addRow("surname") << u"Abernath"_s << true;
        QTest::addRow("other case") << u"alder ABERNATH"_s << true;
        QTest::addRow("nobody") << u"Nobody Known"_s << false;
        QTest::addRow("empty") << QString() << false;
    }
    void findsPeopleByAnyName()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        librarytest::Sandbox box;
        QCOMPARE(box.add({box.write(u"a.txt"_s, article(u"One"_s, {u"Alder Abernath"_s}))}).added,
                 1);
        LibraryDatabase db(box.paths.folder());
        QVERIFY(db.open());
        PeopleResolver people(db, box.paths.choices());
        QCOMPARE(people.find(text) >= 0, found);
    }
};

QTEST_GUILESS_MAIN(TestPeopleResolver)
#include "tst_peopleresolver.moc"
