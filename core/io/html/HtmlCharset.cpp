#include "HtmlCharset.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

namespace gloss {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (isSpace(v.front()) || v.front() == '"' || v.front() == '\''))
        v = v.sliced(1);
    while (!v.isEmpty() && (isSpace(v.back()) || v.back() == '"' || v.back() == '\''))
        v.chop(1);
    return v;
}

/** One attribute of a tag being scanned; value is empty for a bare attribute. */
struct Attribute
{
    QByteArray name;
    QByteArray value;
};

/**
 * Reads the next attribute of a tag starting at @p pos (just after the tag name); returns false
 * at the tag's end. Names and values are lower-cased (we only look at charset-related ones).
 */
bool nextAttribute(QByteArrayView s, qsizetype &pos, Attribute &attr)
{
    const qsizetype n = s.size();
    while (pos < n && (isSpace(s[pos]) || s[pos] == '/'))
        ++pos;
    if (pos >= n || s[pos] == '>')
        return false;
    attr = {};
    while (pos < n && !isSpace(s[pos]) && s[pos] != '=' && s[pos] != '>' && s[pos] != '/')
        attr.name += lower(s[pos++]);
    while (pos < n && isSpace(s[pos]))
        ++pos;
    if (pos >= n || s[pos] != '=')
        return true;
    ++pos;
    while (pos < n && isSpace(s[pos]))
        ++pos;
    if (pos < n && (s[pos] == '"' || s[pos] == '\'')) {
        const char quote = s[pos++];
        while (pos < n && s[pos] != quote)
            attr.value += lower(s[pos++]);
        ++pos;
    } else {
        while (pos < n && !isSpace(s[pos]) && s[pos] != '>')
            attr.value += lower(s[pos++]);
    }
    return true;
}

// Windows-1252 bytes 0x80..0x9F; the five undefined ones map to the C1 control of that value.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString decodeWith(QByteArrayView bytes, const QByteArray &charset, bool *failed)
{
    *failed = false;
    if (charset == "windows-1252")
        return HtmlCharset::fromWindows1252(bytes);
    QStringDecoder decoder(charset.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        *failed = true;
        return {};
    }
    return decoder.decode(bytes);
}

} // namespace

QString HtmlCharset::fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *d++ = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(b);
    }
    return out;
}

QByteArray HtmlCharset::charsetFromContentType(QByteArrayView contentType)
{
    const QByteArray lowered = contentType.toByteArray().toLower();
    const qsizetype at = lowered.indexOf("charset");
    if (at < 0)
        return {};
    qsizetype pos = at + 7;
    while (pos < lowered.size() && isSpace(lowered[pos]))
        ++pos;
    if (pos >= lowered.size() || lowered[pos] != '=')
        return {};
    ++pos;
    qsizetype end = pos;
    while (end < lowered.size() && lowered[end] != ';')
        ++end;
    return trimmed(QByteArrayView(lowered).sliced(pos, end - pos)).toByteArray();
}

QByteArray HtmlCharset::canonicalName(QByteArrayView label)
{
    const QByteArray l = trimmed(label).toByteArray().toLower();
    if (l.isEmpty())
        return {};
    if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8" || l == "unicode11utf8"
        || l == "x-unicode20utf8")
        return "UTF-8";
    static const QByteArrayList cp1252 = {
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1",
        "iso-ir-100", "latin1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp819",
        "ibm819", "csisolatin1", "iso88591", "iso_8859-1:1987"};
    if (cp1252.contains(l))
        return "windows-1252";
    if (l == "utf-16" || l == "utf-16le" || l == "unicode" || l == "ucs-2")
        return "UTF-16LE";
    if (l == "utf-16be" || l == "unicodefffe")
        return "UTF-16BE";
    if (l == "gb2312" || l == "gbk" || l == "x-gbk" || l == "chinese")
        return "GBK";
    if (l == "shift_jis" || l == "shift-jis" || l == "sjis" || l == "x-sjis" || l == "ms_kanji"
        || l == "windows-31j")
        return "Shift_JIS";
    if (l == "iso-8859-9" || l == "latin5" || l == "windows-1254")
        return "windows-1254";
    if (l == "koi8" || l == "koi8-r" || l == "koi8_r")
        return "KOI8-R";
    // Other labels (windows-125x, iso-8859-x, euc-jp, big5, ...) are passed on as written.
    const QStringDecoder probe(l.constData());
    return probe.isValid() ? QByteArray(probe.name()) : QByteArray();
}

