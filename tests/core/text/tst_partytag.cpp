// A politician's party and state in brackets (core/text/PartyTag.h).
#include "text/PartyTag.h"

#include <QTest>

using namespace gloss;
using namespace Qt::StringLiterals;

namespace {

/** Takes the markers '[' and ']' out of @p text; the span they marked. */
std::pair<qsizetype, qsizetype> takeMarked(QString &text)
{
    const qsizetype from = text.indexOf(u'[');
    text.remove(from, 1);
    const qsizetype to = text.indexOf(u']');
    text.remove(to, 1);
    return {from, to};
}

} // namespace

class tst_PartyTag : public QObject
{
    Q_OBJECT

private slots:
    void partyTag_data()
    {
        QTest::addColumn<QString>("text"); // the word asked about between '[' and ']'
        QTest::addColumn<bool>("tag");
        QTest::newRow("an abbreviation") << u"Sen. Ann Lee ([R-Fla].) said"_s << true;
        QTest::newRow("an abbreviation with inner stops") << u"Ann Lee ([D-N.Y.]) said"_s << true;
        QTest::newRow("an independent") << u"Bo Lind ([I-Vt].) said"_s << true;
        QTest::newRow("a postal code") << u"Bo Lind ([R-TX]) said"_s << true;
        QTest::newRow("a state spelt out") << u"Bo Lind ([R-Texas]) said"_s << true;
        QTest::newRow("another word in brackets") << u"The landings ([D-Day]) began"_s << false;
        QTest::newRow("no bracket before") << u"Bo Lind [R-Fla]. said"_s << false;
        QTest::newRow("the bracket goes on") << u"Bo Lind ([R-Fla]. and) said"_s << false;
        QTest::newRow("another party letter") << u"Bo Lind ([L-Fla].) said"_s << false;
        QTest::newRow("a lower-case state") << u"Bo Lind ([R-fla].) said"_s << false;
        QTest::newRow("at the text's end") << u"Bo Lind ([R-Fla]"_s << false;
    }
    void partyTag()
    {
        QFETCH(QString, text);
        QFETCH(bool, tag);
        const auto [start, end] = takeMarked(text);
        QCOMPARE(isPartyTag(text, start, end), tag);
    }

    // The tag a piece of it lies in, as a reader that splits at full stops sees the piece.
    void around_data()
    {
        QTest::addColumn<QString>("text"); // the piece between '[' and ']'
        QTest::addColumn<int>("start");    // the tag's start, or -1
        QTest::newRow("the whole tag") << u"Ann Lee ([R-Fla].) said"_s << 9;
        QTest::newRow("the state's last letter") << u"Ann Lee (R-S.[C].) said"_s << 9;
        QTest::newRow("the party") << u"Ann Lee ([R]-TX) said"_s << 9;
        QTest::newRow("a name before the bracket") << u"Ann [Lee] (R-TX) said"_s << -1;
        QTest::newRow("another word in brackets") << u"The landings (D-[Day]) began"_s << -1;
        QTest::newRow("a bracket with spaces") << u"Ann Lee (she is [R-TX]) said"_s << -1;
    }
    void around()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        const auto [from, to] = takeMarked(text);
        QCOMPARE(partyTagAround(text, from, to), qsizetype(start));
    }

    // Spans that leave the text or are empty are no tag (and read nothing outside it).
    void outOfRange()
    {
        const QString text = u"(R-Fla.)"_s;
        QVERIFY(isPartyTag(text, 1, 6));
        QVERIFY(!isPartyTag(text, 0, 6));
        QVERIFY(!isPartyTag(text, 1, 1));
        QVERIFY(!isPartyTag(text, 1, 9));
        QVERIFY(!isPartyTag(QStringView(), 0, 0));
    }
};

QTEST_GUILESS_MAIN(tst_PartyTag)
#include "tst_partytag.moc"
