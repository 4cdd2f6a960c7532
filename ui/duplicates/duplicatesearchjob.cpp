#include "duplicates/duplicatesearchjob.h"

#include "storage/store.h"

namespace capacita {

DuplicateSearchJob::DuplicateSearchJob(QString databasePath, const Clock *clock, QObject *parent)
    : ResultJob(std::move(databasePath), clock, parent)
{
    // The window's Store has checked the file already (or its IntegrityCheck does).
    setOpenChecks(OpenChecks::Deferred);
}

void DuplicateSearchJob::start()
{
    startResult([](Store &store) -> Result<QList<DuplicatePair>> { return DuplicateFinder(store).find(); });
}

} // namespace capacita
