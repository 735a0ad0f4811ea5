#include "MarkdownReader.h"
#include "text/Nfc.h"

#include <QDateTime>
#include <QTimeZone>

#include <md4c.h>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

/** The named entities news text uses; others are kept as written. */
constexpr std::pair<const char *, char16_t> kEntities[] = {
    {"amp", u'&'},     {"lt", u'<'},       {"gt", u'>'},       {"quot", u'"'},
    {"apos", u'\''},   {"nbsp", 0x00A0},   {"ndash", 0x2013},  {"mdash", 0x2014},
    {"hellip", 0x2026}, {"lsquo", 0x2018}, {"rsquo", 0x2019},  {"sbquo", 0x201A},
    {"ldquo", 0x201C}, {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"laquo", 0x00AB},
    {"raquo", 0x00BB}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"copy", 0x00A9},
    {"reg", 0x00AE},   {"trade", 0x2122},  {"euro", 0x20AC},   {"pound", 0x00A3},
    {"yen", 0x00A5},   {"cent", 0x00A2},   {"deg", 0x00B0},    {"plusmn", 0x00B1},
    {"times", 0x00D7}, {"divide", 0x00F7}, {"frac12", 0x00BD}, {"frac14", 0x00BC},
    {"frac34", 0x00BE}, {"sect", 0x00A7},  {"para", 0x00B6},   {"middot", 0x00B7},
    {"bull", 0x2022},  {"prime", 0x2032},  {"Prime", 0x2033},  {"shy", 0x00AD},
    {"thinsp", 0x2009}, {"ensp", 0x2002},  {"emsp", 0x2003},   {"zwj", 0x200D},
    {"zwnj", 0x200C},  {"eacute", 0x00E9}, {"Eacute", 0x00C9}, {"egrave", 0x00E8},
    {"aacute", 0x00E1}, {"agrave", 0x00E0}, {"iacute", 0x00ED}, {"oacute", 0x00F3},
    {"uacute", 0x00FA}, {"ntilde", 0x00F1}, {"ccedil", 0x00E7}, {"auml", 0x00E4},
    {"ouml", 0x00F6},  {"uuml", 0x00FC},   {"Auml", 0x00C4},   {"Ouml", 0x00D6},
    {"Uuml", 0x00DC},  {"szlig", 0x00DF},  {"oslash", 0x00F8}, {"aring", 0x00E5},
};

struct Reader
{
    QString out;
    QList<Document::Block> blocks;
    QString leaf;                ///< text of the block being read
    bool open = false;           ///< a leaf block is being read
    bool kindSet = false;        ///< the leaf is recorded as a Document::Block
    Document::Block::Kind kind = Document::Block::Heading;
    int level = 0;
    int quoteDepth = 0;
    int imageDepth = 0;
    int htmlBlockDepth = 0;
    int cell = 0;
    /** The lists the reader is in, innermost last. */
    struct List
    {
        bool ordered = false;
        unsigned next = 1; ///< the number of the next item (ordered)
        char delimiter = '.';
    };
    QList<List> lists;
    /** The marker of the list item being read ("• ", "2. "), put before its text. */
    QString marker;

    /** The marker of the next item of the innermost list: "•" (nested "◦") or its number. */
    QString nextMarker()
    {
        if (lists.isEmpty())
            return {};
        List &list = lists.last();
        if (list.ordered)
            return QString::number(list.next++) + QLatin1Char(list.delimiter) + u' ';
        return lists.size() == 1 ? u"\u2022 "_s : u"\u25E6 "_s;
    }

    void begin(bool record, Document::Block::Kind k = Document::Block::Heading, int lvl = 0)
    {
        close();
        open = true;
        kindSet = record;
        kind = k;
        level = lvl;
        leaf.clear();
    }

    void close()
    {
        if (!open)
            return;
        open = false;
        QString text = leaf.trimmed();
        leaf.clear();
        const QString itemMarker = std::exchange(marker, QString());
        if (text.isEmpty())
            return;
        // no blank line inside a block: blank lines separate paragraphs
        qsizetype w = 0;
        for (qsizetype r = 0; r < text.size(); ++r) {
            if (text[r] == u'\n') {
                while (w > 0 && (text[w - 1] == u' ' || text[w - 1] == u'\t'))
                    --w;
                if (w > 0 && text[w - 1] == u'\n')
                    continue;
            }
            text[w++] = text[r];
        }
        text.truncate(w);
        text = itemMarker + toNfc(text); // a list item shows its bullet or number
        if (!out.isEmpty())
            out += u"\n\n"_s;
        const qsizetype start = out.size();
        out += text;
        if (kindSet)
            blocks.append({kind, level, start, out.size()});
        else if (quoteDepth > 0)
            blocks.append({Document::Block::BlockQuote, 0, start, out.size()});
    }

