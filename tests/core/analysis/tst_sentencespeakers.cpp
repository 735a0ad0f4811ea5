// The attribution's speakers by sentence (core/analysis/quotes/SentenceSpeakers_p.h).
#include "analysis/quotes/SentenceSpeakers_p.h"

#include <QTest>

using namespace gloss::attribution;
using namespace Qt::StringLiterals;

namespace {

/** The entries of a sentence as "pos:speaker pos:speaker". */
QString listed(const SentenceSpeakers &speakers, qsizetype sentence)
{
    QStringList out;
    for (const SentenceSpeakers::Entry &e : speakers.of(sentence))
        out.append(u"%1:%2"_s.arg(e.first).arg(e.second));
    return out.join(u' ');
}

} // namespace

class tst_SentenceSpeakers : public QObject
{
    Q_OBJECT

private slots:
    void groups_data()
    {
        // operations "add SENTENCE POS SPEAKER" or "sorted SENTENCE POS SPEAKER", then each
        // sentence's entries
        QTest::addColumn<QStringList>("operations");
        QTest::addColumn<QStringList>("expected"); // sentences 0 to 4
        QTest::newRow("nothing added") << QStringList{}
                                       << QStringList{u""_s, u""_s, u""_s, u""_s, u""_s};
        QTest::newRow("added in order of sentences")
            << QStringList{u"add 1 10 3"_s, u"add 1 15 4"_s, u"add 3 40 5"_s}
            << QStringList{u""_s, u"10:3 15:4"_s, u""_s, u"40:5"_s, u""_s};
        QTest::newRow("add keeps the order of adding within a sentence")
            << QStringList{u"add 2 30 1"_s, u"add 2 20 2"_s}
            << QStringList{u""_s, u""_s, u"30:1 20:2"_s, u""_s, u""_s};
        QTest::newRow("sorted goes after the entries at or before its position")
            << QStringList{u"add 2 20 1"_s, u"add 2 40 2"_s, u"sorted 2 30 3"_s,
                           u"sorted 2 20 4"_s, u"sorted 2 5 5"_s}
            << QStringList{u""_s, u""_s, u"5:5 20:1 20:4 30:3 40:2"_s, u""_s, u""_s};
        QTest::newRow("an earlier sentence after a later one")
            << QStringList{u"add 3 40 1"_s, u"add 1 10 2"_s, u"sorted 0 1 3"_s,
                           u"add 3 45 4"_s, u"add 1 12 5"_s}
            << QStringList{u"1:3"_s, u"10:2 12:5"_s, u""_s, u"40:1 45:4"_s, u""_s};
    }
    void groups()
    {
        QFETCH(QStringList, operations);
        QFETCH(QStringList, expected);
        SentenceSpeakers speakers;
        for (const QString &op : std::as_const(operations)) {
            const QStringList f = op.split(u' ');
            const SentenceSpeakers::Entry entry{f[2].toLongLong(), f[3].toInt()};
            if (f[0] == u"add")
                speakers.add(f[1].toLongLong(), entry);
            else
                speakers.insertSorted(f[1].toLongLong(), entry);
        }
        QCOMPARE(speakers.size(), operations.size());
        for (qsizetype s = 0; s < expected.size(); ++s)
            QCOMPARE(listed(speakers, s), expected[s]);
    }
};

QTEST_GUILESS_MAIN(tst_SentenceSpeakers)
#include "tst_sentencespeakers.moc"
