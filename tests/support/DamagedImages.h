#pragma once
// Rows for the tests of the readers of the compiled-in images (FeatureWeights, CueModel,
// SpeakerRanker, NameTable, Gazetteer: their fromImage()), damaged in the ways every reader
// must turn away. Header-only: the test executables link Qt Test, the support library does not.

#include <QByteArray>
#include <QTest>

#include <algorithm>

namespace gloss::test {

/**
 * Adds rows to the column "image" (QByteArray): @p image cut short (at every @p step bytes
 * from @p from, and a byte short of the whole), a byte too many, another file's magic (its
 * first byte), the other byte order (bytes 4 to 7, after the four of the magic).
 */
inline void addDamagedImageRows(const QByteArray &image, qsizetype from = 0, qsizetype step = 1)
{
    for (qsizetype size = from; size < image.size() - 1; size += step)
        QTest::addRow("cut to %d bytes", int(size)) << image.first(size);
    QTest::newRow("a byte short") << image.chopped(1);
    QTest::newRow("a byte too many") << image + '\0';
    QByteArray magic = image;
    magic[0] = 'X';
    QTest::newRow("another file") << magic;
    QByteArray order = image;
    std::reverse(order.begin() + 4, order.begin() + 8);
    QTest::newRow("the other byte order") << order;
}

} // namespace gloss::test
