#include "AnalysisJson.h"

#include "text/UnitScan.h"

#include <charconv>
#include <cstring>
#include <memory>

namespace gloss {


namespace {

/**
 * Compact JSON written straight into one buffer, allocated once, that is handed to the sink
 * whenever it is nearly full. Numbers are written with std::to_chars, runs of plain ASCII are
 * copied in bulk. Strings are escaped as QJsonDocument does (quote, backslash, b f n r t,
 * "u00xx" for other control characters, a "uxxxx" escape for a lone surrogate, UTF-8 for the
 * rest); object keys are written by the caller in QJsonObject's (sorted) order.
 */
class JsonWriter
{
public:
    explicit JsonWriter(const std::function<void(QByteArrayView)> &sink)
        : m_sink(sink)
        , m_buf(new char[kSize])
        , m_p(m_buf.get())
        , m_end(m_buf.get() + kSize)
    {
    }
    ~JsonWriter() { flush(); }

    /** Plain bytes (punctuation, keys, literals): short. */
    void raw(QByteArrayView s)
    {
        room(s.size());
        std::memcpy(m_p, s.data(), size_t(s.size()));
        m_p += s.size();
    }
    void key(QByteArrayView k)
    {
        room(k.size() + 3);
        *m_p++ = '"';
        std::memcpy(m_p, k.data(), size_t(k.size()));
        m_p += k.size();
        *m_p++ = '"';
        *m_p++ = ':';
    }
    /** The next key of an object: a comma, then the key. */
    void field(QByteArrayView k)
    {
        room(1);
        *m_p++ = ',';
        key(k);
    }
    void number(qint64 n)
    {
        room(24);
        if (n < 0) { // (offsets and counts: never negative but for -1 and the like)
            m_p = std::to_chars(m_p, m_end, n).ptr;
            return;
        }
        // two digits at a time from the back of a small buffer, then one copy: a third of
        // std::to_chars's instructions, which measures the length first
        static constexpr char pairs[] = "00010203040506070809101112131415161718192021222324"
                                        "25262728293031323334353637383940414243444546474849"
                                        "50515253545556575859606162636465666768697071727374"
                                        "75767778798081828384858687888990919293949596979899";
        char digits[20];
        char *const end = digits + sizeof digits;
        char *b = end;
        quint64 v = quint64(n);
        while (v >= 100) {
            b -= 2;
            std::memcpy(b, pairs + 2 * (v % 100), 2);
            v /= 100;
        }
        if (v >= 10) {
            b -= 2;
            std::memcpy(b, pairs + 2 * v, 2);
        } else {
            *--b = char('0' + v);
        }
        std::memcpy(m_p, b, size_t(end - b));
        m_p += end - b;
    }
    void boolean(bool b) { raw(b ? "true" : "false"); }
    void null() { raw("null"); }
    void string(QStringView s);
    void nullable(QStringView s)
    {
        if (s.isEmpty())
            null();
        else
            string(s);
    }
    void flush()
    {
        if (m_p != m_buf.get())
            m_sink(QByteArrayView(m_buf.get(), m_p - m_buf.get()));
        m_p = m_buf.get();
    }

private:
    static constexpr qsizetype kChunk = 64 * 1024; ///< handed to the sink when this is full
    static constexpr qsizetype kSize = kChunk + 1024;
    /** Makes room for @p n more bytes (n <= 1024). */
    void room(qsizetype n)
    {
        if (m_p - m_buf.get() + n > kChunk)
            flush();
    }

    const std::function<void(QByteArrayView)> &m_sink;
    std::unique_ptr<char[]> m_buf;
    char *m_p;
    char *m_end;
};

/**
 * Copies the units at the start of [p, stop) that stand for themselves in a JSON string
 * (printable ASCII other than quote and backslash) to @p out as bytes, eight at a time where
 * SSE2 is there; how many. Writes up to eight bytes past them (@p out has the room).
 */
qsizetype plainRun(const char16_t *p, const char16_t *stop, char *out)
{
    qsizetype n = 0;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi16(u'"');
    const __m128i backslash = _mm_set1_epi16(u'\\');
    while (stop - p - n >= 8) {
        const __m128i v = unitscan::load(p + n);
        _mm_storel_epi64(reinterpret_cast<__m128i *>(out + n), _mm_packus_epi16(v, v));
        // escaped: a control character, outside ASCII, a quote or a backslash
        const int mask = (~unitscan::inRangeMask(v, 0x20, 0x80) & 0xffff)
                         | _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi16(v, quote),
                                                          _mm_cmpeq_epi16(v, backslash)));
        if (mask != 0)
            return n + (__builtin_ctz(unsigned(mask)) >> 1);
        n += 8;
    }
#endif
    while (p + n != stop && p[n] >= 0x20 && p[n] < 0x80 && p[n] != u'"' && p[n] != u'\\') {
        out[n] = char(p[n]);
        ++n;
    }
    return n;
}

