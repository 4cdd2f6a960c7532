#include "reports/chartpainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace capacita::reports {

namespace {

// Sizes in millimetres.
constexpr qreal kTitle = 9;
constexpr qreal kLegend = 7;
constexpr qreal kBar = 4.6;
constexpr qreal kGroupGap = 2.2;
constexpr qreal kBottom = 4;
constexpr qreal kValueRoom = 20; // right of the longest bar, for its label

const QColor kInk(0x1f, 0x2a, 0x36);
const QColor kGrid(0xc8, 0xcf, 0xd6);
// Dark and light fills that also differ in pattern, so a grey-scale copy keeps them apart.
const QColor kFill[] = { QColor(0x1f, 0x4e, 0x79), QColor(0xff, 0xff, 0xff), QColor(0x9d, 0xc3, 0xe6),
    QColor(0xff, 0xff, 0xff) };
constexpr int kPatterns = 4;

QFont chartFont(qreal pointSize, bool bold = false)
{
    QFont font;
    font.setFamilies({ QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans"), QStringLiteral("Arial") });
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

} // namespace

qreal ChartPainter::height(const ChartData &chart) const
{
    const qsizetype series = std::max<qsizetype>(1, chart.series.size());
    const qreal groups = chart.categories.size() * (series * kBar + kGroupGap);
    return (kTitle + (chart.series.size() > 1 ? kLegend : 0) + groups + kBottom) * m_mm;
}

QString ChartPainter::valueText(double value, const QString &suffix)
{
    const double rounded = std::round(value * 10) / 10;
    const bool whole = std::abs(rounded - std::round(rounded)) < 1e-9;
    return QLocale().toString(rounded, 'f', whole ? 0 : 1) + suffix;
}

void ChartPainter::paintBar(QPainter &painter, const QRectF &bar, int series) const
{
    const int pattern = series % kPatterns;
    painter.save();
    painter.setPen(QPen(kFill[0], 0.25 * m_mm));
    painter.setBrush(kFill[pattern]);
    painter.drawRect(bar);
    // Patterns drawn as lines, not Qt pattern brushes, so their spacing is the same on paper
    // at any resolution.
    painter.setClipRect(bar);
    painter.setPen(QPen(kFill[0], 0.3 * m_mm));
    const qreal step = 1.4 * m_mm;
    if (pattern == 1) { // diagonal hatch
        for (qreal x = bar.left() - bar.height(); x < bar.right(); x += step)
            painter.drawLine(QPointF(x, bar.bottom()), QPointF(x + bar.height(), bar.top()));
    } else if (pattern == 3) { // dots
        painter.setBrush(kFill[0]);
        painter.setPen(Qt::NoPen);
        for (qreal y = bar.top() + step / 2; y < bar.bottom(); y += step) {
            for (qreal x = bar.left() + step / 2; x < bar.right(); x += step)
                painter.drawEllipse(QPointF(x, y), 0.3 * m_mm, 0.3 * m_mm);
        }
    }
    painter.restore();
}

void ChartPainter::paintLegend(QPainter &painter, const QRectF &rect, const ChartData &chart) const
{
    painter.setFont(chartFont(8));
    const QFontMetricsF metrics(painter.font(), painter.device());
    qreal x = rect.left();
    for (int s = 0; s < chart.series.size(); ++s) {
        const QRectF swatch(x, rect.top() + 1.2 * m_mm, 6 * m_mm, 3.6 * m_mm);
        paintBar(painter, swatch, s);
        x = swatch.right() + 1.5 * m_mm;
        const QString name = chart.series.at(s).name;
        painter.setPen(kInk);
        painter.drawText(QRectF(x, rect.top(), metrics.horizontalAdvance(name) + m_mm, kLegend * m_mm),
            Qt::AlignLeft | Qt::AlignVCenter, name);
        x += metrics.horizontalAdvance(name) + 6 * m_mm;
    }
}

void ChartPainter::paint(QPainter &painter, const QRectF &rect, const ChartData &chart) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(kInk);
    painter.setFont(chartFont(11, true));
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), kTitle * m_mm), Qt::AlignLeft | Qt::AlignTop,
        chart.title);
    qreal y = rect.top() + kTitle * m_mm;
    if (chart.series.size() > 1) {
        paintLegend(painter, QRectF(rect.left(), y, rect.width(), kLegend * m_mm), chart);
        y += kLegend * m_mm;
    }

    painter.setFont(chartFont(8));
    const QFontMetricsF metrics(painter.font(), painter.device());
    qreal labelWidth = 0;
    for (const QString &category : chart.categories)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(category));
    labelWidth = std::min(labelWidth + 3 * m_mm, rect.width() * 0.4);
    const qreal barLeft = rect.left() + labelWidth;
    const qreal barSpace = std::max(rect.width() - labelWidth - kValueRoom * m_mm, 10 * m_mm);

    double maxValue = 0;
    for (const ChartSeries &series : chart.series) {
        for (double v : series.values)
            maxValue = std::max(maxValue, v);
    }
    const qsizetype seriesCount = std::max<qsizetype>(1, chart.series.size());
    const qreal groupHeight = seriesCount * kBar * m_mm;
    const qreal plotTop = y;
    const qreal plotBottom = y + chart.categories.size() * (groupHeight + kGroupGap * m_mm);

    // Light grid at quarters of the largest value, behind the bars.
    painter.setPen(QPen(kGrid, 0.2 * m_mm, Qt::DashLine));
    for (int q = 1; q <= 4 && maxValue > 0; ++q) {
        const qreal x = barLeft + barSpace * q / 4;
        painter.drawLine(QPointF(x, plotTop), QPointF(x, plotBottom));
    }

    for (int c = 0; c < chart.categories.size(); ++c) {
        const qreal top = y + kGroupGap * m_mm / 2;
        painter.setPen(kInk);
        const QString label = metrics.elidedText(chart.categories.at(c), Qt::ElideRight, labelWidth - 2 * m_mm);
        painter.drawText(QRectF(rect.left(), top, labelWidth - 2 * m_mm, groupHeight), Qt::AlignRight | Qt::AlignVCenter,
            label);
        for (int s = 0; s < chart.series.size(); ++s) {
            const QList<double> &values = chart.series.at(s).values;
            const double value = c < values.size() ? values.at(c) : 0;
            const qreal length = maxValue > 0 ? barSpace * std::max(0.0, value) / maxValue : 0;
            const QRectF bar(barLeft, top + s * kBar * m_mm + 0.4 * m_mm, length, (kBar - 0.8) * m_mm);
            if (length > 0)
                paintBar(painter, bar, s);
            painter.setPen(kInk);
            painter.drawText(QRectF(bar.right() + 1.2 * m_mm, bar.top() - m_mm, kValueRoom * m_mm, bar.height() + 2 * m_mm),
                Qt::AlignLeft | Qt::AlignVCenter, valueText(value, chart.valueSuffix));
        }
        y += groupHeight + kGroupGap * m_mm;
    }
    // The axis the bars start from.
    painter.setPen(QPen(kInk, 0.3 * m_mm));
    painter.drawLine(QPointF(barLeft, plotTop), QPointF(barLeft, plotBottom));
    painter.restore();
}

} // namespace capacita::reports
