#include "importing/importjob.h"

#include "storage/store.h"

namespace capacita {

ImportJob::ImportJob(QString databasePath, const Clock *clock, QString file, ImportOptions options,
                     QObject *parent)
    : ResultJob(std::move(databasePath), clock, parent)
    , m_file(std::move(file))
    , m_options(std::move(options))
{
}

ImportJob::~ImportJob()
{
    m_cancel = true;
    waitForWorker(); // the worker reports progress to this job and reads m_cancel
}

void ImportJob::start()
{
    startResult([this](Store &store) {
        ImportOptions options = m_options;
        options.progress = [this](int done, int total) {
            emit progressed(done, total);
            return !m_cancel.load();
        };
        return RosterImporter(store).importFile(m_file, options);
    });
}

} // namespace capacita
