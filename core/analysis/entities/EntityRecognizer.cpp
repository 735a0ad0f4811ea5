#include "EntityRecognizer.h"

#include "Gazetteer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace gloss {

namespace {

using entities::Gazetteer;
using G = Gazetteer;

// ---- tokens ------------------------------------------------------------------------------------

enum TokenFlag : quint32 {
    Cap = 1u << 0,          ///< starts with an upper-case letter
    AllCaps = 1u << 1,      ///< two or more letters, none lower case
    Digits = 1u << 2,       ///< starts with a digit
    Possessive = 1u << 3,   ///< followed by 's or a plural possessive apostrophe
    SentStart = 1u << 4,    ///< first word of a sentence, a paragraph or a quotation
    InQuote = 1u << 5,      ///< inside quotation marks
    SpaceBefore = 1u << 6,  ///< the gap before is a single space (a name may continue)
    CommaBefore = 1u << 7,
    ParenBefore = 1u << 8,
    ParenAfter = 1u << 9,
    QuoteBefore = 1u << 10, ///< an opening quotation mark right before
    StopBefore = 1u << 11,  ///< '.', '!', '?' in the gap before
    BreakBefore = 1u << 12, ///< a line break, colon, dash or other punctuation before
    Lower = 1u << 13,       ///< starts with a lower-case letter
    HyphenBefore = 1u << 14, ///< second part of a split "Korea-U.S."
};

struct Token
{
    qint32 start = 0;
    qint32 end = 0;
    quint32 flags = 0;
};

bool isQuoteOpen(QChar c) { return c == u'\u201C' || c == u'\u2018' || c == u'\u00AB'; }
bool isQuoteClose(QChar c) { return c == u'\u201D' || c == u'\u00BB'; }
bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019'; }

class Tokenizer
{
public:
    explicit Tokenizer(const QString &text) : m_text(text) {}

    /** Appends the tokens of [@p from, @p to) (which must end at a space or line break). */
    void run(qsizetype from, qsizetype to, std::vector<Token> &tokens)
    {
        const qsizetype n = to;
        const QChar *s = m_text.constData();
        qsizetype &gapStart = m_gapStart;
        bool &inQuote = m_inQuote;
        qsizetype i = from;
        while (i < n) {
            if (!s[i].isLetterOrNumber()) {
                ++i;
                continue;
            }
            const qsizetype start = i;
            qsizetype j = i + 1;
            while (j < n) {
                const QChar d = s[j];
                if (d.isLetterOrNumber() || (d.unicode() > 127 && d.isMark())) {
                    ++j;
                } else if ((d == u'-' || d == u'\u2011' || d == u'&') && j + 1 < n
                           && s[j + 1].isLetterOrNumber()) {
                    ++j;
                } else if (d == u'.' && s[j - 1].isUpper()
                           && (j - 1 == start || s[j - 2] == u'.' || s[j - 2] == u'-')) {
                    // U.S. / D.C. : single capitals separated by full stops
                    if (j + 1 < n && s[j + 1].isUpper() && (j + 2 >= n || !s[j + 2].isLetter())) {
                        j += 1;
                    } else if (j - 1 > start && s[j - 2] == u'.') {
                        ++j; // the final stop of an acronym
                        break;
                    } else {
                        break;
                    }
                } else if (isApostrophe(d) && j + 1 < n && s[j + 1].isLetter()
                           && !((s[j + 1] == u's' || s[j + 1] == u'S')
                                && (j + 2 >= n || !s[j + 2].isLetterOrNumber()))) {
                    ++j; // Y'all, O'Brien, didn't
                } else {
                    break;
                }
            }
            // "Rep." / "Lt. Gov." / "Sen.": an abbreviated title keeps its full stop, so that
            // the name after it continues the run ("St." stays apart: "St. Louis")
            if (j < n && s[j] == u'.' && j - start >= 2 && j - start <= 4 && s[start].isUpper()
                && !(j - start == 2 && s[start] == u'S' && s[start + 1] == u't')
                && Gazetteer::instance().is(QStringView(m_text).mid(start, j + 1 - start),
                                            G::Honorific))
                ++j;
            qsizetype end = j;
            qsizetype next = j;
            quint32 flags = 0;
            if (j < n && isApostrophe(s[j])) {
                if (j + 1 < n && (s[j + 1] == u's' || s[j + 1] == u'S')
                    && (j + 2 >= n || !s[j + 2].isLetterOrNumber())) {
                    flags |= Possessive;
                    next = j + 2;
                } else if (s[j - 1] == u's' && (j + 1 >= n || !s[j + 1].isLetterOrNumber())) {
                    flags |= Possessive;
                    next = j + 1;
                }
            }
            flags |= gapFlags(gapStart, start, inQuote);
            if (inQuote)
                flags |= InQuote;
            if (s[start].isUpper()) {
                flags |= Cap;
                bool lower = false;
                int letters = 0;
                for (qsizetype k = start; k < end; ++k) {
                    lower |= s[k].isLower();
                    letters += s[k].isLetter() ? 1 : 0;
                }
                if (!lower && letters >= 2)
                    flags |= AllCaps;
            } else if (s[start].isDigit()) {
                flags |= Digits;
            } else if (s[start].isLower()) {
                flags |= Lower;
            }
            if (end < n && s[end] == u')')
                flags |= ParenAfter;
            appendSplit(tokens, start, end, flags);
            gapStart = next;
            i = next;
        }
    }

private:
    quint32 gapFlags(qsizetype from, qsizetype to, bool &inQuote) const
    {
        const QChar *s = m_text.constData();
        if (to - from == 1 && s[from] == u' ')
            return SpaceBefore;
        quint32 flags = from == 0 ? SentStart : 0u;
        for (qsizetype k = from; k < to; ++k) {
            const QChar c = s[k];
            if (c == u' ' || c == u'\t')
                continue;
            switch (c.unicode()) {
            case u',':
                flags |= CommaBefore;
                break;
            case u'(':
            case u'[':
                flags |= ParenBefore;
                break;
            case u'.':
            case u'!':
            case u'?':
                flags |= StopBefore;
                break;
            case u'\n':
                flags |= BreakBefore | SentStart;
                inQuote = false;
                break;
            case u'"':
                if (k == 0 || s[k - 1].isSpace() || s[k - 1] == u'(' || s[k - 1] == u'['
                    || isQuoteOpen(s[k - 1]) || !inQuote) {
                    if (!inQuote || k == 0 || s[k - 1].isSpace()) {
                        inQuote = true;
                        flags |= QuoteBefore;
                    } else {
                        inQuote = false;
                    }
                } else {
                    inQuote = false;
                }
                break;
            default:
                if (isQuoteOpen(c)) {
                    if (c != u'\u2018')
                        inQuote = true;
                    flags |= QuoteBefore;
                } else if (isQuoteClose(c)) {
                    inQuote = false;
                } else if (c == u'\u2013' || c == u'\u2014') {
                    flags |= BreakBefore | SentStart; // "PYONGYANG, North Korea – Days after"
                } else if (c != u'\'' && c != u'\u2019') {
                    flags |= BreakBefore;
                }
            }
        }
        if (flags & QuoteBefore)
            flags |= SentStart;
        return flags;
    }

    /** Splits "Korea-U.S." into two tokens when a part is a known place or nationality. */
    void appendSplit(std::vector<Token> &tokens, qsizetype start, qsizetype end, quint32 flags)
    {
        const QStringView word = QStringView(m_text).mid(start, end - start);
        const qsizetype dash = (flags & Cap) ? word.indexOf(u'-') : -1;
        if (dash > 0 && dash + 1 < word.size() && word.at(dash + 1).isUpper()) {
            const Gazetteer &g = Gazetteer::instance();
            const QStringView left = word.left(dash);
            const QStringView right = word.mid(dash + 1);
            auto known = [&g](QStringView w) {
                const auto *e = g.find(w);
                return (e && !e->weak) || g.is(w, G::Demonym);
            };
            if (left.size() >= 2 && right.size() >= 2 && (known(left) || known(right))) {
                const quint32 shared = flags & (InQuote);
                tokens.push_back(Token{qint32(start), qint32(start + dash),
                                       (flags & ~(Possessive | ParenAfter | AllCaps)) | caps(left)});
                tokens.push_back(Token{qint32(start + dash + 1), qint32(end),
                                       shared | Cap | BreakBefore | HyphenBefore | caps(right)
                                           | (flags & (Possessive | ParenAfter))});
                return;
            }
        }
        tokens.push_back(Token{qint32(start), qint32(end), flags});
    }

    static quint32 caps(QStringView w)
    {
        int letters = 0;
        for (QChar c : w) {
            if (c.isLower())
                return 0;
            letters += c.isLetter() ? 1 : 0;
        }
        return letters >= 2 ? AllCaps : 0u;
    }

