#include "analysis/entities/EntityRecognizer.h"

#include <QHashSeed>
#include <QTest>

using namespace gloss;

namespace {

Article articleOf(const QString &text)
{
    Article a;
    a.document = Document(text, QStringLiteral("test.txt"));
    return a;
}

/** A direct quote of @p span, unattributed, in the first paragraph. */
Quote quoteAt(Span span)
{
    Quote q;
    q.span = span;
    q.paragraph = 0;
    return q;
}

/** The entity with a mention covering @p pos, or -1 (the view's ArticleIndex does this). */
int entityCovering(const Article &article, qsizetype pos)
{
    for (int i = 0; i < article.entities.size(); ++i) {
        for (const Span &m : article.entities.at(i).mentions) {
            if (m.contains(pos))
                return i;
        }
    }
    return -1;
}

/** The entity whose name or one of whose aliases is @p name, or null. */
const Entity *findEntity(const QList<Entity> &entities, const QString &name)
{
    for (const Entity &e : entities) {
        if (e.name == name || e.aliases.contains(name))
            return &e;
    }
    return nullptr;
}

QString describe(const QList<Entity> &entities)
{
    QStringList parts;
    for (const Entity &e : entities)
        parts << QStringLiteral("%1:%2[%3]x%4")
                     .arg(entityTypeName(e.type), e.name, e.aliases.join(u'/'))
                     .arg(e.mentions.size());
    return parts.join(QStringLiteral("; "));
}

} // namespace

class tst_EntityRecognizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void misspeltSurnameWhateverTheHashSeed_data();
    void misspeltSurnameWhateverTheHashSeed();
    void recognize_data();
    void recognize();
    void notEntities_data();
    void notEntities();
    void separateEntities_data();
    void separateEntities();
    void possessiveMentionSpansName();
    void idsInOrderOfFirstMention();
    void quotedWordsNeedEvidence();
    void usesSegmenterSentences();
    void mentionsCoverTheirWords();
    void ensureEntity_data();
    void ensureEntity();
    void ensureEntityRefusesNonNames_data();
    void ensureEntityRefusesNonNames();
    void emptyAndOddInput_data();
    void emptyAndOddInput();
};

