#include "shell/homefigures.h"

#include "common/searchtext.h"
#include "storage/store.h"

#include <algorithm>

namespace capacita {

HomeFigures HomeFigures::read(Store &store, int shown)
{
    HomeFigures figures;
    const QList<Training> trainings = store.trainings().list();
    // Two grouped reads: thousands of trainings must not be counted one by one.
    const QHash<QString, TrainingRepository::Counts> perTraining = store.trainings().countsPerTraining();
    for (const TrainingRepository::Counts &c : perTraining) {
        figures.sessions += c.sessions;
        figures.enrollments += c.enrolled;
    }
    figures.trainings = trainings.size();
    figures.participants = store.participants().count();
    figures.today = store.db().clock().today();

    QList<Training> coming;
    for (const Training &t : trainings) {
        if (t.endDate >= figures.today && t.status != QLatin1String("cancelled"))
            coming.append(t);
    }
    std::stable_sort(coming.begin(), coming.end(),
                     [](const Training &a, const Training &b) { return a.startDate < b.startDate; });
    figures.upcomingTotal = coming.size();
    for (const Training &t : coming.mid(0, shown)) {
        const auto district = store.reference().district(t.ubigeo);
        const TrainingRepository::Counts c = perTraining.value(t.id);
        figures.upcoming.append({t, district ? displayPlaceName(district->department) : QString(), c.sessions, c.enrolled});
    }
    return figures;
}

HomeFiguresJob::HomeFiguresJob(QString databasePath, const Clock *clock, int shown, QObject *parent)
    : ResultJob(std::move(databasePath), clock, parent)
    , m_shown(shown)
{
    // Counted again after every change to people or trainings: the window's Store has
    // checked the file already (or its IntegrityCheck does).
    setOpenChecks(OpenChecks::Deferred);
}

void HomeFiguresJob::start()
{
    startResult([shown = m_shown](Store &store) -> Result<HomeFigures> { return HomeFigures::read(store, shown); });
}

} // namespace capacita