    const QString &m_text;
    qsizetype m_gapStart = 0;
    bool m_inQuote = false;
};

constexpr qsizetype kMaxChunk = 1 << 16;
constexpr quint32 kUnknownClasses = 0xffffffffu;

// ---- candidates --------------------------------------------------------------------------------

enum Evidence : quint32 {
    EvGazetteer = 1u << 0,
    EvTitle = 1u << 1,       ///< after an honorific or title
    EvGiven = 1u << 2,       ///< starts with a common given name
    EvOrgSuffix = 1u << 3,
    EvLocSuffix = 1u << 4,
    EvGpeSuffix = 1u << 5,
    EvEventWord = 1u << 6,
    EvWork = 1u << 7,        ///< followed by programme/album/...
    EvOrgCue = 1u << 8,      ///< oil giant X, the X newspaper, told the X
    EvPersonCue = 1u << 9,   ///< spokesman X, X, a spokesman, X said
    EvPlaceCue = 1u << 10,   ///< in X
    EvAcronym = 1u << 11,
    EvNumber = 1u << 12,     ///< ends with a number (Chapter 11)
    EvTitleLike = 1u << 13,  ///< capitalised function words inside (An Audience With ...)
    EvFollower = 1u << 14,   ///< X war / X summit / X inquiry
    EvMulti = 1u << 15,      ///< two or more words
    EvOrgNext = 1u << 16,    ///< followed by an organisation noun (the X newspaper)
    EvSpeaker = 1u << 17,    ///< followed by a speech verb (X said)
};

struct Candidate
{
    qint32 start = 0;
    qint32 end = 0;
    qint32 firstToken = 0;
    qint32 lastToken = 0;
    qint32 aliasStart = -1; ///< start of "Mr Blair" / "President Ortega" when titled
    quint32 evidence = 0;
    EntityType forced = EntityType::Other; ///< type from gazetteer / follower
    bool hasForced = false;
    int group = -1;          ///< gazetteer group
    bool weak = false;       ///< weak gazetteer entry
    bool sentStart = false;
    bool inQuote = false;
    int link = -1;           ///< candidate this one is another name of (acronym, real name)
    int entity = -1;
    int words = 0;
};

struct RolePhrase
{
    QStringList words;          ///< after "the"
    std::vector<int> candidates; ///< the names it was learned for
    QSet<qsizetype> sites;      ///< offsets of the "the" where it was learned
};

struct RoleMatch
{
    qint32 start = 0;
    qint32 end = 0;
    int role = -1; ///< index into the role phrases, or -1 - candidate for a learning site
};

class Recognizer
{
public:
    explicit Recognizer(const Article &article)
        : m_article(article), m_text(article.document.text()), m_g(Gazetteer::instance())
    {
    }

    QList<Entity> run();

private:
    QStringView word(int t) const
    {
        const Token &k = m_tokens[size_t(t)];
        return QStringView(m_text).mid(k.start, k.end - k.start);
    }
    quint32 flags(int t) const { return m_tokens[size_t(t)].flags; }
    /** Words and flags of the tokens kept for candidates (Candidate::firstToken...). */
    QStringView cword(int t) const
    {
        const Token &k = m_ctoks[size_t(t)];
        return QStringView(m_text).mid(k.start, k.end - k.start);
    }
    quint32 cflags(int t) const { return m_ctoks[size_t(t)].flags; }
    /** A role noun, singular or plural ("analyst", "analysts"). */
    bool isRoleWord(QStringView w) const
    {
        return m_g.is(w, Gazetteer::Role)
               || (w.size() > 3 && w.endsWith(u's') && m_g.is(w.chopped(1), Gazetteer::Role));
    }
    int tokenCount() const { return int(m_tokens.size()); }
    bool lowerIs(int t, QStringView w) const
    {
        return t >= 0 && t < tokenCount() && (flags(t) & Lower) && word(t) == w;
    }
    /** Word classes of token @p t of the current line (looked up once). */
    quint32 cls(int t) const
    {
        quint32 &c = m_cls[size_t(t)];
        if (c == kUnknownClasses)
            c = m_g.classes(word(t));
        return c;
    }
    bool nameWord(int t) const
    {
        const quint32 f = flags(t);
        return (f & Cap) && word(t).size() >= 1;
    }

    void markSentences();
    void markQuotes();
    void buildRuns();
    bool isTitleCaseHeadline(qsizetype lineStart, qsizetype lineEnd);
    void buildHeadlineRuns();
    int extendRun(int first);
    void processRun(int a, int b);
    int addCandidate(int a, int b, quint32 evidence, int aliasStart);
    void addCues(Candidate &c, int a, int b);
    void learnRole(int candidate, int phraseStart, int headStart, int phraseEnd,
                   bool siteMention);
    void addRole(int candidate, qsizetype site, const QStringList &words);
    void learnDescriptionBefore(int candidate, int a);
    void matchRoles();
    void resolveRoles();
    bool functionWordCap(int t) const;
    int knownPrefixEnd(int a, int b) const;

    void cluster();
    bool accepted(const Candidate &c) const;
    QList<Entity> finish();

    const Article &m_article;
    const QString &m_text;
    const Gazetteer &m_g;
    std::vector<Token> m_tokens; ///< tokens of the current line
    mutable std::vector<quint32> m_cls; ///< their word classes, kUnknownClasses until needed
    std::vector<Token> m_ctoks;  ///< tokens of the candidates
    std::vector<Candidate> m_cands;
    std::vector<RolePhrase> m_roles;
    QHash<QString, int> m_roleByKey;
    QHash<QStringView, QList<int>> m_roleByFirst;
    std::vector<RoleMatch> m_roleMatches;
    qsizetype m_sentence = 0;
    qsizetype m_quote = 0;
    qint32 m_prevTokenStart = -1;
    qsizetype m_paragraph = 0;
    /** Tokens of Title Case headlines, read after the body (whose names they are cut into). */
    std::vector<std::vector<Token>> m_headlines;
    QSet<QString> m_bodyNames;

