#include "reports/reportjob.h"

#include "storage/store.h"

namespace capacita {

ReportJob::ReportJob(QString databasePath, const Clock *clock, ReportRequest request, QObject *parent)
    : StoreJob(std::move(databasePath), clock, parent)
    , m_request(std::move(request))
{
}

ReportJob::~ReportJob()
{
    waitForWorker();
}

void ReportJob::start()
{
    if (isRunning() || m_result)
        return;
    startWork(
        [this](Store &store) {
            ReportData data;
            data.filter = m_request.filter;
            if (m_request.indicators) {
                Result<reports::Indicators> computed = reports::computeIndicators(store, m_request.filter);
                if (!computed) {
                    m_outcome = computed.error();
                    return;
                }
                data.indicators = std::move(computed).value();
            }
            if (m_request.people) {
                Result<QList<reports::CountedPerson>> people =
                    reports::countedParticipants(store, m_request.filter, m_request.drill);
                if (!people) {
                    m_outcome = people.error();
                    return;
                }
                data.people = std::move(people).value();
            }
            m_outcome = std::move(data);
        },
        [this](const Error &error) { m_outcome = error; });
}

void ReportJob::collect()
{
    m_result = std::move(m_outcome);
    if (!m_result)
        m_result = Error::io(tr("The background task ended without a result."));
}

} // namespace capacita
