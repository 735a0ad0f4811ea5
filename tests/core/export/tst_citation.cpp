// Citation: a quote or claim with where it comes from, as plain text and Markdown.
#include "export/Citation.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace gloss;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(gloss::Citation::Source)

namespace {

const QDateTime kPublished(QDate(2026, 11, 28), QTime(6, 30), QTimeZone::UTC);

Citation::Source full()
{
    Citation::Source s;
    s.text = u"We are not going to hand the promenade back to the sea,"_s;
    s.speaker = u"Alys Pritchard"_s;
    s.title = u"Portmere votes for a taller wall"_s;
    s.site = u"Example News"_s;
    s.published = kPublished;
    s.url = u"https://example.com/portmere"_s;
    return s;
}

/**
 * An article: headline, then "Ms Pritchard said: “We will build,” and “It is ‘final’.” Dr
 * Okafor added: “Keep raising it.”" and a last line "Ms Pritchard said the wall will be
 * built." — two speakers, one relayed quote, one claim (the last line's words).
 */
Article article()
{
    const QString text = u"Portmere votes for a taller wall\n\n"
                         "Ms Pritchard said: “We will build,” and “It is ‘final’.” "
                         "Dr Okafor added: “Keep raising it.”\n"
                         "Ms Pritchard said the wall will be built.\n"_s;
    Article a;
    a.document = Document(text, u"https://example.com/portmere"_s);
    a.document.metaSite = u"Example News"_s;
    a.document.metaDate = kPublished;
    a.title = u"Portmere votes for a taller wall"_s;
    Entity pritchard;
    pritchard.name = u"Alys Pritchard"_s;
    Entity okafor;
    okafor.name = u"Samuel Okafor"_s;
    a.entities = {pritchard, okafor};
    const auto quote = [&](const QString &words, int speaker, int via = -1) {
        Quote q;
        q.span.start = text.indexOf(words);
        q.span.end = q.span.start + words.size();
        q.speaker = speaker;
        q.via = via;
        a.quotes.append(q);
    };
    quote(u"We will build,"_s, 0);
    quote(u"It is ‘final’."_s, 0);
    quote(u"Keep raising it."_s, 1, 0);
    Claim c;
    const QString claimed = u"Ms Pritchard said the wall will be built"_s;
    c.span = {text.indexOf(claimed), text.indexOf(claimed) + claimed.size()};
    c.source = 0;
    a.claims.append(c);
    Claim unattributed;
    unattributed.span = {0, 8};
    a.claims.append(unattributed);
    return a;
}

} // namespace

class tst_Citation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainText_data();
    void plainText();
    void markdown_data();
    void markdown();
    void markdownRendersTheWords_data();
    void markdownRendersTheWords();
    void fromArticle_data();
    void fromArticle();
    void localeDate();
};

void tst_Citation::plainText_data()
{
    QTest::addColumn<Citation::Source>("source");
    QTest::addColumn<QString>("expected");
    const QString attribution = u"— Alys Pritchard, “Portmere votes for a taller wall”, "
                                "Example News, 2026-11-28, https://example.com/portmere"_s;
    Citation::Source s = full();
    QTest::newRow("everything known")
        << s << u"“We are not going to hand the promenade back to the sea,”\n"_s + attribution;
    s = full();
    s.speaker.clear();
    QTest::newRow("no speaker")
        << s << u"“We are not going to hand the promenade back to the sea,”\n— “Portmere "
                "votes for a taller wall”, Example News, 2026-11-28, "
                "https://example.com/portmere"_s;
    s = full();
    s.title.clear();
    s.site.clear();
    QTest::newRow("no title nor site")
        << s << u"“We are not going to hand the promenade back to the sea,”\n— Alys Pritchard,"
                " 2026-11-28, https://example.com/portmere"_s;
    s = full();
    s.published = {};
    s.url.clear();
    QTest::newRow("no date nor address")
        << s << u"“We are not going to hand the promenade back to the sea,”\n— Alys Pritchard,"
                " “Portmere votes for a taller wall”, Example News"_s;
    Citation::Source words;
    words.text = u"Only the words."_s;
    QTest::newRow("only the words") << words << u"“Only the words.”"_s;
    Citation::Source none = full();
    none.text.clear();
    QTest::newRow("no words: the source alone") << none << attribution;
    s = full();
    s.text = u"She told me, “I want a house that doesn't flood,” and left."_s;
    QTest::newRow("inner curly double quotes become single")
        << s << u"“She told me, ‘I want a house that doesn't flood,’ and left.”\n"_s + attribution;
    s.text = u"He called it \"a quick fix\" and \"nonsense\"."_s;
    QTest::newRow("inner straight quotes become curly single")
        << s << u"“He called it ‘a quick fix’ and ‘nonsense’.”\n"_s + attribution;
    s.text = u"“Already in quote marks,”"_s;
    QTest::newRow("outer marks not doubled")
        << s << u"“Already in quote marks,”\n"_s + attribution;
    s.text = u"  First paragraph   of it.\n\n  Second  one. "_s;
    QTest::newRow("paragraphs kept, spaces simplified")
        << s << u"“First paragraph of it.\nSecond one.”\n"_s + attribution;
    s = full();
    s.via = u"Gareth Lewis"_s;
    QTest::newRow("a relaying source")
        << s << u"“We are not going to hand the promenade back to the sea,”\n— Alys Pritchard"
                " (via Gareth Lewis), “Portmere votes for a taller wall”, Example News, "
                "2026-11-28, https://example.com/portmere"_s;
    s = full();
    s.title = u"Council says \"no\" to “wetland”"_s;
    QTest::newRow("quote marks in the title")
        << s << u"“We are not going to hand the promenade back to the sea,”\n— Alys Pritchard,"
                " “Council says ‘no’ to ‘wetland’”, Example News, 2026-11-28, "
                "https://example.com/portmere"_s;
}

