#include "sync/syncjob.h"

#include "storage/store.h"
#include "sync/sync.h"

#include <QThread>

namespace capacita {

SyncJob::SyncJob(QString databasePath, const Clock *clock, Work work, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_clock(clock)
    , m_work(std::move(work))
{
}

SyncJob::~SyncJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SyncJob::start()
{
    if (m_thread || m_result)
        return;
    m_thread = QThread::create([this] {
        Database::Options options;
        options.clock = m_clock;
        // The Store lives and dies inside this function, i.e. on this thread.
        auto opened = Store::open(m_path, options);
        if (!opened) {
            m_outcome = opened.error();
            return;
        }
        std::unique_ptr<Store> store = std::move(opened).value();
        SyncService service(*store);
        m_outcome = m_work(service);
    });
    m_thread->setObjectName(QStringLiteral("sync-job"));
    connect(m_thread, &QThread::finished, this, &SyncJob::onThreadFinished, Qt::QueuedConnection);
    m_thread->start();
}

void SyncJob::onThreadFinished()
{
    m_thread->wait(); // the worker's writes to m_outcome happen-before this point
    delete m_thread;
    m_thread = nullptr;
    m_result = std::move(m_outcome);
    if (!m_result)
        m_result = Error::io(tr("The background task ended without a result."));
    emit finished();
}

} // namespace capacita