void tst_EntityRecognizer::recognize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");     // canonical name expected
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("aliases"); // must all be present
    QTest::addColumn<int>("mentions");

    QTest::newRow("honorific and surname")
        << QStringLiteral("The talks ended early. Mr Okonkwo said the plan would work. "
                          "Later Mr Okonkwo left the building.")
        << QStringLiteral("Okonkwo") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("Mr Okonkwo")} << 2;
    QTest::newRow("title before full name, surname later")
        << QStringLiteral("Governor Maria Lindqvist visited the port on Friday. Lindqvist "
                          "promised new cranes, and Governor Lindqvist thanked the workers.")
        << QStringLiteral("Maria Lindqvist") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("Lindqvist"), QStringLiteral("Governor Lindqvist")} << 3;
    QTest::newRow("a nationality as a surname, next to a speech verb")
        << QStringLiteral("Yesterday Steve Cuban bought the club. \"It is early,\" Cuban said. The "
                          "club would grow, said Cuban, who sells Cuban cigars.")
        << QStringLiteral("Steve Cuban") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("Cuban")} << 3;
    QTest::newRow("an office as the surname, after a title and a given name")
        << QStringLiteral("Rep. Steve Judge won the vote on Monday. Judge said the plan is sound.")
        << QStringLiteral("Steve Judge") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("Judge")} << 2;
    QTest::newRow("an office as the surname, after an honorific")
        << QStringLiteral("The hearing ended early. Mr. Bishop said the plan would work.")
        << QStringLiteral("Bishop") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("Mr. Bishop")} << 1;
    QTest::newRow("a month as the surname, next to a speech verb")
        << QStringLiteral("Prime Minister Anna May met the board. \"We will act,\" May said. The "
                          "plan is fine, said May, who took office in May.")
        << QStringLiteral("Anna May") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("May")} << 3;
    QTest::newRow("a company office of two title words before a name")
        << QStringLiteral("\"We will grow,\" Chief Executive Dana Whitfield told analysts on "
                          "Tuesday. Whitfield left early.")
        << QStringLiteral("Dana Whitfield") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("Whitfield")} << 2;
    QTest::newRow("a place before -based, and a person's apposition past it")
        << QStringLiteral("The ruling stood.\n\nRoberta A. Kaplan, an Omaha-based lawyer, spoke. "
                          "The Omaha-based company cut jobs.")
        << QStringLiteral("Omaha") << QStringLiteral("GPE") << QStringList{} << 2;
    QTest::newRow("a person's apposition read past a place before -based")
        << QStringLiteral("The ruling stood.\n\nRoberta A. Kaplan, an Omaha-based lawyer, spoke.")
        << QStringLiteral("Roberta A. Kaplan") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("surname before full name")
        << QStringLiteral("Talbot quits\n\nThe club said that Graham Talbot would leave. "
                          "Fans thanked Talbot.")
        << QStringLiteral("Graham Talbot") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("Talbot")} << 3;
    QTest::newRow("area, title and name in one run")
        << QStringLiteral("The road was closed, Harbour County Sheriff Dana Whitfield said.")
        << QStringLiteral("Dana Whitfield") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("a hyphenated office before a name")
        << QStringLiteral("The deal was signed, said Harbour Workers Secretary-Treasurer Dana "
                          "Kowalczyk.")
        << QStringLiteral("Dana Kowalczyk") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("Secretary-Treasurer Dana Kowalczyk")} << 1;
    // a surname two people share is the one named in full first, not a company with that name
    QTest::newRow("a shared surname: the person named in full first")
        << QStringLiteral("Helen Kowalczyk opened the Kowalczyk Golf Club on Monday. Her son "
                          "Peter Kowalczyk was there too, and Peter Kowalczyk gave a speech. "
                          "Mrs. Kowalczyk said the course was finished, and Kowalczyk thanked "
                          "the builders.")
        << QStringLiteral("Helen Kowalczyk") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("Mrs. Kowalczyk")} << 3;
    QTest::newRow("a shared surname: the company keeps its own name")
        << QStringLiteral("Helen Kowalczyk opened the Kowalczyk Golf Club on Monday. Her son "
                          "Peter Kowalczyk was there too, and Peter Kowalczyk gave a speech. "
                          "Mrs. Kowalczyk said the course was finished, and Kowalczyk thanked "
                          "the builders.")
        << QStringLiteral("Kowalczyk Golf Club") << QStringLiteral("ORG") << QStringList{} << 1;
    // a person named in full is no place, however often a place cue comes before the surname
    QTest::newRow("a person named in full after place cues")
        << QStringLiteral("Mary Lindqvist spoke on Monday. In Lindqvist's view the plan "
                          "works. Aides in Lindqvist's office agreed, and from Lindqvist came "
                          "a letter.")
        << QStringLiteral("Mary Lindqvist") << QStringLiteral("PERSON") << QStringList{} << 4;
    QTest::newRow("a name only ever in capitals is no person's")
        << QStringLiteral("The mayor told HARBOUR DAILY on Monday that the wall would hold, "
                          "and HARBOUR DAILY printed it.")
        << QStringLiteral("HARBOUR DAILY") << QStringLiteral("ORG") << QStringList{} << 2;
    QTest::newRow("area before a title")
        << QStringLiteral("The road was closed, Harbour County Sheriff Dana Whitfield said.")
        << QStringLiteral("Harbour County") << QStringLiteral("GPE") << QStringList{} << 1;
    QTest::newRow("given name makes a person")
        << QStringLiteral("Rachel Moreno, who runs a bakery, said prices had doubled.")
        << QStringLiteral("Rachel Moreno") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("role noun before a name")
        << QStringLiteral("The drivers' lawyer Tomasz Wierzbicki said: \"We will appeal.\"")
        << QStringLiteral("Tomasz Wierzbicki") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("apposition with a role")
        << QStringLiteral("Prices fell, according to Ingrid Halvorsen, an analyst at a bank.")
        << QStringLiteral("Ingrid Halvorsen") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("nationality after a role is a name")
        << QStringLiteral("Trade minister German Okafor told reporters the deal was done.")
        << QStringLiteral("German Okafor") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("possessive normalised")
        << QStringLiteral("Peru's exports rose in May. Officials in Peru were pleased.")
        << QStringLiteral("Peru") << QStringLiteral("GPE") << QStringList{} << 2;
    QTest::newRow("curly possessive")
        << QStringLiteral("Shares in Norvik Shipping Ltd fell. Norvik Shipping Ltd\u2019s chief "
                          "resigned.")
        << QStringLiteral("Norvik Shipping Ltd") << QStringLiteral("ORG") << QStringList{} << 2;
    QTest::newRow("gazetteer aliases cluster")
        << QStringLiteral("The UK economy grew. Exports from Britain rose, and the U.K. "
                          "government was pleased.")
        << QStringLiteral("Britain") << QStringLiteral("GPE")
        << QStringList{QStringLiteral("UK"), QStringLiteral("U.K.")} << 3;
    QTest::newRow("acronym defined in brackets")
        << QStringLiteral("The Northern Fisheries Authority (NFA) issued a warning. Later the "
                          "NFA said stocks were low.")
        << QStringLiteral("Northern Fisheries Authority") << QStringLiteral("ORG")
        << QStringList{QStringLiteral("NFA")} << 3;
    QTest::newRow("acronym from initials")
        << QStringLiteral("The Coastal Heritage Trust welcomed the news. A spokesman for the "
                          "CHT said more work was needed.")
        << QStringLiteral("Coastal Heritage Trust") << QStringLiteral("ORG")
        << QStringList{QStringLiteral("CHT")} << 2;
    QTest::newRow("head word of an organisation")
        << QStringLiteral("The Wexmoor Planning Commission rejected the bid. Later the "
                          "Commission said it would review it.")
        << QStringLiteral("Wexmoor Planning Commission") << QStringLiteral("ORG")
        << QStringList{QStringLiteral("Commission")} << 2;
    QTest::newRow("first word of an organisation")
        << QStringLiteral("Flights on Harlow Air Lines were cancelled. Passengers blamed "
                          "Harlow for the delays.")
        << QStringLiteral("Harlow Air Lines") << QStringLiteral("ORG")
        << QStringList{QStringLiteral("Harlow")} << 2;
    QTest::newRow("organisation without its suffix word")
        << QStringLiteral("Northfield Valley Railroad cut jobs. Asked whether Northfield "
                          "Valley would sell the unit, he declined to comment.")
        << QStringLiteral("Northfield Valley Railroad") << QStringLiteral("ORG")
        << QStringList{QStringLiteral("Northfield Valley")} << 2;
    QTest::newRow("sentence-initial name before a strong word and a suffix")
        << QStringLiteral("LONDON (Reuters) - Brackley Pacific Railroad lowered its forecast.")
        << QStringLiteral("Brackley Pacific Railroad") << QStringLiteral("ORG")
        << QStringList{} << 1;
    QTest::newRow("people at a name: an organisation")
        << QStringLiteral("The film opened. Critics at Starling called it a triumph.")
        << QStringLiteral("Starling") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("role description learned (title)")
        << QStringLiteral("Yesterday the Ruritanian President Ilse Marbek arrived. Later, the "
                          "Ruritanian President thanked her hosts, and the President left.")
        << QStringLiteral("Ilse Marbek") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("the Ruritanian President"),
                       QStringLiteral("the President")}
        << 3;
    QTest::newRow("role description learned (lower case)")
        << QStringLiteral("On Monday the Brazilian finance minister Paulo Serrano spoke. The "
                          "Brazilian finance minister later resigned.")
        << QStringLiteral("Paulo Serrano") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("the Brazilian finance minister")} << 3;
    QTest::newRow("organisation described before its name")
        << QStringLiteral("The Ruritanian state news agency, RNA reported the visit. The "
                          "Ruritanian state news agency said more would follow.")
        << QStringLiteral("RNA") << QStringLiteral("ORG")
        << QStringList{QStringLiteral("the Ruritanian state news agency")} << 3;
    QTest::newRow("real name")
        << QStringLiteral("The rapper Q-Storm, real name Lewis Adeyemi, said he was innocent.")
        << QStringLiteral("Lewis Adeyemi") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("Q-Storm"), QStringLiteral("the rapper")} << 3;
    QTest::newRow("organisation suffix")
        << QStringLiteral("Shares in Kestrel Mining Corp fell by a third.")
        << QStringLiteral("Kestrel Mining Corp") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("name joined over 'of'")
        << QStringLiteral("The Bank of Ruritania kept rates on hold.")
        << QStringLiteral("Bank of Ruritania") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("a middle initial inside the name, the surname later")
        << QStringLiteral("Nominee Anna K. Berg spoke first. Later Berg left the hall.")
        << QStringLiteral("Anna K. Berg") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("Berg")} << 2;
    QTest::newRow("a middle initial opening a sentence, nobody knows the given name")
        << QStringLiteral("The case went on. Ortrun K. Vasquez invoked the history of it. "
                          "Vasquez left the hall.")
        << QStringLiteral("Ortrun K. Vasquez") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("Vasquez")} << 2;
    QTest::newRow("a middle initial: a person, no place")
        << QStringLiteral("Shares rose. Aurel B. Castellan of Tarnow owns a fifth of the firm.")
        << QStringLiteral("Aurel B. Castellan") << QStringLiteral("PERSON") << QStringList{}
        << 1;
    QTest::newRow("'and' inside an organisation's field, after its head")
        << QStringLiteral("The Department of Harbours and Coastal Works said the pier would close.")
        << QStringLiteral("Department of Harbours and Coastal Works") << QStringLiteral("ORG")
        << QStringList{} << 1;
    QTest::newRow("'and' inside an organisation's field, before its suffix")
        << QStringLiteral("On Monday the Fisheries and Tidal Administration approved the plan.")
        << QStringLiteral("Fisheries and Tidal Administration") << QStringLiteral("ORG")
        << QStringList{} << 1;
    QTest::newRow("'and' between two organisations, each with its head")
        << QStringLiteral("On Monday the Ministry of Defence and Foreign Office agreed.")
        << QStringLiteral("Ministry of Defence") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("'and' before a suffix that is a name alone")
        << QStringLiteral("The bill passed both the Assembly and Senate on Friday.")
        << QStringLiteral("Senate") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("'and' after an organisation ending in its own suffix")
        << QStringLiteral("Officials of the Harbour Department and Ruritanian Coast Guard met.")
        << QStringLiteral("Harbour Department") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("a brotherhood is an organisation, its field over 'and'")
        << QStringLiteral("Members of the Brotherhood of Harbour Pilots and Stokers walked out.")
        << QStringLiteral("Brotherhood of Harbour Pilots and Stokers") << QStringLiteral("ORG")
        << QStringList{} << 1;
    QTest::newRow("a club's 'United' is an organisation's suffix")
        << QStringLiteral("The striker scored twice to beat Harwick United on Sunday.")
        << QStringLiteral("Harwick United") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("an industry's name as a company's suffix")
        << QStringLiteral("Shares in Tarrow Semiconductor fell by a tenth.")
        << QStringLiteral("Tarrow Semiconductor") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("'The' before a known name starting with a suffix word")
        << QStringLiteral("The United Nations met on Monday.")
        << QStringLiteral("United Nations") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("a law is no person")
        << QStringLiteral("The Harbour Safety Act passed in May.")
        << QStringLiteral("Harbour Safety Act") << QStringLiteral("OTHER") << QStringList{} << 1;
    QTest::newRow("a law's name goes on over 'of'")
        << QStringLiteral("They asked under the Freedom of Harbours Act for the files.")
        << QStringLiteral("Freedom of Harbours Act") << QStringLiteral("OTHER") << QStringList{}
        << 1;
    QTest::newRow("a convention is an event")
        << QStringLiteral("Delegates met at the Harbour Party National Convention in June.")
        << QStringLiteral("Harbour Party National Convention") << QStringLiteral("EVENT")
        << QStringList{} << 1;
    QTest::newRow("a political action committee")
        << QStringLiteral("Money came from the Portmere Forward PAC last year.")
        << QStringLiteral("Portmere Forward PAC") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("name joined over 'on'")
        << QStringLiteral("The Commission on Harbour Safety published its report.")
        << QStringLiteral("Commission on Harbour Safety") << QStringLiteral("ORG")
        << QStringList{} << 1;
    QTest::newRow("the head before the second connector types it")
        << QStringLiteral("The House of Delegates Committee on Fisheries met twice.")
        << QStringLiteral("House of Delegates Committee on Fisheries") << QStringLiteral("ORG")
        << QStringList{} << 1;
    QTest::newRow("a day after 'on' is no part of the name")
        << QStringLiteral("The Harbour Council on Friday approved the plan.")
        << QStringLiteral("Harbour Council") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("a newspaper's name: Register")
        << QStringLiteral("She told the Portmere Register that the pier would close.")
        << QStringLiteral("Portmere Register") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("a corps")
        << QStringLiteral("He served in the Harbour Rescue Corps for a decade.")
        << QStringLiteral("Harbour Rescue Corps") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("organisation noun before")
        << QStringLiteral("The deal gives oil giant Petrovale a larger share.")
        << QStringLiteral("Petrovale") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("organisation noun after")
        << QStringLiteral("He told the Vedomir newspaper that he would stay.")
        << QStringLiteral("Vedomir") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("firm called X")
        << QStringLiteral("The assets went to a little-known firm called Zalvex.")
        << QStringLiteral("Zalvex") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("preposition of place")
        << QStringLiteral("A rally was held in Harrowgate on Sunday.")
        << QStringLiteral("Harrowgate") << QStringLiteral("GPE") << QStringList{} << 1;
    QTest::newRow("geographical suffix")
        << QStringLiteral("Storms hit the Severn Valley overnight.")
        << QStringLiteral("Severn Valley") << QStringLiteral("LOC") << QStringList{} << 1;
    QTest::newRow("area suffix")
        << QStringLiteral("Residents of Marlow County voted no.")
        << QStringLiteral("Marlow County") << QStringLiteral("GPE") << QStringList{} << 1;
    QTest::newRow("event follower")
        << QStringLiteral("He was not criticised over the Iraq war, aides said.")
        << QStringLiteral("Iraq war") << QStringLiteral("EVENT") << QStringList{} << 1;
    QTest::newRow("summit follower")
        << QStringLiteral("Leaders met at the NATO summit last year.")
        << QStringLiteral("NATO summit") << QStringLiteral("EVENT") << QStringList{} << 1;
    QTest::newRow("inquiry follower")
        << QStringLiteral("The Marlowe inquiry cleared the minister.")
        << QStringLiteral("Marlowe inquiry") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("work before a cue")
        << QStringLiteral("She spoke on the Morning Brief programme yesterday.")
        << QStringLiteral("Morning Brief") << QStringLiteral("WORK") << QStringList{} << 1;
    QTest::newRow("work title with capitalised small words")
        << QStringLiteral("His new single, Nights Without Rain, was released on Friday.")
        << QStringLiteral("Nights Without Rain") << QStringLiteral("WORK") << QStringList{} << 1;
    QTest::newRow("numbered name")
        << QStringLiteral("The firm filed for Chapter 11 protection.")
        << QStringLiteral("Chapter 11") << QStringLiteral("OTHER") << QStringList{} << 1;
    QTest::newRow("dateline in capitals")
        << QStringLiteral("NAIROBI, Kenya \u2013 Talks resumed in Nairobi on Monday.")
        << QStringLiteral("Nairobi") << QStringLiteral("GPE")
        << QStringList{QStringLiteral("NAIROBI")} << 2;
    QTest::newRow("hyphenated pair of places")
        << QStringLiteral("Plans for a Kenya-U.S. trade deal were dropped.")
        << QStringLiteral("Kenya") << QStringLiteral("GPE") << QStringList{} << 1;
    QTest::newRow("sentence-initial word with evidence elsewhere")
        << QStringLiteral("Zalvex promptly sold the unit. The buyer was a firm called Zalvex.")
        << QStringLiteral("Zalvex") << QStringLiteral("ORG") << QStringList{} << 2;
    QTest::newRow("misspelt surname after a title")
        << QStringLiteral("Economist Andrei Vasilenko warned of a slowdown. Officials rejected "
                          "Mr Vasilenka's remarks.")
        << QStringLiteral("Andrei Vasilenko") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("Mr Vasilenka")} << 2;
    QTest::newRow("known part before a compound title")
        << QStringLiteral("It was confirmed by the White House Press Secretary Dana Pike.")
        << QStringLiteral("White House") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("plural title after a party")
        << QStringLiteral("He was welcomed by Labour MPs on Monday.")
        << QStringLiteral("Labour") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("listener of 'told' is no person")
        << QStringLiteral("The minister told Vedomir that the sale was a mistake.")
        << QStringLiteral("Vedomir") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("common word as a programme title")
        << QStringLiteral("He spoke on BBC Radio 4's Today programme.")
        << QStringLiteral("Today") << QStringLiteral("WORK") << QStringList{} << 1;
    QTest::newRow("place inside a known area")
        << QStringLiteral("He is the MP for Kelmscott in Oxfordshire.")
        << QStringLiteral("Kelmscott") << QStringLiteral("GPE") << QStringList{} << 1;
    QTest::newRow("place feature inside a quotation")
        << QStringLiteral("\"It snowed across the Tarrow River Valley,\" she said.")
        << QStringLiteral("Tarrow River Valley") << QStringLiteral("LOC") << QStringList{} << 1;
    QTest::newRow("age in apposition")
        << QStringLiteral("Trawlers left. Bryn Tallis, 61, said the season was over.")
        << QStringLiteral("Bryn Tallis") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("nationality before a government")
        << QStringLiteral("Talks with the Welsh Government stalled.")
        << QStringLiteral("Welsh Government") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("dateline word in capitals joins the town")
        << QStringLiteral("KELMOUTH, Wales \u2013 The council of Kelmouth voted. Homes in Kelmouth "
                          "flood.")
        << QStringLiteral("Kelmouth") << QStringLiteral("GPE")
        << QStringList{QStringLiteral("KELMOUTH")} << 3;
    QTest::newRow("abbreviated title with a full stop")
        << QStringLiteral("The bill stalled. Rep. Alvin Marsh said he would vote no.")
        << QStringLiteral("Alvin Marsh") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("Rep. Alvin Marsh")} << 1;
    QTest::newRow("two abbreviated titles")
        << QStringLiteral("The deal was praised by Lt. Gov. Dana Oakes on Friday.")
        << QStringLiteral("Dana Oakes") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("Lt. Gov. Dana Oakes")} << 1;
    QTest::newRow("place before an abbreviated title")
        << QStringLiteral("The deal was praised by Ohio Gov. Dana Oakes on Friday.")
        << QStringLiteral("Ohio") << QStringLiteral("GPE") << QStringList{} << 1;
    QTest::newRow("person after place and abbreviated title")
        << QStringLiteral("The deal was praised by Ohio Gov. Dana Oakes on Friday.")
        << QStringLiteral("Dana Oakes") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("company before a company office")
        << QStringLiteral("The fine was paid, Brackwater Lumen CEO Ivo Sandberg said.")
        << QStringLiteral("Brackwater Lumen") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("person after a company office")
        << QStringLiteral("The fine was paid, Brackwater Lumen CEO Ivo Sandberg said.")
        << QStringLiteral("Ivo Sandberg") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("office over 'of' before a name")
        << QStringLiteral("The visit was planned by Secretary of State Maren Ostby last year.")
        << QStringLiteral("Maren Ostby") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("place before a party adjective and a role")
        << QStringLiteral("The vote was close, said Tolland County Republican chairman Al Roe.")
        << QStringLiteral("Tolland County") << QStringLiteral("GPE") << QStringList{} << 1;
    QTest::newRow("place, party adjective and name in one run")
        << QStringLiteral("The vote was close, said Vermont Democrat Ilsa Brandt on Friday.")
        << QStringLiteral("Ilsa Brandt") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("party adjective before a name is dropped")
        << QStringLiteral("The plan was backed by Democrat Anna Brandt on Friday.")
        << QStringLiteral("Anna Brandt") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("a party's member after a description")
        << QStringLiteral("The plan was backed by House Democrat Mara Velden on Friday.")
        << QStringLiteral("Mara Velden") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("a party's member after a long description")
        << QStringLiteral("The report was leaked, Senate Intelligence Ranking Democrat Mara "
                          "Velden said.")
        << QStringLiteral("Mara Velden") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("a name of two words before in and a place is a person's")
        << QStringLiteral("Vote delayed\n\nThe deaths of Marek Olsen in Ohio and Tavi Brandt "
                          "in Maine shocked the town.")
        << QStringLiteral("Marek Olsen") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("a name of one word before in and a place is a place")
        << QStringLiteral("The river burst its banks at Harwick in Oxfordshire on Monday.")
        << QStringLiteral("Harwick") << QStringLiteral("GPE") << QStringList{} << 1;
    QTest::newRow("referring to somebody")
        << QStringLiteral("Vote delayed\n\n\"It is a mess,\" Tom Reed said, referring to Kavan "
                          "Ostrom. Later he flew to Tolland.")
        << QStringLiteral("Kavan Ostrom") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("according to a company")
        << QStringLiteral("Sales fell by a third last year, according to Marketvane.")
        << QStringLiteral("Marketvane") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("flying to somewhere")
        << QStringLiteral("Vote delayed\n\n\"It is a mess,\" Tom Reed said, referring to Kavan "
                          "Ostrom. Later he flew to Tolland.")
        << QStringLiteral("Tolland") << QStringLiteral("GPE") << QStringList{} << 1;
    QTest::newRow("a museum is an organisation")
        << QStringLiteral("The exhibition opened at the Tolland Maritime Museum on Monday.")
        << QStringLiteral("Tolland Maritime Museum") << QStringLiteral("ORG") << QStringList{}
        << 1;
    QTest::newRow("a circle is a place")
        << QStringLiteral("The march ended at Harwick Circle on Monday night.")
        << QStringLiteral("Harwick Circle") << QStringLiteral("LOC") << QStringList{} << 1;
    QTest::newRow("an office of two words with Member")
        << QStringLiteral("The report was leaked, Ranking Member Mara Velden said.")
        << QStringLiteral("Mara Velden") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("a council's member")
        << QStringLiteral("The plan was opposed by Board Member Tom Arvel on Friday.")
        << QStringLiteral("Tom Arvel") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("a party's member opening the run")
        << QStringLiteral("The plan was opposed by Republican Mara Velden on Friday.")
        << QStringLiteral("Mara Velden") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("a party's member is a person")
        << QStringLiteral("Vote delayed\n\nThe race had been dominated by progressive Democrat "
                          "Zorvan Tealey.\nTealey is popular in the district. On Monday, Tealey "
                          "decided to bypass the rival.\nTealey is an academic corruption expert "
                          "who is building her campaign around money in politics. The ad also "
                          "draws attention to Tealey\u2019s strongest issue.")
        << QStringLiteral("Zorvan Tealey") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("Tealey")} << 5;
    QTest::newRow("a party's word before an organisation's suffix")
        << QStringLiteral("The bill was drafted by the Republican Study Committee on Monday.")
        << QStringLiteral("Republican Study Committee") << QStringLiteral("ORG") << QStringList{}
        << 1;
    QTest::newRow("place and party adjective as a description stay whole")
        << QStringLiteral("In an interview, the Tolland Republican said the vote was close.")
        << QStringLiteral("Tolland Republican") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("name in a Title Case headline")
        << QStringLiteral("Mara Quint Was Headed For Trouble Over Tolland Pier\n\n"
                          "The plan of Mara Quint for the pier failed, Quint said.")
        << QStringLiteral("Mara Quint") << QStringLiteral("PERSON")
        << QStringList{QStringLiteral("Quint")} << 3;
    QTest::newRow("weekday after a channel")
        << QStringLiteral("The senator told CNN Tuesday that the vote was close.")
        << QStringLiteral("CNN") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("several words after \"the\" and before a preposition: no person")
        << QStringLiteral("A spokesman was quoted by the Morning Lark as saying the pier "
                          "would open.")
        << QStringLiteral("Morning Lark") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("several words after \"the\" before a full stop: no person")
        << QStringLiteral("On Sunday the visitors beat the Riverton Rovers.")
        << QStringLiteral("Riverton Rovers") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("a name after \"the\" modifying a noun stays a person's")
        << QStringLiteral("Officials praised the Mara Quint plan on Monday.")
        << QStringLiteral("Mara Quint") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("a given name after \"the\" outweighs the article")
        << QStringLiteral("Critics of the Anna Brandt on the poster said it was old.")
        << QStringLiteral("Anna Brandt") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("after \"the\", an event word still says an event")
        << QStringLiteral("Delegates arrived for the Tolland Harbour Festival on Friday.")
        << QStringLiteral("Tolland Harbour Festival") << QStringLiteral("EVENT") << QStringList{}
        << 1;
    QTest::newRow("a saint's name with its possessive before an institution")
        << QStringLiteral("She was taken to St Anne's Hospital in Tolland. Doctors at St "
                          "Anne's Hospital said she was stable.")
        << QStringLiteral("St Anne's Hospital") << QStringLiteral("ORG") << QStringList{} << 2;
    QTest::newRow("a title's possessive before an institution")
        << QStringLiteral("Researchers at Queen's College Tolland said the drug worked.")
        << QStringLiteral("Queen's College Tolland") << QStringLiteral("ORG") << QStringList{}
        << 1;
    QTest::newRow("a group's possessive before an institution")
        << QStringLiteral("The boy was flown to Children's Hospital Tolland on Monday.")
        << QStringLiteral("Children's Hospital Tolland") << QStringLiteral("ORG")
        << QStringList{} << 1;
    QTest::newRow("a title in apposition to a work")
        << QStringLiteral("Her new novel, The Long Road Home, comes out in May.")
        << QStringLiteral("Long Road Home") << QStringLiteral("WORK") << QStringList{} << 1;
    QTest::newRow("a person in apposition to the one a work names")
        << QStringLiteral("Police met the director of the film, Marten Osei, on Friday.")
        << QStringLiteral("Marten Osei") << QStringLiteral("PERSON") << QStringList{} << 1;
    QTest::newRow("a football club")
        << QStringLiteral("Tolland Rovers beat the visitors 2-1 on Sunday.")
        << QStringLiteral("Tolland Rovers") << QStringLiteral("ORG") << QStringList{} << 1;
    QTest::newRow("party name variants")
        << QStringLiteral("The Tory leader spoke. The Conservatives said the Conservative Party "
                          "would win.")
        << QStringLiteral("Conservative Party") << QStringLiteral("ORG")
        << QStringList{QStringLiteral("Tory"), QStringLiteral("Conservatives")} << 3;
}

