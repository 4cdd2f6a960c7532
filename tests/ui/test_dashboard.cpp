// Inicio's dashboard: figures and charts from core's indicators, drill-down to people, and
// recomputation when the data or the filters change.

#include "test_reports_fixture.h"

#include "reports/charttile.h"
#include "reports/dashboard.h"
#include "reports/peopledialog.h"
#include "reports/reportfilterbar.h"
#include "reports/reportrunner.h"
#include "reports/reporttablemodel.h"
#include "reports/reporttables.h"
#include "shell/homepage.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace capacita;
using namespace capacita::test;

namespace {

reports::Indicators computed(Store &store, const reports::ReportFilter &filter)
{
    Result<reports::Indicators> indicators = reports::computeIndicators(store, filter);
    REQUIRE(indicators.ok());
    return indicators.value();
}

QStringList familyNamesIn(const ReportTableModel &model)
{
    const int column = int(model.table().columnIds.indexOf(QStringLiteral("family_names")));
    REQUIRE(column >= 0);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, column).data().toString();
    return names;
}

} // namespace

TEST_CASE("The dashboard shows the figures and charts of the indicators", "[reports][dashboard]")
{
    ReportsFixture f;
    Dashboard dashboard(f.db.store());
    waitFor(&dashboard, &Dashboard::updated);

    // All time by default; the same figures as the engine.
    CHECK(dashboard.filterBar()->period() == ReportFilterBar::AllTime);
    const reports::Indicators expected = computed(f.db.store(), {});
    CHECK(expected.individualsTotal == 4);
    const QLocale locale;
    CHECK(dashboard.figure(QStringLiteral("individuals")) == locale.toString(qint64(4)));
    CHECK(dashboard.figure(QStringLiteral("trainings")) == locale.toString(qint64(2)));
    CHECK(dashboard.figure(QStringLiteral("completed")) == QStringLiteral("4 of 5"));

    // Every chart of the engine has a tile that draws exactly its series.
    const QList<reports::ChartData> charts = reports::indicatorCharts(expected);
    REQUIRE(dashboard.tiles().size() == charts.size());
    for (const reports::ChartData &chart : charts) {
        ChartTile *tile = dashboard.tile(chart.id);
        REQUIRE(tile != nullptr);
        CHECK(tile->shown().title == chart.title);
        CHECK(tile->shown().categories.size() <= chart.categories.size());
    }
    const reports::ChartData &bySex = dashboard.tile(QStringLiteral("by_sex"))->shown();
    const qsizetype female = bySex.categoryKeys.indexOf(QStringLiteral("F"));
    const qsizetype male = bySex.categoryKeys.indexOf(QStringLiteral("M"));
    REQUIRE(female >= 0);
    REQUIRE(male >= 0);
    CHECK(bySex.series.at(0).values.at(female) == 2.0);
    CHECK(bySex.series.at(0).values.at(male) == 2.0);
    const reports::ChartData &byDepartment = dashboard.tile(QStringLiteral("by_department"))->shown();
    CHECK(byDepartment.categoryKeys == QStringList{QStringLiteral("CUSCO"), QStringLiteral("LORETO")});
}

