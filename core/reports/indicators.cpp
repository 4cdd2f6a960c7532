#include "reports/indicators.h"

#include "reports/distinctpeople.h"
#include "reports/duplicatecount.h"
#include "reports/reportscope.h"
#include "storage/sqlitestatement.h"
#include "storage/store.h"
#include "storage/syncstore.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringBuilder>

#include <map>

using namespace Qt::StringLiterals;

// computeIndicators: every figure is an aggregate query over the report scope (see
// reportscope.h), except the counts of different people per key, which C++ makes from one
// read of the completed participations (distinctpeople.h); C++ also puts the rows in order
// and fills the keys that had no rows.

namespace capacita::reports {

namespace {

QList<Count> zeroCounts(const QStringList &keys)
{
    QList<Count> out;
    out.reserve(keys.size());
    for (const QString &key : keys)
        out.append({ key, 0 });
    return out;
}

// Different people with a completed participation, per key of each disaggregation.
struct PeopleCounts
{
    DistinctPeople all; // one key: the individuals trained
    DistinctPeople sex, ageBand, type, department, topic, month;
};

Status countPeople(ReportScope &scope, PeopleCounts &c)
{
    CAPACITA_TRY(scope.forEachRow(u"SELECT rp.person, " % sexKeyExpr() % u", rp.band, " % typeKeyExpr()
            % u", rt.department, rt.month FROM temp.report_participation rp "
              "JOIN temp.report_training rt ON rt.rid = rp.training WHERE rp.completed",
        [&c](const SqliteStatement &q) {
            const qint64 person = q.integer(0);
            c.all.add({}, person);
            c.sex.add(q.utf8(1), person);
            c.ageBand.add(q.utf8(2), person);
            c.type.add(q.utf8(3), person);
            c.department.add(q.utf8(4), person);
            c.month.add(q.utf8(5), person);
        }));
    return scope.forEachRow(u"SELECT tp.topic, rp.person FROM temp.report_topic tp "
                            "JOIN temp.report_participation rp ON rp.training = tp.training WHERE rp.completed"_s,
        [&c](const SqliteStatement &q) { c.topic.add(q.utf8(0), q.integer(1)); });
}

Status totals(ReportScope &scope, Indicators &r)
{
    CAPACITA_TRY(scope.forEach(
        u"SELECT count(*), COALESCE(sum(completed), 0), COALESCE(sum(attended), 0), COALESCE(sum(sessions), 0) "
        "FROM temp.report_participation"_s,
        {}, [&r](const QSqlQuery &q) {
            r.participations = q.value(0).toLongLong();
            r.completedParticipations = q.value(1).toLongLong();
            const double expected = q.value(3).toDouble();
            r.attendanceRate = expected > 0 ? q.value(2).toDouble() / expected : 0.0;
        }));
    return scope.forEach(
        u"SELECT count(*), COALESCE(sum(sessions), 0), COALESCE(sum(hours), 0) FROM temp.report_training"_s, {},
        [&r](const QSqlQuery &q) {
            r.trainings = q.value(0).toLongLong();
            r.sessions = q.value(1).toLongLong();
            r.hours = q.value(2).toDouble();
        });
}

void disaggregations(Store &store, const PeopleCounts &people, Indicators &r)
{
    const QList<Count> all = people.all.counts();
    r.individualsTotal = all.isEmpty() ? 0 : all.constFirst().count;
    r.bySex = zeroCounts({ u"F"_s, u"M"_s, u"X"_s, u"unknown"_s });
    people.sex.fill(r.bySex);
    r.byAgeBand = zeroCounts({ u"<18"_s, u"18-29"_s, u"30-44"_s, u"45-59"_s, u"60+"_s, u"unknown"_s });
    people.ageBand.fill(r.byAgeBand);

    QStringList types;
    for (const CodeLabel &t : store.reference().participantTypes()) {
        types << t.code;
        r.typeLabels.append(t);
    }
    r.byParticipantType = zeroCounts(types << u"unknown"_s);
    people.type.fill(r.byParticipantType);

    r.byDepartment = zeroCounts(store.reference().departments() << u"unknown"_s);
    people.department.fill(r.byDepartment);

    QStringList topics;
    for (const CodeLabel &t : store.reference().topics()) {
        topics << t.code;
        r.topicLabels.append(t);
    }
    r.byTopic = zeroCounts(topics);
    people.topic.fill(r.byTopic);
}

Status assessment(ReportScope &scope, Indicators &r)
{
    const QString paired = u" FROM temp.report_participation rp WHERE rp.completed AND rp.pre_pct IS NOT NULL "
                           "AND rp.post_pct IS NOT NULL"_s;
    CAPACITA_TRY(
        scope.forEach(u"SELECT count(*), COALESCE(avg(pre_pct), 0), COALESCE(avg(post_pct), 0), COALESCE(avg(post_pct "
                      u"- pre_pct), 0), "
                      "COALESCE(avg(post_pct > pre_pct), 0), "
                      "COALESCE(avg(CASE WHEN pre_pct < 100 THEN (post_pct - pre_pct) / (100.0 - pre_pct) END), 0)"
                % paired,
            {}, [&r](const QSqlQuery &q) {
                r.assessment.paired = q.value(0).toLongLong();
                r.assessment.meanPrePct = q.value(1).toDouble();
                r.assessment.meanPostPct = q.value(2).toDouble();
                r.assessment.meanGainPoints = q.value(3).toDouble();
                r.assessment.improvedShare = q.value(4).toDouble();
                r.assessment.meanNormalizedGain = q.value(5).toDouble();
            }));
    for (const Count &type : std::as_const(r.byParticipantType))
        r.prePostByType.append({ type.key, 0, 0, 0 });
    return scope.forEach(
        u"SELECT " % typeKeyExpr() % u", count(*), avg(pre_pct), avg(post_pct)" % paired % u" GROUP BY 1", {},
        [&r](const QSqlQuery &q) {
            const QString key = q.value(0).toString();
            auto it = std::find_if(r.prePostByType.begin(), r.prePostByType.end(),
                [&key](const PrePostByType &p) { return p.type == key; });
            if (it == r.prePostByType.end())
                it = r.prePostByType.insert(r.prePostByType.end(), { key, 0, 0, 0 });
            it->paired = q.value(1).toLongLong();
            it->meanPrePct = q.value(2).toDouble();
            it->meanPostPct = q.value(3).toDouble();
        });
}

// Months of the period (all of them when the period has both ends and is at most three
// years long, so a chart shows quiet months too), else the months that had trainings.
Status perMonth(ReportScope &scope, const ReportFilter &filter, const DistinctPeople &people, Indicators &r)
{
    std::map<QString, MonthActivity> months;
    if (filter.from && filter.to && *filter.from <= *filter.to && filter.from->daysTo(*filter.to) <= 3 * 366) {
        for (QDate m(filter.from->year(), filter.from->month(), 1); m <= *filter.to; m = m.addMonths(1)) {
            const QString key = m.toString(u"yyyy-MM"_s);
            months[key] = { key, 0, 0 };
        }
    }
    auto slot = [&months](const QString &key) -> MonthActivity & {
        MonthActivity &m = months[key];
        m.month = key;
        return m;
    };
    CAPACITA_TRY(scope.forEach(u"SELECT month, count(*) FROM temp.report_training GROUP BY 1"_s, {},
        [&slot](const QSqlQuery &q) { slot(q.value(0).toString()).trainings = q.value(1).toLongLong(); }));
    for (const Count &c : people.counts())
        slot(c.key).participants = c.count;
    for (const auto &entry : months)
        r.perMonth.append(entry.second);
    return {};
}

Status dataQuality(Store &store, DuplicateCount &duplicates, Indicators &r)
{
    QSqlQuery q(store.db().sql());
    if (!q.exec(u"SELECT count(*) FROM participant WHERE deleted % 2 = 0 "
                "AND (doc_type IS NOT 'dni' OR COALESCE(doc_number, '') = '')"_s)
        || !q.next())
        return sqlError(q);
    r.dataQuality.participantsWithoutDni = q.value(0).toLongLong();
    r.dataQuality.probableDuplicates = duplicates.take();
    r.dataQuality.openConflicts = SyncStore(store.db()).openConflictCount();
    return {};
}

Result<Indicators> computeFigures(Store &store, const ReportFilter &filter)
{
    Indicators r;
    r.filter = filter;
    ReportScope scope(store.db());
    CAPACITA_TRY(scope.build(filter));
    CAPACITA_TRY(totals(scope, r));
    PeopleCounts people;
    CAPACITA_TRY(countPeople(scope, people));
    disaggregations(store, people, r);
    CAPACITA_TRY(assessment(scope, r));
    CAPACITA_TRY(perMonth(scope, filter, people.month, r));
    return r;
}

// "department=CUSCO;type=judge" -> its parts.
void applyDisaggregation(const QString &text, ReportFilter &f)
{
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0).trimmed();
        const QString value = part.section(u'=', 1).trimmed();
        if (key == u"type")
            f.type = value;
        else if (key == u"department")
            f.department = value;
    }
}

