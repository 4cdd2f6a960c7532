#pragma once

#include "domain/result.h"
#include "reports/reporttables.h"

#include <QIODevice>
#include <QString>

// Writers for the report outputs. Each writes to a temporary file beside the target and
// renames it into place only when everything was written (QSaveFile, mode 0600), so a full
// disk or an error leaves the previous file intact and no partial file behind.

namespace capacita::reports {

// A text cell that a spreadsheet could take for a formula (= + - @ tab CR at the start) gets
// a leading apostrophe. Used by CSV and XLSX.
QString neutralizeCell(const QString &text);

// CSV, UTF-8 with BOM, comma separated, RFC 4180 quoting. One table: its headers then rows.
// Several tables: the long format, one line per cell beyond the first of each row, columns
// table,row,key,column,value (table id, row number from 1, the row's first cell, the cell's
// column id, the value), so keys that repeat (targets) stay apart. See docs/indicators.md.
QByteArray csvBytes(const QList<ReportTable> &tables);
Status writeCsv(const QList<ReportTable> &tables, const QString &path);

// XLSX: one sheet per table (numbers as numbers, frozen header, widths), plus "Definiciones".
Status writeXlsx(const QList<ReportTable> &tables, const QList<Definition> &definitions, const QString &path);

// PDF, A4: cover (period, filters, dataset, date), summary, every table, the charts, the
// definitions and the data-quality notes. Needs a QGuiApplication (offscreen is enough).
struct PdfReport
{
    QString title;
    Indicators indicators;
    QList<ReportTable> tables;
    QList<ChartData> charts;
    QList<Definition> definitions;
};
Status writePdf(const PdfReport &report, const QString &path);

} // namespace capacita::reports
