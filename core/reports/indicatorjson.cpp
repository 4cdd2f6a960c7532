#include "reports/indicators.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace capacita::reports {

namespace {

QJsonObject counts(const QList<Count> &list)
{
    QJsonObject o;
    for (const Count &c : list)
        o.insert(c.key, c.count);
    return o;
}

QJsonValue date(const std::optional<QDate> &d)
{
    return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const Indicators &r)
{
    const AssessmentSummary &a = r.assessment;
    QJsonArray prePost;
    for (const PrePostByType &p : r.prePostByType)
        prePost.append(QJsonObject { { u"type"_s, p.type }, { u"paired"_s, p.paired },
            { u"mean_pre_pct"_s, p.meanPrePct }, { u"mean_post_pct"_s, p.meanPostPct } });
    QJsonArray months;
    for (const MonthActivity &m : r.perMonth)
        months.append(QJsonObject {
            { u"month"_s, m.month }, { u"trainings"_s, m.trainings }, { u"participants"_s, m.participants } });
    QJsonArray targets;
    for (const TargetActual &t : r.targets)
        targets.append(QJsonObject { { u"indicator"_s, t.indicator }, { u"period"_s, t.period },
            { u"disaggregation"_s, t.disaggregation }, { u"target"_s, t.target },
            { u"actual"_s, t.actual ? QJsonValue(*t.actual) : QJsonValue(QJsonValue::Null) } });
    return {
        { u"period"_s,
            QJsonObject { { u"from"_s, date(r.filter.from) }, { u"to"_s, date(r.filter.to) },
                { u"name"_s, periodName(r.filter) } } },
        { u"filter"_s,
            QJsonObject { { u"department"_s, r.filter.department }, { u"topic"_s, r.filter.topic },
                { u"type"_s, r.filter.type }, { u"consented_only"_s, r.filter.consentedOnly } } },
        { u"dataset"_s, r.datasetName },
        { u"generated_at"_s, r.generatedAt.toUTC().toString(Qt::ISODate) },
        { u"individuals_trained"_s,
            QJsonObject { { u"total"_s, r.individualsTotal }, { u"by_sex"_s, counts(r.bySex) },
                { u"by_age_band"_s, counts(r.byAgeBand) }, { u"by_participant_type"_s, counts(r.byParticipantType) },
                { u"by_department"_s, counts(r.byDepartment) }, { u"by_topic"_s, counts(r.byTopic) } } },
        { u"participations"_s,
            QJsonObject { { u"total"_s, r.participations }, { u"completed"_s, r.completedParticipations } } },
        { u"trainings"_s,
            QJsonObject { { u"total"_s, r.trainings }, { u"sessions"_s, r.sessions }, { u"hours"_s, r.hours } } },
        { u"attendance_rate"_s, r.attendanceRate },
        { u"assessment"_s,
            QJsonObject { { u"paired"_s, a.paired }, { u"mean_pre_pct"_s, a.meanPrePct },
                { u"mean_post_pct"_s, a.meanPostPct }, { u"mean_gain_points"_s, a.meanGainPoints },
                { u"improved_share"_s, a.improvedShare }, { u"mean_normalized_gain"_s, a.meanNormalizedGain } } },
        { u"pre_post_by_type"_s, prePost },
        { u"per_month"_s, months },
        { u"data_quality"_s,
            QJsonObject { { u"participants_without_dni"_s, r.dataQuality.participantsWithoutDni },
                { u"probable_duplicates"_s, r.dataQuality.probableDuplicates },
                { u"open_conflicts"_s, r.dataQuality.openConflicts } } },
        { u"targets"_s, targets },
    };
}

} // namespace capacita::reports
