#include "reportfixture.h"
#include "importing/duplicates.h"
#include "reports/indicators.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace capacita;
using namespace Qt::StringLiterals;
using Catch::Detail::Approx;

namespace {

reports::Indicators compute(ReportFixture &f, const reports::ReportFilter &filter)
{
    auto r = reports::computeIndicators(f.s(), filter);
    if (!r)
        FAIL(r.error().text().toStdString());
    return *r;
}

} // namespace

TEST_CASE("report fiscal year and quarter dates", "[reports]")
{
    const auto fy = reports::ReportFilter::fiscalYear(2025);
    CHECK(*fy.from == QDate(2024, 10, 1));
    CHECK(*fy.to == QDate(2025, 9, 30));
    const auto q1 = reports::ReportFilter::fiscalQuarter(2025, 1);
    CHECK(*q1.from == QDate(2024, 10, 1));
    CHECK(*q1.to == QDate(2024, 12, 31));
    const auto q4 = reports::ReportFilter::fiscalQuarter(2025, 4);
    CHECK(*q4.from == QDate(2025, 7, 1));
    CHECK(*q4.to == QDate(2025, 9, 30));
    CHECK(reports::periodName(fy) == u"FY2025"_s);
    CHECK(reports::periodName(reports::ReportFilter::fiscalQuarter(2026, 2)) == u"FY2026-Q2"_s);
    CHECK(reports::periodName(reports::ReportFilter {}).isEmpty());
    CHECK(reports::canonicalPeriodName(u"2025"_s) == u"FY2025"_s);
    CHECK(reports::canonicalPeriodName(u"fy2025-q3"_s) == u"FY2025-Q3"_s);
    CHECK(reports::canonicalPeriodName(u"FY25"_s).isEmpty());
    auto q = reports::periodFromName(u"FY2025-Q2"_s);
    REQUIRE(q);
    CHECK(*q->from == QDate(2025, 1, 1));
    CHECK(*q->to == QDate(2025, 3, 31));
    CHECK_FALSE(reports::periodFromName(u"next year"_s));
}

