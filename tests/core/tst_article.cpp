// Article's reading of its claims (core/model/Article.h): the words as they read on their own.
#include "model/Article.h"

#include <QTest>

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
    }
};

QTEST_GUILESS_MAIN(tst_Article)
#include "tst_article.moc"
