// Candidates clustered into entities (aliases, acronyms, misspelt surnames), typed, their roles
// resolved; and the whole run (see Recognizer_p.h).
#include "Recognizer_p.h"

#include <QVarLengthArray>

#include <algorithm>
#include <limits>

namespace gloss::entities {

namespace {

/**
 * The edit distance of @p a and @p b when it is at most @p limit, else limit + 1. Only the cells
 * within @p limit of the diagonal are worked out (the others are over the limit), and the rows
 * stop once every cell of one is over it (no later row has a smaller cell).
 */
int editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype m = a.size();
    const qsizetype n = b.size();
    const int over = limit + 1;
    if (std::abs(m - n) > limit)
        return over;
    QVarLengthArray<int, 128> rows(2 * (n + 2)); // on the stack for names of up to 62 letters
    int *prev = rows.data();
    int *cur = prev + n + 2;
    for (qsizetype j = 0; j <= n + 1; ++j)
        prev[j] = j <= limit ? int(j) : over;
    for (qsizetype i = 1; i <= m; ++i) {
        const qsizetype lo = std::max<qsizetype>(1, i - limit);
        const qsizetype hi = std::min<qsizetype>(n, i + limit);
        cur[lo - 1] = lo == 1 && i <= limit ? int(i) : over;
        int rowMin = cur[lo - 1];
        for (qsizetype j = lo; j <= hi; ++j) {
            const int sub = prev[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            const int v = std::min({prev[j] + 1, cur[j - 1] + 1, sub, over});
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        cur[hi + 1] = over;
        if (rowMin > limit)
            return over;
        std::swap(prev, cur);
    }
    return std::min(prev[n], over);
}

/** @p text == text.toUpper(), without an upper-case copy when the text is ASCII. */
bool isUpperCase(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 128)
            return text == text.toUpper(); // special casings: "ß" is "SS"
        if (c >= u'a' && c <= u'z')
            return false;
    }
    return true;
}

/** The one cluster of @p l, or -1 when there are none or several. */
int onlyOne(const QList<int> &l)
{
    return l.size() == 1 ? l.first() : -1;
}

} // namespace

QStringView Recognizer::candidateName(const Candidate &c) const
{
    return QStringView(m_text).mid(c.start, c.end - c.start);
}

void Recognizer::join(ClusterState &st, int ci, int cl)
{
    m_cands[size_t(ci)].entity = cl;
    m_clusters[size_t(cl)].members.push_back(ci);
    st.byName[size_t(m_cands[size_t(ci)].name)] = cl;
}

void Recognizer::create(ClusterState &st, int ci)
{
    m_clusters.push_back(Cluster{});
    join(st, ci, int(m_clusters.size()) - 1);
}

int Recognizer::firstNamedInFull(const QList<int> &clusters) const
{
    // a surname two people share is the one named in full first: the article's subject comes
    // first, the relative or namesake later ("Donald Trump … his daughter Ivanka Trump")
    int best = -1;
    qint32 bestStart = std::numeric_limits<qint32>::max();
    for (int k : clusters) {
        for (int m : m_clusters[size_t(k)].members) {
            const Candidate &c = m_cands[size_t(m)];
            if (c.words >= 2 && c.start < bestStart) {
                bestStart = c.start;
                best = k;
            }
        }
    }
    return best;
}

bool Recognizer::namesPerson(int cluster) const
{
    for (const int member : m_clusters[size_t(cluster)].members) {
        if (m_cands[size_t(member)].evidence & (kPersonShape | EvTitle | EvPersonCue | EvSpeaker))
            return true;
    }
    return false;
}

int Recognizer::mostMentioned(const QList<int> &clusters) const
{
    int best = -1;
    size_t bestCount = 0;
    bool tie = false;
    for (int k : clusters) {
        const size_t cnt = m_clusters[size_t(k)].members.size();
        if (cnt > bestCount) {
            best = k;
            bestCount = cnt;
            tie = false;
        } else if (cnt == bestCount) {
            tie = true;
        }
    }
    return tie ? -1 : best;
}

void Recognizer::cluster()
{
    m_solid.assign(size_t(m_vocab.size()), 0);
    for (const Candidate &c : m_cands) {
        if (!c.sentStart && !c.inQuote)
            m_solid[size_t(c.name)] += 1;
    }
    ClusterState st;
    st.byName.assign(size_t(m_vocab.size()), -1);
    clusterGazetteerNames(st);
    clusterMultiWordNames(st);
    clusterOtherNames(st);
    buildWordMaps(st);
    clusterSingleWords(st);
    clusterLeftovers(st);
}

