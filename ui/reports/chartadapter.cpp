#include "reports/chartadapter.h"

#include "common/appearance.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace capacita::charts {

namespace {

double roundToTenth(double value)
{
    return std::round(value * 10.0) / 10.0;
}

// An axis from 0 to a round number a bit above the largest bar, with room for the value
// labels, and whole-number ticks when the figures are counts.
void scaleAxis(QValueAxis *axis, double largest, bool wholeNumbers)
{
    const double top = std::max(largest * 1.15, wholeNumbers ? 1.0 : 0.1);
    double step = std::pow(10.0, std::floor(std::log10(top / 5.0)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (top / (step * factor) <= 6.0) {
            step *= factor;
            break;
        }
    }
    if (wholeNumbers)
        step = std::max(step, 1.0);
    const double end = std::ceil(top / step) * step;
    axis->setRange(0, end);
    axis->setTickCount(int(std::lround(end / step)) + 1);
    axis->setLabelFormat(wholeNumbers || step >= 1.0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

} // namespace

bool isEmpty(const reports::ChartData &data)
{
    for (const reports::ChartSeries &series : data.series) {
        if (std::any_of(series.values.begin(), series.values.end(), [](double v) { return v != 0.0; }))
            return false;
    }
    return true;
}

reports::ChartData withoutEmptyCategories(const reports::ChartData &data)
{
    reports::ChartData kept = data;
    kept.categories.clear();
    kept.categoryKeys.clear();
    for (reports::ChartSeries &series : kept.series)
        series.values.clear();
    for (qsizetype i = 0; i < data.categories.size(); ++i) {
        const bool any = std::any_of(data.series.begin(), data.series.end(), [i](const reports::ChartSeries &s) {
            return i < s.values.size() && s.values.at(i) != 0.0;
        });
        if (!any)
            continue;
        kept.categories.append(data.categories.at(i));
        kept.categoryKeys.append(data.categoryKeys.value(i));
        for (qsizetype s = 0; s < data.series.size(); ++s)
            kept.series[s].values.append(data.series.at(s).values.value(i));
    }
    return kept;
}

QChart *makeBarChart(const reports::ChartData &data, const Look &look, std::function<void(int)> onClick)
{
    auto *chart = new QChart;
    const bool highContrast = isDarkPalette(QGuiApplication::palette());
    if (highContrast) { // before the fonts: a theme resets them
        chart->setTheme(QChart::ChartThemeDark);
        chart->setBackgroundBrush(QColor(Qt::black));
        chart->setTitleBrush(QColor(Qt::white));
    }
    chart->setTitle(data.title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->legend()->setAlignment(Qt::AlignBottom);

    const qsizetype count = data.categories.size();
    // A horizontal chart lists its categories from the bottom up: reverse them so the first
    // one is read first, at the top.
    const auto position = [count, horizontal = look.horizontal](qsizetype i) { return horizontal ? count - 1 - i : i; };

    QAbstractBarSeries *series = look.horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                                 : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double largest = 0;
    bool wholeNumbers = true;
    for (const reports::ChartSeries &s : data.series) {
        auto *set = new QBarSet(s.name);
        QList<qreal> values(count, 0.0);
        for (qsizetype i = 0; i < count; ++i) {
            const double v = s.values.value(i);
            values[position(i)] = roundToTenth(v); // what the label shows; the bar cannot tell 0.05
            largest = std::max(largest, v);
            wholeNumbers = wholeNumbers && v == std::floor(v);
        }
        set->append(values);
        // The theme draws bar labels in white, invisible outside the bar: use the title's colour,
        // which the theme keeps readable on the chart's background.
        set->setLabelColor(chart->titleBrush().color());
        series->append(set);
    }
    chart->addSeries(series);
    const QList<QBarSet *> sets = series->barSets();
    for (int s = 0; s < sets.size(); ++s) {
        if (highContrast) // yellow and light blue: 10:1 or more on black
            sets.at(s)->setColor(s % 2 == 0 ? QColor(0xFF, 0xE0, 0x00) : QColor(0x80, 0xD8, 0xFF));
        if (s % 2 == 1) {
            // Hatched, so two series differ in a grey-scale print or to a colour-blind eye
            // too; the legend shows the same hatch.
            sets.at(s)->setBrush(QBrush(sets.at(s)->color(), Qt::BDiagPattern));
            sets.at(s)->setBorderColor(sets.at(s)->color());
        }
    }

    QStringList categories;
    for (qsizetype i = 0; i < count; ++i)
        categories.append(data.categories.at(position(i)));
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    if (look.horizontal && count > 4) {
        // Qt Charts cuts a label to "…" when it is taller than its category's band: with many
        // categories in a small tile, a smaller font keeps the names readable.
        QFont small = categoryAxis->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        categoryAxis->setLabelsFont(small);
    }
    auto *valueAxis = new QValueAxis;
    scaleAxis(valueAxis, largest, wholeNumbers);
    chart->addAxis(categoryAxis, look.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, look.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(!data.series.isEmpty());
    // Value labels on every bar, so no figure is told by colour or length alone.
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12); // values are rounded above; never exponent notation
    series->setLabelsFormat(data.valueSuffix.isEmpty() ? QStringLiteral("@value")
                                                       : QStringLiteral("@value ") + data.valueSuffix);

    if (onClick) {
        QObject::connect(series, &QAbstractBarSeries::clicked, chart,
                         [onClick = std::move(onClick), position](int index, QBarSet *) {
                             onClick(int(position(index)));
                         });
    }
    return chart;
}

} // namespace capacita::charts
