#pragma once

#include "common/storejob.h"
#include "importing/duplicates.h"

namespace capacita {

// DuplicateFinder::find on a worker thread with a Store of its own (see StoreJob): at 50,000
// people a search takes more than a second, which the window must not wait for.
class DuplicateSearchJob : public ResultJob<QList<DuplicatePair>>
{
    Q_OBJECT
public:
    DuplicateSearchJob(QString databasePath, const Clock *clock, QObject *parent = nullptr);
    void start();
};

} // namespace capacita