void Recognizer::clusterGazetteerNames(ClusterState &st)
{
    const int nc = int(m_cands.size());
    // 1. gazetteer names, by group
    for (int i = 0; i < nc; ++i) {
        Candidate &c = m_cands[size_t(i)];
        if (c.group < 0 || c.weak || (c.evidence & EvFollower) || !accepted(c))
            continue;
        const auto it = st.byGroup.constFind(c.group);
        if (it != st.byGroup.cend()) {
            join(st, i, it.value());
        } else {
            create(st, i);
            m_clusters.back().group = c.group;
            st.byGroup.insert(c.group, int(m_clusters.size()) - 1);
        }
    }
}

void Recognizer::clusterMultiWordNames(ClusterState &st)
{
    const int nc = int(m_cands.size());
    // 2. names of several words, longest first
    std::vector<int> multi;
    for (int i = 0; i < nc; ++i) {
        const Candidate &c = m_cands[size_t(i)];
        if (c.entity < 0 && (c.words >= 2 || (c.evidence & EvFollower)) && c.link < 0
            && accepted(c))
            multi.push_back(i);
    }
    QHash<quint64, int> byEnds; // the ids of a name's first and last words -> its cluster
    QHash<int, int> stems; // multi-word organisation names without their suffix word
    std::stable_sort(multi.begin(), multi.end(), [this](int x, int y) {
        return m_cands[size_t(x)].words > m_cands[size_t(y)].words;
    });
    for (int i : multi) {
        const Candidate &c = m_cands[size_t(i)];
        const QStringView name = candidateName(c);
        int known = st.clusterOf(c.name);
        if (known < 0 && name.endsWith(u's'))
            known = st.clusterOf(m_vocab.idOf(name.chopped(1)));
        if (known < 0) {
            QVarLengthArray<char16_t, 64> plural(name.utf16(), name.utf16() + name.size());
            plural.append(u's');
            known = st.clusterOf(m_vocab.idOf(QStringView(plural.data(), plural.size())));
        }
        if (known >= 0) {
            join(st, i, known);
            continue;
        }
        if (const int stem = stems.value(c.name, -1); stem >= 0) {
            join(st, i, stem);
            continue;
        }
        // "Anna Rivers" / "Anna M Rivers": same first and last word
        const bool personLike = c.words >= 2 && c.group < 0
                                && !(c.evidence & (EvOrgSuffix | EvGpeSuffix | EvLocSuffix));
        const quint64 ends = personLike ? quint64(quint32(cwordId(c.firstToken))) << 32
                                              | quint32(cwordId(c.lastToken))
                                        : 0;
        const int found = personLike ? byEnds.value(ends, -1) : -1;
        if (found >= 0) {
            join(st, i, found);
        } else {
            create(st, i);
            if (personLike)
                byEnds.insert(ends, c.entity);
            // "Northfield Pacific Railroad" is later "Northfield Pacific"
            if ((c.evidence & EvOrgSuffix) && c.words >= 3 && !c.hasForced) {
                const qsizetype stemEnd = m_ctoks[size_t(c.lastToken - 1)].end;
                stems.insert(m_vocab.add(QStringView(m_text).mid(c.start, stemEnd - c.start)),
                             c.entity);
            }
        }
    }
}

void Recognizer::clusterOtherNames(ClusterState &st)
{
    const int nc = int(m_cands.size());
    // 3. other names: acronyms, real names
    for (int i = 0; i < nc; ++i) {
        Candidate &c = m_cands[size_t(i)];
        if (c.entity >= 0 || c.link < 0)
            continue;
        int target = m_cands[size_t(c.link)].entity;
        if (target < 0) {
            create(st, c.link);
            target = m_cands[size_t(c.link)].entity;
        }
        join(st, i, target);
    }
}

