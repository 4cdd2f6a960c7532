#include "reports/exportjob.h"

#include "domain/allocator.h"

#include <QThread>

namespace capacita {

ExportJob::ExportJob(std::function<Status()> write, QObject *parent)
    : QObject(parent), m_write(std::move(write))
{
}

ExportJob::~ExportJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ExportJob::start()
{
    if (m_thread || m_result)
        return;
    m_thread = QThread::create([this] {
        m_outcome = m_write();
        returnFreedMemory();
    });
    connect(m_thread, &QThread::finished, this, &ExportJob::onThreadFinished, Qt::QueuedConnection);
    m_thread->start();
}

void ExportJob::onThreadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_result = m_outcome ? *m_outcome : Status(Error::io(tr("The background task ended without a result.")));
    emit finished();
}

} // namespace capacita
