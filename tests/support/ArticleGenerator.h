#pragma once
// Made-up news articles for the library's tests and benchmark: a few hundred distinct invented
// names, general English sentences and quotes ("…," X said). Deterministic for a seed. No text
// of any real article.

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace gloss::testing {

using namespace Qt::StringLiterals;

class ArticleGenerator
{
public:
    explicit ArticleGenerator(quint32 seed = 1)
        : m_random(seed)
    {
    }

    /** "Firstname Surname": 24 x 24 = 576 distinct invented names. */
    static QString person(int i)
    {
        static const QStringList first{
            u"Alder"_s, u"Brenna"_s, u"Caspin"_s, u"Delmy"_s, u"Evander"_s, u"Forella"_s,
            u"Gorwin"_s, u"Hesper"_s, u"Ilvane"_s, u"Jorund"_s, u"Kestrel"_s, u"Lomira"_s,
            u"Maddox"_s, u"Nerith"_s, u"Orvel"_s, u"Pellam"_s, u"Quenby"_s, u"Rosalind"_s,
            u"Sorrel"_s, u"Tamsin"_s, u"Ulric"_s, u"Verity"_s, u"Wystan"_s, u"Yselda"_s};
        static const QStringList last{
            u"Abernath"_s, u"Brightwell"_s, u"Corrigan"_s, u"Dunmore"_s, u"Elsworth"_s,
            u"Fairholm"_s, u"Greystock"_s, u"Hallowell"_s, u"Ingleby"_s, u"Jessamy"_s,
            u"Kettering"_s, u"Lindqvist"_s, u"Marrable"_s, u"Northcote"_s, u"Oakenfold"_s,
            u"Penhallow"_s, u"Quartermain"_s, u"Rookwood"_s, u"Stainforth"_s, u"Thistlewood"_s,
            u"Underhay"_s, u"Vanstone"_s, u"Whitlock"_s, u"Yarborough"_s};
        return first.at(i % first.size()) + u' ' + last.at((i / first.size()) % last.size());
    }
    static int personCount() { return 24 * 24; }

    /**
     * What an article is about: 160 general English nouns, two per article, so that a word of
     * them is in about one article in 80 and searches meet the selectivity of real words (the
     * rest of the vocabulary is small and in most articles).
     */
    static const QStringList &topics()
    {
        static const QStringList list = QStringLiteral(
            "lighthouse orchard tramline granary footbridge reservoir quarry allotment "
            "bandstand boathouse brewery cathedral cemetery chapel cinema clocktower "
            "courthouse creamery dairy distillery dockyard dovecote embankment estuary "
            "ferryboat fishmarket floodgate foundry gasworks gatehouse glasshouse gravel "
            "greenhouse guildhall gymnasium harbourwall hayloft hedgerow hospice ironworks "
            "jetty kiln laundry levee library lido lockkeeper maltings marina marketplace "
            "meadow mill monastery museum observatory oilmill orangery pavilion pier "
            "pinewood planetarium playground pottery promenade pumphouse railyard "
            "ropewalk sawmill schoolhouse shipyard signalbox skatepark slipway smithy "
            "stadium stable stonemason substation swimming tannery telescope terrace "
            "textile theatre tidemill timberyard tollhouse towpath toyshop tramshed "
            "treehouse tunnel turbine velodrome viaduct vineyard warehouse waterfront "
            "watermill waterworks weir wharf windmill woodland workshop zoo abattoir "
            "airfield almshouse aqueduct arboretum archive armoury bakery barracks "
            "bathhouse bellfounder boatyard bookbinder bottleworks brickworks canal "
            "carousel causeway chandlery coachhouse cooperage corn croft customs "
            "ditch drawbridge dyeworks farmhouse ferrydock fort forge gallery garage "
            "granite graveyard hatchery heliport hostel icehouse infirmary inn jailhouse "
            "lagoon lantern limekiln mineshaft moorland nursery oasthouse paddock "
            "paperworks quayside refinery ropery saltworks")
                                              .split(u' ', Qt::SkipEmptyParts);
        return list;
    }

    /** A headline and about @p bytes of paragraphs with quotes by a few people. */
    QString article(int bytes = 5000)
    {
        static const QStringList subjects{
            u"The council"_s, u"The committee"_s, u"Local residents"_s, u"The agency"_s,
            u"Officials"_s, u"The company"_s, u"Researchers"_s, u"Teachers"_s,
            u"The board"_s, u"Volunteers"_s};
        static const QStringList verbs{
            u"discussed"_s, u"reviewed"_s, u"announced"_s, u"delayed"_s, u"approved"_s,
            u"questioned"_s, u"expanded"_s, u"postponed"_s, u"funded"_s, u"examined"_s};
        static const QStringList objects{
            u"the new budget"_s, u"a plan for the harbour"_s, u"the school timetable"_s,
            u"a study of river levels"_s, u"the bus routes"_s, u"repairs to the library"_s,
            u"a survey of local farms"_s, u"the water supply"_s, u"plans for a park"_s,
            u"the hospital car park"_s, u"a report on housing"_s, u"the market square"_s};
        static const QStringList times{
            u"on Monday"_s, u"on Tuesday"_s, u"last week"_s, u"this spring"_s,
            u"after a long meeting"_s, u"earlier this month"_s, u"in the evening"_s};
        static const QStringList quotes{
            u"We have waited long enough for this"_s, u"The numbers simply do not add up"_s,
            u"This is a good day for everyone in town"_s,
            u"Nobody asked the people who live here"_s,
            u"We will keep working until the job is done"_s,
            u"It is too early to say what will happen"_s,
            u"The cost keeps rising every single year"_s,
            u"I am proud of what the volunteers achieved"_s,
            u"There are still many questions about safety"_s,
            u"Our children deserve better schools"_s,
            u"The river has flooded twice since the spring"_s,
            u"We listened to every concern that was raised"_s};
        static const QStringList cues{u"said"_s, u"told reporters"_s, u"added"_s,
                                      u"explained"_s};
        static const QStringList states{u"old"_s, u"new"_s, u"closed"_s, u"restored"_s,
                                        u"empty"_s};
        const QString topic = topics().at(int(m_random.bounded(int(topics().size()))));
        const QString other = topics().at(int(m_random.bounded(int(topics().size()))));
        const int cast = 2 + int(m_random.bounded(3));
        QList<int> people;
        for (int i = 0; i < cast; ++i)
            people << int(m_random.bounded(personCount()));
        auto pick = [this](const QStringList &list) {
            return list.at(int(m_random.bounded(int(list.size()))));
        };
        QString text = QStringLiteral("%1 %2 %3\n\n").arg(pick(subjects), pick(verbs),
                                                          pick(objects));
        int paragraph = 0;
        while (text.size() < bytes) {
            QString para = QStringLiteral("%1 %2 %3 %4. ").arg(pick(subjects), pick(verbs),
                                                               pick(objects), pick(times));
            para += QStringLiteral("%1 %2 %3, according to a statement. ")
                        .arg(pick(subjects), pick(verbs), pick(objects));
            if (paragraph % 2 == 0)
                para += QStringLiteral("The %1 %2 stands near the %3. ")
                            .arg(pick(states), topic, other);
            const int who = people.at(paragraph % people.size());
            const QString name = person(who);
            // first mention with the full name, later ones by the surname or a title
            const bool first = paragraph < people.size();
            const QString said = first ? name
                                 : (paragraph % 3 == 0)
                                     ? QStringLiteral("Mayor ") + name.section(u' ', 1)
                                     : name.section(u' ', 1);
            const QString words = paragraph % 3 == 1
                                      ? QStringLiteral("The %1 will not be ready before winter")
                                            .arg(topic)
                                      : pick(quotes);
            para += QStringLiteral("“%1,” %2 %3.").arg(words, said, pick(cues));
            text += para + QStringLiteral("\n\n");
            ++paragraph;
        }
        return text;
    }

private:
    QRandomGenerator m_random;
};

} // namespace gloss::testing
