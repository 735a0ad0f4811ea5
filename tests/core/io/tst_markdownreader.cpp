#include "io/MarkdownReader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gloss::Document;
using gloss::MarkdownReader;

namespace {

QString kindName(Document::Block::Kind kind)
{
    switch (kind) {
    case Document::Block::Heading: return u"h"_s;
    case Document::Block::BlockQuote: return u"quote"_s;
    case Document::Block::ListItem: return u"li"_s;
    case Document::Block::Code: return u"code"_s;
    case Document::Block::TableRow: return u"tr"_s;
    }
    return {};
}

/** "kind[level]|text" of every block. */
QStringList blocks(const Document &doc)
{
    QStringList out;
    for (const auto &b : doc.blocks) {
        out.append(kindName(b.kind) + (b.level > 0 ? QString::number(b.level) : QString()) + u'|'
                   + doc.text().mid(b.start, b.end - b.start));
    }
    return out;
}

} // namespace

class tst_MarkdownReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void converts_data();
    void converts();
    void frontMatter();
    void entities_data();
    void entities();
};

void tst_MarkdownReader::converts_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("blocks");

    QTest::newRow("headings and inline markup")
        << u"# Town votes\n\nSome *emphasis*, **strong** and [a link](http://example.org).\n\n"
           u"## What next\n\nMore `code` here."_s
        << u"Town votes\n\nSome emphasis, strong and a link.\n\nWhat next\n\nMore code here."_s
        << QStringList{u"h1|Town votes"_s, u"h2|What next"_s};
    QTest::newRow("setext heading") << u"Town votes\n==========\n\nBody.\n"_s
                                    << u"Town votes\n\nBody."_s << QStringList{u"h1|Town votes"_s};
    QTest::newRow("soft breaks join lines") << u"Line one\nline two\nline three."_s
                                            << u"Line one line two line three."_s << QStringList{};
    QTest::newRow("hard break") << u"Line one  \nline two"_s << u"Line one\nline two"_s
                                << QStringList{};
    QTest::newRow("block quote") << u"Before.\n\n> A quoted\n> passage.\n>\n> Second part.\n\nAfter."_s
                                 << u"Before.\n\nA quoted passage.\n\nSecond part.\n\nAfter."_s
                                 << QStringList{u"quote|A quoted passage."_s,
                                                u"quote|Second part."_s};
    // list items keep their markers in the text shown: bullets, nested bullets, numbers
    QTest::newRow("tight list") << u"Intro:\n\n- one\n- two\n\nEnd."_s
                                << u"Intro:\n\n\u2022 one\n\n\u2022 two\n\nEnd."_s
                                << QStringList{u"li|\u2022 one"_s, u"li|\u2022 two"_s};
    QTest::newRow("loose list") << u"- one\n\n- two\n\n  still two\n"_s
                                << u"\u2022 one\n\n\u2022 two\n\nstill two"_s
                                << QStringList{u"li|\u2022 one"_s, u"li|\u2022 two"_s};
    QTest::newRow("nested list") << u"1. first\n   - inner\n2. second\n"_s
                                 << u"1. first\n\n\u25E6 inner\n\n2. second"_s
                                 << QStringList{u"li|1. first"_s, u"li|\u25E6 inner"_s,
                                                u"li|2. second"_s};
    QTest::newRow("ordered list from 7, with parentheses")
        << u"7) seven\n8) eight\n\n* star\n+ plus\n"_s
        << u"7) seven\n\n8) eight\n\n\u2022 star\n\n\u2022 plus"_s
        << QStringList{u"li|7) seven"_s, u"li|8) eight"_s, u"li|\u2022 star"_s,
                       u"li|\u2022 plus"_s};
    QTest::newRow("empty list item") << u"- \n- two\n"_s << u"\u2022 two"_s
                                     << QStringList{u"li|\u2022 two"_s};
    QTest::newRow("fenced code with a blank line") << u"```\nx = 1\n\ny = 2\n```\n"_s
                                                   << u"x = 1\ny = 2"_s
                                                   << QStringList{u"code|x = 1\ny = 2"_s};
    // code keeps its text, quotes and all (the Analyzer does not read it as prose)
    QTest::newRow("tilde fence")
        << u"Before.\n\n~~~\nprint(\"Hi,\" said Nobody)\n~~~\n\nAfter."_s
        << u"Before.\n\nprint(\"Hi,\" said Nobody)\n\nAfter."_s
        << QStringList{u"code|print(\"Hi,\" said Nobody)"_s};
    QTest::newRow("indented code")
        << u"Before.\n\n    \"Hi,\" said Nobody.\n    x = 1\n\nAfter."_s
        << u"Before.\n\n\"Hi,\" said Nobody.\nx = 1\n\nAfter."_s
        << QStringList{u"code|\"Hi,\" said Nobody.\nx = 1"_s};
    QTest::newRow("image and raw html dropped")
        << u"![a photo](p.jpg)\n\nText <b>bold</b> end.\n\n<div>\nblock html\n</div>\n\nLast."_s
        << u"Text bold end.\n\nLast."_s << QStringList{};
    QTest::newRow("thematic break") << u"One.\n\n---\n\nTwo."_s << u"One.\n\nTwo."_s
                                    << QStringList{};
    QTest::newRow("table") << u"| a | b |\n|---|---|\n| 1 | 2 |\n"_s << u"a\tb\n\n1\t2"_s
                           << QStringList{u"tr|a\tb"_s, u"tr|1\t2"_s};
    QTest::newRow("strikethrough") << u"It was ~~wrong~~ right."_s << u"It was wrong right."_s
                                   << QStringList{};
    QTest::newRow("curly quotes and dashes")
        << u"\u201CWe stay,\u201D she said \u2014 firmly."_s
        << u"\u201CWe stay,\u201D she said \u2014 firmly."_s << QStringList{};
    QTest::newRow("escapes") << u"Not \\*emphasis\\* and 5 \\> 3."_s
                             << u"Not *emphasis* and 5 > 3."_s << QStringList{};
    QTest::newRow("empty") << QString() << QString() << QStringList{};
    QTest::newRow("only markup") << u"#\n\n---\n\n> \n"_s << QString() << QStringList{};
}

