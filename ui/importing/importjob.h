#pragma once

#include "domain/result.h"
#include "importing/importsummary.h"
#include "importing/rosterimporter.h"

#include <QObject>

#include <atomic>
#include <optional>

class QThread;

namespace capacita {

class Clock;

// One roster import (dry run or real) on a worker thread. As with SyncJob, a Qt SQL connection
// must not cross threads: the worker opens its own Store on the same database file and closes
// it before it ends. Its writes bypass the GUI Store's notifier, so the owner reloads after.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    // `clock` is the GUI Store's clock; it is only read. options.progress is set by the job.
    ImportJob(QString databasePath, const Clock *clock, QString file, ImportOptions options,
              QObject *parent = nullptr);
    ~ImportJob() override; // waits for a running worker: a transaction is never cut short

    void start();
    // Asks the worker to stop at its next progress report; nothing is stored then.
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }
    const std::optional<Result<ImportSummary>> &result() const { return m_result; }

signals:
    void progressed(int done, int total); // emitted from the worker, delivered queued
    void finished();

private:
    void onThreadFinished();

    QString m_path;
    const Clock *m_clock = nullptr;
    QString m_file;
    ImportOptions m_options;
    std::atomic<bool> m_cancel = false;
    QThread *m_thread = nullptr;
    std::optional<Result<ImportSummary>> m_outcome; // written by the worker, read after it ended
    std::optional<Result<ImportSummary>> m_result;
};

} // namespace capacita
