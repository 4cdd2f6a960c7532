#include "storage/changenotifier.h"

namespace capacita {

void ChangeNotifier::post(ChangeEvent event)
{
    m_pending.append(std::move(event));
    if (!m_held)
        flush();
}

void ChangeNotifier::flush()
{
    const QList<ChangeEvent> events = std::exchange(m_pending, {});
    // A very large batch (an import) is cheaper to show as one reload than as rows.
    if (events.size() > 500) {
        emit bulkChanged();
        return;
    }
    for (const ChangeEvent &e : events)
        emit changed(e);
}

void ChangeNotifier::discard()
{
    m_pending.clear();
}

} // namespace capacita