void Recognizer::buildWordMaps(ClusterState &st) const
{
    // word maps of the clusters so far: first, last and head words; a word (or name) goes
    // into a map once per cluster: seen[id] is the last cluster it went in for
    const size_t words = size_t(m_vocab.size());
    std::vector<int> seenLast(words, -1), seenFirst(words, -1), seenHead(words, -1),
        seenName(words, -1);
    for (int k = 0; k < int(m_clusters.size()); ++k) {
        prefetchCluster(size_t(k) + 1);
        const std::vector<int> &members = m_clusters[size_t(k)].members;
        for (size_t i = 0; i < members.size(); ++i) {
            prefetchCandidate(members, i + 4);
            const Candidate &o = m_cands[size_t(members[i])];
            if (o.words < 2 || (o.evidence & EvFollower))
                continue;
            if (seenName[size_t(o.name)] == k)
                continue;
            seenName[size_t(o.name)] = k;
            const bool suffixed = o.evidence & (EvOrgSuffix | EvGpeSuffix | EvLocSuffix
                                                | EvEventWord | EvLawWord | EvNumber
                                                | EvTitleLike);
            const int first = cwordId(o.firstToken);
            const int last = cwordId(o.lastToken);
            if (!suffixed && o.group < 0) {
                if (seenLast[size_t(last)] != k) {
                    st.lastWords[last].append(k);
                    seenLast[size_t(last)] = k;
                }
                if (seenFirst[size_t(first)] != k) {
                    st.firstWords[first].append(k);
                    seenFirst[size_t(first)] = k;
                }
            } else {
                // "Harbour" for "Harbour Air Lines"; not "Portmere" for "Portmere Lifeboat Station"
                if (seenFirst[size_t(first)] != k && !(m_vocab.classes(first) & G::Demonym)
                    && ((o.evidence & EvOrgSuffix) || o.group >= 0)) {
                    st.firstWords[first].append(k);
                    seenFirst[size_t(first)] = k;
                }
                // head: the suffix word, or the word before "of"
                int head = o.lastToken;
                for (int t = o.firstToken + 1; t <= o.lastToken; ++t) {
                    if ((cflags(t) & Lower) && isHeadConnector(cword(t))) {
                        head = t - 1;
                        break;
                    }
                }
                const int headWord = cwordId(head);
                if (seenHead[size_t(headWord)] != k && head > o.firstToken) {
                    st.headWords[headWord].append(k);
                    seenHead[size_t(headWord)] = k;
                }
            }
            // initials of the capitalised words: "Coastal Green Party" → CGP
            QVarLengthArray<char16_t, 16> ini;
            for (int t = o.firstToken; t <= o.lastToken; ++t) {
                if (cflags(t) & Cap)
                    ini.append(cword(t).at(0).unicode());
            }
            if (ini.size() >= 2) {
                QList<int> &owners =
                    st.initialsOwned[m_vocab.add(QStringView(ini.data(), ini.size()))];
                if (!owners.contains(k))
                    owners.append(k);
            }
        }
    }
}

int Recognizer::surnameTarget(const ClusterState &st, int name, const QList<int> &clusters) const
{
    if (clusters.size() == 1)
        return clusters.first();
    // (the answer kept for the name's next mention: a long text has thousands)
    if (const auto kept = st.sharedSurname.constFind(name); kept != st.sharedSurname.cend())
        return kept.value();
    const int target = firstNamedInFull(clusters);
    st.sharedSurname.insert(name, target);
    return target;
}

int Recognizer::singleWordTarget(const ClusterState &st, const Candidate &c) const
{
    // an entity of that name, a surname, a given name, a first or head word, initials
    const QStringView name = candidateName(c);
    int target = st.clusterOf(c.name);
    const QList<int> *surname = target < 0 ? st.lastWords.find(c.name) : nullptr;
    if (surname)
        target = surnameTarget(st, c.name, *surname);
    if (target < 0 && !(c.evidence & EvPlaceCue)) {
        if (const QList<int> *l = st.firstWords.find(c.name))
            target = l->size() == 1 ? l->first() : mostMentioned(*l);
        // a surname (of two people mentioned as often) goes into a known name only: "Trump" is
        // no "Trump National Golf Club" when Donald and Ivana Trump tie, "Republican" is the
        // Republican Party
        if (surname && target >= 0 && m_clusters[size_t(target)].group < 0)
            target = -1;
    }
    if (target < 0 && !c.sentStart) {
        if (const QList<int> *l = st.headWords.find(c.name))
            target = onlyOne(*l);
    }
    if (target < 0 && (c.evidence & EvAcronym)) {
        if (const QList<int> *l = st.initialsOwned.find(c.name))
            target = onlyOne(*l);
    }
    if (target < 0 && c.aliasStart >= 0 && name.size() >= 5) {
        // a misspelt surname after a title: "Mr Kowalsky" for "Kowalski"; of several, the
        // nearest, then the first entity (whatever the order the words are seen in); the word
        // maps no longer change, so the answer for a name is kept for its next mention
        if (const auto kept = st.nearestSurname.constFind(c.name);
            kept != st.nearestSurname.cend())
            return kept.value();
        int nearest = 3;
        const WordMap &lw = st.lastWords;
        for (qsizetype k = 0; k < lw.size() && lw.size() < 4096; ++k) {
            const QStringView other = m_vocab.text(lw.words[size_t(k)]);
            if (other.size() < 5 || other.at(0) != name.at(0)
                || std::abs(int(other.size()) - int(name.size())) > 2)
                continue;
            const int distance = editDistance(other, name, 2); // 3: more than 2
            const int person = onlyOne(lw.lists[size_t(k)]);
            if (distance <= 2 && person >= 0
                && (distance < nearest || (distance == nearest && person < target))) {
                nearest = distance;
                target = person;
            }
        }
        st.nearestSurname.insert(c.name, target);
    }
    return target;
}

