#include "storage/changenotifier.h"

namespace capacita {

namespace {
// Past this many rows in one transaction (an import, a sync), one reload is cheaper than
// row signals, and keeping every event would only cost memory.
constexpr qsizetype kBulkThreshold = 500;
} // namespace

void ChangeNotifier::post(ChangeEvent event)
{
    if (m_overflow)
        return;
    if (m_pending.size() >= kBulkThreshold) {
        m_pending.clear();
        m_overflow = true;
        return;
    }
    m_pending.append(std::move(event));
    if (!m_held)
        flush();
}

void ChangeNotifier::flush()
{
    if (std::exchange(m_overflow, false)) {
        emit bulkChanged();
        return;
    }
    const QList<ChangeEvent> events = std::exchange(m_pending, {});
    for (const ChangeEvent &e : events)
        emit changed(e);
}

void ChangeNotifier::discard()
{
    m_pending.clear();
    m_overflow = false;
}

} // namespace capacita