void tst_EntityRecognizer::recognize()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, type);
    QFETCH(QStringList, aliases);
    QFETCH(int, mentions);
    const QList<Entity> entities = EntityRecognizer::recognize(articleOf(text));
    const Entity *e = findEntity(entities, name);
    QVERIFY2(e, qPrintable(describe(entities)));
    QCOMPARE(e->name, name);
    QCOMPARE(entityTypeName(e->type), type);
    for (const QString &alias : aliases)
        QVERIFY2(e->aliases.contains(alias), qPrintable(alias + u" in " + describe(entities)));
    QCOMPARE(e->mentions.size(), mentions);
}

void tst_EntityRecognizer::notEntities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::newRow("a rubric in capitals on a line of its own")
        << QStringLiteral("Harbour plan approved\n\nWHAT\u2019S BREWING.\n\nThe council met on "
                          "Monday.")
        << QStringLiteral("BREWING");
    QTest::newRow("a heading in capitals met once")
        << QStringLiteral("Things to know\n\nThe council met on Monday.\n\n5. ELEVEN SAILORS "
                          "RESCUED, DOZENS STRANDED IN HARBOUR STORM.\n\nThe boats are back.")
        << QStringLiteral("DOZENS STRANDED IN HARBOUR STORM");
    QTest::newRow("a heading in capitals before a dash")
        << QStringLiteral("Poll digest\n\nHARBOUR POLLS NOT WRONG, JUST TOO EARLY - Carl Brandt: "
                          "\u201CThe polls were fine.\u201D")
        << QStringLiteral("JUST TOO EARLY");
    QTest::newRow("nationality adjective")
        << QStringLiteral("British and Danish troops stayed.") << QStringLiteral("British");
    QTest::newRow("nationality next to a speech verb, nobody of that name")
        << QStringLiteral("The talks ended. \"We are ready,\" Danish said.")
        << QStringLiteral("Danish");
    QTest::newRow("a weekday after a speech verb is no surname")
        << QStringLiteral("The Super Tuesday contests ended. Governor Ann Lee said Tuesday that "
                          "she would run.")
        << QStringLiteral("Tuesday");
    QTest::newRow("two-word nationality")
        << QStringLiteral("The North Korean leader spoke.") << QStringLiteral("North Korean");
    QTest::newRow("sentence-initial adverb")
        << QStringLiteral("However, costs rose.") << QStringLiteral("However");
    QTest::newRow("sentence-initial noun without evidence")
        << QStringLiteral("Footage shows the crowd.") << QStringLiteral("Footage");
    QTest::newRow("month") << QStringLiteral("It ended in August.") << QStringLiteral("August");
    QTest::newRow("day") << QStringLiteral("It ended on Thursday.") << QStringLiteral("Thursday");
    QTest::newRow("holiday") << QStringLiteral("Flights were cancelled over Christmas.")
                             << QStringLiteral("Christmas");
    QTest::newRow("title alone") << QStringLiteral("The talks, the Supreme Leader said, went well.")
                                 << QStringLiteral("Supreme Leader");
    QTest::newRow("title without a known modifier")
        << QStringLiteral("The plan, Culture Secretary Alma Ruiz said, is sound.")
        << QStringLiteral("Culture");
    QTest::newRow("generic abbreviation") << QStringLiteral("The GDP figures were weak.")
                                          << QStringLiteral("GDP");
    QTest::newRow("pronoun") << QStringLiteral("Then I said no.") << QStringLiteral("I");
    QTest::newRow("capitalised words only in a quotation")
        << QStringLiteral("He wrote: \"The Glorious Plan works.\"")
        << QStringLiteral("Glorious Plan");
    QTest::newRow("compound modifier before summit")
        << QStringLiteral("Plans for a second Kenya-U.S. summit were made.")
        << QStringLiteral("U.S. summit");
    QTest::newRow("sentence-initial word before an organisation noun")
        << QStringLiteral("Rock outfit Kestrels played on.") << QStringLiteral("Rock");
    QTest::newRow("capitalised emphasis in a quotation")
        << QStringLiteral("He wrote: \"The Fake Press Media lies.\"")
        << QStringLiteral("Fake Press Media");
    QTest::newRow("abbreviated title alone")
        << QStringLiteral("The bill stalled. Rep. Alvin Marsh said he would vote no.")
        << QStringLiteral("Rep");
    QTest::newRow("abbreviated title joined to the place before")
        << QStringLiteral("The deal was praised by Ohio Gov. Dana Oakes on Friday.")
        << QStringLiteral("Ohio Gov");
    QTest::newRow("company, office and person as one name")
        << QStringLiteral("The fine was paid, Brackwater Lumen CEO Ivo Sandberg said.")
        << QStringLiteral("Brackwater Lumen CEO Ivo Sandberg");
    QTest::newRow("tail of an office with 'of'")
        << QStringLiteral("The visit was planned by Secretary of State Maren Ostby last year.")
        << QStringLiteral("of State Maren Ostby");
    QTest::newRow("office with 'of' and no name")
        << QStringLiteral("The plan was backed by the Secretary of Commerce on Friday.")
        << QStringLiteral("of Commerce");
    QTest::newRow("place with a party adjective")
        << QStringLiteral("The vote was close, said Tolland County Republican chairman Al Roe.")
        << QStringLiteral("Tolland County Republican");
    QTest::newRow("party adjective before a name")
        << QStringLiteral("The plan was backed by Democrat Anna Brandt on Friday.")
        << QStringLiteral("Democrat Anna Brandt");
    QTest::newRow("a word after an interview's run-in letter")
        << QStringLiteral("Harbour vote\n\nQ: Will the wall hold this winter?\n\nA: It will."
                          "\n\nQ. Will it cost more?\n\nA. Maybe.")
        << QStringLiteral("Will");
    QTest::newRow("an office of two words with Member, with the name")
        << QStringLiteral("The report was leaked, Ranking Member Mara Velden said.")
        << QStringLiteral("Ranking Member Mara Velden");
    QTest::newRow("a party's member with a description")
        << QStringLiteral("The plan was backed by House Democrat Mara Velden on Friday.")
        << QStringLiteral("House Democrat Mara Velden");
    QTest::newRow("a party's member opening the run, with the party")
        << QStringLiteral("The plan was opposed by Republican Mara Velden on Friday.")
        << QStringLiteral("Republican Mara Velden");
    QTest::newRow("a party's word before an unknown given name")
        << QStringLiteral("The plan was opposed by progressive Democrat Orsk Vallen on Friday.")
        << QStringLiteral("Democrat Orsk Vallen");
    QTest::newRow("place and a weekday")
        << QStringLiteral("The senator spoke in Ohio Tuesday and left.")
        << QStringLiteral("Ohio Tuesday");
    QTest::newRow("Title Case headline words after a name")
        << QStringLiteral("Mara Quint Was Headed For Trouble Over Tolland Pier\n\n"
                          "The plan of Mara Quint for the pier failed, Quint said.")
        << QStringLiteral("Mara Quint Was Headed For Trouble Over Tolland Pier");
    QTest::newRow("Title Case headline without names")
        << QStringLiteral("Sudden Storm Floods Seafront Again\n\n"
                          "The storm hit the town on Friday, the council said.")
        << QStringLiteral("Sudden Storm Floods Seafront Again");
    QTest::newRow("Title Case headline verb alone")
        << QStringLiteral("Sudden Storm Floods Seafront Again\n\n"
                          "The storm hit the town on Friday, the council said.")
        << QStringLiteral("Floods");
    QTest::newRow("weekday in a name of its own is kept")
        << QStringLiteral("Voters in eleven states went to the polls on Thunder Tuesday.")
        << QStringLiteral("Thunder");
    QTest::newRow("party adjective before other words")
        << QStringLiteral("He spoke at the Republican Harvest Supper in the spring.")
        << QStringLiteral("Harvest Supper");
    QTest::newRow("Title Case headline ending in a full stop")
        << QStringLiteral("Flood Warnings Issued As Storm Nears Coast.\n\n"
                          "The storm hit the town on Friday, the council said.")
        << QStringLiteral("Warnings Issued As Storm Nears Coast");
    QTest::newRow("a party tag after a name")
        << QStringLiteral("Sen. Tom Reed (R-Fla.) and Rep. Ann Varga (D-N.Y.) said it would pass.")
        << QStringLiteral("R-Fla");
    QTest::newRow("a party tag with a postal code")
        << QStringLiteral("Rep. Ann Varga (R-TX) said it would pass.") << QStringLiteral("R-TX");
    QTest::newRow("ordinary word before a name")
        << QStringLiteral("Making Harriet Osei leader was a gamble.")
        << QStringLiteral("Making Harriet Osei");
}

