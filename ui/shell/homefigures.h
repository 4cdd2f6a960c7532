#pragma once

#include "common/storejob.h"
#include "domain/entities.h"

#include <optional>

namespace capacita {

// What Inicio shows beside the dashboard: how much is recorded and the trainings coming up.
// At programme scale (50,000 people, 100,000 enrollments) the counts read a few hundred
// megabytes of rows, so they are read on a worker (HomeFiguresJob) and the window shows at once.
struct HomeFigures
{
    struct Upcoming
    {
        Training training;
        QString department; // as shown (displayPlaceName); empty when the district is unknown
        qsizetype sessions = 0;
        qsizetype enrolled = 0;
    };

    qsizetype trainings = 0;
    qsizetype sessions = 0;
    qsizetype participants = 0;
    qsizetype enrollments = 0;
    QDate today;               // by the store's clock, when they were read
    QList<Upcoming> upcoming;  // not cancelled, ending today or later, earliest start first
    qsizetype upcomingTotal = 0; // before keeping the first `shown`

    // Reads them from `store`; keeps the first `shown` upcoming trainings.
    static HomeFigures read(Store &store, int shown);
};

// Reads HomeFigures on a worker thread with a Store of its own (see StoreJob).
class HomeFiguresJob : public ResultJob<HomeFigures>
{
    Q_OBJECT
public:
    HomeFiguresJob(QString databasePath, const Clock *clock, int shown, QObject *parent = nullptr);
    void start();

private:
    int m_shown = 0;
};

} // namespace capacita
