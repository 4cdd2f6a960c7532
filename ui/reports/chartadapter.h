#pragma once

#include "reports/reporttables.h"

#include <functional>

class QChart;

// The only place that knows Qt Charts' classes. Qt Charts is deprecated from Qt 6.10 in
// favour of Qt Graphs: the figures and labels come ready from core (reports::ChartData), so
// moving to another chart library means rewriting this file and nothing else.
namespace capacita::charts {

struct Look
{
    bool horizontal = false; // long category labels (departments, participant types)
};

// A bar chart: one bar set per series, the value written on every bar (nothing is told by
// colour alone) and a legend naming the series. `onClick` receives the index into
// data.categories of a clicked bar.
QChart *makeBarChart(const reports::ChartData &data, const Look &look, std::function<void(int category)> onClick);

// The same chart without the categories where every series is zero: 26 departments of which
// three have figures make an unreadable chart. The report tables keep every key.
reports::ChartData withoutEmptyCategories(const reports::ChartData &data);

bool isEmpty(const reports::ChartData &data); // no category has a figure other than zero

} // namespace capacita::charts
