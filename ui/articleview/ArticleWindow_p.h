#pragma once

// The window of a very long article (see ArticleView): its size limits. Internal: tests make
// them small to exercise the window with short texts.

#include <QtGlobal>

namespace gloss::articlewindow {

/**
 * Articles of more characters than this are laid out a window at a time. Qt's text layout
 * places lines in 26.6 fixed point, so it cannot lay out much more than 33 million pixels
 * (about 50 million characters at 100%, a third of that at 300%), and laying out takes about
 * 0.7 µs a character: a jump to the end of 50 MB would take half a minute.
 */
inline qsizetype threshold = qsizetype(12) * 1024 * 1024;

/** The characters of the window: about 15,000 lines, laid out in about 0.7 s. */
inline qsizetype size = qsizetype(1024) * 1024;

} // namespace gloss::articlewindow
