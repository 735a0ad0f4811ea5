#include "text/Segmenter.h"

#include <QTest>

using namespace Qt::StringLiterals;

using gloss::Article;
using gloss::Document;
using gloss::ParagraphRole;
using gloss::Segmenter;
using gloss::Span;

namespace {

QString roleName(ParagraphRole role)
{
    switch (role) {
    case ParagraphRole::Body: return QStringLiteral("body");
    case ParagraphRole::Headline: return QStringLiteral("headline");
    case ParagraphRole::Dateline: return QStringLiteral("dateline");
    case ParagraphRole::Byline: return QStringLiteral("byline");
    case ParagraphRole::Heading: return QStringLiteral("heading");
    case ParagraphRole::BlockQuote: return QStringLiteral("blockquote");
    }
    return {};
}

Article segmented(const QString &text, const QString &format = QStringLiteral("text"),
                  const QList<Document::Block> &blocks = {})
{
    Article article;
    article.document = Document(text, QStringLiteral("test.txt"));
    article.document.format = format;
    article.document.blocks = blocks;
    Segmenter::segment(article);
    return article;
}

/** "role|text" of every paragraph. */
QStringList paragraphs(const Article &a)
{
    QStringList out;
    for (const auto &p : a.paragraphs)
        out.append(roleName(p.role) + u'|' + a.textOf(p.span));
    return out;
}

QStringList sentenceTexts(const QString &text)
{
    QStringList out;
    for (const Span &s : Segmenter::sentences(text, 0, text.size()))
        out.append(text.mid(s.start, s.length()));
    return out;
}

} // namespace

class tst_Segmenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentences_data();
    void sentences();
    void dateline_data();
    void dateline();
    void byline_data();
    void byline();
    void headline_data();
    void headline();
    void dateLine_data();
    void dateLine();
    void segment_data();
    void segment();
    void sentencesCoverParagraphs_data();
    void sentencesCoverParagraphs();
    void markdownBlocks();
    void metaTitleFallback();
    void datelineIsNotASentence();
    void longLine();
};

