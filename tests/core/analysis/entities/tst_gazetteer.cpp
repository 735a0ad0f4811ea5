#include "analysis/entities/Gazetteer.h"

#include "DamagedImages.h"
#include "TestPaths.h"

#include <QFile>
#include <QTest>

using namespace gloss;
using gloss::entities::Gazetteer;
using namespace Qt::StringLiterals;

class tst_Gazetteer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
    void sameGroup_data();
    void sameGroup();
    void wordClasses_data();
    void wordClasses();
    void unknown();
    void startsName_data();
    void startsName();
    void startsNameFilters();
    void compiledIsTheLists();
    void handWrittenLists();
    void imageRejected_data();
    void imageRejected();

private:
    /** A small gazetteer written by hand, in the lists' forms. */
    static Gazetteer::Lists handLists();
};

void tst_Gazetteer::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("weak");
    QTest::newRow("country") << QStringLiteral("Peru") << QStringLiteral("GPE") << false;
    QTest::newRow("country from iso-codes") << QStringLiteral("Burkina Faso")
                                            << QStringLiteral("GPE") << false;
    QTest::newRow("abbreviation") << QStringLiteral("U.S.") << QStringLiteral("GPE") << false;
    QTest::newRow("capital") << QStringLiteral("Nairobi") << QStringLiteral("GPE") << false;
    QTest::newRow("capital in capitals (dateline)") << QStringLiteral("NAIROBI")
                                                    << QStringLiteral("GPE") << false;
    QTest::newRow("continent") << QStringLiteral("Africa") << QStringLiteral("LOC") << false;
    QTest::newRow("world organisation") << QStringLiteral("NATO") << QStringLiteral("ORG")
                                        << false;
    QTest::newRow("news agency") << QStringLiteral("Reuters") << QStringLiteral("ORG") << false;
    QTest::newRow("party") << QStringLiteral("Lib Dems") << QStringLiteral("ORG") << false;
    QTest::newRow("event") << QStringLiteral("Cold War") << QStringLiteral("EVENT") << false;
    QTest::newRow("subdivision is a hint only") << QStringLiteral("Oxfordshire")
                                                << QStringLiteral("GPE") << true;
}

void tst_Gazetteer::names()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(bool, weak);
    const Gazetteer::Entry *e = Gazetteer::instance().find(name);
    QVERIFY2(e, qPrintable(name));
    QCOMPARE(entityTypeName(e->type), type);
    QCOMPARE(e->weak, weak);
}

void tst_Gazetteer::sameGroup_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("UK and Britain") << QStringLiteral("UK") << QStringLiteral("Britain");
    QTest::newRow("US and America") << QStringLiteral("US") << QStringLiteral("America");
    QTest::newRow("DPRK and North Korea") << QStringLiteral("DPRK")
                                          << QStringLiteral("North Korea");
    QTest::newRow("Tories and Conservatives") << QStringLiteral("Tories")
                                              << QStringLiteral("Conservatives");
    QTest::newRow("Number 10 and Downing Street") << QStringLiteral("Number 10")
                                                  << QStringLiteral("Downing Street");
}

void tst_Gazetteer::sameGroup()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const Gazetteer &g = Gazetteer::instance();
    QVERIFY(g.find(a) && g.find(b));
    QCOMPARE(g.find(a)->group, g.find(b)->group);
}