void tst_EntityRecognizer::notEntities()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    const QList<Entity> entities = EntityRecognizer::recognize(articleOf(text));
    QVERIFY2(!findEntity(entities, word), qPrintable(describe(entities)));
}

void tst_EntityRecognizer::separateEntities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("two people with one given name")
        << QStringLiteral("Anna Berg met Anna Holt. Berg spoke first.")
        << QStringLiteral("Anna Berg") << QStringLiteral("Anna Holt");
    QTest::newRow("list of countries")
        << QStringLiteral("Troops from Portugal, Poland and the Czech Republic left.")
        << QStringLiteral("Portugal") << QStringLiteral("Czech Republic");
    QTest::newRow("organisation and its owner")
        << QStringLiteral("Ferrona Air Lines sold its Brantley subsidiary.")
        << QStringLiteral("Ferrona Air Lines") << QStringLiteral("Brantley");
    QTest::newRow("a town and a building named after it")
        << QStringLiteral("Homes in Kelmouth flooded. The Kelmouth Lifeboat Station reopened.")
        << QStringLiteral("Kelmouth") << QStringLiteral("Kelmouth Lifeboat Station");
    QTest::newRow("a person's possessive before an institution")
        << QStringLiteral("Officials said Anna Berg's University of Tolland colleague left.")
        << QStringLiteral("Anna Berg") << QStringLiteral("University of Tolland");
    QTest::newRow("a name and a newspaper")
        << QStringLiteral("A source told the Sunday Times Mr Halloran would return.")
        << QStringLiteral("Sunday Times") << QStringLiteral("Halloran");
}