void JsonWriter::string(QStringView s)
{
    static constexpr char hex[] = "0123456789abcdef";
    room(1);
    *m_p++ = '"';
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    while (p != end) {
        // at most 170 units at a time: each takes up to 6 bytes, within the 1024 spare
        room(1020);
        const char16_t *const stop = end - p > 170 ? p + 170 : end;
        char *out = m_p;
        while (p != stop) {
            const qsizetype plain = plainRun(p, stop, out);
            p += plain;
            out += plain;
            if (p == stop)
                break;
            const char16_t u = *p;
            if (u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\') {
                *out++ = char(u);
                ++p;
                continue;
            }
            ++p;
            if (u < 0x80) {
                *out++ = '\\';
                switch (u) {
                case u'"': *out++ = '"'; break;
                case u'\\': *out++ = '\\'; break;
                case 0x08: *out++ = 'b'; break;
                case 0x0c: *out++ = 'f'; break;
                case 0x0a: *out++ = 'n'; break;
                case 0x0d: *out++ = 'r'; break;
                case 0x09: *out++ = 't'; break;
                default:
                    *out++ = 'u';
                    *out++ = '0';
                    *out++ = '0';
                    *out++ = hex[u >> 4];
                    *out++ = hex[u & 0xf];
                    break;
                }
            } else if (u < 0x800) {
                *out++ = char(0xc0 | (u >> 6));
                *out++ = char(0x80 | (u & 0x3f));
            } else if (!QChar::isSurrogate(u)) {
                *out++ = char(0xe0 | (u >> 12));
                *out++ = char(0x80 | ((u >> 6) & 0x3f));
                *out++ = char(0x80 | (u & 0x3f));
            } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
                // the pair may straddle the 170-unit stop: at most one unit more, 4 bytes
                const char32_t c = QChar::surrogateToUcs4(u, *p++);
                *out++ = char(0xf0 | (c >> 18));
                *out++ = char(0x80 | ((c >> 12) & 0x3f));
                *out++ = char(0x80 | ((c >> 6) & 0x3f));
                *out++ = char(0x80 | (c & 0x3f));
                if (p > stop)
                    break;
            } else {
                *out++ = '\\';
                *out++ = 'u';
                *out++ = hex[(u >> 12) & 0xf];
                *out++ = hex[(u >> 8) & 0xf];
                *out++ = hex[(u >> 4) & 0xf];
                *out++ = hex[u & 0xf];
            }
        }
        m_p = out;
    }
    room(1);
    *m_p++ = '"';
}

/** An Article as the analysis JSON, its keys sorted (the order QJsonObject gives them). */
class ArticleWriter
{
public:
    ArticleWriter(const Article &a, const std::function<void(QByteArrayView)> &sink)
        : m_a(a), m_doc(a.document), m_w(sink)
    {
    }

    void write();

private:
    qint64 cp(qsizetype utf16) const { return static_cast<qint64>(m_doc.toCodePoint(utf16)); }
    /** "end" and "start", the last keys of an object. */
    void span(const Span &s)
    {
        m_w.key("end");
        m_w.number(cp(s.end));
        m_w.field("start");
        m_w.number(cp(s.start));
    }
    void spanObject(const Span &s)
    {
        m_w.raw("{");
        span(s);
        m_w.raw("}");
    }
    void spanOrNull(const Span &s)
    {
        if (s.isEmpty())
            m_w.null();
        else
            spanObject(s);
    }
    void entityRef(int index, bool name)
    {
        if (index < 0 || index >= m_a.entities.size())
            m_w.null();
        else
            m_w.string(name ? m_a.entities[index].name : m_a.entities[index].id);
    }
    template<typename Items, typename Item>
    void list(const Items &items, Item item)
    {
        m_w.raw("[");
        bool first = true;
        for (const auto &x : items) {
            if (!first)
                m_w.raw(",");
            first = false;
            item(x);
        }
        m_w.raw("]");
    }
    void strings(const QStringList &l)
    {
        list(l, [this](const QString &s) { m_w.string(s); });
    }
    void claim(const Claim &c);
    void document();
    void entity(const Entity &e);
    void quote(const Quote &q);
    void sentence(const Sentence &s);

    const Article &m_a;
    const Document &m_doc;
    QString m_claimText; ///< the words of a claim that do not read as they stand
    JsonWriter m_w;
};