void Recognizer::clusterSingleWords(ClusterState &st)
{
    const int nc = int(m_cands.size());
    std::vector<int> pendingNew;
    for (int i = 0; i < nc; ++i) {
        Candidate &c = m_cands[size_t(i)];
        if (c.entity >= 0 || c.words != 1)
            continue;
        const QStringView name = candidateName(c);
        const quint32 cls = m_vocab.classes(c.name);
        if (((cls & (G::Demonym | G::Calendar)) || ((cls & G::Title) && c.aliasStart < 0))
            && !(cls & G::Honorific) && (!(cls & G::Stop) || (cls & G::Calendar))
            && (c.evidence & (EvSpeaker | EvPersonCue))) {
            // a nationality, a month or an office that speaks ("Cuban said", "May said",
            // "King says") is a surname when a person has it
            const QList<int> *surname = st.lastWords.find(c.name);
            const int target = surname ? surnameTarget(st, c.name, *surname) : -1;
            if (target >= 0 && namesPerson(target)) // not "Super Tuesday" for "Tuesday said"
                join(st, i, target);
            continue;
        }
        if (((cls & (G::Stop | G::Calendar | G::Demonym | G::Honorific))
             && !(c.evidence & EvWork))
            || name.size() < 2)
            continue;
        if ((cls & G::Title) && c.aliasStart < 0)
            continue;
        const int target = singleWordTarget(st, c);
        if (target >= 0) {
            join(st, i, target);
            continue;
        }
        if (accepted(c))
            pendingNew.push_back(i);
    }
    for (int i : pendingNew) {
        Candidate &c = m_cands[size_t(i)];
        if (c.entity >= 0)
            continue;
        if (const int known = st.clusterOf(c.name); known >= 0)
            join(st, i, known);
        else
            create(st, i);
    }
}

void Recognizer::clusterLeftovers(ClusterState &st)
{
    const int nc = int(m_cands.size());
    // candidates that were not accepted may still join a known name
    for (int i = 0; i < nc; ++i) {
        Candidate &c = m_cands[size_t(i)];
        if (c.entity >= 0)
            continue;
        const QStringView name = candidateName(c);
        if (const int known = st.clusterOf(c.name); known >= 0) {
            join(st, i, known);
        } else if (c.words == 1 && name.size() > 4 && (cflags(c.firstToken) & AllCaps)) {
            // "PORTMERE, Wales" in a dateline
            const QString titled = name.left(1) + name.mid(1).toString().toLower();
            if (const int dateline = st.clusterOf(m_vocab.idOf(titled)); dateline >= 0)
                join(st, i, dateline);
        }
    }
}