void tst_Segmenter::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const char16_t *text, QStringList expected) {
        QTest::newRow(name) << QString::fromUtf16(text) << expected;
    };
    row("two plain", u"The vote passed. Work starts soon.",
        {u"The vote passed."_s, u"Work starts soon."_s});
    row("U.S. inside", u"The U.S. economy grew fast. It slowed later.",
        {u"The U.S. economy grew fast."_s, u"It slowed later."_s});
    row("U.S. before name", u"He met U.S. President Jane Roe. They talked.",
        {u"He met U.S. President Jane Roe."_s, u"They talked."_s});
    row("U.S. at sentence end", u"He flew to the U.S. The talks began at once.",
        {u"He flew to the U.S."_s, u"The talks began at once."_s});
    row("Mr Mrs Dr", u"Mr. Hale met Mrs. Amos and Dr. Lund. They agreed.",
        {u"Mr. Hale met Mrs. Amos and Dr. Lund."_s, u"They agreed."_s});
    row("Feb. date", u"It opened on Feb. 5 in the capital. Sales rose.",
        {u"It opened on Feb. 5 in the capital."_s, u"Sales rose."_s});
    row("Sept. 11", u"After the Sept. 11 attacks, travel fell.",
        {u"After the Sept. 11 attacks, travel fell."_s});
    row("No. 10", u"He lives at No. 10 on the square. She does not.",
        {u"He lives at No. 10 on the square."_s, u"She does not."_s});
    row("No. as answer", u"He said No. Then he left.", {u"He said No."_s, u"Then he left."_s});
    row("St.", u"They met at St. Mary's church. It rained.",
        {u"They met at St. Mary's church."_s, u"It rained."_s});
    row("Inc. mid", u"Shares of Acme Inc. fell sharply.", {u"Shares of Acme Inc. fell sharply."_s});
    row("Inc. end", u"He joined Acme Inc. The firm grew.",
        {u"He joined Acme Inc."_s, u"The firm grew."_s});
    row("Ltd. before title", u"Brill Ltd. Chairman Ola Berg resigned.",
        {u"Brill Ltd. Chairman Ola Berg resigned."_s});
    row("Corp. end", u"She runs Vantor Corp. He runs nothing.",
        {u"She runs Vantor Corp."_s, u"He runs nothing."_s});
    row("initial", u"George W. Bush spoke. Crowds cheered.",
        {u"George W. Bush spoke."_s, u"Crowds cheered."_s});
    row("two initials", u"J. K. Rowling wrote it. Fans queued.",
        {u"J. K. Rowling wrote it."_s, u"Fans queued."_s});
    row("joined initials", u"The author J.K. Rowling wrote it.", {u"The author J.K. Rowling wrote it."_s});
    row("decimal", u"The wall rises 1.4 metres. It costs £48.5m.",
        {u"The wall rises 1.4 metres."_s, u"It costs £48.5m."_s});
    row("a.m.", u"It began at 9 a.m. The hall was full.",
        {u"It began at 9 a.m."_s, u"The hall was full."_s});
    row("e.g.", u"Some towns, e.g. Rye, flood. Others do not.",
        {u"Some towns, e.g. Rye, flood."_s, u"Others do not."_s});
    row("ellipsis lower", u"He paused... and then left. Then he came back.",
        {u"He paused... and then left."_s, u"Then he came back."_s});
    row("ellipsis char", u"Wait\u2026 What happened here?",
        {u"Wait\u2026"_s, u"What happened here?"_s});
    row("quote closes sentence", u"\u201CWe will win,\u201D he said. \u201CNext year too.\u201D Then he left.",
        {u"\u201CWe will win,\u201D he said."_s, u"\u201CNext year too.\u201D"_s,
         u"Then he left."_s});
    row("question in quote", u"\u201CWhy now?\u201D she asked. \u201CBecause.\u201D It ended.",
        {u"\u201CWhy now?\u201D she asked."_s, u"\u201CBecause.\u201D"_s, u"It ended."_s});
    row("said.\u201D Next", u"It was, he said, \u201Ca mistake.\u201D Next came the vote.",
        {u"It was, he said, \u201Ca mistake.\u201D"_s, u"Next came the vote."_s});
    row("straight quotes", u"\"It is over.\" The crowd left.",
        {u"\"It is over.\""_s, u"The crowd left."_s});
    row("exclamation", u"Stop! Go back now.", {u"Stop!"_s, u"Go back now."_s});
    row("interrobang run", u"Really?! Yes.", {u"Really?!"_s, u"Yes."_s});
    row("parenthesis", u"(He denied it.) The case goes on.",
        {u"(He denied it.)"_s, u"The case goes on."_s});
    row("lower after stop", u"The approx. cost is high.", {u"The approx. cost is high."_s});
    row("web address", u"See example.org for more. Thanks.",
        {u"See example.org for more."_s, u"Thanks."_s});
    row("no final stop", u"A headline without a stop", {u"A headline without a stop"_s});
    row("CJK", u"今天下雨。明天是晴天！你去吗？", {u"今天下雨。"_s, u"明天是晴天！"_s, u"你去吗？"_s});
    row("Arabic", u"هذا نص قصير. وهذا نص آخر.", {u"هذا نص قصير."_s, u"وهذا نص آخر."_s});
    row("Hebrew", u"זה משפט. זה עוד משפט.", {u"זה משפט."_s, u"זה עוד משפט."_s});
    row("only quote marks", u"\"\"\u201C\u201D\u2018\u2019''", {u"\"\"\u201C\u201D\u2018\u2019''"_s});
    row("only stops", u"... ... ...", {u"... ... ..."_s});
    row("empty", u"", {});
    row("blank", u"   \n ", {});
    row("digit start", u"Prices rose. 2024 was worse.", {u"Prices rose."_s, u"2024 was worse."_s});
}

void tst_Segmenter::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(sentenceTexts(text), expected);
}