    void append(QStringView text)
    {
        if (!open)
            begin(quoteDepth > 0, Document::Block::BlockQuote);
        leaf += text;
    }
};

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto *r = static_cast<Reader *>(userdata);
    switch (type) {
    case MD_BLOCK_QUOTE:
        r->close();
        ++r->quoteDepth;
        break;
    case MD_BLOCK_UL:
        r->close();
        r->lists.append(Reader::List{});
        break;
    case MD_BLOCK_OL: {
        const auto *ol = static_cast<MD_BLOCK_OL_DETAIL *>(detail);
        r->close();
        r->lists.append(Reader::List{true, ol->start, ol->mark_delimiter == ')' ? ')' : '.'});
        break;
    }
    case MD_BLOCK_LI:
        r->begin(true, Document::Block::ListItem);
        r->marker = r->nextMarker();
        break;
    case MD_BLOCK_H:
        r->begin(true, Document::Block::Heading,
                 static_cast<int>(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level));
        break;
    case MD_BLOCK_CODE:
        r->begin(true, Document::Block::Code);
        break;
    case MD_BLOCK_HTML:
        r->close();
        ++r->htmlBlockDepth;
        break;
    case MD_BLOCK_P: {
        // a paragraph of a loose list item is still that item
        const bool inItem = r->open && r->kindSet && r->kind == Document::Block::ListItem
                            && r->leaf.trimmed().isEmpty();
        if (inItem)
            break;
        r->begin(r->quoteDepth > 0, Document::Block::BlockQuote);
        break;
    }
    case MD_BLOCK_TR:
        r->begin(true, Document::Block::TableRow);
        r->cell = 0;
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        if (r->cell++ > 0)
            r->append(u"\t");
        break;
    case MD_BLOCK_DOC:
        break;
    default: // lists, tables, rules: boundaries only
        r->close();
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *r = static_cast<Reader *>(userdata);
    switch (type) {
    case MD_BLOCK_QUOTE:
        r->close();
        --r->quoteDepth;
        break;
    case MD_BLOCK_HTML:
        --r->htmlBlockDepth;
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        r->close();
        if (!r->lists.isEmpty())
            r->lists.removeLast();
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        break;
    default:
        r->close();
        break;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *, void *userdata)
{
    if (type == MD_SPAN_IMG)
        ++static_cast<Reader *>(userdata)->imageDepth;
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
{
    if (type == MD_SPAN_IMG)
        --static_cast<Reader *>(userdata)->imageDepth;
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *r = static_cast<Reader *>(userdata);
    if (r->htmlBlockDepth > 0 || r->imageDepth > 0)
        return 0;
    const QUtf8StringView chunk(text, qsizetype(size));
    switch (type) {
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_LATEXMATH:
        r->append(chunk.toString());
        break;
    case MD_TEXT_NULLCHAR:
        r->append(u"\uFFFD");
        break;
    case MD_TEXT_BR:
        r->append(u"\n");
        break;
    case MD_TEXT_SOFTBR:
        r->append(u" ");
        break;
    case MD_TEXT_ENTITY:
        r->append(MarkdownReader::decodeEntity(chunk.toString()));
        break;
    case MD_TEXT_HTML:
        break;
    }
    return 0;
}

/** Removes a YAML front matter block from @p text and fills the document's metadata. */
void readFrontMatter(QString &text, Document &meta)
{
    if (!text.startsWith(u"---\n"_s))
        return;
    constexpr qsizetype kLongest = 64 * 1024;
    qsizetype end = -1, after = -1;
    for (qsizetype pos = 4; pos < std::min(text.size(), kLongest);) {
        qsizetype eol = text.indexOf(u'\n', pos);
        if (eol < 0)
            eol = text.size();
        const QStringView line = QStringView(text).sliced(pos, eol - pos).trimmed();
        if (line == u"---" || line == u"...") {
            end = pos;
            after = std::min(eol + 1, text.size());
            break;
        }
        pos = eol + 1;
    }
    if (end < 0)
        return;
    const QStringView head = QStringView(text).sliced(4, end - 4);
    for (const QStringView line : head.tokenize(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0 || line.front().isSpace())
            continue;
        const QString key = line.first(colon).trimmed().toString().toLower();
        QString value = line.sliced(colon + 1).trimmed().toString();
        if (value.size() >= 2
            && ((value.front() == u'"' && value.back() == u'"')
                || (value.front() == u'\'' && value.back() == u'\'')))
            value = value.sliced(1, value.size() - 2);
        if (value.isEmpty())
            continue;
        if (key == u"title" || key == u"headline")
            meta.metaTitle = value;
        else if (key == u"author" || key == u"authors" || key == u"byline")
            meta.metaAuthor = value;
        else if (key == u"url" || key == u"link" || key == u"canonical")
            meta.metaUrl = value;
        else if (key == u"site" || key == u"source" || key == u"publisher" || key == u"site_name")
            meta.metaSite = value;
        else if (key == u"date" || key == u"published" || key == u"pubdate") {
            QDateTime date = QDateTime::fromString(value, Qt::ISODate);
            if (!date.isValid())
                date = QDate::fromString(value, Qt::ISODate).startOfDay(QTimeZone::UTC);
            meta.metaDate = date;
        }
    }
    text.remove(0, after);
}

} // namespace

QString MarkdownReader::decodeEntity(QStringView entity)
{
    if (entity.size() < 3 || entity.front() != u'&' || entity.back() != u';')
        return entity.toString();
    const QStringView name = entity.sliced(1, entity.size() - 2);
    if (name.front() == u'#') {
        bool ok = false;
        const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
        const uint cp = name.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok)
            return entity.toString();
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return QString(QChar(0xFFFD));
        const char32_t c = cp;
        return QString::fromUcs4(&c, 1);
    }
    for (const auto &[n, c] : kEntities) {
        if (name == QLatin1StringView(n))
            return QString(QChar(c));
    }
    return entity.toString();
}

Document MarkdownReader::toDocument(const QString &markdown, const QString &source)
{
    Document meta;
    QString text = markdown;
    readFrontMatter(text, meta);

    Reader reader;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_COLLAPSEWHITESPACE;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = onText;
    const QByteArray utf8 = text.toUtf8();
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &reader);
    reader.close();

    Document doc(std::move(reader.out), source);
    doc.format = u"markdown"_s;
    doc.blocks = std::move(reader.blocks);
    doc.copyMetadata(meta);
    return doc;
}

} // namespace gloss