namespace {

/** The type of a cluster from its candidates' evidence, added up one candidate at a time. */
class TypeVotes
{
public:
    void add(const Candidate &c)
    {
        if (c.hasForced && ((c.evidence & (EvGazetteer | EvFollower)) || c.weak)) {
            if (!c.weak) {
                m_forced = true;
                m_forcedVotes[int(c.forced)] += 1;
            } else {
                m_score[int(c.forced)] += 6;
            }
        }
        const quint32 e = c.evidence;
        auto add = [this](EntityType t, int v) { m_score[int(t)] += v; };
        if (e & EvTitle)
            add(EntityType::Person, 10);
        if (e & kPersonShape)
            add(EntityType::Person, 5);
        if (e & EvPersonCue)
            add(EntityType::Person, 4);
        if (e & EvOrgSuffix)
            add(EntityType::Org, 8);
        if (e & EvOrgCue)
            add(EntityType::Org, 5);
        if (e & EvOrgNext)
            add(EntityType::Org, 4);
        // (after "the", a name of several words is seldom a person's: an organisation unless
        // its last word says what else it is)
        if ((e & EvArticle)
            && !(e & (EvGpeSuffix | EvLocSuffix | EvEventWord | EvWork | EvLawWord | EvNumber)))
            add(EntityType::Org, 3);
        if (e & EvSpeaker)
            add(EntityType::Person, 2);
        if (e & EvAcronym)
            add(EntityType::Org, 3);
        if (e & EvGpeSuffix)
            add(EntityType::Gpe, 8);
        if (e & EvPlaceCue)
            add(EntityType::Gpe, 3);
        if (e & EvLocSuffix)
            add(EntityType::Loc, 8);
        if (e & EvEventWord)
            add(EntityType::Event, 8);
        if (e & EvWork)
            add(EntityType::Work, 12);
        if (e & EvTitleLike)
            add(EntityType::Work, 3);
        if (e & EvNumber)
            add(EntityType::Other, 4);
        if (e & EvLawWord)
            add(EntityType::Other, 8); // a law: no person, no organisation
        m_givenFull |= c.words >= 2 && (e & kPersonShape)
                       && !(e & (EvOrgSuffix | EvGpeSuffix | EvLocSuffix | EvEventWord | EvLawWord));
        m_multi |= c.words >= 2;
        m_digits |= (e & EvNumber) != 0;
        m_titleLike |= (e & EvTitleLike) != 0;
    }

    EntityType type() const
    {
        if (m_forced) {
            int best = 0;
            for (int t = 1; t < 7; ++t) {
                if (m_forcedVotes[t] > m_forcedVotes[best])
                    best = t;
            }
            return static_cast<EntityType>(best);
        }
        int best = -1;
        int bestScore = 0;
        for (int t = 0; t < 7; ++t) {
            if (m_score[t] > bestScore) {
                best = t;
                bestScore = m_score[t];
            }
        }
        // a person named in full ("Hillary Clinton") is no place, however often her surname
        // follows "in" ("in Clinton's campaign")
        if (best == int(EntityType::Gpe) && m_givenFull)
            return EntityType::Person;
        if (best >= 0)
            return static_cast<EntityType>(best);
        // a name of two words or more with no evidence is a person's, unless it is only ever
        // written in capitals ("USA TODAY": people's names are not, outside a transcript)
        if (m_multi && !m_digits && !m_titleLike && m_mixedCase)
            return EntityType::Person;
        return EntityType::Org;
    }

    /** One of the cluster's names is not all capitals. */
    void noteMixedCase() { m_mixedCase = true; }

private:
    int m_forcedVotes[7] = {0, 0, 0, 0, 0, 0, 0};
    bool m_forced = false;
    int m_score[7] = {0, 0, 0, 0, 0, 0, 0};
    bool m_multi = false;
    bool m_givenFull = false; ///< a name of two words or more that starts with a given name
    bool m_mixedCase = false; ///< a name not in capitals only
    bool m_digits = false;
    bool m_titleLike = false;
};

} // namespace

// Later uses of a learned description: "the U.S. President", "the Ruritanian leader".
void Recognizer::matchRoles()
{
    if (m_roleByFirst.isEmpty())
        return;
    const int n = tokenCount();
    for (int t = 0; t + 1 < n; ++t) {
        if (!(flags(t) & The))
            continue;
        if (!m_roleFirstBits.test(roleBit(word(t + 1))))
            continue;
        const auto fit = m_roleByFirst.constFind(word(t + 1));
        if (fit == m_roleByFirst.cend())
            continue;
        for (int ri : fit.value()) {
            const RolePhrase &r = m_roles[size_t(ri)];
            if (r.sites.contains(m_tokens[size_t(t)].start))
                continue;
            const QStringList &ws = r.words;
            const int last = t + int(ws.size());
            if (last >= n)
                continue;
            bool ok = true;
            for (int k = 0; k < ws.size() && ok; ++k) {
                const int tk = t + 1 + k;
                ok = (flags(tk) & SpaceBefore) && word(tk).compare(ws[k], Qt::CaseInsensitive) == 0
                     && (k + 1 == ws.size() || !(flags(tk) & Possessive));
            }
            if (!ok)
                continue;
            // not where a name follows ("the U.S. President Donald Trump"), nor "the President of"
            if (last + 1 < n && (flags(last + 1) & SpaceBefore) && !(flags(last) & Possessive)
                && ((flags(last + 1) & Cap) || word(last + 1) == u"of"))
                continue;
            m_roleMatches.push_back(
                RoleMatch{m_tokens[size_t(t)].start, m_tokens[size_t(last)].end, ri});
            break;
        }
    }
}

