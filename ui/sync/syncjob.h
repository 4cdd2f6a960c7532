#pragma once

#include "common/storejob.h"

#include <QJsonObject>

#include <optional>

namespace capacita {

class SyncService;

// One SyncService call (export, dry run, import) on a worker thread (see StoreJob).
class SyncJob : public ResultJob<QJsonObject>
{
    Q_OBJECT
public:
    using Work = std::function<Result<QJsonObject>(SyncService &)>;

    // The job waits for a running worker when destroyed: a merge is never cut short.
    SyncJob(QString databasePath, const Clock *clock, Work work, QObject *parent = nullptr);

    void start();

private:
    Work m_work;
};

} // namespace capacita