void tst_EntityRecognizer::separateEntities()
{
    QFETCH(QString, text);
    QFETCH(QString, a);
    QFETCH(QString, b);
    const QList<Entity> entities = EntityRecognizer::recognize(articleOf(text));
    const Entity *ea = findEntity(entities, a);
    const Entity *eb = findEntity(entities, b);
    QVERIFY2(ea && eb, qPrintable(describe(entities)));
    QVERIFY(ea != eb);
}

void tst_EntityRecognizer::possessiveMentionSpansName()
{
    const QString text = QStringLiteral("Vietnam\u2019s ministry spoke. Chile's did not.");
    const QList<Entity> entities = EntityRecognizer::recognize(articleOf(text));
    const Entity *vietnam = findEntity(entities, QStringLiteral("Vietnam"));
    QVERIFY(vietnam);
    QCOMPARE(vietnam->mentions.size(), 1);
    QCOMPARE(vietnam->mentions.first(), (Span{0, 7}));
    const Entity *chile = findEntity(entities, QStringLiteral("Chile"));
    QVERIFY(chile);
    QCOMPARE(text.mid(chile->mentions.first().start, chile->mentions.first().length()),
             QStringLiteral("Chile"));
}

void tst_EntityRecognizer::idsInOrderOfFirstMention()
{
    const QList<Entity> entities = EntityRecognizer::recognize(articleOf(
        QStringLiteral("Officials in Peru met Mr Dunmore. Later Peru and Chile signed.")));
    QCOMPARE(entities.size(), 3);
    QCOMPARE(entities[0].id, QStringLiteral("E1"));
    QCOMPARE(entities[0].name, QStringLiteral("Peru"));
    QCOMPARE(entities[1].id, QStringLiteral("E2"));
    QCOMPARE(entities[1].name, QStringLiteral("Dunmore"));
    QCOMPARE(entities[2].id, QStringLiteral("E3"));
    QCOMPARE(entities[2].name, QStringLiteral("Chile"));
    for (const Entity &e : entities) {
        for (qsizetype i = 1; i < e.mentions.size(); ++i)
            QVERIFY(e.mentions[i - 1].start < e.mentions[i].start);
    }
}