void tst_MarkdownReader::converts()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QFETCH(QStringList, blocks);
    const Document doc = MarkdownReader::toDocument(markdown, u"a.md"_s);
    QCOMPARE(doc.text(), text);
    QCOMPARE(::blocks(doc), blocks);
    QCOMPARE(doc.format, u"markdown"_s);
}

void tst_MarkdownReader::frontMatter()
{
    const Document doc = MarkdownReader::toDocument(
        u"---\ntitle: \"Town votes\"\nauthor: Jane Doe\ndate: 2024-03-05\n"
        u"url: https://example.org/a\nsite: Example News\ntags: [a, b]\n---\n\nBody text.\n"_s,
        u"a.md"_s);
    QCOMPARE(doc.text(), u"Body text."_s);
    QCOMPARE(doc.metaTitle, u"Town votes"_s);
    QCOMPARE(doc.metaAuthor, u"Jane Doe"_s);
    QCOMPARE(doc.metaUrl, u"https://example.org/a"_s);
    QCOMPARE(doc.metaSite, u"Example News"_s);
    QCOMPARE(doc.metaDate.date(), QDate(2024, 3, 5));

    // no closing line: not front matter, but a rule and a paragraph
    const Document open = MarkdownReader::toDocument(u"---\ntitle: x\n"_s, u"a.md"_s);
    QCOMPARE(open.metaTitle, QString());
}

void tst_MarkdownReader::entities_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("text");
    QTest::newRow("amp") << u"&amp;"_s << u"&"_s;
    QTest::newRow("rsquo") << u"&rsquo;"_s << u"\u2019"_s;
    QTest::newRow("decimal") << u"&#8220;"_s << u"\u201C"_s;
    QTest::newRow("hex") << u"&#x1F600;"_s << u"\U0001F600"_s;
    QTest::newRow("zero") << u"&#0;"_s << u"\uFFFD"_s;
    QTest::newRow("surrogate") << u"&#xD800;"_s << u"\uFFFD"_s;
    QTest::newRow("unknown") << u"&bogus;"_s << u"&bogus;"_s;
    QTest::newRow("in text") << u"Fish &amp; chips &mdash; &#8216;hot&#8217;"_s
                             << u"Fish & chips \u2014 \u2018hot\u2019"_s;
}

void tst_MarkdownReader::entities()
{
    QFETCH(QString, entity);
    QFETCH(QString, text);
    if (entity.count(u'&') == 1)
        QCOMPARE(MarkdownReader::decodeEntity(entity), text);
    QCOMPARE(MarkdownReader::toDocument(entity, u"a.md"_s).text(), text);
}

QTEST_GUILESS_MAIN(tst_MarkdownReader)
#include "tst_markdownreader.moc"
