#pragma once

// Internal to the HTML extractor: the allocator gumbo builds the tree with.

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <vector>

namespace gloss::html {

/**
 * Bump allocator for gumbo: the tree is built once and freed all at once, so individual frees
 * are skipped (gumbo otherwise spends a fifth of its time in malloc/free on big pages).
 */
class Arena
{
public:
    Arena() = default;
    Arena(const Arena &) = delete;
    Arena &operator=(const Arena &) = delete;
    ~Arena()
    {
        for (char *c : m_chunks)
            std::free(c);
    }

    static void *allocate(void *self, std::size_t size)
    {
        return static_cast<Arena *>(self)->take(size);
    }
    static void deallocate(void *, void *) { }

private:
    void *take(std::size_t size)
    {
        size = (size + 15) & ~std::size_t(15);
        if (m_chunks.empty() || m_used + size > m_capacity) {
            m_capacity = std::max<std::size_t>(size, std::size_t(1) << 20);
            m_chunks.push_back(static_cast<char *>(std::malloc(m_capacity)));
            if (!m_chunks.back())
                std::abort(); // as gumbo's own malloc use: it cannot report a failure
            m_used = 0;
        }
        void *p = m_chunks.back() + m_used;
        m_used += size;
        return p;
    }

    std::vector<char *> m_chunks;
    std::size_t m_used = 0;
    std::size_t m_capacity = 0;
};

} // namespace gloss::html
