// The chart adapter and tiles, and the generic report table model, on hand-made values.

#include "support/testsupport.h"

#include "reports/chartadapter.h"
#include "reports/charttile.h"
#include "reports/reporttablemodel.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLegend>
#include <QSet>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace capacita;

namespace {

reports::ChartData sexChart()
{
    return {QStringLiteral("by_sex"), QStringLiteral("Individuals trained by sex"), QStringLiteral("sex"),
            {QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("X"), QStringLiteral("unknown")},
            {QStringLiteral("Female"), QStringLiteral("Male"), QStringLiteral("Non-binary"), QStringLiteral("Unknown")},
            {{QStringLiteral("Individuals trained"), {12, 7, 0, 1}}},
            {}};
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

QAbstractBarSeries *barSeries(QChart *chart)
{
    REQUIRE(chart->series().size() == 1);
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    REQUIRE(series != nullptr);
    return series;
}

} // namespace

TEST_CASE("A chart tile grabs to a picture with bars and labels", "[reports][charts]")
{
    for (const bool horizontal : {false, true}) {
        ChartTile tile(QStringLiteral("by_sex"), {horizontal, false});
        tile.resize(420, 320);
        tile.setData(sexChart());
        tile.show();
        const QImage image = tile.grab().toImage();
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() >= 400);
        // Not one colour: axes, bars, labels and a legend were drawn.
        CHECK(distinctColours(image) > 20);
    }
}

TEST_CASE("Charts write the values on the bars and name the series in a legend", "[reports][charts]")
{
    reports::ChartData data = sexChart();
    data.series.append({QStringLiteral("Target"), {10, 10, 1, 1}});
    data.valueSuffix = QStringLiteral("%");
    std::unique_ptr<QChart> chart(charts::makeBarChart(data, {}, {}));
    QAbstractBarSeries *series = barSeries(chart.get());
    CHECK(series->isLabelsVisible());
    CHECK(series->labelsFormat() == QStringLiteral("@value %"));
    CHECK(chart->legend()->isVisible());
    REQUIRE(series->barSets().size() == 2);
    CHECK(series->barSets().at(0)->label() == QStringLiteral("Individuals trained"));
    CHECK(series->barSets().at(1)->label() == QStringLiteral("Target"));
    CHECK(series->barSets().at(0)->at(0) == 12.0);
    CHECK(chart->title() == data.title);
}

TEST_CASE("A click on a bar names its category also when the chart is horizontal", "[reports][charts]")
{
    for (const bool horizontal : {false, true}) {
        QList<int> clicked;
        std::unique_ptr<QChart> chart(
            charts::makeBarChart(sexChart(), {horizontal}, [&clicked](int category) { clicked.append(category); }));
        QAbstractBarSeries *series = barSeries(chart.get());
        QBarSet *set = series->barSets().first();
        // Bar 0 on screen is the first category, or (drawn bottom-up) the last one.
        emit series->clicked(0, set);
        REQUIRE(clicked.size() == 1);
        CHECK(clicked.first() == (horizontal ? 3 : 0));
        // What the bar at that position shows is that category's value.
        CHECK(set->at(0) == (horizontal ? 1.0 : 12.0));
    }
}

TEST_CASE("Long charts drop the categories without figures", "[reports][charts]")
{
    const reports::ChartData kept = charts::withoutEmptyCategories(sexChart());
    CHECK(kept.categoryKeys == QStringList{QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("unknown")});
    CHECK(kept.series.first().values == QList<double>{12, 7, 1});
    CHECK_FALSE(charts::isEmpty(kept));

    reports::ChartData zero = sexChart();
    zero.series.first().values = {0, 0, 0, 0};
    CHECK(charts::isEmpty(zero));
    ChartTile tile(QStringLiteral("by_sex"), {false, true});
    tile.setData(zero);
    CHECK(tile.shown().categories.isEmpty());
    CHECK(tile.findChild<QWidget *>(QStringLiteral("emptyChartLabel"))->isVisibleTo(&tile));
}

