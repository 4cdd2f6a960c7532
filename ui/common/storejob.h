#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QThread;

namespace capacita {

class Clock;
class Store;

// Runs one piece of work on a worker thread with a Store of its own. A Qt SQL connection
// must not cross threads, so the worker opens its own Store on the same database file and
// closes it before it ends; the GUI thread's Store never leaves the GUI thread. Subclasses
// keep the result; finished() is queued to the thread that owns the job.
//
// The worker's writes do not pass through the GUI Store's change notifier: the owner must
// reload what it shows (ChangeNotifier::bulkChanged) when the job is done.
class StoreJob : public QObject
{
    Q_OBJECT
public:
    bool isRunning() const { return m_thread != nullptr; }
    // For an owner that no longer wants the result: nothing more reaches it, and the job
    // deletes itself once its worker ends (a worker is never cut short).
    void abandon();

signals:
    void finished();

protected:
    // `clock` is the GUI Store's clock (tests use a fake one); it is only read.
    StoreJob(QString databasePath, const Clock *clock, QObject *parent);
    // Subclass destructors call this first: the work refers to their members, and a
    // transaction is never cut short.
    void waitForWorker();

    // Starts `work` on the worker; `onOpenFailed` receives the error when the database cannot
    // be opened there. Both run on the worker thread.
    void startWork(std::function<void(Store &)> work, std::function<void(const Error &)> onOpenFailed);
    // On the owner's thread, after the worker ended and before finished(): take the result.
    virtual void collect() = 0;
    // How the worker's open checks the file (before startWork). A job that only reads on
    // behalf of a window whose own Store checked the file (or defers that to IntegrityCheck)
    // sets Deferred: no second full read, no daily backup from the worker.
    void setOpenChecks(OpenChecks checks) { m_checks = checks; }
    // The error of a worker that ended without leaving a result.
    static Error noResult();

private:
    void onThreadFinished();

    QString m_path;
    const Clock *m_clock = nullptr;
    QThread *m_thread = nullptr;
    OpenChecks m_checks = OpenChecks::Auto;
};

// A StoreJob whose work gives one Result<T>: the worker's value, or the error of opening the
// database there, is result() once finished() has been emitted.
template<typename T> class ResultJob : public StoreJob
{
public:
    const std::optional<Result<T>> &result() const { return m_result; }

protected:
    using StoreJob::StoreJob;
    ~ResultJob() override { waitForWorker(); }

    // Runs `work` on the worker, once: a job that runs or ran ignores the call.
    void startResult(std::function<Result<T>(Store &)> work)
    {
        if (isRunning() || m_result)
            return;
        startWork([this, work = std::move(work)](Store &store) { m_outcome = work(store); },
            [this](const Error &error) { m_outcome = error; });
    }

private:
    void collect() final
    {
        m_result = std::move(m_outcome);
        if (!m_result)
            m_result = noResult();
    }

    std::optional<Result<T>> m_outcome; // written by the worker, read after it ended
    std::optional<Result<T>> m_result;
};

} // namespace capacita
