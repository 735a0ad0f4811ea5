#include "io/Loader.h"

#include <QTest>

using gloss::Loader;

class tst_Loader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data();
    void normalises();
};

void tst_Loader::normalises_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("plain utf-8") << QByteArray("Hello") << QStringLiteral("Hello");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFHello") << QStringLiteral("Hello");
    QTest::newRow("crlf") << QByteArray("a\r\nb") << QStringLiteral("a\nb");
    QTest::newRow("cr") << QByteArray("a\rb") << QStringLiteral("a\nb");
    QTest::newRow("nfc") << QByteArray("Cafe\xCC\x81") << QString::fromUtf8("Caf\xC3\xA9");
}

void tst_Loader::normalises()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const Loader::Result r = Loader::loadBytes(bytes, QStringLiteral("a.txt"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document->text(), text);
}

QTEST_GUILESS_MAIN(tst_Loader)
#include "tst_loader.moc"