void Recognizer::resolveRoles()
{
    // a description names one entity; one claimed by two is dropped
    std::vector<int> owner(m_roles.size(), -1);
    for (size_t i = 0; i < m_roles.size(); ++i) {
        for (int ci : m_roles[i].candidates) {
            const int cl = m_cands[size_t(ci)].entity;
            if (cl < 0)
                continue;
            if (owner[i] == -1)
                owner[i] = cl;
            else if (owner[i] != cl)
                owner[i] = -2;
        }
    }
    for (const RoleMatch &m : m_roleMatches) {
        const int cl = m.role >= 0 ? owner[size_t(m.role)] : m_cands[size_t(-1 - m.role)].entity;
        if (cl < 0)
            continue;
        Candidate c;
        c.start = m.start;
        c.end = m.end;
        c.firstToken = -1;
        c.lastToken = -1;
        c.entity = cl;
        c.words = 0; // a description, not a name
        c.name = m_vocab.add(QStringView(m_text).mid(c.start, c.end - c.start));
        m_cands.push_back(c);
        m_clusters[size_t(cl)].members.push_back(int(m_cands.size()) - 1);
    }
}

QList<Entity> Recognizer::finish()
{
    struct Built
    {
        Entity entity;
        qsizetype first = 0;
    };
    std::vector<Built> built;
    built.reserve(m_clusters.size());
    // the cluster in which a surface (a vocabulary id) was last seen
    std::vector<int> surfaceSeen;
    const auto seenIn = [&surfaceSeen](int id) -> int & {
        if (size_t(id) >= surfaceSeen.size())
            surfaceSeen.resize(size_t(id) * 2 + 1024, -1);
        return surfaceSeen[size_t(id)];
    };
    for (int k = 0; k < int(m_clusters.size()); ++k) {
        prefetchCluster(size_t(k) + 1);
        const Cluster &cl = m_clusters[size_t(k)];
        if (cl.members.empty())
            continue;
        Built b;
        Entity &e = b.entity;
        QList<Span> mentions;
        mentions.reserve(qsizetype(cl.members.size()));
        QStringList names;      // name forms
        QStringList others;     // titled forms and descriptions
        int bestWords = -1;
        qsizetype bestLen = -1;
        QString best;
        TypeVotes votes; // in the same pass: each candidate read once
        bool shouted = true; // every name in capitals, none known or suffixed
        int mostWords = 0;
        for (size_t i = 0; i < cl.members.size(); ++i) {
            prefetchCandidate(cl.members, i + 4);
            const Candidate &c = m_cands[size_t(cl.members[i])];
            votes.add(c);
            mostWords = std::max(mostWords, c.words);
            // (a description, no words of the text's own, is no heading)
            shouted = shouted && c.words > 0 && !(cflags(c.firstToken) & Lower)
                      && !(cflags(c.lastToken) & Lower)
                      && !(c.evidence & (EvGazetteer | EvOrgSuffix | EvGpeSuffix | EvLocSuffix
                                         | EvEventWord | EvLawWord | EvFollower));
            mentions.append(Span{c.start, c.end});
            const QStringView view = QStringView(m_text).mid(c.start, c.end - c.start);
            const QStringView titled = c.aliasStart >= 0
                                           ? QStringView(m_text).mid(c.aliasStart,
                                                                     c.end - c.aliasStart)
                                           : QStringView();
            const int titledId = titled.isEmpty() ? -1 : m_vocab.add(titled);
            if (seenIn(c.name) == k && (titledId < 0 || seenIn(titledId) == k))
                continue;
            seenIn(c.name) = k;
            if (titledId >= 0)
                seenIn(titledId) = k;
            const QString text = view.toString();
            if (c.words == 0) {
                others.append(text);
                continue;
            }
            names.append(text);
            if (!titled.isEmpty())
                others.append(titled.toString());
            const bool upper = isUpperCase(text);
            const bool allCaps = text.size() > 4 && upper;
            if (!upper) {
                votes.noteMixedCase();
                shouted = false;
            }
            const int w = allCaps ? 0 : c.words;
            if (w > bestWords || (w == bestWords && text.size() > bestLen)) {
                bestWords = w;
                bestLen = text.size();
                best = text;
            }
        }
        // a heading in capitals, met once ("SENEGAL CLAMPS DOWN ON QURANIC SCHOOLS", "SIGN UP
        // FOR OUR NEWSLETTER"): three words or more that nothing shows to be a name
        if (shouted && mostWords >= 3 && cl.members.size() == 1 && cl.group < 0)
            continue;
        if (cl.group >= 0) {
            const QStringView canonical = m_g.canonical(cl.group);
            if (names.contains(canonical))
                best = canonical.toString();
        }
        e.type = votes.type();
        e.name = best;
        // the aliases, each once and not the name: looked for in the list while it is short
        QSet<QString> seen;
        const auto addAlias = [&e, &seen](const QString &s) {
            QString alias = s;
            if (alias.startsWith(u"The "))
                alias[0] = u't';
            if (e.aliases.size() < 16) {
                if (alias == e.name || e.aliases.contains(alias))
                    return;
            } else {
                if (seen.isEmpty()) {
                    seen = QSet<QString>(e.aliases.cbegin(), e.aliases.cend());
                    seen.insert(e.name);
                }
                if (seen.contains(alias))
                    return;
                seen.insert(alias);
            }
            e.aliases.append(alias);
        };
        for (const QString &s : std::as_const(names))
            addAlias(s);
        for (const QString &s : std::as_const(others))
            addAlias(s);
        std::sort(mentions.begin(), mentions.end(), [](const Span &x, const Span &y) {
            return x.start != y.start ? x.start < y.start : x.end > y.end;
        });
        mentions.erase(std::unique(mentions.begin(), mentions.end()), mentions.end());
        e.mentions = mentions;
        b.first = mentions.isEmpty() ? 0 : mentions.first().start;
        built.push_back(std::move(b));
    }
    std::stable_sort(built.begin(), built.end(),
                     [](const Built &x, const Built &y) { return x.first < y.first; });
    QList<Entity> out;
    out.reserve(qsizetype(built.size()));
    for (Built &b : built) {
        b.entity.id = analysisId(u'E', out.size() + 1);
        out.append(std::move(b.entity));
    }
    return out;
}

