#include "reportfixture.h"
#include "reports/indicators.h"
#include "reports/reporttables.h"

using namespace capacita;
using namespace Qt::StringLiterals;
using Catch::Detail::Approx;

// Filters, drill-down and targets over the data set of reportfixture.h.

namespace {

reports::Indicators compute(ReportFixture &f, const reports::ReportFilter &filter)
{
    auto r = reports::computeIndicators(f.s(), filter);
    if (!r)
        FAIL(r.error().text().toStdString());
    return *r;
}

QStringList familyNames(ReportFixture &f, const reports::ReportFilter &filter, const reports::Drill &drill = {})
{
    auto people = reports::countedParticipants(f.s(), filter, drill);
    if (!people)
        FAIL(people.error().text().toStdString());
    QStringList names;
    for (const auto &p : *people)
        names << p.familyNames;
    return names;
}

reports::ReportFilter fy2025()
{
    return reports::ReportFilter::fiscalYear(2025);
}

} // namespace

TEST_CASE("report indicators filtered by department topic type and consent", "[reports]")
{
    ReportFixture f;
    auto filter = fy2025();
    filter.department = u"PUNO"_s;
    // Puno in FY2025: T3 and T6. Completed T3: A B D E. Participations T3 A B D E + T6 E.
    auto r = compute(f, filter);
    CHECK(r.trainings == 2);
    CHECK(r.individualsTotal == 4);
    CHECK(r.participations == 5);
    CHECK(countOf(r.byDepartment, u"PUNO"_s) == 4);
    CHECK(countOf(r.byDepartment, u"CUSCO"_s) == 0);

    filter.department = u"unknown"_s; // trainings without a district: T4, where D completed
    r = compute(f, filter);
    CHECK(r.trainings == 1);
    CHECK(r.individualsTotal == 1);

    filter = fy2025();
    filter.topic = u"TIP"_s; // T2 (TIP, GBV) and T6: A C completed T2
    r = compute(f, filter);
    CHECK(r.trainings == 2);
    CHECK(r.individualsTotal == 2);

    filter = fy2025();
    filter.type = u"judge"_s; // people A E; trainings are not filtered by type
    r = compute(f, filter);
    CHECK(r.trainings == 4);
    CHECK(r.individualsTotal == 2);
    CHECK(r.participations == 4); // A-T2, A-T3, E-T3, E-T6
    CHECK(countOf(r.byParticipantType, u"judge"_s) == 2);
    CHECK(countOf(r.byParticipantType, u"police"_s) == 0);

    filter = fy2025();
    filter.type = u"unknown"_s; // C only
    CHECK(compute(f, filter).individualsTotal == 1);

    filter = fy2025();
    filter.consentedOnly = true; // consent recorded for A and D (D's record survives the merge)
    r = compute(f, filter);
    CHECK(r.individualsTotal == 2);
    CHECK(familyNames(f, filter) == QStringList { u"Mendoza"_s, u"Torres"_s });
}

TEST_CASE("report counted participants are the people of the total", "[reports]")
{
    ReportFixture f;
    const auto filter = fy2025();
    auto people = reports::countedParticipants(f.s(), filter);
    REQUIRE(people);
    CHECK(people->size() == compute(f, filter).individualsTotal);
    // In family-name order; D appears once, under the surviving record.
    CHECK(familyNames(f, filter) == QStringList { u"Flores"_s, u"Mendoza"_s, u"Paredes"_s, u"Rojas"_s, u"Torres"_s });

    const auto &dora = people->at(1);
    CHECK(dora.id == f.id[u"D"_s]);
    CHECK(dora.docNumber == u"40000004"_s);
    CHECK(dora.type == u"prosecutor"_s);
    CHECK(dora.ageBands == QStringList { u"60+"_s });
    // T4 (ends 2025-03-14) before T3 (2025-09-30).
    CHECK(dora.trainings == QStringList { u"NOD-1"_s, u"PUN-1"_s });
    CHECK(dora.departments == QStringList { u"unknown"_s, u"PUNO"_s });
    const auto &ana = people->at(4);
    CHECK(ana.ageBands == QStringList { u"18-29"_s, u"30-44"_s }); // 29 in T2 (2024), 30 in T3 (2025)
    CHECK(ana.trainings == QStringList { u"CUS-2"_s, u"PUN-1"_s });
    const auto &carla = people->at(3);
    CHECK(carla.type == u"unknown"_s);
    CHECK(carla.trainings == QStringList { u"CUS-2"_s }); // T4 not completed (1 of 2)

    const auto table = reports::participantsTable(*people);
    CHECK(table.rows.size() == 5);
    CHECK(table.headers.size() == table.columnIds.size());
}