void tst_Segmenter::dateline_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("body");

    const auto row = [](const char *name, const char16_t *p, const char16_t *place,
                        const char16_t *body) {
        QTest::newRow(name) << QString::fromUtf16(p) << QString::fromUtf16(place)
                            << QString::fromUtf16(body);
    };
    row("place, region, en dash", u"PYONGYANG, North Korea \u2013 Talks began today.",
        u"PYONGYANG, North Korea", u"Talks began today.");
    row("agency, hyphen", u"LONDON (Reuters) - Shares fell on Monday.", u"LONDON",
        u"Shares fell on Monday.");
    row("place, country", u"PORTMERE, Wales \u2013 The council voted.", u"PORTMERE, Wales",
        u"The council voted.");
    row("two-word place, date, agency", u"NEW YORK, March 5 (AP) \u2014 Stocks rose.", u"NEW YORK",
        u"Stocks rose.");
    row("em dash glued", u"WASHINGTON\u2014The Senate met.", u"WASHINGTON", u"The Senate met.");
    row("abbreviated state", u"ST. LOUIS, Mo. \u2013 A storm hit.", u"ST. LOUIS, Mo.",
        u"A storm hit.");
    row("hyphenated place", u"PORT-AU-PRINCE, Haiti -- Aid arrived.", u"PORT-AU-PRINCE, Haiti",
        u"Aid arrived.");
    row("title case with agency", u"Geneva (AFP) - Talks resumed.", u"Geneva", u"Talks resumed.");
    row("date without comma", u"BERLIN Jan. 3 (dpa) - Snow fell.", u"BERLIN", u"Snow fell.");
    row("only the dateline", u"KYIV, Ukraine \u2014", u"KYIV, Ukraine", u"");
    row("title case without agency", u"London \u2013 the capital \u2013 is big.", u"", u"");
    row("label, not a place", u"BREAKING \u2013 A fire broke out.", u"", u"");
    row("sentence with dashes", u"The council voted \u2013 again \u2013 on Tuesday.", u"", u"");
    row("acronym subject", u"NASA said \u2013 late \u2013 it would fly.", u"", u"");
    row("single letter", u"A \u2013 B", u"", u"");
    row("no dash", u"LONDON is large.", u"", u"");
    row("hyphen in word only", u"HIGH-SPEED rail is late.", u"", u"");
    row("empty", u"", u"", u"");
}

void tst_Segmenter::dateline()
{
    QFETCH(QString, paragraph);
    QFETCH(QString, place);
    QFETCH(QString, body);
    const Segmenter::Dateline d = Segmenter::findDateline(paragraph);
    QCOMPARE(paragraph.left(d.placeEnd), place);
    if (d.found())
        QCOMPARE(paragraph.mid(d.end), body);
}

void tst_Segmenter::byline_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("byline");

    QTest::newRow("By name") << u"By Jane Doe"_s << true;
    QTest::newRow("BY CAPS") << u"BY JANE DOE"_s << true;
    QTest::newRow("two authors") << u"By Jane Doe and Tom Ray"_s << true;
    QTest::newRow("By name, outlet") << u"By Jane Doe, Daily Courier"_s << true;
    QTest::newRow("By name in place") << u"By Ana Lima in Lisbon"_s << true;
    QTest::newRow("name, outlet") << u"Jane Doe, BBC News"_s << true;
    QTest::newRow("name | outlet") << u"Jane Doe | Reuters"_s << true;
    QTest::newRow("name, role") << u"Jane Doe, political correspondent"_s << true;
    QTest::newRow("three names, role, outlet")
        << u"Mary Ann Evans, Business reporter, BBC News"_s << true;
    QTest::newRow("By weekday sentence") << u"By Tuesday, the council had voted."_s << false;
    QTest::newRow("By contrast") << u"By contrast, prices fell"_s << false;
    QTest::newRow("headline with comma") << u"Jane Roe, Tom Ray meet in Oslo"_s << false;
    QTest::newRow("headline") << u"Harbour city votes to rebuild seafront"_s << false;
    QTest::newRow("single name") << u"By"_s << false;
    QTest::newRow("body sentence") << u"Jane Doe said the plan would fail."_s << false;
}

void tst_Segmenter::byline()
{
    QFETCH(QString, line);
    QFETCH(bool, byline);
    QCOMPARE(Segmenter::isByline(line), byline);
}

void tst_Segmenter::headline_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("headline");

    QTest::newRow("plain") << u"Harbour city votes to rebuild flooded seafront"_s << true;
    QTest::newRow("question") << u"Is the sea wall worth it?"_s << true;
    QTest::newRow("quoted words") << u"Economy facing 'major risks'"_s << true;
    QTest::newRow("ends with U.S.") << u"Trade gap widens in the U.S."_s << true;
    QTest::newRow("brand lower-case") << u"iPhone sales rise again"_s << true;
    QTest::newRow("full stop") << u"The council voted on Tuesday to spend money."_s << false;
    QTest::newRow("ellipsis") << u"And then..."_s << false;
    QTest::newRow("colon") << u"What we know so far:"_s << false;
    QTest::newRow("lower-case start") << u"and then the vote came"_s << false;
    QTest::newRow("byline") << u"By Jane Doe"_s << false;
    QTest::newRow("dateline") << u"LONDON (Reuters) - Shares fell"_s << false;
    QTest::newRow("date") << u"5 March 2024"_s << false;
    QTest::newRow("no letters") << u"\u201C\u201D \"\""_s << false;
    QTest::newRow("too long") << QString(40, u'w').append(QString(200, u' ')).append(u"x"_s)
                              << false;
    QTest::newRow("two lines") << u"Line one\nLine two"_s << false;
}

