// Sentences, quotations and the runs of capitalised words a name may be cut from, in the body
// and in Title Case headlines (see Recognizer_p.h).
#include "Recognizer_p.h"

#include <algorithm>

namespace gloss::entities {

// Sentence starts: the Segmenter's sentences when present, else full stops and line breaks.
void Recognizer::markSentences()
{
    if (!m_article.sentences.isEmpty()) {
        // the sentence and the token before in locals, written back after the line
        qsizetype si = m_sentence;
        qint32 prevStart = m_prevTokenStart;
        const Sentence *sentences = m_article.sentences.constData();
        const qsizetype count = m_article.sentences.size();
        if (m_tokens.empty())
            return;
        // a line inside one sentence (most paragraphs of news are one): only its first word
        // can start the sentence, the others need no look
        const qint32 lineFirst = m_tokens.front().start;
        const qint32 lineLast = m_tokens.back().start;
        qsizetype holding = si;
        while (holding < count && sentences[holding].span.end <= lineFirst)
            ++holding;
        const bool oneSentence = holding < count && sentences[holding].span.start <= lineFirst
                                 && sentences[holding].span.end > lineLast;
        const int n = oneSentence ? 1 : tokenCount();
        for (int t = 0; t < n; ++t) {
            Token &k = m_tokens[size_t(t)];
            const qint32 start = k.start;
            while (si < count && sentences[si].span.end <= start)
                ++si;
            if (si < count && sentences[si].span.start <= start
                && prevStart < sentences[si].span.start) {
                // a sentence break after "Gov." before a name is the title's full stop
                const bool afterTitle = t > 0 && (k.flags & Cap) && !(k.flags & BreakBefore)
                                        && word(t - 1).endsWith(u'.')
                                        && (cls(t - 1) & G::Honorific);
                if (afterTitle)
                    k.flags |= SpaceBefore;
                else
                    k.flags |= SentStart;
            }
            prevStart = start;
        }
        m_sentence = si;
        m_prevTokenStart = lineLast;
        return;
    }
    for (int t = 1; t < tokenCount(); ++t) {
        Token &k = m_tokens[size_t(t)];
        if (!(k.flags & StopBefore))
            continue;
        const QStringView prev = word(t - 1);
        const bool abbreviation = (cls(t - 1) & (G::Honorific | G::Title))
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
    qsizetype first = m_quote; // in a local, written back after the line
    const Quote *q = quotes.constData();
    const qsizetype count = quotes.size();
    if (m_tokens.empty())
        return;
    // a line no quotation reaches (the next one starts and ends after its last word): only
    // the tokenizer's marks to clear
    const qint32 lineFirst = m_tokens.front().start;
    const qint32 lineLast = m_tokens.back().start;
    while (first < count && q[first].span.end <= lineFirst)
        ++first;
    if (first >= count || (q[first].span.start > lineLast && q[first].span.end > lineLast)) {
        for (Token &k : m_tokens)
            k.flags &= ~InQuote;
        m_quote = first;
        return;
    }
    for (Token &k : m_tokens) {
        const qint32 start = k.start;
        k.flags &= ~InQuote;
        while (first < count && q[first].span.end <= start)
            ++first;
        for (qsizetype i = first; i < count && q[i].span.start <= start; ++i) {
            // (a transcript's turn is speech, but no quotation: its capitals are names, not
            // emphasis; the quotes inside it are)
            if (q[i].span.contains(start) && q[i].speakerMention.isEmpty()) {
                k.flags |= InQuote;
                break;
            }
        }
    }
    m_quote = first;
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
        if (knownName(a, m))
            return m;
    }
    return a;
}

bool Recognizer::joinsOverAnd(int first, int t, int r, int field) const
{
    // never two names each known on its own ("Bank of England and Barclays", "University of
    // Ruritania and Westfield": the place is known), nor an acronym
    if (knownName(field >= 0 ? field : first, t) || knownName(t + 1, r) || r - (t + 1) > 3
        || (flags(t + 1) & AllCaps))
        return false;
    for (int k = t + 1; k < r; ++k) {
        if (cls(k) & (G::Title | G::Honorific))
            return false;
    }
    const quint32 last = cls(r - 1);
    // "Department of Harbours and Coastal Works", "Committee on Ports and Inland Waterways":
    // the field of an organisation named by its head goes on over "and", unless the
    // words after it end in a head of their own ("the Ministry of Defence and Foreign Office")
    if (field >= 0)
        return !((last & G::OrgSuffix) && isOrgHead(word(r - 1)));
    // "Fisheries and Tidal Administration", "Senate Ports and Public Works Committee": the
    // words before "and" name the field of the organisation the suffix after it names, when
    // they end in no suffix of their own ("Harbour Department and Coast Guard Service") and
    // the suffix is not a name alone ("House and Senate")
    return (last & G::OrgSuffix) && r - (t + 1) >= 2 && t - first <= 3
           && !(cls(t - 1) & G::OrgSuffix) && !(cls(first) & G::GivenName)
           && !(flags(first) & AllCaps);
}

bool Recognizer::joinsOverPossessive(int first, int t) const
{
    const int p = t - 1; // the possessive
    if (t >= tokenCount() || !(flags(p) & Cap) || !(flags(t) & Cap) || !(flags(t) & SpaceBefore)
        || (flags(t) & SentStart))
        return false;
    static const QSet<QStringView> institutions = {
        u"College",  u"Hospital", u"University", u"School",  u"Cathedral",
        u"Church",   u"Chapel",   u"Infirmary",  u"Academy", u"Abbey",
    };
    if (!institutions.contains(word(t)))
        return false;
    // the possessor: a saint ("St Anne's"), a title ("Queen's") or a group ("Children's")
    static const QSet<QStringView> groups = {u"Children", u"Women", u"Men"};
    return (p > first && (cls(p - 1) & G::Honorific) && word(p - 1).startsWith(u"St"))
           || (p > first && word(p - 1) == u"Saint")
           || (p == first && ((cls(p) & G::Title) || groups.contains(word(p))));
}

// Extends a run of capitalised words starting at token @p first; returns one past its end.
int Recognizer::extendRun(int first)
{
    int t = first + 1;
    const int n = tokenCount();
    int field = -1; // the first word after an organisation's head and its "of" or "on", if any
    while (t < n) {
        const quint32 prevFlags = flags(t - 1);
        if ((prevFlags & ParenAfter)
            || ((prevFlags & Possessive) && !joinsOverPossessive(first, t)))
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
        static const QSet<QStringView> particles = {
            u"de", u"da", u"du", u"van", u"von", u"der", u"den", u"al", u"bin",
            u"ibn", u"del", u"della", u"di", u"dos", u"das", u"le", u"la", u"y",
        };
        // the right-hand part, tentatively
        int r = t + 2;
        while (r < n && (flags(r) & Cap) && (flags(r) & SpaceBefore) && !(flags(r) & SentStart)
               && !(flags(r - 1) & (Possessive | ParenAfter)))
            ++r;
        const QStringView left = word(t - 1);
        const quint32 leftClasses = cls(t - 1);
        const bool workAfter = r < n && (flags(r) & Lower) && (flags(r) & SpaceBefore)
                               && (cls(r) & G::WorkCue);
        bool merge = false;
        if (c == u"of" || c == u"for") {
            static const QSet<QStringView> heads = {
                u"Isle", u"Duke", u"Battle", u"Treaty", u"Museum", u"House", u"Houses",
                u"Gulf", u"Bay", u"Sea", u"Cape", u"Strait", u"Republic", u"Kingdom", u"State",
                u"Church", u"Order", u"Friends", u"Daughters", u"Sons", u"Statue",
                u"Declaration", u"Bill", u"Act", u"Lord", u"Lords", u"City", u"Chamber",
                u"Chambers", u"Court", u"Bank", u"University", u"Ministry", u"Department",
                u"Office", u"Secretary", u"Institute", u"Council", u"Board", u"Federation",
                u"Union", u"Society", u"Association", u"College", u"School", u"Academy",
                u"Agency", u"Commission", u"Committee", u"Bureau", u"Party", u"Organisation",
                u"Organization", u"League", u"Army", u"Centre", u"Center", u"Hall", u"Tower",
                u"Palace", u"Cathedral", u"Province", u"District", u"County", u"Region",
                u"Islands", u"Mount", u"Lake", u"Straits", u"Coast", u"Prince", u"Princess",
                u"Queen", u"King", u"Brotherhood", u"Guild", u"Alliance", u"Bishop",
                u"Archbishop", u"Governor",
            };
            const bool head = heads.contains(left);
            // a law's name: "Freedom of Information Act", "Defense of Marriage Act"
            const bool law = r - 1 > t && (cls(r - 1) & G::LawWord);
            merge = head || workAfter || law;
            if ((leftClasses & (G::Title)) && !head)
                merge = false;
            if (merge && head && (leftClasses & G::OrgSuffix))
                field = t + 1;
        } else if (c == u"on") {
            // "Commission on Presidential Debates", "Council on Foreign Relations"
            static const QSet<QStringView> heads = {
                u"Commission", u"Council",   u"Committee", u"Subcommittee", u"Conference",
                u"Institute",  u"Center",    u"Centre",    u"Panel",        u"Forum",
            };
            // (not a day: "the Security Council on Friday"; nor half of a word split at its
            // hyphen: "Council on American-Islamic Relations" stays "Council")
            merge = heads.contains(left) && !(cls(t + 1) & (G::Calendar | G::Stop))
                    && !(r < n && (flags(r) & HyphenBefore));
            if (merge)
                field = t + 1;
        } else if (c == u"and" || c == u"&") {
            bool fnCap = false;
            for (int k = t + 1; k < r; ++k)
                fnCap |= functionWordCap(k);
            merge = fnCap || workAfter || joinsOverAnd(first, t, r, field);
        } else if (particles.contains(c)) {
            merge = ((leftClasses & G::GivenName) || (flags(t - 1) & Cap)) && r == t + 2;
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

// A rubric on a line of its own, in capitals and closed by a full stop or a colon ("FULL
// TEXT.", "ABSTRACT.", "UPDATE:"): a label of the page, no name (unless the gazetteer knows it).
bool Recognizer::isLabelLine(qsizetype lineStart, qsizetype lineEnd) const
{
    const int n = tokenCount();
    if (n == 0 || n > 4)
        return false;
    qsizetype last = lineEnd;
    while (last > lineStart && m_text.at(last - 1).isSpace())
        --last;
    if (last <= lineStart || (m_text.at(last - 1) != u'.' && m_text.at(last - 1) != u':')
        || m_tokens.back().end != last - 1)
        return false;
    for (int t = 0; t < n; ++t) {
        if (!(flags(t) & AllCaps) || word(t).size() < 2)
            return false;
    }
    return !knownName(0, n);
}

void Recognizer::markAfterQuestionLabel()
{
    // "Q: Will it hold?", "Q. Will it hold?": the word after an interview's question label
    // starts its sentence (an answer's label, a turn's, is dropped; "C. Boyden Gray" is a name)
    if (tokenCount() < 2)
        return;
    const qint32 q = m_tokens[0].start; // "Q", or "Q." as one word
    if (m_text[q] == u'Q' && (q == 0 || m_text[q - 1] == u'\n') && q + 2 < m_text.size()
        && (m_text[q + 1] == u':' || m_text[q + 1] == u'.') && m_text[q + 2] == u' '
        && m_tokens[1].start == q + 3)
        m_tokens[1].flags |= SentStart;
}

void Recognizer::dropTurnLabel(qsizetype lineStart, qsizetype lineEnd)
{
    while (m_label < m_labels.size() && m_labels[m_label].end <= lineStart)
        ++m_label;
    if (m_label >= m_labels.size() || m_labels[m_label].start >= lineEnd)
        return;
    const Span label = m_labels[m_label];
    std::erase_if(m_tokens, [&label](const Token &k) {
        return k.start >= label.start && k.end <= label.end;
    });
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
                if (knownName(i, m) || bodyName(i, m))
                    break;
            }
            processRun(i, m);
            i = m;
        }
        t = b;
    }
}

} // namespace gloss::entities