TEST_CASE("A tile drills into the category of the bar clicked", "[reports][charts]")
{
    ChartTile tile(QStringLiteral("by_sex"), {false, true});
    tile.setData(sexChart());
    QSignalSpy drilled(&tile, &ChartTile::drillRequested);
    tile.clickBar(2); // after dropping X: F, M, unknown
    REQUIRE(drilled.count() == 1);
    const auto drill = drilled.first().at(0).value<reports::Drill>();
    CHECK(drill.dimension == QStringLiteral("sex"));
    CHECK(drill.key == QStringLiteral("unknown"));
    CHECK(drilled.first().at(1).toString() == QStringLiteral("Unknown"));

    reports::ChartData targets = sexChart();
    targets.dimension.clear(); // figures that are not people: nothing to list
    tile.setData(targets);
    CHECK_FALSE(tile.canDrill());
    tile.clickBar(0);
    CHECK(drilled.count() == 1);
}

TEST_CASE("The report table model shows numbers rounded and right-aligned", "[reports][model]")
{
    reports::ReportTable table{QStringLiteral("summary"), QStringLiteral("Summary"),
                               {QStringLiteral("key"), QStringLiteral("value")},
                               {QStringLiteral("Figure"), QStringLiteral("Value")},
                               {{QStringLiteral("individuals_trained"), qint64(1234)},
                                {QStringLiteral("attendance_rate"), 0.857142},
                                {QStringLiteral("mean_pre_pct"), 63.3333},
                                {QStringLiteral("hours"), 24.0}},
                               QStringLiteral("A note")};
    ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(table);
    REQUIRE(model.rowCount() == 4);
    REQUIRE(model.columnCount() == 2);
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("Value"));
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("individuals_trained"));
    CHECK(model.index(1, 1).data(Qt::EditRole).toDouble() == 0.857142); // exact behind the rounding
    CHECK(model.index(0, 1).data(Qt::TextAlignmentRole).toInt() == int(Qt::AlignRight | Qt::AlignVCenter));
    CHECK(model.index(0, 0).data(Qt::TextAlignmentRole).toInt() == int(Qt::AlignLeft | Qt::AlignVCenter));

    // English (the tests' locale) and Spanish (the program's default).
    CHECK(model.index(0, 1).data().toString() == QStringLiteral("1,234"));
    CHECK(model.index(1, 1).data().toString() == QStringLiteral("0.86"));
    CHECK(model.index(2, 1).data().toString() == QStringLiteral("63.33"));
    CHECK(model.index(3, 1).data().toString() == QStringLiteral("24"));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Peru));
    const QChar point = QLocale().decimalPoint().at(0);
    CHECK(model.index(1, 1).data().toString() == QStringLiteral("0") + point + QStringLiteral("86"));
    CHECK(ReportTableModel::displayText(2.5) == QStringLiteral("2") + point + QStringLiteral("5"));
    QLocale::setDefault(before);
}

TEST_CASE("The report table model updates a table of the same shape in place", "[reports][model]")
{
    reports::ReportTable table{QStringLiteral("by_sex"), QStringLiteral("By sex"),
                               {QStringLiteral("key"), QStringLiteral("count")},
                               {QStringLiteral("Sex"), QStringLiteral("People")},
                               {{QStringLiteral("F"), qint64(2)}, {QStringLiteral("M"), qint64(1)}},
                               {}};
    ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable(table);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    table.rows[0][1] = qint64(3);
    model.setTable(table);
    CHECK(resets.isEmpty());
    CHECK(model.index(0, 1).data(Qt::EditRole).toLongLong() == 3);

    table.rows.append({QStringLiteral("X"), qint64(1)});
    model.setTable(table);
    CHECK(inserted.count() == 1);
    CHECK(model.rowCount() == 3);
    table.rows.removeFirst();
    table.rows.removeFirst();
    model.setTable(table);
    CHECK(removed.count() == 1);
    CHECK(model.rowCount() == 1);
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("X"));
    CHECK(resets.isEmpty());

    reports::ReportTable other = table;
    other.id = QStringLiteral("by_age_band");
    model.setTable(other);
    CHECK(resets.count() == 1);
}
