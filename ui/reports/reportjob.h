#pragma once

#include "common/storejob.h"
#include "reports/indicators.h"

#include <optional>

namespace capacita {

// What one computation of a report returns: the indicators and, when asked, the people
// counted in them (all of them, or those behind one bar).
struct ReportData
{
    reports::ReportFilter filter;
    std::optional<reports::Indicators> indicators;
    std::optional<QList<reports::CountedPerson>> people;
};

struct ReportRequest
{
    reports::ReportFilter filter;
    bool indicators = true;
    bool people = false;
    reports::Drill drill; // which people, when `people` is set
};

// Computes a report on a worker thread with a Store of its own (see StoreJob), so the GUI
// never waits for the SQL of the indicators.
class ReportJob : public ResultJob<ReportData>
{
    Q_OBJECT
public:
    ReportJob(QString databasePath, const Clock *clock, ReportRequest request, QObject *parent = nullptr);

    void start();
    const ReportRequest &request() const { return m_request; }

private:
    ReportRequest m_request;
};

} // namespace capacita
