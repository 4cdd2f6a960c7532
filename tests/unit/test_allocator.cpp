#include "domain/allocator.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

using namespace capacita;

#ifdef M_ARENA_MAX // glibc's allocator
namespace {

// The arenas glibc holds, from malloc_info's report (one <heap> element each). Under a
// sanitizer's allocator glibc's arenas go unused and the count stays as it was.
int arenaCount()
{
    char *text = nullptr;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    malloc_info(0, out);
    std::fclose(out);
    int heaps = 0;
    for (const char *p = text; (p = std::strstr(p, "<heap nr=")); ++p)
        ++heaps;
    std::free(text);
    return heaps;
}

} // namespace

TEST_CASE("Threads that allocate at once share two arenas, so what one frees serves the others")
{
    shareAllocatorArenas();
    const int before = arenaCount();
    // Six threads allocate at the same time: without the limit each gets an arena of its own.
    std::vector<std::thread> threads;
    std::atomic<int> ready{0};
    for (int t = 0; t < 6; ++t) {
        threads.emplace_back([&ready] {
            std::vector<void *> blocks;
            for (int i = 0; i < 2000; ++i)
                blocks.push_back(std::malloc(512));
            ++ready;
            while (ready < 6)
                std::this_thread::yield();
            for (void *b : blocks)
                std::free(b);
        });
    }
    for (std::thread &t : threads)
        t.join();
    CHECK(arenaCount() <= std::max(before, 2));
}
#endif
