#include "sync/syncjob.h"

#include "storage/store.h"
#include "sync/sync.h"

namespace capacita {

SyncJob::SyncJob(QString databasePath, const Clock *clock, Work work, QObject *parent)
    : StoreJob(std::move(databasePath), clock, parent)
    , m_work(std::move(work))
{
}

SyncJob::~SyncJob()
{
    waitForWorker();
}

void SyncJob::start()
{
    if (isRunning() || m_result)
        return;
    startWork(
        [this](Store &store) {
            SyncService service(store);
            m_outcome = m_work(service);
        },
        [this](const Error &error) { m_outcome = error; });
}

void SyncJob::collect()
{
    m_result = std::move(m_outcome);
    if (!m_result)
        m_result = Error::io(tr("The background task ended without a result."));
}

} // namespace capacita