QList<Entity> Recognizer::run()
{
    const qsizetype n = m_text.size();
    // about one candidate per 70 characters of news text, two tokens each: room for a little
    // more at once, instead of growing (and copying, and touching new pages) twenty times on a
    // big text; the pages not used are never touched
    m_cands.reserve(size_t(n / 48));
    m_ctoks.reserve(size_t(n / 24));
    m_cids.reserve(size_t(n / 24));
    Tokenizer tokenizer(m_text);
    qsizetype pos = 0;
    while (pos < n) {
        // one line (paragraph) at a time: the token buffer stays small and in cache
        qsizetype end = m_text.indexOf(u'\n', pos);
        end = end < 0 ? n : end + 1;
        if (end - pos > kMaxChunk) {
            end = pos + kMaxChunk;
            while (end < n && !m_text.at(end).isSpace())
                ++end;
        }
        m_tokens.clear();
        tokenizer.run(pos, end, m_tokens);
        dropTurnLabel(pos, end);
        startLine();
        if (isLabelLine(pos, end)) {
            pos = end;
            continue;
        }
        if (m_headlines.size() < 8 && isTitleCaseHeadline(pos, end)) {
            m_headlines.push_back(m_tokens);
            pos = end;
            continue;
        }
        markSentences();
        markAfterQuestionLabel();
        markQuotes();
        buildRuns();
        matchRoles();
        pos = end;
    }
    if (!m_headlines.empty()) {
        m_bodyNames.assign(size_t(m_vocab.size()), false);
        for (const Candidate &c : m_cands)
            m_bodyNames[size_t(c.name)] = true;
        for (std::vector<Token> &tokens : m_headlines) {
            m_tokens.swap(tokens);
            startLine();
            buildHeadlineRuns();
        }
    }
    cluster();
    resolveRoles();
    return finish();
}

} // namespace gloss::entities
