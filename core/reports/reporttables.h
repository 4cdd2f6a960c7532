#pragma once

#include "reports/indicators.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// The indicator figures laid out once as tables and chart series. CSV, XLSX, PDF and the
// Reportes page render these tables cell for cell; the PDF painter and the Inicio dashboard
// draw these series. Titles and headers are translated (tr) for people; `id` and `columnIds`
// are stable for scripts (the CSV long format uses them).

namespace capacita::reports {

struct ReportTable
{
    QString id;              // "summary", "by_sex", "by_age_band", ... "participants"
    QString title;           // translated
    QStringList columnIds;   // stable, e.g. {"key", "count"}
    QStringList headers;     // translated, same length as columnIds
    QList<QVariantList> rows; // cells: QString, qint64 or double (numbers stay numbers)
    QString note;            // translated footnote, may be empty
};

struct ChartSeries
{
    QString name;          // translated legend label
    QList<double> values;  // one per category
};

struct ChartData
{
    QString id;            // "by_department", "by_type", "by_sex", "per_month", "pre_post_by_type", "targets"
    QString title;         // translated
    QString dimension;     // drill-down dimension of the categories (Drill::dimension), may be empty
    QStringList categoryKeys;   // codes behind the bars (for drill-down)
    QStringList categories;     // translated labels
    QList<ChartSeries> series;  // one bar per series per category
    QString valueSuffix;        // e.g. "%" for percentages
};

struct Definition
{
    QString term;        // translated
    QString explanation; // translated
};

// A cell that is a number (renders right-aligned, is written as a number in XLSX).
bool isNumericCell(const QVariant &cell);

// Summary, each disaggregation, assessment, targets vs actuals and data quality.
QList<ReportTable> indicatorTables(const Indicators &indicators);
// The evidence list: one row per counted person.
ReportTable participantsTable(const QList<CountedPerson> &people);
QList<ChartData> indicatorCharts(const Indicators &indicators);
// The definitions of docs/indicators.md, for the PDF and the "Definiciones" sheet.
QList<Definition> definitions();

// The filter as a sentence for covers and headers ("1/10/2024 – 30/9/2025 · Cusco").
QString describeFilter(const ReportFilter &filter);

} // namespace capacita::reports
