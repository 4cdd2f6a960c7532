#pragma once

#include "reports/reportjob.h"

#include <QObject>

class QTimer;

namespace capacita {

class Store;

// Keeps a report up to date for a page: runs one ReportJob at a time (the newest request
// wins; a result that is already stale is dropped, not shown), and recomputes a short while
// after the data changed, so an import or a burst of edits makes one computation.
// A paused runner only notes that it is stale and catches up when resumed (a hidden page).
class ReportRunner : public QObject
{
    Q_OBJECT
public:
    ReportRunner(Store &store, QObject *parent = nullptr);
    ~ReportRunner() override;

    void setRequest(ReportRequest request); // runs it (or queues it behind the running job)
    const ReportRequest &request() const { return m_request; }
    void setPaused(bool paused);
    bool isBusy() const { return m_job != nullptr || m_pending; }

    static constexpr int kDebounceMs = 400;

signals:
    void started();
    void ready(const capacita::ReportData &data);
    void failed(const capacita::Error &error);

private:
    void scheduleRefresh();
    void run();
    void onJobFinished();

    Store &m_store;
    ReportRequest m_request;
    ReportJob *m_job = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_pending = false; // a newer request waits for the running job
    bool m_paused = false;
    bool m_stale = false;   // data changed while paused
};

} // namespace capacita