void tst_EntityRecognizer::quotedWordsNeedEvidence()
{
    // Inside a quotation a capitalised word is a name only with evidence.
    const QString text = QStringLiteral("\u201CThe Big Machine is broken,\u201D Lena Marsh said. "
                                        "\u201CAsk Marsh,\u201D her aide added.");
    Article article = articleOf(text);
    const qsizetype q1 = text.indexOf(u"The Big");
    article.quotes.append(quoteAt(Span{q1, text.indexOf(u',')}));
    const QList<Entity> entities = EntityRecognizer::recognize(article);
    QVERIFY2(!findEntity(entities, QStringLiteral("Big Machine")), qPrintable(describe(entities)));
    const Entity *marsh = findEntity(entities, QStringLiteral("Lena Marsh"));
    QVERIFY(marsh);
    QCOMPARE(marsh->mentions.size(), 2);
}

void tst_EntityRecognizer::usesSegmenterSentences()
{
    // The Segmenter's sentences decide what is sentence-initial when present.
    const QString text = QStringLiteral("Prices rose. Analysts were surprised.");
    Article article = articleOf(text);
    article.sentences.append(Sentence{Span{0, 12}, 0});
    article.sentences.append(Sentence{Span{13, text.size()}, 0});
    QVERIFY(EntityRecognizer::recognize(article).isEmpty());
}