void tst_Gazetteer::wordClasses_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<uint>("cls");
    QTest::newRow("honorific") << QStringLiteral("Mrs") << uint(Gazetteer::Honorific);
    QTest::newRow("title") << QStringLiteral("Sheriff") << uint(Gazetteer::Title);
    QTest::newRow("role noun") << QStringLiteral("spokeswoman") << uint(Gazetteer::Role);
    QTest::newRow("organisation noun") << QStringLiteral("newspaper")
                                       << uint(Gazetteer::OrgNoun);
    QTest::newRow("organisation suffix") << QStringLiteral("Ltd") << uint(Gazetteer::OrgSuffix);
    QTest::newRow("place suffix") << QStringLiteral("Valley") << uint(Gazetteer::LocSuffix);
    QTest::newRow("area suffix") << QStringLiteral("Parish") << uint(Gazetteer::GpeSuffix);
    QTest::newRow("work cue") << QStringLiteral("album") << uint(Gazetteer::WorkCue);
    QTest::newRow("speech verb") << QStringLiteral("said") << uint(Gazetteer::SpeechVerb);
    QTest::newRow("stop word") << QStringLiteral("However") << uint(Gazetteer::Stop);
    QTest::newRow("month") << QStringLiteral("August") << uint(Gazetteer::Calendar);
    QTest::newRow("given name") << QStringLiteral("Margaret") << uint(Gazetteer::GivenName);
    QTest::newRow("nationality") << QStringLiteral("Danish") << uint(Gazetteer::Demonym);
    QTest::newRow("law word") << QStringLiteral("Act") << uint(Gazetteer::LawWord);
    QTest::newRow("two-word nationality") << QStringLiteral("North Korean")
                                          << uint(Gazetteer::Demonym);
}

void tst_Gazetteer::wordClasses()
{
    QFETCH(QString, word);
    QFETCH(uint, cls);
    QVERIFY2(Gazetteer::instance().classes(word) & cls, qPrintable(word));
}

void tst_Gazetteer::unknown()
{
    const Gazetteer &g = Gazetteer::instance();
    QVERIFY(g.size() > 1000);
    QVERIFY(!g.find(u"Zqxlorp"));
    QCOMPARE(g.classes(u"zqxlorp"), 0u);
    // no people in the gazetteer
    QVERIFY(!g.find(u"Winston Churchill"));
}

void tst_Gazetteer::startsName_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("name"); // a known name or word that starts with it
    QTest::newRow("first word of a place") << QStringLiteral("New") << QStringLiteral("New York");
    QTest::newRow("before a full stop") << QStringLiteral("St") << QStringLiteral("St. Louis");
    QTest::newRow("with its full stop") << QStringLiteral("St.") << QStringLiteral("St. Louis");
    QTest::newRow("first word of a nationality") << QStringLiteral("North")
                                                 << QStringLiteral("North Korean");
    QTest::newRow("first word of a country") << QStringLiteral("Burkina")
                                             << QStringLiteral("Burkina Faso");
}

/** The words a known name of several words starts with: never missed. */
void tst_Gazetteer::startsName()
{
    QFETCH(QString, word);
    QFETCH(QString, name);
    const Gazetteer &g = Gazetteer::instance();
    QVERIFY(g.find(name) || g.classes(name) != 0);
    QVERIFY(g.startsName(word));
}

/** And most words start none (the filter lets few through that it should not). */
void tst_Gazetteer::startsNameFilters()
{
    const Gazetteer &g = Gazetteer::instance();
    const QStringList words = QStringLiteral(
        "Peru York Winston Churchill Ne Maria said the mayor Smith Jones Brown Taylor Wilson "
        "Davies Evans Thomas Johnson Roberts Walker Wright Robinson Thompson White Hughes "
        "Edwards Green Hall Wood Harris Lewis Martin Jackson Clarke Clark Turner Hill Scott "
        "Cooper Morris Ward Moore King Watson Baker Harrison Morgan Patel Young Allen Mitchell")
                                  .split(u' ');
    int through = 0;
    for (const QString &w : words) {
        // a false yes only where nothing known starts with the word and a space
        if (g.startsName(w) && !g.find(QString(w + u" York")) && !g.find(QString(w + u" City")))
            ++through;
    }
    QVERIFY2(through * 4 < words.size(), qPrintable(QString::number(through)));
}

/** The gazetteer compiled in at build time (tools/compilemodel) is its lists', byte for byte. */
void tst_Gazetteer::compiledIsTheLists()
{
    Gazetteer::Lists lists;
    const auto list = [](const QString &name) {
        return gloss::test::sourcePath(u"resources/gazetteers/"_s + name);
    };
    const std::pair<QByteArray *, QString> files[] = {
        {&lists.places, list(u"places.txt"_s)},
        {&lists.organisations, list(u"organisations.txt"_s)},
        {&lists.events, list(u"events.txt"_s)},
        {&lists.words, list(u"words.txt"_s)},
        {&lists.givenNames, list(u"given-names.txt"_s)},
        {&lists.isoPlaces, QStringLiteral(GLOSS_ISO_PLACES)}};
    for (const auto &[text, path] : files) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        *text = f.readAll();
    }
    const Gazetteer read(lists);
    QCOMPARE(read.size(), Gazetteer::instance().size());
    QCOMPARE(Gazetteer::instance().image(), read.image());
}