TEST_CASE("report indicators of a fiscal year from hand-computed data", "[reports]")
{
    ReportFixture f;
    const auto r = compute(f, reports::ReportFilter::fiscalYear(2025));

    // FY2025 = 2024-10-01..2025-09-30: T2 (ends on the first day), T3 (on the last day), T4, T6.
    // T1 ends 2024-09-30 and T5 2025-10-01, outside.
    CHECK(r.trainings == 4);
    CHECK(r.sessions == 11); // 5 + 4 + 2 + 0
    CHECK(r.hours == Approx(25.0)); // 5x2 + 4x3 + 2x1.5 + 0

    // Participations: T2 A B C, T3 A B D E (F deleted), T4 D (through D2) C, T6 E = 10.
    CHECK(r.participations == 10);
    // Completed: T2 A (4/5 = 0.8 reaches the rule) C; T3 A B D E; T4 D = 7.
    CHECK(r.completedParticipations == 7);
    // Attended / expected: T2 4+3+5 of 15, T3 4x4 of 16, T4 2+1 of 4, T6 0 of 0 = 31/35.
    CHECK(r.attendanceRate == Approx(31.0 / 35.0));

    // Individuals: A B C D E = 5 (D once, though counted through two records; F deleted).
    CHECK(r.individualsTotal == 5);
    CHECK(countOf(r.bySex, u"F"_s) == 3); // A D E
    CHECK(countOf(r.bySex, u"M"_s) == 1); // B
    CHECK(countOf(r.bySex, u"X"_s) == 1); // C
    CHECK(countOf(r.bySex, u"unknown"_s) == 0);
    REQUIRE(r.bySex.size() == 4);

    // Age at each training's end year: A 2024-1995 = 29 in T2, 2025-1995 = 30 in T3 (two
    // bands); B 2025-2008 = 17; D 2025-1960 = 65; E 2025-1980 = 45; C has no birth year.
    CHECK(countOf(r.byAgeBand, u"<18"_s) == 1);
    CHECK(countOf(r.byAgeBand, u"18-29"_s) == 1);
    CHECK(countOf(r.byAgeBand, u"30-44"_s) == 1);
    CHECK(countOf(r.byAgeBand, u"45-59"_s) == 1);
    CHECK(countOf(r.byAgeBand, u"60+"_s) == 1);
    CHECK(countOf(r.byAgeBand, u"unknown"_s) == 1);

    // Types: judge A E, police B, prosecutor D, C none; every code present, zero or not.
    CHECK(countOf(r.byParticipantType, u"judge"_s) == 2);
    CHECK(countOf(r.byParticipantType, u"police"_s) == 1);
    CHECK(countOf(r.byParticipantType, u"prosecutor"_s) == 1);
    CHECK(countOf(r.byParticipantType, u"unknown"_s) == 1);
    CHECK(countOf(r.byParticipantType, u"educator"_s) == 0);
    CHECK(r.byParticipantType.size() == f.s().reference().participantTypes().size() + 1);
    CHECK(r.byParticipantType.constLast().key == u"unknown"_s);

    // Departments of the trainings: CUSCO T2 A C; PUNO T3 A B D E; unknown T4 D.
    CHECK(countOf(r.byDepartment, u"CUSCO"_s) == 2);
    CHECK(countOf(r.byDepartment, u"PUNO"_s) == 4);
    CHECK(countOf(r.byDepartment, u"unknown"_s) == 1);
    CHECK(countOf(r.byDepartment, u"LORETO"_s) == 0);
    CHECK(r.byDepartment.size() == f.s().reference().departments().size() + 1);

    // Topics: TIP T2 (A C); GBV T2 + T3 (A C B D E); CEFM T4 (D); other none.
    CHECK(countOf(r.byTopic, u"TIP"_s) == 2);
    CHECK(countOf(r.byTopic, u"GBV"_s) == 5);
    CHECK(countOf(r.byTopic, u"CEFM"_s) == 1);
    CHECK(countOf(r.byTopic, u"other"_s) == 0);

    // Paired, completed: A-T2 50->80, A-T3 100->90, D-T3 50->75, E-T3 60->60, D-T4 20->50.
    // B-T2 is not completed, B-T3 has no post test.
    CHECK(r.assessment.paired == 5);
    CHECK(r.assessment.meanPrePct == Approx(56.0)); // 280 / 5
    CHECK(r.assessment.meanPostPct == Approx(71.0)); // 355 / 5
    CHECK(r.assessment.meanGainPoints == Approx(15.0)); // (30 - 10 + 25 + 0 + 30) / 5
    CHECK(r.assessment.improvedShare == Approx(0.6)); // 3 of 5
    // Over pre < 100 (A-T3 left out): (30/50 + 25/50 + 0/40 + 30/80) / 4 = 1.475 / 4.
    CHECK(r.assessment.meanNormalizedGain == Approx(0.36875));

    auto prePost = [&r](const QString &type) {
        for (const auto &p : r.prePostByType) {
            if (p.type == type)
                return p;
        }
        FAIL("no pre/post row for " << type.toStdString());
        return reports::PrePostByType {};
    };
    CHECK(prePost(u"judge"_s).paired == 3); // A-T2, A-T3, E-T3
    CHECK(prePost(u"judge"_s).meanPrePct == Approx(70.0)); // (50 + 100 + 60) / 3
    CHECK(prePost(u"judge"_s).meanPostPct == Approx(230.0 / 3.0)); // (80 + 90 + 60) / 3
    CHECK(prePost(u"prosecutor"_s).paired == 2); // D-T3, D-T4
    CHECK(prePost(u"prosecutor"_s).meanPrePct == Approx(35.0)); // (50 + 20) / 2
    CHECK(prePost(u"prosecutor"_s).meanPostPct == Approx(62.5)); // (75 + 50) / 2
    CHECK(prePost(u"police"_s).paired == 0);

    // Months of the fiscal year, all twelve; trainings by end month.
    REQUIRE(r.perMonth.size() == 12);
    CHECK(r.perMonth.constFirst().month == u"2024-10"_s);
    CHECK(r.perMonth.constFirst().trainings == 1); // T2
    CHECK(r.perMonth.constFirst().participants == 2); // A C
    CHECK(r.perMonth.at(5).month == u"2025-03"_s);
    CHECK(r.perMonth.at(5).trainings == 1); // T4
    CHECK(r.perMonth.at(5).participants == 1); // D
    CHECK(r.perMonth.at(7).trainings == 1); // 2025-05: T6
    CHECK(r.perMonth.at(7).participants == 0);
    CHECK(r.perMonth.constLast().participants == 4); // 2025-09: T3 A B D E

    // Live records: A D E have a DNI; B C do not (D2 and F are deleted).
    CHECK(r.dataQuality.participantsWithoutDni == 2);
    CHECK(r.dataQuality.openConflicts == 0);
}