TEST_CASE("Clicking a bar lists the people behind it", "[reports][dashboard]")
{
    ReportsFixture f;
    Dashboard dashboard(f.db.store());
    waitFor(&dashboard, &Dashboard::updated);

    ChartTile *bySex = dashboard.tile(QStringLiteral("by_sex"));
    REQUIRE(bySex->canDrill());
    const int female = int(bySex->shown().categoryKeys.indexOf(QStringLiteral("F")));
    REQUIRE(female >= 0);
    bySex->clickBar(female);
    auto *dialog = dashboard.findChild<PeopleDialog *>();
    REQUIRE(dialog != nullptr);
    if (dialog->isLoading())
        waitFor(dialog, &PeopleDialog::loaded);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Rosa and Nelly completed; María (F) did not and is not listed. Sorted by family names.
    CHECK(familyNamesIn(*dialog->model())
          == QStringList{QStringLiteral("Ahuanari Curitima"), QStringLiteral("Quispe Mamani")});
    dialog->close();

    // The department chart: Cusco's bar lists the two who completed there.
    ChartTile *byDepartment = dashboard.tile(QStringLiteral("by_department"));
    byDepartment->clickBar(int(byDepartment->shown().categoryKeys.indexOf(QStringLiteral("CUSCO"))));
    const QList<PeopleDialog *> dialogs = dashboard.findChildren<PeopleDialog *>();
    PeopleDialog *cusco = nullptr;
    for (PeopleDialog *d : dialogs) {
        if (d != dialog)
            cusco = d;
    }
    REQUIRE(cusco != nullptr);
    if (cusco->isLoading())
        waitFor(cusco, &PeopleDialog::loaded);
    CHECK(familyNamesIn(*cusco->model())
          == QStringList{QStringLiteral("Huamán Ccori"), QStringLiteral("Quispe Mamani")});
}

TEST_CASE("The charts follow the filters and the data", "[reports][dashboard]")
{
    ReportsFixture f;
    Dashboard dashboard(f.db.store());
    waitFor(&dashboard, &Dashboard::updated);
    CHECK(dashboard.figure(QStringLiteral("individuals")) == QStringLiteral("4"));

    // A filter: prosecutors only.
    dashboard.filterBar()->setType(QStringLiteral("prosecutor"));
    waitFor(&dashboard, &Dashboard::updated);
    CHECK(dashboard.indicators()->filter.type == QStringLiteral("prosecutor"));
    CHECK(dashboard.figure(QStringLiteral("individuals")) == QStringLiteral("2"));

    // FY 2025 ends on 30/09/2025: both trainings are in; FY 2026 has none.
    dashboard.filterBar()->setType(QString());
    dashboard.filterBar()->setFiscalYear(2026);
    waitFor(&dashboard, &Dashboard::updated);
    CHECK(dashboard.figure(QStringLiteral("individuals")) == QStringLiteral("0"));
    dashboard.filterBar()->setQuarter(2025, 2); // Jan–Mar 2025: Cusco only
    waitFor(&dashboard, &Dashboard::updated);
    CHECK(dashboard.figure(QStringLiteral("individuals")) == QStringLiteral("2"));
    dashboard.filterBar()->setAllTime();
    waitFor(&dashboard, &Dashboard::updated);

    // An edit: María attends the two sessions she missed and completes Cusco.
    REQUIRE(f.db->attendance().set(f.cuscoSessions.at(1), f.maria, QStringLiteral("present")).ok());
    REQUIRE(f.db->attendance().set(f.cuscoSessions.at(2), f.maria, QStringLiteral("late")).ok());
    waitFor(&dashboard, &Dashboard::updated);
    CHECK(dashboard.figure(QStringLiteral("individuals")) == QStringLiteral("5"));
    const reports::ChartData &bySex = dashboard.tile(QStringLiteral("by_sex"))->shown();
    CHECK(bySex.series.at(0).values.at(bySex.categoryKeys.indexOf(QStringLiteral("F"))) == 3.0);
}

TEST_CASE("Inicio keeps its counters and upcoming trainings beside the dashboard", "[reports][dashboard]")
{
    ReportsFixture f;
    HomePage home(f.db.store());
    REQUIRE(home.dashboard() != nullptr);
    // Both are computed on workers and may arrive in either order.
    QSignalSpy counted(&home, &HomePage::refreshed);
    QSignalSpy reported(home.dashboard(), &Dashboard::updated);
    REQUIRE((counted.count() > 0 || counted.wait(20000)));
    CHECK(home.count(QStringLiteral("trainings")) == 2);
    CHECK(home.count(QStringLiteral("participants")) == 5);
    REQUIRE((reported.count() > 0 || reported.wait(20000)));
    CHECK(home.dashboard()->figure(QStringLiteral("individuals")) == QStringLiteral("4"));
}
