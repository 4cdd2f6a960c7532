#include "importing/importjob.h"

#include "storage/store.h"

namespace capacita {

ImportJob::ImportJob(QString databasePath, const Clock *clock, QString file, ImportOptions options,
                     QObject *parent)
    : StoreJob(std::move(databasePath), clock, parent)
    , m_file(std::move(file))
    , m_options(std::move(options))
{
}

ImportJob::~ImportJob()
{
    m_cancel = true;
    waitForWorker();
}

void ImportJob::start()
{
    if (isRunning() || m_result)
        return;
    startWork(
        [this](Store &store) {
            ImportOptions options = m_options;
            options.progress = [this](int done, int total) {
                emit progressed(done, total);
                return !m_cancel.load();
            };
            m_outcome = RosterImporter(store).importFile(m_file, options);
        },
        [this](const Error &error) { m_outcome = error; });
}

void ImportJob::collect()
{
    m_result = std::move(m_outcome);
    if (!m_result)
        m_result = Error::io(tr("The background task ended without a result."));
}

} // namespace capacita
