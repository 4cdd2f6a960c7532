#include "common/storejob.h"

#include "domain/allocator.h"
#include "storage/store.h"

#include <QThread>

namespace capacita {

StoreJob::StoreJob(QString databasePath, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_clock(clock)
{
}

void StoreJob::waitForWorker()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void StoreJob::startWork(std::function<void(Store &)> work, std::function<void(const Error &)> onOpenFailed)
{
    if (m_thread)
        return;
    m_thread = QThread::create([this, work = std::move(work), onOpenFailed = std::move(onOpenFailed)] {
        Database::Options options;
        options.clock = m_clock;
        options.checks = m_checks;
        {
            // The Store lives and dies inside this function, i.e. on this thread.
            auto opened = Store::open(m_path, options);
            if (opened)
                work(*opened.value());
            else
                onOpenFailed(opened.error());
        }
        returnFreedMemory();
    });
    connect(m_thread, &QThread::finished, this, &StoreJob::onThreadFinished, Qt::QueuedConnection);
    m_thread->start();
}

void StoreJob::abandon()
{
    disconnect(this, &StoreJob::finished, nullptr, nullptr);
    connect(this, &StoreJob::finished, this, &QObject::deleteLater);
}

Error StoreJob::noResult()
{
    return Error::io(tr("The background task ended without a result."));
}

void StoreJob::onThreadFinished()
{
    waitForWorker(); // the worker's writes to the subclass's result happen-before this point
    collect();
    emit finished();
}

} // namespace capacita
