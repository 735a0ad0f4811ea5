#pragma once

// Internal to the HTML extractor: the visible text of elements, white space collapsed.

#include <QString>

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace gloss::html {

/** Appends UTF-8 text with white space collapsed (NBSP counts as space; soft hyphens vanish). */
class TextSink
{
public:
    std::string buf;
    bool pendingSpace = false;
    /** How often the text was taken (a paragraph ended): positions in buf from before are void. */
    std::size_t takes = 0;

    /** Appends @p s (UTF-8), white space collapsed. */
    void append(std::string_view s);
    /** Writes a pending space now (unless at the start or after a space). */
    void putSpace();
    /** The text so far, trailing spaces removed; the sink starts again empty. */
    QString take();
};

/** Appends the visible text of @p n to @p sink (block elements and <br> separate words). */
void collectText(const GumboNode *n, TextSink &sink);
/** The visible text of a subtree on one line. */
QString textOf(const GumboNode *n);
/**
 * The text of a preformatted subtree (`<pre>`) as written: its line breaks and indentation
 * kept (`<br>` is a line break), trailing spaces and blank lines dropped (a blank line would
 * end the paragraph), no line breaks around it.
 */
QString preformattedText(const GumboNode *n);
/** Whether @p s starts with a quotation mark (straight, curly, guillemet, corner). */
bool startsWithQuoteMark(QStringView s);

} // namespace gloss::html
