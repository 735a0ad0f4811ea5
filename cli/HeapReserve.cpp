#include "HeapReserve.h"

// (under AddressSanitizer its own allocator serves every block: nothing to prepare)
#if defined(__SANITIZE_ADDRESS__)
#define GLOSS_HEAP_RESERVE 0
#elif defined(Q_OS_LINUX) && defined(__GLIBC__)
#define GLOSS_HEAP_RESERVE 1
#else
#define GLOSS_HEAP_RESERVE 0
#endif

#if GLOSS_HEAP_RESERVE
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#endif

namespace gloss::cli {

bool heapReserveAvailable()
{
    return GLOSS_HEAP_RESERVE;
}

void reserveHeapFor(qint64 inputBytes)
{
#if GLOSS_HEAP_RESERVE
    // below this, the analysis touches too few pages for huge ones to pay
    constexpr qint64 kMinInput = 2 * 1024 * 1024;
    if (inputBytes < kMinInput)
        return;
    // the whole run of `gloss analyze` (text, analysis, JSON) peaks near 10x its input
    const size_t reserve = size_t(std::min<qint64>(inputBytes, 1LL << 30)) * 10;
    // every block from the one heap (none in a mapping of its own, which glibc would return to
    // the system at free and fault in again at the next allocation), and what is freed kept
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, int(std::min<size_t>(2 * reserve, INT32_MAX)));
    auto *const before = static_cast<char *>(sbrk(0));
    // grow the heap once (a block taken and given back: the region stays, untouched)
    void *volatile block = std::malloc(reserve);
    std::free(block);
    auto *const after = static_cast<char *>(sbrk(0));
    constexpr uintptr_t kHuge = 2 * 1024 * 1024;
    const uintptr_t start = (reinterpret_cast<uintptr_t>(before) + kHuge - 1) & ~(kHuge - 1);
    const uintptr_t end = reinterpret_cast<uintptr_t>(after) & ~(kHuge - 1);
    if (end > start)
        madvise(reinterpret_cast<void *>(start), end - start, MADV_HUGEPAGE); // a hint only
#else
    Q_UNUSED(inputBytes);
#endif
}

} // namespace gloss::cli
