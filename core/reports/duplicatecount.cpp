#include "reports/duplicatecount.h"

#include "importing/duplicates.h"
#include "storage/store.h"

namespace capacita::reports {

DuplicateCount::DuplicateCount(Store &store)
    : m_store(store)
{
    m_kept = DuplicateFinder(store).cachedCount();
    if (m_kept || !store.db().canOpenAgain())
        return;
    const QString path = store.db().path();
    Database::Options options;
    options.clock = &store.db().clock();
    options.checks = OpenChecks::Deferred; // this connection opened and checked the file
    m_thread = std::jthread([this, path, options] {
        // The Store lives and dies on this thread, as a Qt SQL connection must.
        if (auto other = Store::open(path, options))
            m_searched = DuplicateFinder(**other).count();
    });
}

qsizetype DuplicateCount::take()
{
    if (m_thread.joinable())
        m_thread.join();
    if (m_kept)
        return *m_kept;
    if (m_searched)
        return *m_searched;
    return DuplicateFinder(m_store).count();
}

} // namespace capacita::reports