void ArticleWriter::write()
{
    m_w.raw("{");
    m_w.key("claims");
    list(m_a.claims, [this](const Claim &c) { claim(c); });
    m_w.field("document");
    document();
    m_w.raw(",");
    m_w.key("entities");
    list(m_a.entities, [this](const Entity &e) { entity(e); });
    m_w.field("paragraphs");
    list(m_a.paragraphs, [this](const Paragraph &p) { spanObject(p.span); });
    m_w.field("quotes");
    list(m_a.quotes, [this](const Quote &q) { quote(q); });
    m_w.field("schema");
    m_w.string(u"gloss-analysis/1");
    m_w.field("sentences");
    list(m_a.sentences, [this](const Sentence &s) { sentence(s); });
    m_w.field("warnings");
    strings(m_a.warnings);
    m_w.raw("}");
}

void ArticleWriter::claim(const Claim &c)
{
    m_w.raw("{");
    m_w.key("cue");
    m_w.nullable(m_a.viewOf(c.cueSpan));
    m_w.field("cue_span");
    spanOrNull(c.cueSpan);
    m_w.field("end");
    m_w.number(cp(c.span.end));
    m_w.field("id");
    m_w.string(c.id);
    m_w.field("kind");
    m_w.string(claimKindName(c.kind));
    m_w.field("quotes");
    m_w.raw("[");
    bool first = true;
    for (int qi : c.quotes) {
        if (qi < 0 || qi >= m_a.quotes.size())
            continue;
        if (!first)
            m_w.raw(",");
        first = false;
        m_w.string(m_a.quotes[qi].id);
    }
    m_w.raw("],");
    m_w.key("source");
    entityRef(c.source, false);
    m_w.field("source_mention");
    spanOrNull(c.sourceMention);
    m_w.field("source_name");
    entityRef(c.source, true);
    m_w.field("start");
    m_w.number(cp(c.span.start));
    m_w.field("text");
    m_w.string(m_a.viewOf(c, m_claimText));
    m_w.raw("}");
}

void ArticleWriter::document()
{
    m_w.raw("{");
    m_w.key("byline");
    m_w.nullable(m_a.byline);
    m_w.field("dateline");
    m_w.nullable(m_a.dateline);
    m_w.field("format");
    m_w.string(m_doc.format);
    m_w.field("length");
    m_w.number(static_cast<qint64>(m_doc.codePointLength()));
    m_w.field("limited");
    m_w.boolean(m_a.limited);
    m_w.field("sha256");
    m_w.string(QString::fromLatin1(m_doc.sha256()));
    m_w.field("source");
    m_w.string(m_doc.source());
    m_w.field("text");
    m_w.string(m_doc.text());
    m_w.field("title");
    m_w.nullable(m_a.title);
    m_w.raw("}");
}

void ArticleWriter::entity(const Entity &e)
{
    m_w.raw("{");
    m_w.key("aliases");
    strings(e.aliases);
    m_w.field("id");
    m_w.string(e.id);
    m_w.field("mentions");
    list(e.mentions, [this](const Span &m) { spanObject(m); });
    m_w.field("name");
    m_w.string(e.name);
    m_w.field("type");
    m_w.string(entityTypeName(e.type));
    m_w.raw("}");
}

void ArticleWriter::quote(const Quote &q)
{
    m_w.raw("{");
    m_w.key("cue");
    m_w.nullable(m_a.viewOf(q.cueSpan));
    m_w.field("cue_span");
    spanOrNull(q.cueSpan);
    m_w.field("end");
    m_w.number(cp(q.span.end));
    m_w.field("id");
    m_w.string(q.id);
    m_w.field("kind");
    m_w.string(quoteKindName(q.kind));
    m_w.field("paragraph");
    m_w.number(q.paragraph);
    m_w.field("parent");
    if (q.parent >= 0 && q.parent < m_a.quotes.size())
        m_w.string(m_a.quotes[q.parent].id);
    else
        m_w.null();
    m_w.field("speaker");
    entityRef(q.speaker, false);
    m_w.field("speaker_mention");
    spanOrNull(q.speakerMention);
    m_w.field("speaker_name");
    entityRef(q.speaker, true);
    m_w.field("start");
    m_w.number(cp(q.span.start));
    m_w.field("text");
    m_w.string(m_a.viewOf(q));
    m_w.field("via");
    entityRef(q.via, false);
    m_w.raw("}");
}

void ArticleWriter::sentence(const Sentence &s)
{
    m_w.raw("{");
    m_w.key("end");
    m_w.number(cp(s.span.end));
    m_w.field("paragraph");
    m_w.number(s.paragraph);
    m_w.field("start");
    m_w.number(cp(s.span.start));
    m_w.raw("}");
}

} // namespace

void AnalysisJson::write(const Article &a, const std::function<void(QByteArrayView)> &sink)
{
    ArticleWriter(a, sink).write();
}

QByteArray AnalysisJson::toBytes(const Article &article)
{
    QByteArray out;
    write(article, [&out](QByteArrayView chunk) { out.append(chunk); });
    return out;
}

} // namespace gloss
