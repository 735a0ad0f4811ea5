#include "HtmlText_p.h"
#include "HtmlNodes_p.h"

#include <QList>
#include <QStringList>

namespace gloss::html {

void TextSink::append(std::string_view s)
{
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n; ++i) {
        // the bytes up to the next space or the first byte of one of the characters below,
        // copied at once
        std::size_t plain = i;
        while (plain < n && !hasClass(s[plain], kSinkSpecial))
            ++plain;
        if (plain > i) {
            putSpace();
            buf.append(s.data() + i, plain - i);
            i = plain - 1;
            continue;
        }
        const char c = s[i];
        if (isAsciiSpace(c)) {
            pendingSpace = true;
            continue;
        }
        if (c == '\xC2' && i + 1 < n && (s[i + 1] == '\xA0' || s[i + 1] == '\xAD')) {
            pendingSpace |= s[i + 1] == '\xA0';
            ++i;
            continue;
        }
        // zero-width space, joiners and BOM
        if (c == '\xE2' && i + 2 < n && s[i + 1] == '\x80'
            && (s[i + 2] == '\x8B' || s[i + 2] == '\x8C' || s[i + 2] == '\x8D')) {
            i += 2;
            continue;
        }
        if (c == '\xEF' && i + 2 < n && s[i + 1] == '\xBB' && s[i + 2] == '\xBF') {
            i += 2;
            continue;
        }
        putSpace();
        buf += c;
    }
}

void TextSink::putSpace()
{
    if (pendingSpace && !buf.empty() && buf.back() != ' ')
        buf += ' ';
    pendingSpace = false;
}

QString TextSink::take()
{
    while (!buf.empty() && buf.back() == ' ')
        buf.pop_back();
    QString s = QString::fromUtf8(buf.data(), qsizetype(buf.size()));
    buf.clear();
    pendingSpace = false;
    ++takes;
    return s;
}

void collectText(const GumboNode *n, TextSink &sink)
{
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA
        || n->type == GUMBO_NODE_WHITESPACE) {
        sink.append(n->v.text.text);
        return;
    }
    if (!isElement(n) || isNeverText(tagOf(n)))
        return;
    const bool block = isBlockTag(tagOf(n)) || tagOf(n) == GUMBO_TAG_BR;
    if (block)
        sink.pendingSpace = true;
    forEachChild(n, [&](const GumboNode *c) { collectText(c, sink); });
    if (block)
        sink.pendingSpace = true;
}

QString textOf(const GumboNode *n)
{
    TextSink sink;
    collectText(n, sink);
    return sink.take();
}

namespace {

void collectRaw(const GumboNode *n, std::string &out)
{
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA
        || n->type == GUMBO_NODE_WHITESPACE) {
        out += n->v.text.text;
        return;
    }
    if (!isElement(n) || isNeverText(tagOf(n)))
        return;
    if (tagOf(n) == GUMBO_TAG_BR) {
        out += '\n';
        return;
    }
    forEachChild(n, [&](const GumboNode *c) { collectRaw(c, out); });
}

} // namespace

QString preformattedText(const GumboNode *n)
{
    std::string raw;
    collectRaw(n, raw);
    const QString text = QString::fromStdString(raw); // outlives the views split() returns
    QStringList lines;
    for (QStringView line : QStringView(text).split(u'\n')) {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        if (end > 0)
            lines.append(line.left(end).toString().replace(u'\t', QStringLiteral("    ")));
    }
    return lines.join(u'\n');
}

bool startsWithQuoteMark(QStringView s)
{
    static const QString marks =
        QStringLiteral("\"\u201C\u201D\u201E\u00AB\u00BB\u2018\u2039\u300C");
    return !s.isEmpty() && marks.contains(s.front());
}

} // namespace gloss::html
