// NameTable (core/analysis/entities/NameTable_p.h): the gazetteer's tables of strings, as
// written, to values, and their images.
#include "analysis/entities/NameTable_p.h"

#include "DamagedImages.h"

#include <QTest>

using gloss::entities::NameTable;
using namespace Qt::StringLiterals;

class tst_NameTable : public QObject
{
    Q_OBJECT

private:
    static NameTable made(int count)
    {
        NameTable t;
        for (int i = 0; i < count; ++i)
            t.insert(u"name %1"_s.arg(i), quint32(i * 7));
        return t;
    }
    static bool holdsMade(const NameTable &t, int count, QString &lost)
    {
        for (int i = 0; i < count; ++i) {
            if (t.value(u"name %1"_s.arg(i)) != quint32(i * 7)) {
                lost = u"name %1"_s.arg(i);
                return false;
            }
        }
        return t.size() == count && !t.contains(u"name %1"_s.arg(count));
    }

private Q_SLOTS:
    void lookUp_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("held");
        QTest::newRow("a name") << u"New York"_s << true;
        QTest::newRow("beyond ASCII") << u"Z\u00fcrich"_s << true;
        QTest::newRow("a surrogate pair") << u"\U0001F600 Caf\u00e9"_s << true;
        QTest::newRow("the empty string") << QString() << true;
        QTest::newRow("another case") << u"new york"_s << false;
        QTest::newRow("a prefix") << u"New"_s << false;
        QTest::newRow("longer") << u"New York City"_s << false;
        QTest::newRow("decomposed") << u"Zu\u0308rich"_s << false;
    }
    void lookUp()
    {
        QFETCH(QString, key);
        QFETCH(bool, held);
        NameTable t;
        QVERIFY(t.insert(u"New York"_s, 1));
        QVERIFY(t.insert(u"Z\u00fcrich"_s, 2));
        QVERIFY(t.insert(u"\U0001F600 Caf\u00e9"_s, 3));
        QVERIFY(t.insert(QString(), 4));
        QCOMPARE(t.contains(key), held);
        QCOMPARE(t.value(key).has_value(), held);
        QCOMPARE(t.size(), 4);
        QVERIFY(!NameTable().contains(key)); // an empty table holds nothing
    }

    // insert() keeps the first value; operator[] makes a key with 0, then reads and writes it
    void values()
    {
        NameTable t;
        QVERIFY(t.insert(u"said"_s, 5));
        QVERIFY(!t.insert(u"said"_s, 9));
        QCOMPARE(t.value(u"said"_s), 5u);
        t[u"said"_s] |= 2;
        QCOMPARE(t.value(u"said"_s), 7u);
        QCOMPARE(t[u"told"_s], 0u);
        QCOMPARE(t.size(), 2);
        t[u"told"_s] = 3;
        QCOMPARE(t.value(u"told"_s), 3u);
    }

    void grows_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("just past a growth") << 9;
        QTest::newRow("ten thousand, as the gazetteer") << 10000;
    }
    void grows()
    {
        QFETCH(int, count);
        QString lost;
        QVERIFY2(holdsMade(made(count), count, lost), qPrintable(lost));
        NameTable reserved;
        reserved.reserve(count);
        QVERIFY(reserved.insert(u"x"_s, 1) && reserved.value(u"x"_s) == 1u);
    }

    // An image reads back as the table; a key added to a table read from one goes to a copy
    void image_data() { grows_data(); }
    void image()
    {
        QFETCH(int, count);
        const NameTable t = made(count);
        const QByteArray bytes = t.image();
        std::optional<NameTable> read = NameTable::fromImage(bytes);
        QVERIFY(read);
        QString lost;
        QVERIFY2(holdsMade(*read, count, lost), qPrintable(lost));
        QCOMPARE(read->image(), bytes);
        const QByteArray before(bytes.constData(), bytes.size());
        QVERIFY(read->insert(u"added"_s, 1));
        (*read)[u"name 0"_s] = 99;
        QCOMPARE(read->value(u"added"_s), 1u);
        QCOMPARE(bytes, before);
        QVERIFY(!NameTable::fromImage(bytes)->contains(u"added"_s));
    }

    void imageRejected_data()
    {
        QTest::addColumn<QByteArray>("image");
        const QByteArray image = made(3).image(); // a 24-byte header, 16 slots, the pool
        gloss::test::addDamagedImageRows(image, 0, 5);
        QByteArray places = image;
        places[8] = 15; // no power of two
        QTest::newRow("slots no power of two") << places;
        QByteArray full = image;
        full[12] = 9; // more keys than half the slots
        QTest::newRow("more than half full") << full;
    }
    void imageRejected()
    {
        QFETCH(QByteArray, image);
        QVERIFY(!NameTable::fromImage(image));
    }
};

QTEST_GUILESS_MAIN(tst_NameTable)
#include "tst_nametable.moc"