Status targets(Store &store, Indicators &r)
{
    const QString period = periodName(r.filter);
    const bool plainReport = r.filter.department.isEmpty() && r.filter.topic.isEmpty() && r.filter.type.isEmpty()
        && !r.filter.consentedOnly;
    QHash<QString, Indicators> byDisaggregation;
    for (const Target &t : store.targets().list()) {
        TargetActual ta { t.indicator, t.period, t.disaggregation, t.value, std::nullopt };
        if (!period.isEmpty() && t.period == period) {
            // The actual is the programme's figure for the target's period and disaggregation,
            // whatever other filters the report has.
            if (plainReport && t.disaggregation.isEmpty()) {
                ta.actual = indicatorValue(r, t.indicator);
            } else {
                auto cached = byDisaggregation.find(t.disaggregation);
                if (cached == byDisaggregation.end()) {
                    ReportFilter f;
                    f.from = r.filter.from;
                    f.to = r.filter.to;
                    applyDisaggregation(t.disaggregation, f);
                    auto figures = computeFigures(store, f);
                    if (!figures)
                        return figures.error();
                    cached = byDisaggregation.insert(t.disaggregation, *figures);
                }
                ta.actual = indicatorValue(*cached, t.indicator);
            }
        }
        r.targets.append(ta);
    }
    return {};
}

} // namespace

