#include "analysis/entities/Gazetteer.h"

#include <QTest>

using namespace gloss;
using gloss::entities::Gazetteer;

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

QTEST_GUILESS_MAIN(tst_Gazetteer)
#include "tst_gazetteer.moc"
