#include "domain/allocator.h"

#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

namespace capacita {

void shareAllocatorArenas()
{
#ifdef M_ARENA_MAX // glibc's
    mallopt(M_ARENA_MAX, 2);
#endif
}

void returnFreedMemory()
{
#ifdef M_ARENA_MAX
    malloc_trim(0);
#endif
}

} // namespace capacita
