#include "reports/reportjob.h"

#include "storage/store.h"

namespace capacita {

ReportJob::ReportJob(QString databasePath, const Clock *clock, ReportRequest request, QObject *parent)
    : ResultJob(std::move(databasePath), clock, parent)
    , m_request(std::move(request))
{
}

void ReportJob::start()
{
    startResult([request = m_request](Store &store) -> Result<ReportData> {
        ReportData data;
        data.filter = request.filter;
        if (request.indicators) {
            Result<reports::Indicators> computed = reports::computeIndicators(store, request.filter);
            if (!computed)
                return computed.error();
            data.indicators = std::move(computed).value();
        }
        if (request.people) {
            Result<QList<reports::CountedPerson>> people =
                reports::countedParticipants(store, request.filter, request.drill);
            if (!people)
                return people.error();
            data.people = std::move(people).value();
        }
        return data;
    });
}

} // namespace capacita
