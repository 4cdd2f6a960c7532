#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class QThread;

namespace capacita {

class Clock;
class SyncService;

// One SyncService call (export, dry run, import) on a worker thread. A Qt SQL connection
// must not cross threads, so the worker opens its own Store on the same database file and
// closes it before it ends; the GUI thread's Store never leaves the GUI thread. The result
// comes back as a value through finished(), queued to the thread that owns the job.
//
// The worker's writes do not pass through the GUI Store's change notifier: the owner must
// reload what it shows (ChangeNotifier::bulkChanged) when the job is done.
class SyncJob : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<Result<QJsonObject>(SyncService &)>;

    // `clock` is the GUI Store's clock (tests use a fake one); it is only read.
    SyncJob(QString databasePath, const Clock *clock, Work work, QObject *parent = nullptr);
    ~SyncJob() override; // waits for a running worker: a merge is never cut short

    void start();
    bool isRunning() const { return m_thread != nullptr; }
    // Set once finished() has been emitted.
    const std::optional<Result<QJsonObject>> &result() const { return m_result; }

signals:
    void finished();

private:
    void onThreadFinished();

    QString m_path;
    const Clock *m_clock = nullptr;
    Work m_work;
    QThread *m_thread = nullptr;
    std::optional<Result<QJsonObject>> m_outcome; // written by the worker, read after it ended
    std::optional<Result<QJsonObject>> m_result;
};

} // namespace capacita
