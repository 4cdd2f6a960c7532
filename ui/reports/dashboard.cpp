#include "reports/dashboard.h"

#include "reports/charttile.h"
#include "reports/peopledialog.h"
#include "reports/reportfilterbar.h"
#include "reports/reportrunner.h"
#include "reports/reporttables.h"
#include "storage/store.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace capacita {

namespace {
constexpr int kMaxColumns = 3;

// How each chart reads best: long labels go down the side, and of 26 departments only
// those with people are drawn.
ChartTile::Options optionsFor(const QString &chartId)
{
    if (chartId == QLatin1String("by_department") || chartId == QLatin1String("by_type")
        || chartId == QLatin1String("pre_post_by_type"))
        return {true, true};
    if (chartId == QLatin1String("targets") || chartId == QLatin1String("by_sex")) // "No binario" whole
        return {true, false};
    return {false, false};
}
} // namespace

Dashboard::Dashboard(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_filters(new ReportFilterBar(store, this)),
      m_runner(new ReportRunner(store, this))
{
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setWordWrap(true);

    m_figures = new QWidget(this);
    auto *figures = new QHBoxLayout(m_figures);
    figures->setContentsMargins(0, 0, 0, 0);
    addFigure(QStringLiteral("individuals"), tr("Individuals trained"));
    addFigure(QStringLiteral("trainings"), tr("Trainings ended"));
    addFigure(QStringLiteral("completed"), tr("Completed participations"));
    addFigure(QStringLiteral("attendance"), tr("Attendance"));
    addFigure(QStringLiteral("gain"), tr("Mean knowledge gain"));

    m_grid = new QGridLayout;
    m_grid->setSpacing(8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_status);
    layout->addWidget(m_figures);
    layout->addLayout(m_grid, 1);

    connect(m_filters, &ReportFilterBar::filterChanged, this, &Dashboard::requestReport);
    connect(m_runner, &ReportRunner::started, this, [this] { m_status->setText(tr("Computing the figures…")); });
    connect(m_runner, &ReportRunner::ready, this, &Dashboard::display);
    connect(m_runner, &ReportRunner::failed, this, [this](const Error &error) {
        m_status->setText(tr("The figures could not be computed: %1").arg(error.message));
    });
    requestReport();
}

QLabel *Dashboard::addFigure(const QString &name, const QString &caption)
{
    auto *card = new QFrame(m_figures);
    card->setFrameShape(QFrame::StyledPanel);
    auto *number = new QLabel(QStringLiteral("–"), card);
    number->setObjectName(name + QStringLiteral("Figure"));
    QFont big = number->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    number->setFont(big);
    number->setAlignment(Qt::AlignCenter);
    auto *label = new QLabel(caption, card);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(0);
    layout->addWidget(number);
    layout->addWidget(label);
    m_figures->layout()->addWidget(card);
    return number;
}

void Dashboard::setFigure(const QString &name, const QString &text)
{
    if (auto *label = m_figures->findChild<QLabel *>(name + QStringLiteral("Figure")))
        label->setText(text);
}

QString Dashboard::figure(const QString &name) const
{
    const auto *label = m_figures->findChild<QLabel *>(name + QStringLiteral("Figure"));
    return label ? label->text() : QString();
}

ChartTile *Dashboard::tile(const QString &chartId) const
{
    for (ChartTile *t : m_tiles) {
        if (t->id() == chartId)
            return t;
    }
    return nullptr;
}

void Dashboard::fitWidth(int width)
{
    const int tileWidth = ChartTile::minimumTileWidth() + m_grid->horizontalSpacing();
    const int columns = std::clamp((width + m_grid->horizontalSpacing()) / tileWidth, 1, kMaxColumns);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ChartTile *t : std::as_const(m_tiles))
        m_grid->removeWidget(t);
    for (int n = 0; n < m_tiles.size(); ++n)
        m_grid->addWidget(m_tiles.at(n), n / m_columns, n % m_columns);
}

void Dashboard::requestReport()
{
    ReportRequest request;
    request.filter = m_filters->filter();
    m_runner->setRequest(request);
}

void Dashboard::display(const ReportData &data)
{
    if (!data.indicators)
        return;
    m_indicators = data.indicators;
    const reports::Indicators &ind = *m_indicators;
    const QLocale locale;
    setFigure(QStringLiteral("individuals"), locale.toString(ind.individualsTotal));
    setFigure(QStringLiteral("trainings"), locale.toString(ind.trainings));
    setFigure(QStringLiteral("completed"),
              tr("%1 of %2").arg(locale.toString(ind.completedParticipations), locale.toString(ind.participations)));
    setFigure(QStringLiteral("attendance"),
              ind.participations > 0 ? locale.toString(ind.attendanceRate * 100.0, 'f', 1) + QStringLiteral(" %")
                                     : QStringLiteral("–"));
    setFigure(QStringLiteral("gain"),
              ind.assessment.paired > 0
                  ? tr("%1 points").arg(locale.toString(ind.assessment.meanGainPoints, 'f', 1))
                  : QStringLiteral("–"));

    const QList<reports::ChartData> charts = reports::indicatorCharts(ind);
    for (const reports::ChartData &chart : charts) {
        ChartTile *t = tile(chart.id);
        if (!t) {
            t = new ChartTile(chart.id, optionsFor(chart.id), this);
            connect(t, &ChartTile::drillRequested, this, [this, t](const reports::Drill &drill, const QString &label) {
                showPeople(drill, tr("%1: %2").arg(t->shown().title, label));
            });
            const int n = int(m_tiles.size());
            m_grid->addWidget(t, n / m_columns, n % m_columns);
            m_tiles.append(t);
        }
        t->setData(chart);
    }
    m_status->setText(reports::describeFilter(data.filter));
    emit updated();
}

PeopleDialog *Dashboard::showPeople(const reports::Drill &drill, const QString &heading)
{
    const reports::ReportFilter filter = m_indicators ? m_indicators->filter : m_filters->filter();
    auto *dialog = new PeopleDialog(m_store, filter, drill, heading, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace capacita
