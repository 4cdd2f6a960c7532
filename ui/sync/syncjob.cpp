#include "sync/syncjob.h"

#include "storage/store.h"
#include "sync/sync.h"

namespace capacita {

SyncJob::SyncJob(QString databasePath, const Clock *clock, Work work, QObject *parent)
    : ResultJob(std::move(databasePath), clock, parent)
    , m_work(std::move(work))
{
}

void SyncJob::start()
{
    startResult([work = m_work](Store &store) {
        SyncService service(store);
        return work(service);
    });
}

} // namespace capacita