TEST_CASE("report indicators across the fiscal year edges", "[reports]")
{
    ReportFixture f;
    // FY2024 ends 2024-09-30: only T1, where A completed 2 of 2.
    const auto fy24 = compute(f, reports::ReportFilter::fiscalYear(2024));
    CHECK(fy24.trainings == 1);
    CHECK(fy24.individualsTotal == 1);
    CHECK(countOf(fy24.byAgeBand, u"18-29"_s) == 1); // 2024 - 1995 = 29
    // FY2026 starts 2025-10-01: only T5.
    const auto fy26 = compute(f, reports::ReportFilter::fiscalYear(2026));
    CHECK(fy26.trainings == 1);
    CHECK(fy26.individualsTotal == 1);
    // FY2025 Q1 (Oct-Dec 2024): T2 only; A and C completed it.
    const auto q1 = compute(f, reports::ReportFilter::fiscalQuarter(2025, 1));
    CHECK(q1.trainings == 1);
    CHECK(q1.individualsTotal == 2);
    // All time: T1..T6; A B C D E (A in T1, T2, T3, T5).
    const auto all = compute(f, reports::ReportFilter {});
    CHECK(all.trainings == 6);
    CHECK(all.individualsTotal == 5);
    CHECK(all.participations == 12); // 10 + T1 A + T5 A
    // No period: the months that had trainings, 2024-09 (T1) .. 2025-10 (T5), in order.
    REQUIRE_FALSE(all.perMonth.isEmpty());
    CHECK(all.perMonth.constFirst().month == u"2024-09"_s);
    CHECK(all.perMonth.constLast().month == u"2025-10"_s);
}

TEST_CASE("report indicators JSON has the agreed shape", "[reports]")
{
    ReportFixture f;
    const QJsonObject j = reports::toJson(compute(f, reports::ReportFilter::fiscalYear(2025)));
    CHECK(j[u"period"_s][u"from"_s].toString() == u"2024-10-01"_s);
    CHECK(j[u"period"_s][u"to"_s].toString() == u"2025-09-30"_s);
    const QJsonObject ind = j[u"individuals_trained"_s].toObject();
    CHECK(ind[u"total"_s].toInt() == 5);
    CHECK(ind[u"by_sex"_s].toObject().keys() == QStringList { u"F"_s, u"M"_s, u"X"_s, u"unknown"_s });
    CHECK(ind[u"by_age_band"_s].toObject().size() == 6);
    CHECK(ind[u"by_age_band"_s][u"<18"_s].toInt() == 1);
    CHECK(ind[u"by_participant_type"_s][u"educator"_s].isDouble()); // zero, present
    CHECK(ind[u"by_department"_s][u"AMAZONAS"_s].toInt(-1) == 0);
    CHECK(ind[u"by_department"_s][u"unknown"_s].toInt() == 1);
    CHECK(ind[u"by_topic"_s][u"GBV"_s].toInt() == 5);
    CHECK(j[u"participations"_s][u"total"_s].toInt() == 10);
    CHECK(j[u"participations"_s][u"completed"_s].toInt() == 7);
    CHECK(j[u"trainings"_s][u"total"_s].toInt() == 4);
    CHECK(j[u"trainings"_s][u"sessions"_s].toInt() == 11);
    CHECK(j[u"trainings"_s][u"hours"_s].toDouble() == Approx(25.0));
    // Full precision, not rounded for display: 31/35 = 0.885714285714...
    CHECK(j[u"attendance_rate"_s].toDouble() == 31.0 / 35.0);
    const QJsonObject a = j[u"assessment"_s].toObject();
    for (const char *key :
        { "paired", "mean_pre_pct", "mean_post_pct", "mean_gain_points", "improved_share", "mean_normalized_gain" })
        CHECK(a.contains(QLatin1String(key)));
    CHECK(a[u"mean_normalized_gain"_s].toDouble() == Approx(0.36875));
    const QJsonObject q = j[u"data_quality"_s].toObject();
    CHECK(q[u"participants_without_dni"_s].toInt() == 2);
    CHECK(q.contains(u"probable_duplicates"_s));
    CHECK(q[u"open_conflicts"_s].toInt() == 0);
    CHECK(j[u"targets"_s].isArray());
}

TEST_CASE("report counts the probable duplicate pairs the finder lists, after every change to people", "[reports]")
{
    test::TempStore db; // a file: the count is searched on a second connection
    Participant rosa = test::sampleParticipant();
    rosa.birthYear.reset();
    REQUIRE(db->participants().add(rosa));
    REQUIRE(db->participants().add(rosa));
    auto first = reports::computeIndicators(db.store(), {});
    REQUIRE(first);
    CHECK(first->dataQuality.probableDuplicates == 1);
    CHECK(DuplicateFinder(db.store()).cachedCount() == 1); // kept by the other connection

    REQUIRE(db->participants().add(rosa));
    CHECK_FALSE(DuplicateFinder(db.store()).cachedCount());
    auto second = reports::computeIndicators(db.store(), {});
    REQUIRE(second);
    CHECK(second->dataQuality.probableDuplicates == 3);
    CHECK(second->dataQuality.probableDuplicates == DuplicateFinder(db.store()).find().size());

    auto again = reports::computeIndicators(db.store(), {}); // the kept count
    REQUIRE(again);
    CHECK(again->dataQuality.probableDuplicates == 3);
}