void tst_Citation::plainText()
{
    QFETCH(Citation::Source, source);
    QFETCH(QString, expected);
    QCOMPARE(Citation::plainText(source), expected);
}

void tst_Citation::markdown_data()
{
    QTest::addColumn<Citation::Source>("source");
    QTest::addColumn<QString>("expected");
    const QString attribution = u"— Alys Pritchard, [Portmere votes for a taller wall]"
                                "(https://example.com/portmere), *Example News*, 2026-11-28\n"_s;
    Citation::Source s = full();
    QTest::newRow("everything known")
        << s
        << u"> We are not going to hand the promenade back to the sea,\n>\n> "_s + attribution;
    s.text = u"Profits rose 5% *again* to £2m — see [1] and <b>_this_</b> #1"_s;
    QTest::newRow("markup in the words is escaped")
        << s << u"> Profits rose 5\\% \\*again\\* to £2m — see \\[1\\] and \\<b\\>\\_this\\_"
                "\\</b\\> \\#1\n>\n> "_s + attribution;
    s.text = u"1. not a list\n- nor this\n# nor a heading"_s;
    QTest::newRow("lines that would start blocks")
        << s << u"> 1\\. not a list\\\n> \\- nor this\\\n> \\# nor a heading\n>\n> "_s
                    + attribution;
    s.text = u"First paragraph.\n\nSecond paragraph."_s;
    QTest::newRow("paragraphs stay in the block quote")
        << s << u"> First paragraph.\n>\n> Second paragraph.\n>\n> "_s + attribution;
    s.text = u"She said “no” and \"never\"."_s;
    QTest::newRow("quote marks kept as written")
        << s << u"> She said “no” and \"never\".\n>\n> "_s + attribution;
    s = full();
    s.speaker = u"A*B_C"_s;
    s.site = u"[Site]"_s;
    s.title = u"Title with ] and ["_s;
    QTest::newRow("markup in speaker, title and site")
        << s << u"> We are not going to hand the promenade back to the sea,\n>\n> — A\\*B\\_C, "
                "[Title with \\] and \\[](https://example.com/portmere), *\\[Site\\]*, "
                "2026-11-28\n"_s;
    s = full();
    s.url = u"https://example.com/a_(b)"_s;
    QTest::newRow("parentheses in the address")
        << s << u"> We are not going to hand the promenade back to the sea,\n>\n> — Alys "
                "Pritchard, [Portmere votes for a taller wall](<https://example.com/a_(b)>), "
                "*Example News*, 2026-11-28\n"_s;
    s = full();
    s.title.clear();
    QTest::newRow("no title: the address as a link")
        << s << u"> We are not going to hand the promenade back to the sea,\n>\n> — Alys "
                "Pritchard, *Example News*, 2026-11-28, <https://example.com/portmere>\n"_s;
    s = full();
    s.url.clear();
    s.site.clear();
    s.published = {};
    QTest::newRow("no address: the title in quote marks")
        << s << u"> We are not going to hand the promenade back to the sea,\n>\n> — Alys "
                "Pritchard, “Portmere votes for a taller wall”\n"_s;
    Citation::Source words;
    words.text = u"Only the words."_s;
    QTest::newRow("only the words") << words << u"> Only the words.\n"_s;
    s = full();
    s.url = u"javascript:alert(1)"_s;
    s.title.clear();
    QTest::newRow("an address that is no web link stays text")
        << s << u"> We are not going to hand the promenade back to the sea,\n>\n> — Alys "
                "Pritchard, *Example News*, 2026-11-28, javascript:alert(1)\n"_s;
}

void tst_Citation::markdown()
{
    QFETCH(Citation::Source, source);
    QFETCH(QString, expected);
    QCOMPARE(Citation::markdown(source), expected);
}