void tst_Segmenter::headline()
{
    QFETCH(QString, line);
    QFETCH(bool, headline);
    QCOMPARE(Segmenter::readsAsHeadline(line), headline);
}

void tst_Segmenter::dateLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("date");

    QTest::newRow("day month year") << u"5 March 2024"_s << true;
    QTest::newRow("us style") << u"March 5, 2024"_s << true;
    QTest::newRow("published with time") << u"Published: 10:32 GMT, Tuesday 5 March 2024"_s
                                         << true;
    QTest::newRow("updated") << u"Updated 12 March 2024 at 9.15am"_s << true;
    QTest::newRow("iso") << u"2024-03-05"_s << true;
    QTest::newRow("address") << u"10 Downing Street"_s << false;
    QTest::newRow("no digit") << u"Tuesday morning"_s << false;
    QTest::newRow("sentence") << u"On 5 March 2024 the council met."_s << false;
}

void tst_Segmenter::dateLine()
{
    QFETCH(QString, line);
    QFETCH(bool, date);
    QCOMPARE(Segmenter::isDateLine(line), date);
}

void tst_Segmenter::segment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paragraphs");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("dateline");
    QTest::addColumn<QString>("byline");

    QTest::newRow("blank-line style with dateline")
        << u"Harbour town votes for new wall\n\nPORTMERE, Wales \u2013 The council voted.\n\n"
           u"\u201CWe stay,\u201D she said.\n"_s
        << QStringList{u"headline|Harbour town votes for new wall"_s,
                       u"body|PORTMERE, Wales \u2013 The council voted."_s,
                       u"body|\u201CWe stay,\u201D she said."_s}
        << u"Harbour town votes for new wall"_s << u"PORTMERE, Wales"_s << QString();

    const QString longA = u"Days after a long exchange of letters, the two leaders have begun "
                          u"preparing a second meeting in the spring, officials said on Monday."_s;
    const QString longB = u"The first meeting ended with a short statement that both sides "
                          u"described as a start, though critics called it empty of detail."_s;
    QTest::newRow("one line per paragraph, dateline first")
        << (u"SEOUL, South Korea \u2013 "_s + longA + u'\n' + longB + u'\n'
            + u"\u201CIt went well,\u201D he said.\n"_s)
        << QStringList{u"body|SEOUL, South Korea \u2013 "_s + longA, u"body|"_s + longB,
                       u"body|\u201CIt went well,\u201D he said."_s}
        << QString() << u"SEOUL, South Korea"_s << QString();

    QTest::newRow("one line per paragraph with headline and byline")
        << (u"Leaders plan second meeting\nBy Jane Doe\nLONDON (Reuters) - "_s + longA + u'\n'
            + longB)
        << QStringList{u"headline|Leaders plan second meeting"_s, u"byline|By Jane Doe"_s,
                       u"body|LONDON (Reuters) - "_s + longA, u"body|"_s + longB}
        << u"Leaders plan second meeting"_s << u"LONDON"_s << u"By Jane Doe"_s;

    QTest::newRow("hard-wrapped paragraphs with blank lines")
        << u"Council backs sea wall\n\nThe council of the town voted on Tuesday to spend\n"
           u"money on rebuilding the seafront wrecked by the\nstorm in January.\n\n"
           u"Work is due to begin in April and to finish by the\nend of the year, officials "
           u"said after the vote.\n"_s
        << QStringList{u"headline|Council backs sea wall"_s,
                       u"body|The council of the town voted on Tuesday to spend\nmoney on "
                       u"rebuilding the seafront wrecked by the\nstorm in January."_s,
                       u"body|Work is due to begin in April and to finish by the\nend of the "
                       u"year, officials said after the vote."_s}
        << u"Council backs sea wall"_s << QString() << QString();

    QTest::newRow("hard-wrapped, paragraph ends at a short line")
        << u"The council of the town voted on Tuesday to spend\nmoney on rebuilding the "
           u"seafront wrecked by the\nstorm.\nWork is due to begin in April and to finish "
           u"by\nthe end of the year, officials said on Monday.\n"_s
        << QStringList{u"body|The council of the town voted on Tuesday to spend\nmoney on "
                       u"rebuilding the seafront wrecked by the\nstorm."_s,
                       u"body|Work is due to begin in April and to finish by\nthe end of the "
                       u"year, officials said on Monday."_s}
        << QString() << QString() << QString();

    QTest::newRow("hard-wrapped, indented paragraphs")
        << u"    The council of the town voted on Tuesday to spend\nmoney on rebuilding the "
           u"seafront wrecked by the storm in\n    January. Work is due to begin in April "
           u"and to finish\nby the end of the year, officials said on Monday.\n"_s
        << QStringList{u"body|The council of the town voted on Tuesday to spend\nmoney on "
                       u"rebuilding the seafront wrecked by the storm in"_s,
                       u"body|January. Work is due to begin in April and to finish\nby the end "
                       u"of the year, officials said on Monday."_s}
        << QString() << QString() << QString();

    QTest::newRow("byline with outlet, date line, dateline paragraph")
        << u"Floods close the coast road\n\nAmy Lee, BBC News\n\n5 March 2024\n\nCARDIFF \u2013\n\n"
           u"The road was shut on Monday.\n"_s
        << QStringList{u"headline|Floods close the coast road"_s, u"byline|Amy Lee, BBC News"_s,
                       u"dateline|5 March 2024"_s, u"dateline|CARDIFF \u2013"_s,
                       u"body|The road was shut on Monday."_s}
        << u"Floods close the coast road"_s << u"CARDIFF"_s << u"Amy Lee, BBC News"_s;

    QTest::newRow("sub-title above byline")
        << u"Floods close the coast road\nDrivers face long detours\nBy Amy Lee\n"
           u"The road was shut on Monday.\n"_s
        << QStringList{u"headline|Floods close the coast road"_s,
                       u"heading|Drivers face long detours"_s, u"byline|By Amy Lee"_s,
                       u"body|The road was shut on Monday."_s}
        << u"Floods close the coast road"_s << QString() << u"By Amy Lee"_s;

    QTest::newRow("first line is a sentence")
        << u"The council voted on Tuesday.\n\nWork starts in April.\n"_s
        << QStringList{u"body|The council voted on Tuesday."_s, u"body|Work starts in April."_s}
        << QString() << QString() << QString();

    QTest::newRow("a single line is not a headline")
        << u"Harbour town votes for new wall"_s
        << QStringList{u"body|Harbour town votes for new wall"_s} << QString() << QString()
        << QString();

    QTest::newRow("sub-heading in the body")
        << u"Town votes\n\nThe council voted on Tuesday.\n\nWhat happens next\n\n"
           u"Work starts in April.\n"_s
        << QStringList{u"headline|Town votes"_s, u"body|The council voted on Tuesday."_s,
                       u"heading|What happens next"_s, u"body|Work starts in April."_s}
        << u"Town votes"_s << QString() << QString();

    QTest::newRow("quote-only paragraph stays body")
        << u"Town votes\n\nThe council voted.\n\n\u201CWe stay here\u201D\n\nIt ended.\n"_s
        << QStringList{u"headline|Town votes"_s, u"body|The council voted."_s,
                       u"body|\u201CWe stay here\u201D"_s, u"body|It ended."_s}
        << u"Town votes"_s << QString() << QString();

    QTest::newRow("white space around") << u"\n\n   \n  Town votes  \n\t\n  It ended.  \n\n"_s
                                        << QStringList{u"headline|Town votes"_s,
                                                       u"body|It ended."_s}
                                        << u"Town votes"_s << QString() << QString();

    QTest::newRow("right to left")
        << u"עיריית העיר מצביעה\n\nהמועצה הצביעה ביום שלישי. העבודה תתחיל באפריל.\n"_s
        << QStringList{u"headline|עיריית העיר מצביעה"_s,
                       u"body|המועצה הצביעה ביום שלישי. העבודה תתחיל באפריל."_s}
        << u"עיריית העיר מצביעה"_s << QString() << QString();

    QTest::newRow("CJK") << u"市议会投票重建海堤\n\n市议会周二投票。工程将于四月开始。\n"_s
                         << QStringList{u"headline|市议会投票重建海堤"_s,
                                        u"body|市议会周二投票。工程将于四月开始。"_s}
                         << u"市议会投票重建海堤"_s << QString() << QString();

    QTest::newRow("empty") << QString() << QStringList{} << QString() << QString() << QString();
    QTest::newRow("only quote marks") << u"\"\"\"\u201C\u201D\u201D''"_s
                                      << QStringList{u"body|\"\"\"\u201C\u201D\u201D''"_s}
                                      << QString() << QString() << QString();
}