TEST_CASE("report drill-down lists the people behind one bar", "[reports]")
{
    ReportFixture f;
    const auto filter = fy2025();
    CHECK(familyNames(f, filter, { u"sex"_s, u"F"_s }) == QStringList { u"Mendoza"_s, u"Paredes"_s, u"Torres"_s });
    CHECK(familyNames(f, filter, { u"sex"_s, u"unknown"_s }).isEmpty());
    CHECK(familyNames(f, filter, { u"age_band"_s, u"18-29"_s }) == QStringList { u"Torres"_s });
    CHECK(familyNames(f, filter, { u"age_band"_s, u"unknown"_s }) == QStringList { u"Rojas"_s });
    CHECK(familyNames(f, filter, { u"participant_type"_s, u"judge"_s }) == QStringList { u"Paredes"_s, u"Torres"_s });
    CHECK(familyNames(f, filter, { u"participant_type"_s, u"unknown"_s }) == QStringList { u"Rojas"_s });
    CHECK(familyNames(f, filter, { u"department"_s, u"CUSCO"_s }) == QStringList { u"Rojas"_s, u"Torres"_s });
    CHECK(familyNames(f, filter, { u"department"_s, u"unknown"_s }) == QStringList { u"Mendoza"_s });
    CHECK(familyNames(f, filter, { u"topic"_s, u"CEFM"_s }) == QStringList { u"Mendoza"_s });
    CHECK(familyNames(f, filter, { u"month"_s, u"2024-10"_s }) == QStringList { u"Rojas"_s, u"Torres"_s });

    // Each bar's list is as long as the bar.
    const auto r = compute(f, filter);
    for (const auto &c : r.byDepartment)
        CHECK(familyNames(f, filter, { u"department"_s, c.key }).size() == c.count);
    for (const auto &c : r.byTopic)
        CHECK(familyNames(f, filter, { u"topic"_s, c.key }).size() == c.count);

    CHECK_FALSE(reports::countedParticipants(f.s(), filter, { u"colour"_s, u"red"_s }));
}

TEST_CASE("report targets against actuals", "[reports]")
{
    ReportFixture f;
    auto &targets = f.s().targets();
    REQUIRE(targets.set({ {}, u"individuals_trained"_s, u"FY2025"_s, {}, 10 }));
    REQUIRE(targets.set({ {}, u"individuals_trained"_s, u"FY2025"_s, u"type=judge"_s, 3 }));
    REQUIRE(targets.set({ {}, u"participations"_s, u"FY2025"_s, u"department=PUNO"_s, 8 }));
    REQUIRE(targets.set({ {}, u"trainings"_s, u"FY2024"_s, {}, 2 }));
    // Setting a target again replaces it.
    REQUIRE(targets.set({ {}, u"individuals_trained"_s, u"FY2025"_s, {}, 12 }));
    CHECK(targets.list().size() == 4);
    CHECK_FALSE(targets.set({ {}, u"smiles"_s, u"FY2025"_s, {}, 1 }));
    CHECK_FALSE(targets.set({ {}, u"trainings"_s, u"2025"_s, {}, 1 })); // the CLI writes FY2025
    CHECK_FALSE(targets.set({ {}, u"trainings"_s, u"FY2025"_s, {}, -1 }));

    auto filter = fy2025();
    filter.department = u"CUSCO"_s; // actuals ignore the report's own filters
    const auto r = compute(f, filter);
    REQUIRE(r.targets.size() == 4);
    auto find = [&r](const QString &indicator, const QString &period, const QString &dis) {
        for (const auto &t : r.targets) {
            if (t.indicator == indicator && t.period == period && t.disaggregation == dis)
                return t;
        }
        FAIL("missing target " << indicator.toStdString());
        return reports::TargetActual {};
    };
    const auto total = find(u"individuals_trained"_s, u"FY2025"_s, {});
    CHECK(total.target == 12);
    REQUIRE(total.actual);
    CHECK(*total.actual == 5); // A B C D E
    const auto judges = find(u"individuals_trained"_s, u"FY2025"_s, u"type=judge"_s);
    REQUIRE(judges.actual);
    CHECK(*judges.actual == 2); // A E
    const auto puno = find(u"participations"_s, u"FY2025"_s, u"department=PUNO"_s);
    REQUIRE(puno.actual);
    CHECK(*puno.actual == 5); // T3 A B D E + T6 E
    CHECK_FALSE(find(u"trainings"_s, u"FY2024"_s, {}).actual); // another period

    const auto fy24 = compute(f, reports::ReportFilter::fiscalYear(2024));
    for (const auto &t : fy24.targets) {
        if (t.period == u"FY2024") {
            REQUIRE(t.actual);
            CHECK(*t.actual == 1); // T1
        }
    }

    const auto all = targets.list();
    REQUIRE(targets.remove(all.constFirst().id));
    CHECK(targets.list().size() == 3);
    CHECK_FALSE(targets.remove(all.constFirst().id));
}

