#pragma once

// Generators of hostile article files for the robustness tests. Every input is made at test
// time from a fixed recipe (and a fixed random seed), never read from the corpus.

#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>
#include <QString>
#include <QStringConverter>

namespace gloss::hostile {

/**
 * How much slower code runs in this build: 5 under AddressSanitizer (its checks cost 3-10x), so
 * that a hang bound catches hangs there too, not slowness.
 */
#if defined(__SANITIZE_ADDRESS__)
inline constexpr int kSlowdown = 5;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr int kSlowdown = 5;
#else
inline constexpr int kSlowdown = 1;
#endif
#else
inline constexpr int kSlowdown = 1;
#endif

/** A short article with a headline, a dateline, quotes and figures (notes tests). */
inline const QByteArray kArticle = QByteArrayLiteral(
    "Harbour town votes to shut the old bridge\n\n"
    "RIVERTON (Wire) - The council voted 7-2 on Tuesday to close the old bridge, a plan the "
    "mayor called \xE2\x80\x9C" "a necessary step.\xE2\x80\x9D\n\n"
    "\xE2\x80\x9CWe didn't choose this,\xE2\x80\x9D said a baker by the river. Repairs would "
    "cost $4.5 million, up 12% since 2021.\n");

/** Writes @p bytes to @p path (replacing it); false when that fails. */
inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/** A short made-up news text with quotes, an apostrophe, a figure and a dateline. */
inline QByteArray paragraphBlock()
{
    return QByteArrayLiteral(
        "RIVERTON (Wire) - The council voted 7-2 on Tuesday to close the old bridge, a plan "
        "Mayor Dana Holt called \xE2\x80\x9C" "a necessary step.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9CWe didn't choose this,\xE2\x80\x9D said Sam Ortiz, who owns the bakery "
        "by the river. \"It's the '90s all over again,\" he added.\n\n"
        "Repairs would reportedly cost $4.5 million, up 12% since 2021, according to the "
        "Transport Board (TB).\n\n");
}

/** @p block repeated up to exactly @p size bytes (cut at a byte boundary of the block). */
inline QByteArray repeatTo(const QByteArray &block, qsizetype size)
{
    QByteArray out;
    out.reserve(size);
    while (out.size() + block.size() <= size)
        out += block;
    out += block.left(size - out.size());
    return out;
}

inline QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = static_cast<char>(rng.bounded(256));
    return out;
}

inline QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding); // no BOM unless asked for
    return encoder.encode(text);
}

/** 1 MB of sentences with quotes on one line, no line break at all. */
inline QByteArray singleLine(qsizetype size)
{
    QByteArray block = paragraphBlock();
    block.replace('\n', ' ');
    return repeatTo(block, size);
}

/** @p count short paragraphs, each separated by a blank line. */
inline QByteArray manyParagraphs(int count)
{
    QByteArray out;
    out.reserve(qsizetype(count) * 48);
    for (int i = 0; i < count; ++i)
        out += "Paragraph " + QByteArray::number(i) + " says \"hello\" to Ms. Lee.\n\n";
    return out;
}

/** @p depth opening marks (alternating curly double and single), a word, then the closers. */
inline QByteArray nestedQuotes(int depth)
{
    const QByteArray openDouble = "\xE2\x80\x9C", closeDouble = "\xE2\x80\x9D";
    const QByteArray openSingle = "\xE2\x80\x98", closeSingle = "\xE2\x80\x99";
    QByteArray out = "She said ";
    for (int i = 0; i < depth; ++i)
        out += i % 2 == 0 ? openDouble : openSingle;
    out += "deep";
    for (int i = depth - 1; i >= 0; --i)
        out += i % 2 == 0 ? closeDouble : closeSingle;
    return out + ".\n";
}

/** @p count quote marks of every kind with nothing to pair them with. */
inline QByteArray unbalancedQuotes(int count)
{
    static const QByteArray marks[] = {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D",
                                       "\xE2\x80\x98", "\xE2\x80\x99", "\xC2\xAB", "\xC2\xBB"};
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += marks[i % std::size(marks)] + (i % 13 == 12 ? "\n" : "");
    return out;
}

/** Only apostrophes, straight and curly, in words and alone. */
inline QByteArray apostrophes(qsizetype size)
{
    return repeatTo(QByteArrayLiteral("' '' \xE2\x80\x99 ''' \xE2\x80\x99\xE2\x80\x99 '\n"), size);
}

/** Markdown block quotes nested @p depth deep. */
inline QByteArray markdownNestedBlockQuotes(int depth)
{
    return QByteArray(depth, '>') + " \"deep,\" she said.\n";
}

/** Markdown list items nested @p depth deep. */
inline QByteArray markdownNestedLists(int depth)
{
    QByteArray out;
    for (int i = 0; i < depth; ++i)
        out += QByteArray(qsizetype(i) * 2, ' ') + "- item\n";
    return out;
}

/** @p count opening brackets and emphasis marks, never closed. */
inline QByteArray markdownOpeners(int count)
{
    return repeatTo(QByteArrayLiteral("[*_`<"), count) + "\n";
}

} // namespace gloss::hostile