void tst_Segmenter::segment()
{
    QFETCH(QString, text);
    QFETCH(QStringList, paragraphs);
    QFETCH(QString, title);
    QFETCH(QString, dateline);
    QFETCH(QString, byline);
    const Article a = segmented(text);
    QCOMPARE(::paragraphs(a), paragraphs);
    QCOMPARE(a.title, title);
    QCOMPARE(a.dateline, dateline);
    QCOMPARE(a.byline, byline);
}

void tst_Segmenter::sentencesCoverParagraphs_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("blank lines") << u"Town votes\n\nIt met. It voted.\n\nIt ended!"_s;
    QTest::newRow("lines") << u"Town votes\nIt met. It voted.\nIt ended! Or not?"_s;
    QTest::newRow("wrapped") << u"It met on the day and the next day. It voted on\nthe third "
                                u"day of the week. It ended before the\nfourth day began."_s;
}

void tst_Segmenter::sentencesCoverParagraphs()
{
    QFETCH(QString, text);
    const Article a = segmented(text);
    QVERIFY(!a.sentences.isEmpty());
    int last = -1;
    qsizetype lastEnd = 0;
    for (const auto &s : a.sentences) {
        QVERIFY(s.paragraph >= last);
        QVERIFY(s.span.start >= lastEnd);
        QVERIFY(a.paragraphs[s.paragraph].span.contains(s.span));
        last = s.paragraph;
        lastEnd = s.span.end;
    }
    // every paragraph has at least one sentence and its last one ends with the paragraph
    for (int i = 0; i < a.paragraphs.size(); ++i) {
        const auto it = std::find_if(a.sentences.crbegin(), a.sentences.crend(),
                                     [i](const auto &s) { return s.paragraph == i; });
        QVERIFY(it != a.sentences.crend());
        QCOMPARE(it->span.end, a.paragraphs[i].span.end);
    }
}