std::optional<double> indicatorValue(const Indicators &r, const QString &indicator)
{
    if (indicator == u"individuals_trained")
        return double(r.individualsTotal);
    if (indicator == u"participations")
        return double(r.participations);
    if (indicator == u"participations_completed")
        return double(r.completedParticipations);
    if (indicator == u"trainings")
        return double(r.trainings);
    if (indicator == u"sessions")
        return double(r.sessions);
    if (indicator == u"hours")
        return r.hours;
    if (indicator == u"attendance_rate")
        return r.attendanceRate;
    if (indicator == u"assessment_paired")
        return double(r.assessment.paired);
    if (indicator == u"mean_gain_points")
        return r.assessment.meanGainPoints;
    return std::nullopt;
}

Result<Indicators> computeIndicators(Store &store, const ReportFilter &filter)
{
    DuplicateCount duplicates(store); // searched meanwhile when the kept count is out of date
    auto figures = computeFigures(store, filter);
    if (!figures)
        return figures.error();
    Indicators r = std::move(figures).value();
    r.datasetName = store.db().setting(u"dataset_name"_s);
    r.generatedAt = QDateTime::fromMSecsSinceEpoch(store.db().clock().nowMs(), Qt::UTC);
    CAPACITA_TRY(dataQuality(store, duplicates, r));
    CAPACITA_TRY(targets(store, r));
    return r;
}

} // namespace capacita::reports