void tst_EntityRecognizer::mentionsCoverTheirWords()
{
    Article article = articleOf(QStringLiteral("Mr Dunmore flew to Peru. Peru welcomed him."));
    article.entities = EntityRecognizer::recognize(article);
    const int dunmore = entityCovering(article, 4);
    QVERIFY(dunmore >= 0);
    QCOMPARE(article.entities[dunmore].name, QStringLiteral("Dunmore"));
    const int peru = entityCovering(article, article.document.text().lastIndexOf(u"Peru"));
    QVERIFY(peru >= 0);
    QCOMPARE(article.entities[peru].name, QStringLiteral("Peru"));
    QCOMPARE(entityCovering(article, 12), -1); // "flew"
    QCOMPARE(entityCovering(article, -5), -1);
    QCOMPARE(entityCovering(article, 10000), -1);
}

void tst_EntityRecognizer::ensureEntity_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("target");  // the span's text (first occurrence)
    QTest::addColumn<QString>("expected"); // name of the entity returned
    QTest::addColumn<bool>("created");
    QTest::newRow("existing mention")
        << QStringLiteral("Officials in Peru spoke.") << QStringLiteral("Peru")
        << QStringLiteral("Peru") << false;
    QTest::newRow("surname of a known person")
        << QStringLiteral("Officials met Rachel Moreno on Monday. \"No,\" said the lawyer Moreno.")
        << QStringLiteral("lawyer Moreno") << QStringLiteral("Rachel Moreno") << false;
    QTest::newRow("new speaker")
        << QStringLiteral("\"We are ready,\" a voice said, and Coach Brannigan agreed.")
        << QStringLiteral("Brannigan") << QStringLiteral("Brannigan") << false;
    QTest::newRow("new name")
        << QStringLiteral("\"We are ready.\" Ozzie agreed.")
        << QStringLiteral("Ozzie") << QStringLiteral("Ozzie") << true;
    QTest::newRow("a new name opening a sentence with a known place ending like a verb")
        << QStringLiteral("The vote ended.\n\nWyoming Ranchers agreed.")
        << QStringLiteral("Wyoming Ranchers") << QStringLiteral("Wyoming Ranchers") << true;
    QTest::newRow("description learned before a name")
        << QStringLiteral("The Ruritanian state news agency, RNA reported the visit.")
        << QStringLiteral("Ruritanian state news agency") << QStringLiteral("RNA") << false;
}

