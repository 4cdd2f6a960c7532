#pragma once

#include "reports/indicators.h"
#include "reports/reporttables.h"

#include <QFrame>

#include <optional>

class QChartView;
class QLabel;
class QStackedLayout;

namespace capacita {

// One chart of the dashboard in a frame: the chart drawn by the adapter, or a sentence when
// the filters leave nothing to draw. A chart whose categories are people (by sex, by type,
// by department) lets a click on a bar ask for the people behind it.
class ChartTile : public QFrame
{
    Q_OBJECT
public:
    struct Options
    {
        bool horizontal = false;
        bool hideEmptyCategories = false;
    };

    ChartTile(QString id, Options options, QWidget *parent = nullptr);

    static constexpr int minimumTileWidth() { return 320; }

    QString id() const { return m_id; }
    void setData(const reports::ChartData &data);
    // The chart as drawn (after empty categories were left out).
    const reports::ChartData &shown() const { return m_shown; }
    QChartView *chartView() const { return m_view; }
    bool canDrill() const;

    // What a click on the bar of category `index` (in shown() order) does.
    void clickBar(int index);

signals:
    void drillRequested(const capacita::reports::Drill &drill, const QString &label);

protected:
    void changeEvent(QEvent *event) override; // redraws in the colours of a new palette

private:
    QString m_id;
    Options m_options;
    std::optional<reports::ChartData> m_data; // as given, to draw again
    reports::ChartData m_shown;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_hint = nullptr;
    QStackedLayout *m_stack = nullptr;
};

} // namespace capacita
