#pragma once

#include "reports/reporttables.h"

#include <QRectF>

class QPainter;

// Bar charts for printed reports, drawn with QPainter so they stay vector in a PDF (core has
// no Qt Charts). Bars are horizontal, one row per category, so long labels such as
// department names stay readable. Nothing is told by colour alone: every bar carries its
// value as text, and each series has its own fill pattern (solid, hatched, dotted...) that the
// legend shows.

namespace capacita::reports {

class ChartPainter
{
public:
    // mm: device units per millimetre (resolution / 25.4) of the device painted on.
    explicit ChartPainter(qreal mm) : m_mm(mm) {}

    // The height the chart needs, in device units; the width does not change it.
    qreal height(const ChartData &chart) const;
    // Paints title, legend and bars inside `rect` (as tall as height() asks for).
    void paint(QPainter &painter, const QRectF &rect, const ChartData &chart) const;

    // A value as the bar's label: grouped digits, at most one decimal, the chart's suffix.
    static QString valueText(double value, const QString &suffix);

private:
    void paintBar(QPainter &painter, const QRectF &bar, int series) const;
    void paintLegend(QPainter &painter, const QRectF &rect, const ChartData &chart) const;

    qreal m_mm;
};

} // namespace capacita::reports