    struct Cluster
    {
        std::vector<int> members; ///< candidate indexes
        int group = -1;
    };
    std::vector<Cluster> m_clusters;
    QHash<QStringView, int> m_solid; ///< mentions of a name outside sentence starts and quotes
};

// Sentence starts: the Segmenter's sentences when present, else full stops and line breaks.
void Recognizer::markSentences()
{
    const Gazetteer &g = m_g;
    if (!m_article.sentences.isEmpty()) {
        qsizetype &si = m_sentence;
        const auto &sentences = m_article.sentences;
        for (int t = 0; t < tokenCount(); ++t) {
            Token &k = m_tokens[size_t(t)];
            while (si < sentences.size() && sentences[si].span.end <= k.start)
                ++si;
            if (si < sentences.size() && sentences[si].span.start <= k.start
                && m_prevTokenStart < sentences[si].span.start) {
                // a sentence break after "Gov." before a name is the title's full stop
                const bool afterTitle = t > 0 && (k.flags & Cap) && !(k.flags & BreakBefore)
                                        && word(t - 1).endsWith(u'.')
                                        && g.is(word(t - 1), G::Honorific);
                if (afterTitle)
                    k.flags |= SpaceBefore;
                else
                    k.flags |= SentStart;
            }
            m_prevTokenStart = k.start;
        }
        return;
    }
    for (int t = 1; t < tokenCount(); ++t) {
        Token &k = m_tokens[size_t(t)];
        if (!(k.flags & StopBefore))
            continue;
        const QStringView prev = word(t - 1);
        const bool abbreviation = g.is(prev, G::Honorific) || g.is(prev, G::Title)
                                  || (prev.size() == 1 && prev.at(0).isUpper())
                                  || prev.endsWith(u'.');
        if (!abbreviation)
            k.flags |= SentStart;
        else if (k.flags & Cap)
            k.flags |= SpaceBefore; // "Dr. Smith", "George W. Bush", "U.S. President"
    }
}

void Recognizer::markQuotes()
{
    const auto &quotes = m_article.quotes;
    if (quotes.isEmpty())
        return; // the tokenizer's own quotation tracking stays
    for (Token &k : m_tokens) {
        k.flags &= ~InQuote;
        while (m_quote < quotes.size() && quotes[m_quote].span.end <= k.start)
            ++m_quote;
        for (qsizetype q = m_quote; q < quotes.size() && quotes[q].span.start <= k.start; ++q) {
            if (quotes[q].span.contains(k.start)) {
                k.flags |= InQuote;
                break;
            }
        }
    }
}

bool Recognizer::functionWordCap(int t) const
{
    const QStringView w = word(t);
    if (w.size() > 7 || !(flags(t) & Cap))
        return false;
    static constexpr QStringView words[] = {
        u"Of", u"With", u"And", u"The", u"A", u"An", u"In", u"On", u"For", u"To",
        u"At", u"From", u"Against", u"Without", u"Me", u"My", u"Your", u"Is",
    };
    for (QStringView f : words) {
        if (w == f)
            return true;
    }
    return false;
}

// One past the end of the longest strong gazetteer name starting at token @p a (or @p a).
int Recognizer::knownPrefixEnd(int a, int b) const
{
    for (int m = b; m > a; --m) {
        const QStringView name = QStringView(m_text).mid(
            m_tokens[size_t(a)].start, m_tokens[size_t(m - 1)].end - m_tokens[size_t(a)].start);
        const auto *e = m_g.find(name);
        if (e && !e->weak)
            return m;
    }
    return a;
}

// Extends a run of capitalised words starting at token @p first; returns one past its end.
int Recognizer::extendRun(int first)
{
    int t = first + 1;
    const int n = tokenCount();
    while (t < n) {
        const quint32 prevFlags = flags(t - 1);
        if (prevFlags & (Possessive | ParenAfter))
            break;
        const quint32 f = flags(t);
        if (!(f & SpaceBefore) || (f & SentStart))
            break;
        if (f & Cap) {
            ++t;
            continue;
        }
        if ((f & Digits) && (prevFlags & Cap) && word(t).size() <= 3
            && !(cls(t - 1) & G::Calendar)) {
            bool digitsOnly = true;
            for (QChar c : word(t))
                digitsOnly &= c.isDigit();
            if (digitsOnly) {
                ++t;
                break; // a number ends the name: "Route 66", "Chapter 11"
            }
            break;
        }
        // connectors: of, for, and, name particles
        if (!(f & Lower) || t + 1 >= n)
            break;
        const quint32 nf = flags(t + 1);
        if (!(nf & Cap) || !(nf & SpaceBefore) || (flags(t) & (Possessive | ParenAfter)))
            break;
        const QStringView c = word(t);
        static const QSet<QString> particles = {
            QStringLiteral("de"), QStringLiteral("da"), QStringLiteral("du"),
            QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"),
            QStringLiteral("den"), QStringLiteral("al"), QStringLiteral("bin"),
            QStringLiteral("ibn"), QStringLiteral("del"), QStringLiteral("della"),
            QStringLiteral("di"), QStringLiteral("dos"), QStringLiteral("das"),
            QStringLiteral("le"), QStringLiteral("la"), QStringLiteral("y"),
        };
        // the right-hand part, tentatively
        int r = t + 2;
        while (r < n && (flags(r) & Cap) && (flags(r) & SpaceBefore) && !(flags(r) & SentStart)
               && !(flags(r - 1) & (Possessive | ParenAfter)))
            ++r;
        const QStringView left = word(t - 1);
        const quint32 leftClasses = m_g.classes(left);
        const bool workAfter = r < n && (flags(r) & Lower) && (flags(r) & SpaceBefore)
                               && (cls(r) & G::WorkCue);
        bool merge = false;
        if (c == u"of" || c == u"for") {
            static const QSet<QString> heads = {
                QStringLiteral("Isle"), QStringLiteral("Duke"), QStringLiteral("Battle"),
                QStringLiteral("Treaty"), QStringLiteral("Museum"), QStringLiteral("House"),
                QStringLiteral("Houses"), QStringLiteral("Gulf"), QStringLiteral("Bay"),
                QStringLiteral("Sea"), QStringLiteral("Cape"), QStringLiteral("Strait"),
                QStringLiteral("Republic"), QStringLiteral("Kingdom"), QStringLiteral("State"),
                QStringLiteral("Church"), QStringLiteral("Order"), QStringLiteral("Friends"),
                QStringLiteral("Daughters"), QStringLiteral("Sons"), QStringLiteral("Statue"),
                QStringLiteral("Declaration"), QStringLiteral("Bill"), QStringLiteral("Act"),
                QStringLiteral("Lord"), QStringLiteral("Lords"), QStringLiteral("City"),
                QStringLiteral("Chamber"), QStringLiteral("Chambers"), QStringLiteral("Court"),
                QStringLiteral("Bank"), QStringLiteral("University"), QStringLiteral("Ministry"),
                QStringLiteral("Department"), QStringLiteral("Office"), QStringLiteral("Secretary"),
                QStringLiteral("Institute"), QStringLiteral("Council"), QStringLiteral("Board"),
                QStringLiteral("Federation"), QStringLiteral("Union"), QStringLiteral("Society"),
                QStringLiteral("Association"), QStringLiteral("College"), QStringLiteral("School"),
                QStringLiteral("Academy"), QStringLiteral("Agency"), QStringLiteral("Commission"),
                QStringLiteral("Committee"), QStringLiteral("Bureau"), QStringLiteral("Party"),
                QStringLiteral("Organisation"), QStringLiteral("Organization"),
                QStringLiteral("League"), QStringLiteral("Army"), QStringLiteral("Centre"),
                QStringLiteral("Center"), QStringLiteral("Hall"), QStringLiteral("Tower"),
                QStringLiteral("Palace"), QStringLiteral("Cathedral"), QStringLiteral("Province"),
                QStringLiteral("District"), QStringLiteral("County"), QStringLiteral("Region"),
                QStringLiteral("Islands"), QStringLiteral("Mount"), QStringLiteral("Lake"),
                QStringLiteral("Straits"), QStringLiteral("Coast"), QStringLiteral("Prince"),
                QStringLiteral("Princess"), QStringLiteral("Queen"), QStringLiteral("King"),
                QStringLiteral("Brotherhood"), QStringLiteral("Guild"), QStringLiteral("Alliance"),
                QStringLiteral("Bishop"), QStringLiteral("Archbishop"), QStringLiteral("Governor"),
            };
            merge = heads.contains(left.toString()) || workAfter;
            if ((leftClasses & (G::Title)) && !heads.contains(left.toString()))
                merge = false;
        } else if (c == u"and" || c == u"&") {
            bool fnCap = false;
            for (int k = t + 1; k < r; ++k)
                fnCap |= functionWordCap(k);
            merge = fnCap || workAfter;
        } else if (particles.contains(c.toString())) {
            merge = (m_g.is(left, G::GivenName) || (flags(t - 1) & Cap)) && r == t + 2;
        }
        if (!merge)
            break;
        t = r;
    }
    return t;
}

void Recognizer::buildRuns()
{
    const int n = tokenCount();
    int t = 0;
    while (t < n) {
        if (!(flags(t) & Cap)) {
            ++t;
            continue;
        }
        const int b = extendRun(t);
        processRun(t, b);
        t = b;
    }
}

// A party adjective: like a nationality before or after a name ("Ohio Republican Ann Lee"),
// but a name of its own where it stands alone ("the Republican said").
bool isPartyAdjective(QStringView w)
{
    return w == u"Republican" || w == u"Democratic" || w == u"Democrat";
}

// A headline in Title Case ("Senator Was Headed To Ohio Town"): every word is capitalised, so
// runs say nothing about names. Headlines and headings (the Segmenter's roles, or the first line
// when there are no paragraphs) whose longer words are nearly all capitalised.
bool Recognizer::isTitleCaseHeadline(qsizetype lineStart, qsizetype lineEnd)
{
    const auto &paras = m_article.paragraphs;
    bool heading = false;
    if (paras.isEmpty()) {
        // the first line, followed by more text, not ending as a sentence does
        qsizetype last = lineEnd;
        while (last > lineStart && m_text.at(last - 1).isSpace())
            --last;
        heading = lineStart == 0 && lineEnd < m_text.size() && last > lineStart
                  && m_text.at(last - 1) != u'.';
    } else {
        while (m_paragraph < paras.size() && paras[m_paragraph].span.end <= lineStart)
            ++m_paragraph;
        // the first paragraph too: a headline ending in a full stop reads as body text
        heading = m_paragraph < paras.size() && paras[m_paragraph].span.start < lineEnd
                  && (m_paragraph == 0 || paras[m_paragraph].role == ParagraphRole::Headline
                      || paras[m_paragraph].role == ParagraphRole::Heading);
    }
    if (!heading)
        return false;
    int longWords = 0;
    int capitalised = 0;
    for (int t = 1; t < tokenCount(); ++t) { // the first word is capitalised anyway
        if (word(t).size() < 4 || (flags(t) & (Digits | AllCaps)))
            continue;
        ++longWords;
        capitalised += (flags(t) & Cap) ? 1 : 0;
    }
    return longWords >= 3 && capitalised * 10 >= longWords * 8;
}

// A Title Case headline's runs are cut into the names the body gave (or the gazetteer knows),
// longest first; every other word stands alone and needs evidence like a sentence's first.
void Recognizer::buildHeadlineRuns()
{
    for (Token &k : m_tokens)
        k.flags |= SentStart;
    const int n = tokenCount();
    int t = 0;
    while (t < n) {
        if (!(flags(t) & Cap)) {
            ++t;
            continue;
        }
        int b = t + 1;
        while (b < n && (flags(b) & Cap) && (flags(b) & SpaceBefore)
               && !(flags(b - 1) & (Possessive | ParenAfter)))
            ++b;
        for (int i = t; i < b;) {
            int m = std::min(b, i + 6);
            for (; m > i + 1; --m) {
                const QStringView name = QStringView(m_text).mid(
                    m_tokens[size_t(i)].start,
                    m_tokens[size_t(m - 1)].end - m_tokens[size_t(i)].start);
                const auto *e = m_g.find(name);
                if ((e && !e->weak) || m_bodyNames.contains(name.toString()))
                    break;
            }
            processRun(i, m);
            i = m;
        }
        t = b;
    }
}

// The type a run's last word gives it (suffix classes), as evidence bits.
quint32 suffixEvidence(const Gazetteer &g, QStringView last, int words)
{
    if (words < 2)
        return 0;
    const quint32 c = g.classes(last);
    if (c & G::OrgSuffix)
        return EvOrgSuffix;
    if (c & G::GpeSuffix)
        return EvGpeSuffix;
    if (c & G::LocSuffix)
        return EvLocSuffix;
    if (c & G::EventWord)
        return EvEventWord;
    return 0;
}

void Recognizer::processRun(int a, int b)
{
    const Gazetteer &g = m_g;
    // most runs are one common capitalised word ("The", "He", "But")
    if (b == a + 1 && (cls(a) & (G::Stop | G::Calendar)) && !(cls(a) & G::Title)
        && !(b < tokenCount() && (flags(b) & Lower)
             && (cls(b) & (G::EventFollower | G::WorkCue))))
        return;
    // A name followed by war/summit/inquiry/peninsula is an entity of its own ("Crimean war").
    if (b < tokenCount() && (flags(b) & Lower) && (flags(b) & SpaceBefore)
        && !(flags(b - 1) & Possessive) && (cls(b) & G::EventFollower)) {
        int s = a;
        while (s < b && (cls(s) & G::Stop) && (flags(s) & SentStart))
            ++s;
        if (s < b) {
            const QStringView name = QStringView(m_text).mid(m_tokens[size_t(s)].start,
                                                             m_tokens[size_t(b - 1)].end
                                                                 - m_tokens[size_t(s)].start);
            const auto *e = g.find(name);
            const QStringView follower = word(b);
            const bool acronym = b - s == 1 && (flags(s) & AllCaps)
                                 && !(flags(s) & HyphenBefore);
            const bool known = ((e && !e->weak) || g.is(name, G::Demonym))
                               && !(flags(s) & HyphenBefore);
            const bool anyName = follower == u"inquiry" && !(flags(s) & SentStart)
                                 && !(cls(s) & G::Title);
            if (known || anyName || (acronym && follower != u"peninsula")) {
                const int ci = addCandidate(s, b + 1, EvFollower, -1);
                m_cands[size_t(ci)].forced = g.followerType(word(b));
                m_cands[size_t(ci)].hasForced = true;
                return;
            }
        }
    }

    // Leading function words ("The", "However") at a sentence start; a capitalised article
    // inside a sentence starts a title ("An Audience With ...") and stays.
    bool titleLike = false;
    for (int k = a + 1; k < b; ++k)
        titleLike |= functionWordCap(k) && k + 1 < b;
    const bool workNext = b == a + 1 && !(flags(a) & SentStart) && b < tokenCount()
                          && (flags(b) & Lower) && (flags(b) & SpaceBefore)
                          && (cls(b) & G::WorkCue) && !(flags(a) & Possessive);
    while (!workNext && a < b && ((cls(a) & G::Stop) || (cls(a) & G::Calendar))
           && !(titleLike && !(flags(a) & SentStart) && functionWordCap(a))) {
        if (a + 1 < b && (flags(a + 1) & Digits) && !(cls(a) & G::Calendar))
            break; // "Chapter 11"
        if (knownPrefixEnd(a, b) > a)
            break; // "The Hague", "Evening Ledger"
        if (a + 1 < b
            && (cls(a + 1)
                & (G::OrgSuffix | G::LocSuffix | G::GpeSuffix | G::EventWord))
            && !(cls(a + 1) & G::Stop))
            break; // "Sunday Telegraph"
        ++a;
    }
    if (a >= b)
        return;

    // Trailing words that are not part of the name: a weekday after a place or a channel
    // ("Ohio Tuesday", "told CNN Monday") and a nationality or party adjective after a place
    // ("Kent County Republican chairman", "Arizona Republican Ann Lee" keeps the name after it).
    while (b - a >= 2 && !g.find(QStringView(m_text).mid(
                             m_tokens[size_t(a)].start,
                             m_tokens[size_t(b - 1)].end - m_tokens[size_t(a)].start))) {
        const QStringView last = word(b - 1);
        // not in a name of its own ("Super Tuesday"): only after a known name, an acronym or
        // a name of two words
        const auto *rest = g.find(QStringView(m_text).mid(
            m_tokens[size_t(a)].start, m_tokens[size_t(b - 2)].end - m_tokens[size_t(a)].start));
        const bool weekday = (cls(b - 1) & G::Calendar) && last.endsWith(u"day")
                             && last.size() >= 6
                             && ((rest && !rest->weak) || b - a >= 3 || (flags(a) & AllCaps));
        // only before a role noun: "the Ohio Republican said" is a description the
        // attribution reads whole
        bool demonymTail = false;
        const bool roleAfter = b < tokenCount() && (flags(b) & Lower) && (flags(b) & SpaceBefore)
                               && isRoleWord(word(b));
        if (!weekday && roleAfter
            && ((cls(b - 1) & G::Demonym) || isPartyAdjective(last))
            && !(cls(b - 2) & G::Demonym)) {
            const auto *e = g.find(QStringView(m_text).mid(
                m_tokens[size_t(a)].start, m_tokens[size_t(b - 2)].end - m_tokens[size_t(a)].start));
            demonymTail = (e && !e->weak) || suffixEvidence(g, word(b - 2), b - 1 - a) != 0;
        }
        if (!weekday && !demonymTail)
            break;
        --b;
    }
    // ... and inside a run: "Ohio Republican Ann Lee" is a place and a person
    for (int k = a + 1; k + 1 < b; ++k) {
        if (!((cls(k) & G::Demonym) || isPartyAdjective(word(k))) || (cls(k - 1) & G::Demonym))
            continue;
        const auto *e = g.find(QStringView(m_text).mid(
            m_tokens[size_t(a)].start, m_tokens[size_t(k - 1)].end - m_tokens[size_t(a)].start));
        if (((e && !e->weak) || suffixEvidence(g, word(k - 1), k - a) != 0)
            && suffixEvidence(g, word(b - 1), 2) == 0) {
            addCandidate(a, k, 0, -1);
            a = k + 1;
        }
        break;
    }

    // A sentence-initial ordinary word before a name: "Making Laura Chen leader".
    if ((flags(a) & SentStart) && b - a >= 2) {
        const QStringView first = word(a);
        const quint32 fc = g.classes(first);
        const auto *whole = g.find(QStringView(m_text).mid(
            m_tokens[size_t(a)].start, m_tokens[size_t(b - 1)].end - m_tokens[size_t(a)].start));
        const auto *firstEntry = g.find(first);
        const bool firstKnown = (firstEntry && !firstEntry->weak)
                                || (fc & (G::GivenName | G::Honorific | G::Title | G::Demonym));
        // a strong second word does not split a run ending in an organisation's suffix
        // ("Northfield Pacific Railroad")
        const bool suffixed = suffixEvidence(g, word(b - 1), b - a) != 0;
        if (!whole && !firstKnown) {
            const int r = a + 1;
            const auto *restEntry = g.find(word(r));
            const quint32 rc = cls(r);
            const bool restStrong = (restEntry && !restEntry->weak)
                                    || (rc & (G::GivenName | G::Honorific | G::Title));
            const bool ordinary = first.endsWith(u"ing") || first.endsWith(u"ly")
                                  || first.endsWith(u"ed")
                                  || ((flags(a) & AllCaps) == 0 && first.size() <= 3);
            if ((restStrong && !suffixed) || ordinary)
                ++a;
        }
    }

    // Nationality words in front: "Italian Verona" → "Verona"; kept before a suffix word
    // ("Guild of Coastal Weavers") and after a role noun ("minister German Alvarez").
    {
        const QStringView whole = QStringView(m_text).mid(
            m_tokens[size_t(a)].start, m_tokens[size_t(b - 1)].end - m_tokens[size_t(a)].start);
        const auto *e = g.find(whole);
        const bool suffixed = suffixEvidence(g, word(b - 1), b - a) != 0;
        const bool afterRole = a > 0 && (flags(a) & SpaceBefore) && (flags(a - 1) & Lower)
                               && (cls(a - 1) & G::Role);
        if (!e && !suffixed && !afterRole) {
            // the longest demonym prefix (North Korean)
            int k = a;
            int demonymEnd = -1;
            for (int m = a; m < b && m < a + 3; ++m) {
                const QStringView pre = QStringView(m_text).mid(
                    m_tokens[size_t(a)].start, m_tokens[size_t(m)].end - m_tokens[size_t(a)].start);
                if (g.is(pre, G::Demonym))
                    demonymEnd = m + 1;
            }
            if (demonymEnd > 0)
                k = demonymEnd;
            else if (b - a >= 3 && isPartyAdjective(word(a)) && (cls(a + 1) & G::GivenName))
                k = a + 1; // "Democrat Ann Lee"
            if (k >= b)
                return; // only a nationality
            a = k;
        }
    }

    // Titles and honorifics split a run: "Marlow County Sheriff Dana Reyes",
    // "the U.S. President Donald Trump", "Mr Blair".
    int lastTitle = -1;
    for (int k = a; k < b; ++k) {
        const quint32 c = cls(k);
        if (c & (G::Honorific | G::Title))
            lastTitle = k;
    }
    // "Secretary of State Ann Lee", "Secretary of Homeland Security": the office goes on over
    // "of" up to a given name, else leaves the last one or two words as the name
    const int lastTitleWord = lastTitle;
    if (lastTitle >= 0 && lastTitle + 2 < b && (flags(lastTitle + 1) & Lower)
        && word(lastTitle + 1) == u"of") {
        const int k0 = lastTitle + 2;
        int end = -1;
        for (int k = k0 + 1; k < b && end < 0; ++k) {
            if (cls(k) & G::GivenName)
                end = k;
        }
        if (end < 0)
            end = b - k0 >= 3 ? b - 2 : (b - k0 == 2 ? k0 + 1 : b);
        lastTitle = end - 1;
    }
    if (lastTitle >= 0) {
        int titleStart = lastTitleWord;
        while (titleStart > a && (cls(titleStart - 1) & (G::Honorific | G::Title)))
            --titleStart;
        const int nameStart = lastTitle + 1;
        bool nameOk = nameStart < b;
        if (nameOk) {
            const QStringView rest = QStringView(m_text).mid(
                m_tokens[size_t(nameStart)].start,
                m_tokens[size_t(b - 1)].end - m_tokens[size_t(nameStart)].start);
            const auto *e = g.find(rest);
            const bool suffixed = suffixEvidence(g, word(b - 1), b - nameStart + 1) != 0
                                  && !(cls(b - 1) & G::Title);
            if ((e && !e->weak && e->type != EntityType::Person) || suffixed
                || (flags(nameStart) & Digits))
                nameOk = false;
        }
        const bool wholeKnown = g.find(QStringView(m_text).mid(
                                    m_tokens[size_t(a)].start,
                                    m_tokens[size_t(b - 1)].end - m_tokens[size_t(a)].start))
                                != nullptr;
        // "Wells Fargo CEO", "Acme Chief Executive": whatever names the employer before a
        // company office is an organisation, known or not
        auto employer = [&]() {
            static const QSet<QString> offices = {
                QStringLiteral("CEO"), QStringLiteral("CFO"), QStringLiteral("COO"),
                QStringLiteral("CTO"), QStringLiteral("Founder"), QStringLiteral("Co-founder"),
                QStringLiteral("Cofounder"), QStringLiteral("Chairman"),
                QStringLiteral("Chairwoman"), QStringLiteral("Chief"),
            };
            if (titleStart <= a || !offices.contains(word(titleStart).toString()))
                return false;
            for (int k = a; k < titleStart; ++k) {
                if (!(flags(k) & Cap) || (cls(k) & (G::Stop | G::Demonym | G::Calendar)))
                    return false;
            }
            addCandidate(a, titleStart, EvOrgCue, -1);
            return true;
        };
        if (nameOk && !wholeKnown) {
            // the modifier before the titles: keep its longest known or suffixed prefix
            if (titleStart > a && !employer()) {
                int best = knownPrefixEnd(a, titleStart);
                for (int m = titleStart; m > a && best <= a; --m) {
                    const QStringView pre = QStringView(m_text).mid(
                        m_tokens[size_t(a)].start,
                        m_tokens[size_t(m - 1)].end - m_tokens[size_t(a)].start);
                    const auto *e = g.find(pre);
                    if ((e && !e->weak) || suffixEvidence(g, word(m - 1), m - a)
                        || ((flags(a) & AllCaps) && m == a + 1)) {
                        best = m;
                        break;
                    }
                }
                if (best > a)
                    addCandidate(a, best, 0, -1);
            }
            const int ci = addCandidate(nameStart, b, EvTitle, m_tokens[size_t(titleStart)].start);
            // "the U.S. President Donald Trump": learn "the U.S. President"
            if (a > 0 && (word(a - 1) == u"the" || word(a - 1) == u"The")
                && (flags(a) & SpaceBefore) && (cls(titleStart) & G::Title))
                learnRole(ci, a, titleStart, nameStart, false);
            return;
        }
        if (!nameOk && !wholeKnown && lastTitle == b - 1) {
            // "Supreme Leader", "White House Press Secretary": only the known part before
            for (int m = titleStart; m > a && !employer(); --m) {
                const QStringView pre = QStringView(m_text).mid(
                    m_tokens[size_t(a)].start,
                    m_tokens[size_t(m - 1)].end - m_tokens[size_t(a)].start);
                const auto *e = g.find(pre);
                if ((e && !e->weak) || suffixEvidence(g, word(m - 1), m - a)
                    || ((flags(a) & AllCaps) && m == a + 1 && !(cls(a) & G::Stop))) {
                    addCandidate(a, m, 0, -1);
                    break;
                }
            }
            return;
        }
    }

    // Runs of a gazetteer name followed by a person's name ("Chile Ana Torres") are rare;
    // a run is one candidate.
    addCandidate(a, b, titleLike ? EvTitleLike : 0u, -1);
}

int Recognizer::addCandidate(int a, int b, quint32 evidence, int aliasStart)
{
    const Gazetteer &g = m_g;
    Candidate c;
    c.firstToken = int(m_ctoks.size());
    m_ctoks.insert(m_ctoks.end(), m_tokens.begin() + a, m_tokens.begin() + b);
    c.lastToken = int(m_ctoks.size()) - 1;
    c.start = m_tokens[size_t(a)].start;
    c.end = m_tokens[size_t(b - 1)].end;
    c.aliasStart = aliasStart;
    c.sentStart = (flags(a) & SentStart) && aliasStart < 0;
    c.inQuote = (flags(a) & InQuote) != 0;
    int words = 0;
    for (int k = a; k < b; ++k)
        words += (flags(k) & (Cap | Digits)) ? 1 : 0;
    c.words = words;
    c.evidence = evidence;
    if (words >= 2)
        c.evidence |= EvMulti;
    const QStringView name = QStringView(m_text).mid(c.start, c.end - c.start);
    if (const auto *e = g.find(name)) {
        c.group = e->group;
        c.weak = e->weak;
        if (!e->weak)
            c.evidence |= EvGazetteer;
        if (!c.hasForced) {
            c.forced = e->type;
            c.hasForced = true;
        }
    }
    if (!(c.evidence & EvFollower)) {
        // head word: the last word, or the word before "of" ("Bank of Canada")
        int head = b - 1;
        for (int k = a + 1; k < b; ++k) {
            if ((flags(k) & Lower) && (word(k) == u"of" || word(k) == u"for")) {
                head = k - 1;
                break;
            }
        }
        c.evidence |= suffixEvidence(g, word(head), words);
        if (head != b - 1 && !(c.evidence & (EvOrgSuffix | EvGpeSuffix | EvLocSuffix)))
            c.evidence |= suffixEvidence(g, word(b - 1), words);
        if (flags(b - 1) & Digits)
            c.evidence |= EvNumber;
        if (words >= 2 && (cls(a) & G::GivenName))
            c.evidence |= EvGiven;
        if (words == 1 && (flags(a) & AllCaps) && name.size() <= 6)
            c.evidence |= EvAcronym;
    }
    addCues(c, a, b);
    // an acronym defined in brackets: "British Chamber of Commerce (BCC)"
    if (words == 1 && (flags(a) & AllCaps) && (flags(a) & ParenBefore) && !m_cands.empty()
        && a > 0 && m_cands.back().end == m_tokens[size_t(a - 1)].end
        && m_cands.back().words >= 2
        && m_text.at(m_cands.back().start).toUpper() == name.at(0))
        c.link = int(m_cands.size()) - 1;
    m_cands.push_back(c);
    const int ci = int(m_cands.size()) - 1;
    learnDescriptionBefore(ci, a);
    return ci;
}

void Recognizer::addCues(Candidate &c, int a, int b)
{
    const Gazetteer &g = m_g;
    const int n = tokenCount();
    const quint32 fa = flags(a);
    // before
    if (a > 0 && (fa & (SpaceBefore)) && c.aliasStart < 0) {
        const int p = a - 1;
        const quint32 pf = flags(p);
        const QStringView pw = word(p);
        if (pf & Lower) {
            const quint32 pc = g.classes(pw);
            if ((pc & G::Role) && !(pf & Possessive))
                c.evidence |= EvPersonCue;
            else if (pc & G::OrgNoun)
                c.evidence |= EvOrgCue;
            else if ((pc & G::SpeechVerb) && pw != u"told" && pw != u"asked")
                c.evidence |= EvPersonCue; // ", said Peter Lund"
            else if (pw == u"at" && p > 0 && (flags(p - 1) & (Lower | SentStart))
                     && isRoleWord(word(p - 1).toString().toLower()))
                c.evidence |= EvOrgCue; // "analysts at X", "a researcher at X": where people work
            else if ((pc & G::PlacePrep) && !(fa & (AllCaps)))
                c.evidence |= EvPlaceCue;
            else if ((pw == u"called" || pw == u"named") && p > 0
                     && (cls(p - 1) & G::OrgNoun))
                c.evidence |= EvOrgCue;
            else if (pw == u"the" && p > 0 && (flags(p) & SpaceBefore)
                     && (cls(p - 1) & G::SpeechVerb))
                c.evidence |= EvOrgCue; // told the Independent
            else if (pw == u"name" && p > 0 && word(p - 1) == u"real") {
                // "DJ Nova, real name Sam Patel"
                for (int k = int(m_cands.size()) - 1; k >= 0; --k) {
                    if (m_cands[size_t(k)].end < m_tokens[size_t(std::max(0, p - 8))].start)
                        break;
                    c.link = k;
                    c.evidence |= EvPersonCue;
                    break;
                }
            }
        }
    }
    // after
    if (b < n) {
        const quint32 nf = flags(b);
        const QStringView nw = word(b);
        const quint32 nc = g.classes(nw);
        if ((nf & Lower) && (nf & SpaceBefore) && !(flags(b - 1) & Possessive)) {
            if (nc & G::WorkCue)
                c.evidence |= EvWork;
            else if (nc & G::OrgNoun)
                c.evidence |= EvOrgNext;
            else if (nc & G::SpeechVerb)
                c.evidence |= (a > 0 && lowerIs(a - 1, u"the")) ? EvOrgCue : EvSpeaker;
            else if (nw == u"in" && b + 1 < n && (flags(b + 1) & Cap)) {
                // "Wantage in Oxfordshire"
                const auto *e = g.find(word(b + 1));
                if (e && e->type == EntityType::Gpe)
                    c.evidence |= EvPlaceCue;
            }
        } else if ((nf & CommaBefore) && (nf & Digits) && nw.size() <= 3 && b + 1 < n
                   && (flags(b + 1) & CommaBefore) && c.words >= 2) {
            c.evidence |= EvPersonCue; // an age: "Rhodri Evans, 58, said"
        } else if ((nf & CommaBefore) && (nf & Lower) && b + 1 < n) {
            // apposition: "Ines Ford, the company's founder", "DJ Nova, a former member"
            if (nw == u"a" || nw == u"an" || nw == u"the") {
                for (int k = b + 1; k < std::min(n, b + 5); ++k) {
                    const quint32 kc = cls(k);
                    if ((flags(k) & Lower) && (kc & G::Role) && !(flags(k) & Possessive)) {
                        c.evidence |= EvPersonCue;
                        break;
                    }
                    if ((flags(k) & Lower) && (kc & G::OrgNoun) && !(flags(k) & Possessive)) {
                        c.evidence |= EvOrgCue;
                        break;
                    }
                    if (!(flags(k) & SpaceBefore) && k > b + 1)
                        break;
                }
            } else if (nc & G::SpeechVerb) {
                c.evidence |= EvPersonCue;
            }
        }
    }
}

void Recognizer::learnRole(int candidate, int phraseStart, int headStart, int phraseEnd,
                           bool siteMention)
{
    QStringList words;
    for (int k = phraseStart; k < phraseEnd; ++k) {
        if (flags(k) & Possessive)
            return;
        words.append(word(k).toString());
    }
    if (words.isEmpty())
        return;
    const qsizetype site = m_tokens[size_t(phraseStart - 1)].start;
    addRole(candidate, site, words);
    if (siteMention) // "The North Korean state news agency, KCNA": the description names it too
        m_roleMatches.push_back(RoleMatch{qint32(site), m_tokens[size_t(phraseEnd - 1)].end,
                                          -1 - candidate});
    if (headStart > phraseStart)
        addRole(candidate, site, words.mid(headStart - phraseStart));
}

void Recognizer::addRole(int candidate, qsizetype site, const QStringList &words)
{
    const QString key = words.join(u' ').toLower();
    auto it = m_roleByKey.constFind(key);
    int index = 0;
    if (it == m_roleByKey.cend()) {
        index = int(m_roles.size());
        m_roles.push_back(RolePhrase{words, {}, {}});
        m_roleByKey.insert(key, index);
        m_roleByFirst[QStringView(m_roles.back().words.first())].append(index);
    } else {
        index = it.value();
    }
    RolePhrase &r = m_roles[size_t(index)];
    if (r.candidates.size() < 64)
        r.candidates.push_back(candidate);
    r.sites.insert(site);
}

// "the North Korean leader Kim Jong Un", "The North Korean state news agency, KCNA"
void Recognizer::learnDescriptionBefore(int candidate, int a)
{
    const Candidate &c = m_cands[size_t(candidate)];
    if (c.aliasStart >= 0 || a < 2)
        return;
    const quint32 fa = flags(a);
    if (!(fa & (SpaceBefore | CommaBefore)) || (fa & (StopBefore | BreakBefore | QuoteBefore)))
        return;
    const int p = a - 1;
    if (!(flags(p) & Lower) || (flags(p) & Possessive)
        || !(cls(p) & (G::Role | G::OrgNoun)))
        return;
    static const QSet<QString> blocked = {
        QStringLiteral("of"), QStringLiteral("to"), QStringLiteral("in"), QStringLiteral("on"),
        QStringLiteral("at"), QStringLiteral("for"), QStringLiteral("and"), QStringLiteral("or"),
        QStringLiteral("with"), QStringLiteral("by"), QStringLiteral("from"), QStringLiteral("as"),
        QStringLiteral("that"), QStringLiteral("which"), QStringLiteral("who"),
        QStringLiteral("is"), QStringLiteral("was"), QStringLiteral("has"), QStringLiteral("had"),
        QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("his"), QStringLiteral("her"),
        QStringLiteral("its"), QStringLiteral("their"),
    };
    for (int k = p; k >= 0 && p - k < 6; --k) {
        const QStringView w = word(k);
        if (k < p && !(flags(k + 1) & SpaceBefore))
            return;
        if ((flags(k) & Lower) && w == u"the") {
            if (k < p)
                learnRole(candidate, k + 1, k + 1, p + 1, true);
            return;
        }
        if (w == u"The") {
            if (k < p)
                learnRole(candidate, k + 1, k + 1, p + 1, true);
            return;
        }
        if (flags(k) & Possessive)
            return;
        if ((flags(k) & Lower) && blocked.contains(w.toString()))
            return;
        // verbs end a description: "The deal gives oil giant X"
        if ((flags(k) & Lower) && k < p && !(cls(k) & (G::Role | G::OrgNoun)) && w != u"news"
            && (w.endsWith(u's') || w.endsWith(u"ed") || w.endsWith(u"ing")))
            return;
        if (m_g.is(w, G::SpeechVerb))
            return;
    }
}

bool Recognizer::accepted(const Candidate &c) const
{
    const Gazetteer &g = m_g;
    if (c.words == 0)
        return false;
    if (c.evidence & (EvFollower | EvTitle))
        return true;
    if ((c.evidence & EvGazetteer) && !c.weak)
        return true;
    const QStringView name = QStringView(m_text).mid(c.start, c.end - c.start);
    if (c.words == 1) {
        if (name.size() < 2)
            return false;
        const quint32 cls = g.classes(name);
        if ((cls & (G::Stop | G::Calendar | G::Demonym | G::Title | G::Honorific))
            && !(c.evidence & EvWork))
            return false;
        if (!(cflags(c.firstToken) & Cap))
            return false;
    }
    if (c.sentStart || c.inQuote) {
        if (m_solid.value(name) > 0)
            return true;
        // inside a quotation, capitalised words are often emphasis ("the Deep State")
        const quint32 suffixes = (c.inQuote ? 0u : EvOrgSuffix) | EvGpeSuffix | EvLocSuffix
                                 | EvEventWord;
        const quint32 multiCues = suffixes | EvGiven | EvPersonCue | EvOrgCue | EvWork;
        if (c.words >= 2)
            return (c.evidence & multiCues) != 0;
        return (c.evidence & (EvOrgCue | EvWork)) != 0;
    }
    return true;
}

namespace {

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> prev(size_t(b.size() + 1)), cur(size_t(b.size() + 1));
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int sub = prev[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

} // namespace

void Recognizer::cluster()
{
    const Gazetteer &g = m_g;
    const int nc = int(m_cands.size());
    for (const Candidate &c : m_cands) {
        if (!c.sentStart && !c.inQuote)
            m_solid[QStringView(m_text).mid(c.start, c.end - c.start)] += 1;
    }
    QHash<QStringView, int> byName;
    QHash<int, int> byGroup;
    auto nameOf = [this](const Candidate &c) {
        return QStringView(m_text).mid(c.start, c.end - c.start);
    };
    auto join = [this, &byName, &nameOf](int ci, int cl) {
        m_cands[size_t(ci)].entity = cl;
        m_clusters[size_t(cl)].members.push_back(ci);
        byName.insert(nameOf(m_cands[size_t(ci)]), cl);
    };
    auto create = [this, &join](int ci) {
        m_clusters.push_back(Cluster{});
        join(ci, int(m_clusters.size()) - 1);
    };

    // 1. gazetteer names, by group
    for (int i = 0; i < nc; ++i) {
        Candidate &c = m_cands[size_t(i)];
        if (c.group < 0 || c.weak || (c.evidence & EvFollower) || !accepted(c))
            continue;
        const auto it = byGroup.constFind(c.group);
        if (it != byGroup.cend()) {
            join(i, it.value());
        } else {
            create(i);
            m_clusters.back().group = c.group;
            byGroup.insert(c.group, int(m_clusters.size()) - 1);
        }
    }
    // 2. names of several words, longest first
    std::vector<int> multi;
    for (int i = 0; i < nc; ++i) {
        const Candidate &c = m_cands[size_t(i)];
        if (c.entity < 0 && (c.words >= 2 || (c.evidence & EvFollower)) && c.link < 0
            && accepted(c))
            multi.push_back(i);
    }
    QHash<QString, int> byEnds;
    QHash<QStringView, int> stems; // multi-word organisation names without their suffix word
    std::stable_sort(multi.begin(), multi.end(), [this](int x, int y) {
        return m_cands[size_t(x)].words > m_cands[size_t(y)].words;
    });
    for (int i : multi) {
        const Candidate &c = m_cands[size_t(i)];
        const QStringView name = nameOf(c);
        auto it = byName.constFind(name);
        if (it == byName.cend() && name.endsWith(u's'))
            it = byName.constFind(name.chopped(1));
        if (it == byName.cend()) {
            const QString plural = name.toString() + u's';
            it = byName.constFind(QStringView(plural));
        }
        if (it != byName.cend()) {
            join(i, it.value());
            continue;
        }
        if (const int stem = stems.value(name, -1); stem >= 0) {
            join(i, stem);
            continue;
        }
        // "Anna Rivers" / "Anna M Rivers": same first and last word
        const bool personLike = c.words >= 2 && c.group < 0
                                && !(c.evidence & (EvOrgSuffix | EvGpeSuffix | EvLocSuffix));
        const QString ends = personLike ? cword(c.firstToken) + u'\x1f' + cword(c.lastToken)
                                        : QString();
        const int found = personLike ? byEnds.value(ends, -1) : -1;
        if (found >= 0) {
            join(i, found);
        } else {
            create(i);
            if (personLike)
                byEnds.insert(ends, c.entity);
            // "Northfield Pacific Railroad" is later "Northfield Pacific"
            if ((c.evidence & EvOrgSuffix) && c.words >= 3 && !c.hasForced) {
                const qsizetype stemEnd = m_ctoks[size_t(c.lastToken - 1)].end;
                stems.insert(QStringView(m_text).mid(c.start, stemEnd - c.start), c.entity);
            }
        }
    }
    // 3. other names: acronyms, real names
    for (int i = 0; i < nc; ++i) {
        Candidate &c = m_cands[size_t(i)];
        if (c.entity >= 0 || c.link < 0)
            continue;
        int target = m_cands[size_t(c.link)].entity;
        if (target < 0) {
            create(c.link);
            target = m_cands[size_t(c.link)].entity;
        }
        join(i, target);
    }
    // word maps of the clusters so far: first, last and head words
    QHash<QStringView, QList<int>> lastWords, firstWords, headWords, initials;
    QHash<QString, QList<int>> initialsOwned;
    for (int k = 0; k < int(m_clusters.size()); ++k) {
        QSet<QStringView> seenLast, seenFirst, seenHead, seenName;
        for (int m : m_clusters[size_t(k)].members) {
            const Candidate &o = m_cands[size_t(m)];
            if (o.words < 2 || (o.evidence & EvFollower))
                continue;
            const QStringView oname = nameOf(o);
            if (seenName.contains(oname))
                continue;
            seenName.insert(oname);
            const bool suffixed = o.evidence & (EvOrgSuffix | EvGpeSuffix | EvLocSuffix
                                                | EvEventWord | EvNumber | EvTitleLike);
            const QStringView first = cword(o.firstToken);
            const QStringView last = cword(o.lastToken);
            if (!suffixed && o.group < 0) {
                if (!seenLast.contains(last)) {
                    lastWords[last].append(k);
                    seenLast.insert(last);
                }
                if (!seenFirst.contains(first)) {
                    firstWords[first].append(k);
                    seenFirst.insert(first);
                }
            } else {
                // "Harbour" for "Harbour Air Lines"; not "Portmere" for "Portmere Lifeboat Station"
                if (!seenFirst.contains(first) && !g.is(first, G::Demonym)
                    && ((o.evidence & EvOrgSuffix) || o.group >= 0)) {
                    firstWords[first].append(k);
                    seenFirst.insert(first);
                }
                // head: the suffix word, or the word before "of"
                int head = o.lastToken;
                for (int t = o.firstToken + 1; t <= o.lastToken; ++t) {
                    if ((cflags(t) & Lower) && (cword(t) == u"of" || cword(t) == u"for")) {
                        head = t - 1;
                        break;
                    }
                }
                if (!seenHead.contains(cword(head)) && head > o.firstToken) {
                    headWords[cword(head)].append(k);
                    seenHead.insert(cword(head));
                }
            }
            // initials of the capitalised words: "Coastal Green Party" → CGP
            QString ini;
            for (int t = o.firstToken; t <= o.lastToken; ++t) {
                if (cflags(t) & Cap)
                    ini.append(cword(t).at(0));
            }
            if (ini.size() >= 2) {
                QList<int> &owners = initialsOwned[ini];
                if (!owners.contains(k))
                    owners.append(k);
            }
        }
    }
    auto unique = [](const QList<int> &l) { return l.size() == 1 ? l.first() : -1; };
    auto mostMentioned = [this](const QList<int> &l) {
        int best = -1;
        size_t bestCount = 0;
        bool tie = false;
        for (int k : l) {
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
    };
    // 4. single words: surnames, given names, first and head words, acronyms
    std::vector<int> pendingNew;
    for (int i = 0; i < nc; ++i) {
        Candidate &c = m_cands[size_t(i)];
        if (c.entity >= 0 || c.words != 1)
            continue;
        const QStringView name = nameOf(c);
        const quint32 cls = g.classes(name);
        if (((cls & (G::Stop | G::Calendar | G::Demonym | G::Honorific))
             && !(c.evidence & EvWork))
            || name.size() < 2)
            continue;
        if ((cls & G::Title) && c.aliasStart < 0)
            continue;
        const auto it = byName.constFind(name);
        int target = it != byName.cend() ? it.value() : -1;
        if (target < 0 && lastWords.contains(name))
            target = lastWords.value(name).size() == 1 ? lastWords.value(name).first()
                                                       : mostMentioned(lastWords.value(name));
        if (target < 0 && firstWords.contains(name) && !(c.evidence & EvPlaceCue)) {
            const QList<int> &l = firstWords.value(name);
            target = l.size() == 1 ? l.first() : mostMentioned(l);
        }
        if (target < 0 && headWords.contains(name) && !c.sentStart)
            target = unique(headWords.value(name));
        if (target < 0 && (c.evidence & EvAcronym) && initialsOwned.contains(name.toString()))
            target = unique(initialsOwned.value(name.toString()));
        if (target < 0 && c.aliasStart >= 0 && name.size() >= 5) {
            // a misspelt surname after a title: "Mr Kowalsky" for "Kowalski"; of several, the
            // nearest, then the first entity (not the first in the hash's order, which
            // changes from run to run)
            int nearest = 3;
            for (auto lw = lastWords.cbegin(); lw != lastWords.cend() && lastWords.size() < 4096;
                 ++lw) {
                const QStringView other = lw.key();
                if (other.size() < 5 || other.at(0) != name.at(0)
                    || std::abs(int(other.size()) - int(name.size())) > 2)
                    continue;
                const int distance = editDistance(other, name);
                const int person = unique(lw.value());
                if (distance <= 2 && person >= 0
                    && (distance < nearest || (distance == nearest && person < target))) {
                    nearest = distance;
                    target = person;
                }
            }
        }
        if (target >= 0) {
            join(i, target);
            continue;
        }
        if (accepted(c))
            pendingNew.push_back(i);
    }
    for (int i : pendingNew) {
        Candidate &c = m_cands[size_t(i)];
        if (c.entity >= 0)
            continue;
        const auto it = byName.constFind(nameOf(c));
        if (it != byName.cend())
            join(i, it.value());
        else
            create(i);
    }
    // candidates that were not accepted may still join a known name
    for (int i = 0; i < nc; ++i) {
        Candidate &c = m_cands[size_t(i)];
        if (c.entity >= 0)
            continue;
        const QStringView name = nameOf(c);
        auto it = byName.constFind(name);
        if (it != byName.cend()) {
            join(i, it.value());
        } else if (c.words == 1 && name.size() > 4 && (cflags(c.firstToken) & AllCaps)) {
            // "PORTMERE, Wales" in a dateline
            const QString titled = name.left(1) + name.mid(1).toString().toLower();
            it = byName.constFind(QStringView(titled));
            if (it != byName.cend())
                join(i, it.value());
        }
    }
}

EntityType clusterType(const std::vector<Candidate> &cands, const std::vector<int> &members)
{
    int forcedVotes[7] = {0, 0, 0, 0, 0, 0, 0};
    bool forced = false;
    int score[7] = {0, 0, 0, 0, 0, 0, 0};
    bool multi = false;
    bool digits = false;
    bool titleLike = false;
    for (int m : members) {
        const Candidate &c = cands[size_t(m)];
        if (c.hasForced && ((c.evidence & (EvGazetteer | EvFollower)) || c.weak)) {
            if (!c.weak) {
                forced = true;
                forcedVotes[int(c.forced)] += 1;
            } else {
                score[int(c.forced)] += 6;
            }
        }
        const quint32 e = c.evidence;
        auto add = [&score](EntityType t, int v) { score[int(t)] += v; };
        if (e & EvTitle)
            add(EntityType::Person, 10);
        if (e & EvGiven)
            add(EntityType::Person, 5);
        if (e & EvPersonCue)
            add(EntityType::Person, 4);
        if (e & EvOrgSuffix)
            add(EntityType::Org, 8);
        if (e & EvOrgCue)
            add(EntityType::Org, 5);
        if (e & EvOrgNext)
            add(EntityType::Org, 4);
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
        multi |= c.words >= 2;
        digits |= (e & EvNumber) != 0;
        titleLike |= (e & EvTitleLike) != 0;
    }
    if (forced) {
        int best = 0;
        for (int t = 1; t < 7; ++t) {
            if (forcedVotes[t] > forcedVotes[best])
                best = t;
        }
        return static_cast<EntityType>(best);
    }
    int best = -1;
    int bestScore = 0;
    for (int t = 0; t < 7; ++t) {
        if (score[t] > bestScore) {
            best = t;
            bestScore = score[t];
        }
    }
    if (best >= 0)
        return static_cast<EntityType>(best);
    if (multi && !digits && !titleLike)
        return EntityType::Person;
    return EntityType::Org;
}

// Later uses of a learned description: "the U.S. President", "the Ruritanian leader".
void Recognizer::matchRoles()
{
    if (m_roleByFirst.isEmpty())
        return;
    const int n = tokenCount();
    for (int t = 0; t + 1 < n; ++t) {
        const QStringView w = word(t);
        if (w != u"the" && w != u"The")
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
    for (const Cluster &cl : m_clusters) {
        if (cl.members.empty())
            continue;
        Built b;
        Entity &e = b.entity;
        e.type = clusterType(m_cands, cl.members);
        QList<Span> mentions;
        QStringList names;      // name forms
        QStringList others;     // titled forms and descriptions
        int bestWords = -1;
        qsizetype bestLen = -1;
        QString best;
        QSet<QStringView> surfaces;
        for (int m : cl.members) {
            const Candidate &c = m_cands[size_t(m)];
            mentions.append(Span{c.start, c.end});
            const QStringView view = QStringView(m_text).mid(c.start, c.end - c.start);
            const QStringView titled = c.aliasStart >= 0
                                           ? QStringView(m_text).mid(c.aliasStart,
                                                                     c.end - c.aliasStart)
                                           : QStringView();
            if (surfaces.contains(view) && (titled.isEmpty() || surfaces.contains(titled)))
                continue;
            surfaces.insert(view);
            if (!titled.isEmpty())
                surfaces.insert(titled);
            const QString text = view.toString();
            if (c.words == 0) {
                others.append(text);
                continue;
            }
            names.append(text);
            if (!titled.isEmpty())
                others.append(titled.toString());
            const bool allCaps = text.size() > 4 && text == text.toUpper();
            const int w = allCaps ? 0 : c.words;
            if (w > bestWords || (w == bestWords && text.size() > bestLen)) {
                bestWords = w;
                bestLen = text.size();
                best = text;
            }
        }
        if (cl.group >= 0) {
            const QString &canonical = m_g.canonical(cl.group);
            if (names.contains(canonical))
                best = canonical;
        }
        e.name = best;
        QSet<QString> seen{best};
        for (const QString &s : std::as_const(names) + others) {
            QString alias = s;
            if (alias.startsWith(u"The "))
                alias[0] = u't';
            if (!seen.contains(alias)) {
                seen.insert(alias);
                e.aliases.append(alias);
            }
        }
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
        b.entity.id = QStringLiteral("E%1").arg(out.size() + 1);
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
        m_cls.assign(m_tokens.size(), kUnknownClasses);
        if (m_headlines.size() < 8 && isTitleCaseHeadline(pos, end)) {
            m_headlines.push_back(m_tokens);
            pos = end;
            continue;
        }
        markSentences();
        markQuotes();
        buildRuns();
        matchRoles();
        pos = end;
    }
    if (!m_headlines.empty()) {
        for (const Candidate &c : m_cands)
            m_bodyNames.insert(QStringView(m_text).mid(c.start, c.end - c.start).toString());
        for (std::vector<Token> &tokens : m_headlines) {
            m_tokens.swap(tokens);
            m_cls.assign(m_tokens.size(), kUnknownClasses);
            buildHeadlineRuns();
        }
    }
    cluster();
    resolveRoles();
    return finish();
}

} // namespace

QList<Entity> EntityRecognizer::recognize(const Article &article)
{
    return Recognizer(article).run();
}

int EntityRecognizer::entityAt(const Article &article, qsizetype pos)
{
    for (int i = 0; i < article.entities.size(); ++i) {
        const QList<Span> &ms = article.entities[i].mentions;
        const auto it = std::upper_bound(ms.cbegin(), ms.cend(), pos,
                                         [](qsizetype p, const Span &s) { return p < s.start; });
        // mentions are sorted by start; a covering mention starts at or before pos
        for (auto k = it; k != ms.cbegin();) {
            --k;
            if (k->contains(pos))
                return i;
            if (pos - k->start > 200)
                break;
        }
    }
    return -1;
}

namespace {

QString stripForMatch(QString s)
{
    s = s.trimmed();
    for (const QString &poss : {QStringLiteral("'s"), QStringLiteral("\u2019s")}) {
        if (s.endsWith(poss))
            s.chop(2);
    }
    if (s.endsWith(u'\'') || s.endsWith(u'\u2019'))
        s.chop(1);
    const Gazetteer &g = Gazetteer::instance();
    for (;;) {
        const qsizetype space = s.indexOf(u' ');
        if (space <= 0)
            break;
        const QStringView first = QStringView(s).left(space);
        if (first.compare(u"the", Qt::CaseInsensitive) == 0
            || (g.classes(first) & (G::Honorific | G::Title)))
            s.remove(0, space + 1);
        else
            break;
    }
    return s;
}

} // namespace

int EntityRecognizer::ensureEntity(Article &article, Span span, EntityType type)
{
    Ensurer ensurer(article);
    return ensurer.ensure(article, span, type);
}

EntityRecognizer::Ensurer::Ensurer(const Article &article)
{
    qsizetype count = 0;
    for (const Entity &e : article.entities)
        count += e.mentions.size();
    m_mentions.reserve(count);
    for (int i = 0; i < article.entities.size(); ++i) {
        for (const Span &m : article.entities[i].mentions) {
            m_mentions.append({m.start, m.end, i});
            m_longest = std::max(m_longest, m.length());
        }
    }
    std::stable_sort(m_mentions.begin(), m_mentions.end(),
                     [](const Ref &x, const Ref &y) { return x.start < y.start; });
    indexEntities(article);
    for (const Quote &q : article.quotes) {
        if (q.span.isEmpty())
            continue;
        m_quoted.append(q.span);
    }
    std::sort(m_quoted.begin(), m_quoted.end(),
              [](const Span &x, const Span &y) { return x.start < y.start; });
    // merged: no two overlap, so the one before a position is the only one that can hold it
    qsizetype kept = 0;
    for (const Span &q : std::as_const(m_quoted)) {
        if (kept > 0 && q.start <= m_quoted[kept - 1].end)
            m_quoted[kept - 1].end = std::max(m_quoted[kept - 1].end, q.end);
        else
            m_quoted[kept++] = q;
    }
    m_quoted.resize(kept);
}

void EntityRecognizer::Ensurer::indexName(const QString &name, int entity)
{
    const auto it = m_byName.find(name);
    if (it == m_byName.end())
        m_byName.insert(name, entity);
    else if (entity < it.value())
        it.value() = entity;
}

void EntityRecognizer::Ensurer::indexEntities(const Article &article)
{
    for (; m_entities < article.entities.size(); ++m_entities) {
        const int i = int(m_entities);
        const Entity &e = article.entities[i];
        indexName(e.name, i);
        for (const QString &alias : e.aliases)
            indexName(alias, i);
        if (e.type != EntityType::Person)
            continue;
        const QStringList parts = e.name.split(u' ', Qt::SkipEmptyParts);
        if (parts.size() < 2)
            continue;
        for (const QString &part : {parts.first(), parts.last()}) {
            auto &[people, last] = m_byPart[part];
            if (last != i) // "Lee Lee": one person
                ++people;
            last = i;
        }
    }
}

void EntityRecognizer::Ensurer::indexMention(Span span, int entity)
{
    const Ref ref{span.start, span.end, entity};
    const auto at = std::upper_bound(m_added.begin(), m_added.end(), ref.start,
                                     [](qsizetype p, const Ref &r) { return p < r.start; });
    m_added.insert(at, ref);
    m_longest = std::max(m_longest, span.length());
}

void EntityRecognizer::Ensurer::mentionAdded(const Article &article, int entity, Span span)
{
    indexEntities(article);
    indexMention(span, entity);
}

int EntityRecognizer::Ensurer::covering(Span span) const
{
    // the first entity with a mention that holds the span or lies within it; such a mention
    // starts at most the longest mention's length before the span
    int found = -1;
    const qsizetype from = span.start - m_longest;
    for (const QList<Ref> *list : {&m_mentions, &m_added}) {
        auto it = std::lower_bound(list->cbegin(), list->cend(), from,
                                   [](const Ref &r, qsizetype p) { return r.start < p; });
        for (; it != list->cend() && it->start <= span.end; ++it) {
            const Span m{it->start, it->end};
            if ((m.contains(span) || span.contains(m)) && (found < 0 || it->entity < found))
                found = it->entity;
        }
    }
    return found;
}

bool EntityRecognizer::Ensurer::quoted(qsizetype pos) const
{
    const auto it = std::upper_bound(m_quoted.cbegin(), m_quoted.cend(), pos,
                                     [](qsizetype p, const Span &s) { return p < s.start; });
    return it != m_quoted.cbegin() && std::prev(it)->contains(pos);
}

int EntityRecognizer::Ensurer::addMention(Article &article, int i, Span span,
                                          const QString &surface)
{
    Entity &e = article.entities[i];
    const auto pos = std::lower_bound(e.mentions.begin(), e.mentions.end(), span,
                                      [](const Span &x, const Span &y) {
                                          return x.start < y.start;
                                      });
    e.mentions.insert(pos, span);
    indexMention(span, i);
    if (surface != e.name && !e.aliases.contains(surface)) {
        e.aliases.append(surface);
        indexName(surface, i);
    }
    return i;
}

int EntityRecognizer::Ensurer::ensure(Article &article, Span span, EntityType type)
{
    if (span.isEmpty())
        return -1;
    span.start = std::max<qsizetype>(0, span.start);
    span.end = std::min(article.document.text().size(), span.end);
    if (span.isEmpty())
        return -1;
    indexEntities(article);
    if (const int e = covering(span); e >= 0)
        return e;
    const QString surface = article.textOf(span);
    const QString key = stripForMatch(surface);
    if (key.isEmpty())
        return -1;
    const Gazetteer &g = Gazetteer::instance();
    if (const auto it = m_byName.constFind(key); it != m_byName.cend())
        return addMention(article, it.value(), span, surface);
    if (!key.contains(u' ')) {
        if (const auto it = m_byPart.constFind(key);
            it != m_byPart.cend() && it.value().first == 1)
            return addMention(article, it.value().second, span, surface);
    }
    // a new entity only for a name: capitalised, not a nationality or a common word, and not
    // inside a quotation (where capitals are often emphasis: "the Deep State")
    if (!key.at(0).isUpper() || (g.classes(key) & (G::Demonym | G::Stop | G::Calendar))
        || g.is(key, G::Title) || g.is(key, G::Honorific))
        return -1;
    if (quoted(span.start))
        return -1;
    Entity e;
    e.id = QStringLiteral("E%1").arg(article.entities.size() + 1);
    e.name = key;
    e.type = type;
    if (surface != key)
        e.aliases.append(surface);
    e.mentions.append(span);
    article.entities.append(e);
    const int i = int(article.entities.size()) - 1;
    indexEntities(article);
    indexMention(span, i);
    return i;
}

} // namespace gloss