TEST_CASE("report completion follows the training rule", "[reports]")
{
    test::TempStore store;
    Training t = test::sampleTraining(u"MIN-1"_s); // Cusco, 2025-03-10..14, FY2025
    t.completionShare = 0.5;
    t.completionMinPost = 14;
    auto tid = store->trainings().add(t);
    REQUIRE(tid);
    QStringList sessions;
    for (int day = 10; day <= 13; ++day) {
        TrainingSession s;
        s.trainingId = *tid;
        s.date = QDate(2025, 3, day);
        s.hours = 2;
        auto sid = store->sessions().add(s);
        REQUIRE(sid);
        sessions << *sid;
    }
    auto addPerson = [&](const QString &given, const QString &family, int attended, std::optional<double> post) {
        auto pid = store->participants().add(test::sampleParticipant(given, family));
        REQUIRE(pid);
        REQUIRE(store->enrollments().enroll(*tid, *pid));
        for (int i = 0; i < attended; ++i)
            REQUIRE(store->attendance().set(sessions.at(i), *pid, u"present"_s));
        if (post) {
            AssessmentScore sc;
            sc.trainingId = *tid;
            sc.participantId = *pid;
            sc.kind = u"post"_s;
            sc.score = *post;
            sc.maxScore = 20;
            REQUIRE(store->scores().set(sc));
        }
    };
    addPerson(u"Uno"_s, u"Apaza"_s, 2, 14.0); // 2/4 = 0.5 and post 14: completed
    addPerson(u"Dos"_s, u"Condori"_s, 4, 13.0); // post below 14: not completed
    addPerson(u"Tres"_s, u"Huanca"_s, 4, {}); // no post test: not completed
    addPerson(u"Cuatro"_s, u"Mamani"_s, 1, 20); // 1/4 below 0.5: not completed
    auto r = reports::computeIndicators(store.store(), reports::ReportFilter::fiscalYear(2025));
    REQUIRE(r);
    CHECK(r->participations == 4);
    CHECK(r->completedParticipations == 1);
    CHECK(r->individualsTotal == 1);
    CHECK(r->attendanceRate == Approx(11.0 / 16.0)); // (2 + 4 + 4 + 1) / (4 x 4)
}

TEST_CASE("report tables and charts carry the computed figures", "[reports]")
{
    ReportFixture f;
    const auto r = compute(f, fy2025());
    const auto tables = reports::indicatorTables(r);
    QStringList ids;
    for (const auto &t : tables) {
        ids << t.id;
        CHECK(t.headers.size() == t.columnIds.size());
        for (const auto &row : t.rows)
            CHECK(row.size() == t.columnIds.size());
    }
    CHECK(ids.contains(u"summary"_s));
    CHECK(ids.contains(u"by_department"_s));
    CHECK(ids.contains(u"targets"_s));
    const auto &summary = tables.constFirst();
    CHECK(summary.rows.constFirst().at(0).toString() == u"individuals_trained"_s);
    CHECK(summary.rows.constFirst().at(2).toLongLong() == 5);
    CHECK(summary.rows.constFirst().at(2).typeId() == QMetaType::LongLong); // a number, not text

    const auto charts = reports::indicatorCharts(r);
    for (const auto &c : charts) {
        CHECK(c.categories.size() == c.categoryKeys.size());
        for (const auto &s : c.series)
            CHECK(s.values.size() == c.categories.size());
        if (c.id == u"by_department") {
            CHECK(c.categoryKeys == QStringList { u"CUSCO"_s, u"PUNO"_s, u"unknown"_s }); // the ones with people
            CHECK(c.series.constFirst().values == QList<double> { 2, 4, 1 });
        }
    }
    CHECK_FALSE(reports::definitions().isEmpty());
    CHECK(reports::describeFilter(fy2025()).contains(u"FY2025"_s));
}