void tst_Segmenter::markdownBlocks()
{
    // What the Markdown loader produces: blank-line separated blocks with their kinds.
    const QString text = u"Intro line\n\nThe Title\n\nBody text here.\nStill body.\n\nA quoted "
                         u"passage.\n\nPart two\n\nMore body."_s;
    const auto at = [&](const QString &s) { return text.indexOf(s); };
    const auto block = [&](Document::Block::Kind kind, int level, const QString &s) {
        return Document::Block{kind, level, at(s), at(s) + s.size()};
    };
    const Article a = segmented(
        text, u"markdown"_s,
        {block(Document::Block::Heading, 1, u"The Title"_s),
         block(Document::Block::BlockQuote, 0, u"A quoted passage."_s),
         block(Document::Block::Heading, 2, u"Part two"_s)});
    QCOMPARE(paragraphs(a), (QStringList{u"body|Intro line"_s, u"headline|The Title"_s,
                                         u"body|Body text here.\nStill body."_s,
                                         u"blockquote|A quoted passage."_s,
                                         u"heading|Part two"_s, u"body|More body."_s}));
    QCOMPARE(a.title, u"The Title"_s);
}

void tst_Segmenter::metaTitleFallback()
{
    Article a;
    a.document = Document(u"The council voted.\n\nIt ended."_s, u"x.html"_s);
    a.document.metaTitle = u"  Town votes  "_s;
    Segmenter::segment(a);
    QCOMPARE(a.title, u"Town votes"_s);
}

void tst_Segmenter::datelineIsNotASentence()
{
    const Article a = segmented(u"LONDON (Reuters) - Shares fell. Bonds rose."_s);
    QCOMPARE(a.dateline, u"LONDON"_s);
    QCOMPARE(a.sentences.size(), 2);
    QCOMPARE(a.textOf(a.sentences[0].span), u"Shares fell."_s);
    QCOMPARE(a.paragraphs[0].span.start, 0);
}

void tst_Segmenter::longLine()
{
    // a single 1 MB line: one paragraph, linear sentence splitting
    QString text;
    const QString sentence = u"The wall rises by 1.4 metres, said Dr. Okoro of the U.S. team. "_s;
    while (text.size() < 1024 * 1024)
        text += sentence;
    const Article a = segmented(text);
    QCOMPARE(a.paragraphs.size(), 1);
    QCOMPARE(a.sentences.size(), (text.size() + sentence.size() - 1) / sentence.size());
    QVERIFY(a.title.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Segmenter)
#include "tst_segmenter.moc"
