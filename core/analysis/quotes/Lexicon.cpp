#include "Lexicon.h"

#include <QFile>

#include <algorithm>

namespace gloss::quotes {

namespace {

inline char16_t lower(char16_t c)
{
    if (c < 128)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    return char16_t(QChar::toLower(c));
}

} // namespace

quint32 WordSet::hashLower(QStringView word)
{
    quint32 h = 2166136261u;
    for (const QChar c : word)
        h = (h ^ lower(c.unicode())) * 16777619u;
    return h;
}

namespace {

qsizetype tableSize(qsizetype words)
{
    qsizetype size = 16;
    while (size < words * 3)
        size *= 2;
    return size;
}

} // namespace

void WordSet::prepare(qsizetype count)
{
    m_slots.resize(tableSize(count));
    m_mask = quint32(m_slots.size() - 1);
    m_minLength = 1 << 20;
    m_shapes.resize(kShapes / 64);
    m_pool.reserve(count * 8); // most words are shorter
}

WordSet::WordSet(std::initializer_list<const char16_t *> words)
{
    prepare(qsizetype(words.size()));
    for (const char16_t *w : words)
        insertFolded(QStringView(w));
}

WordSet::WordSet(const QStringList &words, QList<qsizetype> *indexOfEach)
    : WordSet(QList<QStringView>(words.cbegin(), words.cend()), indexOfEach)
{
}

WordSet::WordSet(const QList<QStringView> &words, QList<qsizetype> *indexOfEach)
{
    prepare(words.size());
    if (indexOfEach)
        indexOfEach->reserve(words.size());
    for (const QStringView w : words) {
        const qsizetype index = w.isEmpty() ? -1 : insertFolded(w);
        if (indexOfEach)
            indexOfEach->append(index);
    }
}

qsizetype WordSet::insertFolded(QStringView word)
{
    // most words are lower-case ASCII already (the lists, the learned models' words): no copy
    // then (beyond ASCII, QChar::toLower() keeps a letter whose lower case is two units: İ)
    const bool folded = std::all_of(word.begin(), word.end(), [](QChar c) {
        return c.unicode() < 128 && !(c >= u'A' && c <= u'Z');
    });
    return folded ? insert(word) : insert(word.toString().toLower());
}

qsizetype WordSet::insert(QStringView word)
{
    m_maxLength = std::max(m_maxLength, word.size());
    m_minLength = std::min(m_minLength, word.size());
    const quint32 sh = shape(word);
    m_shapes[sh / 64] |= quint64(1) << (sh % 64);
    const quint32 h = hashLower(word) | 1u;
    const quint32 i = slotOf(word, h);
    if (m_slots[i].hash != 0)
        return m_slots[i].index; // already there
    m_slots[i] = {h, quint32(m_pool.size()), quint32(word.size()), quint32(m_size++)};
    const qsizetype at = m_pool.size();
    m_pool.resize(at + word.size());
    std::copy(word.utf16(), word.utf16() + word.size(), m_pool.begin() + at);
    return m_slots[i].index;
}

quint32 WordSet::slotOf(QStringView word, quint32 h) const
{
    quint32 i = h & m_mask;
    for (; m_slots[i].hash != 0; i = (i + 1) & m_mask) {
        const Slot &slot = m_slots[i];
        if (slot.hash != h || slot.length != quint32(word.size()))
            continue;
        const char16_t *s = m_pool.constData() + slot.offset;
        bool same = true;
        for (qsizetype k = 0; k < word.size() && same; ++k)
            same = s[k] == lower(word[k].unicode());
        if (same)
            break;
    }
    return i;
}

bool WordSet::containsWord(QStringView word) const
{
    return m_slots[slotOf(word, hashLower(word) | 1u)].hash != 0;
}

qsizetype WordSet::indexOfWord(QStringView word) const
{
    const quint32 i = slotOf(word, hashLower(word) | 1u);
    return m_slots[i].hash != 0 ? qsizetype(m_slots[i].index) : -1;
}

QList<QStringView> WordSet::wordViews() const
{
    QList<QStringView> out(m_size);
    for (const Slot &slot : m_slots) {
        if (slot.hash != 0)
            out[slot.index] = QStringView(m_pool.constData() + slot.offset, slot.length);
    }
    return out;
}

QStringList WordSet::words() const
{
    QStringList out;
    out.reserve(m_size);
    for (const QStringView w : wordViews())
        out.append(w.toString());
    return out;
}

namespace lexicon {

const WordSet &speechVerbs()
{
    static const WordSet set{
        u"said", u"says", u"say", u"told", u"tells", u"added", u"adds", u"wrote", u"writes",
        u"tweeted", u"tweets", u"posted", u"argued", u"argues", u"warned", u"warns",
        u"insisted", u"insists", u"stated", u"states", u"declared", u"declares", u"explained",
        u"explains", u"noted", u"notes", u"commented", u"comments", u"remarked", u"observed",
        u"claimed", u"claims", u"asserted", u"asserts", u"announced", u"announces",
        u"confirmed", u"confirms", u"continued", u"continues", u"conceded", u"concedes",
        u"admitted", u"admits", u"acknowledged", u"replied", u"replies", u"responded",
        u"answered", u"asked", u"asks", u"urged", u"urges", u"suggested", u"suggests",
        u"predicted", u"cautioned", u"stressed", u"stresses", u"emphasised", u"emphasized",
        u"recalled", u"recalls", u"described", u"describes", u"called", u"calls", u"accused",
        u"accuses", u"expressed", u"testified", u"concluded", u"maintained", u"contended",
        u"alleged", u"alleges", u"agreed", u"demanded", u"proclaimed", u"exclaimed",
        u"shouted", u"joked", u"complained", u"boasted", u"vowed", u"promised", u"pledged",
        u"countered", u"retorted", u"reiterated", u"repeated", u"revealed", u"disclosed",
        u"texted", u"emailed", u"blogged", u"wondered", u"quipped", u"mused", u"recounted",
        u"branded", u"dubbed", u"termed", u"labelled", u"labeled", u"praised",
        u"criticised", u"criticized", u"reported", u"reports", u"saying", u"telling",
        u"adding", u"writing", u"noting", u"warning", u"insisting", u"arguing", u"stating",
        u"declaring", u"explaining", u"confirming", u"describing", u"calling", u"claiming",
        u"commenting", u"tweeting", u"announcing", u"urging", u"quoted", u"pointed",
        u"according", u"chanted", u"chanting", u"yelled", u"screamed", u"whispered",
        u"muttered", u"shouting",
    };
    return set;
}

const WordSet &fragmentVerbs()
{
    return speechVerbs();
}

const WordSet &reportingVerbs()
{
    static const WordSet set{
        u"said", u"says", u"say", u"told", u"tells", u"argued", u"argues", u"warned",
        u"warns", u"insisted", u"insists", u"stated", u"declared", u"explained", u"noted",
        u"claimed", u"claims", u"asserted", u"announced", u"announces", u"confirmed",
        u"confirms", u"conceded", u"admitted", u"acknowledged", u"suggested", u"suggests",
        u"predicted", u"predicts", u"stressed", u"believes", u"believed", u"estimated",
        u"estimates", u"wrote", u"writes", u"added", u"reported", u"reports", u"alleged",
        u"alleges", u"maintained", u"denied", u"denies", u"revealed", u"forecast",
        u"forecasts", u"pointed", u"according",
    };
    return set;
}

const WordSet &cueFillers()
{
    static const WordSet set{
        u"has", u"have", u"had", u"was", u"were", u"is", u"are", u"also", u"later", u"then",
        u"again", u"too", u"previously", u"once", u"just", u"recently", u"since", u"already",
        u"further", u"simply", u"had", u"has", u"would", u"will", u"now", u"both", u"all",
        u"reportedly", u"repeatedly", u"publicly", u"privately", u"quickly", u"firmly",
        u"bluntly", u"flatly", u"openly", u"angrily", u"calmly", u"bitterly", u"simply",
    };
    return set;
}

const WordSet &determiners()
{
    static const WordSet set{u"the", u"a",   u"an",   u"his",   u"her",   u"its",  u"their",
                             u"our", u"my",  u"your", u"this",  u"these", u"those"};
    return set;
}

const WordSet &prepositions()
{
    static const WordSet set{
        u"to", u"for", u"of", u"at", u"from", u"with", u"by", u"on", u"in", u"than",
        u"about", u"against", u"between", u"into", u"onto", u"over", u"under", u"like",
        u"towards", u"toward", u"after", u"before", u"behind", u"beside", u"besides",
        u"among", u"amongst", u"via", u"without", u"within", u"unlike", u"including",
        u"during", u"upon", u"through", u"across", u"beyond", u"near", u"alongside",
        u"despite", u"versus", u"vs", u"per",
    };
    return set;
}

const WordSet &titles()
{
    static const WordSet set{
        u"mr", u"mrs", u"ms", u"miss", u"dr", u"prof", u"professor", u"sir", u"lord",
        u"lady", u"dame", u"rev", u"reverend", u"president", u"vice", u"prime", u"minister",
        u"secretary", u"chancellor", u"chairman", u"chairwoman", u"chair", u"chief",
        u"director", u"general", u"governor", u"gov", u"senator", u"sen", u"rep",
        u"representative", u"mayor", u"sheriff", u"judge", u"justice", u"king", u"queen",
        u"prince", u"princess", u"leader", u"deputy", u"commissioner", u"ambassador",
        u"spokesman", u"spokeswoman", u"spokesperson", u"press", u"foreign", u"home",
        u"executive", u"officer", u"head", u"captain", u"capt", u"colonel", u"col",
        u"lieutenant", u"lt", u"sergeant", u"sgt", u"inspector", u"detective", u"councillor",
        u"alderman", u"bishop", u"archbishop", u"pope", u"cardinal", u"father", u"rabbi",
        u"imam", u"coach", u"manager", u"founder", u"editor", u"economy", u"finance",
        u"defence", u"defense", u"health", u"education", u"culture", u"transportation",
        u"transport", u"interior", u"justice", u"trade", u"energy", u"environment",
        u"labour", u"labor", u"state", u"supreme", u"chairperson", u"mp", u"mep", u"mla",
        u"msp", u"ceo", u"cfo", u"coo",
    };
    return set;
}

const WordSet &roleNouns()
{
    static const WordSet set{
        u"spokesman", u"spokeswoman", u"spokesperson", u"spokesmen", u"spokespeople",
        u"source", u"sources", u"official", u"officials", u"strategist", u"strategists",
        u"aide", u"aides", u"adviser", u"advisers", u"advisor", u"advisors", u"insider",
        u"insiders", u"representative", u"representatives", u"executive", u"executives",
        u"statement", u"lawyer", u"lawyers", u"attorney", u"attorneys", u"staffer",
        u"staffers", u"figure", u"figures", u"member", u"members", u"officer", u"officers",
        u"campaigner", u"campaigners", u"analyst", u"analysts", u"economist", u"economists",
        u"worker", u"workers", u"employee", u"employees", u"chief", u"boss", u"bosses",
        u"leader", u"leaders", u"director", u"manager", u"minister", u"ministers",
        u"critic", u"critics", u"researcher", u"researchers", u"scientist", u"scientists",
    };
    return set;
}

const WordSet &orgNouns()
{
    static const WordSet set{
        u"company", u"firm", u"group", u"association", u"agency", u"airline", u"carrier",
        u"party", u"ministry", u"department", u"council", u"government", u"bank",
        u"union", u"board", u"commission", u"committee", u"court", u"organisation",
        u"organization", u"institute", u"body", u"authority", u"regulator", u"watchdog",
        u"subsidiary", u"operator", u"network", u"broadcaster", u"newspaper", u"paper",
        u"team", u"club", u"band", u"charity", u"foundation", u"campaign", u"chamber",
        u"federation", u"league", u"corporation", u"business", u"retailer", u"manufacturer",
        u"maker", u"giant", u"insurer", u"lender", u"bureau", u"office", u"service",
        u"agency's", u"administration", u"force", u"police", u"army", u"military",
        u"embassy", u"university", u"school", u"hospital", u"trust", u"fund", u"society",
        u"industry", u"channel", u"station", u"studio", u"label", u"publisher", u"website",
        u"site", u"service", u"parent", u"group's", u"ministry's",
    };
    return set;
}

const WordSet &workNouns()
{
    static const WordSet set{
        u"film", u"films", u"movie", u"movies", u"book", u"books", u"novel", u"novels",
        u"song", u"songs", u"single", u"singles", u"album", u"albums", u"programme",
        u"programmes", u"program", u"programs", u"show", u"shows", u"series", u"sitcom",
        u"play", u"plays", u"documentary", u"poem", u"opera", u"musical", u"track",
        u"tracks", u"titled", u"entitled", u"memoir", u"biography", u"painting",
        u"exhibition", u"game", u"episode", u"column", u"ep", u"record", u"hit", u"ballad",
        u"anthem", u"drama", u"comedy", u"thriller", u"sequel", u"soap", u"podcast",
        u"magazine", u"newspaper", u"report", u"video", u"videos", u"tour", u"play's",
        u"film's", u"book's", u"song's",
    };
    return set;
}

const WordSet &statementNouns()
{
    static const WordSet set{
        u"slogan", u"statement", u"message", u"letter", u"tweet", u"post", u"words",
        u"note", u"remarks", u"announcement", u"reply", u"response", u"warning", u"motto",
        u"promise", u"pledge", u"verdict", u"comment", u"comments", u"speech", u"answer",
        u"headline", u"banner", u"tagline", u"catchphrase",
    };
    return set;
}

const WordSet &hedges()
{
    static const WordSet set{
        u"reportedly", u"allegedly", u"apparently", u"likely", u"unlikely", u"possibly",
        u"probably", u"perhaps", u"could", u"may", u"might", u"expected", u"believed",
        u"rumoured", u"rumored", u"purportedly", u"supposedly", u"presumably", u"seemingly",
        u"speculation", u"suspected", u"thought", u"appears", u"appeared", u"seems",
        u"seemed", u"estimated", u"predicted", u"forecast", u"projected", u"potentially",
        u"tipped",
    };
    return set;
}

const WordSet &genericSources()
{
    static const WordSet set{
        u"observers", u"analysts", u"experts", u"critics", u"sources", u"insiders",
        u"commentators", u"officials", u"economists", u"diplomats", u"reports",
        u"rumours", u"rumors", u"some", u"many", u"others", u"people",
    };
    return set;
}

const WordSet &factualWords()
{
    static const WordSet set{
        u"million", u"millions", u"billion", u"billions", u"trillion", u"thousand",
        u"thousands", u"hundred", u"hundreds", u"percent", u"per", u"half", u"third",
        u"quarter", u"twice", u"double", u"doubled", u"tripled", u"halved", u"largest",
        u"biggest", u"smallest", u"highest", u"lowest", u"fastest", u"slowest", u"record",
        u"first", u"most", u"least", u"more", u"less", u"fewer", u"majority", u"minority",
        u"increase", u"increased", u"decrease", u"decreased", u"rose", u"fell", u"risen",
        u"fallen", u"grew", u"dropped", u"january", u"february", u"march", u"april", u"june",
        u"july", u"august", u"september", u"october", u"november", u"december", u"one",
        u"two", u"three", u"four", u"five", u"six", u"seven", u"eight", u"nine", u"ten",
        u"dozen", u"dozens", u"second", u"worst", u"best", u"oldest", u"youngest",
    };
    return set;
}

const WordSet &discourseWords()
{
    static const WordSet set{
        u"but", u"and", u"however", u"meanwhile", u"still", u"yet", u"so", u"also",
        u"earlier", u"later", u"now", u"then", u"instead", u"indeed", u"moreover",
        u"furthermore", u"nevertheless", u"nonetheless", u"separately", u"elsewhere",
        u"in", u"on", u"at", u"the", u"a", u"an", u"while", u"when", u"as", u"after",
        u"before", u"asked", u"speaking", u"addressing", u"writing", u"since", u"although",
    };
    return set;
}

/** The words of the learned cue file with @p context in their 4th column ("": none). */
static QStringList readLearnedCues(const QByteArray &context)
{
    // one word per line, then its cue share and count (and "that" or "to"), tab-separated;
    // '#' starts a comment
    QStringList words;
    QFile f(QStringLiteral(":/org.gloss/attribution/cues.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return words;
    // (views of the text: split() made a list of copies of every line and field, read for
    // each of the three sets as a short article's analysis starts)
    const QByteArray text = f.readAll();
    const auto cut = [](QByteArrayView &rest, char separator) {
        const qsizetype at = rest.indexOf(separator);
        const QByteArrayView piece = at < 0 ? rest : rest.first(at);
        rest = at < 0 ? QByteArrayView() : rest.sliced(at + 1);
        return piece;
    };
    for (QByteArrayView rest = text; !rest.isEmpty();) {
        QByteArrayView line = cut(rest, '\n');
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QByteArrayView word = cut(line, '\t');
        QByteArrayView field; // the fourth, when there is one
        int fields = 1;
        while (!line.isNull() && fields < 4) {
            field = cut(line, '\t');
            ++fields;
        }
        if ((fields == 4 ? field.trimmed() : QByteArrayView()) == context)
            words.append(QString::fromUtf8(word).trimmed());
    }
    return words;
}

const WordSet &learnedCues()
{
    static const WordSet set(readLearnedCues(QByteArray()));
    return set;
}

const WordSet &learnedThatCues()
{
    static const WordSet set(readLearnedCues(QByteArrayLiteral("that")));
    return set;
}

const WordSet &learnedToCues()
{
    static const WordSet set(readLearnedCues(QByteArrayLiteral("to")));
    return set;
}

const WordSet &abbreviations()
{
    static const WordSet set{
        u"mr", u"mrs", u"ms", u"dr", u"prof", u"st", u"sen", u"rep", u"gov", u"gen",
        u"col", u"capt", u"lt", u"sgt", u"rev", u"jr", u"sr", u"inc", u"co", u"corp",
        u"ltd", u"no", u"nos", u"vs", u"etc", u"jan", u"feb", u"mar", u"apr", u"jun",
        u"jul", u"aug", u"sep", u"sept", u"oct", u"nov", u"dec", u"mt", u"ft", u"fig",
        u"approx", u"est", u"dept", u"univ", u"assn", u"bros", u"cf", u"al", u"ave",
        u"blvd", u"op", u"vol", u"pp", u"ed", u"eds", u"gov't", u"supt", u"cmdr", u"adm",
        u"maj", u"messrs", u"mme", u"mlle", u"hon", u"rt",
    };
    return set;
}

const WordSet &nonNameWords()
{
    static const WordSet set{
        u"the", u"a", u"an", u"but", u"and", u"or", u"if", u"in", u"on", u"at", u"as",
        u"it", u"he", u"she", u"they", u"we", u"i", u"you", u"this", u"that", u"these",
        u"those", u"there", u"here", u"when", u"while", u"after", u"before", u"asked",
        u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday",
        u"january", u"february", u"march", u"april", u"may", u"june", u"july", u"august",
        u"september", u"october", u"november", u"december", u"however", u"meanwhile",
        u"according", u"his", u"her", u"their", u"its", u"our", u"my", u"your", u"one",
        u"some", u"many", u"most", u"all", u"no", u"not", u"other", u"another", u"last",
        u"next", u"new", u"speaking", u"addressing", u"writing", u"earlier", u"later",
        u"former", u"ex", u"then", u"now", u"still", u"yet", u"so", u"also", u"for", u"of",
        u"to", u"with", u"from", u"by", u"said", u"says", u"told", u"christmas", u"easter",
    };
    return set;
}

const WordSet &clauseWords()
{
    // not "may", "will", "can", "did": names too (Theresa May, Will Smith); nor "a", "i":
    // initials (Mary A Smith)
    static const WordSet set{
        u"him", u"her", u"them", u"us", u"me", u"it", u"he", u"she", u"they", u"we",
        u"you", u"is", u"are", u"was", u"were", u"has", u"have", u"had", u"been", u"be",
        u"does", u"do", u"not", u"would", u"should", u"could", u"must", u"of", u"the",
        u"an", u"to", u"for", u"on", u"in", u"and", u"or", u"with", u"from", u"by", u"at",
        u"this", u"that", u"what", u"why", u"how", u"who", u"says", u"said"};
    return set;
}

const WordSet &titleHeads()
{
    static const WordSet set{
        u"secretary", u"treasurer", u"adviser", u"advisor", u"aide", u"spokesman",
        u"spokeswoman", u"spokesperson", u"chairman", u"chairwoman", u"chairperson",
        u"director", u"governor", u"senator", u"representative", u"congressman",
        u"congresswoman", u"mayor", u"sheriff", u"judge", u"minister", u"chancellor",
        u"ambassador", u"commissioner", u"president", u"officer", u"executive", u"manager",
        u"editor", u"founder", u"coach", u"strategist", u"attorney", u"lawyer", u"analyst",
        u"economist", u"ceo", u"cfo", u"coo", u"chief", u"leader", u"candidate", u"nominee"};
    return set;
}

const WordSet &personPronouns()
{
    static const WordSet set{u"he", u"she"};
    return set;
}

const WordSet &speechNouns()
{
    static const WordSet set{u"claims", u"calls", u"comments", u"notes", u"reports",
                             u"tweets", u"states", u"answers", u"replies", u"alleges"};
    return set;
}

} // namespace lexicon

} // namespace gloss::quotes
