#pragma once

#include "domain/entities.h"
#include "domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Reports: the figures a donor asks for, computed once.
//
// computeIndicators() runs the SQL of every figure (docs/indicators.md gives the
// definitions) and returns plain values. Every output is made from those values: the JSON of
// the CLI, the tables (indicatorTables) that CSV, XLSX, PDF and the Reportes page render, and
// the chart series (indicatorCharts) that the PDF painter and the Inicio dashboard draw. No
// output computes a figure of its own, so they cannot disagree.

namespace capacita {
class Store;
}

namespace capacita::reports {

// Which trainings and people a report covers. Trainings are in scope when their end date is
// in [from, to] (both optional: no period is all time), their department matches and, with
// a topic, they carry that topic. With a type, only people of that participant type count.
struct ReportFilter
{
    std::optional<QDate> from;
    std::optional<QDate> to;
    QString department; // department name as in the UBIGEO table; empty = all
    QString topic;      // topic code; empty = all
    QString type;       // participant type code; empty = all
    bool consentedOnly = false; // leave out people without recorded consent

    // US fiscal year: --fy 2025 is 1 Oct 2024 – 30 Sep 2025.
    static ReportFilter fiscalYear(int fy);
    // Quarter 1..4 of a fiscal year (Q1 = Oct–Dec of fy − 1).
    static ReportFilter fiscalQuarter(int fy, int quarter);
};

// The name of the period a filter covers when it is exactly a fiscal year or quarter
// ("FY2025", "FY2025-Q1"), else empty. Targets are set for these names.
QString periodName(const ReportFilter &filter);
// "FY2025", "fy2025", "2025" or "FY2025-Q1" as the dates of that period (other fields empty).
Result<ReportFilter> periodFromName(const QString &name);
// The canonical form of a period name ("2025" -> "FY2025"); empty when it is not one.
QString canonicalPeriodName(const QString &name);

// One key of a disaggregation with its count. Keys with zero are present.
struct Count
{
    QString key;
    qint64 count = 0;
};

struct AssessmentSummary
{
    qint64 paired = 0;          // completed participations with both a pre and a post score
    double meanPrePct = 0;      // % of max
    double meanPostPct = 0;
    double meanGainPoints = 0;  // percentage points
    double improvedShare = 0;   // share (0..1) with post > pre
    double meanNormalizedGain = 0; // over those with pre < 100
};

struct PrePostByType
{
    QString type; // participant type code, or "unknown"
    qint64 paired = 0;
    double meanPrePct = 0;
    double meanPostPct = 0;
};

struct MonthActivity
{
    QString month; // "2025-03", by training end date
    qint64 trainings = 0;
    qint64 participants = 0; // distinct people with a completed participation
};

struct DataQuality
{
    qint64 participantsWithoutDni = 0;
    qint64 probableDuplicates = 0;
    qint64 openConflicts = 0;
};

// A target set with `capacita-cli target set` and the actual figure for it.
struct TargetActual
{
    QString indicator;      // e.g. "individuals_trained"
    QString period;         // e.g. "FY2025"
    QString disaggregation; // e.g. "type=judge", may be empty
    double target = 0;
    std::optional<double> actual; // empty when the period is not the report's
};

struct Indicators
{
    ReportFilter filter;
    QString datasetName;
    QDateTime generatedAt;

    qint64 individualsTotal = 0;
    QList<Count> bySex;             // F, M, X, unknown
    QList<Count> byAgeBand;         // <18, 18-29, 30-44, 45-59, 60+, unknown
    QList<Count> byParticipantType; // every type code of the lookup, then unknown
    QList<Count> byDepartment;      // every department of the UBIGEO table, then unknown
    QList<Count> byTopic;           // every topic code of the lookup

    qint64 participations = 0;
    qint64 completedParticipations = 0;
    qint64 trainings = 0;
    qint64 sessions = 0;
    double hours = 0;
    double attendanceRate = 0; // 0..1

    AssessmentSummary assessment;
    QList<PrePostByType> prePostByType;
    QList<MonthActivity> perMonth;
    DataQuality dataQuality;
    QList<TargetActual> targets;

    // Labels of the lookup codes (participant types, topics), for tables and charts.
    QList<CodeLabel> typeLabels;
    QList<CodeLabel> topicLabels;
};

Result<Indicators> computeIndicators(Store &store, const ReportFilter &filter);

// The figure a target is set for (TargetRepository::indicators()), from computed figures.
std::optional<double> indicatorValue(const Indicators &indicators, const QString &indicator);

// The JSON of `capacita-cli report indicators` (shape in the issue and docs/indicators.md).
QJsonObject toJson(const Indicators &indicators);

// A person counted in individuals_trained, with what the evidence report lists.
struct CountedPerson
{
    QString id;
    QString givenNames;
    QString familyNames;
    QString docType; // dni | ce | none
    QString docNumber;
    QString sex;
    QStringList ageBands;    // one per band they were counted in
    QString type;
    QString institution;
    QStringList departments; // of the trainings they completed in the period
    QStringList trainings;   // codes of the trainings completed in the period
};

// Which bar of a chart or row of a table a drill-down is for ("sex", "F").
struct Drill
{
    QString dimension; // sex | age_band | participant_type | department | topic | month; empty = all
    QString key;
};

// The people behind individuals_trained (or one of its disaggregation keys), sorted by
// family names, given names.
Result<QList<CountedPerson>> countedParticipants(Store &store, const ReportFilter &filter,
    const Drill &drill = {});

} // namespace capacita::reports
