#pragma once

#include <QtGlobal>

#include <optional>
#include <thread>

namespace capacita {
class Store;
}

namespace capacita::reports {

// The number of probable duplicate pairs a report shows (DuplicateFinder::count), asked for
// before the report's figures. When the kept count is out of date, the search (1.2-2 s at
// 50,000 people) runs on a connection of its own on another thread while the figures are
// computed on this one: it reads only the people, the figures mostly attendance, and the
// laptops have two cores. A database that is not a file is searched here, in take().
class DuplicateCount
{
public:
    explicit DuplicateCount(Store &store);
    DuplicateCount(const DuplicateCount &) = delete;
    DuplicateCount &operator=(const DuplicateCount &) = delete;

    qsizetype take(); // waits for the search; searches here if the other thread could not open the file

private:
    Store &m_store;
    std::optional<qsizetype> m_kept;
    std::optional<qsizetype> m_searched; // written by the thread, read after it is joined
    std::jthread m_thread;               // last: joined before the members it writes go
};

} // namespace capacita::reports
