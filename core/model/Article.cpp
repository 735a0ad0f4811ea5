#include "Article.h"

#include "text/UnitScan.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace gloss {

namespace {
constexpr std::array<QStringView, 7> kEntityTypeNames = {u"PERSON", u"ORG",  u"GPE",  u"LOC",
                                                         u"EVENT",  u"WORK", u"OTHER"};
} // namespace

QString entityTypeName(EntityType type)
{
    return kEntityTypeNames[static_cast<size_t>(type)].toString();
}

EntityType entityTypeFromName(QStringView name)
{
    // (isWord(): the gazetteer asks this of each of its 4,000 lines)
    for (size_t i = 0; i < kEntityTypeNames.size(); ++i) {
        if (isWord(name, kEntityTypeNames[i]))
            return static_cast<EntityType>(i);
    }
    return EntityType::Other;
}

QString quoteKindName(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Direct: return QStringLiteral("direct");
    case QuoteKind::Scare: return QStringLiteral("scare");
    case QuoteKind::Title: return QStringLiteral("title");
    }
    return {};
}

QString claimKindName(ClaimKind kind)
{
    switch (kind) {
    case ClaimKind::Quote: return QStringLiteral("quote");
    case ClaimKind::Reported: return QStringLiteral("reported");
    case ClaimKind::Hedged: return QStringLiteral("hedged");
    case ClaimKind::Factual: return QStringLiteral("factual");
    }
    return {};
}

int Article::paragraphAt(qsizetype pos) const
{
    const auto it = std::upper_bound(paragraphs.cbegin(), paragraphs.cend(), pos,
                                     [](qsizetype p, const Paragraph &para) { return p < para.span.start; });
    if (it == paragraphs.cbegin())
        return -1;
    const auto idx = static_cast<int>(std::prev(it) - paragraphs.cbegin());
    return paragraphs[idx].span.end >= pos ? idx : -1;
}

QString Article::textOf(const Claim &claim) const
{
    QString buffer;
    return viewOf(claim, buffer).toString();
}

QStringView Article::viewOf(const Claim &claim, QString &buffer) const
{
    const QStringView v = viewOf(claim.span);
    // most claims read as they stand: no space at either end, no white space but single spaces
    bool plain = !v.isEmpty() && !v.front().isSpace() && !v.back().isSpace();
    const char16_t *s = v.utf16();
    for (qsizetype i = 0; plain && i < v.size(); ++i) {
        i = skipInRange(s, i, v.size(), 0x21, 0x7F); // printable ASCII other than the space
        if (i == v.size())
            break;
        plain = s[i] == u' ' ? (i + 1 < v.size() && s[i + 1] != u' ') : !QChar::isSpace(s[i]);
    }
    if (plain)
        return v;
    buffer = v.toString().simplified();
    return buffer;
}

Span quoteTextSpan(QStringView text, Span quote, Span opening)
{
    qsizetype start = std::clamp<qsizetype>(quote.start, 0, text.size());
    qsizetype end = std::clamp<qsizetype>(quote.end, start, text.size());
    qsizetype openingEnd = std::clamp<qsizetype>(opening.end, 0, text.size());
    while (openingEnd > opening.start && text[openingEnd - 1].isSpace())
        --openingEnd;
    end = std::max(start, std::min(end, openingEnd));
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    return {start, end};
}

QString Article::textOf(const Quote &quote) const
{
    return viewOf(quote).toString();
}

QStringView Article::viewOf(const Quote &quote) const
{
    const Span opening = quote.paragraph >= 0 && quote.paragraph < paragraphs.size()
                             ? paragraphs[quote.paragraph].span
                             : Span{0, document.text().size()};
    return viewOf(quoteTextSpan(document.text(), quote.span, opening));
}

const Entity *Article::speakerOf(const Quote &quote) const
{
    return quote.speaker >= 0 && quote.speaker < entities.size() ? &entities[quote.speaker] : nullptr;
}

int Article::wordCount() const
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : document.text()) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter || (inWord && (c == u'\'' || c == u'\u2019' || c == u'-'));
    }
    return words;
}

QString analysisId(char16_t prefix, qsizetype number)
{
    // written into one string (QString::arg() reads its pattern on every call, and
    // QString::number() and a concatenation make two strings: thousands of ids per article)
    char16_t id[24];
    qsizetype at = std::size(id);
    quint64 n = number < 0 ? 0 - quint64(number) : quint64(number);
    do {
        id[--at] = char16_t(u'0' + n % 10);
        n /= 10;
    } while (n != 0);
    if (number < 0)
        id[--at] = u'-';
    id[--at] = prefix;
    return QString(reinterpret_cast<const QChar *>(id + at), std::size(id) - at);
}

} // namespace gloss