void tst_Citation::markdownRendersTheWords_data()
{
    QTest::addColumn<QString>("words");
    QTest::newRow("specials") << u"5% *again* [1] <b>_x_</b> a|b ~c~ `code` \\ & #1"_s;
    QTest::newRow("line starts") << u"1. one\n+ two\n> three\n    four"_s;
    QTest::newRow("quote marks") << u"She said “no” and \"never\" and ‘maybe’."_s;
}

void tst_Citation::markdownRendersTheWords()
{
    QFETCH(QString, words);
    const QString cmark = QStandardPaths::findExecutable(u"cmark"_s);
    if (cmark.isEmpty())
        QSKIP("cmark is not installed (it is in the build root: run scripts/test)");
    Citation::Source s = full();
    s.text = words;
    QProcess p;
    p.start(cmark, {u"--unsafe"_s});
    p.write(Citation::markdown(s).toUtf8());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    QString html = QString::fromUtf8(p.readAllStandardOutput());
    // one block quote, no other blocks inside (no list, heading or code)
    QCOMPARE(html.count(u"<blockquote>"_s), 1);
    const QString wordsHtml = html.left(html.indexOf(u"</p>"_s)); // the attribution follows
    for (const QString &tag : {u"<ol"_s, u"<ul"_s, u"<h1"_s, u"<pre"_s, u"<em>"_s, u"<code"_s,
                               u"<b>"_s, u"<a "_s, u"<del"_s})
        QVERIFY2(!wordsHtml.contains(tag), qPrintable(html));
    QVERIFY(html.contains(u"<a href=\"https://example.com/portmere\">"_s));
    // the text (tags removed, entities decoded) holds the words
    html.remove(QRegularExpression(u"<[^>]*>"_s));
    html.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    html.replace(u"&amp;"_s, u"&"_s);
    const QString flat = html.simplified();
    for (const QString &line : words.split(u'\n'))
        QVERIFY2(flat.contains(line.simplified()), qPrintable(flat));
}

void tst_Citation::fromArticle_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("item");
    QTest::addColumn<QString>("expected");
    const QString source = u"“Portmere votes for a taller wall”, Example News, 2026-11-28, "
                           "https://example.com/portmere"_s;
    QTest::newRow("a quote") << u"quote"_s << 0
                             << u"“We will build,”\n— Alys Pritchard, "_s + source;
    QTest::newRow("a quote with single marks inside")
        << u"quote"_s << 1 << u"“It is ‘final’.”\n— Alys Pritchard, "_s + source;
    QTest::newRow("a relayed quote")
        << u"quote"_s << 2 << u"“Keep raising it.”\n— Samuel Okafor (via Alys Pritchard), "_s
                                  + source;
    QTest::newRow("a quote that is not there") << u"quote"_s << 7 << QString();
    QTest::newRow("a claim with its source")
        << u"claim"_s << 0 << u"“Ms Pritchard said the wall will be built”\n— Alys Pritchard, "_s
                                  + source;
    QTest::newRow("an unattributed claim without text: its span")
        << u"claim"_s << 1 << u"“Portmere”\n— "_s + source;
    QTest::newRow("a claim that is not there") << u"claim"_s << -1 << QString();
    QTest::newRow("a selection inside a quote: its speaker")
        << u"span:will build"_s << 0 << u"“will build”\n— Alys Pritchard, "_s + source;
    QTest::newRow("a selection across quotes: no speaker")
        << u"span:build,” and “It"_s << 0 << u"“build,’ and ‘It”\n— "_s + source;
    QTest::newRow("a selection outside quotes")
        << u"span:Dr Okafor added"_s << 0 << u"“Dr Okafor added”\n— "_s + source;
}

void tst_Citation::fromArticle()
{
    QFETCH(QString, what);
    QFETCH(int, item);
    QFETCH(QString, expected);
    const Article a = article();
    Citation::Source s;
    if (what == u"quote") {
        s = Citation::forQuote(a, item);
    } else if (what == u"claim") {
        s = Citation::forClaim(a, item);
    } else {
        const QString words = what.mid(5);
        const qsizetype at = a.document.text().indexOf(words);
        QVERIFY(at >= 0);
        s = Citation::forSpan(a, {at, at + words.size()});
    }
    QCOMPARE(s.text.isEmpty() ? QString() : Citation::plainText(s), expected);
}

void tst_Citation::localeDate()
{
    QCOMPARE(Citation::date(kPublished), u"2026-11-28"_s);
    QCOMPARE(Citation::date({}), QString());
    const QString german = Citation::date(kPublished, QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(german.contains(u"28. November 2026"_s), qPrintable(german));
}

QTEST_GUILESS_MAIN(tst_Citation)
#include "tst_citation.moc"