QByteArray HtmlCharset::sniffMeta(QByteArrayView bytes)
{
    const QByteArrayView s = bytes.first(std::min(bytes.size(), kPrescanBytes));
    qsizetype pos = 0;
    const qsizetype n = s.size();
    while (pos < n) {
        const qsizetype lt = s.indexOf('<', pos);
        if (lt < 0 || lt + 1 >= n)
            break;
        pos = lt + 1;
        if (s.sliced(pos).startsWith("!--")) {
            const qsizetype end = s.indexOf("-->", pos + 3);
            if (end < 0)
                break;
            pos = end + 3;
            continue;
        }
        const bool isMeta = n - pos >= 5 && lower(s[pos]) == 'm' && lower(s[pos + 1]) == 'e'
                            && lower(s[pos + 2]) == 't' && lower(s[pos + 3]) == 'a'
                            && (isSpace(s[pos + 4]) || s[pos + 4] == '/');
        if (!isMeta)
            continue;
        pos += 4;
        Attribute attr;
        QByteArray charset, content;
        bool httpEquivContentType = false;
        while (nextAttribute(s, pos, attr)) {
            if (attr.name == "charset")
                charset = attr.value;
            else if (attr.name == "content")
                content = attr.value;
            else if (attr.name == "http-equiv")
                httpEquivContentType = trimmed(attr.value) == "content-type";
        }
        if (!charset.isEmpty())
            return trimmed(charset).toByteArray();
        if (httpEquivContentType) {
            const QByteArray fromContent = charsetFromContentType(content);
            if (!fromContent.isEmpty())
                return fromContent;
        }
    }
    return {};
}

HtmlCharset::Decoded HtmlCharset::decode(QByteArrayView bytes, QByteArrayView httpCharset)
{
    Decoded out;
    auto finish = [&](QByteArrayView body, const QByteArray &charset, const char *source) {
        bool failed = false;
        out.text = decodeWith(body, charset, &failed);
        out.charset = charset;
        out.source = source;
        return !failed;
    };

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        finish(bytes.sliced(3), "UTF-8", "bom");
        return out;
    }
    if (bytes.startsWith("\xFF\xFE")) {
        finish(bytes.sliced(2), "UTF-16LE", "bom");
        return out;
    }
    if (bytes.startsWith("\xFE\xFF")) {
        finish(bytes.sliced(2), "UTF-16BE", "bom");
        return out;
    }

    auto tryLabel = [&](const QByteArray &label, const char *source, bool inPage) {
        if (label.isEmpty())
            return false;
        QByteArray name = canonicalName(label);
        // A page cannot really declare UTF-16 about itself: it is ASCII-compatible if we read it.
        if (inPage && name.startsWith("UTF-16"))
            name = "UTF-8";
        if (name.isEmpty() || !finish(bytes, name, source)) {
            out.warnings << QCoreApplication::translate("HtmlCharset",
                                                        "Unknown character set \"%1\" ignored")
                                .arg(QString::fromLatin1(label));
            return false;
        }
        return true;
    };
    if (tryLabel(httpCharset.toByteArray(), "http", false))
        return out;
    if (tryLabel(sniffMeta(bytes), "meta", true))
        return out;

    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        out.text = std::move(text);
        out.charset = "UTF-8";
        out.source = "guess";
        return out;
    }
    finish(bytes, "windows-1252", "guess");
    out.warnings << QCoreApplication::translate(
        "HtmlCharset", "No character set declared and the page is not UTF-8: read as Windows-1252");
    return out;
}

} // namespace gloss
