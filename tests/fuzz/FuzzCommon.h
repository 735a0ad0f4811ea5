#pragma once

// Shared helpers of the libFuzzer targets: invariant checks that abort with a message, so that
// a broken promise of an API is a finding just like a crash.

#include "Invariants.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <iterator>
#include <cstdio>
#include <cstdlib>

#define GLOSS_FUZZ_CHECK(cond)                                                              \
    do {                                                                                    \
        if (!(cond)) {                                                                      \
            std::fprintf(stderr, "fuzz invariant failed: %s (%s:%d)\n", #cond, __FILE__,    \
                         __LINE__);                                                         \
            std::abort();                                                                   \
        }                                                                                   \
    } while (false)

namespace gloss::fuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/** Aborts (a finding) when the analysis breaks a promise of Article.h. */
inline void checkArticle(const Article &article)
{
    const QString broken = invariants::checkArticle(article);
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "fuzz invariant failed: %s\n", qPrintable(broken));
        std::abort();
    }
}

} // namespace gloss::fuzz
