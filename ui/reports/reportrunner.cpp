#include "reports/reportrunner.h"

#include "storage/store.h"

#include <QTimer>

namespace capacita {

ReportRunner::ReportRunner(Store &store, QObject *parent)
    : QObject(parent), m_store(store), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ReportRunner::run);
    ChangeNotifier &notifier = store.db().notifier();
    connect(&notifier, &ChangeNotifier::changed, this, &ReportRunner::scheduleRefresh);
    connect(&notifier, &ChangeNotifier::bulkChanged, this, &ReportRunner::scheduleRefresh);
}

ReportRunner::~ReportRunner()
{
    delete m_job; // waits for its worker
}

void ReportRunner::setRequest(ReportRequest request)
{
    m_request = std::move(request);
    m_debounce->stop();
    if (m_paused) {
        m_stale = true;
        return;
    }
    run();
}

void ReportRunner::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_stale)
        run();
}

void ReportRunner::scheduleRefresh()
{
    if (m_paused) {
        m_stale = true;
        return;
    }
    m_debounce->start();
}

void ReportRunner::run()
{
    m_stale = false;
    if (m_job) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_job = new ReportJob(m_store.db().path(), &m_store.db().clock(), m_request, this);
    connect(m_job, &StoreJob::finished, this, &ReportRunner::onJobFinished);
    emit started();
    m_job->start();
}

void ReportRunner::onJobFinished()
{
    ReportJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    if (m_pending) { // what it computed is already out of date
        run();
        return;
    }
    const Result<ReportData> &result = *job->result();
    if (result)
        emit ready(result.value());
    else
        emit failed(result.error());
}

} // namespace capacita
