// The reader's names of claim and quote kinds (core/model/KindLabels.h): one wording for the
// claims panel, the exports and `gloss analyze --format text`, distinct from the fixed names
// of the JSON.
#include "model/KindLabels.h"

#include <QSet>
#include <QTest>

using namespace gloss;
using namespace Qt::StringLiterals;

class tst_KindLabels : public QObject
{
    Q_OBJECT

private slots:
    void claimKinds_data()
    {
        QTest::addColumn<ClaimKind>("kind");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("jsonName");

        QTest::newRow("a quote") << ClaimKind::Quote << u"Quoted"_s << u"quote"_s;
        QTest::newRow("reported speech") << ClaimKind::Reported << u"Reported"_s << u"reported"_s;
        QTest::newRow("a hedged claim") << ClaimKind::Hedged << u"Hedged"_s << u"hedged"_s;
        QTest::newRow("a statement of fact")
            << ClaimKind::Factual << u"Stated as fact"_s << u"factual"_s;
    }

    void claimKinds()
    {
        QFETCH(ClaimKind, kind);
        QFETCH(QString, label);
        QFETCH(QString, jsonName);
        QCOMPARE(claimKindLabel(kind), label);
        QCOMPARE(claimKindName(kind), jsonName); // the JSON keeps its fixed names
    }

    void quoteKinds_data()
    {
        QTest::addColumn<QuoteKind>("kind");
        QTest::addColumn<QString>("label");

        QTest::newRow("direct speech") << QuoteKind::Direct << u"direct"_s;
        QTest::newRow("scare quotes") << QuoteKind::Scare << u"scare"_s;
        QTest::newRow("a title") << QuoteKind::Title << u"title"_s;
    }

    void quoteKinds()
    {
        QFETCH(QuoteKind, kind);
        QFETCH(QString, label);
        QCOMPARE(quoteKindLabel(kind), label);
    }
};

QTEST_GUILESS_MAIN(tst_KindLabels)
#include "tst_kindlabels.moc"
