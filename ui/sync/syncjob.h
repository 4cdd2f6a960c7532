#pragma once

#include "common/storejob.h"

#include <QJsonObject>

#include <optional>

namespace capacita {

class SyncService;

// One SyncService call (export, dry run, import) on a worker thread (see StoreJob).
class SyncJob : public StoreJob
{
    Q_OBJECT
public:
    using Work = std::function<Result<QJsonObject>(SyncService &)>;

    SyncJob(QString databasePath, const Clock *clock, Work work, QObject *parent = nullptr);
    ~SyncJob() override; // waits for a running worker: a merge is never cut short

    void start();
    // Set once finished() has been emitted.
    const std::optional<Result<QJsonObject>> &result() const { return m_result; }

private:
    void collect() override;

    Work m_work;
    std::optional<Result<QJsonObject>> m_outcome; // written by the worker, read after it ended
    std::optional<Result<QJsonObject>> m_result;
};

} // namespace capacita