void tst_EntityRecognizer::ensureEntity()
{
    QFETCH(QString, text);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    QFETCH(bool, created);
    Article article = articleOf(text);
    article.entities = EntityRecognizer::recognize(article);
    const qsizetype before = article.entities.size();
    qsizetype pos = text.lastIndexOf(target);
    Span span{pos, pos + target.size()};
    if (target.startsWith(u"lawyer ")) // the name inside the phrase
        span.start += 7;
    const int index = EntityRecognizer::ensureEntity(article, span, EntityType::Person);
    QVERIFY(index >= 0);
    QCOMPARE(article.entities[index].name, expected);
    QCOMPARE(article.entities.size(), before + (created ? 1 : 0));
    QVERIFY(article.entities[index].mentions.contains(span)
            || entityCovering(article, span.start) == index);
    QCOMPARE(EntityRecognizer::ensureEntity(article, Span{3, 3}, EntityType::Person), -1);
}

void tst_EntityRecognizer::ensureEntityRefusesNonNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("target");
    QTest::newRow("lower case") << QStringLiteral("Later the coach agreed.")
                                << QStringLiteral("the coach");
    QTest::newRow("nationality") << QStringLiteral("The Ruritanian side agreed; Danish officials "
                                                   "did not.")
                                 << QStringLiteral("Danish");
    QTest::newRow("inside a quotation")
        << QStringLiteral("He wrote, \u201CThe Big Media loves saying no.\u201D")
        << QStringLiteral("Big Media");
    QTest::newRow("an ordinary word opening a sentence")
        << QStringLiteral("The vote ended.\n\nCiting the vote, the columnist urged calm.")
        << QStringLiteral("Citing");
    QTest::newRow("a name opening a sentence with an ordinary word")
        << QStringLiteral("The vote ended. Rubbing Danish noses in the loss did not help.")
        << QStringLiteral("Rubbing Danish");
    QTest::newRow("an ordinary word opening a sentence after a quotation mark")
        << QStringLiteral("The vote ended. \"Initially we lost,\" she said.")
        << QStringLiteral("Initially");
}

void tst_EntityRecognizer::ensureEntityRefusesNonNames()
{
    QFETCH(QString, text);
    QFETCH(QString, target);
    Article article = articleOf(text);
    const qsizetype open = text.indexOf(u'\u201C');
    if (open >= 0)
        article.quotes.append(quoteAt(Span{open + 1, text.indexOf(u'\u201D')}));
    article.entities = EntityRecognizer::recognize(article);
    const qsizetype before = article.entities.size();
    const qsizetype pos = text.indexOf(target);
    QCOMPARE(EntityRecognizer::ensureEntity(article, Span{pos, pos + target.size()},
                                            EntityType::Person),
             -1);
    QCOMPARE(article.entities.size(), before);
}

void tst_EntityRecognizer::emptyAndOddInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("only quote marks") << QStringLiteral("\"\"\"\u201C\u201D\u2018\u2019''");
    QTest::newRow("only capitals") << QStringLiteral("AAAA BBBB CCCC DDDD. EEEE FFFF");
    QTest::newRow("right to left") << QString::fromUtf8("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D "
                                                        "\xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D");
    QTest::newRow("CJK") << QString::fromUtf8("\xE4\xB8\xAD\xE6\x96\x87\xE6\x96\x87\xE6\x9C\xAC");
    QTest::newRow("dangling possessive") << QStringLiteral("Peru'");
    QTest::newRow("lone connector") << QStringLiteral("Bank of");
}

void tst_EntityRecognizer::emptyAndOddInput()
{
    QFETCH(QString, text);
    const QList<Entity> entities = EntityRecognizer::recognize(articleOf(text));
    for (const Entity &e : entities) {
        QVERIFY(!e.name.isEmpty());
        for (const Span &m : e.mentions)
            QVERIFY(m.start >= 0 && m.end <= text.size() && m.start < m.end);
    }
}

void tst_EntityRecognizer::misspeltSurnameWhateverTheHashSeed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("misspelt");
    QTest::addColumn<QString>("expected"); // the entity the misspelt name joins
    QTest::newRow("one letter away and two letters away: the nearer")
        << QStringLiteral("The study was led by Leonard Burman of the policy centre. In 1896 "
                          "William Jennings Bryan ran for president. Judge Berman said the case "
                          "would go on.")
        << QStringLiteral("Berman") << QStringLiteral("Leonard Burman");
    QTest::newRow("two surnames one letter away: the first person")
        << QStringLiteral("The study was led by Leonard Burman of the policy centre. Then "
                          "Maria Borman spoke. Judge Berman said the case would go on.")
        << QStringLiteral("Berman") << QStringLiteral("Leonard Burman");
    QTest::newRow("three letters away: a person of its own")
        << QStringLiteral("The study was led by Leonard Burman of the policy centre. Judge "
                          "Bermont said the case would go on.")
        << QStringLiteral("Bermont") << QStringLiteral("Bermont");
}

// "Judge Berman" near two known surnames joins the same person on every run: the nearest, then
// the first (it used to be the first in a QHash's order, which changes with the process's
// hash seed: a big text gave different entities from one run to the next).
void tst_EntityRecognizer::misspeltSurnameWhateverTheHashSeed()
{
    QFETCH(QString, text);
    QFETCH(QString, misspelt);
    QFETCH(QString, expected);
    const qsizetype at = text.indexOf(misspelt);
    QVERIFY(at > 0);
    for (int run = 0; run < 12; ++run) {
        QHashSeed::resetRandomGlobalSeed();
        const QList<Entity> entities = EntityRecognizer::recognize(articleOf(text));
        QString joined;
        for (const Entity &e : entities) {
            for (const Span &m : e.mentions) {
                if (m.contains(at))
                    joined = e.name;
            }
        }
        QCOMPARE(joined, expected);
    }
    QHashSeed::setDeterministicGlobalSeed();
}

QTEST_GUILESS_MAIN(tst_EntityRecognizer)
#include "tst_entityrecognizer.moc"
