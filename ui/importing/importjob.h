#pragma once

#include "common/storejob.h"
#include "importing/importsummary.h"
#include "importing/rosterimporter.h"

#include <atomic>
#include <optional>

namespace capacita {

// One roster import (dry run or real) on a worker thread (see StoreJob).
class ImportJob : public ResultJob<ImportSummary>
{
    Q_OBJECT
public:
    // options.progress is set by the job.
    ImportJob(QString databasePath, const Clock *clock, QString file, ImportOptions options,
              QObject *parent = nullptr);
    ~ImportJob() override; // waits for a running worker: a transaction is never cut short

    void start();
    // Asks the worker to stop at its next progress report; nothing is stored then.
    void cancel() { m_cancel = true; }

signals:
    void progressed(int done, int total); // emitted from the worker, delivered queued

private:
    QString m_file;
    ImportOptions m_options;
    std::atomic<bool> m_cancel = false;
};

} // namespace capacita
