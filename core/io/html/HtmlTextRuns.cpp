#include "HtmlTextRuns_p.h"
#include "HtmlNodes_p.h"
#include "HtmlTagScanner_p.h"

#include <cstring>
#include <string>

namespace gloss::html {

namespace {

constexpr char kMarker[] = "\xEE\x80\x80"; // U+E000, then two digits
constexpr int kDigits = 4096;              // U+E001 to U+F000
constexpr qsizetype kPlaceholder = 9;
constexpr qsizetype kMinRun = 32;

/** Bytes that end a run: markup, and the controls gumbo replaces with U+FFFD. */
bool breaksRun(char c)
{
    return hasClass(c, kBreaksRun);
}

/**
 * Length of the UTF-8 sequence at @p i when it encodes a code point gumbo replaces with
 * U+FFFD (C1 controls, noncharacters), else 0. The page is valid UTF-8 (from a QString).
 */
int replacedSequence(QByteArrayView s, qsizetype i, qsizetype to)
{
    const auto b = [&](qsizetype k) {
        return k < to ? int(static_cast<unsigned char>(s[k])) : 0;
    };
    const int lead = b(i);
    if (lead == 0xC2 && b(i + 1) >= 0x80 && b(i + 1) <= 0x9F)
        return 2; // U+0080 to U+009F
    if (lead == 0xEF && b(i + 1) == 0xB7 && b(i + 2) >= 0x90 && b(i + 2) <= 0xAF)
        return 3; // U+FDD0 to U+FDEF
    if (lead == 0xEF && b(i + 1) == 0xBF && b(i + 2) >= 0xBE)
        return 3; // U+FFFE, U+FFFF
    if (lead >= 0xF0 && (b(i + 1) & 0x0F) == 0x0F && b(i + 2) == 0xBF && b(i + 3) >= 0xBE)
        return 4; // U+1FFFE, U+1FFFF, ... U+10FFFF
    return 0;
}

void putDigit(QByteArray &out, int digit)
{
    const int cp = 0xE001 + digit;
    out.append(char(0xE0 | (cp >> 12)));
    out.append(char(0x80 | ((cp >> 6) & 0x3F)));
    out.append(char(0x80 | (cp & 0x3F)));
}

int digitAt(const char *p)
{
    const auto b = [p](int i) { return int(static_cast<unsigned char>(p[i])); };
    if ((b(0) & 0xF0) != 0xE0 || (b(1) & 0xC0) != 0x80 || (b(2) & 0xC0) != 0x80)
        return -1;
    const int cp = ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    return cp >= 0xE001 && cp < 0xE001 + kDigits ? cp - 0xE001 : -1;
}

} // namespace

QByteArray TextRuns::shrink(const QByteArray &page)
{
    m_page = page;
    m_runs.clear();
    if (page.contains(kMarker))
        return page;
    const QByteArrayView s(m_page);
    QByteArray out;
    out.reserve(page.size() / 2);
    qsizetype copied = 0, pos = 0;
    RawTag tag;
    while (pos < s.size()) {
        const qsizetype lt = s.indexOf('<', pos);
        const qsizetype textEnd = lt < 0 ? s.size() : lt;
        copied = replaceRuns(s, pos, textEnd, copied, out);
        if (lt < 0)
            break;
        const bool isTag = scanTag(s, lt, tag);
        if (isTag && tag.name == "frameset") {
            m_runs.clear(); // (where text is dropped and spaces kept one by one)
            return page;
        }
        pos = tag.end;
        if (isTag && !tag.closing && isRawTextTag(tag.name)) {
            const qsizetype close = rawTextEnd(s, tag.end, tag.name);
            pos = close < 0 ? s.size() : close;
        }
    }
    if (m_runs.empty())
        return page;
    out.append(s.sliced(copied));
    return out;
}

void TextRuns::restore(GumboNode *root, Arena &arena) const
{
    if (m_runs.empty())
        return;
    std::vector<GumboNode *> todo{root};
    while (!todo.empty()) {
        GumboNode *n = todo.back();
        todo.pop_back();
        GumboVector *children = childrenToEdit(n);
        if (!children) {
            n->v.text.text = restored(n->v.text.text, arena);
            continue;
        }
        if (isElement(n)) {
            for (unsigned i = 0; i < n->v.element.attributes.length; ++i) {
                auto *a = static_cast<GumboAttribute *>(n->v.element.attributes.data[i]);
                a->value = restored(a->value, arena);
            }
        }
        for (unsigned i = 0; i < children->length; ++i)
            todo.push_back(static_cast<GumboNode *>(children->data[i]));
    }
}

qsizetype TextRuns::replaceRuns(QByteArrayView s, qsizetype from, qsizetype to,
                                qsizetype copied, QByteArray &out)
{
    qsizetype i = from;
    while (i < to) {
        // the bytes that break runs, skipped
        while (i < to) {
            if (const int n = replacedSequence(s, i, to)) {
                i += n;
                continue;
            }
            if (!breaksRun(s[i]))
                break;
            if (s[i++] != '&')
                continue;
            // a character reference stays whole, outside the run
            while (i < to &&
                   (isAsciiAlpha(s[i]) || (s[i] >= '0' && s[i] <= '9') || s[i] == '#'))
                ++i;
            if (i < to && s[i] == ';')
                ++i;
        }
        qsizetype end = i;
        while (end < to && !breaksRun(s[end])) {
            if (static_cast<unsigned char>(s[end]) >= 0xC2 && replacedSequence(s, end, to))
                break;
            ++end;
        }
        qsizetype a = i, b = end;
        while (a < b && isAsciiSpace(s[a]))
            ++a;
        while (b > a && isAsciiSpace(s[b - 1]))
            --b;
        // (a UTF-8 sequence is never cut: no byte of one breaks a run or is a space)
        if (b - a >= kMinRun && m_runs.size() < std::size_t(kDigits) * kDigits) {
            out.append(s.sliced(copied, a - copied));
            const auto index = int(m_runs.size());
            out.append(kMarker);
            putDigit(out, index / kDigits);
            putDigit(out, index % kDigits);
            m_runs.emplace_back(a, b - a);
            copied = b;
        }
        i = end;
    }
    return copied;
}

const char *TextRuns::restored(const char *text, Arena &arena) const
{
    const char *first = std::strstr(text, kMarker);
    if (!first)
        return text;
    std::string out(text, first);
    for (const char *p = first; *p;) {
        const int hi = std::strncmp(p, kMarker, 3) == 0 ? digitAt(p + 3) : -1;
        const int lo = hi < 0 ? -1 : digitAt(p + 6);
        const std::size_t index = std::size_t(hi) * kDigits + std::size_t(lo);
        if (lo < 0 || index >= m_runs.size()) {
            out.push_back(*p++);
            continue;
        }
        const auto [at, length] = m_runs[index];
        out.append(m_page.constData() + at, std::size_t(length));
        p += kPlaceholder;
        const char *next = std::strstr(p, kMarker);
        const char *stop = next ? next : p + std::strlen(p);
        out.append(p, stop);
        p = stop;
    }
    auto *copy = static_cast<char *>(Arena::allocate(&arena, out.size() + 1));
    std::memcpy(copy, out.c_str(), out.size() + 1);
    return copy;
}

} // namespace gloss::html
