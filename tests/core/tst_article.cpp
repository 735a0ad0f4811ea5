// Article's reading of its claims and quotes (core/model/Article.h): their text from positions;
// the analysis ids; the entity types' names.
#include "model/Article.h"

#include <QTest>

#include <limits>

using namespace gloss;
using namespace Qt::StringLiterals;

class tst_Article : public QObject
{
    Q_OBJECT

private slots:
    void claimText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("expected");
        const QString plain = u"The council said the wall was too low."_s;
        QTest::newRow("a plain span: its text") << plain << 17 << 37
                                                << u"the wall was too low"_s;
        QTest::newRow("the whole text") << plain << 0 << int(plain.size()) << plain;
        QTest::newRow("an empty span") << plain << 5 << 5 << QString();
        QTest::newRow("a line break of a wrapped text: one space")
            << u"It costs\nmore than planned."_s << 0 << 27 << u"It costs more than planned."_s;
        QTest::newRow("runs of spaces and tabs: one space")
            << u"It  costs \t more."_s << 0 << 17 << u"It costs more."_s;
        QTest::newRow("spaces at either end: trimmed") << u"  It costs more. "_s << 0 << 17
                                                       << u"It costs more."_s;
        QTest::newRow("a no-break space is white space too")
            << u"It costs\u00A0\u00A0more."_s << 0 << 15 << u"It costs more."_s;
        QTest::newRow("curly quotes and accents read as they stand")
            << u"\u201CCaf\u00e9s\u201D close, she said; the caf\u00e9 owners agree"_s << 0 << 46
            << u"\u201CCaf\u00e9s\u201D close, she said; the caf\u00e9 owners agree"_s;
        QTest::newRow("white space past the eighth unit")
            << u"abcdefghijklmnop  q"_s << 0 << 19 << u"abcdefghijklmnop q"_s;
        // the check reads eight units at a time: white space in a block, and across two
        QTest::newRow("two spaces across two blocks")
            << u"abcdefg  hijklmnopq"_s << 0 << 19 << u"abcdefg hijklmnopq"_s;
        QTest::newRow("single spaces across blocks read as they stand")
            << u"abcdefg hijklmn opqrstu vwx"_s << 0 << 27 << u"abcdefg hijklmn opqrstu vwx"_s;
        QTest::newRow("two spaces inside the first block")
            << u"ab  cdefghijklmnop"_s << 0 << 18 << u"ab cdefghijklmnop"_s;
        QTest::newRow("two spaces at the end of the first block")
            << u"abcdef  ghijklmnop"_s << 0 << 18 << u"abcdef ghijklmnop"_s;
        QTest::newRow("a control that is no white space reads as it stands")
            << u"abc\u0001defghijklmnop"_s << 0 << 17 << u"abc\u0001defghijklmnop"_s;
        QTest::newRow("a tab inside the first block")
            << u"abc\tdefghijklmnop"_s << 0 << 17 << u"abc defghijklmnop"_s;
        QTest::newRow("a no-break space inside the second block")
            << u"abcdefghij\u00A0klmnopqrs"_s << 0 << 20 << u"abcdefghij klmnopqrs"_s;
        QTest::newRow("only white space: nothing") << u"a \n\t b"_s << 1 << 5 << QString();
        QTest::newRow("a span past the end: what there is") << u"Short."_s << 0 << 40
                                                            << u"Short."_s;
    }
    void claimText()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, expected);
        Article a;
        a.document = Document(text, u"t.txt"_s);
        Claim c;
        c.span = {start, end};
        QCOMPARE(a.textOf(c), expected);
        // the writers' reading: the same words, a view of the document itself when they read
        // as they stand there (no copy), else of the buffer
        QString buffer;
        const QStringView view = a.viewOf(c, buffer);
        QCOMPARE(view.toString(), expected);
        if (!expected.isEmpty()) {
            const QStringView doc = a.document.text();
            const bool inDocument =
                view.data() >= doc.data() && view.data() < doc.data() + doc.size();
            QCOMPARE(inDocument, expected == QStringView(text).mid(start, end - start));
            QCOMPARE(buffer.isNull(), inDocument);
        }
    }

    void quoteText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quoted"); // the span: from these words to the end
        QTest::addColumn<int>("paragraph");  // where the quote opens, -1 for none
        QTest::addColumn<QString>("expected");
        const QString two = u"\u201CWe start in April.\n\n\u201CIt is overdue.\u201D\n\nAfter."_s;
        QTest::newRow("a quote in one paragraph: its words")
            << u"She said \u201Cwe start in April\u201D and left."_s
            << u"we start in April"_s << 0 << u"we start in April"_s;
        QTest::newRow("a quote over two paragraphs: the first one's words")
            << two << u"We start in April.\n\n\u201CIt is overdue."_s << 0
            << u"We start in April."_s;
        QTest::newRow("no paragraph known: the whole span")
            << two << u"We start in April.\n\n\u201CIt is overdue."_s << -1
            << u"We start in April.\n\n\u201CIt is overdue."_s;
    }
    void quoteText()
    {
        QFETCH(QString, text);
        QFETCH(QString, quoted);
        QFETCH(int, paragraph);
        QFETCH(QString, expected);
        Article a;
        a.document = Document(text, u"t.txt"_s);
        // paragraphs at the blank lines
        qsizetype start = 0;
        for (qsizetype end; (end = text.indexOf(u"\n\n"_s, start)) >= 0; start = end + 2)
            a.paragraphs.append({{start, end}, ParagraphRole::Body});
        a.paragraphs.append({{start, text.size()}, ParagraphRole::Body});
        Quote q;
        q.span.start = text.indexOf(quoted);
        q.span.end = q.span.start + quoted.size();
        q.paragraph = paragraph;
        QCOMPARE(a.textOf(q), expected);
        const QStringView view = a.viewOf(q); // a view of the document, no copy
        QCOMPARE(view.toString(), expected);
        QCOMPARE(view.data(), a.document.text().constData() + text.indexOf(expected));
    }

    void analysisId_data()
    {
        QTest::addColumn<QChar>("prefix");
        QTest::addColumn<qlonglong>("number");
        QTest::newRow("the first quote") << QChar(u'Q') << 1LL;
        QTest::newRow("an entity") << QChar(u'E') << 12LL;
        QTest::newRow("ten") << QChar(u'C') << 10LL;
        QTest::newRow("zero") << QChar(u'C') << 0LL;
        QTest::newRow("a large number") << QChar(u'C') << 1234567890123LL;
        QTest::newRow("the largest") << QChar(u'E') << std::numeric_limits<qlonglong>::max();
        QTest::newRow("a negative one, as QString::number writes it") << QChar(u'X') << -5LL;
        QTest::newRow("the smallest") << QChar(u'X') << std::numeric_limits<qlonglong>::min();
    }
    void analysisId()
    {
        QFETCH(QChar, prefix);
        QFETCH(qlonglong, number);
        QCOMPARE(gloss::analysisId(prefix.unicode(), number), prefix + QString::number(number));
    }

    // A type's name in any case (as QString::compare(Qt::CaseInsensitive) takes it), the name
    // written for each type read back, anything else OTHER.
    void entityTypeFromName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::newRow("as written") << u"PERSON"_s << int(EntityType::Person);
        QTest::newRow("lower case") << u"gpe"_s << int(EntityType::Gpe);
        QTest::newRow("mixed case") << u"Org"_s << int(EntityType::Org);
        QTest::newRow("the last of its length") << u"loc"_s << int(EntityType::Loc);
        QTest::newRow("a longer word") << u"PERSONS"_s << int(EntityType::Other);
        QTest::newRow("a shorter one") << u"PERSO"_s << int(EntityType::Other);
        QTest::newRow("the same length, no type") << u"ABC"_s << int(EntityType::Other);
        QTest::newRow("a letter next to Z in ASCII") << u"GP["_s << int(EntityType::Other);
        QTest::newRow("empty") << QString() << int(EntityType::Other);
        QTest::newRow("a long s, which folds to s") << u"PER\u017FON"_s << int(EntityType::Person);
        QTest::newRow("a letter beyond ASCII") << u"EV\u00C9NT"_s << int(EntityType::Other);
        for (int t = 0; t <= int(EntityType::Other); ++t) {
            const QString name = entityTypeName(EntityType(t));
            QTest::addRow("%s read back", qPrintable(name)) << name << t;
        }
    }
    void entityTypeFromName()
    {
        QFETCH(QString, name);
        QFETCH(int, type);
        QCOMPARE(int(gloss::entityTypeFromName(name)), type);
    }
};

QTEST_GUILESS_MAIN(tst_Article)
#include "tst_article.moc"
