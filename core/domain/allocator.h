#pragma once

namespace capacita {

// Call first in main(), before any thread starts. glibc gives each new thread an arena of
// its own, up to eight per core, and memory freed in one arena serves only the threads
// that use it: a daily backup on one worker, the dashboard's report on another and the
// participants list on a third each kept their high-water mark, and the window reached
// 280 MB where it otherwise peaked near 205 MB (docs/performance.md). Two arenas let what
// one job frees serve the next. Does nothing on other C libraries.
void shareAllocatorArenas();

// Gives the memory freed since back to the system. Called by a worker thread as it ends
// (after its connection closed): the heap otherwise keeps the high-water mark of each
// job, and the next job's memory came on top of it (with every page opened in bench_ui,
// 337 MB before, under 290 MB since; docs/performance.md). Off the GUI thread: it walks
// every arena.
void returnFreedMemory();

} // namespace capacita
