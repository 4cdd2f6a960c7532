#pragma once

#include "reports/indicators.h"
#include "reports/reportjob.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;

namespace capacita {

class ChartTile;
class PeopleDialog;
class ReportFilterBar;
class ReportRunner;
class Store;

// The charts of Inicio: the headline figures and the charts of the indicators for the
// period and filters chosen, recomputed off the GUI thread when the filters or the data
// change. The figures come from core (reports::computeIndicators, reports::indicatorCharts);
// this widget only lays them out.
class Dashboard : public QWidget
{
    Q_OBJECT
public:
    explicit Dashboard(Store &store, QWidget *parent = nullptr);

    ReportFilterBar *filterBar() const { return m_filters; }
    ReportRunner *runner() const { return m_runner; }
    // The indicators drawn now (nullopt before the first computation ends).
    const std::optional<reports::Indicators> &indicators() const { return m_indicators; }
    QList<ChartTile *> tiles() const { return m_tiles; }
    ChartTile *tile(const QString &chartId) const;
    // The text of a headline figure: "individuals", "trainings", "completed", "attendance", "gain".
    QString figure(const QString &name) const;

    // Lays the charts out in as many columns (up to three) as `width` pixels hold.
    void fitWidth(int width);
    int columns() const { return m_columns; }

    // The people behind one bar, in a dialog of their own (returned for tests).
    PeopleDialog *showPeople(const reports::Drill &drill, const QString &heading);

signals:
    void updated(); // the figures and charts show a new computation

private:
    void requestReport();
    void display(const ReportData &data);
    QLabel *addFigure(const QString &name, const QString &caption);
    void setFigure(const QString &name, const QString &text);

    Store &m_store;
    ReportFilterBar *m_filters = nullptr;
    ReportRunner *m_runner = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_figures = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<ChartTile *> m_tiles;
    int m_columns = 3;
    std::optional<reports::Indicators> m_indicators;
};

} // namespace capacita