Gazetteer::Lists tst_Gazetteer::handLists()
{
    Gazetteer::Lists lists;
    lists.places = "# places\nGPE Freedonia|Republic of Freedonia|~Fredo\n"
                   "~GPE Upper Sylvania|Sylvania\n\n  LOC  Grand Valley  \n";
    lists.organisations = "ORG Freedonia Post|The Post\n";
    lists.isoPlaces = "GPE Freedonia|Sylvania Major\n"; // Freedonia: the hand-written list's
    lists.events = "EVENT Harvest Fair\n";
    lists.words = "[honorific]\nMrs\n[speechverb]\nsaid\n[eventfollower]\nwar EVENT\n"
                  "[nosuchclass]\nignored\n";
    lists.givenNames = "Margaret\nMrs\n";
    return lists;
}

/** The lists' forms: types, weak names, groups and their canonical names, word classes. */
void tst_Gazetteer::handWrittenLists()
{
    const Gazetteer read(handLists());
    const QByteArray image = read.image();
    const std::optional<Gazetteer> compiled = Gazetteer::fromImage(image);
    QVERIFY(compiled);
    for (const Gazetteer *g : {&read, &*compiled}) {
        const Gazetteer::Entry *freedonia = g->find(u"Freedonia");
        QVERIFY(freedonia);
        QCOMPARE(freedonia->type, EntityType::Gpe);
        QVERIFY(!freedonia->weak);
        QCOMPARE(g->canonical(freedonia->group), u"Freedonia");
        QCOMPARE(g->find(u"Republic of Freedonia")->group, freedonia->group);
        QVERIFY(g->find(u"Fredo")->weak); // an ambiguous word: a hint only
        QVERIFY(g->find(u"Sylvania")->weak); // a weak line
        QCOMPARE(g->canonical(g->find(u"Sylvania")->group), u"Upper Sylvania");
        QCOMPARE(g->find(u"Grand Valley")->type, EntityType::Loc);
        QCOMPARE(g->find(u"GRAND VALLEY")->type, EntityType::Loc); // in capitals
        QCOMPARE(g->find(u"The Post")->type, EntityType::Org);
        QCOMPARE(g->find(u"Harvest Fair")->type, EntityType::Event);
        // the generated list's line adds its other name to a group of its own
        QVERIFY(g->find(u"Sylvania Major"));
        QVERIFY(g->find(u"Sylvania Major")->group != freedonia->group);
        QVERIFY(!g->find(u"freedonia"));
        QCOMPARE(g->classes(u"Mrs"), quint32(Gazetteer::Honorific | Gazetteer::GivenName));
        QCOMPARE(g->classes(u"said"), quint32(Gazetteer::SpeechVerb));
        QCOMPARE(g->classes(u"war"), quint32(Gazetteer::EventFollower));
        QCOMPARE(g->followerType(u"war"), EntityType::Event);
        QCOMPARE(g->followerType(u"said"), EntityType::Other);
        QCOMPARE(g->classes(u"ignored"), 0u);
        QVERIFY(g->startsName(u"Grand"));
        QVERIFY(g->startsName(u"Republic"));
        QCOMPARE(g->size(), 10);
    }
    QCOMPARE(compiled->image(), image);
}

void tst_Gazetteer::imageRejected_data()
{
    QTest::addColumn<QByteArray>("image");
    const QByteArray image = Gazetteer(handLists()).image();
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("the header only") << image.first(24);
    // (past the header and the start filter's 16 KB, every seventh length)
    gloss::test::addDamagedImageRows(image, 24 + 16384, 7);
}

void tst_Gazetteer::imageRejected()
{
    QFETCH(QByteArray, image);
    QVERIFY(!Gazetteer::fromImage(image));
}

QTEST_GUILESS_MAIN(tst_Gazetteer)
#include "tst_gazetteer.moc"
